from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, RelatedArticleLink
from tests.factories import (
    ArticleFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def hours_ago(hours):
    return timezone.now() - timedelta(hours=hours)


@pytest.fixture
def story():
    tags = [TagFactory(), TagFactory(), TagFactory()]
    article = PublishedArticleFactory(source=SourceFactory(), tags=tags)
    article.test_tags = tags
    return article


def related_ids(article, limit=5):
    return [item.pk for item in Article.objects.related_to(article, limit=limit)]


def test_only_published_others_never_itself(story):
    draft = ArticleFactory(section=story.section, tags=story.test_tags)
    future = PublishedArticleFactory(
        section=story.section, tags=story.test_tags, published=timezone.now() + timedelta(days=1)
    )
    visible = PublishedArticleFactory(section=story.section, tags=story.test_tags)
    ids = related_ids(story)
    assert ids == [visible.pk]
    assert story.pk not in ids and draft.pk not in ids and future.pk not in ids


def test_pinned_come_first_in_editor_order_even_without_anything_in_common(story):
    a_tags, b_tags = story.test_tags, story.test_tags[:1]
    strong = PublishedArticleFactory(section=story.section, source=story.source, tags=a_tags)
    pinned_second = PublishedArticleFactory(published=hours_ago(500))
    pinned_first = PublishedArticleFactory(published=hours_ago(900), tags=b_tags)
    RelatedArticleLink.objects.create(article=story, related_article=pinned_first, position=0)
    RelatedArticleLink.objects.create(article=story, related_article=pinned_second, position=1)
    assert related_ids(story) == [pinned_first.pk, pinned_second.pk, strong.pk]


def test_pinned_drafts_are_left_out(story):
    draft = ArticleFactory()
    RelatedArticleLink.objects.create(article=story, related_article=draft, position=0)
    assert draft.pk not in related_ids(story)


def test_ranking_shared_tags_then_section_then_source_then_recency(story):
    t1, t2, _ = story.test_tags
    other_section = SectionFactory()
    two_tags = PublishedArticleFactory(
        section=other_section, tags=[t1, t2], published=hours_ago(50)
    )
    one_tag_same_section = PublishedArticleFactory(
        section=story.section, tags=[t1], published=hours_ago(40)
    )
    one_tag = PublishedArticleFactory(section=other_section, tags=[t2], published=hours_ago(2))
    same_section_old = PublishedArticleFactory(section=story.section, published=hours_ago(30))
    same_source = PublishedArticleFactory(
        section=other_section, source=story.source, published=hours_ago(3)
    )
    newest_unrelated = PublishedArticleFactory(section=other_section, published=hours_ago(0.5))
    assert related_ids(story, limit=6) == [
        two_tags.pk,
        one_tag_same_section.pk,
        one_tag.pk,
        same_section_old.pk,
        same_source.pk,
        newest_unrelated.pk,
    ]


def test_ties_are_broken_deterministically_and_without_duplicates(story):
    moment = hours_ago(4)
    twins = [
        PublishedArticleFactory(section=story.section, tags=story.test_tags, published=moment)
        for _ in range(4)
    ]
    ids = related_ids(story)
    assert ids == sorted((t.pk for t in twins), reverse=True)
    assert len(ids) == len(set(ids))
    assert related_ids(story) == ids


def test_at_most_five_by_default(story):
    for _ in range(8):
        PublishedArticleFactory(section=story.section)
    assert len(Article.objects.related_to(story)) == 5


def test_an_article_with_no_tags_or_source_still_gets_recent_news():
    lonely = PublishedArticleFactory()
    others = [PublishedArticleFactory(published=hours_ago(n + 2)) for n in range(3)]
    assert related_ids(lonely) == [a.pk for a in others]


def test_related_list_is_one_query(story, django_assert_num_queries):
    for _ in range(6):
        PublishedArticleFactory(section=story.section, tags=story.test_tags)
    article = Article.objects.for_detail().get(pk=story.pk)
    list(article.tags.all())
    with django_assert_num_queries(1):
        Article.objects.related_to(article)
