"""What the WordPress importer brought in, so re-runs update instead of duplicating."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WordPressImport(models.Model):
    """One WXR item, keyed by the exporting site and its post id (never the GUID)."""

    site = models.CharField(_("WordPress site"), max_length=300)
    post_id = models.PositiveBigIntegerField(_("WordPress post id"))
    post_type = models.CharField(_("WordPress post type"), max_length=40)
    article = models.ForeignKey(
        "articles.Article",
        verbose_name=_("article"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    page = models.ForeignKey(
        "articles.Page",
        verbose_name=_("page"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    source_hash = models.CharField(_("hash of the WordPress item"), max_length=64)
    content_hash = models.CharField(_("hash of our copy after import"), max_length=64)
    imported_at = models.DateTimeField(_("first imported"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last imported"), auto_now=True)

    class Meta:
        verbose_name = _("WordPress import")
        verbose_name_plural = _("WordPress imports")
        constraints = [
            models.UniqueConstraint(fields=["site", "post_id"], name="wordpress_import_unique")
        ]

    def __str__(self):
        return f"{self.site} #{self.post_id}"
