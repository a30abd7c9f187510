"""The anonymous page cache is never stale (newsroom/pagecache.py).

These tests commit for real (transactional database): the purge runs when a
change commits, exactly as in production.
"""

import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.csp import CSP, build_policy

from articles import services
from articles.models import Article, Correction, Tag
from newsroom import pagecache
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    EditorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("page_cache_on"),
]


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def world():
    section, source, tag, author = (
        SectionFactory(nav_position=1),
        SourceFactory(),
        TagFactory(),
        AuthorFactory(),
    )
    story = PublishedArticleFactory(
        headline="Banjir rob merendam pesisir utara",
        section=section,
        source=source,
        tags=[tag],
        authors=[author],
    )
    neighbour = PublishedArticleFactory(
        section=section,
        tags=[tag],
        authors=[AuthorFactory()],
        published=timezone.now() - timedelta(hours=3),
    )
    return {"story": story, "neighbour": neighbour, "section": section, "tag": tag}


def pages_showing(world):
    story = world["story"]
    return [
        story.get_absolute_url(),
        "/",
        world["section"].get_absolute_url(),
        world["tag"].get_absolute_url(),
        story.ordered_authors()[0].get_absolute_url(),
        story.source.get_absolute_url(),
        world["neighbour"].get_absolute_url(),  # its related list
        reverse("feeds:site"),
        reverse("sitemap_section", kwargs={"section": "news"}),
    ]


def fetch(client, url):
    response = client.get(url)
    return response, response.content.decode()


def prime(client, urls, text):
    """Every page is stored, served from the cache the second time, and shows ``text``."""
    for url in urls:
        first, body = fetch(client, url)
        assert first.status_code == 200 and text in body, url
        again, _ = fetch(client, url)
        assert again["X-Page-Cache"] == "hit", url


def assert_everywhere(client, urls, text, present=True):
    for url in urls:
        response, body = fetch(client, url)
        if present:
            assert response.status_code == 200 and text in body, url
        else:
            assert text not in body, url


