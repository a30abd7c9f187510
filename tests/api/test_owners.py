"""Sections, tags, authors and sources."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from tests.api.conftest import story_of
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

KINDS = ["section", "tag", "author", "source"]


def slugs(response):
    return [item["slug"] for item in response.json()["results"]]


@pytest.mark.parametrize("kind", KINDS)
def test_an_entry_links_its_articles_and_counts_none(api_get, owners, kind):
    story_of(owners)
    story_of(owners)
    entry = api_get(reverse(f"api:{kind}_detail", kwargs={"slug": owners[kind].slug})).json()
    assert entry["slug"] == owners[kind].slug
    assert entry["name"] == owners[kind].name
    assert "article_count" not in entry  # see docs/api.md: a count reads every story
    assert entry["url"] == f"http://testserver{owners[kind].get_absolute_url()}"
    assert entry["articles_url"] == f"http://testserver/api/v1/articles/?{kind}={entry['slug']}"
    articles = api_get(entry["articles_url"]).json()["results"]
    assert len(articles) == 2
    assert api_get(entry["api_url"]).json() == entry


def test_entries_carry_their_details(api_get, owners):
    owners["section"].description = "Berita ekonomi daerah."
    owners["section"].save()
    story_of(owners)
    base = "/api/v1/"
    assert api_get(f"{base}sections/ekonomi/").json()["description"] == "Berita ekonomi daerah."
    author = api_get(f"{base}authors/sari-dewi/").json()
    assert (author["kind"], author["photo_url"]) == ("person", None)
    assert author["bio"] == owners["author"].bio
    source = api_get(f"{base}sources/puspen-kemendagri/").json()
    assert source["full_name"] == owners["source"].full_name
    assert (source["kind"], source["website"], source["logo_url"]) == ("press_office", None, None)


OWNER_KINDS = pytest.mark.parametrize(
    ("kind", "make", "link"),
    [
        ("section", SectionFactory, lambda owner: {"section": owner}),
        ("tag", TagFactory, lambda owner: {"tags": [owner]}),
        ("author", AuthorFactory, lambda owner: {"authors": [owner]}),
        ("source", SourceFactory, lambda owner: {"source": owner}),
    ],
)


@OWNER_KINDS
def test_lists_walk_by_slug_a_page_at_a_time(api_get, kind, make, link):
    for slug in ["c", "a", "e", "b", "d"]:
        PublishedArticleFactory(**link(make(slug=f"{kind}-{slug}")))
    # Not listed, wherever they fall in the walk: nothing published.
    ArticleFactory(**link(make(slug=f"{kind}-bb")))
    make(slug=f"{kind}-cc")
    make(slug=f"{kind}-f")

    seen, url, params = [], reverse(f"api:{kind}_list"), {"page_size": "2"}
    while url:
        response = api_get(url, **params)
        seen.append(slugs(response))
        url, params = response.json()["next"], {}
    expected = [f"{kind}-{s}" for s in "abcde"]
    assert seen == [expected[:2], expected[2:4], expected[4:]]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("slug", ["tidak-ada", "bukan%20slug", "%00"])
def test_an_unknown_slug_is_a_json_404(api_get, kind, slug):
    plural = {"section": "sections", "tag": "tags", "author": "authors", "source": "sources"}
    api_get(f"/api/v1/{plural[kind]}/{slug}/", status=404)


@pytest.mark.parametrize("kind", KINDS)
def test_bad_paging_parameters_answer_400(api_get, kind):
    url = reverse(f"api:{kind}_list")
    assert api_get(url, status=400, cursor="%%%").json()["error"]["code"] == "invalid_cursor"
    assert api_get(url, status=400, page_size="x").json()["error"]["code"] == "invalid_page_size"


@OWNER_KINDS
def test_an_owner_stays_listed_while_an_older_story_is_published(api_get, kind, make, link):
    owner = make(slug=f"{kind}-a")
    long_ago = timezone.now() - timedelta(days=30)
    with time_machine.travel(long_ago, tick=False):
        PublishedArticleFactory(**link(owner), published=long_ago)
    # Newer stories readers cannot see: a draft and a scheduled one.
    ArticleFactory(**link(owner))
    PublishedArticleFactory(**link(owner), published=timezone.now() + timedelta(days=1))

    response = api_get(reverse(f"api:{kind}_list"))
    assert slugs(response) == [owner.slug]
    assert response["Last-Modified"] == http_date(long_ago.timestamp())
    detail = api_get(reverse(f"api:{kind}_detail", kwargs={"slug": owner.slug}))
    assert detail["Last-Modified"] == http_date(long_ago.timestamp())


@OWNER_KINDS
def test_an_owner_appears_when_its_scheduled_story_goes_live(api_get, kind, make, link):
    owner = make(slug=f"{kind}-a")
    goes_live = timezone.now().replace(microsecond=0) + timedelta(hours=1)
    PublishedArticleFactory(**link(owner), published=goes_live)
    list_url = reverse(f"api:{kind}_list")
    detail_url = reverse(f"api:{kind}_detail", kwargs={"slug": owner.slug})
    assert slugs(api_get(list_url)) == []
    api_get(detail_url, status=404)

    with time_machine.travel(goes_live + timedelta(minutes=1)):
        response = api_get(list_url)
        assert slugs(response) == [owner.slug]
        # It changed for readers when it went live, not when it was saved.
        assert response["Last-Modified"] == http_date(goes_live.timestamp())
        api_get(detail_url)


@OWNER_KINDS
def test_a_list_is_last_modified_with_its_newest_story(api_get, kind, make, link):
    now = timezone.now().replace(microsecond=0)
    for slug, age in [("a", timedelta(days=3)), ("b", timedelta(days=1)), ("c", timedelta(days=2))]:
        with time_machine.travel(now - age, tick=False):
            PublishedArticleFactory(**link(make(slug=f"{kind}-{slug}")), published=now - age)
    response = api_get(reverse(f"api:{kind}_list"))
    assert response["Last-Modified"] == http_date((now - timedelta(days=1)).timestamp())
    first_page = api_get(reverse(f"api:{kind}_list"), page_size="1")
    assert first_page["Last-Modified"] == http_date((now - timedelta(days=3)).timestamp())
