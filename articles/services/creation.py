"""Creating stories from code: demo content, importers."""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from ..models import Article, ArticleAuthor, RelatedArticleLink, TaggedArticle
from .revisions import article_record_revision
from .workflow import article_publish

SLUG_MAX_LENGTH = Article._meta.get_field("slug").max_length


def article_unique_slug(*, headline, url_date, exclude_pk=None, slug=None):
    """A slug free on ``url_date``, suffixed "-2", "-3"… for programmatic creators."""
    base = (slug or slugify(headline) or "berita")[:SLUG_MAX_LENGTH]
    taken = set(
        Article.objects.filter(url_date=url_date, slug__startswith=base)
        .exclude(pk=exclude_pk)
        .values_list("slug", flat=True)
    )
    candidate, counter = base, 2
    while url_date is not None and candidate in taken:
        suffix = f"-{counter}"
        candidate = base[: SLUG_MAX_LENGTH - len(suffix)] + suffix
        counter += 1
    return candidate


@transaction.atomic
def article_create(
    *,
    headline,
    body_html,
    section,
    authors=(),
    tags=(),
    related=(),
    user=None,
    publish_at=None,
    **fields,
):
    """Create a story with its bylines, tags and pinned related stories.

    Used by programmatic creators (demo content, importers). A slug clash on
    the story's date gets a numeric suffix instead of an error.
    """
    article = Article(
        headline=headline,
        body=body_html,
        section=section,
        created_by=user,
        changed_by=user,
        **fields,
    )
    planned_date = timezone.localdate(publish_at) if publish_at else None
    article.slug = article_unique_slug(headline=headline, url_date=planned_date, slug=article.slug)
    article.save()
    article_set_bylines(article=article, authors=authors)
    article_set_tags(article=article, tags=tags)
    for position, other in enumerate(related):
        RelatedArticleLink.objects.create(article=article, related_article=other, position=position)
    article_record_revision(article=article, user=user)
    if publish_at is not None:
        article_publish(article=article, user=user, published_at=publish_at)
    return article


def article_set_bylines(*, article, authors):
    ArticleAuthor.objects.filter(article=article).delete()
    ArticleAuthor.objects.bulk_create(
        ArticleAuthor(article=article, author=author, position=position)
        for position, author in enumerate(authors)
    )


def article_set_tags(*, article, tags):
    """Replace a story's tags in two queries (taggit's ``set()`` costs a few per tag)."""
    TaggedArticle.objects.filter(content_object=article).delete()
    TaggedArticle.objects.bulk_create(
        TaggedArticle(content_object=article, tag=tag) for tag in dict.fromkeys(tags)
    )
