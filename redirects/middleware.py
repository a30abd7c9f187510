from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import get_language_from_path

from .services import query_permalink_of, redirect_target


class RedirectFallbackMiddleware:
    """Answer a 404 with a 301 when the address has a redirect.

    Only misses pay the lookup. Redirects are stored for the Indonesian
    address; the English /en/ twin follows the same redirect. WordPress id
    addresses (/?p=ID) are the exception: the home page answers them with a
    200, so they are looked up before the view, and only when such a key is
    in the query.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reading = request.method in ("GET", "HEAD")
        if reading and request.GET:
            prefix, path = self._split_language(request.path_info)
            old_path = query_permalink_of(path, request.GET)
            target = old_path and redirect_target(old_path)
            if target:
                return HttpResponsePermanentRedirect(prefix + target)
        response = self.get_response(request)
        if response.status_code != 404 or not reading:
            return response
        prefix, path = self._split_language(request.path_info)
        target = redirect_target(path)
        if target is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(prefix + target + (f"?{query}" if query else ""))

    @staticmethod
    def _split_language(path):
        language = get_language_from_path(path)
        if language and language != settings.LANGUAGE_CODE:
            prefix = f"/{language}"
            return prefix, path[len(prefix) :] or "/"
        return "", path
