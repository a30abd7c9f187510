from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .storage import get_private_storage


class ImageQuerySet(models.QuerySet):
    def needing_alt_text(self):
        return self.filter(alt_text="")


class Image(models.Model):
    """A picture in the library, reused across stories (featured and inline)."""

    file = models.FileField(
        _("original file"),
        storage=get_private_storage,
        upload_to="originals/%Y/%m/",
        editable=False,
        help_text=_("Kept privately; readers only ever get resized copies."),
    )
    title = models.CharField(_("title"), max_length=200)
    alt_text = models.CharField(
        _("alt text"),
        max_length=250,
        blank=True,
        help_text=_("What the picture shows, for readers who cannot see it."),
    )
    caption = models.CharField(_("caption"), max_length=400, blank=True)
    credit = models.CharField(
        _("credit"), max_length=150, blank=True, help_text=_("Photographer or agency.")
    )
    source = models.CharField(
        _("source"), max_length=150, blank=True, help_text=_("Where the picture came from.")
    )
    copyright_note = models.CharField(
        _("copyright note"),
        max_length=300,
        blank=True,
        help_text=_("Licence or usage restrictions, for editors only."),
    )
    focal_x = models.FloatField(
        _("focal point (horizontal)"),
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("0 is the left edge, 1 the right. Crops keep this point in view."),
    )
    focal_y = models.FloatField(
        _("focal point (vertical)"),
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("0 is the top edge, 1 the bottom."),
    )
    width = models.PositiveIntegerField(_("width"), editable=False)
    height = models.PositiveIntegerField(_("height"), editable=False)
    file_size = models.PositiveBigIntegerField(_("file size"), editable=False)
    format = models.CharField(_("format"), max_length=10, editable=False)
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    objects = ImageQuerySet.as_manager()

    class Meta:
        verbose_name = _("image")
        verbose_name_plural = _("images")
        ordering = ["-uploaded_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(focal_x__gte=0, focal_x__lte=1, focal_y__gte=0, focal_y__lte=1),
                name="images_focal_point_inside",
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def needs_alt_text(self):
        return not self.alt_text

    @property
    def focal_key(self):
        """Part of every rendition name: moving the focal point renames the crops."""
        return f"{round(self.focal_x * 100):02d}{round(self.focal_y * 100):02d}"
