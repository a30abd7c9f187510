import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import RelatedArticleLink, Tag
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_story():
    """A story with everything the reference page shows."""
    source = SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri")
    authors = [AuthorFactory(name="Redaksi Kabar Nusantara", kind="institution"), AuthorFactory()]
    tags = [
        TagFactory(name="Kemendagri", slug="kemendagri"),
        TagFactory(name="Diklat", slug="diklat"),
    ]
    moment = timezone.make_aware(timezone.datetime(2022, 6, 20, 10, 15))
    story = PublishedArticleFactory(
        headline="BPSDM Kemendagri perkuat peran sekretaris perangkat daerah",
        slug="bpsdm-kemendagri-sekretaris",
        dek="Diklat angkatan IV dan V digelar di Jakarta.",
        source=source,
        authors=authors,
        tags=tags,
        published=moment,
    )
    pinned = PublishedArticleFactory(
        headline="Prajurit menyapa Mama Papua", published=moment - timedelta(days=1)
    )
    RelatedArticleLink.objects.create(article=story, related_article=pinned, position=0)
    story.pinned = pinned
    return story


def test_article_page_shows_every_element(client, full_story):
    response = client.get("/2022/06/20/bpsdm-kemendagri-sekretaris/")
    assert response.status_code == 200
    html = response.content.decode()
    headline = "BPSDM Kemendagri perkuat peran sekretaris perangkat daerah"
    assert f'<h1 class="article__headline">{headline}</h1>' in html
    assert "Diklat angkatan IV dan V digelar di Jakarta." in html
    for author in full_story.ordered_authors():
        assert f'href="{author.get_absolute_url()}"' in html
    assert '<p><span class="dateline">KABAR NUSANTARA, Jakarta</span> – Paragraf pertama' in html
    assert "Senin, 20 Juni 2022 10.15 WIB" in html
    assert 'datetime="2022-06-20T10:15:00+07:00"' in html
    assert '<a href="/sumber/puspen-kemendagri/">Puspen Kemendagri</a>' in html
    assert 'href="/topik/kemendagri/"' in html and 'href="/topik/diklat/"' in html
    assert html.count('class="author-box"') == 2
    assert "Tentang Redaksi Kabar Nusantara" in html
    assert "Baca Juga" in html
    assert full_story.pinned.get_absolute_url() in html


def test_article_page_shows_the_update_time_after_a_content_edit(client, full_story):
    full_story.body = "<p>Isi diperbaiki.</p>"
    full_story.save()
    html = client.get(full_story.get_absolute_url()).content.decode()
    assert "Diperbarui" in html


def test_english_article_page_points_its_canonical_at_indonesian(client, full_story):
    indonesian_url = full_story.get_absolute_url()
    response = client.get("/en" + indonesian_url)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Monday, 20 June 2022, 10:15 WIB" in html
    assert f'<link rel="canonical" href="http://testserver{indonesian_url}">' in html
    assert "Read also" in html