def test_a_hit_costs_no_query_and_sets_no_cookie(client, world, django_assert_num_queries):
    url = world["story"].get_absolute_url()
    assert client.get(url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response["X-Page-Cache"] == "hit" and not response.cookies
    assert "s-maxage=" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert response["Surrogate-Key"]


def test_a_steady_state_hit_is_one_cache_round_trip(client, world):
    url = world["story"].get_absolute_url()
    client.get(url)
    client.get(url)
    cache = pagecache.page_cache()
    with (
        mock.patch.object(cache, "get_many", wraps=cache.get_many) as get_many,
        mock.patch.object(cache, "get", wraps=cache.get) as get,
    ):
        assert client.get(url)["X-Page-Cache"] == "hit"
    # One get_many (Redis: one MGET) of the version, the next change and the
    # page; the local-memory backend answers it key by key, nothing more.
    assert get_many.call_count == 1 and len(get_many.call_args.args[0]) == 3
    assert get.call_count == 3


def test_a_cached_page_carries_its_length(client, world):
    url = world["story"].get_absolute_url()
    client.get(url)
    hit = client.get(url)
    assert int(hit["Content-Length"]) == len(hit.content) > 0
    head = client.head(url)
    assert head["X-Page-Cache"] == "hit" and head["Content-Length"] == hit["Content-Length"]
    assert head.content == b""


def test_a_hit_carries_the_headers_of_an_uncached_page(client, world, settings):
    url = world["story"].get_absolute_url()
    client.get(url)
    hit = client.get(url)
    settings.PAGE_CACHE_SECONDS = 0
    fresh = client.get(url)
    assert "X-Page-Cache" not in fresh
    names = [
        "Content-Type",
        "Content-Language",
        "Content-Security-Policy",
        "Permissions-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
        "X-Frame-Options",
        "Vary",
    ]
    assert {name: hit.get(name) for name in names} == {name: fresh.get(name) for name in names}
    # The policy built once per configuration is the one Django would build.
    assert hit["Content-Security-Policy"] == build_policy(settings.SECURE_CSP)
    settings.SECURE_CSP = {**settings.SECURE_CSP, "img-src": [CSP.SELF]}
    assert client.get(url)["Content-Security-Policy"] == build_policy(settings.SECURE_CSP)


def test_each_site_address_has_its_own_pages(client, world):
    url = world["story"].get_absolute_url()
    assert "http://localhost/" in client.get(url, headers={"host": "localhost"}).content.decode()
    page = client.get(url)
    assert page["X-Page-Cache"] == "miss" and "http://localhost/" not in page.content.decode()
    assert client.get(url, headers={"host": "localhost"})["X-Page-Cache"] == "hit"


def test_etag_and_last_modified_answer_304(client, world):
    url = world["story"].get_absolute_url()
    response = client.get(url)
    assert client.get(url, headers={"If-None-Match": response["ETag"]}).status_code == 304
    since = client.get(url, headers={"If-Modified-Since": response["Last-Modified"]})
    assert since.status_code == 304
    assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_staff_and_non_get_requests_bypass_the_cache(client, world):
    url = world["story"].get_absolute_url()
    client.get(url)
    client.force_login(EditorFactory())
    assert "X-Page-Cache" not in client.get(url)


@pytest.mark.parametrize(
    "event, still_shown",
    [
        (lambda s: services.article_unpublish(article=s), False),
        (lambda s: services.article_take_down(article=s, reason="Putusan pengadilan"), False),
        (lambda s: services.article_trash(article=s), False),
    ],
    ids=["unpublish", "takedown", "trash"],
)
def test_removals_are_exact_everywhere(client, world, event, still_shown):
    urls = pages_showing(world)
    prime(client, urls, world["story"].headline)
    event(Article.objects.get(pk=world["story"].pk))
    # The story's own page answers 404/410; every list, feed and sitemap drops it.
    assert_everywhere(client, urls[1:], world["story"].headline, present=still_shown)
    assert client.get(urls[0]).status_code in (404, 410)


def test_an_edit_shows_everywhere(client, world):
    urls = pages_showing(world)
    prime(client, urls, world["story"].headline)
    story = Article.objects.get(pk=world["story"].pk)
    story.headline = "Banjir rob surut, warga kembali"
    services.article_save(article=story)
    assert_everywhere(client, urls, "Banjir rob surut, warga kembali")


def test_publishing_a_new_story_and_restoring_from_trash(client, world):
    prime(client, ["/", world["section"].get_absolute_url()], world["story"].headline)
    fresh = ArticleFactory(headline="Jembatan baru diresmikan", section=world["section"])
    services.article_publish(article=fresh)
    assert_everywhere(client, ["/", world["section"].get_absolute_url()], fresh.headline)

    services.article_trash(article=Article.objects.get(pk=fresh.pk))
    assert_everywhere(client, ["/"], fresh.headline, present=False)
    services.article_restore(article=Article.objects.get(pk=fresh.pk))
    assert_everywhere(client, ["/", fresh.get_absolute_url()], fresh.headline)


def test_a_correction_appears_on_the_story(client, world):
    url = world["story"].get_absolute_url()
    prime(client, [url], world["story"].headline)
    services.correction_add(
        article=world["story"], kind=Correction.Kind.KOREKSI, note="Nama camat diperbaiki."
    )
    assert_everywhere(client, [url], "Nama camat diperbaiki.")


def test_a_tag_merge_moves_the_story_to_the_surviving_tag_page(client, world):
    keep = TagFactory(name="Rob")
    prime(client, [keep.get_absolute_url()], "")
    services.tag_merge(duplicates=[world["tag"]], target=keep)
    assert not Tag.objects.filter(pk=world["tag"].pk).exists()
    assert_everywhere(client, [keep.get_absolute_url()], world["story"].headline)


def test_lifting_an_embargo_shows_the_story_at_once(client, world):
    embargoed = ArticleFactory(headline="Rilis data inflasi", section=world["section"])
    embargoed.embargo_until = timezone.now() + timedelta(days=1)
    embargoed.save()
    services.article_publish(article=embargoed)
    prime(client, ["/"], world["story"].headline)
    assert embargoed.headline not in client.get("/").content.decode()
    services.article_lift_embargo(
        article=Article.objects.get(pk=embargoed.pk), note="Kementerian mencabut embargo"
    )
    # Lifting is the editor's decision; publishing now is the next one.
    services.article_publish(
        article=Article.objects.get(pk=embargoed.pk), published_at=timezone.now()
    )
    embargoed.refresh_from_db()
    assert_everywhere(client, ["/", embargoed.get_absolute_url()], embargoed.headline)


def later(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def test_a_scheduled_story_appears_on_time_through_the_cache(client, world):
    go_live = timezone.now() + timedelta(hours=2)
    scheduled = ArticleFactory(headline="Pelantikan kepala daerah", section=world["section"])
    services.article_publish(article=scheduled, published_at=go_live)
    home = client.get("/")
    assert scheduled.headline not in home.content.decode()
    # No cached copy outlives the scheduled moment, in this cache or a CDN.
    max_age = int(home["Cache-Control"].split("s-maxage=")[1])
    assert 0 < max_age <= 2 * 3600
    assert client.get("/")["X-Page-Cache"] == "hit"
    with later(go_live + timedelta(seconds=1)):
        assert scheduled.headline in client.get("/").content.decode()
        assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_an_expiring_story_leaves_on_time(client, world):
    story = Article.objects.get(pk=world["story"].pk)
    story.expires_at = timezone.now() + timedelta(minutes=30)
    services.article_save(article=story)
    prime(client, ["/"], story.headline)
    with later(story.expires_at + timedelta(seconds=1)):
        assert story.headline not in client.get("/").content.decode()


def test_a_purge_that_cannot_reach_the_cache_is_shown_to_the_editor(client, world):
    client.force_login(EditorFactory())
    story = world["story"]
    with mock.patch.object(pagecache.page_cache(), "incr", side_effect=ConnectionError("down")):
        response = client.post(
            reverse("admin:articles_article_changelist"),
            {"action": "unpublish", "_selected_action": [story.pk]},
            follow=True,
        )
    assert "page cache could not be cleared" in response.content.decode() or (
        "cache halaman tidak dapat" in response.content.decode()
    )


def test_the_site_keeps_serving_when_the_cache_is_down(client, world):
    cache = pagecache.page_cache()
    with (
        mock.patch.object(cache, "get_many", side_effect=ConnectionError("down")),
        mock.patch.object(cache, "get", side_effect=ConnectionError("down")),
    ):
        response = client.get(world["story"].get_absolute_url())
    assert response.status_code == 200 and "X-Page-Cache" not in response


class _FakeCdn(BaseHTTPRequestHandler):
    purges: list = []
    status = 200

    def do_POST(self):
        type(self).purges.append((self.path, self.headers.get("Surrogate-Key")))
        self.send_response(type(self).status)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = HTTPServer(("127.0.0.1", 0), _FakeCdn)
    _FakeCdn.purges, _FakeCdn.status = [], 200
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.CDN_PURGE_URL = f"http://127.0.0.1:{server.server_port}/purge"
    yield _FakeCdn
    server.shutdown()
    server.server_close()


def test_publishing_purges_the_cdn_by_surrogate_key(client, world, cdn):
    assert client.get("/")["Surrogate-Key"] == "newsroom"
    services.article_unpublish(article=Article.objects.get(pk=world["story"].pk))
    assert cdn.purges == [("/purge", "newsroom")]


def test_a_failed_cdn_purge_is_shown_to_the_editor(client, world, cdn):
    cdn.status = 500
    client.force_login(EditorFactory())
    response = client.post(
        "/en" + reverse("admin:articles_article_changelist"),
        {"action": "unpublish", "_selected_action": [world["story"].pk]},
        follow=True,
    )
    assert cdn.purges and "page cache could not be cleared" in response.content.decode()
