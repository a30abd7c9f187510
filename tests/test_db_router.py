"""newsroom.db_router: readers on a replica, editors and writers on the primary.

The replica is ``replica1`` from newsroom/settings/test.py, a test mirror of
``default`` (the same test database under a second connection), so these
tests check where each query goes; deploy/replica-check.sh checks the same
against a real streaming replica.
"""

import json
import subprocess
import sys
from contextlib import ExitStack, contextmanager

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import OperationalError, connections, router, transaction
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from articles.models import Article, Section
from newsroom import db_router
from newsroom.db_router import PIN_COOKIE, PinPrimaryMiddleware, PrimaryReplicaRouter
from tests.factories import EditorFactory, PublishedArticleFactory

SESSIONS = "django.contrib.sessions.middleware.SessionMiddleware"
ROUTED = override_settings(
    DATABASE_ROUTERS=["newsroom.db_router.PrimaryReplicaRouter"],
    MIDDLEWARE=[
        *settings.MIDDLEWARE[: settings.MIDDLEWARE.index(SESSIONS)],
        "newsroom.db_router.PinPrimaryMiddleware",
        *settings.MIDDLEWARE[settings.MIDDLEWARE.index(SESSIONS) :],
    ],
    REPLICA_ALIASES=["replica1"],
    DATABASE_PIN_SECONDS=15,
    DATABASE_REPLICA_RETRY_SECONDS=30,
    # Tested on its own below: here content written in the arrangement
    # would otherwise send the next seconds' readers to the primary.
    DATABASE_REPLICA_LAG_SECONDS=0,
)
BOTH = ["default", "replica1"]
# Reads reach the replica only outside a transaction on the primary, so the
# tests that expect the replica commit for real.
committed = pytest.mark.django_db(transaction=True, databases=BOTH)
in_transaction = pytest.mark.django_db(databases=BOTH)


@pytest.fixture(autouse=True)
def _routed():
    db_router.reset_replica_health()
    with ROUTED:
        yield
    db_router.reset_replica_health()


@contextmanager
def count_queries():
    """{alias: number of queries} executed inside the block, per connection."""
    counts = dict.fromkeys(BOTH, 0)
    with ExitStack() as stack:
        for alias in BOTH:

            def wrapper(execute, sql, params, many, context, alias=alias):
                counts[alias] += 1
                return execute(sql, params, many, context)

            stack.enter_context(connections[alias].execute_wrapper(wrapper))
        yield counts


def set_cookie_names(response):
    return set(response.cookies)


@committed
def test_an_anonymous_reader_is_served_from_the_replica(client):
    article = PublishedArticleFactory()
    with count_queries() as counts:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert article.headline in response.content.decode()
    assert counts["replica1"] > 0
    assert counts["default"] == 0
    # Public pages stay cacheable: no pin cookie (nor any other) for readers.
    assert set_cookie_names(response) == set()


@committed
def test_the_router_picks_the_replica_for_reader_reads():
    with db_router.replica_reads():
        assert router.db_for_read(Article) == "replica1"
        assert Article.objects.all()._db is None  # routed lazily …
        assert Article.objects.all().db == "replica1"  # … to the replica


@committed
def test_reads_after_a_write_in_the_same_request_use_the_primary():
    with db_router.replica_reads():
        assert router.db_for_read(Section) == "replica1"
        Section.objects.create(name="Daerah", slug="daerah", nav_position=1)
        assert router.db_for_read(Section) == "default"
        assert Section.objects.filter(slug="daerah").db == "default"


@in_transaction
def test_reads_inside_a_transaction_on_the_primary_use_the_primary():
    # The test's own transaction is open on default: a read must see it.
    with db_router.replica_reads():
        assert router.db_for_read(Article) == "default"


def test_outside_a_request_everything_reads_from_the_primary():
    # Management commands and the shell write and read back.
    assert router.db_for_read(Article) == "default"
    assert router.db_for_write(Article) == "default"


@committed
def test_an_editor_in_the_admin_reads_from_the_primary(client):
    client.force_login(EditorFactory(username="editor"))
    with count_queries() as counts:
        response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 200
    assert counts["default"] > 0
    assert counts["replica1"] == 0


