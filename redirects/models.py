from django.db import models
from django.utils.translation import gettext_lazy as _


class Redirect(models.Model):
    """An address readers once had, answered with a permanent redirect."""

    old_path = models.CharField(
        _("old address"),
        max_length=300,
        unique=True,
        help_text=_("A path on this site, e.g. /topik/pemilu-2024/ (without /en)."),
    )
    new_path = models.CharField(
        _("new address"), max_length=300, help_text=_("Where readers are sent (301).")
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")
        ordering = ["old_path"]

    def __str__(self):
        return f"{self.old_path} → {self.new_path}"
