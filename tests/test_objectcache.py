"""Derived objects (related lists, neighbours, story page parts, home page, site chrome)
cached under the content version: fewer queries, never stale. Real commits, like production."""

from datetime import timedelta
from unittest import mock
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article
from newsroom.pagecache import page_cache
from tests.factories import (
    ArticleFactory,
    EditorFactory,
    PublishedArticleFactory,
    SectionFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def object_cache_on(settings):
    settings.OBJECT_CACHE_SECONDS = 600
    settings.PAGE_CACHE_SECONDS = 0  # the page itself renders every time


@pytest.fixture
def story():
    section, tag = SectionFactory(nav_position=1), TagFactory()
    story = PublishedArticleFactory(section=section, tags=[tag])
    PublishedArticleFactory(
        section=section, tags=[tag], published=timezone.now() - timedelta(hours=2)
    )
    return story


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_warm_article_page_skips_the_related_neighbour_and_navigation_queries(client, story):
    url = story.get_absolute_url()
    cold = queries_for(client, url)
    warm = queries_for(client, url)
    assert warm <= cold - 3, (cold, warm)
    # The home page's plan too.
    assert queries_for(client, "/") > queries_for(client, "/")


def test_a_new_related_story_appears_at_once(client, story):
    client.get(story.get_absolute_url())
    fresh = ArticleFactory(headline="Relawan membersihkan pantai", section=story.section)
    fresh.tags.set(list(story.tags.all()))
    services.article_publish(article=Article.objects.get(pk=fresh.pk))
    assert "Relawan membersihkan pantai" in client.get(story.get_absolute_url()).content.decode()


def test_an_unpublished_related_story_leaves_at_once(client, story):
    other = Article.objects.exclude(pk=story.pk).get()
    assert other.headline in client.get(story.get_absolute_url()).content.decode()
    services.article_unpublish(article=other)
    assert other.headline not in client.get(story.get_absolute_url()).content.decode()


def test_a_scheduled_story_joins_the_lists_on_time(client, story):
    go_live = timezone.now() + timedelta(hours=1)
    later = ArticleFactory(headline="Festival budaya dibuka", section=story.section)
    later.tags.set(list(story.tags.all()))
    services.article_publish(article=Article.objects.get(pk=later.pk), published_at=go_live)
    assert "Festival budaya dibuka" not in client.get("/").content.decode()
    with mock.patch("django.utils.timezone.now", return_value=go_live + timedelta(seconds=1)):
        assert "Festival budaya dibuka" in client.get("/").content.decode()
        page = client.get(story.get_absolute_url()).content.decode()
        assert "Festival budaya dibuka" in page


def test_a_new_menu_section_shows_in_the_navigation(client, story):
    client.get("/")
    SectionFactory(name="Olahraga", nav_position=2)
    assert "Olahraga" in client.get("/").content.decode()


def test_a_warm_article_page_runs_no_query_and_one_cache_round_trip(client, story):
    url = story.get_absolute_url()
    client.get(url)
    cache = page_cache()
    with (
        mock.patch.object(cache, "get_many", wraps=cache.get_many) as get_many,
        mock.patch.object(cache, "get", wraps=cache.get) as get,
        mock.patch.object(cache, "set", wraps=cache.set) as stored,
    ):
        assert queries_for(client, url) == 0
    # One get_many (Redis: one MGET) of the version, the next scheduled change and
    # the story's rendered parts; the site's header and footer are in memory.
    assert get_many.call_count == 1 and len(get_many.call_args.args[0]) == 3
    assert get.call_count == 3 and not stored.called


def test_a_warm_home_page_runs_no_query(client, story):
    client.get("/")
    assert queries_for(client, "/") == 0


def test_an_edit_reaches_a_cached_story_page_at_once(client, story):
    url = story.get_absolute_url()
    client.get(url)
    edited = Article.objects.get(pk=story.pk)
    edited.headline = "Banjir rob surut, warga kembali"
    services.article_save(article=edited)
    page = client.get(url).content.decode()
    assert page.count("Banjir rob surut, warga kembali") >= 2  # the title and the headline


@pytest.mark.parametrize(
    "remove, status",
    [
        (lambda story: services.article_unpublish(article=story), 404),
        (lambda story: services.article_take_down(article=story, reason="Putusan"), 410),
    ],
    ids=["unpublish", "takedown"],
)
def test_a_cached_story_page_answers_404_or_410_at_once(client, story, remove, status):
    url = story.get_absolute_url()
    assert client.get(url).status_code == 200
    remove(Article.objects.get(pk=story.pk))
    assert client.get(url).status_code == status


def test_a_cached_story_page_keeps_each_request_s_own_addresses(client, story):
    url = story.get_absolute_url()
    other = client.get(url, {"sebelum": "abc"}, headers={"host": "localhost"}).content.decode()
    assert f'<link rel="canonical" href="http://localhost{url}">' in other
    page = client.get(url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in page
    assert f'hreflang="en" href="http://testserver/en{url}"' in page
    assert "localhost" not in page and "sebelum" not in page


def test_a_story_s_canonical_and_share_links_never_carry_the_query(client, story):
    # A list's cursor makes a page of its own; on a story it is only a duplicate address.
    url = story.get_absolute_url()
    page = client.get(url, {"sesudah": "xyz", "utm_source": "wa"}).content.decode()
    assert f'<link rel="canonical" href="http://testserver{url}">' in page
    assert f'<meta property="og:url" content="http://testserver{url}">' in page
    assert "xyz" not in page and "utm_source" not in page
    assert quote(f"http://testserver{url}", safe="") in page  # the share links


def test_each_language_has_its_own_cached_page(client, story):
    url = story.get_absolute_url()
    indonesian = client.get(url).content.decode()
    english = client.get(f"/en{url}").content.decode()
    assert "Baca Juga" in indonesian and 'aria-label="Rubrik"' in indonesian
    assert "Read also" in english and 'aria-label="Sections"' in english
    assert "Read also" not in client.get(url).content.decode()


def test_a_preview_never_shares_the_cached_story_page(client, story):
    url = story.get_absolute_url()
    client.get(url)
    client.force_login(EditorFactory())
    preview = client.get(reverse("articles:preview", kwargs={"pk": story.pk})).content.decode()
    assert "preview-banner" in preview and "data-article-id" not in preview
    client.logout()
    page = client.get(url).content.decode()
    assert "preview-banner" not in page and "data-article-id" in page


def test_repeated_searches_are_answered_from_the_cache_and_never_stale(client, story):
    url = f"/cari/?q={quote(story.headline.split()[0])}"
    first = client.get(url).content.decode()
    assert story.headline in first
    assert queries_for(client, url) == 0
    newer = PublishedArticleFactory(headline=f"{story.headline.split()[0]} terbaru sekali")
    assert "terbaru sekali" in client.get(url).content.decode()
    services.article_unpublish(article=Article.objects.get(pk=newer.pk))
    assert "terbaru sekali" not in client.get(url).content.decode()
