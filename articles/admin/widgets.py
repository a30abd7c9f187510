from django.urls import reverse_lazy
from django.utils.html import format_html
from taggit.forms import TagWidget


class TagSuggestWidget(TagWidget):
    """taggit's comma-separated text box, plus suggestions of existing tags.

    New tags can still be typed freely; the small self-hosted script fills a
    <datalist> from the tag admin's suggestion endpoint as the editor types.
    """

    suggest_url = reverse_lazy("admin:articles_tag_suggest")

    class Media:
        js = ["articles/admin/tag_suggest.js"]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget_attrs = context["widget"]["attrs"]
        widget_attrs["data-tag-suggest-url"] = str(self.suggest_url)
        widget_attrs["list"] = f"{widget_attrs.get('id', name)}-suggestions"
        widget_attrs["autocomplete"] = "off"
        return context

    def render(self, name, value, attrs=None, renderer=None):
        html = super().render(name, value, attrs, renderer)
        list_id = f"{(attrs or {}).get('id', name)}-suggestions"
        return html + format_html('<datalist id="{}"></datalist>', list_id)
