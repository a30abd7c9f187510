"""Sitemaps for search engines, and robots.txt pointing at them.

``/sitemap.xml`` is an index of small files: one per month with published
stories (``/sitemap-articles-2026-11.xml``; a month of a busy portal stays well
under the 50 000 addresses a file may hold), the Google News file
(``/sitemap-news.xml``), static pages, sections, tags, authors and sources.
Everything starts from ``Article.objects.published()``; stories marked
``noindex`` are left out.

Every file costs a fixed number of queries however much it lists. Django's
index asks each sitemap for its size (a COUNT) and for ``get_latest_lastmod()``
(which walks every item when ``lastmod`` is a method); here one ``aggregate()``
answers both, and the index gets all months with their sizes and dates from
one grouped query. The dict of sitemaps is built per request because the
months change over time.

Addresses are on the request's host: the sites framework is not installed, so
Django's views use ``RequestSite``. Only the Indonesian addresses are listed;
the English twins point their canonical link at them.
"""

import re
from datetime import date, timedelta
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from images.renditions import rendition_url

from .models import Article, Author, Page, Section, Source, Tag

# When a story last changed for readers: its last content edit, else its first publication.
ARTICLE_LASTMOD = Coalesce("content_updated_at", "first_published_at")

# Google News reads stories from the last two days, at most 1000 per file.
NEWS_WINDOW = timedelta(days=2)
NEWS_LIMIT = 1000

MONTH_SECTION = re.compile(r"articles-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})")


def indexable_stories():
    """Published stories that search engines may list."""
    return Article.objects.published().filter(noindex=False)


def _to_seconds(moment):
    return moment.replace(microsecond=0) if moment else moment


class SummarizedSitemap(Sitemap):
    """A sitemap whose size and newest ``lastmod`` come from one aggregate query.

    Subclasses name ``latest_expression``: what ``Max()`` runs over in ``items()``.
    """

    template_name = "sitemaps/urlset.xml"
    latest_expression = None
    # An empty file is not a valid urlset: it is left out of the index and answers 404.
    listed_when_empty = False

    def __init__(self, summary=None):
        # ``summary`` ({"count": …, "latest": …}) when the caller already knows it.
        self._summary = summary

    def summary(self):
        if self._summary is None:
            self._summary = self.items().aggregate(
                count=Count("pk"), latest=Max(self.latest_expression)
            )
        return self._summary

    def is_listed(self):
        return self.listed_when_empty or self.summary()["count"] > 0

    def get_latest_lastmod(self):
        return _to_seconds(self.summary()["latest"])

    @cached_property
    def paginator(self):
        paginator = Paginator(self._items(), self.limit)
        # The aggregate has counted already; no separate COUNT query.
        paginator.count = self.summary()["count"]
        return paginator


class StorySitemap(SummarizedSitemap):
    """Story addresses, each with its featured image as a Google image extension."""

    latest_expression = ARTICLE_LASTMOD

    def stories(self):
        return (
            indexable_stories()
            .select_related("featured_image")
            .only(
                "slug",
                "url_date",
                "headline",
                "published_at",
                "first_published_at",
                "content_updated_at",
                "featured_image",
                "featured_image__content_hash",
                "featured_image__focal_x",
                "featured_image__focal_y",
            )
        )

    def lastmod(self, article):
        return _to_seconds(article.content_updated_at or article.first_published_at)

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        base = f"{self.get_protocol(protocol)}://{self.get_domain(site)}/"
        for url in urls:
            image = url["item"].featured_image
            url["images"] = (
                [urljoin(base, rendition_url(image, "crop16x9", "jpg"))] if image else []
            )
        return urls


class MonthSitemap(StorySitemap):
    """The stories whose address carries a date in one month (Jakarta dates)."""

    def __init__(self, first_day, summary=None):
        super().__init__(summary)
        self.first_day = first_day

    def items(self):
        next_month = (self.first_day + timedelta(days=31)).replace(day=1)
        return (
            self.stories()
            .in_date_range(self.first_day, next_month - timedelta(days=1))
            .order_by("url_date", "-published_at", "-pk")
        )


class NewsSitemap(StorySitemap):
    """Google News: stories first published in the last two days, paid content excluded."""

    template_name = "sitemaps/news.xml"
    # Named in robots.txt, so it answers even on a quiet weekend.
    listed_when_empty = True

    def items(self):
        since = timezone.now() - NEWS_WINDOW
        return (
            self.stories()
            .filter(first_published_at__gte=since)
            .exclude(article_type__in=Article.PAID_TYPES)
            .order_by("-first_published_at", "-pk")[:NEWS_LIMIT]
        )

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        publication = {"name": settings.SITE_NAME, "language": settings.LANGUAGE_CODE}
        for url in urls:
            article = url["item"]
            url["news"] = {
                "publication": publication,
                # The original publication time, in the newsroom's zone (+07:00).
                "publication_date": timezone.localtime(article.first_published_at).isoformat(
                    timespec="seconds"
                ),
                "title": article.headline,
            }
        return urls


