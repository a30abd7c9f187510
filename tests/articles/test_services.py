from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles import services
from articles.models import Article
from tests.factories import ArticleFactory, EditorFactory, PublishedArticleFactory, SectionFactory

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(timezone.datetime(2026, 5, 4, 8, 30))


@time_machine.travel(NOW, tick=False)
def test_publish_now_stamps_times_version_and_editor():
    editor = EditorFactory()
    article = ArticleFactory()
    version = article.version
    services.article_publish(article=article, user=editor)
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    assert article.published_at == article.first_published_at == NOW
    assert article.version == version + 1
    assert article.changed_by == editor
    assert article.is_published()


@time_machine.travel(NOW, tick=False)
def test_scheduling_then_rescheduling_moves_the_first_publication():
    article = ArticleFactory()
    services.article_publish(article=article, published_at=NOW + timedelta(days=1))
    services.article_publish(article=article, published_at=NOW + timedelta(days=2))
    assert article.first_published_at == NOW + timedelta(days=2)
    assert article.url_date == timezone.localdate(NOW + timedelta(days=2))


def test_republishing_keeps_the_original_first_publication_and_address():
    article = PublishedArticleFactory()
    first, url = article.first_published_at, article.get_absolute_url()
    services.article_unpublish(article=article)
    assert not article.is_published()
    services.article_publish(article=article)
    assert article.first_published_at == first
    assert article.get_absolute_url() == url


@time_machine.travel(NOW, tick=False)
def test_unpublishing_a_scheduled_story_forgets_its_date():
    article = ArticleFactory()
    services.article_publish(article=article, published_at=NOW + timedelta(days=1))
    services.article_unpublish(article=article)
    assert article.first_published_at is None


def test_publish_refuses_a_slug_taken_that_day_and_saves_nothing():
    taken = PublishedArticleFactory(slug="rapat-kerja")
    article = ArticleFactory(slug="rapat-kerja")
    with pytest.raises(ValidationError):
        services.article_publish(article=article, published_at=taken.published_at)
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert article.first_published_at is None


def test_programmatic_creation_suffixes_a_clashing_slug():
    section = SectionFactory()
    when = timezone.now() - timedelta(hours=1)
    kwargs = {"headline": "Rapat Kerja Daerah", "body_html": "<p>Isi</p>", "section": section}
    first = services.article_create(publish_at=when, **kwargs)
    second = services.article_create(publish_at=when, **kwargs)
    third = services.article_create(publish_at=when, **kwargs)
    assert [first.slug, second.slug, third.slug] == [
        "rapat-kerja-daerah",
        "rapat-kerja-daerah-2",
        "rapat-kerja-daerah-3",
    ]
