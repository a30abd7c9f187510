from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from ..html import html_to_plain_text, plain_text_to_html
from ..models import Article
from .widgets import TagSuggestWidget


class ArticleAdminForm(forms.ModelForm):
    # Until the rich-text editor arrives, editors type plain text: blank lines
    # separate paragraphs, and the text is converted to the stored HTML here.
    body = forms.CharField(
        label=_("body"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 20, "class": "vLargeTextField"}),
        help_text=_("Separate paragraphs with an empty line. The dateline is added automatically."),
    )

    class Meta:
        model = Article
        fields = [
            "headline",
            "slug",
            "dek",
            "dateline_city",
            "body",
            "section",
            "source",
            "tags",
            "featured_image",
            "featured_image_alt",
            "featured_image_caption",
            "featured_image_credit",
            "published_at",
        ]
        widgets = {
            "tags": TagSuggestWidget(attrs={"size": 80}),
            "dek": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "body" not in self.data:
            self.initial["body"] = html_to_plain_text(self.instance.body)

    def clean_body(self):
        return plain_text_to_html(self.cleaned_data["body"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("featured_image") and not cleaned.get("featured_image_alt"):
            self.add_error(
                "featured_image_alt",
                ValidationError(_("Describe the picture for readers who cannot see it.")),
            )
        return cleaned
