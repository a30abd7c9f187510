"""What pages derive from published content, cached until that content changes.

The related list and neighbours of a story, the rendered parts of a story's
page, the home page's plan, the site's header and footer: each is stored under
the page cache's content version (newsroom/pagecache.py), which every content
change and every scheduled change moves on. So these are exact in the same way
cached pages are, and a page rendered with the page cache off (staff, previews,
a cold page) still skips the queries and the rendering behind them.

``content_cached`` keeps values in the shared cache; ``process_cached`` keeps
a few small ones every page needs in this process's memory, for the version
read once per request anyway (a new process, after a deploy, starts empty).
"""

import logging

from django.conf import settings

from .pagecache import current_version, page_cache

logger = logging.getLogger(__name__)
_MISSING = object()

# The content version this process read last, and what it computed for it.
# Replaced as a whole, never relabelled: a thread holding an older pair can
# only store into that pair.
_seen = (None, {})


def _seen_for(version):
    global _seen
    if _seen[0] != version:
        _seen = (version, {})
    return _seen[1]


def _key(version, name):
    return f"objects:{version}:{name}"


def _version(request, name=None):
    """(the current content version, the value of ``name`` under it if read in passing).

    The page cache middleware has read the version already for anonymous
    requests. Otherwise it is read with the value stored under the version this
    process saw last: one round trip when nothing changed since.
    """
    version = getattr(request, "content_version", None) if request is not None else None
    if version is not None:
        return version, _MISSING
    last = _seen[0]
    guessed = _key(last, name) if name and last is not None else None
    version, _, stored = current_version([guessed] if guessed else [])
    if request is not None:
        request.content_version = version
    _seen_for(version)
    if guessed is not None and version == last:
        return version, stored.get(guessed, _MISSING)
    return version, _MISSING


def content_cached(name, compute, *, request=None, timeout=None):
    """``compute()``, or its stored result for the current content version.

    Nothing is stored when ``compute`` raises.
    """
    if not settings.OBJECT_CACHE_SECONDS:
        return compute()
    cache = page_cache()
    try:
        version, value = _version(request, name)
        key = _key(version, name)
        if value is _MISSING:
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


def process_cached(name, compute, *, request=None):
    """``compute()``, computed once per content version in this process.

    For a few small values that every page repeats (the site's header and
    footer): the names must be a fixed set, not one per story or address.
    """
    if not settings.OBJECT_CACHE_SECONDS:
        return compute()
    try:
        version, _ = _version(request)
    except Exception:
        logger.warning("Object cache unreachable: computing %s.", name, exc_info=True)
        return compute()
    values = _seen_for(version)
    value = values.get(name, _MISSING)
    if value is _MISSING:
        value = values[name] = compute()
    return value
