"""No endpoint and no filter shows what readers of the site cannot see."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.api.conftest import HIDDEN_STATES, story_of
from tests.factories import PublishedArticleFactory

pytestmark = pytest.mark.django_db

KINDS = ["section", "tag", "author", "source"]


def ids(response):
    return [item["id"] for item in response.json()["results"]]


def slugs(response):
    return [item["slug"] for item in response.json()["results"]]


@pytest.fixture
def visible(owners, hidden_stories):
    return story_of(owners)


def test_hidden_fixtures_cover_every_non_public_state(hidden_stories):
    assert set(hidden_stories) == set(HIDDEN_STATES)
    assert len(HIDDEN_STATES) == 8


def test_the_article_list_shows_published_stories_only(api_get, visible):
    response = api_get(reverse("api:article_list"), page_size=100)
    assert ids(response) == [visible.pk]


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_a_hidden_story_has_no_detail(api_get, hidden_stories, state):
    for story in hidden_stories[state]:
        url = reverse("api:article_detail", kwargs={"pk": story.pk})
        assert api_get(url, status=404).json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("kind", KINDS)
def test_filters_show_published_stories_only(api_get, owners, secret_owners, visible, kind):
    list_url = reverse("api:article_list")
    assert ids(api_get(list_url, **{kind: owners[kind].slug})) == [visible.pk]
    assert ids(api_get(list_url, **{kind: secret_owners[kind].slug})) == []


def test_date_and_update_filters_show_published_stories_only(api_get, visible):
    today = timezone.localdate().isoformat()
    since = (timezone.now() - timezone.timedelta(days=30)).isoformat()
    response = api_get(reverse("api:article_list"), **{"from": "2000-01-01", "to": "2100-12-31"})
    assert ids(response) == [visible.pk]
    assert ids(api_get(reverse("api:article_list"), **{"from": today, "to": today})) == [visible.pk]
    assert ids(api_get(reverse("api:article_list"), updated_since=since)) == [visible.pk]


@pytest.mark.parametrize("kind", KINDS)
def test_owner_lists_name_only_owners_of_published_stories(
    api_get, owners, secret_owners, visible, kind
):
    response = api_get(reverse(f"api:{kind}_list"))
    assert slugs(response) == [owners[kind].slug]


@pytest.mark.parametrize("kind", KINDS)
def test_an_owner_of_hidden_stories_only_has_no_detail(api_get, owners, secret_owners, kind):
    story_of(owners)
    api_get(reverse(f"api:{kind}_detail", kwargs={"slug": secret_owners[kind].slug}), status=404)
    api_get(reverse(f"api:{kind}_detail", kwargs={"slug": owners[kind].slug}))


def test_read_also_blocks_never_link_hidden_stories(api_get, hidden_stories):
    hidden = [story for pair in hidden_stories.values() for story in pair]
    body = "".join(
        f'<aside class="read-also" data-article-id="{story.pk}">{story.headline}</aside>'
        for story in hidden
    )
    story = PublishedArticleFactory(body=f"<p>Isi.</p>{body}")
    html = api_get(reverse("api:article_detail", kwargs={"pk": story.pk})).json()["body_html"]
    assert "read-also" not in html
    for hidden_story in hidden:
        assert hidden_story.headline not in html
