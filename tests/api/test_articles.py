from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article
from images import renditions
from tests.api.conftest import story_of
from tests.factories import (
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db

LIST = "/api/v1/articles/"


def ids(response):
    return [item["id"] for item in response.json()["results"]]


def detail_url(article):
    return reverse("api:article_detail", kwargs={"pk": article.pk})


def jakarta(*args):
    return datetime(*args, tzinfo=timezone.get_current_timezone())


def test_addresses():
    assert reverse("api:article_list") == LIST
    assert reverse("api:article_detail", kwargs={"pk": 7}) == "/api/v1/articles/7/"
    assert reverse("api:tag_detail", kwargs={"slug": "pilkada"}) == "/api/v1/tags/pilkada/"
    assert reverse("api:openapi") == "/api/v1/openapi.json"


def test_an_article_in_full(api_get, owners):
    image = make_image(credit="Humas Pemprov", caption="Keterangan pustaka")
    second_author = AuthorFactory(name="Budi Santoso", slug="budi-santoso", kind="institution")
    story = PublishedArticleFactory(
        headline="BPSDM Kemendagri perkuat peran sekretaris daerah",
        dek="Diklat angkatan IV digelar di Jakarta.",
        dateline_city="Bandung",
        article_type=Article.Type.OPINION,
        section=owners["section"],
        source=owners["source"],
        authors=[second_author, owners["author"]],
        tags=[owners["tag"], TagFactory(name="Diklat", slug="diklat")],
        featured_image=image,
        featured_image_caption="Keterangan cerita",
        editor=AuthorFactory(name="Redaktur", slug="redaktur"),
        published=jakarta(2022, 6, 20, 10, 15),
    )
    services.correction_add(article=story, kind="ralat", note="Nama jabatan diperbaiki.")

    data = api_get(detail_url(story)).json()

    assert data["id"] == story.pk
    assert data["url"] == "http://testserver/2022/06/20/" + f"{story.slug}/"
    assert data["api_url"] == f"http://testserver{detail_url(story)}"
    assert data["headline"] == "BPSDM Kemendagri perkuat peran sekretaris daerah"
    assert data["dek"] == "Diklat angkatan IV digelar di Jakarta."
    assert data["dateline"] == "Bandung"
    assert data["type"] == "opini"
    assert data["published_at"] == "2022-06-20T10:15:00+07:00"
    assert [a["slug"] for a in data["authors"]] == ["budi-santoso", "sari-dewi"]
    assert data["authors"][0] == {
        "slug": "budi-santoso",
        "name": "Budi Santoso",
        "kind": "institution",
        "url": "http://testserver/penulis/budi-santoso/",
    }
    assert [t["name"] for t in data["tags"]] == ["Diklat", "Pilkada"]
    assert data["section"]["url"] == "http://testserver/rubrik/ekonomi/"
    assert data["source"]["name"] == "Puspen Kemendagri"
    assert data["editor"]["name"] == "Redaktur"
    assert data["corrections"][0]["note"] == "Nama jabatan diperbaiki."
    assert data["body_html"].startswith("<p>Paragraf pertama berita.</p>")


def test_the_featured_image_offers_every_rendition_with_its_size(api_get):
    image = make_image(credit="Antara", alt_text="Alt pustaka")
    story = PublishedArticleFactory(featured_image=image, featured_image_alt="Alt cerita")

    featured = api_get(detail_url(story)).json()["featured_image"]

    assert (featured["alt"], featured["credit"]) == ("Alt cerita", "Antara")
    expected = [
        (name, fmt)
        for name in [*renditions.srcset_specs(image), "crop16x9", "crop4x3", "crop1x1"]
        for fmt in renditions.SPECS[name].formats
    ]
    assert [(r["name"], r["format"]) for r in featured["renditions"]] == expected
    first = featured["renditions"][0]
    assert first["url"] == "http://testserver" + renditions.rendition_url(image, "w400", "avif")
    assert (first["width"], first["height"]) == renditions.output_size(image, "w400")


def test_the_body_is_rendered_as_on_the_public_page(api_get):
    image = make_image(credit="Humas")
    target = PublishedArticleFactory(headline="Cerita yang terbit")
    body = (
        f'<p>Awal.</p><figure class="inline-image" data-image-id="{image.pk}">'
        '<img src="/x.jpg" alt="Alt khusus"></figure>'
        f'<aside class="read-also" data-article-id="{target.pk}">x</aside>'
        '<div class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></div>'
    )
    story = PublishedArticleFactory(body=body)

    data = api_get(detail_url(story)).json()

    assert "<picture>" in data["body_html"] and 'src="/x.jpg"' not in data["body_html"]
    assert renditions.rendition_url(image, "w400", "webp") in data["body_html"]
    assert f'<a href="{target.get_absolute_url()}">Cerita yang terbit</a>' in data["body_html"]
    assert "youtube-nocookie.com" in data["body_html"]
    assert data["has_embeds"] is True


def test_an_update_after_publication_is_shown(api_get):
    story = PublishedArticleFactory()
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        story.body = "<p>Isi diperbaiki.</p>"
        story.save()
    data = api_get(detail_url(story)).json()
    assert data["updated_at"] == timezone.localtime(story.content_updated_at).isoformat(
        timespec="seconds"
    )
    assert data["modified_at"] >= data["updated_at"]


def test_unknown_article_is_a_json_404(api_get):
    assert api_get("/api/v1/articles/999999/", status=404).json()["error"]["status"] == 404
    api_get("/api/v1/articles/99999999999999999999999999/", status=404)


def test_the_list_is_newest_first(api_get):
    now = timezone.now()
    older = PublishedArticleFactory(published=now - timedelta(hours=3))
    newer = PublishedArticleFactory(published=now - timedelta(hours=1))
    response = api_get(LIST)
    assert ids(response) == [newer.pk, older.pk]
    assert response.json()["next"] is None
    assert "body_html" not in response.json()["results"][0]


# Filters.


def test_owner_filters_combine(api_get, owners):
    both = story_of(owners)
    other_section = PublishedArticleFactory(
        section=SectionFactory(), source=owners["source"], tags=[owners["tag"]]
    )
    tagged_only = PublishedArticleFactory(tags=[owners["tag"]])
    by_author_only = PublishedArticleFactory(authors=[owners["author"]])
    PublishedArticleFactory(source=SourceFactory())

    assert ids(api_get(LIST, section="ekonomi")) == [both.pk]
    assert ids(api_get(LIST, tag="pilkada")) == [tagged_only.pk, other_section.pk, both.pk]
    assert ids(api_get(LIST, author="sari-dewi")) == [by_author_only.pk, both.pk]
    assert ids(api_get(LIST, source="puspen-kemendagri")) == [other_section.pk, both.pk]
    assert ids(api_get(LIST, tag="pilkada", source="puspen-kemendagri")) == [
        other_section.pk,
        both.pk,
    ]
    assert ids(api_get(LIST, tag="pilkada", section="ekonomi")) == [both.pk]


@pytest.mark.parametrize("name", ["section", "tag", "author", "source"])
@pytest.mark.parametrize("slug", ["tidak-ada", "bukan slug", "\x00", "x" * 300])
def test_an_unknown_or_impossible_slug_gives_an_empty_list(api_get, owners, name, slug):
    story_of(owners)
    response = api_get(LIST, **{name: slug})
    assert response.json() == {"results": [], "next": None}


def test_an_empty_filter_value_is_no_filter(api_get, owners):
    story = story_of(owners)
    assert ids(api_get(LIST, section="", tag="", **{"from": "", "updated_since": ""})) == [story.pk]


def test_date_range_uses_jakarta_days_of_first_publication(api_get):
    # 23:30 on the 1st in Jakarta is still the 1st there, though the 1st of UTC ended.
    late = PublishedArticleFactory(published=jakarta(2025, 1, 1, 23, 30))
    early = PublishedArticleFactory(published=jakarta(2025, 1, 2, 0, 30))
    third = PublishedArticleFactory(published=jakarta(2025, 1, 3, 12, 0))

    assert ids(api_get(LIST, **{"from": "2025-01-01", "to": "2025-01-01"})) == [late.pk]
    assert ids(api_get(LIST, **{"from": "2025-01-02"})) == [third.pk, early.pk]
    assert ids(api_get(LIST, to="2025-01-02")) == [early.pk, late.pk]


def test_updated_since_finds_edits_and_stories_gone_live_on_schedule(api_get):
    start = timezone.now()
    untouched = PublishedArticleFactory(published=start - timedelta(days=3))
    edited = PublishedArticleFactory(published=start - timedelta(days=3))
    scheduled = PublishedArticleFactory(published=start + timedelta(hours=1))

    with time_machine.travel(start + timedelta(hours=2)):
        edited.dek = "Ringkasan baru."
        edited.save()
        since = (start + timedelta(minutes=30)).isoformat()
        assert ids(api_get(LIST, updated_since=since)) == [scheduled.pk, edited.pk]
        everything = ids(api_get(LIST, updated_since=(start - timedelta(days=4)).isoformat()))
    assert untouched.pk in everything


def test_updated_since_without_an_offset_is_jakarta_time(api_get):
    with time_machine.travel(jakarta(2025, 5, 1, 10, 0)):
        story = PublishedArticleFactory(published=jakarta(2025, 5, 1, 9, 0))
        assert ids(api_get(LIST, updated_since="2025-05-01T09:59")) == [story.pk]
        assert ids(api_get(LIST, updated_since="2025-05-01T10:01")) == []
        assert ids(api_get(LIST, updated_since="2025-05-01T03:01:00Z")) == []
        assert ids(api_get(LIST, updated_since="2025-05-01T02:59:00+00:00")) == [story.pk]


@pytest.mark.parametrize(
    ("params", "code", "mentions"),
    [
        ({"from": "kemarin"}, "invalid_date", "from"),
        ({"to": "2025-13-01"}, "invalid_date", "to"),
        ({"from": "2025-02-01", "to": "2025-01-01"}, "invalid_date_range", "from"),
        ({"updated_since": "2025-01-01T08:00:00 07:00"}, "invalid_datetime", "%2B"),
        ({"updated_since": "0001-01-01T00:00:00"}, "invalid_datetime", "updated_since"),
        ({"updated_since": "soon"}, "invalid_datetime", "updated_since"),
        ({"page_size": "0"}, "invalid_page_size", "page_size"),
        ({"page_size": "101"}, "invalid_page_size", "page_size"),
        ({"page_size": "-1"}, "invalid_page_size", "page_size"),
        ({"page_size": "sepuluh"}, "invalid_page_size", "page_size"),
        ({"cursor": "!!!"}, "invalid_cursor", "cursor"),
        ({"cursor": "bm90LWEta2V5"}, "invalid_cursor", "cursor"),
        ({"cursor": "AA"}, "invalid_cursor", "cursor"),
        ({"cursor": "x"}, "invalid_cursor", "cursor"),
        ({"cursor": "A" * 1000}, "invalid_cursor", "cursor"),
    ],
)
def test_malformed_parameters_answer_400_with_a_clear_message(api_get, params, code, mentions):
    error = api_get(LIST, status=400, **params).json()["error"]
    assert error["code"] == code
    assert error["status"] == 400
    assert mentions in error["message"]


# Pagination.


def test_walking_the_pages_shows_every_story_once_in_order(api_get, owners):
    now = timezone.now()
    same_moment = now - timedelta(hours=5)
    stories = [story_of(owners, published=now - timedelta(hours=h)) for h in range(1, 5)]
    stories += [story_of(owners, published=same_moment) for _ in range(3)]
    PublishedArticleFactory()  # another section: filtered out
    expected = [s.pk for s in sorted(stories, key=lambda s: (s.published_at, s.pk), reverse=True)]

    seen, url, params = [], LIST, {"section": "ekonomi", "page_size": "3"}
    while url:
        response = api_get(url, **params)
        seen.append(ids(response))
        url, params = response.json()["next"], {}
    assert seen == [expected[:3], expected[3:6], expected[6:]]


def test_the_next_address_keeps_the_filters(api_get, owners):
    for _ in range(3):
        story_of(owners)
    next_url = api_get(LIST, tag="pilkada", page_size="2").json()["next"]
    parts = urlsplit(next_url)
    assert parts.scheme == "http" and parts.netloc == "testserver" and parts.path == LIST
    query = parse_qs(parts.query)
    assert query["tag"] == ["pilkada"] and query["page_size"] == ["2"]
    assert query["cursor"][0].isascii()


def test_a_page_past_the_end_is_empty_not_an_error(api_get):
    first, second = PublishedArticleFactory(), PublishedArticleFactory()
    next_url = api_get(LIST, page_size="1").json()["next"]
    # The walk goes on from the cursor's key, not from an offset.
    for story in (first, second):
        services.article_trash(article=story)
    assert api_get(next_url).json() == {"results": [], "next": None}
