"""Presence endpoints for the story form: heartbeat and take-over (JSON, POST)."""

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.views.decorators.http import require_POST

from .. import permissions
from ..models import Article
from ..services.presence import presence_heartbeat, presence_take_over


def _name(user):
    return user.get_full_name() or user.get_username()


def _clock(moment):
    return format_date(timezone.localtime(moment), "H.i T")


class EditingPresenceViews:
    """Mixed into ArticleAdmin."""

    def presence_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path(
                "<int:pk>/presence/",
                wrap(require_POST(self.heartbeat_view)),
                name="articles_article_presence",
            ),
            path(
                "<int:pk>/presence/take-over/",
                wrap(require_POST(self.take_over_view)),
                name="articles_article_take_over",
            ),
        ]

    def _editable(self, request, pk):
        article = get_object_or_404(Article, pk=pk)
        if not permissions.can_view(request.user, article):
            raise Http404
        return article

    def heartbeat_view(self, request, pk):
        article = self._editable(request, pk)
        mine, others = presence_heartbeat(article=article, user=request.user)
        return JsonResponse(
            {
                "version": article.version,
                "taken_over_by": _name(mine.taken_over_by) if mine.taken_over_by else None,
                "others": [
                    {"name": _name(other.user), "since": _clock(other.since)} for other in others
                ],
            }
        )

    def take_over_view(self, request, pk):
        article = self._editable(request, pk)
        if not permissions.can_edit(request.user, article):
            return JsonResponse({"ok": False}, status=403)
        presence_take_over(article=article, user=request.user)
        return JsonResponse({"ok": True})
