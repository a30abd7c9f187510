"""The byline and tag links carry their story's publication time, whatever writes them.

The author and tag pages walk an index of that copy (link_times.py); a stale
copy would list a story in the wrong place or not at all.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleAuthor, TaggedArticle
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def link_times(article):
    """Every link row's copy of the story's time, as stored."""
    return set(
        ArticleAuthor.objects.filter(article=article).values_list("published_at", flat=True)
    ) | set(
        TaggedArticle.objects.filter(content_object=article).values_list("published_at", flat=True)
    )


def test_links_of_a_draft_carry_no_time_and_take_it_on_publication():
    story = ArticleFactory(authors=[AuthorFactory()], tags=[TagFactory(), TagFactory()])
    assert link_times(story) == {None}

    when = timezone.now() - timedelta(minutes=5)
    services.article_publish(article=story, published_at=when)

    assert link_times(story) == {when}


def test_rescheduling_moves_the_links_along():
    later = timezone.now() + timedelta(days=2)
    story = PublishedArticleFactory(authors=[AuthorFactory()], tags=[TagFactory()])
    Article.objects.filter(pk=story.pk).update(published_at=later)  # a bulk update, no service

    assert link_times(story) == {later}


def test_links_added_after_publication_take_the_story_time():
    story = PublishedArticleFactory()
    services.article_set_bylines(article=story, authors=[AuthorFactory(), AuthorFactory()])
    services.article_set_tags(article=story, tags=[TagFactory()])
    story.tags.add(TagFactory())  # taggit's own path

    story.refresh_from_db()
    assert link_times(story) == {story.published_at}


def test_saving_a_link_loaded_before_publication_does_not_undo_its_time():
    story = ArticleFactory(authors=[AuthorFactory()])
    byline = ArticleAuthor.objects.get(article=story)  # published_at None in memory
    services.article_publish(article=story)

    byline.position = 3
    byline.save()

    story.refresh_from_db()
    assert link_times(story) == {story.published_at}


def test_author_page_lists_newest_first_and_pages_by_cursor(client):
    author, tag = AuthorFactory(), TagFactory()
    now = timezone.now()
    stories = [
        PublishedArticleFactory(
            authors=[author], tags=[tag], published=now - timedelta(hours=hours)
        )
        for hours in range(1, 26)
    ]
    # A scheduled story of the same author stays off the page.
    PublishedArticleFactory(authors=[author], tags=[tag], published=now + timedelta(days=1))

    for path in (f"/en/penulis/{author.slug}/", f"/en/topik/{tag.slug}/"):
        first = client.get(path)
        listed = [a.pk for a in first.context["page"].articles]
        assert listed == [s.pk for s in stories[: len(listed)]]
        older = client.get(path, {"sebelum": first.context["page"].older})
        rest = [a.pk for a in older.context["page"].articles]
        assert listed + rest == [s.pk for s in stories]
