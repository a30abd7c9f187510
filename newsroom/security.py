"""Response headers that the built-in middleware does not set, and the admin's CSP.

Public pages carry one static Content-Security-Policy (settings.SECURE_CSP):
no inline script, so no nonce, so a cached page and a fresh render carry the
same header. The admin and previews are never cached; they get a policy
with a per-response nonce and the inline styles the rich-text editor needs.
"""

from django.conf import settings

from .middleware import path_under


def is_staff_area(path):
    return path_under(path, settings.STAFF_AREA_PREFIXES)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_staff_area(request.path_info):
            response._csp_config = settings.STAFF_CSP
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
