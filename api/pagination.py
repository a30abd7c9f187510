"""Cursor pagination: a page starts after the key of the last item shown, never at an OFFSET.

Articles are walked newest first by (published_at, id) with the queryset's own
``newest_first()``, like the site's lists (articles/pagination.py), so a deep
page costs what the first one does and walks an index. Sections, tags,
authors and sources are walked by slug. Cursors are opaque to clients (the key
in URL-safe base64); one that does not decode answers 400. Publication times
travel as whole microseconds, computed without floats, so a cursor never lands
a microsecond off its story.
"""

import re
from base64 import urlsafe_b64decode, urlsafe_b64encode
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Q
from django.utils.translation import gettext as _

from .errors import ApiError

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)
_BASE64 = re.compile(r"^[A-Za-z0-9_-]{1,400}$")
_ARTICLE_KEY = re.compile(r"^(\d{1,17})\.(\d{1,18})$")


@dataclass
class Page:
    items: list
    next_cursor: str | None


def article_page(articles, params):
    """One page of ``articles`` (published ones), newest first."""
    ordered = articles.newest_first()
    if cursor := params.get("cursor"):
        moment, pk = _article_key(cursor)
        # The story's publication time, or the link row's copy of it when the
        # list is by tag or author: the same value, but only the copy walks the
        # owner's index. The redundant bound starts the index range at the cursor.
        time = articles.listing_time()
        ordered = ordered.filter(
            Q(**{f"{time}__lt": moment}) | Q(**{time: moment, "pk__lt": pk}),
            **{f"{time}__lte": moment},
        )
    return _page(ordered, page_size(params), _article_cursor)


def slug_page(owners, params):
    """One page of sections, tags, authors or sources, by slug."""
    ordered = owners.order_by("slug")
    if cursor := params.get("cursor"):
        ordered = ordered.filter(slug__gt=_decode(cursor))
    return _page(ordered, page_size(params), lambda owner: _encode(owner.slug))


def next_url(request, page):
    """The request's own address with the next cursor: filters carry over."""
    if page.next_cursor is None:
        return None
    params = request.GET.copy()
    params["cursor"] = page.next_cursor
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def page_size(params):
    raw = params.get("page_size") or str(DEFAULT_PAGE_SIZE)
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_PAGE_SIZE:
        raise ApiError(
            _("page_size must be a whole number from 1 to %(max)d.") % {"max": MAX_PAGE_SIZE},
            code="invalid_page_size",
        )
    return int(raw)


def _page(ordered, size, cursor_of):
    rows = list(ordered[: size + 1])
    has_more, rows = len(rows) > size, rows[:size]
    return Page(items=rows, next_cursor=cursor_of(rows[-1]) if has_more else None)


def _article_cursor(article):
    micros = (article.published_at - EPOCH) // MICROSECOND
    return _encode(f"{micros}.{article.pk}")


def _article_key(cursor):
    match = _ARTICLE_KEY.match(_decode(cursor))
    if not match:
        raise _bad_cursor()
    return EPOCH + int(match[1]) * MICROSECOND, int(match[2])


def _encode(key):
    return urlsafe_b64encode(key.encode()).decode("ascii").rstrip("=")


def _decode(cursor):
    if not _BASE64.match(cursor):
        raise _bad_cursor()
    try:
        key = urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
    except ValueError:  # bad padding (binascii.Error) or not UTF-8
        raise _bad_cursor() from None
    if not key.isprintable():  # PostgreSQL refuses NUL in a string; no key has controls
        raise _bad_cursor()
    return key


def _bad_cursor():
    return ApiError(
        _("The cursor is not valid. Use the “next” address of a previous page."),
        code="invalid_cursor",
    )
