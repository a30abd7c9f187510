"""Revisions: a snapshot after every save that changed content; restore is a new save."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from .. import permissions
from ..html import inline_image_ids
from ..models import Article, ArticleAuthor, ArticleRevision, RelatedArticleLink, Tag
from .workflow import article_save

TEXT_FIELDS = (
    "headline",
    "slug",
    "dek",
    "body",
    "dateline_city",
    "featured_image_alt",
    "featured_image_caption",
)
REFERENCE_FIELDS = ("section_id", "source_id", "featured_image_id")


def article_snapshot(article):
    bylines = ArticleAuthor.objects.filter(article=article).select_related("author")
    return {
        **{field: getattr(article, field) for field in TEXT_FIELDS},
        **{field: getattr(article, field) for field in REFERENCE_FIELDS},
        "tags": sorted(article.tags.names()),
        "authors": [
            {"id": b.author_id, "name": b.author.name} for b in bylines.order_by("position")
        ],
        "related": list(
            RelatedArticleLink.objects.filter(article=article)
            .order_by("position", "pk")
            .values_list("related_article_id", flat=True)
        ),
        "images": sorted(set(inline_image_ids(article.body))),
    }


def article_record_revision(*, article, user=None):
    """Store a revision unless nothing changed since the last one."""
    data = article_snapshot(article)
    last = article.revisions.order_by("-version", "-pk").first()
    if last is not None and last.data == data:
        return None
    return ArticleRevision.objects.create(
        article=article, version=article.version, user=user, data=data
    )


@transaction.atomic
def article_restore_revision(*, article, revision, user=None):
    """Bring back a revision's content; the result is saved as a new revision."""
    if user is not None and not permissions.can_edit(user, article):
        raise PermissionDenied(_("You may not edit “%(story)s”.") % {"story": article})
    data = revision.data
    previous_path = article.canonical_path() if article.url_date else None
    for field in (*TEXT_FIELDS, *REFERENCE_FIELDS):
        setattr(article, field, data[field])
    article_save(article=article, user=user, previous_path=previous_path)
    article.tags.set([Tag.objects.get_or_create(name=name)[0] for name in data["tags"]])
    ArticleAuthor.objects.filter(article=article).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author_id=author["id"], position=position)
        for position, author in enumerate(data["authors"])
    )
    RelatedArticleLink.objects.filter(article=article).delete()
    RelatedArticleLink.objects.bulk_create(
        RelatedArticleLink(article=article, related_article_id=pk, position=position)
        for position, pk in enumerate(data["related"])
        if Article.objects.filter(pk=pk).exists()
    )
    return article_record_revision(article=article, user=user)
