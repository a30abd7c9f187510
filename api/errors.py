"""Failures as JSON: nothing under /api/ answers with an HTML page."""

from django.http import JsonResponse
from django.utils.translation import gettext as _


class ApiError(Exception):
    """A request the API refuses; raised anywhere below a view, answered as JSON."""

    def __init__(self, message, *, code="bad_request", status=400):
        super().__init__(message)
        self.message, self.code, self.status = message, code, status

    def response(self):
        return error_response(self.status, self.code, self.message)


def error_response(status, code, message):
    body = {"error": {"status": status, "code": code, "message": str(message)}}
    return JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})


def not_found():
    return error_response(404, "not_found", _("Nothing here. Is the address right?"))


def method_not_allowed(allowed):
    response = error_response(
        405, "method_not_allowed", _("This API is read-only: use GET or HEAD.")
    )
    response["Allow"] = ", ".join(allowed)
    return response


def too_many_requests(retry_after):
    response = error_response(
        429,
        "throttled",
        _("Too many requests. Try again in %(seconds)d seconds.") % {"seconds": retry_after},
    )
    response["Retry-After"] = str(retry_after)
    return response


def server_error():
    return error_response(500, "server_error", _("Something went wrong on our side."))
