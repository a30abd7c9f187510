import json
import re
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles import services
from articles.models import Article, Correction
from tests.factories import (
    ArticleFactory,
    ContributorFactory,
    EditorFactory,
    PublishedArticleFactory,
)

pytestmark = pytest.mark.django_db


def jsonld(html, kind="NewsArticle"):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    [data] = [json.loads(b) for b in blocks if json.loads(b)["@type"] == kind]
    return data


@pytest.fixture
def corrected(db):
    story = PublishedArticleFactory(published=timezone.now() - timedelta(days=2))
    editor = EditorFactory()
    services.correction_add(
        article=story,
        kind="ralat",
        note="Nama pejabat tertulis salah.",
        user=editor,
        published_at=timezone.now() - timedelta(days=1),
    )
    services.correction_add(
        article=story, kind="hak_jawab", note="Tanggapan Dinas PU.", user=editor
    )
    return Article.objects.get(pk=story.pk)


def test_corrections_show_at_the_end_newest_first(client, corrected):
    html = client.get(corrected.get_absolute_url()).content.decode()
    section = html.split('class="article__corrections"')[1]
    assert section.index("Tanggapan Dinas PU.") < section.index("Nama pejabat tertulis salah.")
    assert "Ralat" in section and "Hak Jawab" in section
    assert "Diperbarui" in html


def test_corrections_move_the_update_time_and_appear_in_json_ld(client, corrected):
    assert corrected.displayed_update_time() is not None
    data = jsonld(client.get(corrected.get_absolute_url()).content.decode())
    assert data["@type"] == "NewsArticle"
    assert [c["@type"] for c in data["correction"]] == ["CorrectionComment", "CorrectionComment"]
    assert "Tanggapan Dinas PU." in data["correction"][0]["text"]
    assert data["dateModified"] > data["datePublished"]


def test_the_public_corrections_page_lists_only_visible_stories(client, corrected):
    hidden = PublishedArticleFactory(headline="Berita yang ditarik")
    services.correction_add(article=hidden, kind="koreksi", note="Catatan tersembunyi.")
    services.article_unpublish(article=hidden)
    html = client.get("/ralat/").content.decode()
    assert corrected.headline in html and "Nama pejabat tertulis salah." in html
    assert "Catatan tersembunyi." not in html


def test_only_editors_correct_and_only_published_stories(corrected):
    with pytest.raises(PermissionDenied):
        services.correction_add(
            article=corrected, kind="ralat", note="x", user=ContributorFactory()
        )
    with pytest.raises(ValidationError):
        services.correction_add(
            article=ArticleFactory(), kind="ralat", note="x", user=EditorFactory()
        )
    assert Correction.objects.count() == 2


def test_json_ld_cannot_break_out_of_its_script(client):
    story = PublishedArticleFactory(headline="</script><script>alert(1)</script>")
    html = client.get(story.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html
    assert jsonld(html)["headline"] == "</script><script>alert(1)</script>"


def test_corrections_page_query_budget(client, corrected, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        client.get("/ralat/")


def test_article_json_ld_carries_every_property(client):
    from tests.factories import AuthorFactory, SourceFactory, TagFactory
    from tests.images.factories import make_image

    authors = [AuthorFactory(name="Ani"), AuthorFactory(name="Budi")]
    source = SourceFactory(name="Puspen Kemendagri", full_name="Pusat Penerangan Kemendagri")
    story = PublishedArticleFactory(
        authors=authors,
        source=source,
        tags=[TagFactory(name="Otonomi")],
        featured_image=make_image(),
    )
    html = client.get(story.get_absolute_url()).content.decode()
    data = jsonld(html)
    for key in (
        "headline",
        "description",
        "image",
        "datePublished",
        "dateModified",
        "author",
        "publisher",
        "articleSection",
        "keywords",
        "inLanguage",
        "mainEntityOfPage",
        "sourceOrganization",
    ):
        assert data[key], key
    assert len(data["image"]) == 3 and all(
        url.startswith("http://testserver/") for url in data["image"]
    )
    assert [a["name"] for a in data["author"]] == ["Ani", "Budi"]
    assert all(a["url"].startswith("http://testserver/penulis/") for a in data["author"])
    assert data["datePublished"].endswith("+07:00") and data["dateModified"].endswith("+07:00")
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/")
    assert data["sourceOrganization"]["name"] == "Pusat Penerangan Kemendagri"
    assert data["keywords"] == ["Otonomi"] and data["inLanguage"] == "id"
    crumbs = jsonld(html, "BreadcrumbList")["itemListElement"]
    assert [c["position"] for c in crumbs] == [1, 2, 3]
    assert '<meta name="robots" content="max-image-preview:large">' in html
    assert '<meta property="og:url"' in html and '<meta name="twitter:card"' in html


def test_every_page_has_canonical_description_and_social_tags(client):
    PublishedArticleFactory()
    for path in ("/", "/indeks/", "/ralat/"):
        html = client.get(path).content.decode()
        for needle in (
            'rel="canonical"',
            'name="description"',
            'property="og:title"',
            'name="twitter:card"',
        ):
            assert needle in html, (path, needle)
