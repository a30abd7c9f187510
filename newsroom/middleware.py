from django.conf import settings
from django.utils import translation


class UrlLanguageMiddleware:
    """Activate the language named by the URL prefix, or the default language.

    Django's LocaleMiddleware also consults cookies and Accept-Language and so
    adds ``Vary: Accept-Language`` to every response. Here the URL alone decides
    (``/…`` is Indonesian, ``/en/…`` English), so one URL is one cacheable page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
        return response


def path_under(path, prefixes):
    """Whether ``path`` lies under one of ``prefixes`` (given without a language), in any language.

    /admin/ matches /admin/… and /en/admin/…: the staff area, the page cache's
    exclusions and the router all ask this of the same URLs.
    """
    language = translation.get_language_from_path(path)
    if language and language != settings.LANGUAGE_CODE:
        path = path[len(language) + 1 :] or "/"
    return path.startswith(tuple(prefixes))