@pytest.mark.parametrize(
    "url",
    [
        "/2022/06/21/bpsdm-kemendagri-sekretaris/",  # wrong date
        "/2022/02/31/bpsdm-kemendagri-sekretaris/",  # impossible date
        "/2022/06/20/tidak-ada/",
        "/rubrik/tidak-ada/",
        "/topik/tidak-ada/",
        "/penulis/tidak-ada/",
        "/sumber/tidak-ada/",
        "/indeks/?page=abc",
        "/indeks/?page=2",
        "/indeks/?sebelum=abc",
        "/indeks/?sebelum=1.1",
        "/indeks/?sebelum=1.1&sesudah=1.1",
        "/rubrik/tidak-ada/?sesudah=99999999999999999.9",
        "/indeks/2022/02/30/",
        "/indeks/2022/13/",
        "/tidak/ada/sama/sekali/",
    ],
)
def test_bad_addresses_are_branded_404s(client, full_story, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Halaman tidak ditemukan" in response.content.decode()


def test_drafts_and_scheduled_stories_are_404_for_readers(client):
    draft = ArticleFactory(published_at=timezone.now() - timedelta(hours=1))
    scheduled = PublishedArticleFactory(published=timezone.now() + timedelta(hours=3))
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_preview_needs_a_login(client):
    draft = ArticleFactory()
    response = client.get(reverse("articles:preview", kwargs={"pk": draft.pk}))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_preview_is_404_for_a_logged_in_reader(client):
    client.force_login(UserFactory())
    draft = ArticleFactory()
    assert client.get(reverse("articles:preview", kwargs={"pk": draft.pk})).status_code == 404


def test_editor_previews_a_draft_with_a_banner_and_no_caching(editor_client):
    draft = ArticleFactory(headline="Rancangan berita rahasia")
    response = editor_client.get(reverse("articles:preview", kwargs={"pk": draft.pk}))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="preview-banner"' in html and "Pratinjau" in html
    assert "Rancangan berita rahasia" in html
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_home_lists_published_stories_newest_first(client):
    old = PublishedArticleFactory(
        headline="Berita lama", published=timezone.now() - timedelta(days=2)
    )
    new = PublishedArticleFactory(headline="Berita baru")
    ArticleFactory(headline="Draf rahasia")
    PublishedArticleFactory(
        headline="Berita terjadwal", published=timezone.now() + timedelta(days=1)
    )
    html = client.get("/").content.decode()
    assert html.index(new.headline) < html.index(old.headline)
    assert "Draf rahasia" not in html and "Berita terjadwal" not in html


def test_lists_page_by_cursor_older_and_newer(client):
    stories = [
        PublishedArticleFactory(published=timezone.now() - timedelta(hours=n + 1))
        for n in range(21)
    ]
    first = client.get("/indeks/")
    assert [a.pk for a in first.context["articles"]] == [s.pk for s in stories[:20]]
    older = first.context["page"].older
    assert first.context["page"].newer is None
    assert f'rel="next" href="?sebelum={older}"' in first.content.decode()
    second = client.get("/indeks/", {"sebelum": older})
    assert [a.pk for a in second.context["articles"]] == [stories[20].pk]
    assert second.context["page"].older is None
    back = client.get("/indeks/", {"sesudah": second.context["page"].newer})
    assert [a.pk for a in back.context["articles"]] == [s.pk for s in stories[:20]]


@pytest.mark.parametrize("kind", ["section", "tag", "author", "source"])
def test_owner_pages_list_only_their_published_stories(client, kind):
    owner = {
        "section": SectionFactory,
        "tag": TagFactory,
        "author": AuthorFactory,
        "source": SourceFactory,
    }[kind]()
    attach = {
        "section": {"section": owner},
        "tag": {"tags": [owner]},
        "author": {"authors": [owner]},
        "source": {"source": owner},
    }[kind]
    mine = PublishedArticleFactory(headline="Milik halaman ini", **attach)
    ArticleFactory(headline="Draf milik halaman ini", **attach)
    PublishedArticleFactory(headline="Berita lain")
    response = client.get(owner.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert mine.headline in html
    assert "Draf milik halaman ini" not in html and "Berita lain" not in html


# Inline code, that is: external files (src=) and JSON-LD data blocks are fine.
INLINE_SCRIPT = re.compile(r"<script(?![^>]*(?:\bsrc=|type=\"application/ld\+json\"))[^>]*>", re.I)


def test_anonymous_pages_set_no_cookie_vary_on_no_cookie_and_run_no_inline_script(
    client, full_story
):
    author = full_story.ordered_authors()[0]
    urls = [
        "/",
        "/en/",
        full_story.get_absolute_url(),
        full_story.section.get_absolute_url(),
        author.get_absolute_url(),
        full_story.source.get_absolute_url(),
        "/topik/kemendagri/",
        "/tidak-ada/",
    ]
    for url in urls:
        response = client.get(url)
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", ""), url
        assert "Accept-Language" not in response.get("Vary", ""), url
        assert not INLINE_SCRIPT.search(response.content.decode()), url


def test_language_switch_links_are_plain_links_to_the_same_page(client, full_story):
    html = client.get(full_story.get_absolute_url()).content.decode()
    assert f'href="http://testserver/en{full_story.get_absolute_url()}" hreflang="en"' in html


def test_article_page_query_budget_does_not_grow(client, django_assert_num_queries):
    section, source = SectionFactory(), SourceFactory()
    tags = [TagFactory() for _ in range(6)]
    authors = [AuthorFactory() for _ in range(4)]
    story = PublishedArticleFactory(section=section, source=source, tags=tags, authors=authors)
    for _ in range(8):
        related = PublishedArticleFactory(section=section, tags=tags[:3], authors=authors[:2])
        RelatedArticleLink.objects.create(article=story, related_article=related)
    # article, bylines, tags, corrections, previous/next, related list, navigation
    with django_assert_num_queries(7):
        assert client.get(story.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("page_size", [3, 20])
@pytest.mark.parametrize("kind", ["index", "section", "tag", "author", "source"])
def test_list_page_query_budget_does_not_grow(
    client, django_assert_max_num_queries, kind, page_size
):
    section, source, tag, author = SectionFactory(), SourceFactory(), TagFactory(), AuthorFactory()
    for _ in range(page_size):
        PublishedArticleFactory(
            section=section,
            source=source,
            tags=[tag, TagFactory()],
            authors=[author, AuthorFactory()],
        )
    url = {
        "index": "/indeks/",
        "section": section.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "author": author.get_absolute_url(),
        "source": source.get_absolute_url(),
    }[kind]
    # owner, count, page, bylines, navigation
    with django_assert_max_num_queries(5):
        assert client.get(url).status_code == 200


def test_a_crash_shows_the_branded_error_page_without_details(client, monkeypatch):
    from articles import views

    def explode(self):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(views, "front_page_context", lambda: explode(None))
    client.raise_request_exception = False
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 500
    assert "Terjadi kesalahan" in html
    assert "database on fire" not in html and "Traceback" not in html


def test_a_tag_in_another_script_has_working_pages(client):
    # django-taggit keeps non-Latin letters in slugs; the WordPress theme data has such tags.
    tag = Tag.objects.create(name="Περιεχόμενο")
    story = PublishedArticleFactory(tags=[tag])
    assert tag.slug == "περιεχόμενο"
    page = client.get(story.get_absolute_url())
    assert page.status_code == 200
    assert tag.get_absolute_url() in page.content.decode()
    assert client.get(tag.get_absolute_url()).status_code == 200
    assert client.get(reverse("feeds:tag", kwargs={"slug": tag.slug})).status_code == 200
