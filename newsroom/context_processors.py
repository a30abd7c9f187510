from urllib.parse import quote

from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, get_language_info

from articles.navigation import site_navigation

from .objectcache import content_cached


def language_links(request):
    """This page in each language: every link names its language in that language (WCAG 3.1.2)."""
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": request.build_absolute_uri(translate_url(request.path, code)),
        }
        for code, name in settings.LANGUAGES
    ]


def canonical_url(request, *, keep_cursor=True):
    """The page's address in the site's language: English pages point at their
    Indonesian original. A page of a list is its own document: it keeps its cursor."""
    path = translate_url(request.path, settings.LANGUAGE_CODE)
    for cursor in ("sebelum", "sesudah") if keep_cursor else ():
        if value := request.GET.get(cursor):
            path = f"{path}?{cursor}={quote(value)}"
            break
    return request.build_absolute_uri(path)


def site(request):
    """Site-wide template context. Everything here is lazy: a page that does
    not show navigation or language links pays nothing for them."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        # Stories are written in Indonesian whatever the interface language.
        "CONTENT_LANGUAGE": settings.LANGUAGE_CODE,
        "navigation": SimpleLazyObject(
            lambda: content_cached(f"navigation:{get_language()}", site_navigation, request=request)
        ),
        "language_links": SimpleLazyObject(lambda: language_links(request)),
        "canonical_url": SimpleLazyObject(lambda: canonical_url(request)),
    }
