"""What every API response shares: JSON, caching, conditional GET, CORS, throttling."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from newsroom.throttling import check_rate_setting
from tests.api.conftest import story_of
from tests.factories import PublishedArticleFactory

pytestmark = pytest.mark.django_db

GET_ENDPOINTS = [
    ("api:article_list", {}),
    ("api:article_detail", {"pk": "story"}),
    ("api:section_list", {}),
    ("api:section_detail", {"slug": "ekonomi"}),
    ("api:tag_list", {}),
    ("api:tag_detail", {"slug": "pilkada"}),
    ("api:author_list", {}),
    ("api:author_detail", {"slug": "sari-dewi"}),
    ("api:source_list", {}),
    ("api:source_detail", {"slug": "puspen-kemendagri"}),
    ("api:openapi", {}),
]


@pytest.fixture
def story(owners):
    return story_of(owners)


def url_of(name, kwargs, story):
    kwargs = {key: story.pk if value == "story" else value for key, value in kwargs.items()}
    return reverse(name, kwargs=kwargs)


@pytest.mark.parametrize(("name", "kwargs"), GET_ENDPOINTS)
def test_every_endpoint_answers_cacheable_cookieless_json(client, story, name, kwargs):
    response = client.get(url_of(name, kwargs, story))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "public, max-age=60"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["ETag"].startswith('"')
    assert response.has_header("Last-Modified")
    assert not response.cookies
    assert "Vary" not in response or "Cookie" not in response["Vary"]


@pytest.mark.parametrize(("name", "kwargs"), GET_ENDPOINTS)
def test_a_matching_etag_answers_304_without_a_body(client, story, name, kwargs):
    url = url_of(name, kwargs, story)
    etag = client.get(url)["ETag"]
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200


@pytest.mark.parametrize(("name", "kwargs"), GET_ENDPOINTS)
def test_if_modified_since_answers_304_until_a_change(client, story, name, kwargs):
    url = url_of(name, kwargs, story)
    last_modified = client.get(url)["Last-Modified"]
    assert client.get(url, headers={"If-Modified-Since": last_modified}).status_code == 304
    long_ago = http_date((timezone.now() - timedelta(days=365)).timestamp())
    assert client.get(url, headers={"If-Modified-Since": long_ago}).status_code == 200


def test_an_edit_changes_the_etag_and_last_modified(client, story):
    url = reverse("api:article_detail", kwargs={"pk": story.pk})
    before = client.get(url)
    with time_machine.travel(timezone.now() + timedelta(minutes=5)):
        story.headline = "Judul yang diperbaiki"
        story.save()
        after = client.get(url, headers={"If-None-Match": before["ETag"]})
        assert after.status_code == 200
        assert after["ETag"] != before["ETag"]
        stale = client.get(url, headers={"If-Modified-Since": before["Last-Modified"]})
        assert stale.status_code == 200


def test_a_new_story_changes_the_list_etag(client, story):
    url = reverse("api:article_list")
    etag = client.get(url)["ETag"]
    PublishedArticleFactory()
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 200


def test_head_answers_the_headers_of_get(client, story):
    url = reverse("api:article_list")
    get, head = client.get(url), client.head(url)
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]
    assert head["Last-Modified"] == get["Last-Modified"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writes_answer_405_json(method):
    response = getattr(Client(enforce_csrf_checks=True), method)(reverse("api:article_list"))
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_a_cors_preflight_allows_conditional_requests(client):
    response = client.options(reverse("api:article_list"))
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in response["Access-Control-Allow-Headers"]
    assert "GET" in response["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("path", ["/api/v1/", "/api/v1/nope/", "/api/v1/articles/abc/"])
def test_unknown_addresses_under_the_api_are_json_404s(api_get, path):
    assert api_get(path, status=404).json()["error"]["code"] == "not_found"


def test_a_missing_final_slash_is_added(client):
    response = client.get("/api/v1/articles?tag=pilkada")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/articles/?tag=pilkada"
    assert client.get("/api/v1/openapi.json/").status_code == 404


def test_an_unexpected_failure_is_still_json(client, story, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("api.serializers.article_summary", broken)
    response = client.get(reverse("api:article_list"))
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert response.json()["error"]["code"] == "server_error"
    assert "boom" in caplog.text


# Throttling.


@pytest.fixture
def low_rate(settings):
    settings.API_THROTTLE_RATE = "3/minute"


def test_a_client_over_the_rate_gets_429_until_the_next_window(client, low_rate):
    url = reverse("api:article_list")
    with time_machine.travel(timezone.now().replace(second=30, microsecond=0), tick=False):
        assert [client.get(url).status_code for _ in range(3)] == [200, 200, 200]
        throttled = client.get(url)
        assert throttled.status_code == 429
        assert throttled["Content-Type"] == "application/json"
        assert throttled["Retry-After"] == "30"
        assert throttled["Cache-Control"] == "no-store"
        assert throttled.json()["error"]["code"] == "throttled"
        assert "30" in throttled.json()["error"]["message"]
        # Every address and every answer counts against the same budget.
        assert client.get("/api/v1/nope/").status_code == 429
    with time_machine.travel(timezone.now().replace(second=0) + timedelta(minutes=1)):
        assert client.get(url).status_code == 200


def test_each_client_address_has_its_own_budget(client, low_rate):
    url = reverse("api:article_list")
    with time_machine.travel(timezone.now().replace(second=1), tick=False):
        for _ in range(3):
            client.get(url, REMOTE_ADDR="10.0.0.1")
        assert client.get(url, REMOTE_ADDR="10.0.0.1").status_code == 429
        assert client.get(url, REMOTE_ADDR="10.0.0.2").status_code == 200


def test_the_site_itself_is_not_throttled(client, low_rate):
    for _ in range(5):
        assert client.get("/feed/").status_code == 200


def test_a_malformed_rate_fails_the_system_check(settings):
    settings.API_THROTTLE_RATE = "lots"
    [error] = check_rate_setting(None)
    assert error.id == "newsroom.E001"
    settings.API_THROTTLE_RATE = "120/minute"
    assert check_rate_setting(None) == []
