"""Sections, tags, authors and sources."""

import pytest
from django.urls import reverse

from tests.api.conftest import story_of
from tests.factories import (
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
def test_an_entry_counts_published_articles_and_links_its_list(api_get, owners, kind):
    story_of(owners)
    story_of(owners)
    entry = api_get(reverse(f"api:{kind}_detail", kwargs={"slug": owners[kind].slug})).json()
    assert entry["slug"] == owners[kind].slug
    assert entry["name"] == owners[kind].name
    assert entry["article_count"] == 2
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


@pytest.mark.parametrize(
    ("kind", "make", "link"),
    [
        ("section", SectionFactory, lambda owner: {"section": owner}),
        ("tag", TagFactory, lambda owner: {"tags": [owner]}),
        ("author", AuthorFactory, lambda owner: {"authors": [owner]}),
        ("source", SourceFactory, lambda owner: {"source": owner}),
    ],
)
def test_lists_walk_by_slug_a_page_at_a_time(api_get, kind, make, link):
    for slug in ["c", "a", "e", "b", "d"]:
        PublishedArticleFactory(**link(make(slug=f"{kind}-{slug}")))
    make(slug=f"{kind}-f")  # nothing published: not listed

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
