"""Read rules for the newsroom, as chainable queryset verbs.

``ArticleQuerySet.published()`` is the only place the publication rule is
written; every public surface starts from it.
"""

from functools import reduce
from operator import or_

from django.apps import apps
from django.db import models
from django.db.models import Case, Count, F, OuterRef, Prefetch, Q, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

# Related news ranks candidates drawn from bounded windows, so its cost does
# not grow with the archive.
RELATED_TAG_WINDOW = 200
RELATED_NEIGHBOUR_WINDOW = 50
RELATED_MAX_TAGS = 12


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

    def not_trashed(self):
        return self.filter(deleted_at__isnull=True)

    def trashed(self):
        return self.filter(deleted_at__isnull=False)

    def owned_by(self, user):
        """Created by ``user`` or bylined to the author profile linked to them."""
        return self.filter(Q(created_by=user) | Q(article_authors__author__user=user)).distinct()

    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def with_bylines(self):
        ArticleAuthor = apps.get_model("articles", "ArticleAuthor")
        bylines = ArticleAuthor.objects.select_related("author").order_by("position", "pk")
        return self.prefetch_related(
            Prefetch("article_authors", queryset=bylines, to_attr="prefetched_bylines")
        )

    def for_listing(self):
        """What an article card shows: section, source and byline, in fixed queries."""
        return (
            self.select_related("section", "source", "featured_image").with_bylines().newest_first()
        )

    def for_detail(self):
        return (
            self.select_related("section", "source", "featured_image")
            .with_bylines()
            .prefetch_related("tags", "corrections")
        )

    def in_section(self, section):
        return self.filter(section=section)

    def tagged(self, tag):
        return self.filter(tagged_items__tag=tag)

    def by_author(self, author):
        return self.filter(article_authors__author=author)

    def from_source(self, source):
        return self.filter(source=source)

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

        windows = [
            Q(pk__in=RelatedArticleLink.objects.filter(article=article).values("related_article"))
        ]
        windows += [
            Q(pk__in=newest.filter(tagged_items__tag_id=tag_id)[:RELATED_TAG_WINDOW])
            for tag_id in tag_ids
        ]
        windows.append(
            Q(pk__in=newest.filter(section_id=article.section_id)[:RELATED_NEIGHBOUR_WINDOW])
        )
        if article.source_id:
            windows.append(
                Q(pk__in=newest.filter(source_id=article.source_id)[:RELATED_NEIGHBOUR_WINDOW])
            )
        windows.append(Q(pk__in=newest[:RELATED_NEIGHBOUR_WINDOW]))

        pin_position = RelatedArticleLink.objects.filter(
            article=article, related_article=OuterRef("pk")
        ).values("position")[:1]
        shared_tags = (
            TaggedArticle.objects.filter(content_object=OuterRef("pk"), tag_id__in=tag_ids)
            .values("content_object")
            .annotate(count=Count("pk"))
            .values("count")
        )
        ranked = candidates.filter(reduce(or_, windows)).annotate(
            pin_position=Subquery(pin_position),
            shared_tags=Coalesce(Subquery(shared_tags), 0),
            same_section=_flag(Q(section_id=article.section_id)),
            same_source=_flag(Q(source_id=article.source_id)) if article.source_id else Value(0),
        )
        return list(
            ranked.select_related("section", "featured_image").order_by(
                F("pin_position").asc(nulls_last=True),
                "-shared_tags",
                "-same_section",
                "-same_source",
                "-published_at",
                "-pk",
            )[:limit]
        )


def _flag(condition):
    return Case(When(condition, then=Value(1)), default=Value(0))
