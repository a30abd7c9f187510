from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _

from images.widgets import ImageChooserWidget

from .. import permissions, services
from ..models import (
    Article,
    ArticleAuthor,
    ArticleTransition,
    Correction,
    PreviewLink,
    RelatedArticleLink,
)
from ..search import full_text_filter
from .actions import WorkflowActions
from .changelist import EstimatedCountPaginator
from .forms import ArticleAdminForm
from .history import RevisionHistory
from .presence import EditingPresenceViews
from .releases import PressReleaseUpload

CHOOSER_RESULTS = 20


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


class CorrectionInline(admin.StackedInline):
    """Ralat, Koreksi, Klarifikasi, Hak Jawab: added by editors, shown under the story."""

    model = Correction
    fields = ["kind", "published_at", "note"]
    extra = 0
    verbose_name_plural = _("corrections (shown at the end of the story)")

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and bool(obj and obj.has_gone_live())


class PreviewLinkForm(forms.ModelForm):
    revoke = forms.BooleanField(label=_("revoke"), required=False)

    class Meta:
        model = PreviewLink
        fields = []


class PreviewLinkInline(admin.TabularInline):
    """Links for readers without an account; made with the "Share a preview" action."""

    model = PreviewLink
    form = PreviewLinkForm
    fields = ["address", "created_by", "expires_at", "revoked_at", "revoke"]
    readonly_fields = ["address", "created_by", "expires_at", "revoked_at"]
    extra = 0
    can_delete = False
    verbose_name_plural = _("shareable preview links")

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("address"))
    def address(self, obj):
        return obj.get_absolute_url() if obj.is_valid() else "–"


