from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from . import renditions, services
from .forms import ImageAdminForm
from .models import Image
from .widgets import thumbnail_html

CHOOSER_RESULTS = 24


class AltTextFilter(admin.SimpleListFilter):
    title = _("alt text")
    parameter_name = "alt"

    def lookups(self, request, model_admin):
        return [("missing", _("Needs alt text")), ("present", _("Has alt text"))]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.needing_alt_text()
        if self.value() == "present":
            return queryset.exclude(alt_text="")
        return queryset


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    form = ImageAdminForm
    list_display = ["thumbnail", "title", "dimensions", "credit", "has_alt_text", "uploaded_at"]
    list_display_links = ["thumbnail", "title"]
    list_filter = [AltTextFilter, "format", "uploaded_at"]
    search_fields = ["title", "caption", "credit", "alt_text"]
    readonly_fields = [
        "preview",
        "where_used",
        "dimensions",
        "file_size",
        "format",
        "uploaded_by",
        "uploaded_at",
    ]
    list_per_page = 40

    def get_fieldsets(self, request, obj=None):
        describe = ["title", "alt_text", "caption", "credit", "source", "copyright_note"]
        if obj is None:
            return [(None, {"fields": ["upload", *describe]})]
        return [
            (None, {"fields": ["preview", *describe]}),
            (_("Cropping"), {"fields": ["focal_x", "focal_y"]}),
            (
                _("File"),
                {
                    "fields": [
                        "where_used",
                        "dimensions",
                        "file_size",
                        "format",
                        "uploaded_by",
                        "uploaded_at",
                    ]
                },
            ),
        ]

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        # Deleting goes through image_delete (files, renditions) one by one.
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)
        return actions

    def save_model(self, request, obj, form, change):
        if change:
            previous = Image(focal_x=form.initial["focal_x"], focal_y=form.initial["focal_y"])
            services.image_save(image=obj, previous_focal_key=previous.focal_key)
        else:
            metadata = {
                name: value
                for name, value in form.cleaned_data.items()
                if name in ImageAdminForm.Meta.fields
            }
            try:
                services.image_ingest(
                    upload=form.cleaned_data["upload"],
                    image=obj,
                    uploaded_by=request.user,
                    **metadata,
                )
            except ValidationError as error:
                # Storage failed after validation (a full disk): nothing was kept.
                messages.error(request, " ".join(error.messages))

    def response_add(self, request, obj, post_url_continue=None):
        if obj.pk is None:  # save_model could not store it and said why
            return redirect("admin:images_image_add")
        return super().response_add(request, obj, post_url_continue)

    def log_addition(self, request, obj, message):
        if obj.pk is not None:
            return super().log_addition(request, obj, message)
        return None

    def delete_model(self, request, obj):
        services.image_delete(image=obj)

    @admin.display(description=_("picture"))
    def thumbnail(self, obj):
        return thumbnail_html(obj)

    @admin.display(description=_("preview"))
    def preview(self, obj):
        return thumbnail_html(obj, size=400)

    @admin.display(description=_("size"))
    def dimensions(self, obj):
        return f"{obj.width} × {obj.height}"

    @admin.display(description=_("alt text"), boolean=True, ordering="alt_text")
    def has_alt_text(self, obj):
        return not obj.needs_alt_text

    @admin.display(description=_("used in"))
    def where_used(self, obj):
        articles = {a.pk: a for a in obj.featured_articles.all()}
        articles.update(
            {link.article.pk: link.article for link in obj.inline_uses.select_related("article")}
        )
        if not articles:
            return _("Not used in any story.")
        return format_html_join(
            ", ",
            '<a href="{}">{}</a>',
            (
                (reverse("admin:articles_article_change", args=[pk]), article.headline)
                for pk, article in sorted(articles.items())
            ),
        )

    def get_urls(self):
        chooser = self.admin_site.admin_view(self.chooser_view)
        return [path("choose/", chooser, name="images_image_choose"), *super().get_urls()]

    def chooser_view(self, request):
        """Library search for the body editor's "image from library" dialog."""
        if not self.has_view_permission(request):
            return JsonResponse({"results": []}, status=403)
        images = Image.objects.all()
        if term := request.GET.get("q", "").strip()[:100]:
            images = images.filter(title__icontains=term) | images.filter(caption__icontains=term)
        return JsonResponse(
            {
                "results": [
                    {
                        "id": image.pk,
                        "title": image.title,
                        "alt": image.alt_text,
                        "caption": image.caption,
                        "thumbnail": renditions.rendition_url(image, "w400", "jpg"),
                    }
                    for image in images.order_by("-uploaded_at", "-pk")[:CHOOSER_RESULTS]
                ]
            }
        )
