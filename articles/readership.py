"""Counting reader visits with a beacon, so cached page views count too.

The page loads a tiny self-hosted script that calls ``navigator.sendBeacon``
with the story's id; this endpoint counts it (see ``count_view``). Crawlers
are ignored.
"""

import logging
import re
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Article, ArticleViewCount

SEQUENCE, FLUSHED, FLUSH_LOCK, EVENT = "views:seq", "views:flushed", "views:flush-lock", "views:e:"
FLUSH_SECONDS = settings.MOST_READ_FLUSH_SECONDS
logger = logging.getLogger(__name__)
EVENT_TTL = 2 * 24 * 3600
IN_FLIGHT = 5
BOTS = re.compile(r"bot|crawl|spider|slurp|preview|facebookexternalhit|headless", re.IGNORECASE)


def count_view(article_id):
    """Buffer one visit in the shared cache; write the buffer out now and then.

    Every visit is an event numbered by an atomic ``incr`` (Redis INCR when the
    cache is Redis; per process with the local-memory cache). At most every
    ``FLUSH_SECONDS`` a request adds the buffered events to the daily counters
    in the database: no worker, and "Terpopuler" lags by at most that much.
    """
    cache.add(SEQUENCE, 0, timeout=None)
    number = cache.incr(SEQUENCE)
    cache.set(f"{EVENT}{number}", (article_id, timezone.localdate().isoformat()), EVENT_TTL)
    flush_views()


def flush_views(*, force=False):
    if not force and not cache.add(FLUSH_LOCK, 1, timeout=FLUSH_SECONDS):
        return 0
    last = cache.get(SEQUENCE, 0)
    done = cache.get(FLUSHED, 0)
    # Leave the newest events: a request may have numbered one but not stored it yet.
    upto = last if force else max(done, last - IN_FLIGHT)
    if upto <= done:
        return 0
    keys = [f"{EVENT}{number}" for number in range(done + 1, upto + 1)]
    totals = Counter()
    for start in range(0, len(keys), 1000):
        totals.update(cache.get_many(keys[start : start + 1000]).values())
    cache.set(FLUSHED, upto, timeout=None)
    cache.delete_many(keys)
    for (article_id, day), count in totals.items():
        _add_views(article_id, day, count)
    return sum(totals.values())


def _add_views(article_id, day, count):
    counters = ArticleViewCount.objects.filter(article_id=article_id, day=day)
    if counters.update(count=F("count") + count):
        return
    try:
        with transaction.atomic():
            ArticleViewCount.objects.create(article_id=article_id, day=day, count=count)
    except IntegrityError:  # another request created the day's row first
        counters.update(count=F("count") + count)


@csrf_exempt  # a beacon cannot carry a token; it only ever adds one to a counter
@require_POST
def beacon(request):
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    article_id = request.POST.get("a", "")
    if BOTS.search(request.headers.get("User-Agent", "")) or not article_id.isdigit():
        return response
    if Article.objects.published().filter(pk=int(article_id)).exists():
        try:
            count_view(int(article_id))
        except Exception:
            # A lost visit is better than a failing page: counts are approximate.
            logger.warning("Visit not counted: the cache is unreachable.", exc_info=True)
    return response
