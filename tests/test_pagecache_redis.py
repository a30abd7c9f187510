"""The page cache shared through a real Redis by two gunicorn workers.

Runs the production stack (benchmark settings, gunicorn with two sync
workers) against its own SQLite file, so a change committed by one process
must reach pages served by every worker. Skips when redis-server or
gunicorn is missing; .ci/run installs both.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.slow

ROOT = Path(settings.BASE_DIR)
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310  (loopback)
            return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {seconds} s")


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture
def stack(tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed (Debian package redis-server)")
    if not GUNICORN.exists():
        pytest.skip("gunicorn is not installed in this environment")
    redis_port, web_port = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.bench",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'site.sqlite3'}",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "WEB_CONCURRENCY": "2",
        "GUNICORN_BIND": f"127.0.0.1:{web_port}",
    }
    redis = subprocess.Popen(  # noqa: S603
        [
            *("redis-server", "--port", str(redis_port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no"),
        ],
        stdout=subprocess.DEVNULL,
    )

    def manage(*args):
        subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )

    try:
        manage("migrate", "--noinput")
        manage("collectstatic", "--noinput")
        web = subprocess.Popen(  # noqa: S603
            [str(GUNICORN), "-c", "python:newsroom.gunicorn_conf", "newsroom.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{web_port}"
            wait_for(base + "/bench/bare/")
            yield base, manage
        finally:
            web.terminate()
            web.wait(timeout=30)
    finally:
        redis.terminate()
        redis.wait(timeout=10)


CREATE = """
from django.utils import timezone
from articles import services
from articles.models import Author, Section
section = Section.objects.create(name="Nasional", slug="nasional", nav_position=1)
author = Author.objects.create(name="Rina", slug="rina")
story = services.article_create(
    headline="Gempa di lepas pantai selatan", body_html="<p>Isi berita.</p>",
    section=section, authors=[author], publish_at=timezone.now(), slug="gempa-selatan",
)
print(story.get_absolute_url())
"""

UNPUBLISH = """
from articles import services
from articles.models import Article
services.article_unpublish(article=Article.objects.get(slug="gempa-selatan"))
"""


def test_a_change_in_one_process_reaches_every_worker(stack):
    base, manage = stack
    manage("shell", "-c", CREATE)
    status, _, body = get(base + "/")
    assert status == 200 and "Gempa di lepas pantai selatan" in body
    # Enough requests for both workers to answer: every one after the first is a hit.
    caches = [get(base + "/")[1]["X-Page-Cache"] for _ in range(12)]
    assert caches == ["hit"] * 12
    manage("shell", "-c", UNPUBLISH)
    for _ in range(12):
        status, _headers, body = get(base + "/")
        assert status == 200 and "Gempa di lepas pantai selatan" not in body
