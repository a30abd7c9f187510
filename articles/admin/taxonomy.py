from django.contrib import admin
from django.db.models import Count
from django.http import JsonResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from .. import services
from ..models import Author, Section, Source, Tag
from .merging import merge_action

TAG_SUGGESTIONS = 10


class ArticleCountMixin:
    @admin.display(description=_("stories"), ordering="story_count")
    def story_count(self, obj):
        return obj.story_count

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(story_count=Count("articles", distinct=True))


@admin.register(Section)
class SectionAdmin(ArticleCountMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "nav_position", "story_count"]
    list_editable = ["nav_position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Source)
class SourceAdmin(ArticleCountMixin, admin.ModelAdmin):
    list_display = ["name", "full_name", "kind", "verified", "story_count"]
    list_filter = ["verified", "kind"]
    search_fields = ["name", "full_name"]
    prepopulated_fields = {"slug": ["name"]}
    actions = [merge_action(services.source_merge), "mark_verified"]

    def get_readonly_fields(self, request, obj=None):
        if request.user.has_perm("articles.change_source"):
            return []
        return ["verified"]

    def save_model(self, request, obj, form, change):
        # Contributors may add a source; an editor vouches for it.
        if not request.user.has_perm("articles.change_source"):
            obj.verified = False
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Mark as verified"), permissions=["change"])
    def mark_verified(self, request, queryset):
        for source in queryset:
            source.verified = True
            source.save(update_fields=["verified"])


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    actions = [merge_action(services.author_merge)]
    list_display = ["name", "kind", "user"]
    list_select_related = ["user"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    actions = [merge_action(services.tag_merge)]
    list_display = ["name", "slug", "story_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    @admin.display(description=_("stories"), ordering="story_count")
    def story_count(self, obj):
        return obj.story_count

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(story_count=Count("tagged_articles"))

    def get_urls(self):
        suggest = self.admin_site.admin_view(self.suggest_view)
        return [path("suggest/", suggest, name="articles_tag_suggest"), *super().get_urls()]

    def suggest_view(self, request):
        """Existing tag names containing ``term``, for the article form's tag box."""
        if not self.has_view_permission(request):
            return JsonResponse({"results": []}, status=403)
        term = request.GET.get("term", "").strip()[:100]
        names = []
        if term:
            matches = Tag.objects.filter(name__icontains=term).order_by("name")
            names = list(matches.values_list("name", flat=True)[:TAG_SUGGESTIONS])
        return JsonResponse({"results": names})
