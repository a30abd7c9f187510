"""Whole-page cache for anonymous readers that is never stale.

Every cached page's key contains a global *content version*. Any change to
published content bumps the version (``articles/cache_events.py`` listens to
the models), so every page that could show the change — the story, home,
lists, feeds, sitemaps, other stories' related lists — is missed at once,
without knowing which pages those are. Unpublish, takedown and trash are
therefore exact everywhere.

Changes that happen by the clock alone (a scheduled story going live, an
embargo ending, a story expiring, the breaking-news bar running out) are
known in advance: the cache stores the time of the next one, and the first
request after it bumps the version. No worker is needed, and no page is
cached past that time (its TTL and ``s-maxage`` are capped at it).

A version bump that cannot reach the cache is logged as an error and shown
to the editor who made the change (``PurgeFailureMessages``); it is never
silent.
"""

import hashlib
import logging
import time
import urllib.request
from contextvars import ContextVar

from django.conf import settings
from django.contrib import messages
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.http import http_date, parse_etags, parse_http_date_safe
from django.utils.translation import gettext as _

from .middleware import path_under

logger = logging.getLogger(__name__)

VERSION_KEY = "pagecache:version"
NEXT_CHANGE_KEY = "pagecache:next-change"
# Stored when nothing is scheduled, so the next-change query is not rerun per request.
NOTHING_SCHEDULED = 0.0

# Every cached page carries it; a purge drops them all (the version bump is global too).
SURROGATE_KEY = "newsroom"

_purge_failures = ContextVar("pagecache_purge_failures", default=None)


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _fresh_version():
    # Time-based, so a version lost from the cache (eviction, restart) never
    # comes back to an old value whose pages might still be stored.
    return time.time_ns()


def _next_version(cache):
    try:
        return cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        version = _fresh_version()
        cache.set(VERSION_KEY, version, timeout=None)
        return version


def bump_content_version():
    """Make every cached page a miss. Returns False (and reports) if the cache is unreachable."""
    cache = page_cache()
    try:
        _next_version(cache)
        # A new or moved schedule may come before the stored next change; the
        # editor's request pays for finding it, not the next reader's.
        try:
            next_change = _next_scheduled_change(timezone.now())
        except DatabaseError:  # e.g. during migrations: the next reader finds it
            cache.delete(NEXT_CHANGE_KEY)
        else:
            cache.set(NEXT_CHANGE_KEY, next_change, timeout=None)
    except Exception:
        logger.exception("Page cache purge failed: readers may see the old version of pages.")
        _report_purge_failure()
        return False
    return purge_cdn()


def _report_purge_failure():
    failures = _purge_failures.get()
    if failures is not None:
        failures.append(True)


def purge_cdn():
    """Ask the CDN in front (if any) to drop every page tagged ``Surrogate-Key: newsroom``.

    CDN_PURGE_URL is the provider's purge-by-key endpoint (Fastly, Varnish with
    xkey, a Cloudflare worker…); CDN_PURGE_TOKEN goes in the Authorization
    header. Unset: no CDN, nothing to do.
    """
    url = settings.CDN_PURGE_URL
    if not url:
        return True
    if not url.startswith(("https://", "http://")):
        logger.error("CDN_PURGE_URL must be an http(s) URL, got %r: no purge.", url)
        _report_purge_failure()
        return False
    headers = {"Surrogate-Key": SURROGATE_KEY}
    request = urllib.request.Request(url, method="POST", headers=headers)  # noqa: S310
    if settings.CDN_PURGE_TOKEN:
        request.add_header("Authorization", f"Bearer {settings.CDN_PURGE_TOKEN}")
    try:
        with urllib.request.urlopen(request, timeout=settings.CDN_PURGE_TIMEOUT) as response:  # noqa: S310  (an https URL from the settings)
            if 200 <= response.status < 300:
                return True
            raise OSError(f"HTTP {response.status}")
    except Exception:
        logger.exception("CDN purge failed: the CDN may serve old pages until s-maxage ends.")
        _report_purge_failure()
        return False


def _next_scheduled_change(now):
    """The next moment a page changes by the clock alone, as a timestamp (0.0 for none)."""
    from articles.models import Article, FrontPage

    moments = [
        Article.objects.next_scheduled_change(now),
        FrontPage.objects.filter(breaking_until__gt=now)
        .order_by("breaking_until")
        .values_list("breaking_until", flat=True)
        .first(),
    ]
    upcoming = [moment for moment in moments if moment is not None]
    return min(upcoming).timestamp() if upcoming else NOTHING_SCHEDULED


def current_version(also=()):
    """(version, seconds until the next scheduled change or None, the values read).

    Bumps the version when a scheduled change has passed. ``also`` are keys
    fetched in the same round trip (the page under the version last seen).
    """
    cache = page_cache()
    stored = cache.get_many([VERSION_KEY, NEXT_CHANGE_KEY, *also])
    version, next_change = stored.get(VERSION_KEY), stored.get(NEXT_CHANGE_KEY)
    now = timezone.now()
    if version is None:
        version = _fresh_version()
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY, version)
    if next_change is None or (next_change and now.timestamp() >= next_change):
        if next_change:  # a scheduled change has just happened
            version = _next_version(cache)
        next_change = _next_scheduled_change(now)
        cache.set(NEXT_CHANGE_KEY, next_change, timeout=None)
    until_change = next_change - now.timestamp() if next_change else None
    return version, until_change, stored


