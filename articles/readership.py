"""Counting reader visits with a beacon, so cached page views count too.

The page loads a tiny self-hosted script that calls ``navigator.sendBeacon``
with the story's id; this endpoint adds one to the story's counter for the day
(one conditional UPDATE, an INSERT the first time). Crawlers are ignored.
"""

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Article, ArticleViewCount

BOTS = re.compile(r"bot|crawl|spider|slurp|preview|facebookexternalhit|headless", re.IGNORECASE)


def count_view(article_id):
    day = timezone.localdate()
    updated = ArticleViewCount.objects.filter(article_id=article_id, day=day).update(
        count=F("count") + 1
    )
    if updated:
        return
    try:
        with transaction.atomic():
            ArticleViewCount.objects.create(article_id=article_id, day=day, count=1)
    except IntegrityError:  # another request created today's row first
        ArticleViewCount.objects.filter(article_id=article_id, day=day).update(count=F("count") + 1)


@csrf_exempt  # a beacon cannot carry a token; it only ever adds one to a counter
@require_POST
def beacon(request):
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    article_id = request.POST.get("a", "")
    if BOTS.search(request.headers.get("User-Agent", "")) or not article_id.isdigit():
        return response
    if Article.objects.published().filter(pk=int(article_id)).exists():
        count_view(int(article_id))
    return response
