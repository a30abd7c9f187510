"""Per-client rate limits: a fixed-window counter in the cache, keyed by the client's address.

Used by the read API (API_THROTTLE_RATE) and the site search (SEARCH_THROTTLE_RATE).

The window is aligned to the clock (a "minute" runs from :00 to :59), so the
counter needs one cache key per client and window and no clean-up: keys expire
with their window. Behind a proxy, REMOTE_ADDR must be the client's address
(set by the web server), or every reader shares one budget.
"""

import logging
import re
import time

from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

logger = logging.getLogger(__name__)
PERIODS = {"second": 1, "minute": 60, "hour": 60 * 60, "day": 24 * 60 * 60}
_RATE = re.compile(r"^(\d+)/(second|minute|hour|day)$")


RATE_SETTINGS = {"api": "API_THROTTLE_RATE", "search": "SEARCH_THROTTLE_RATE"}


def parse_rate(rate, setting="API_THROTTLE_RATE"):
    """ "120/minute" → (120, 60)."""
    match = _RATE.match(str(rate).strip())
    if not match:
        raise ImproperlyConfigured(
            f'{setting} must look like "120/minute" (per second, minute, hour or day), '
            f"got {rate!r}."
        )
    return int(match[1]), PERIODS[match[2]]


def seconds_to_wait(request, scope="api"):
    """None while the client is within its budget, else the seconds until the next window."""
    setting = RATE_SETTINGS[scope]
    limit, period = parse_rate(getattr(settings, setting), setting)
    now = int(time.time())
    window = now - now % period
    key = f"{scope}-throttle:{request.META.get('REMOTE_ADDR', '')}:{period}:{window}"
    try:
        count = _count(key, period)
    except Exception:
        # A cache outage must not take search and the API down with it.
        logger.warning("Throttle cache unreachable: %s requests not limited.", scope)
        return None
    return None if count <= limit else window + period - now


def _count(key, period):
    if cache.add(key, 1, timeout=period):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # the key expired between add() and incr()
        cache.set(key, 1, timeout=period)
        return 1


def check_rate_setting(app_configs, **kwargs):
    """A malformed rate stops `manage.py check` (and start-up) instead of every request."""
    errors = []
    for setting in RATE_SETTINGS.values():
        try:
            parse_rate(getattr(settings, setting), setting)
        except ImproperlyConfigured as error:
            errors.append(checks.Error(str(error), id="newsroom.E001"))
    return errors
