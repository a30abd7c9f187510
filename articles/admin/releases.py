"""Press-release upload in the admin: check what the parser recognised, then create the draft.

The same parser and service as ``manage.py import_text`` (articles/ingest.py);
nothing is created until the editor has seen the recognition report.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from ..ingest import ReleaseError, parse_release, release_import, source_for_signature
from ..models import Section, Source

MAX_RELEASE_BYTES = 256 * 1024


class PressReleaseForm(forms.Form):
    file = forms.FileField(
        label=_("text file"),
        required=False,
        help_text=_("A plain-text (.txt) release in UTF-8, or paste the text below."),
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,text/plain"}),
    )
    text = forms.CharField(
        label=_("release text"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 14, "cols": 80}),
        help_text=_("Headline on the first line, then the dateline and the paragraphs."),
    )
    section = forms.ModelChoiceField(label=_("section"), queryset=Section.objects.all())
    source = forms.ModelChoiceField(
        label=_("source"),
        queryset=Source.objects.all(),
        required=False,
        empty_label=_("Match the release's signature"),
        help_text=_("Leave empty to match the signature at the end of the release."),
    )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if upload.size > MAX_RELEASE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s KB; a press release is text only.")
                % {"size": MAX_RELEASE_BYTES // 1024}
            )
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file is not UTF-8 text (byte %(byte)s). Save it as UTF-8 and try again.")
                % {"byte": error.start}
            ) from error

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        text = cleaned.get("file") or cleaned.get("text") or ""
        if cleaned.get("file") and cleaned.get("text", "").strip():
            raise forms.ValidationError(_("Upload a file or paste the text, not both."))
        if not text.strip():
            raise forms.ValidationError(_("Upload a text file or paste the release."))
        try:
            cleaned["release"] = parse_release(text)
        except ReleaseError as error:
            raise forms.ValidationError(str(error)) from error
        cleaned["release_text"] = text
        return cleaned


class PressReleaseUpload:
    """ArticleAdmin mixin: the upload view and its URL."""

    def release_urls(self):
        view = self.admin_site.admin_view(self.release_upload_view)
        return [path("press-release/", view, name="articles_article_press_release")]

    def release_upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = PressReleaseForm(request.POST or None, request.FILES or None)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Import a press release"),
            "form": form,
        }
        if request.method != "POST" or not form.is_valid():
            return TemplateResponse(request, "admin/articles/article/press_release.html", context)
        release = form.cleaned_data["release"]
        forced = form.cleaned_data["source"]
        if "create" not in request.POST:
            # First pass: show what was recognised; the text travels in the confirm form.
            context["release"] = release
            context["matched_source"] = forced or source_for_signature(release.signature)
            context["confirm_form"] = PressReleaseForm(
                initial={
                    "text": form.cleaned_data["release_text"],
                    "section": form.cleaned_data["section"],
                    "source": forced,
                }
            )
            return TemplateResponse(request, "admin/articles/article/press_release.html", context)
        result = release_import(
            release=release, section=form.cleaned_data["section"], source=forced, user=request.user
        )
        messages.success(
            request, _("Draft press release created. Check it, then send it to review.")
        )
        if result.source_created:
            messages.warning(
                request,
                _("New source “%(name)s” was created from the signature and is unverified.")
                % {"name": result.source.name},
            )
        return redirect("admin:articles_article_change", result.article.pk)
