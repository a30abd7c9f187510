"""Sections, tags, authors and sources as the API lists them.

Only those with at least one published story are listed (or found by slug),
and nothing is counted. Whether an owner has a published story is one index
probe: the first story of its public page (``Article.objects.published()``,
narrowed by the owner's verb, ``newest_first()``, which walks an index that
starts with the owner). A page of owners walks the slug index and probes each
owner until the page is full, so its cost follows the page size, never the
size of the archive or of the vocabulary. Counts are left out
because "published" depends on the clock (schedules, embargoes, expiry): a
count cannot be kept by triggers, and counting per request reads every story
of the owner.
"""

from dataclasses import dataclass

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Greatest

from articles.models import Article, Author, Section, Source, Tag

from . import serializers


@dataclass(frozen=True)
class OwnerKind:
    model: type
    verb: str  # the ArticleQuerySet verb its public page narrows stories with
    serialize: object  # a function in api.serializers


KINDS = {
    "section": OwnerKind(Section, "in_section", serializers.section_entry),
    "tag": OwnerKind(Tag, "tagged", serializers.tag_entry),
    "author": OwnerKind(Author, "by_author", serializers.author_entry),
    "source": OwnerKind(Source, "from_source", serializers.source_entry),
}


def listed(kind):
    """Owners of ``kind`` with a published story; ``last_change`` annotated.

    ``last_change`` is when the owner's newest story last changed (saved, or
    gone live): the entry's Last-Modified.
    """
    stories = getattr(Article.objects.published(), kind.verb)(OuterRef("pk"))
    newest = (
        stories.newest_first()
        .annotate(change=Greatest("updated_at", "published_at"))
        .values("change")[:1]
    )
    # A scalar subquery, not EXISTS: PostgreSQL turns EXISTS into a join over
    # every story, while this stays one probe per owner it walks past.
    return kind.model.objects.annotate(last_change=Subquery(newest)).filter(
        last_change__isnull=False
    )
