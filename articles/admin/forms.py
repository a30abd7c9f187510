from django import forms
from django.utils.translation import gettext_lazy as _

from ..editor import body_form_field
from ..models import Article
from .widgets import TagSuggestWidget


class ArticleAdminForm(forms.ModelForm):
    body = body_form_field(label=_("body"), required=False)

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
            "published_at",
        ]
        widgets = {
            "tags": TagSuggestWidget(attrs={"size": 80}),
            "dek": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        }

    class Media:
        css = {"all": ["articles/editor/newsroom-extensions.css"]}
