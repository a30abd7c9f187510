"""The site degrades, never breaks: database down, cache down."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.urls import reverse

from tests.factories import EditorFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db
DATABASE_DOWN = mock.patch.object(
    BaseDatabaseWrapper,
    "cursor",
    side_effect=OperationalError("connection to server on socket failed: Connection refused"),
)


@pytest.fixture
def reader():
    # A reader's browser: errors come back as pages, not as exceptions in the test.
    return Client(raise_request_exception=False)


def test_readers_get_a_branded_503_with_retry_after_and_the_site_recovers(reader):
    story = PublishedArticleFactory(headline="Pasokan air bersih pulih")
    with DATABASE_DOWN:
        down = reader.get(story.get_absolute_url())
        home = reader.get("/")
    for response in (down, home):
        assert response.status_code == 503
        assert int(response["Retry-After"]) > 0
        assert "no-store" in response["Cache-Control"]
        page = response.content.decode()
        assert "<h1" in page and "Traceback" not in page and "OperationalError" not in page
    # The database is back: the next request simply works, no restart.
    again = reader.get(story.get_absolute_url())
    assert again.status_code == 200 and "Pasokan air bersih pulih" in again.content.decode()


def test_editors_are_told_their_change_was_not_saved(reader):
    reader.force_login(EditorFactory())
    with DATABASE_DOWN:
        response = reader.get("/en" + reverse("admin:articles_article_changelist"))
    assert response.status_code == 503
    assert "nothing was saved" in response.content.decode()


def test_other_errors_are_still_a_500(reader):
    with mock.patch("articles.views.front_page_context", side_effect=RuntimeError("bug")):
        response = reader.get("/")
    assert response.status_code == 500 and "Retry-After" not in response


@pytest.mark.django_db(transaction=True)
def test_cached_pages_keep_being_served_while_the_database_is_down(reader, settings):
    settings.PAGE_CACHE_SECONDS = 600
    story = PublishedArticleFactory(headline="Jalan tol dibuka")
    url = story.get_absolute_url()
    reader.get(url)
    with DATABASE_DOWN:
        cached = reader.get(url)
        uncached = reader.get("/indeks/")
    assert cached.status_code == 200 and "Jalan tol dibuka" in cached.content.decode()
    assert uncached.status_code == 503


@pytest.fixture
def cache_down(settings):
    # A real Redis client against a port nothing listens on: every call fails.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    settings.PAGE_CACHE_SECONDS = 600


def test_the_site_keeps_serving_with_the_cache_down(reader, cache_down):
    story = PublishedArticleFactory(headline="Harga cabai turun")
    for url in ("/", story.get_absolute_url(), "/cari/?q=cabai", "/feed/", "/api/v1/articles/"):
        response = reader.get(url)
        assert response.status_code == 200, url
    assert "Harga cabai turun" in reader.get(story.get_absolute_url()).content.decode()
    beacon = reader.post(reverse("beacon"), {"a": story.pk})
    assert beacon.status_code == 204
