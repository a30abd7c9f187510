from django import forms
from django.contrib import admin

from .models import Redirect
from .services import normalize_path, redirect_add, resolved_destination


class RedirectForm(forms.ModelForm):
    class Meta:
        model = Redirect
        fields = ["old_path", "new_path", "note"]

    def clean_old_path(self):
        return normalize_path(self.cleaned_data["old_path"])

    def clean_new_path(self):
        return normalize_path(self.cleaned_data["new_path"])

    def clean(self):
        cleaned = super().clean()
        old_path, new_path = cleaned.get("old_path"), cleaned.get("new_path")
        if old_path and new_path:
            try:
                resolved_destination(old_path, new_path)
            except forms.ValidationError as error:
                self.add_error("new_path", error)
        return cleaned


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    form = RedirectForm
    list_display = ["old_path", "new_path", "note", "created_at"]
    search_fields = ["old_path", "new_path", "note"]

    def save_model(self, request, obj, form, change):
        if change and "old_path" in form.changed_data:
            Redirect.objects.filter(pk=obj.pk).delete()
        saved = redirect_add(old_path=obj.old_path, new_path=obj.new_path, note=obj.note)
        obj.pk = saved.pk
