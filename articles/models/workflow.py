from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .article import Article


class ArticleTransition(models.Model):
    """The audit trail: every state change, who made it, when, and why."""

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="transitions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    from_state = models.CharField(_("from"), max_length=60)
    to_state = models.CharField(_("to"), max_length=60)
    note = models.TextField(_("note"), blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("state change")
        verbose_name_plural = _("state changes")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.from_state} → {self.to_state}"
