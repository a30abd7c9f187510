"""Benchmarks (bench/): the production stack on loopback, plus a bare Django view.

The bare view (/bench/bare/) renders a small template and nothing else: the
ceiling every page is compared with, served by the same server in the same
run. It exists only under these settings.
"""

import os

# Loopback only, plain HTTP: the benchmark measures the application, not TLS.
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-never-deployed")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
# Without REDIS_URL each worker keeps its own cache: fine with the page cache
# off; the page-cache runs set REDIS_URL.
os.environ.setdefault("ALLOW_PER_PROCESS_CACHE", "1")

from .prod import *  # noqa: F403

ENVIRONMENT = "benchmark"
ROOT_URLCONF = "newsroom.bench_urls"
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0

# wrk is one address asking for thousands of searches a second; readers are
# many. The per-address budget is still counted (its cost is measured), never hit.
SEARCH_THROTTLE_RATE = "1000000/second"
API_THROTTLE_RATE = "1000000/second"
