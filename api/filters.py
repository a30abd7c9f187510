"""The article list's filters, read from the query string.

Sections, tags, authors and sources are named by slug, each found first (one
query) and then applied with the queryset verb its public page uses. An
unknown slug matches nothing: the answer is an empty list, not a 404, because
a filter narrows a list rather than naming a resource. Malformed values answer 400. An empty
value counts as not given, as an HTML form sends it.
"""

import re
from datetime import UTC, date, datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from articles.models import Author, Section, Source, Tag

from .errors import ApiError

# Query parameter → (ArticleQuerySet verb, owner model).
OWNER_FILTERS = {
    "section": ("in_section", Section),
    "tag": ("tagged", Tag),
    "author": ("by_author", Author),
    "source": ("from_source", Source),
}
_SLUG = re.compile(r"^[-\w]{1,255}$")


def filter_articles(articles, params):
    """Narrow ``articles`` (published ones) by the request's filters."""
    articles = _by_owners(articles, params)
    first, last = _date(params, "from"), _date(params, "to")
    if first and last and first > last:
        raise ApiError(_("“from” must not be after “to”."), code="invalid_date_range")
    if first or last:
        articles = articles.in_date_range(first or date.min, last or date.max)
    if since := _moment(params, "updated_since"):
        # A scheduled story changes when it goes live, not when it was last saved.
        articles = articles.filter(Q(updated_at__gte=since) | Q(published_at__gte=since))
    return articles


def _by_owners(articles, params):
    """Narrow by each owner named, with the verb the owner's public page uses."""
    for name, (verb, model) in OWNER_FILTERS.items():
        if slug := params.get(name):
            owner = _owner(model, slug)
            if owner is None:
                return articles.none()
            articles = getattr(articles, verb)(owner)
    return articles


def _owner(model, slug):
    """The owner named by ``slug`` (one probe of the unique slug index), or None.

    Found first rather than joined by slug: the story query then names the
    owner's id, and the planner knows how many stories it has.
    """
    if not is_slug(slug):
        return None
    return model.objects.filter(slug=slug).first()


def is_slug(value):
    return bool(_SLUG.match(value))


def _date(params, name):
    raw = params.get(name)
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ApiError(
            _("“%(name)s” must be a date as YYYY-MM-DD, e.g. 2025-01-31; got “%(value)s”.")
            % {"name": name, "value": raw},
            code="invalid_date",
        ) from None


def _moment(params, name):
    """An ISO 8601 date and time; without an offset it is Jakarta time (TIME_ZONE)."""
    raw = params.get(name)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        raise ApiError(
            _(
                "“%(name)s” must be an ISO 8601 date and time, e.g. 2025-01-31T08:00:00+07:00 "
                "(write “+” as %%2B in a URL); got “%(value)s”."
            )
            % {"name": name, "value": raw},
            code="invalid_datetime",
        ) from None
