from django.contrib import admin
from django.db.models import Count
from django.http import JsonResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from ..models import Author, Section, Source, Tag

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
    list_display = ["name", "full_name", "kind", "story_count"]
    list_filter = ["kind"]
    search_fields = ["name", "full_name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "user"]
    list_select_related = ["user"]
    list_filter = ["kind"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    raw_id_fields = ["user"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
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
