"""The tables between a story and its authors, tags, pinned stories and inline images."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.models import TaggedItemBase

from .article import Article
from .taxonomy import Author, Tag


class ArticleAuthor(models.Model):
    # No index of their own: the unique constraint starts with the story, the
    # indexes below with the author.
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="article_authors", db_index=False
    )
    author = models.ForeignKey(
        Author,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="bylines",
        db_index=False,
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    # A copy of the story's publication time, kept by database triggers (see
    # link_times.py): an author's newest stories are one walk of this table's
    # index instead of reading all of the author's stories to sort them.
    published_at = models.DateTimeField(null=True, editable=False)

    class Meta:
        verbose_name = _("byline")
        verbose_name_plural = _("byline")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="articles_unique_byline"),
        ]
        indexes = [
            # An author's newest story by id in one probe (the authors sitemap).
            models.Index(fields=["author", "-article"], name="byline_author_article_idx"),
            # An author's stories newest first: the author page and feed.
            models.Index(
                fields=["author", "-published_at", "-article"],
                name="byline_author_pub_idx",
                condition=models.Q(published_at__isnull=False),
            ),
        ]

    def __str__(self):
        return str(self.author)


class TaggedArticle(TaggedItemBase):
    """taggit's link table with real foreign keys on both sides."""

    # No index of their own: the unique constraint starts with the story, the
    # indexes below with the tag.
    content_object = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="tagged_items", db_index=False
    )
    tag = models.ForeignKey(
        Tag,
        verbose_name=pgettext_lazy("article tag link", "tag"),
        on_delete=models.PROTECT,
        related_name="tagged_articles",
        db_index=False,
    )
    # The story's publication time, kept by database triggers (see link_times.py).
    published_at = models.DateTimeField(null=True, editable=False)

    class Meta:
        verbose_name = _("tagged article")
        verbose_name_plural = _("tagged articles")
        constraints = [
            models.UniqueConstraint(
                fields=["content_object", "tag"], name="articles_unique_tagging"
            ),
        ]
        indexes = [
            # A tag's newest story by id in one probe (the tags sitemap, related news).
            models.Index(fields=["tag", "-content_object"], name="tagging_tag_article_idx"),
            # A tag's stories newest first: the tag page and feed.
            models.Index(
                fields=["tag", "-published_at", "-content_object"],
                name="tagging_tag_pub_idx",
                condition=models.Q(published_at__isnull=False),
            ),
        ]


class RelatedArticleLink(models.Model):
    """An editor's pick for the "Baca Juga" list, shown before automatic ones."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="pinned_related_links"
    )
    related_article = models.ForeignKey(
        Article,
        verbose_name=_("related story"),
        on_delete=models.CASCADE,
        related_name="pinned_by_links",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("pinned related story")
        verbose_name_plural = _("pinned related stories")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "related_article"], name="articles_unique_related_link"
            ),
            models.CheckConstraint(
                condition=~models.Q(article=models.F("related_article")),
                name="articles_related_link_not_self",
                violation_error_message=_("A story cannot be related to itself."),
            ),
        ]

    def __str__(self):
        return str(self.related_article)


class ArticleImage(models.Model):
    """A library image shown inside a story's body; kept in step with the body."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="inline_image_links"
    )
    image = models.ForeignKey(
        "images.Image",
        verbose_name=_("image"),
        on_delete=models.PROTECT,
        related_name="inline_uses",
    )

    class Meta:
        verbose_name = _("inline image")
        verbose_name_plural = _("inline images")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "image"], name="articles_unique_inline_image"
            ),
        ]

    def __str__(self):
        return str(self.image)
