"""Health endpoints for the load balancer and the orchestrator.

/healthz: the process answers (liveness; touches nothing else).
/readyz: the database and the cache answer (readiness), else 503.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def liveness(request):
    return JsonResponse({"status": "ok"})


def _database_ok():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        return cursor.fetchone() == (1,)


def _cache_ok():
    key, value = "health:probe", uuid.uuid4().hex
    cache.set(key, value, timeout=10)
    return cache.get(key) == value


@never_cache
def readiness(request):
    checks = {}
    for name, probe in (("database", _database_ok), ("cache", _cache_ok)):
        try:
            checks[name] = "ok" if probe() else "failed"
        except Exception:
            logger.exception("Readiness check %s failed", name)
            checks[name] = "failed"
    ready = all(state == "ok" for state in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", **checks}, status=200 if ready else 503
    )
