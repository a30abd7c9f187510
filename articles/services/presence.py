"""Who is editing a story right now: heartbeats that expire, and explicit take-over."""

from datetime import timedelta

from django.utils import timezone

from ..models import EditingPresence

PRESENCE_TIMEOUT = timedelta(minutes=2)


def presence_heartbeat(*, article, user):
    """Record that ``user`` still has the story open; return the others' presences."""
    now = timezone.now()
    mine, created = EditingPresence.objects.get_or_create(
        article=article, user=user, defaults={"since": now, "seen_at": now}
    )
    if not created:
        if mine.seen_at < now - PRESENCE_TIMEOUT:
            mine.since, mine.taken_over_by = now, None
        mine.seen_at = now
        mine.save(update_fields=["since", "seen_at", "taken_over_by"])
    others = (
        EditingPresence.objects.filter(article=article, seen_at__gte=now - PRESENCE_TIMEOUT)
        .exclude(user=user)
        .exclude(taken_over_by__isnull=False)
        .select_related("user")
        .order_by("since")
    )
    return mine, list(others)


def presence_take_over(*, article, user):
    """``user`` takes the story over; the others are told at their next heartbeat."""
    now = timezone.now()
    EditingPresence.objects.filter(article=article).exclude(user=user).update(taken_over_by=user)
    EditingPresence.objects.update_or_create(
        article=article, user=user, defaults={"since": now, "seen_at": now, "taken_over_by": None}
    )


def presence_leave(*, article, user):
    EditingPresence.objects.filter(article=article, user=user).delete()
