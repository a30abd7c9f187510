"""The site around the stories: static pages and the curated front page."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..html import sanitize_html
from .article import Article


class PageQuerySet(models.QuerySet):
    def in_footer(self):
        return self.filter(footer_position__isnull=False).order_by("footer_position", "title")


class Page(models.Model):
    """Redaksi, Tentang Kami, Kontak, Pedoman Media Siber, Kebijakan Privasi…"""

    title = models.CharField(_("title"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    body = models.TextField(_("body"), blank=True)
    footer_position = models.PositiveSmallIntegerField(
        _("position in footer"),
        null=True,
        blank=True,
        help_text=_("Lower numbers come first. Leave empty to keep the page out of the footer."),
    )
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("page")
        verbose_name_plural = _("pages")
        ordering = ["footer_position", "title"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body = sanitize_html(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:page", kwargs={"slug": self.slug})


class FrontPage(models.Model):
    """The editors' choices for the home page (one row); empty choices fall back to the newest."""

    lead = models.ForeignKey(
        Article,
        verbose_name=_("lead story"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leave empty to lead with the newest story."),
    )
    breaking_text = models.CharField(
        _("breaking news"),
        max_length=200,
        blank=True,
        help_text=_("A one-line bar above everything; empty for none."),
    )
    breaking_url = models.CharField(_("breaking news link"), max_length=300, blank=True)
    breaking_until = models.DateTimeField(_("show breaking news until"), null=True, blank=True)
    picks = models.ManyToManyField(
        Article,
        verbose_name=_("editor's picks"),
        through="FrontPagePick",
        related_name="+",
        blank=True,
    )

    class Meta:
        verbose_name = _("front page")
        verbose_name_plural = _("front page")

    def __str__(self):
        return str(_("Front page"))

    def breaking_news(self):
        if self.breaking_text and (
            self.breaking_until is None or self.breaking_until > timezone.now()
        ):
            return {"text": self.breaking_text, "url": self.breaking_url}
        return None


class FrontPagePick(models.Model):
    front_page = models.ForeignKey(FrontPage, on_delete=models.CASCADE, related_name="pick_links")
    article = models.ForeignKey(
        Article, verbose_name=_("story"), on_delete=models.CASCADE, related_name="front_page_picks"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("editor's pick")
        verbose_name_plural = _("editor's picks (Pilihan Redaksi)")
        ordering = ["position", "pk"]

    def __str__(self):
        return str(self.article)
