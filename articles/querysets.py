"""Read rules for the newsroom, as chainable queryset verbs.

``ArticleQuerySet.published()`` is the only place the publication rule is
written; every public surface starts from it.
"""

from datetime import timedelta

from django.apps import apps
from django.db import models
from django.db.models import (
    Case,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

# Related news ranks candidates drawn from bounded windows, so its cost does
# not grow with the archive.
RELATED_TAG_WINDOW = 50
RELATED_NEIGHBOUR_WINDOW = 50
RELATED_MAX_TAGS = 12
# "Terpopuler" sums the weeks of each day's this many most-read stories only
# (see most_read()). Its fallback looks up this many times as many leaders as
# it shows, in case some of them are no longer published.
MOST_READ_DAILY_LEADERS = 50
MOST_READ_MARGIN = 10


# The name under which a story list carries the time it is ordered by.
LISTED_AT = "listed_at"


def bylines_prefetch():
    ArticleAuthor = apps.get_model("articles", "ArticleAuthor")
    bylines = ArticleAuthor.objects.select_related("author").order_by("position", "pk")
    return Prefetch("article_authors", queryset=bylines, to_attr="prefetched_bylines")


class SectionQuerySet(models.QuerySet):
    def in_navigation(self):
        return self.filter(nav_position__isnull=False).order_by("nav_position", "name")


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """Readers' content: published, due, past any embargo, not expired, not trashed."""
        now = timezone.now()
        return self.filter(
            Q(embargo_until__isnull=True) | Q(embargo_until__lte=now),
            Q(expires_at__isnull=True) | Q(expires_at__gt=now),
            status=self.model.Status.PUBLISHED,
            published_at__lte=now,
            deleted_at__isnull=True,
        )

    def next_scheduled_change(self, now):
        """When the published set next changes by the clock alone, or None.

        A scheduled story going live, an embargo ending, a story expiring: the
        page cache caps every page's lifetime at this moment.
        """
        live = self.filter(status=self.model.Status.PUBLISHED, deleted_at__isnull=True)
        moments = [
            live.filter(**{f"{field}__gt": now})
            .order_by(field)
            .values_list(field, flat=True)
            .first()
            for field in ("published_at", "embargo_until", "expires_at")
        ]
        upcoming = [moment for moment in moments if moment is not None]
        return min(upcoming) if upcoming else None

    def in_status(self, *statuses):
        """Stories in these stored states.

        When every state asked for carries a publication time, saying so lets an
        index on (…, published_at) start past the undated drafts, which come
        first in a newest-first walk: a section's published stories at a million
        stories no longer pass its 3 000 drafts and stories in review first.
        """
        queryset = self.filter(status__in=statuses)
        if set(statuses) <= self.model.DATED_STATUSES:
            queryset = queryset.filter(published_at__isnull=False)
        return queryset

    def not_trashed(self):
        return self.filter(deleted_at__isnull=True)

    def trashed(self):
        return self.filter(deleted_at__isnull=False)

    def owned_by(self, user):
        """Created by ``user`` or bylined to the author profile linked to them."""
        return self.filter(Q(created_by=user) | Q(article_authors__author__user=user)).distinct()

    def newest_first(self):
        return self.order_by(f"-{self.listing_time()}", "-pk")

    def listing_time(self):
        """The column a list of these stories is ordered by (see ``tagged``)."""
        return LISTED_AT if LISTED_AT in self.query.annotations else "published_at"

    def with_bylines(self):
        return self.prefetch_related(bylines_prefetch())

    def for_cards(self):
        """The rows an article card shows; bylines come from one shared prefetch."""
        return self.select_related("section", "source", "featured_image")

    def for_listing(self):
        """What an article card shows: section, source and byline, in fixed queries."""
        return self.for_cards().with_bylines().newest_first()

    def for_detail(self):
        return (
            self.select_related("section", "source", "featured_image", "social_image", "editor")
            .with_bylines()
            .prefetch_related("tags", "corrections")
        )

    def in_section(self, section):
        return self.filter(section=section)

    def tagged(self, tag):
        return self._through_link("tagged_items", tag=tag)

    def by_author(self, author):
        return self._through_link("article_authors", author=author)

    def _through_link(self, relation, **owner):
        """Stories linked to an owner, listed by the link row's copy of their time.

        The link tables carry the story's publication time (link_times.py), so
        "newest first" walks one (owner, published_at, story) index and stops
        after a page; ordering by the story's own column would read all of the
        owner's stories first. The time bound starts the walk below scheduled
        stories. One filter() call keeps one join for both.
        """
        conditions = {f"{relation}__{name}": value for name, value in owner.items()}
        conditions[f"{relation}__published_at__lte"] = timezone.now()
        return self.filter(**conditions).alias(**{LISTED_AT: F(f"{relation}__published_at")})

    def from_source(self, source):
        return self.filter(source=source)

    def in_date_range(self, first_day, last_day):
        """Stories whose address carries a date in [first_day, last_day] (Jakarta days)."""
        if first_day == last_day:
            # Equality, not a one-day range: the (url_date, published_at, id)
            # index then yields the day newest first and a page stops early.
            return self.filter(url_date=first_day)
        return self.filter(url_date__gte=first_day, url_date__lte=last_day)

    def neighbours(self, article):
        """The previous and next published story in the same section, in one query."""
        same_section = self.published().filter(section_id=article.section_id).exclude(pk=article.pk)
        moment, pk = article.published_at, article.pk
        # The redundant bounds start the index range at the story: without them
        # the walk begins at today and reads back to it (846 000 rows for a
        # 2018 story at 1 M).
        older = same_section.filter(
            Q(published_at__lt=moment) | Q(published_at=moment, pk__lt=pk),
            published_at__lte=moment,
        ).order_by("-published_at", "-pk")
        newer = same_section.filter(
            Q(published_at__gt=moment) | Q(published_at=moment, pk__gt=pk),
            published_at__gte=moment,
        ).order_by("published_at", "pk")
        # Two scalar subqueries: each is one index probe, and "id = a OR id = b"
        # reads the primary key (an "IN subquery OR IN subquery" scans the table).
        found = list(
            self.filter(
                Q(pk=Subquery(older.values("pk")[:1])) | Q(pk=Subquery(newer.values("pk")[:1]))
            ).only("headline", "slug", "url_date", "published_at")
        )
        before = next((a for a in found if (a.published_at, a.pk) < (moment, pk)), None)
        after = next((a for a in found if (a.published_at, a.pk) > (moment, pk)), None)
        return before, after

    def most_read(self, days=7, limit=5):
        """ "Terpopuler": published stories with the most beacon-counted views lately, as a list.

        Summing every count of the week grows with the week's output. Instead
        each day's leaders come off the (day, count) index and only their weeks
        are summed (the threshold algorithm): a story outside every day's
        leaders has at most the sum of the days' smallest leading counts, so
        once the last story listed has more, no other story can enter the list.
        A flat week that leaves the answer open falls back to the full sum.
        """
        ArticleViewCount = apps.get_model("articles", "ArticleViewCount")
        first_day = timezone.localdate() - timedelta(days=days - 1)
        recent = ArticleViewCount.objects.filter(day__gte=first_day)
        totals = recent.values("article").annotate(total=Sum("count"))
        leaders = _daily_leaders(ArticleViewCount, first_day, days)
        # A day with fewer leaders than asked has no one else: it adds nothing.
        bound = sum(
            min(count for count, _article in day)
            for day in leaders.values()
            if len(day) == MOST_READ_DAILY_LEADERS
        )
        candidates = {article for day in leaders.values() for _count, article in day}
        listed = self._by_views(totals, limit, among=candidates)
        if bound == 0 or (len(listed) == limit and listed[-1].recent_views > bound):
            return listed
        return self._by_views(totals, limit)

    def _by_views(self, totals, limit, among=None):
        """The published stories with the highest ``totals`` (of the ``among`` stories)."""
        # Rank the totals alone, then look up a few leaders: checking the
        # publication rule for every story counted would cost far more.
        ranked = totals if among is None else totals.filter(article__in=among)
        leading = ranked.order_by("-total", "-article")[: limit * MOST_READ_MARGIN]
        views = totals.filter(article=OuterRef("pk")).order_by().values("total")[:1]
        return list(
            self.published()
            .filter(pk__in=leading.values("article"))
            .annotate(recent_views=Subquery(views))
            .order_by("-recent_views", "-published_at", "-pk")[:limit]
        )

    def section_blocks(self, per_section=4):
        """The newest stories of every section in navigation, in one query.

        Each section's n-th newest story is one index probe on
        (section, published_at, id); the blocks never rank the whole archive.
        """
        Section = apps.get_model("articles", "Section")
        in_menu = Section.objects.filter(nav_position__isnull=False).order_by()

        def nth_newest(n):
            newest = (
                self.published()
                .filter(section_id=OuterRef("pk"))
                .order_by("-published_at", "-pk")
                .values("pk")[n : n + 1]
            )
            return in_menu.annotate(story=Subquery(newest)).values("story")

        shown = nth_newest(0).union(*(nth_newest(n) for n in range(1, per_section)), all=True)
        return (
            self.published()
            .filter(pk__in=shown)
            .select_related("section", "featured_image")
            .order_by("section__nav_position", "section__name", "-published_at", "-pk")
        )

    def related_to(self, article, limit=5):
        """The "Baca Juga" list for ``article``, in one query.

        Editor-pinned stories come first in their order; then automatic ones
        ranked by shared tags, same section, same source and recency. Only
        published stories, never the article itself, no duplicates, and a
        deterministic order (ties end on the primary key).
        """
        RelatedArticleLink = apps.get_model("articles", "RelatedArticleLink")
        TaggedArticle = apps.get_model("articles", "TaggedArticle")

        tag_ids = sorted(tag.pk for tag in article.tags.all())[:RELATED_MAX_TAGS]
        candidates = self.published().exclude(pk=article.pk)
        newest = candidates.newest_first().values("pk")

        # Each window is a short index range. A tag's window is its newest links
        # by story id (one index on (tag, story)): ordering a popular tag's
        # stories by publication time would read all of them. The windows are
        # united in one subquery: "IN (…) OR IN (…)" would scan the whole table.
        windows = [RelatedArticleLink.objects.filter(article=article).values("related_article")]
        windows += [
            TaggedArticle.objects.filter(tag_id=tag_id)
            .order_by("-content_object_id")
            .values("content_object_id")[:RELATED_TAG_WINDOW]
            for tag_id in tag_ids
        ]
        windows.append(newest.filter(section_id=article.section_id)[:RELATED_NEIGHBOUR_WINDOW])
        if article.source_id:
            windows.append(newest.filter(source_id=article.source_id)[:RELATED_NEIGHBOUR_WINDOW])
        windows.append(newest[:RELATED_NEIGHBOUR_WINDOW])
        # Not every database takes LIMIT inside UNION: each window sits in its own IN.
        parts = [self.model._base_manager.filter(pk__in=window).values("pk") for window in windows]
        in_windows = parts[0].union(*parts[1:], all=True)

        pin_position = RelatedArticleLink.objects.filter(
            article=article, related_article=OuterRef("pk")
        ).values("position")[:1]
        shared_tags = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag_id__in=tag_ids)
            .values("content_object")
            .annotate(count=Count("pk"))
            .values("count")
        )
        ranking = {
            "pin_position": Subquery(pin_position),
            "shared_tags": Coalesce(Subquery(shared_tags), 0),
            "same_section": _flag(Q(section_id=article.section_id)),
            "same_source": _flag(Q(source_id=article.source_id)) if article.source_id else Value(0),
        }
        order = [
            F("pin_position").asc(nulls_last=True),
            "-shared_tags",
            "-same_section",
            "-same_source",
            "-published_at",
            "-pk",
        ]
        # The candidates (up to ~550) are ranked by id alone; only the winners'
        # rows, with their section and image, are read and ranked again.
        winners = candidates.filter(pk__in=in_windows).annotate(**ranking).order_by(*order)
        return list(
            self.model._base_manager.filter(pk__in=winners.values("pk")[:limit])
            .annotate(**ranking)
            .select_related("section", "featured_image")
            .order_by(*order)
        )


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0))


def _daily_leaders(view_counts, first_day, days):
    """{day: [(count, article), …]} of each day's most-read stories, in one query.

    Each day is a short walk of the (day, count) index; "IN (… LIMIT)" because
    not every database takes LIMIT inside UNION (as in related_to()).
    """
    windows = [
        view_counts.objects.filter(
            pk__in=view_counts.objects.filter(day=first_day + timedelta(days=n))
            .order_by("-count", "-pk")
            .values("pk")[:MOST_READ_DAILY_LEADERS]
        ).values_list("day", "count", "article_id")
        for n in range(days)
    ]
    leaders = {}
    for day, count, article in windows[0].union(*windows[1:], all=True):
        leaders.setdefault(day, []).append((count, article))
    return leaders
