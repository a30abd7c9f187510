"""The read API's views: published content only, JSON only (see docs/api.md).

Every article starts from ``Article.objects.published()``. Queries per
request, whatever the page size: the article list 3 (articles with section,
source and featured image; bylines; tags), an article 4 (the article with
section, source, images and editor; bylines; tags; corrections) plus one for
the images and one for the "Baca juga" stories its body refers to, if any;
sections, tags, authors and sources 1, list or single. Each owner filter on
the article list adds one query: the owner found by its slug.
"""

from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import resolve
from django.utils import timezone

from articles.body import render_article_body
from articles.models import Article

from . import owners, schema, serializers
from .filters import filter_articles, is_slug
from .http import api_view, json_response
from .pagination import article_page, next_url, slug_page


@api_view
def article_list(request):
    articles = filter_articles(Article.objects.published(), request.GET)
    page = article_page(articles.for_cards().with_bylines().prefetch_related("tags"), request.GET)
    data = {
        "results": [serializers.article_summary(article, request) for article in page.items],
        "next": next_url(request, page),
    }
    return json_response(data, last_modified=_latest(map(serializers.modified_at, page.items)))


@api_view
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.published().for_detail(), pk=pk)
    data = serializers.article_detail(article, render_article_body(article), request)
    return json_response(data, last_modified=serializers.modified_at(article))


@api_view
def owner_list(request, kind):
    kind = owners.KINDS[kind]
    page = slug_page(owners.listed(kind), request.GET)
    data = {
        "results": [kind.serialize(owner, request) for owner in page.items],
        "next": next_url(request, page),
    }
    return json_response(data, last_modified=_latest(owner.last_change for owner in page.items))


@api_view
def owner_detail(request, kind, slug):
    kind = owners.KINDS[kind]
    if not is_slug(slug):
        raise Http404("Not a slug.")
    owner = get_object_or_404(owners.listed(kind), slug=slug)
    return json_response(kind.serialize(owner, request), last_modified=owner.last_change)


@api_view
def openapi(request):
    return json_response(schema.openapi(), last_modified=schema.LAST_MODIFIED)


@api_view
def not_found(request, path):
    """Any other address under the API: a JSON 404 rather than the site's HTML page.

    This catch-all matches everything, so CommonMiddleware no longer adds a
    missing final slash; it is done here instead.
    """
    if not path.endswith("/") and resolve(f"{request.path_info}/").url_name != "not_found":
        return HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
    raise Http404("No such endpoint.")


def _latest(moments):
    # An empty page has no change time; "now" never answers a stale 304.
    return max(moments, default=None) or timezone.now()
