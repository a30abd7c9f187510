"""A "merge into one" action for tags, authors and sources."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        queryset=None, label=_("Keep this one"), widget=forms.RadioSelect, empty_label=None
    )

    def __init__(self, *args, queryset, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = queryset


def merge_action(service):
    """Build an admin action that merges the selected objects into the one chosen."""

    @admin.action(description=_("Merge the selected into one"), permissions=["change", "delete"])
    def merge(modeladmin, request, queryset):
        if queryset.count() < 2:
            messages.warning(request, _("Select at least two to merge."))
            return None
        form = MergeForm(request.POST if "apply" in request.POST else None, queryset=queryset)
        if form.is_bound and form.is_valid():
            target = form.cleaned_data["target"]
            duplicates = list(queryset.exclude(pk=target.pk))
            service(duplicates=duplicates, target=target, user=request.user)
            messages.success(
                request,
                _("Merged into “%(target)s”; the old pages now redirect there.")
                % {"target": target},
            )
            return None
        context = {
            **modeladmin.admin_site.each_context(request),
            "title": _("Merge into one"),
            "form": form,
            "queryset": queryset,
            "action": "merge",
            "action_field": "action",
            "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
            "opts": modeladmin.model._meta,
        }
        return TemplateResponse(request, "admin/articles/article/action_note.html", context)

    return merge
