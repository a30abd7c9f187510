from django.db import models
from django.utils.translation import gettext_lazy as _

from .article import Article


class ArticleViewCount(models.Model):
    """Reader visits per story and Jakarta day, counted by the page beacon."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="view_counts")
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily views")
        verbose_name_plural = _("daily views")
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="articles_one_count_per_day")
        ]
        indexes = [
            models.Index(fields=["day", "article"], name="viewcount_day_idx"),
            # Each day's most-read stories for "Terpopuler" (ArticleQuerySet.most_read).
            models.Index(fields=["day", "-count", "-id"], name="viewcount_day_leaders_idx"),
        ]

    def __str__(self):
        return f"{self.article_id} {self.day}: {self.count}"
