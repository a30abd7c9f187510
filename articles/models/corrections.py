from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .article import Article


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        """Corrections of stories readers can see, newest first."""
        return self.filter(article__in=Article.objects.published()).order_by("-published_at", "-pk")


class Correction(models.Model):
    """A dated note on a published story, as the press council's guideline asks.

    Pedoman Pemberitaan Media Siber: corrections, clarifications and rights of
    reply are attached to the story they concern, not hidden in a new one.
    """

    class Kind(models.TextChoices):
        RALAT = "ralat", _("Erratum (Ralat)")
        KOREKSI = "koreksi", _("Correction (Koreksi)")
        KLARIFIKASI = "klarifikasi", _("Clarification (Klarifikasi)")
        HAK_JAWAB = "hak_jawab", _("Right of reply (Hak Jawab)")

    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="corrections"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind)
    note = models.TextField(
        _("note"), help_text=_("What was wrong and what is right, for readers.")
    )
    published_at = models.DateTimeField(_("date"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("correction")
        verbose_name_plural = _("corrections")
        ordering = ["-published_at", "-pk"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.note[:60]}"
