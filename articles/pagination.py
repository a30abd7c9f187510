"""Keyset ("older / newer") pagination for story lists.

A page is found by the (published_at, id) of the last story shown, so page
500 costs the same queries as page 1 and walks an index instead of skipping
OFFSET rows. Cursors are plain text; anything malformed answers 404.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db.models import Q
from django.http import Http404

OLDER, NEWER = "sebelum", "sesudah"
_CURSOR = re.compile(r"^(\d{1,17})\.(\d{1,18})$")


@dataclass
class KeysetPage:
    articles: list
    older: str | None
    newer: str | None


def encode(article):
    micros = int(article.published_at.timestamp() * 1_000_000)
    return f"{micros}.{article.pk}"


def decode(cursor):
    match = _CURSOR.match(cursor or "")
    if not match:
        raise Http404("Malformed page cursor.")
    moment = datetime.fromtimestamp(int(match[1]) / 1_000_000, tz=UTC)
    return moment, int(match[2])


def keyset_page(queryset, params, size):
    """One page of ``queryset`` (published stories) from the request's cursor."""
    if params.get("page", "1") != "1":
        raise Http404("Pages are addressed by cursor.")
    older, newer = params.get(OLDER), params.get(NEWER)
    if older and newer:
        raise Http404("One cursor at a time.")
    # The stories' own publication time, or the link rows' copy of it (tag and
    # author lists): the same value, but only the latter walks the owner's index.
    time = queryset.listing_time()
    if newer:
        moment, pk = decode(newer)
        after = Q(
            Q(**{f"{time}__gt": moment}) | Q(**{time: moment, "pk__gt": pk}),
            **{f"{time}__gte": moment},
        )
        rows = list(queryset.filter(after).order_by(time, "pk")[: size + 1])
        has_newer, rows = len(rows) > size, rows[:size]
        rows.reverse()
        has_older = True
    else:
        ordered = queryset.newest_first()
        if older:
            moment, pk = decode(older)
            # The redundant bound lets the index range start at the cursor.
            ordered = ordered.filter(
                Q(**{f"{time}__lt": moment}) | Q(**{time: moment, "pk__lt": pk}),
                **{f"{time}__lte": moment},
            )
        rows = list(ordered[: size + 1])
        has_older, rows = len(rows) > size, rows[:size]
        has_newer = older is not None
    if (older or newer) and not rows:
        raise Http404("No stories here.")
    return KeysetPage(
        articles=rows,
        older=encode(rows[-1]) if has_older and rows else None,
        newer=encode(rows[0]) if has_newer and rows else None,
    )
