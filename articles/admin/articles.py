from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from images.widgets import ImageChooserWidget

from .. import services
from ..models import Article, ArticleAuthor, RelatedArticleLink
from .forms import ArticleAdminForm

CHOOSER_RESULTS = 20
EVERYWHERE = [admin.ActionLocation.CHANGE_LIST, admin.ActionLocation.CHANGE_FORM]


class ArticleAuthorInline(admin.TabularInline):
    model = ArticleAuthor
    autocomplete_fields = ["author"]
    extra = 1
    min_num = 1
    verbose_name = _("author")
    verbose_name_plural = _("byline (in order)")


class RelatedArticleLinkInline(admin.TabularInline):
    model = RelatedArticleLink
    fk_name = "article"
    autocomplete_fields = ["related_article"]
    extra = 0
    verbose_name = _("pinned related story")
    verbose_name_plural = _("pinned related stories (shown first under “Read also”)")


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    inlines = [ArticleAuthorInline, RelatedArticleLinkInline]
    list_display = ["headline", "section", "status_label", "published_at", "byline", "source"]
    list_select_related = ["section", "source"]
    list_filter = ["status", "section", "source", ("published_at", admin.DateFieldListFilter)]
    search_fields = ["headline", "dek", "slug"]
    autocomplete_fields = ["section", "source"]
    raw_id_fields = ["featured_image"]
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = [
        "status",
        "first_published_at",
        "content_updated_at",
        "version",
        "created_by",
        "created_at",
        "changed_by",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["headline", "slug", "dek", "dateline_city", "body"]}),
        (_("Filing"), {"fields": ["section", "source", "tags"]}),
        (
            _("Featured image"),
            {
                "fields": [
                    "featured_image",
                    "featured_image_alt",
                    "featured_image_caption",
                ]
            },
        ),
        (
            _("Publication"),
            {"fields": ["status", "published_at", "first_published_at", "content_updated_at"]},
        ),
        (
            _("Record"),
            {
                "classes": ["collapse"],
                "fields": ["version", "created_by", "created_at", "changed_by", "updated_at"],
            },
        ),
    ]
    actions = ["publish", "unpublish"]
    list_per_page = 50

    def get_queryset(self, request):
        return super().get_queryset(request).with_bylines()

    def get_urls(self):
        chooser = self.admin_site.admin_view(self.chooser_view)
        return [path("choose/", chooser, name="articles_article_choose"), *super().get_urls()]

    def chooser_view(self, request):
        """Story search for the body editor's "Baca juga" dialog."""
        if not self.has_view_permission(request):
            return JsonResponse({"results": []}, status=403)
        stories = Article.objects.newest_first()
        if term := request.GET.get("q", "").strip()[:100]:
            stories = stories.filter(headline__icontains=term)
        results = [
            {"id": story.pk, "headline": story.headline, "published": story.is_published()}
            for story in stories.only("headline", "status", "published_at")[:CHOOSER_RESULTS]
        ]
        return JsonResponse({"results": results})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "featured_image":
            kwargs["widget"] = ImageChooserWidget(db_field.remote_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # Bulk delete bypasses Article.delete(); the workflow issue brings a trash.
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        obj.changed_by = request.user
        super().save_model(request, obj, form, change)

    def view_on_site(self, obj):
        if obj.is_published():
            return obj.get_absolute_url()
        return reverse("articles:preview", kwargs={"pk": obj.pk})

    @admin.display(description=_("status"), ordering="status")
    def status_label(self, obj):
        if obj.is_scheduled():
            return _("Scheduled")
        return obj.get_status_display()

    @admin.display(description=_("authors"))
    def byline(self, obj):
        return ", ".join(author.name for author in obj.ordered_authors())

    @admin.action(description=_("Publish the selected stories"), location=EVERYWHERE)
    def publish(self, request, queryset):
        done = self._apply_service(request, queryset, services.article_publish)
        if done:
            message = ngettext("%(count)d story published.", "%(count)d stories published.", done)
            messages.success(request, message % {"count": done})

    @admin.action(description=_("Unpublish the selected stories"), location=EVERYWHERE)
    def unpublish(self, request, queryset):
        done = self._apply_service(request, queryset, services.article_unpublish)
        if done:
            message = ngettext(
                "%(count)d story unpublished.", "%(count)d stories unpublished.", done
            )
            messages.success(request, message % {"count": done})

    def _apply_service(self, request, queryset, service):
        """Run a state-changing service per story; a refusal is reported, not raised."""
        done = 0
        for article in queryset:
            try:
                service(article=article, user=request.user)
            except ValidationError as error:
                messages.error(request, f"“{article}”: {' '.join(error.messages)}")
            else:
                done += 1
        return done
