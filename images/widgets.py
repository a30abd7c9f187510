from django.contrib.admin.widgets import ForeignKeyRawIdWidget
from django.utils.html import format_html

from . import renditions


def thumbnail_html(image, size=80):
    width, height = renditions.output_size(image, "w400")
    return format_html(
        '<img src="{}" width="{}" height="{}" alt="" loading="lazy" class="image-thumbnail" '
        'style="max-width:{}px;height:auto">',
        renditions.rendition_url(image, "w400", "jpg"),
        width,
        height,
        size,
    )


class ImageChooserWidget(ForeignKeyRawIdWidget):
    """The admin's lookup popup (a library list with thumbnails) plus a preview."""

    template_name = "admin/widgets/image_chooser.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        image = self._image(value)
        context["thumbnail"] = thumbnail_html(image, size=240) if image else ""
        return context

    def _image(self, value):
        if not value:
            return None
        model = self.rel.model
        try:
            return model._default_manager.using(self.db).filter(pk=value).first()
        except (ValueError, TypeError):
            return None
