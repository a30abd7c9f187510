from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.translation import get_language_from_path

from .services import redirect_target


class RedirectFallbackMiddleware:
    """Answer a 404 with a 301 when the address has a redirect.

    Only misses pay the lookup. Redirects are stored for the Indonesian
    address; the English /en/ twin follows the same redirect.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        path, prefix = request.path_info, ""
        language = get_language_from_path(path)
        if language and language != settings.LANGUAGE_CODE:
            prefix = f"/{language}"
            path = path[len(prefix) :]
        target = redirect_target(path)
        if target is None:
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(prefix + target + (f"?{query}" if query else ""))
