"""Derived objects (related lists, neighbours, home plan, navigation) cached under the
content version: fewer queries, never stale. Real commits, like production."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import services
from articles.models import Article
from tests.factories import (
    ArticleFactory,
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