# What a stored page holds (see PageCacheMiddleware); a new number whenever that
# changes, so a deploy never serves entries that the previous code stored.
ENTRY_FORMAT = 2


def page_address(request):
    # Pages carry absolute addresses (canonical, language links): one per site address.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    return hashlib.sha256(address.encode()).hexdigest()


def page_key(version, address):
    return f"pagecache:page{ENTRY_FORMAT}:{version}:{address}"


def _is_cacheable_request(request):
    if request.method not in ("GET", "HEAD"):
        return False
    # Staff (and anyone with a session) see their own, uncached pages.
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    return not path_under(request.path_info, settings.PAGE_CACHE_EXCLUDED_PREFIXES)


def _is_cacheable_response(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _not_modified(request, etag, last_modified):
    if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        return etag in parse_etags(if_none_match) or if_none_match.strip() == "*"
    if_modified_since = request.META.get("HTTP_IF_MODIFIED_SINCE")
    if not if_modified_since or last_modified is None:
        return False
    since = parse_http_date_safe(if_modified_since)
    return since is not None and int(last_modified) <= since


class PageCacheMiddleware:
    """Serve and store anonymous readers' pages (see the module docstring).

    Sits near the top of the stack, below only the middleware whose headers
    depend on the request (HTTPS, request ID); the policy headers set below it
    are stored with each page. A hit costs one cache round trip (see
    ``current_version``), no query, and little more than building the response.
    """

    HEADERS_KEPT = (
        "Content-Type",
        "Content-Language",
        "Link",
        "X-Robots-Tag",
        "Surrogate-Key",
        "Vary",
        # Set below this middleware, the same for every page it stores (security.py).
        "Content-Security-Policy",
        "Content-Security-Policy-Report-Only",
        "Permissions-Policy",
        "X-Frame-Options",
    )

    def __init__(self, get_response):
        self.get_response = get_response
        self._version_seen = None

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _is_cacheable_request(request):
            return self.get_response(request)
        # One round trip in the steady state: the version, the next scheduled
        # change and the page stored under the version this process saw last.
        address = page_address(request)
        guessed = page_key(self._version_seen, address) if self._version_seen else None
        try:
            version, until_change, stored = current_version([guessed] if guessed else [])
        except Exception:
            # The site keeps serving, uncached, while the cache is down.
            logger.exception("Page cache unreachable: serving uncached.")
            return self.get_response(request)
        self._version_seen = version
        request.content_version = version  # newsroom/objectcache.py reuses it
        key = page_key(version, address)
        ttl = settings.PAGE_CACHE_SECONDS
        if until_change is not None:
            ttl = max(1, min(ttl, int(until_change)))
        cache = page_cache()
        try:
            entry = stored.get(key) if key == guessed else cache.get(key)
        except Exception:
            logger.exception("Page cache unreachable: serving uncached.")
            entry = None
        if entry is not None:
            return self._from_entry(request, entry, ttl, hit=True)
        response = self.get_response(request)
        if not _is_cacheable_response(response):
            return response
        entry = {
            "content": response.content,
            "headers": {
                name: response[name] for name in self.HEADERS_KEPT if response.has_header(name)
            },
            "etag": f'"{hashlib.sha256(response.content).hexdigest()[:32]}"',
            "last_modified": time.time(),
        }
        try:
            cache.set(key, entry, timeout=ttl)
        except Exception:
            logger.exception("Page cache unreachable: page not stored.")
        return self._from_entry(request, entry, ttl, hit=False)

    def _from_entry(self, request, entry, ttl, *, hit):
        headers = {
            "ETag": entry["etag"],
            "Last-Modified": http_date(entry["last_modified"]),
            # Browsers revalidate (a 304 is cheap); shared caches keep the page
            # until the next scheduled change at most, and are purged on edits.
            "Cache-Control": f"public, max-age=0, must-revalidate, s-maxage={ttl}",
            "X-Page-Cache": "hit" if hit else "miss",
        }
        if _not_modified(request, entry["etag"], entry["last_modified"]):
            response = HttpResponseNotModified(headers=headers)
        else:
            content = entry["content"]
            # With its length, the server sends the page as it is, not in chunks.
            headers = {**entry["headers"], **headers, "Content-Length": str(len(content))}
            if request.method == "HEAD":
                content = b""
            response = HttpResponse(content, headers=headers)
        response.headers.setdefault("Surrogate-Key", SURROGATE_KEY)
        return response


class PurgeFailureMessages:
    """Tell the editor whose change could not be pushed to the page cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        failures = []
        token = _purge_failures.set(failures)
        try:
            response = self.get_response(request)
        finally:
            _purge_failures.reset(token)
        if failures and hasattr(request, "_messages"):
            messages.error(
                request,
                _(
                    "Saved, but the page cache could not be cleared: readers may see the "
                    "previous version for up to %(minutes)s minutes. Tell the site administrator."
                )
                % {"minutes": max(1, settings.PAGE_CACHE_SECONDS // 60)},
            )
        return response
