"""Who and what stories are filed under: sections, sources, authors, tags."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import TagBase

from ..querysets import SectionQuerySet


class Section(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(
        _("slug"), max_length=80, unique=True, help_text=_("Used in the section's address.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Shown at the top of the section page.")
    )
    nav_position = models.PositiveSmallIntegerField(
        _("position in navigation"),
        null=True,
        blank=True,
        help_text=_("Lower numbers come first. Leave empty to keep the section out of the menu."),
    )

    objects = SectionQuerySet.as_manager()

    class Meta:
        verbose_name = _("section")
        verbose_name_plural = _("sections")
        ordering = [models.F("nav_position").asc(nulls_last=True), "name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class Source(models.Model):
    class Kind(models.TextChoices):
        PRESS_OFFICE = "press_office", _("Press office")
        GOVERNMENT_AGENCY = "government_agency", _("Government agency")
        WIRE_AGENCY = "wire_agency", _("Wire agency")
        STAFF = "staff", _("Staff")
        PARTNER = "partner", _("Partner")
        OTHER = "other", _("Other")

    name = models.CharField(
        _("name"),
        max_length=120,
        unique=True,
        help_text=_("Short name as signed under a story, e.g. “Puspen Kemendagri”."),
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=255,
        blank=True,
        help_text=_("e.g. “Pusat Penerangan Kementerian Dalam Negeri”."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.OTHER)
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    logo = models.ImageField(_("logo"), upload_to="sources/", blank=True)
    verified = models.BooleanField(
        _("verified"),
        default=True,
        help_text=_("Sources added by contributors stay unverified until an editor checks them."),
    )

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:source", kwargs={"slug": self.slug})


class Author(models.Model):
    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        INSTITUTION = "institution", _("Institution or desk")

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind,
        default=Kind.PERSON,
        help_text=_("An institution or desk signs for the newsroom rather than a reporter."),
    )
    bio = models.TextField(_("biography"), blank=True, help_text=_("Shown in the author box."))
    photo = models.ImageField(_("photo"), upload_to="authors/", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author_profile",
        help_text=_("The login of this reporter, if they have one."),
    )

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})


class Tag(TagBase):
    """A topic. Names are unique regardless of case, in the database too."""

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="articles_tag_name_ci_unique"),
        ]

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})
