from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Image
from .services import find_duplicate
from .validation import inspect_upload


class ImageAdminForm(forms.ModelForm):
    upload = forms.FileField(
        label=_("image file"),
        required=False,
        help_text=_("JPEG, PNG, WebP, GIF or AVIF. The picture is checked before it is stored."),
    )

    class Meta:
        model = Image
        fields = [
            "title",
            "alt_text",
            "caption",
            "credit",
            "source",
            "copyright_note",
            "focal_x",
            "focal_y",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Uploads through the admin always describe the picture; imports may not.
        self.fields["alt_text"].required = True
        if self.instance.pk:
            del self.fields["upload"]
        else:
            self.fields["upload"].required = True
            self.fields["title"].required = False

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return upload
        inspect_upload(upload)
        duplicate = find_duplicate(upload)
        if duplicate:
            raise ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("This picture is already in the library:"),
                    reverse("admin:images_image_change", args=[duplicate.pk]),
                    duplicate.title,
                ),
                code="duplicate",
            )
        return upload
