from django.conf import settings
from django.urls import translate_url
from django.utils.functional import SimpleLazyObject

from articles.models import Section


def site(request):
    """Site-wide template context. Everything here is lazy: a page that does
    not show navigation or language links pays nothing for them."""

    def language_links():
        return [
            {
                "code": code,
                "name": name,
                "url": request.build_absolute_uri(translate_url(request.path, code)),
            }
            for code, name in settings.LANGUAGES
        ]

    def canonical_url():
        # English pages point at their Indonesian original.
        path = translate_url(request.path, settings.LANGUAGE_CODE)
        page = request.GET.get("page")
        if page and page.isdigit() and page != "1":
            path = f"{path}?page={page}"
        return request.build_absolute_uri(path)

    return {
        "SITE_NAME": settings.SITE_NAME,
        "navigation_sections": SimpleLazyObject(lambda: list(Section.objects.in_navigation())),
        "language_links": SimpleLazyObject(language_links),
        "canonical_url": SimpleLazyObject(canonical_url),
    }
