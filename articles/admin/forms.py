from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..editor import body_form_field
from ..models import Article
from .conflicts import conflict_message
from .widgets import TagSuggestWidget


class ArticleAdminForm(forms.ModelForm):
    body = body_form_field(label=_("body"), required=False)
    # The version the editor started from: a save on top of a newer one is refused.
    started_from_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = [
            "headline",
            "slug",
            "article_type",
            "dek",
            "dateline_city",
            "body",
            "section",
            "source",
            "editor",
            "tags",
            "featured_image",
            "featured_image_alt",
            "featured_image_caption",
            "seo_title",
            "social_title",
            "social_description",
            "social_image",
            "noindex",
            "published_at",
            "embargo_until",
            "expires_at",
        ]
        widgets = {
            "tags": TagSuggestWidget(attrs={"size": 80}),
            "dek": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["started_from_version"].initial = self.instance.version
        # Editors enter and read times in the newsroom's zone; say which.
        zone = timezone.localtime().tzname()
        for name in ("published_at", "embargo_until", "expires_at"):
            if name in self.fields:
                self.fields[name].label = f"{self.fields[name].label} ({zone})"

    def clean(self):
        cleaned = super().clean()
        started_from = cleaned.get("started_from_version")
        if self.instance.pk and started_from is not None:
            current = Article.objects.filter(pk=self.instance.pk).values_list("version", flat=True)
            if current and current[0] != started_from:
                raise ValidationError(
                    conflict_message(self.instance, started_from), code="conflict"
                )
        return cleaned

    def clean_published_at(self):
        published_at = self.cleaned_data.get("published_at")
        if published_at is None and self.instance.status in Article.DATED_STATUSES:
            raise ValidationError(
                _(
                    "A published story needs a publication time; to take it off the "
                    "site, use “Unpublish the selected stories” in the list of stories."
                ),
                code="published_time",
            )
        return published_at

    def clean_embargo_until(self):
        embargo = self.cleaned_data.get("embargo_until")
        current = self.instance.embargo_until if self.instance.pk else None
        if current and (embargo is None or embargo < current):
            raise ValidationError(
                _("An embargo cannot be shortened or removed here; use “Lift the embargo early”."),
                code="embargo",
            )
        return embargo

    class Media:
        css = {
            "all": ["articles/editor/newsroom-extensions.css", "articles/admin/newsroom-admin.css"]
        }