@committed
def test_an_editor_sees_their_own_write_on_the_public_site(client):
    story = PublishedArticleFactory()
    client.force_login(EditorFactory(username="editor"))

    # Before writing, a signed-in editor's public page views use the replica.
    with count_queries() as counts:
        assert client.get(story.get_absolute_url()).status_code == 200
    assert counts["replica1"] > 0 and counts["default"] == 0

    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", admin.helpers.ACTION_CHECKBOX_NAME: [story.pk], "index": 0},
    )
    assert response.status_code == 302
    pin = response.cookies[PIN_COOKIE]
    assert pin["max-age"] == 15
    assert pin["httponly"]
    assert pin["samesite"] == "Lax"

    # Read-after-write: the story page comes from the primary while pinned.
    with count_queries() as counts:
        assert client.get(story.get_absolute_url()).status_code == 404
    assert counts["default"] > 0
    assert counts["replica1"] == 0


@committed
def test_a_forged_pin_cookie_is_ignored(client):
    story = PublishedArticleFactory()
    client.cookies[PIN_COOKIE] = "1"  # unsigned
    with count_queries() as counts:
        assert client.get(story.get_absolute_url()).status_code == 200
    assert counts["replica1"] > 0
    assert counts["default"] == 0


def _run_middleware(request, view):
    middleware = PinPrimaryMiddleware(view)
    return middleware(request)


@committed
def test_an_anonymous_write_pins_its_request_but_sets_no_cookie():
    seen = []

    def view(request):
        seen.append(router.db_for_read(Section))
        Section.objects.create(name="Olahraga", slug="olahraga", nav_position=2)
        seen.append(router.db_for_read(Section))
        return HttpResponse("ok")

    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = _run_middleware(request, view)
    assert seen == ["replica1", "default"]
    assert set_cookie_names(response) == set()


@committed
def test_a_signed_in_writer_gets_the_pin_cookie_and_is_pinned_by_it():
    def writes(request):
        Section.objects.create(name="Ekonomi", slug="ekonomi", nav_position=3)
        return HttpResponse("ok")

    request = RequestFactory().get("/")
    request.user = EditorFactory(username="penyunting")
    response = _run_middleware(request, writes)
    assert PIN_COOKIE in response.cookies

    seen = []

    def reads(request):
        seen.append(router.db_for_read(Section))
        return HttpResponse("ok")

    pinned = RequestFactory().get(
        "/", HTTP_COOKIE=f"{PIN_COOKIE}={response.cookies[PIN_COOKIE].value}"
    )
    pinned.user = request.user
    _run_middleware(pinned, reads)
    unpinned = RequestFactory().get("/")
    unpinned.user = request.user
    _run_middleware(unpinned, reads)
    assert seen == ["default", "replica1"]


@committed
def test_non_get_requests_read_from_the_primary():
    seen = []

    def view(request):
        seen.append(router.db_for_read(Section))
        return HttpResponse("ok")

    request = RequestFactory().post("/cari/")
    request.user = AnonymousUser()
    _run_middleware(request, view)
    assert seen == ["default"]


@committed
def test_an_unreachable_replica_falls_back_to_the_primary(monkeypatch, caplog):
    attempts = []

    def refuse():
        attempts.append(1)
        raise OperationalError("connection refused")

    monkeypatch.setattr(connections["replica1"], "ensure_connection", refuse)
    story = PublishedArticleFactory()
    with count_queries() as counts:
        response = Client().get(story.get_absolute_url())
    assert response.status_code == 200
    assert counts["default"] > 0
    assert counts["replica1"] == 0
    assert "Read replica replica1 unreachable" in caplog.text
    assert db_router.replica_is_marked_down("replica1")

    # Marked down: later requests do not try it again until the retry time.
    with db_router.replica_reads():
        assert router.db_for_read(Article) == "default"
    assert len(attempts) == 1

    # After the retry time it is tried again, and used once it answers.
    monkeypatch.undo()
    with override_settings(DATABASE_REPLICA_RETRY_SECONDS=0), db_router.replica_reads():
        assert router.db_for_read(Article) == "replica1"


