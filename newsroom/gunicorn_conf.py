"""gunicorn settings: `gunicorn -c python:newsroom.gunicorn_conf newsroom.wsgi`.

Every value can be overridden from the environment, so one file serves
`make prod`, the benchmarks and a real deployment.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the views are short and CPU-bound; (2 × cores) + 1 is gunicorn's advice.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak can never take a server down.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 5000))
max_requests_jitter = 500
# gunicorn 27's control socket lives under the user's home and is shared by
# every gunicorn of that user on the machine: off.
control_socket_disable = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    # The application is loaded: move its objects (modules, compiled templates,
    # URL patterns) out of the collector's reach, so a full collection walks only
    # what requests allocate. Without it one request in a hundred paid ~20 ms.
    gc.freeze()