class ListingSitemap(SummarizedSitemap):
    """Sections, tags, authors or sources with at least one published story.

    Their ``lastmod`` is the ``lastmod`` of their newest published story, found
    with one index probe per owner (``newest_first``): the cost of the file
    follows the number of owners, never the size of the archive.
    """

    model = None
    # How a story points at the owner of the list.
    story_lookup = None
    # Newest first along an index that starts with the owner: publication time
    # for sections and sources; for tags and authors the story id, which the
    # link tables index with the owner (ids follow creation, close to publication).
    newest_first = ("-pk",)
    latest_expression = "latest_story"

    def owners(self, annotated):
        return annotated.filter(newest_story__isnull=False)

    def items(self):
        # Listing pages show noindex stories too, so these count. Scalar
        # subqueries, not EXISTS: the planner turns EXISTS into a join over
        # every story, while a scalar subquery stays one probe per owner.
        stories = (
            Article.objects.published()
            .filter(**{self.story_lookup: OuterRef("pk")})
            .order_by(*self.newest_first)
        )
        newest = stories.annotate(lastmod=ARTICLE_LASTMOD).values("lastmod")[:1]
        annotated = self.model.objects.annotate(
            newest_story=Subquery(stories.values("pk")[:1]), latest_story=Subquery(newest)
        )
        return self.owners(annotated).only("slug").order_by("pk")

    def lastmod(self, owner):
        return _to_seconds(owner.latest_story)


class SectionSitemap(ListingSitemap):
    model = Section
    story_lookup = "section"
    newest_first = ("-published_at", "-pk")

    def owners(self, annotated):
        # Sections in the menu are listed even before their first story.
        return annotated.filter(Q(newest_story__isnull=False) | Q(nav_position__isnull=False))


class TagSitemap(ListingSitemap):
    model = Tag
    story_lookup = "tagged_items__tag"


class AuthorSitemap(ListingSitemap):
    model = Author
    story_lookup = "article_authors__author"


class SourceSitemap(ListingSitemap):
    model = Source
    story_lookup = "source"
    newest_first = ("-published_at", "-pk")


class PageSitemap(SummarizedSitemap):
    """Static pages: Redaksi, Tentang Kami, Pedoman Media Siber…"""

    latest_expression = "updated_at"

    def items(self):
        return Page.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, page):
        return _to_seconds(page.updated_at)


# Files that exist whatever the date, in the order the index lists them.
FIXED_SITEMAPS = {
    "news": NewsSitemap,
    "pages": PageSitemap,
    "sections": SectionSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "sources": SourceSitemap,
}


def month_section(first_day):
    return f"articles-{first_day:%Y-%m}"


def month_sitemaps():
    """One sitemap per month with published stories, newest first, from one query."""
    months = (
        indexable_stories()
        .annotate(month=TruncMonth("url_date"))
        .values("month")
        .annotate(count=Count("pk"), latest=Max(ARTICLE_LASTMOD))
        .order_by("-month")
    )
    return {
        month_section(row["month"]): MonthSitemap(
            row["month"], summary={"count": row["count"], "latest": row["latest"]}
        )
        for row in months
    }


def sitemap_for(section):
    """The sitemap behind ``/sitemap-<section>.xml``, or None."""
    if section in FIXED_SITEMAPS:
        return FIXED_SITEMAPS[section]()
    match = MONTH_SECTION.fullmatch(section)
    if match is None:
        return None
    try:
        first_day = date(int(match["year"]), int(match["month"]), 1)
    except ValueError:
        return None
    return MonthSitemap(first_day)


def index(request):
    fixed = {name: sitemap() for name, sitemap in FIXED_SITEMAPS.items()}
    sitemaps = {"news": fixed.pop("news"), **month_sitemaps(), **fixed}
    listed = {name: sitemap for name, sitemap in sitemaps.items() if sitemap.is_listed()}
    return sitemap_views.index(request, listed, sitemap_url_name="sitemap_section")


def section(request, section):
    sitemap = sitemap_for(section)
    if sitemap is None or not sitemap.is_listed():
        raise Http404(f"No sitemap {section!r}.")
    return sitemap_views.sitemap(
        request, {section: sitemap}, section=section, template_name=sitemap.template_name
    )


def robots_txt(request):
    sitemap_urls = [
        request.build_absolute_uri(reverse("sitemap_index")),
        request.build_absolute_uri(reverse("sitemap_section", kwargs={"section": "news"})),
    ]
    # Rendered without the request: no context processors, no session, no cookie.
    content = render_to_string("robots.txt", {"sitemap_urls": sitemap_urls})
    return HttpResponse(content, content_type="text/plain; charset=utf-8")