def test_migrations_run_only_on_the_primary():
    router_ = PrimaryReplicaRouter()
    assert router_.allow_migrate("default", "articles") is True
    assert router_.allow_migrate("replica1", "articles") is False


def test_relations_between_primary_and_replica_objects_are_allowed():
    primary_object, replica_object, elsewhere = Section(), Section(), Section()
    primary_object._state.db = "default"
    replica_object._state.db = "replica1"
    elsewhere._state.db = "archive"
    router_ = PrimaryReplicaRouter()
    assert router_.allow_relation(primary_object, replica_object) is True
    assert router_.allow_relation(replica_object, elsewhere) is None


def _settings_in_subprocess(env):
    code = (
        "import json, newsroom.settings.dev as s; print(json.dumps({"
        "'aliases': sorted(s.DATABASES), 'replicas': s.REPLICA_ALIASES,"
        "'routers': getattr(s, 'DATABASE_ROUTERS', []), 'middleware': s.MIDDLEWARE,"
        "'options': s.DATABASES.get('replica2', {}).get('OPTIONS'),"
        "'host': s.DATABASES.get('replica2', {}).get('HOST')}))"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        env={"PATH": "/usr/bin:/bin", "SECRET_KEY": "x" * 50, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=settings.BASE_DIR,
    )
    return json.loads(result.stdout)


def test_replica_urls_become_aliases_with_the_router_and_middleware():
    found = _settings_in_subprocess(
        {
            "DATABASE_URL": "postgres://app@10.0.0.1:5432/newsroom",
            "REPLICA_DATABASE_URLS": (
                "postgres://app@10.0.0.2:5432/newsroom, postgres://app@10.0.0.3:5432/newsroom"
            ),
        }
    )
    assert found["aliases"] == ["default", "replica1", "replica2"]
    assert found["replicas"] == ["replica1", "replica2"]
    assert found["routers"] == ["newsroom.db_router.PrimaryReplicaRouter"]
    middleware = found["middleware"]
    # Right before the sessions: the page cache's hits never reach it.
    assert middleware[middleware.index(SESSIONS) - 1] == "newsroom.db_router.PinPrimaryMiddleware"
    assert found["host"] == "10.0.0.3"
    assert found["options"] == {"connect_timeout": 2}


def test_without_replicas_there_is_no_router():
    found = _settings_in_subprocess({"DATABASE_URL": "sqlite:////tmp/x.sqlite3"})
    assert found["aliases"] == ["default"]
    assert found["routers"] == []
    assert "newsroom.db_router.PinPrimaryMiddleware" not in found["middleware"]


@committed
def test_after_a_content_change_every_reader_reads_from_the_primary_for_a_moment(client):
    """A replica that has not replayed a change must not fill the emptied page cache."""
    story = PublishedArticleFactory()
    with override_settings(DATABASE_REPLICA_LAG_SECONDS=5):
        with count_queries() as counts:
            assert client.get(story.get_absolute_url()).status_code == 200
        assert counts["replica1"] > 0 and counts["default"] == 0  # nothing changed lately

        Article.objects.filter(pk=story.pk).first().save()  # commits: a content change
        with count_queries() as counts:
            response = client.get(story.get_absolute_url())
        assert response.status_code == 200
        assert counts["default"] > 0 and counts["replica1"] == 0
        assert set_cookie_names(response) == set()

        cache.delete(db_router.CONTENT_CHANGED_KEY)  # the window has passed
        with count_queries() as counts:
            client.get(story.get_absolute_url())
        assert counts["replica1"] > 0 and counts["default"] == 0


@committed
def test_a_rolled_back_change_marks_nothing_and_later_ones_still_do():
    story = PublishedArticleFactory()
    with override_settings(DATABASE_REPLICA_LAG_SECONDS=5):
        cache.delete(db_router.CONTENT_CHANGED_KEY)
        with pytest.raises(RuntimeError), transaction.atomic():
            story.save()
            raise RuntimeError
        assert cache.get(db_router.CONTENT_CHANGED_KEY) is None
        with transaction.atomic():
            story.save()
            story.save()
            assert cache.get(db_router.CONTENT_CHANGED_KEY) is None  # not before the commit
        assert cache.get(db_router.CONTENT_CHANGED_KEY) is not None
