import random
from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from articles import querysets
from articles.models import Article, ArticleViewCount
from articles.readership import flush_views
from tests.factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db


def beacon(client, article, agent="Mozilla/5.0 (X11; Linux x86_64) Chrome/156"):
    return client.post("/b/", {"a": article.pk}, HTTP_USER_AGENT=agent)


def test_views_counted_by_the_beacon_move_most_read(client):
    quiet, popular = (
        PublishedArticleFactory(headline="Sepi"),
        PublishedArticleFactory(headline="Ramai"),
    )
    cached_copy = client.get(
        popular.get_absolute_url()
    ).content  # the page as a cache would keep it
    assert b'data-count-url="/b/"' in cached_copy and b"js/beacon.js" in cached_copy
    for _ in range(3):
        response = beacon(client, popular)
        assert response.status_code == 204 and not response.cookies
    beacon(client, quiet)
    flush_views(force=True)
    assert list(Article.objects.most_read()) == [popular, quiet]
    home = client.get("/").content.decode()
    assert home.index("Ramai", home.index("most-read")) < home.index(
        "Sepi", home.index("most-read")
    )


def test_bots_drafts_and_garbage_are_not_counted(client):
    story, draft = PublishedArticleFactory(), ArticleFactory()
    beacon(client, story, agent="Googlebot/2.1 (+http://www.google.com/bot.html)")
    beacon(client, draft)
    client.post("/b/", {"a": "1 OR 1=1"})
    assert client.get("/b/").status_code == 405
    assert not ArticleViewCount.objects.exists()


def test_most_read_covers_the_last_seven_days():
    old, recent = PublishedArticleFactory(), PublishedArticleFactory()
    today = timezone.localdate()
    ArticleViewCount.objects.create(article=old, day=today - timedelta(days=8), count=100)
    ArticleViewCount.objects.create(article=recent, day=today - timedelta(days=6), count=2)
    assert list(Article.objects.most_read()) == [recent]
    with time_machine.travel(timezone.now() + timedelta(days=7)):
        assert list(Article.objects.most_read()) == []


def test_visits_are_buffered_and_flushed_at_most_every_n_seconds(client):
    story = PublishedArticleFactory()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        for _ in range(12):
            beacon(client, story)
        # The first request wrote what was there (nothing yet); the rest waits in the cache.
        assert sum(ArticleViewCount.objects.values_list("count", flat=True)) == 0
    with time_machine.travel(start + timedelta(seconds=61), tick=False):
        from django.core.cache import cache

        cache.delete("views:flush-lock")  # locmem honours real time; expire the lock by hand
        beacon(client, story)
        # Everything but the newest few in-flight events has reached the database.
        assert ArticleViewCount.objects.get(article=story).count >= 8
    flush_views(force=True)
    assert ArticleViewCount.objects.get(article=story).count == 13


@pytest.mark.parametrize("seed", range(6))
def test_most_read_from_daily_leaders_matches_the_full_weekly_sum(seed, monkeypatch):
    # Few leaders per day: the seeds take both the bounded answer and its fallback.
    monkeypatch.setattr(querysets, "MOST_READ_DAILY_LEADERS", 6)
    rng = random.Random(seed)
    stories = [PublishedArticleFactory() for _ in range(12)] + [ArticleFactory()]
    today = timezone.localdate()
    flat = seed % 2  # a flat week leaves the daily leaders' answer open
    for story in stories:
        for back in range(8):
            if rng.random() < 0.7:
                count = rng.randint(1, 4) if flat else int(200 / (1 + stories.index(story))) + back
                ArticleViewCount.objects.create(
                    article=story, day=today - timedelta(days=back), count=count
                )
    week = today - timedelta(days=6)
    totals = {
        story: sum(c.count for c in story.view_counts.all() if c.day >= week)
        for story in stories[:-1]
    }
    expected = sorted(
        (story for story, total in totals.items() if total),
        key=lambda story: (-totals[story], -story.published_at.timestamp(), -story.pk),
    )[:5]
    assert Article.objects.most_read() == expected
    assert [story.recent_views for story in Article.objects.most_read()] == [
        totals[story] for story in expected
    ]
