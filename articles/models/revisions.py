from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .article import Article


class ArticleRevision(models.Model):
    """A snapshot of a story's content after a save that changed it."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="revisions"
    )
    version = models.PositiveIntegerField(_("version"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("saved"), auto_now_add=True, db_index=True)
    data = models.JSONField(_("content"))

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["article", "-version"], name="revision_article_version_idx")
        ]

    def __str__(self):
        return f"{self.article_id} v{self.version}"
