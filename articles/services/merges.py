"""Merging duplicate tags, authors and sources (newsroom hygiene).

Every story moves to the surviving object, its version is bumped (so an open
edit notices) and a revision records the move, the duplicates go, and their
public pages redirect (301).
"""

from django.db import transaction
from django.db.models import F

from redirects.services import redirect_add

from ..addresses import canonical_path
from ..models import Article, ArticleAuthor, TaggedArticle
from .revisions import article_record_revision


def _bump(article_ids, user):
    """New version (an open edit notices) and a revision for each story that moved."""
    Article.objects.filter(pk__in=list(article_ids)).update(version=F("version") + 1)
    for article in Article.objects.filter(pk__in=list(article_ids)):
        article_record_revision(article=article, user=user)


def _retire(duplicate, target):
    old_path, new_path = canonical_path(duplicate), canonical_path(target)
    duplicate.delete()
    redirect_add(old_path=old_path, new_path=new_path, note=f"merged into {target}"[:200])


@transaction.atomic
def tag_merge(*, duplicates, target, user=None):
    for tag in duplicates:
        if tag.pk == target.pk:
            continue
        links = TaggedArticle.objects.filter(tag=tag)
        article_ids = set(links.values_list("content_object_id", flat=True))
        has_target = TaggedArticle.objects.filter(tag=target, content_object_id__in=article_ids)
        links.filter(content_object_id__in=has_target.values("content_object_id")).delete()
        TaggedArticle.objects.filter(tag=tag).update(tag=target)
        _bump(article_ids, user)
        _retire(tag, target)
    return target


@transaction.atomic
def author_merge(*, duplicates, target, user=None):
    for author in duplicates:
        if author.pk == target.pk:
            continue
        bylines = ArticleAuthor.objects.filter(author=author)
        article_ids = set(bylines.values_list("article_id", flat=True))
        has_target = ArticleAuthor.objects.filter(author=target, article_id__in=article_ids)
        bylines.filter(article_id__in=has_target.values("article_id")).delete()
        ArticleAuthor.objects.filter(author=author).update(author=target)
        if target.user_id is None and author.user_id is not None:
            target.user_id, author.user_id = author.user_id, None
            author.save(update_fields=["user"])
            target.save(update_fields=["user"])
        _bump(article_ids, user)
        _retire(author, target)
    return target


@transaction.atomic
def source_merge(*, duplicates, target, user=None):
    for source in duplicates:
        if source.pk == target.pk:
            continue
        article_ids = set(Article.objects.filter(source=source).values_list("pk", flat=True))
        Article.objects.filter(pk__in=article_ids).update(source=target)
        _bump(article_ids, user)
        _retire(source, target)
    return target
