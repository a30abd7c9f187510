"""Security headers, the production profile's refusals, health endpoints, verbatim plain text."""

import os
import re
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.urls import reverse

from articles import services
from articles.models import Article
from newsroom import health
from tests.articles.test_admin import article_form
from tests.factories import AuthorFactory, PublishedArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "newsroom.settings.prod",
    "SECRET_KEY": "x" * 60 + "-production-like-secret-for-the-check-only",
    "ALLOWED_HOSTS": "news.example",
    "DATABASE_URL": "postgres://newsroom@127.0.0.1:5432/newsroom",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}
DIRECTIVE = re.compile(r"^[a-z-]+( [^;]+)?$")


def manage_check(env, *args):
    clean = {k: v for k, v in os.environ.items() if k not in PROD_ENV}
    return subprocess.run(  # noqa: S603  (our own interpreter and manage.py)
        [sys.executable, "manage.py", "check", *args],
        cwd=settings.BASE_DIR,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_the_production_profile_passes_check_deploy():
    result = manage_check(PROD_ENV, "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"])
def test_the_production_profile_refuses_to_start_without_its_secrets(missing):
    env = {k: v for k, v in PROD_ENV.items() if k != missing}
    result = manage_check(env)
    assert result.returncode != 0
    assert f"The environment variable {missing} is required" in result.stderr


def policy_of(response):
    policy = response["Content-Security-Policy"]
    directives = [part.strip() for part in policy.split(";")]
    assert all(DIRECTIVE.match(d) for d in directives), policy
    return dict(d.split(" ", 1) if " " in d else (d, "") for d in directives)


def test_public_pages_carry_a_static_policy_without_inline_script(client):
    story = PublishedArticleFactory()
    first = client.get(story.get_absolute_url())
    second = client.get(story.get_absolute_url())
    assert first["Content-Security-Policy"] == second["Content-Security-Policy"]
    policy = policy_of(first)
    assert policy["script-src"] == "'self'" and "nonce-" not in first["Content-Security-Policy"]
    assert "unsafe-inline" not in first["Content-Security-Policy"]
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert set(policy["frame-src"].split()) == set(settings.EMBED_FRAME_SOURCES)


def test_the_embed_providers_and_the_policy_agree():
    from articles.embeds import embed_for

    samples = [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://x.com/kemendagri/status/1234567890123",
        "https://www.instagram.com/p/ABCDE12345/",
        "https://www.facebook.com/kemendagri/videos/1234567890/",
    ]
    origins = {re.match(r"^https://[^/]+", embed_for(url).iframe_src)[0] for url in samples}
    assert origins == set(settings.EMBED_FRAME_SOURCES)


@pytest.mark.django_db(transaction=True)
def test_a_cached_page_and_a_fresh_render_carry_the_same_policy(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    story = PublishedArticleFactory()
    fresh = client.get(story.get_absolute_url())
    cached = client.get(story.get_absolute_url())
    assert (fresh["X-Page-Cache"], cached["X-Page-Cache"]) == ("miss", "hit")
    assert fresh["Content-Security-Policy"] == cached["Content-Security-Policy"]
    policy_of(cached)


def test_security_headers_on_a_public_page_and_the_admin(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    story = PublishedArticleFactory()
    for url in (story.get_absolute_url(), reverse("admin:login")):
        response = client.get(url, secure=True)
        assert response["X-Frame-Options"] == "DENY", url
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        assert "camera=()" in response["Permissions-Policy"], url
        assert response["Strict-Transport-Security"].startswith("max-age=31536000"), url
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", url
        policy_of(response)


def test_the_admin_policy_allows_the_editors_inline_styles_only_there(editor_client):
    response = editor_client.get(reverse("admin:articles_article_add"))
    policy = policy_of(response)
    assert "'unsafe-inline'" in policy["style-src"]
    assert "'unsafe-inline'" not in policy["script-src"]


def test_every_response_carries_a_request_id(client):
    response = client.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    echoed = client.get("/healthz", headers={"X-Request-ID": "proxy-abc-12345"})
    assert echoed["X-Request-ID"] == "proxy-abc-12345"
    hostile = client.get("/healthz", headers={"X-Request-ID": "bad id\r\nx"})
    assert hostile["X-Request-ID"] != "bad id\r\nx"


def test_health_endpoints(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200 and ready.json()["database"] == "ok"
    with mock.patch.object(health, "_cache_ok", side_effect=ConnectionError("down")):
        broken = client.get("/readyz")
    assert broken.status_code == 503 and broken.json()["cache"] == "failed"
    assert "no-cache" in broken["Cache-Control"] or "max-age=0" in broken["Cache-Control"]


def test_plain_text_fields_keep_what_was_typed_and_escape_it_on_output(editor_client, client):
    headline = "Mengapa <script>alert(1)</script> dan DROP TABLE artikel; -- berbahaya"
    dek = "Tanda < dan > serta ' \" & tetap utuh"
    section, author = SectionFactory(), AuthorFactory()
    data = article_form(section, author, headline=headline, dek=dek, slug="mengapa-script")
    response = editor_client.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302
    story = Article.objects.get()
    assert (story.headline, story.dek) == (headline, dek)
    services.article_publish(article=story)
    page = client.get(story.get_absolute_url()).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; dan DROP TABLE artikel; -- berbahaya" in page
    assert "<script>alert(1)</script>" not in page
