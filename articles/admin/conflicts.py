"""Explaining an edit conflict: who saved what while this editor was typing."""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from ..diffing import revision_changes
from ..models import ArticleRevision, ArticleTransition


def conflict_message(article, started_from):
    revisions = ArticleRevision.objects.filter(article=article).order_by("version", "pk")
    base = revisions.filter(version__lte=started_from).last()
    newer = revisions.filter(version__gt=started_from)
    latest = newer.last()
    changes = revision_changes(base.data, latest.data) if base and latest else []
    editors = sorted({str(r.user) for r in newer if r.user} | _state_changers(article, base))
    transitions = ArticleTransition.objects.filter(article=article).select_related("user")
    if base is not None:
        transitions = transitions.filter(at__gt=base.created_at)
    html = render_to_string(
        "admin/articles/article/conflict.html",
        {"changes": changes, "editors": editors, "transitions": transitions[:5]},
    )
    return mark_safe(html)  # noqa: S308 - a template with autoescaping


def _state_changers(article, base):
    transitions = ArticleTransition.objects.filter(article=article, user__isnull=False)
    if base is not None:
        transitions = transitions.filter(at__gt=base.created_at)
    return {str(t.user) for t in transitions.select_related("user")}
