"""Sitemaps for search engines, and robots.txt pointing at them.

``/sitemap.xml`` is an index of small files: one per month with published
stories (``/sitemap-articles-2026-11.xml``, with ``?p=2``… past the 50 000
addresses a file may hold), the Google News file (``/sitemap-news.xml``),
static pages, sections, tags, authors and sources. Everything starts from
``Article.objects.published()``; stories marked ``noindex`` are left out.

No request counts, sorts or aggregates the archive, so a file costs the same
at a million stories as at ten thousand:

- **The months** come from ``SitemapMonth``, a row per month (how many stories,
  the newest ``lastmod``) that triggers on the story table keep exact on every
  write path. A trigger cannot see the clock, so the table counts stories that
  are published, not trashed and indexable *whenever* they go live; the clock
  is handled here. Months after the current one are not listed. Any other
  month is listed only when one probe of the ``(url_date, …)`` index finds one
  of its stories live now (a month whose stories are all scheduled or expired
  would be an empty file), and its ``lastmod`` is clamped to now (a scheduled
  story's first publication lies ahead). The count gives the number of pages;
  a page beyond the first can come out empty only while stories of a month of
  over 50 000 are scheduled or expired, and answers 404 until they are live
  (owner files likewise, for a block of 50 000 owners without a story).
- **Google News**: one aggregate over at most 1 000 stories of the last two days.
- **Sections, tags, authors, sources**: one probe for the newest published
  story with such an owner (is the file listed at all?) and the size of the
  owner table (its pages). The file is dated by that story or by the newest
  month, whichever is later: a story edited or published anywhere can move an
  owner's date.
- **Every file** is one query: a page of items read once, never counted first
  (an empty page answers 404, except for Google News). An owner carries one
  probe for its newest published story; owners without one are dropped in
  Python, so the probe runs once per owner.

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
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, DateField, Exists, Func, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property

from images.renditions import rendition_url

from .models import (
    Article,
    ArticleAuthor,
    Author,
    Page,
    Section,
    SitemapMonth,
    Source,
    Tag,
    TaggedArticle,
)

# When a story last changed for readers: its last content edit, else its first
# publication. The summary's triggers (migration 0018) use the same rule.
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


def _latest(*moments):
    return max((moment for moment in moments if moment), default=None)


class NextMonth(Func):
    """The first day of the month after a month's first day (SQLite and PostgreSQL)."""

    output_field = DateField()
    template = "date(%(expressions)s, '+1 month')"

    def as_postgresql(self, compiler, connection, **extra):
        template = "(%(expressions)s + interval '1 month')::date"
        return super().as_sql(compiler, connection, template=template, **extra)


class SlicePaginator(Paginator):
    """Reads one page of items with one query and never counts them.

    A page past the end is an empty slice: EmptyPage, the view's 404 (an empty
    first page is allowed only with ``allow_empty_first_page``). ``keep``
    filters the page once read (owners without a published story). ``count``
    is only needed for ``num_pages``, by the index, which sets it.
    """

    def __init__(self, object_list, per_page, *, keep=None, allow_empty_first_page=True):
        super().__init__(object_list, per_page, allow_empty_first_page=allow_empty_first_page)
        self.keep = keep

    def page(self, number):
        number = self._page_number(number)
        start = (number - 1) * self.per_page
        items = list(self.object_list[start : start + self.per_page])
        if self.keep is not None:
            items = [item for item in items if self.keep(item)]
        if not items and (number > 1 or not self.allow_empty_first_page):
            raise EmptyPage(self.error_messages["no_results"])
        return self._get_page(items, number, self)

    def _page_number(self, number):
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number


class ArchiveSitemap(Sitemap):
    """A sitemap file read with one query per page.

    The index passes what it already knows: ``count`` (for the number of
    pages) and ``latest`` (the file's newest ``lastmod``).
    """

    template_name = "sitemaps/urlset.xml"
    # An empty file is not a valid urlset: it is left out of the index and answers 404.
    listed_when_empty = False
    # A method dropping items after they are read, or None.
    keep = None

    def __init__(self, *, count=None, latest=None):
        self.count = count
        self.latest = latest

    @cached_property
    def paginator(self):
        paginator = SlicePaginator(
            self._items(),
            self.limit,
            keep=self.keep,
            allow_empty_first_page=self.listed_when_empty,
        )
        if self.count is not None:
            paginator.count = self.count
        return paginator

    def get_latest_lastmod(self):
        return _to_seconds(self.latest)


