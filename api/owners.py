"""Sections, tags, authors and sources as the API lists them.

Only those with at least one published article are listed (or found by
slug), each with its count of published articles: a tag used only on drafts
stays unknown. The counts come from ``Article.objects.published()``, in the
same single query as the list.
"""

from dataclasses import dataclass

from django.db.models import Count, Max

from articles.models import Article, Author, Section, Source, Tag

from . import serializers


@dataclass(frozen=True)
class OwnerKind:
    model: type
    articles: str  # the relation from the owner to its articles
    serialize: object  # a function in api.serializers


KINDS = {
    "section": OwnerKind(Section, "articles", serializers.section_entry),
    "tag": OwnerKind(Tag, "article", serializers.tag_entry),
    "author": OwnerKind(Author, "articles", serializers.author_entry),
    "source": OwnerKind(Source, "articles", serializers.source_entry),
}


def with_published_articles(kind):
    """Owners of ``kind`` with published articles: count and latest change annotated."""
    relation = kind.articles
    # Filtering before annotating makes the aggregates see the published rows only.
    return (
        kind.model.objects.filter(**{f"{relation}__in": Article.objects.published()})
        .annotate(
            article_count=Count(relation),
            latest_update=Max(f"{relation}__updated_at"),
            latest_publication=Max(f"{relation}__published_at"),
        )
        .order_by("slug")
    )


def last_change(owner):
    return max(owner.latest_update, owner.latest_publication)
