"""What pages derive from published content, cached until that content changes.

The related list and neighbours of a story, the home page's plan, the site
navigation: each is stored under the page cache's content version
(newsroom/pagecache.py), which every content change and every scheduled
change moves on. So these are exact in the same way cached pages are, and a
page rendered with the page cache off (staff, previews, a cold page) still
skips the queries behind them.
"""

import logging

from django.conf import settings

from .pagecache import current_version, page_cache

logger = logging.getLogger(__name__)
_MISSING = object()


def _version(request):
    # The page cache middleware has read it already for anonymous requests.
    version = getattr(request, "content_version", None) if request is not None else None
    if version is None:
        version = current_version()[0]
        if request is not None:
            request.content_version = version
    return version


def content_cached(name, compute, *, request=None, timeout=None):
    """``compute()``, or its stored result for the current content version."""
    if not settings.OBJECT_CACHE_SECONDS:
        return compute()
    cache = page_cache()
    try:
        key = f"objects:{_version(request)}:{name}"
        value = cache.get(key, _MISSING)
    except Exception:
        logger.warning("Object cache unreachable: computing %s.", name, exc_info=True)
        return compute()
    if value is _MISSING:
        value = compute()
        try:
            cache.set(key, value, timeout or settings.OBJECT_CACHE_SECONDS)
        except Exception:
            logger.warning("Object cache unreachable: %s not stored.", name, exc_info=True)
    return value
