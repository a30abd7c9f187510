"""Revision history in the admin: list, compare any two, restore one."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from images.models import Image

from .. import permissions, services
from ..diffing import revision_changes
from ..models import Article, ArticleRevision, Section, Source

DESCRIBED = {"section_id": Section, "source_id": Source, "featured_image_id": Image}


def describe(field, value):
    model = DESCRIBED.get(field)
    if model is None or value is None:
        return value
    obj = model.objects.filter(pk=value).first()
    return str(obj) if obj else f"#{value}"


class RevisionHistory:
    """Mixed into ArticleAdmin."""

    def revision_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/revisions/", wrap(self.revisions_view), name="articles_article_revisions"
            ),
            path(
                "<int:pk>/revisions/<int:revision_id>/restore/",
                wrap(require_POST(self.restore_revision_view)),
                name="articles_article_restore_revision",
            ),
        ]

    def _article(self, request, pk):
        article = get_object_or_404(Article, pk=pk)
        if not permissions.can_view(request.user, article):
            raise Http404
        return article

    def revisions_view(self, request, pk):
        article = self._article(request, pk)
        revisions = list(article.revisions.select_related("user").order_by("-version", "-pk"))
        by_id = {str(r.pk): r for r in revisions}
        newer = by_id.get(request.GET.get("b")) or (revisions[0] if revisions else None)
        older = by_id.get(request.GET.get("a")) or (revisions[1] if len(revisions) > 1 else None)
        changes = []
        if older and newer:
            changes = revision_changes(older.data, newer.data, describe=describe)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Revisions of “%(story)s”") % {"story": article},
            "article": article,
            "revisions": revisions,
            "older": older,
            "newer": newer,
            "changes": changes,
            "can_restore": permissions.can_edit(request.user, article),
        }
        return TemplateResponse(request, "admin/articles/article/revisions.html", context)

    def restore_revision_view(self, request, pk, revision_id):
        article = self._article(request, pk)
        revision = get_object_or_404(ArticleRevision, pk=revision_id, article=article)
        try:
            services.article_restore_revision(article=article, revision=revision, user=request.user)
        except PermissionDenied as error:
            messages.error(request, str(error))
        else:
            messages.success(
                request,
                _("Version %(version)s restored as a new revision.")
                % {"version": revision.version},
            )
        return redirect("admin:articles_article_revisions", pk=article.pk)
