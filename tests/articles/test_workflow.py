"""States, embargo, expiry, takedown, trash and the audit trail."""

import itertools
from datetime import timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleTransition, RelatedArticleLink
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ContributorFactory,
    EditorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

NOW = timezone.make_aware(timezone.datetime(2026, 6, 1, 10, 0))  # 10.00 WIB
TIMES = {"none": None, "past": NOW - timedelta(hours=1), "future": NOW + timedelta(hours=1)}


def test_is_published_agrees_with_published_for_every_state_and_time():
    combos = itertools.product(Article.Status, TIMES, TIMES, TIMES, (False, True))
    with time_machine.travel(NOW, tick=False):
        checked = 0
        for status, published, embargo, expires, trashed in combos:
            published_at, embargo_until = TIMES[published], TIMES[embargo]
            if published_at and embargo_until and published_at < embargo_until:
                continue  # the database refuses this combination (tested below)
            if status == Article.Status.PUBLISHED and published_at is None:
                continue  # refused too (tests/articles/test_models.py)
            article = ArticleFactory(
                status=status,
                published_at=published_at,
                embargo_until=embargo_until,
                expires_at=TIMES[expires],
                deleted_at=NOW if trashed else None,
                slug=f"kombinasi-{checked}",
            )
            in_queryset = Article.objects.published().filter(pk=article.pk).exists()
            assert article.is_published() is in_queryset, (status, published, embargo, expires)
            expected = (
                status == Article.Status.PUBLISHED
                and published == "past"
                and embargo != "future"
                and expires != "past"
                and not trashed
            )
            assert in_queryset is expected
            checked += 1
    assert checked > 200


