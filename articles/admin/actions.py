"""Workflow actions for the story list and the story form.

Every action calls a service, story by story; a refusal (policy or
validation) is reported as a message, never raised.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .. import services

EVERYWHERE = [admin.ActionLocation.CHANGE_LIST, admin.ActionLocation.CHANGE_FORM]


class NoteForm(forms.Form):
    note = forms.CharField(
        label=_("Note"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
    )


def apply_service(request, queryset, service, done_message, **kwargs):
    done = 0
    for article in queryset:
        try:
            service(article=article, user=request.user, **kwargs)
        except (ValidationError, PermissionDenied) as error:
            reasons = error.messages if isinstance(error, ValidationError) else [str(error)]
            messages.error(request, f"“{article}”: {' '.join(reasons)}")
        else:
            done += 1
    if done:
        messages.success(request, done_message(done) % {"count": done})
    return done


def with_note(modeladmin, request, queryset, *, title, label, run):
    """Ask for a note (takedown reason, embargo note) before running ``run(note)``."""
    form = NoteForm(request.POST if "apply" in request.POST else None)
    form.fields["note"].label = label
    if form.is_bound and form.is_valid():
        run(form.cleaned_data["note"])
        return None
    context = {
        **modeladmin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "queryset": queryset,
        "action": request.POST.get("action") or request.POST.get("CHANGE_FORM-action"),
        "action_field": "CHANGE_FORM-action" if "CHANGE_FORM-action" in request.POST else "action",
        "selected": request.POST.getlist(helpers.ACTION_CHECKBOX_NAME),
        "opts": modeladmin.model._meta,
    }
    return TemplateResponse(request, "admin/articles/article/action_note.html", context)


class WorkflowActions:
    """Mixed into ArticleAdmin; ``has_<name>_permission`` gate who sees each action."""

    def has_publish_permission(self, request):
        return request.user.has_perm("articles.publish_article")

    def has_take_down_permission(self, request):
        return request.user.has_perm("articles.take_down_article")

    def has_lift_embargo_permission(self, request):
        return request.user.has_perm("articles.lift_embargo")

    def has_restore_permission(self, request):
        return request.user.has_perm("articles.restore_article")

    def has_empty_trash_permission(self, request):
        return request.user.has_perm("articles.empty_trash")

    @admin.action(description=_("Submit for review"), permissions=["change"], location=EVERYWHERE)
    def submit_for_review(self, request, queryset):
        apply_service(
            request,
            queryset,
            services.article_submit,
            lambda n: ngettext("%(count)d story submitted.", "%(count)d stories submitted.", n),
        )

    @admin.action(description=_("Send back to the reporter"), permissions=["publish"])
    def return_to_draft(self, request, queryset):
        apply_service(
            request,
            queryset,
            services.article_return_to_draft,
            lambda n: ngettext("%(count)d story sent back.", "%(count)d stories sent back.", n),
        )

    @admin.action(
        description=_("Publish or schedule the selected stories"),
        permissions=["publish"],
        location=EVERYWHERE,
    )
    def publish(self, request, queryset):
        apply_service(
            request,
            queryset,
            services.article_publish,
            lambda n: ngettext("%(count)d story published.", "%(count)d stories published.", n),
        )

    @admin.action(
        description=_("Unpublish the selected stories"),
        permissions=["publish"],
        location=EVERYWHERE,
    )
    def unpublish(self, request, queryset):
        apply_service(
            request,
            queryset,
            services.article_unpublish,
            lambda n: ngettext("%(count)d story unpublished.", "%(count)d stories unpublished.", n),
        )

    @admin.action(
        description=_("Take down (with a public reason)"),
        permissions=["take_down"],
        location=EVERYWHERE,
    )
    def take_down(self, request, queryset):
        return with_note(
            self,
            request,
            queryset,
            title=_("Take stories down"),
            label=_("Public reason, shown to readers"),
            run=lambda note: apply_service(
                request,
                queryset,
                services.article_take_down,
                lambda n: ngettext(
                    "%(count)d story taken down.", "%(count)d stories taken down.", n
                ),
                reason=note,
            ),
        )

    @admin.action(
        description=_("Lift the embargo early"), permissions=["lift_embargo"], location=EVERYWHERE
    )
    def lift_embargo(self, request, queryset):
        return with_note(
            self,
            request,
            queryset,
            title=_("Lift embargoes early"),
            label=_("Why is the embargo lifted early?"),
            run=lambda note: apply_service(
                request,
                queryset,
                services.article_lift_embargo,
                lambda n: ngettext("%(count)d embargo lifted.", "%(count)d embargoes lifted.", n),
                note=note,
            ),
        )

    @admin.action(
        description=_("Share a preview (link for 48 hours)"),
        permissions=["view"],
        location=EVERYWHERE,
    )
    def share_preview(self, request, queryset):
        for article in queryset:
            try:
                link = services.preview_link_create(article=article, user=request.user)
            except PermissionDenied as error:
                messages.error(request, str(error))
                continue
            expires = timezone.localtime(link.expires_at)
            messages.success(
                request,
                _("Preview link for “%(story)s”, valid until %(time)s: %(url)s")
                % {
                    "story": article,
                    "time": format_date(expires, "d-m-Y H.i T"),
                    "url": request.build_absolute_uri(link.get_absolute_url()),
                },
            )

    @admin.action(description=_("Move to the trash"), permissions=["delete"])
    def move_to_trash(self, request, queryset):
        apply_service(
            request,
            queryset,
            services.article_trash,
            lambda n: ngettext(
                "%(count)d story moved to the trash.", "%(count)d stories moved to the trash.", n
            ),
        )

    @admin.action(
        description=_("Restore from the trash"), permissions=["restore"], location=EVERYWHERE
    )
    def restore(self, request, queryset):
        apply_service(
            request,
            queryset,
            services.article_restore,
            lambda n: ngettext("%(count)d story restored.", "%(count)d stories restored.", n),
        )

    @admin.action(
        description=_("Delete for good (empty from the trash)"), permissions=["empty_trash"]
    )
    def empty_trash(self, request, queryset):
        apply_service(
            request,
            queryset.trashed(),
            services.article_purge,
            lambda n: ngettext(
                "%(count)d story deleted for good.", "%(count)d stories deleted for good.", n
            ),
        )