class TransitionInline(admin.TabularInline):
    """The story's audit trail, read-only."""

    model = ArticleTransition
    fields = ["at", "user", "from_state", "to_state", "note"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("state changes")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class TrashFilter(admin.SimpleListFilter):
    """Stories in the trash are listed only on request, never mixed in."""

    title = _("trash")
    parameter_name = "trash"

    def lookups(self, request, model_admin):
        return [("1", _("In the trash"))]

    def queryset(self, request, queryset):
        return queryset.trashed() if self.value() == "1" else queryset.not_trashed()

    def choices(self, changelist):
        yield {
            "selected": self.value() is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": _("Not in the trash"),
        }
        yield from list(super().choices(changelist))[1:]


class StatusFilter(admin.ChoicesFieldListFilter):
    """The stored state, through ``in_status()`` so that the list keeps to its index."""

    def queryset(self, request, queryset):
        if self.lookup_val and self.lookup_val_isnull is None:
            return queryset.in_status(*self.lookup_val)
        return super().queryset(request, queryset)


@admin.register(Article)
class ArticleAdmin(
    WorkflowActions, RevisionHistory, EditingPresenceViews, PressReleaseUpload, admin.ModelAdmin
):
    form = ArticleAdminForm
    inlines = [
        ArticleAuthorInline,
        RelatedArticleLinkInline,
        CorrectionInline,
        PreviewLinkInline,
        TransitionInline,
    ]
    list_display = ["headline", "section", "state", "publication_time", "byline", "source"]
    list_select_related = ["section", "source"]
    list_filter = [
        TrashFilter,
        ("status", StatusFilter),
        "article_type",
        "section",
        "source",
        ("published_at", admin.DateFieldListFilter),
    ]
    search_fields = ["headline", "dek", "slug"]
    autocomplete_fields = ["section", "source", "editor"]
    raw_id_fields = ["featured_image", "social_image"]
    prepopulated_fields = {"slug": ["headline"]}
    readonly_fields = [
        "state",
        "takedown_reason",
        "first_published_at",
        "content_updated_at",
        "deleted_at",
        "version",
        "created_by",
        "created_at",
        "changed_by",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "headline",
                    "slug",
                    "dek",
                    "dateline_city",
                    "body",
                    "started_from_version",
                ]
            },
        ),
        (_("Filing"), {"fields": ["article_type", "section", "source", "editor", "tags"]}),
        (
            _("Featured image"),
            {"fields": ["featured_image", "featured_image_alt", "featured_image_caption"]},
        ),
        (
            _("Search and sharing"),
            {
                "classes": ["collapse"],
                "fields": [
                    "seo_title",
                    "social_title",
                    "social_description",
                    "social_image",
                    "noindex",
                ],
            },
        ),
        (
            _("Publication"),
            {
                "fields": [
                    "state",
                    "published_at",
                    "embargo_until",
                    "expires_at",
                    "takedown_reason",
                    "first_published_at",
                    "content_updated_at",
                ]
            },
        ),
        (
            _("Record"),
            {
                "classes": ["collapse"],
                "fields": [
                    "version",
                    "created_by",
                    "created_at",
                    "changed_by",
                    "updated_at",
                    "deleted_at",
                ],
            },
        ),
    ]
    actions = [
        "submit_for_review",
        "return_to_draft",
        "publish",
        "unpublish",
        "take_down",
        "lift_embargo",
        "share_preview",
        "move_to_trash",
        "restore",
        "empty_trash",
    ]
    list_per_page = 50
    # At archive scale: estimated counts, and no second COUNT for "N total".
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    def get_queryset(self, request):
        articles = super().get_queryset(request).with_bylines()
        if not request.user.has_perm("articles.preview_any_article"):
            articles = articles.owned_by(request.user)
        return articles

    def get_search_results(self, request, queryset, search_term):
        """PostgreSQL: the full-text index (headline, summary, body); elsewhere the fields."""
        matched = full_text_filter(queryset, search_term) if search_term.strip() else None
        if matched is None:
            return super().get_search_results(request, queryset, search_term)
        return matched, False

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return super().has_view_permission(request)
        return permissions.can_view(request.user, obj)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return permissions.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is None:
            return super().has_delete_permission(request)
        return permissions.can_transition(request.user, obj, "trashed")

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # Django's bulk delete would bypass the trash; "Move to the trash" replaces it.
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def save_model(self, request, obj, form, change):
        previous_path = None
        if change:
            stored = Article.objects.filter(pk=obj.pk).first()
            previous_path = stored.canonical_path() if stored and stored.url_date else None
        else:
            obj.created_by = request.user
        services.article_save(
            article=obj,
            user=request.user,
            previous_path=previous_path,
            expected_version=form.cleaned_data.get("started_from_version") if change else None,
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is PreviewLink:
            formset.save(commit=False)  # the admin's change message reads its bookkeeping
            for link_form in formset.forms:
                if link_form.cleaned_data.get("revoke") and link_form.instance.pk:
                    services.preview_link_revoke(link=link_form.instance, user=request.user)
            return None
        if formset.model is not Correction:
            return super().save_formset(request, form, formset, change)
        # New corrections go through the service (it updates the story's time).
        corrections = formset.save(commit=False)
        for correction in corrections:
            if correction.pk:
                correction.save()
            else:
                services.correction_add(
                    article=form.instance,
                    kind=correction.kind,
                    note=correction.note,
                    published_at=correction.published_at,
                    user=request.user,
                )
        for removed in formset.deleted_objects:
            removed.delete()
        return None

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # After tags, bylines and pinned stories are saved: the revision sees them all.
        services.article_record_revision(article=form.instance, user=request.user)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except services.EditConflict as conflict:
            # A save landed between the form's own version check and this write (a
            # window of milliseconds): nothing was written; the editor reopens the story.
            messages.error(request, " ".join(conflict.messages))
            return redirect(request.get_full_path())

    def delete_model(self, request, obj):
        try:
            services.article_trash(article=obj, user=request.user)
        except PermissionDenied as error:
            messages.error(request, str(error))

    def delete_queryset(self, request, queryset):
        for article in queryset:
            self.delete_model(request, article)

    def view_on_site(self, obj):
        if obj.is_published():
            return obj.get_absolute_url()
        return reverse("articles:preview", kwargs={"pk": obj.pk})

    @admin.display(description=_("state"))
    def state(self, obj):
        return obj.state_label()

    @admin.display(description=_("publication time"), ordering="published_at")
    def publication_time(self, obj):
        # Shown in the newsroom's zone, with its label (WIB).
        if obj.published_at is None:
            return "–"
        return format_date(timezone.localtime(obj.published_at), "d-m-Y H:i T")

    @admin.display(description=_("authors"))
    def byline(self, obj):
        return ", ".join(author.name for author in obj.ordered_authors())

    def get_urls(self):
        chooser = self.admin_site.admin_view(self.chooser_view)
        return [
            path("choose/", chooser, name="articles_article_choose"),
            *self.revision_urls(),
            *self.presence_urls(),
            *self.release_urls(),
            *super().get_urls(),
        ]

    def chooser_view(self, request):
        """Story search for the body editor's "Baca juga" dialog."""
        if not self.has_view_permission(request):
            return JsonResponse({"results": []}, status=403)
        stories = Article.objects.not_trashed().newest_first()
        if term := request.GET.get("q", "").strip()[:100]:
            stories = stories.filter(headline__icontains=term)
        fields = ["headline", "status", "published_at", "embargo_until", "expires_at", "deleted_at"]
        results = [
            {"id": story.pk, "headline": story.headline, "published": story.is_published()}
            for story in stories.only(*fields)[:CHOOSER_RESULTS]
        ]
        return JsonResponse({"results": results})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in ("featured_image", "social_image"):
            kwargs["widget"] = ImageChooserWidget(db_field.remote_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
