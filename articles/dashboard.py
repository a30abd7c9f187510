"""The admin home for the signed-in user: what needs attention, and a month at a glance."""

from datetime import timedelta

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone

from images.models import Image

from .models import Article

LIST_LENGTH = 8
CHART_DAYS = 30


def build_dashboard(user):
    now = timezone.now()
    stories = Article.objects.not_trashed().select_related("section")
    if not user.has_perm("articles.preview_any_article"):
        stories = stories.owned_by(user)
    published = Article.Status.PUBLISHED
    panels = {
        "my_drafts": stories.owned_by(user)
        .filter(status=Article.Status.DRAFT)
        .order_by("-updated_at"),
        "in_review": stories.filter(status=Article.Status.IN_REVIEW).order_by("updated_at"),
        "scheduled": stories.filter(
            status=published, published_at__gt=now, published_at__lte=now + timedelta(hours=24)
        ).order_by("published_at"),
        "embargoed": stories.filter(embargo_until__gt=now).order_by("embargo_until"),
        "recent": stories.published().order_by("-published_at"),
    }
    dashboard = {name: list(query[:LIST_LENGTH]) for name, query in panels.items()}
    dashboard["overdue"] = overdue_stories(stories, now)
    dashboard["images_needing_alt"] = list(Image.objects.needing_alt_text()[:LIST_LENGTH])
    dashboard["images_needing_alt_count"] = Image.objects.needing_alt_text().count()
    dashboard["chart"] = publication_chart(now)
    return dashboard


def overdue_stories(stories, now):
    """Published, due, not expired, yet not visible: should never happen; say why if it does.

    The only way is a running embargo on a story whose time was set earlier,
    which the database refuses; any row found here points at data repaired by
    hand, so each comes with the reason.
    """
    candidates = (
        stories.filter(status=Article.Status.PUBLISHED, published_at__lte=now)
        .exclude(expires_at__lte=now)
        .exclude(pk__in=Article.objects.published().values("pk"))
    )
    overdue = []
    for article in candidates[:LIST_LENGTH]:
        reason = "embargo" if article.is_embargoed() else "unknown"
        overdue.append({"article": article, "reason": reason})
    return overdue


def publication_chart(now):
    """Stories first published per day and section over the last 30 days, as SVG data."""
    start = timezone.localdate(now) - timedelta(days=CHART_DAYS - 1)
    rows = (
        Article.objects.published()
        .filter(first_published_at__date__gte=start)
        .annotate(day=TruncDate("first_published_at", tzinfo=timezone.get_current_timezone()))
        .values("day", "section__name")
        .annotate(count=Count("pk"))
        .order_by("day", "section__name")
    )
    days = [start + timedelta(days=offset) for offset in range(CHART_DAYS)]
    sections = sorted({row["section__name"] for row in rows})
    counts = {(row["day"], row["section__name"]): row["count"] for row in rows}
    return render_stacked_bars(days, sections, counts)


PALETTE = ["#a31d1d", "#0b4f8a", "#2e7d32", "#6a1b9a", "#b45309", "#37474f", "#00838f", "#ad1457"]


def render_stacked_bars(days, sections, counts, *, bar=14, gap=4, height=160):
    """Geometry for a stacked bar chart; the template draws it as inline SVG."""
    totals = [sum(counts.get((day, s), 0) for s in sections) for day in days]
    peak = max(totals, default=0) or 1
    scale = height / peak
    bars = []
    for index, day in enumerate(days):
        x, y = index * (bar + gap), height
        segments = []
        for colour_index, section in enumerate(sections):
            count = counts.get((day, section), 0)
            if not count:
                continue
            segment_height = count * scale
            y -= segment_height
            segments.append(
                {
                    "y": round(y, 1),
                    "height": round(segment_height, 1),
                    "colour": PALETTE[colour_index % len(PALETTE)],
                    "label": f"{day:%d-%m}: {section} {count}",
                }
            )
        bars.append({"x": x, "day": day, "total": totals[index], "segments": segments})
    legend = [
        {"name": name, "colour": PALETTE[i % len(PALETTE)]} for i, name in enumerate(sections)
    ]
    return {
        "bars": bars,
        "legend": legend,
        "width": len(days) * (bar + gap),
        "height": height,
        "bar": bar,
        "peak": peak if any(totals) else 0,
        "total": sum(totals),
    }
