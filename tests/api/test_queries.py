"""Every endpoint makes a fixed number of queries, whatever the page size.

The article list: articles (with section, source, featured image), bylines,
tags, plus one lookup per owner named in a filter. An article: the article
(with section, source, images, editor), bylines, tags, corrections, plus the
body's images and "Baca juga" stories when it has them. Sections, tags,
authors, sources: one, list or single.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.api.conftest import story_of
from tests.factories import AuthorFactory, PublishedArticleFactory, TagFactory
from tests.images import samples
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db

LIST_QUERIES = 3
OWNER_LOOKUP = 1  # per section, tag, author or source filter
DETAIL_QUERIES = 4
OWNER_QUERIES = 1


@pytest.fixture
def rich_stories(owners):
    """Stories with everything a list shows: several authors and tags, an image."""
    image = make_image()

    def make(count):
        return [
            story_of(
                owners,
                featured_image=image,
                tags=[owners["tag"], TagFactory()],
                authors=[owners["author"], AuthorFactory()],
            )
            for _ in range(count)
        ]

    return make


def assert_queries(client, django_assert_num_queries, expected, url, **params):
    with django_assert_num_queries(expected):
        response = client.get(url, params)
    assert response.status_code == 200
    return response


@pytest.mark.parametrize("count", [1, 12])
def test_article_list_budget(client, django_assert_num_queries, rich_stories, count):
    rich_stories(count)
    url = reverse("api:article_list")
    response = assert_queries(client, django_assert_num_queries, LIST_QUERIES, url, page_size=50)
    assert len(response.json()["results"]) == count
    filters = {"section": "ekonomi", "tag": "pilkada", "author": "sari-dewi"}
    filters.update({"source": "puspen-kemendagri", "from": "2000-01-01", "to": "2100-01-01"})
    by_all = LIST_QUERIES + 4 * OWNER_LOOKUP
    response = assert_queries(client, django_assert_num_queries, by_all, url, **filters)
    assert len(response.json()["results"]) == min(count, 20)
    next_page = client.get(url, {"page_size": 1}).json()["next"]
    if next_page:
        assert_queries(client, django_assert_num_queries, LIST_QUERIES, next_page)


def test_an_unknown_owner_costs_its_lookup_alone(client, django_assert_num_queries, owners):
    story_of(owners)
    url = reverse("api:article_list")
    response = assert_queries(client, django_assert_num_queries, OWNER_LOOKUP, url, tag="tidak-ada")
    assert response.json()["results"] == []
    assert_queries(client, django_assert_num_queries, 0, url, tag="bukan slug")


def test_a_not_modified_list_costs_the_same(client, django_assert_num_queries, rich_stories):
    rich_stories(3)
    url = reverse("api:article_list")
    etag = client.get(url)["ETag"]
    with django_assert_num_queries(LIST_QUERIES):
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304


def test_article_budget(client, django_assert_num_queries, rich_stories):
    [story] = rich_stories(1)
    url = reverse("api:article_detail", kwargs={"pk": story.pk})
    assert_queries(client, django_assert_num_queries, DETAIL_QUERIES, url)


def test_article_budget_with_inline_images_and_read_also(client, django_assert_num_queries):
    images = [make_image(), make_image(samples.jpeg_bytes(colour=(5, 5, 5)), name="b.jpg")]
    others = [PublishedArticleFactory(), PublishedArticleFactory()]
    body = "".join(
        f'<figure class="inline-image" data-image-id="{image.pk}"><img src="/x.jpg"></figure>'
        for image in images
    ) + "".join(
        f'<aside class="read-also" data-article-id="{other.pk}">x</aside>' for other in others
    )
    story = PublishedArticleFactory(body=body)
    url = reverse("api:article_detail", kwargs={"pk": story.pk})
    response = assert_queries(client, django_assert_num_queries, DETAIL_QUERIES + 2, url)
    assert response.json()["body_html"].count("<picture>") == 2


@pytest.mark.parametrize("kind", ["section", "tag", "author", "source"])
@pytest.mark.parametrize(("count", "page_size"), [(1, 1), (12, 5), (12, 100)])
def test_owner_budgets(client, django_assert_num_queries, rich_stories, kind, count, page_size):
    rich_stories(count)
    list_url = reverse(f"api:{kind}_list")
    response = assert_queries(
        client, django_assert_num_queries, OWNER_QUERIES, list_url, page_size=page_size
    )
    page = response.json()
    assert page["results"]
    entry = page["results"][0]
    assert_queries(client, django_assert_num_queries, OWNER_QUERIES, entry["api_url"])
    if page["next"]:
        assert_queries(client, django_assert_num_queries, OWNER_QUERIES, page["next"])


def test_the_schema_and_refusals_make_no_query(client, django_assert_num_queries, settings):
    with django_assert_num_queries(0):
        assert client.get(reverse("api:openapi")).status_code == 200
        assert client.get(reverse("api:article_list"), {"from": "x"}).status_code == 400
        settings.API_THROTTLE_RATE = "0/minute"
        assert client.get(reverse("api:article_list")).status_code == 429


def test_a_404_pays_only_the_sites_redirect_lookup(client, django_assert_num_queries):
    # redirects.middleware looks every 404 up among the stored redirects.
    with django_assert_num_queries(1):
        assert client.get("/api/v1/nope/").status_code == 404


@pytest.mark.skipif(connection.vendor != "postgresql", reason="query plans: PostgreSQL only")
def test_a_page_of_tags_probes_only_the_tags_it_walks(client, owners):
    """The list walks the tag slug index and stops when the page is full.

    Each tag's "has a published story" is a probe; evaluating it for every tag
    before sorting would cost the whole vocabulary (thousands of tags) per page.
    """
    for number in range(30):
        story_of(owners, tags=[TagFactory(slug=f"topik-{number:02}")])
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("api:tag_list"), {"page_size": 5})
    assert len(response.json()["results"]) == 5
    [query] = captured.captured_queries
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a small table, read as at scale
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {query['sql']}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    nodes = list(_main_nodes(plan[0]["Plan"]))
    [scan] = [node for node in nodes if node.get("Relation Name") == "articles_tag"]
    assert scan["Node Type"] == "Index Scan"
    # Of 31 tags: "pilkada" (no story) walked past, then the page and one more.
    assert (scan["Rows Removed by Filter"], scan["Actual Rows"]) == (1, 6)
    assert "Sort" not in {node["Node Type"] for node in nodes}


def _main_nodes(node):
    """The plan's nodes outside its subqueries (the per-tag probes)."""
    yield node
    for child in node.get("Plans", []):
        if child.get("Parent Relationship") not in ("SubPlan", "InitPlan"):
            yield from _main_nodes(child)