@pytest.mark.parametrize(
    ("setup", "code"),
    [
        ("draft", 404),
        ("in_review", 404),
        ("scheduled", 404),
        ("embargoed", 404),
        ("unpublished", 404),
        ("trashed", 404),
        ("expired", 410),
        ("taken_down", 410),
        ("published", 200),
    ],
)
def test_what_each_state_answers_readers(client, setup, code):
    story = PublishedArticleFactory(published=timezone.now() - timedelta(days=1))
    url = story.get_absolute_url()
    if setup in ("draft", "in_review", "unpublished", "taken_down"):
        Article.objects.filter(pk=story.pk).update(
            status=setup, takedown_reason="Putusan Dewan Pers"
        )
    elif setup == "scheduled":
        Article.objects.filter(pk=story.pk).update(published_at=timezone.now() + timedelta(hours=1))
    elif setup == "embargoed":
        later = timezone.now() + timedelta(hours=1)
        Article.objects.filter(pk=story.pk).update(published_at=later, embargo_until=later)
    elif setup == "expired":
        Article.objects.filter(pk=story.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    elif setup == "trashed":
        Article.objects.filter(pk=story.pk).update(deleted_at=timezone.now())
    response = client.get(url)
    assert response.status_code == code
    html = response.content.decode()
    if setup == "taken_down":
        assert "Putusan Dewan Pers" in html and story.headline not in html
    if code != 200:
        assert story.body not in html


def test_a_scheduled_story_appears_everywhere_at_its_minute(client):
    section, source, tag, author = SectionFactory(), SourceFactory(), TagFactory(), AuthorFactory()
    neighbour = PublishedArticleFactory(
        section=section, tags=[tag], published=NOW - timedelta(days=1)
    )
    with time_machine.travel(NOW - timedelta(hours=2), tick=False):
        story = ArticleFactory(
            headline="Pengumuman kabinet pukul sepuluh",
            section=section,
            source=source,
            tags=[tag],
            authors=[author],
        )
        services.article_publish(article=story, published_at=NOW, user=EditorFactory())
    pages = [
        "/",
        section.get_absolute_url(),
        tag.get_absolute_url(),
        author.get_absolute_url(),
        source.get_absolute_url(),
    ]
    with time_machine.travel(NOW - timedelta(minutes=1), tick=False):
        assert client.get(story.get_absolute_url()).status_code == 404
        for page in pages:
            assert story.headline not in client.get(page).content.decode(), page
        assert story not in Article.objects.related_to(neighbour)
    with time_machine.travel(NOW, tick=False):
        assert client.get(story.get_absolute_url()).status_code == 200
        for page in pages:
            assert story.headline in client.get(page).content.decode(), page
        assert story in Article.objects.related_to(neighbour)


def test_an_expired_story_disappears(client):
    story = PublishedArticleFactory(published=NOW - timedelta(days=2))
    Article.objects.filter(pk=story.pk).update(expires_at=NOW)
    with time_machine.travel(NOW - timedelta(seconds=1), tick=False):
        assert story.headline in client.get("/").content.decode()
    with time_machine.travel(NOW, tick=False):
        assert story.headline not in client.get("/").content.decode()
        assert client.get(story.get_absolute_url()).status_code == 410


class TestEmbargo:
    def embargoed(self):
        return ArticleFactory(embargo_until=NOW + timedelta(hours=3))

    @time_machine.travel(NOW, tick=False)
    def test_nobody_can_publish_before_the_embargo(self):
        story = self.embargoed()
        for user in (None, EditorFactory(username="redaktur")):
            with pytest.raises(ValidationError):
                services.article_publish(article=story, user=user, published_at=NOW)
        story.refresh_from_db()
        assert story.status == Article.Status.DRAFT

    @time_machine.travel(NOW, tick=False)
    def test_publishing_without_a_time_schedules_the_embargo_end(self):
        story = services.article_publish(article=self.embargoed(), user=EditorFactory())
        assert story.published_at == NOW + timedelta(hours=3)
        assert not story.is_published()

    def test_the_database_refuses_publication_before_the_embargo(self):
        story = self.embargoed()
        with pytest.raises(IntegrityError), transaction.atomic():
            Article.objects.filter(pk=story.pk).update(published_at=NOW)

    @time_machine.travel(NOW, tick=False)
    def test_lifting_early_is_an_audited_editor_decision(self):
        story = self.embargoed()
        with pytest.raises(PermissionDenied):
            services.article_lift_embargo(
                article=story, user=ContributorFactory(), note="ingin cepat"
            )
        editor = EditorFactory()
        with pytest.raises(ValidationError):
            services.article_lift_embargo(article=story, user=editor, note=" ")
        services.article_lift_embargo(
            article=story, user=editor, note="Kementerian mencabut embargo"
        )
        services.article_publish(article=story, user=editor)
        assert story.is_published()
        lifted = ArticleTransition.objects.get(to_state="embargo lifted")
        assert lifted.user == editor and lifted.note == "Kementerian mencabut embargo"


def test_every_transition_is_recorded():
    editor = EditorFactory()
    story = ArticleFactory()
    services.article_submit(article=story, user=editor)
    services.article_publish(article=story, user=editor)
    services.article_take_down(article=story, user=editor, reason="Hak jawab")
    services.article_trash(article=story, user=editor)
    services.article_restore(article=story, user=editor)
    trail = list(
        ArticleTransition.objects.filter(article=story)
        .order_by("pk")
        .values_list("from_state", "to_state")
    )
    assert trail == [
        ("draft", "in_review"),
        ("in_review", "published"),
        ("published", "taken_down"),
        ("taken_down", "trash"),
        ("trash", "taken_down"),
    ]
    assert set(ArticleTransition.objects.values_list("user", flat=True)) == {editor.pk}


def test_takedown_needs_a_reason():
    with pytest.raises(ValidationError):
        services.article_take_down(
            article=PublishedArticleFactory(), user=EditorFactory(), reason=""
        )


def test_trashed_stories_leave_related_lists_and_pinned_links(client):
    story, pinned = PublishedArticleFactory(), PublishedArticleFactory()
    RelatedArticleLink.objects.create(article=story, related_article=pinned)
    services.article_trash(article=pinned, user=EditorFactory())
    assert pinned not in Article.objects.related_to(story)
    assert client.get(pinned.get_absolute_url()).status_code == 404


def test_the_story_form_cannot_clear_or_shorten_an_embargo(editor_client):
    from tests.articles.test_admin import article_form, change_url

    later = timezone.localtime(timezone.now() + timedelta(days=2)).replace(microsecond=0)
    story = ArticleFactory(embargo_until=later)
    author = AuthorFactory()
    earlier = later - timedelta(hours=1)
    for date_part, time_part in (("", ""), (f"{earlier:%Y-%m-%d}", f"{earlier:%H:%M:%S}")):
        data = article_form(story.section, author, slug=story.slug)
        data.update({"embargo_until_0": date_part, "embargo_until_1": time_part})
        response = editor_client.post(change_url(story), data)
        assert response.status_code == 200
        assert "embargo_until" in response.context["adminform"].form.errors
    story.refresh_from_db()
    assert story.embargo_until == later
