from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection
from django.db.models import ProtectedError
from django.utils import timezone, translation

from articles.models import Article, Tag
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(timezone.datetime(2026, 3, 2, 9, 0))


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.PUBLISHED])
@pytest.mark.parametrize(
    "offset", [None, timedelta(days=-1), timedelta(0), timedelta(seconds=1), timedelta(days=3)]
)
def test_is_published_agrees_with_the_published_queryset(status, offset):
    if status == Article.Status.PUBLISHED and offset is None:
        pytest.skip("a published story without a time is refused (test below)")
    with time_machine.travel(NOW, tick=False):
        article = ArticleFactory(
            status=status, published_at=None if offset is None else NOW + offset
        )
        in_queryset = Article.objects.published().filter(pk=article.pk).exists()
        assert article.is_published() is in_queryset
    expected = status == Article.Status.PUBLISHED and offset is not None and offset <= timedelta(0)
    assert in_queryset is expected


def test_a_scheduled_story_goes_live_at_its_time():
    with time_machine.travel(NOW, tick=False):
        article = PublishedArticleFactory(published=NOW + timedelta(hours=2))
        assert article.is_scheduled()
        assert not Article.objects.published().filter(pk=article.pk).exists()
    with time_machine.travel(NOW + timedelta(hours=2, seconds=1), tick=False):
        assert Article.objects.published().filter(pk=article.pk).exists()


def test_every_save_bumps_the_version():
    article = ArticleFactory()
    first = article.version
    article.save()
    article.save(update_fields=["headline"])
    article.refresh_from_db()
    assert article.version == first + 2


def test_url_date_is_the_local_date_of_first_publication():
    # 20:00 UTC on 1 March is already 2 March in Jakarta.
    moment = timezone.datetime(2026, 3, 1, 20, 0, tzinfo=timezone.UTC)
    article = PublishedArticleFactory(published=moment)
    assert str(article.url_date) == "2026-03-02"
    assert article.get_absolute_url() == f"/2026/03/02/{article.slug}/"


def test_content_edits_after_going_live_set_the_update_time():
    article = PublishedArticleFactory()
    assert article.displayed_update_time() is None
    article.status_note = "technical"
    article.save()  # no content change
    assert Article.objects.get(pk=article.pk).content_updated_at is None
    article = Article.objects.get(pk=article.pk)
    article.headline = "Judul yang diperbaiki"
    article.save()
    assert article.content_updated_at is not None
    assert article.displayed_update_time() == article.content_updated_at


def test_editing_a_draft_is_not_an_update():
    article = ArticleFactory()
    article = Article.objects.get(pk=article.pk)
    article.body = "<p>Isi baru</p>"
    article.save()
    assert article.content_updated_at is None


def test_body_is_sanitized_on_every_save():
    article = ArticleFactory(body='<p>Aman<script>alert("x")</script></p>')
    assert Article.objects.get(pk=article.pk).body == "<p>Aman</p>"


def test_slug_clash_on_the_same_date_is_a_validation_error():
    first = PublishedArticleFactory(slug="banjir-jakarta")
    second = ArticleFactory.build(
        slug="banjir-jakarta", section=first.section, published_at=first.published_at
    )
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "slug" in error.value.message_dict


def test_same_slug_on_another_date_is_fine():
    PublishedArticleFactory(slug="banjir-jakarta")
    other = PublishedArticleFactory(
        slug="banjir-jakarta", published=timezone.now() - timedelta(days=3)
    )
    other.full_clean()


def test_the_database_refuses_a_slug_clash_too():
    first = PublishedArticleFactory(slug="banjir-jakarta")
    clash = ArticleFactory(slug="banjir-jakarta")
    clash.status = Article.Status.PUBLISHED
    clash.published_at = clash.first_published_at = first.published_at
    with pytest.raises(IntegrityError):
        clash.save()


def test_a_published_story_without_a_time_is_refused():
    article = ArticleFactory()
    article.status = Article.Status.PUBLISHED
    with translation.override("en"), pytest.raises(ValidationError, match="needs a publication"):
        article.full_clean()
    if connection.vendor == "postgresql":  # SQLite: model validation only (migration 0022)
        with pytest.raises(IntegrityError):
            article.save()


def test_tags_are_case_insensitive():
    article = ArticleFactory()
    article.tags.add("Otonomi Daerah")
    other = ArticleFactory()
    other.tags.add("otonomi daerah")
    assert Tag.objects.count() == 1
    with pytest.raises(IntegrityError):
        Tag.objects.create(name="OTONOMI DAERAH", slug="lain")


@pytest.mark.parametrize("kind", ["section", "source", "author", "tag"])
def test_things_in_use_cannot_be_deleted(kind):
    section, source, author, tag = SectionFactory(), SourceFactory(), AuthorFactory(), TagFactory()
    ArticleFactory(section=section, source=source, authors=[author], tags=[tag])
    target = {"section": section, "source": source, "author": author, "tag": tag}[kind]
    with pytest.raises(ProtectedError):
        target.delete()