class StorySitemap(ArchiveSitemap):
    """Story addresses, each with its featured image as a Google image extension."""

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

    def __init__(self, first_day, **known):
        super().__init__(**known)
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

    @classmethod
    def for_index(cls):
        return cls(**cls().items().aggregate(count=Count("pk"), latest=Max(ARTICLE_LASTMOD)))

    def items(self):
        now = timezone.now()
        return (
            self.stories()
            # Bounded on both sides: the index range skips stories scheduled ahead.
            .filter(first_published_at__gte=now - NEWS_WINDOW, first_published_at__lte=now)
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


class ListingSitemap(ArchiveSitemap):
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
    # Owners listed even before their first story (a Q), or None.
    listed_anyway = None

    @classmethod
    def owned(cls, stories):
        """``stories`` narrowed to those with an owner of this kind."""
        return stories

    @classmethod
    def for_index(cls, site_latest):
        """Listed when a published story has such an owner, in pages of owners."""
        newest = (
            cls.owned(Article.objects.published())
            .order_by("-published_at", "-pk")
            .annotate(lastmod=ARTICLE_LASTMOD)
            .values("lastmod")[:1]
        )
        # The subquery does not depend on the owner: the database runs it once.
        aggregates = {"owners": Count("pk"), "newest": Max(Subquery(newest))}
        if cls.listed_anyway is not None:
            aggregates["anyway"] = Count("pk", filter=cls.listed_anyway)
        found = cls.model.objects.aggregate(**aggregates)
        if found["newest"] is None and not found.get("anyway"):
            return None
        return cls(count=found["owners"], latest=_latest(found["newest"], site_latest))

    def items(self):
        # Listing pages show noindex stories too, so these count. A scalar
        # subquery, not EXISTS: the planner turns EXISTS into a join over every
        # story, while a scalar subquery stays one probe per owner.
        newest = (
            Article.objects.published()
            .filter(**{self.story_lookup: OuterRef("pk")})
            .order_by(*self.newest_first)
            .annotate(lastmod=ARTICLE_LASTMOD)
            .values("lastmod")[:1]
        )
        return (
            self.model.objects.annotate(latest_story=Subquery(newest)).only("slug").order_by("pk")
        )

    def keep(self, owner):
        return owner.latest_story is not None

    def lastmod(self, owner):
        return _to_seconds(owner.latest_story)


class SectionSitemap(ListingSitemap):
    """Sections with a published story, and those in the menu even before their first."""

    model = Section
    story_lookup = "section"
    newest_first = ("-published_at", "-pk")
    listed_anyway = Q(nav_position__isnull=False)

    def items(self):
        return super().items().only("slug", "nav_position")

    def keep(self, section):
        return super().keep(section) or section.nav_position is not None


class TagSitemap(ListingSitemap):
    model = Tag
    story_lookup = "tagged_items__tag"

    @classmethod
    def owned(cls, stories):
        return stories.filter(Exists(TaggedArticle.objects.filter(content_object=OuterRef("pk"))))


class AuthorSitemap(ListingSitemap):
    model = Author
    story_lookup = "article_authors__author"

    @classmethod
    def owned(cls, stories):
        return stories.filter(Exists(ArticleAuthor.objects.filter(article=OuterRef("pk"))))


class SourceSitemap(ListingSitemap):
    model = Source
    story_lookup = "source"
    newest_first = ("-published_at", "-pk")

    @classmethod
    def owned(cls, stories):
        return stories.filter(source__isnull=False)


class PageSitemap(ArchiveSitemap):
    """Static pages: Redaksi, Tentang Kami, Pedoman Media Siber…"""

    @classmethod
    def for_index(cls):
        found = Page.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
        return cls(**found) if found["count"] else None

    def items(self):
        return Page.objects.only("slug", "updated_at").order_by("pk")

    def lastmod(self, page):
        return _to_seconds(page.updated_at)


LISTINGS = {
    "sections": SectionSitemap,
    "tags": TagSitemap,
    "authors": AuthorSitemap,
    "sources": SourceSitemap,
}
# Files that exist whatever the date.
FIXED_SITEMAPS = {"news": NewsSitemap, "pages": PageSitemap, **LISTINGS}


def month_section(first_day):
    return f"articles-{first_day:%Y-%m}"


def month_sitemaps(now):
    """The months the index lists, newest first, from one query on the summary.

    Each month is checked for a story live now with one probe of the
    ``(url_date, …)`` index; its ``lastmod`` never lies ahead of ``now``.
    """
    this_month = timezone.localdate(now).replace(day=1)
    live = indexable_stories().filter(
        url_date__gte=OuterRef("month"), url_date__lt=NextMonth(OuterRef("month"))
    )
    months = (
        SitemapMonth.objects.filter(month__lte=this_month, stories__gt=0)
        .annotate(live=Exists(live))
        .order_by("-month")
    )
    return {
        month_section(row.month): MonthSitemap(
            row.month, count=row.stories, latest=min(row.lastmod, now) if row.lastmod else None
        )
        for row in months
        if row.live
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
    months = month_sitemaps(timezone.now())
    site_latest = _latest(*(sitemap.latest for sitemap in months.values()))
    sitemaps = {
        "news": NewsSitemap.for_index(),
        **months,
        "pages": PageSitemap.for_index(),
        **{name: kind.for_index(site_latest) for name, kind in LISTINGS.items()},
    }
    listed = {name: sitemap for name, sitemap in sitemaps.items() if sitemap is not None}
    return sitemap_views.index(request, listed, sitemap_url_name="sitemap_section")


def section(request, section):
    sitemap = sitemap_for(section)
    if sitemap is None:
        raise Http404(f"No sitemap {section!r}.")
    # A page without items raises EmptyPage, which the view answers with 404.
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
