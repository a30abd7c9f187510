"""What every API response shares: JSON, CORS, caching headers, conditional GET, throttling.

Views are wrapped in ``api_view`` and return ``json_response(data,
last_modified=…)``; refusals are raised as ``ApiError`` or ``Http404``. The
ETag is a hash of the body, so it changes exactly when the answer does; a
matching If-None-Match (or, without one, a satisfied If-Modified-Since)
answers 304 with no body.
"""

import logging
from functools import wraps

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.csrf import csrf_exempt

from newsroom import throttling

from . import errors
from .errors import ApiError

logger = logging.getLogger(__name__)

READ_METHODS = ("GET", "HEAD")
ALLOWED_METHODS = (*READ_METHODS, "OPTIONS")
MAX_AGE = 60
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Retry-After",
}


def json_response(data, *, last_modified):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def api_view(view):
    # Read-only, no cookies, no session: CSRF protection has nothing to guard, and
    # its HTML 403 would hide the JSON 405 a POST deserves.
    @csrf_exempt
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = _preflight()
        else:
            response = _answer(view, request, *args, **kwargs)
        for header, value in CORS_HEADERS.items():
            response[header] = value
        return response

    return wrapper


def _answer(view, request, *args, **kwargs):
    retry_after = throttling.seconds_to_wait(request)
    if retry_after is not None:
        response = errors.too_many_requests(retry_after)
    elif request.method not in READ_METHODS:
        response = errors.method_not_allowed(ALLOWED_METHODS)
    else:
        response = _call(view, request, *args, **kwargs)
    if response.status_code >= 429:
        # Per client (429) or passing (5xx): no shared cache may keep it.
        patch_cache_control(response, no_store=True)
        return response
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    if response.status_code != 200:
        return response
    set_response_etag(response)
    return get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=parse_http_date_safe(response["Last-Modified"]),
        response=response,
    )


def _call(view, request, *args, **kwargs):
    try:
        return view(request, *args, **kwargs)
    except ApiError as error:
        return error.response()
    except Http404:
        return errors.not_found()
    except Exception:
        # Still JSON for the client; the traceback goes to the log.
        logger.exception("API error on %s", request.path)
        return errors.server_error()


def _preflight():
    """Browsers ask before sending If-None-Match from another origin."""
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
    response["Access-Control-Max-Age"] = str(24 * 60 * 60)
    return response
