"""How many stories each month's sitemap file lists, kept by the database itself.

The sitemap index names one file per month with the file's newest ``lastmod``.
Counting that from the stories reads the whole archive on every request; this
table answers it in a few rows. It is derived data: triggers on
``articles_article`` (migration ``0018_sitemap_months``) keep it exact on every
write path (services, admin bulk actions, ``queryset.update()``, importers, the
generator's COPY, a backup restore, raw SQL). Nothing in Python writes it.

A month counts the stories that are published, not in the trash and not hidden
from search engines (``noindex``), by the month of their address date
(``url_date``). What depends on the clock (a scheduled time still ahead, an
expiry already past) cannot be seen by a trigger: ``articles/sitemaps.py``
handles it when it reads the table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SitemapMonth(models.Model):
    month = models.DateField(
        _("month"), primary_key=True, help_text=_("The first day of the month.")
    )
    stories = models.PositiveIntegerField(
        _("stories"),
        default=0,
        help_text=_("Published stories of the month that search engines may list."),
    )
    lastmod = models.DateTimeField(
        _("last modified"),
        null=True,
        blank=True,
        help_text=_("The newest first publication or content edit among those stories."),
    )

    class Meta:
        verbose_name = _("sitemap month")
        verbose_name_plural = _("sitemap months")
        ordering = ["-month"]

    def __str__(self):
        return f"{self.month:%Y-%m}"
