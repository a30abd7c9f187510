"""Error pages that must render with the database down.

A lost database answers 503 with Retry-After (a proxy or CDN keeps serving
what it has cached; the page cache keeps serving its pages). The next request
after the database returns reconnects by itself: Django drops an unusable
connection at the end of the failed request.
"""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token

from .security import is_staff_area

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30


def _database_unavailable(error):
    # OperationalError: refused, lost or timed-out connections; InterfaceError:
    # a connection already closed underneath us.
    return isinstance(error, OperationalError | InterfaceError) or (
        isinstance(error, DatabaseError) and "connection" in str(error).lower()
    )


@requires_csrf_token
def server_error(request, template_name="500.html"):
    """handler500: 503 with Retry-After when the database is unreachable, else the 500 page."""
    error = sys.exc_info()[1]
    context = {"LANGUAGE_CODE": translation.get_language()}
    if error is not None and _database_unavailable(error):
        context["staff_area"] = is_staff_area(request.path_info)
        response = HttpResponseServerError(loader.render_to_string("503.html", context))
        response.status_code = 503
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(loader.render_to_string(template_name, context))
