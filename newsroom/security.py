"""Response headers that the built-in middleware does not set, and the admin's CSP.

Public pages carry one static Content-Security-Policy (settings.SECURE_CSP):
no inline script, so no nonce, so a cached page and a fresh render carry the
same header. The admin and previews are never cached; they get a policy
with a per-response nonce and the inline styles the rich-text editor needs.
"""

from django.conf import settings
from django.utils.csp import CSP, build_policy

from .middleware import path_under

# The public policy, built once per configuration rather than for every response.
_public_policy = (None, None)
POLICY_HEADER = str(CSP.HEADER_ENFORCE)


def is_staff_area(path):
    return path_under(path, settings.STAFF_AREA_PREFIXES)


def public_policy():
    """settings.SECURE_CSP as a header, or None when it has a nonce (Django builds that one)."""
    global _public_policy
    config, header = _public_policy
    if config is not settings.SECURE_CSP:
        config = settings.SECURE_CSP
        has_nonce = any(
            value == CSP.NONCE or (isinstance(value, list | tuple | set) and CSP.NONCE in value)
            for value in config.values()
        )
        header = None if has_nonce or not config else build_policy(config)
        _public_policy = (config, header)
    return header


class SecurityHeadersMiddleware:
    """Below Django's CSP middleware: it leaves a policy already set alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_staff_area(request.path_info):
            response._csp_config = settings.STAFF_CSP
        elif not hasattr(response, "_csp_config") and (policy := public_policy()):
            response.headers.setdefault(POLICY_HEADER, policy)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
