from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .article import Article


class EditingPresence(models.Model):
    """Who has a story open in the editor, kept alive by a heartbeat."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="presences")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    since = models.DateTimeField(_("editing since"))
    seen_at = models.DateTimeField(_("last heartbeat"))
    taken_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("editing presence")
        verbose_name_plural = _("editing presences")
        constraints = [
            models.UniqueConstraint(
                fields=["article", "user"], name="articles_one_presence_per_user"
            )
        ]

    def __str__(self):
        return f"{self.user} @ {self.article_id}"
