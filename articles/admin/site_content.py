"""Static pages and the home page's curation."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..editor import body_form_field
from ..models import FrontPage, FrontPagePick, Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "footer_position", "updated_at"]
    list_editable = ["footer_position"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "body":
            return body_form_field(label=_("body"), required=False)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class FrontPagePickInline(admin.TabularInline):
    model = FrontPagePick
    autocomplete_fields = ["article"]
    extra = 1
    max_num = 4


@admin.register(FrontPage)
class FrontPageAdmin(admin.ModelAdmin):
    """One row: the editors' lead story, picks and breaking-news bar."""

    inlines = [FrontPagePickInline]
    autocomplete_fields = ["lead"]
    fieldsets = [
        (None, {"fields": ["lead"]}),
        (_("Breaking news"), {"fields": ["breaking_text", "breaking_url", "breaking_until"]}),
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not FrontPage.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
