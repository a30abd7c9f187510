from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings
from django.utils import timezone
from lxml import etree

from articles import services, sitemaps
from articles.models import Article, Page
from images.renditions import rendition_url
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db

# 27 November 2026, 10:00 in Jakarta.
NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
IMAGE = "{http://www.google.com/schemas/sitemap-image/1.1}"
XSD_DIR = Path(settings.BASE_DIR).parent / "shared" / "xsd"

# months, news, pages, sections, tags, authors, sources: one aggregate each
INDEX_QUERIES = 7
# one aggregate (size and newest lastmod), one page of items
FILE_QUERIES = 2


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture(scope="module")
def schemas():
    if not XSD_DIR.is_dir():
        pytest.skip(
            f"The sitemap schemas are not at {XSD_DIR} (shared/xsd beside the project), "
            "so the XML cannot be validated."
        )
    return {
        "index": etree.XMLSchema(etree.parse(str(XSD_DIR / "siteindex-local.xsd"))),
        "urlset": etree.XMLSchema(etree.parse(str(XSD_DIR / "all-local.xsd"))),
    }


def jakarta(*args):
    return datetime(*args, tzinfo=timezone.get_default_timezone())


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml"
    return etree.fromstring(response.content)


def locs(tree):
    return [element.text for element in tree.iter(f"{SITEMAP}loc")]


def paths(tree):
    return [urlsplit(loc).path for loc in locs(tree)]


def assert_on_request_host(tree):
    for loc in [*locs(tree), *(e.text for e in tree.iter(f"{IMAGE}loc"))]:
        assert loc.startswith("http://testserver/"), loc


@pytest.fixture
def newsroom():
    """Stories in every state, over several months."""
    section, source, tag, author = SectionFactory(), SourceFactory(), TagFactory(), AuthorFactory()
    stories = {
        "today": PublishedArticleFactory(
            slug="banjir-jakarta",
            section=section,
            source=source,
            tags=[tag],
            authors=[author],
            published=jakarta(2026, 11, 27, 8, 0),
        ),
        # Late on 31 October UTC is 1 November in Jakarta: a November story.
        "november_first": PublishedArticleFactory(
            slug="awal-november", published=datetime(2026, 10, 31, 20, 0, tzinfo=UTC)
        ),
        "october": PublishedArticleFactory(
            slug="pilkada-oktober", published=jakarta(2026, 10, 5, 9, 0)
        ),
        "advertorial": PublishedArticleFactory(
            slug="promo-bank",
            article_type=Article.Type.ADVERTORIAL,
            published=jakarta(2026, 11, 27, 7, 0),
        ),
        # The only August story is hidden from search engines: no August file.
        "noindex": PublishedArticleFactory(
            slug="rahasia-agustus", noindex=True, published=jakarta(2026, 8, 10, 9, 0)
        ),
        "noindex_today": PublishedArticleFactory(
            slug="rahasia-hari-ini", noindex=True, published=jakarta(2026, 11, 27, 9, 0)
        ),
        "scheduled": PublishedArticleFactory(
            slug="besok-desember", published=jakarta(2026, 12, 2, 9, 0)
        ),
        "draft": ArticleFactory(slug="masih-draf"),
        "in_review": ArticleFactory(slug="sedang-ditinjau", status=Article.Status.IN_REVIEW),
        "expired": PublishedArticleFactory(
            slug="sudah-kedaluwarsa",
            published=jakarta(2026, 11, 20, 9, 0),
            expires_at=NOW - timedelta(hours=1),
        ),
        "embargoed": ArticleFactory(slug="masih-embargo", embargo_until=NOW + timedelta(hours=3)),
        "unpublished": PublishedArticleFactory(slug="ditarik", published=jakarta(2026, 11, 25)),
        "taken_down": PublishedArticleFactory(slug="dicabut", published=jakarta(2026, 11, 24)),
        "trashed": PublishedArticleFactory(
            slug="di-tempat-sampah", published=jakarta(2026, 11, 23)
        ),
    }
    # Publishing without a time schedules an embargoed story for the embargo's end.
    services.article_publish(article=stories["embargoed"])
    services.article_unpublish(article=stories["unpublished"])
    stories["page"] = Page.objects.create(title="Redaksi", slug="redaksi")
    services.article_take_down(article=stories["taken_down"], reason="Putusan pengadilan")
    services.article_trash(article=stories["trashed"])
    return stories


HIDDEN = (
    "noindex",
    "noindex_today",
    "scheduled",
    "draft",
    "in_review",
    "expired",
    "embargoed",
    "unpublished",
    "taken_down",
    "trashed",
)


def test_the_index_lists_one_file_per_month_with_published_stories(client, newsroom, schemas):
    tree = fetch(client, "/sitemap.xml")
    schemas["index"].assertValid(tree)
    assert_on_request_host(tree)
    assert paths(tree) == [
        "/sitemap-news.xml",
        "/sitemap-articles-2026-11.xml",
        "/sitemap-articles-2026-10.xml",
        "/sitemap-pages.xml",
        "/sitemap-sections.xml",
        "/sitemap-tags.xml",
        "/sitemap-authors.xml",
        "/sitemap-sources.xml",
    ]


def test_the_index_dates_each_file_by_its_newest_story(client, newsroom):
    tree = fetch(client, "/sitemap.xml")
    lastmod = {
        urlsplit(entry.findtext(f"{SITEMAP}loc")).path: entry.findtext(f"{SITEMAP}lastmod")
        for entry in tree.iter(f"{SITEMAP}sitemap")
    }
    assert lastmod["/sitemap-articles-2026-11.xml"] == "2026-11-27T08:00:00+07:00"
    assert lastmod["/sitemap-articles-2026-10.xml"] == "2026-10-05T09:00:00+07:00"
    assert lastmod["/sitemap-news.xml"] == "2026-11-27T08:00:00+07:00"


def test_a_month_lists_only_its_published_indexable_stories(client, newsroom, schemas):
    tree = fetch(client, "/sitemap-articles-2026-11.xml")
    schemas["urlset"].assertValid(tree)
    assert_on_request_host(tree)
    expected = {newsroom[name].get_absolute_url() for name in ("today", "november_first")}
    # Advertorials are public pages: listed here, only kept out of Google News.
    expected.add(newsroom["advertorial"].get_absolute_url())
    assert set(paths(tree)) == expected
    xml = etree.tostring(tree).decode()
    for name in HIDDEN:
        assert newsroom[name].slug not in xml, name
    assert "/preview/" not in xml


def test_a_story_is_dated_by_its_last_content_edit(client, newsroom):
    with time_machine.travel(NOW - timedelta(minutes=30), tick=False):
        story = newsroom["october"]
        story.body = "<p>Isi diperbaiki.</p>"
        story.save()
    tree = fetch(client, "/sitemap-articles-2026-10.xml")
    assert [e.text for e in tree.iter(f"{SITEMAP}lastmod")] == ["2026-11-27T09:30:00+07:00"]


def test_months_without_listed_stories_answer_404(client, newsroom):
    for section in ("articles-2026-08", "articles-2026-12", "articles-2026-13", "nothing"):
        assert client.get(f"/sitemap-{section}.xml").status_code == 404, section


def test_featured_images_are_listed_as_absolute_crops(client, schemas):
    image = make_image()
    story = PublishedArticleFactory(featured_image=image, published=NOW - timedelta(hours=1))
    PublishedArticleFactory(published=NOW - timedelta(hours=2))
    for url in ("/sitemap-articles-2026-11.xml", "/sitemap-news.xml"):
        tree = fetch(client, url)
        schemas["urlset"].assertValid(tree)
        assert_on_request_host(tree)
        images = [e.text for e in tree.iter(f"{IMAGE}loc")]
        assert images == ["http://testserver" + rendition_url(image, "crop16x9", "jpg")]
        entry = next(e for e in tree.iter(f"{SITEMAP}url") if e.find(f"{IMAGE}image") is not None)
        assert entry.findtext(f"{SITEMAP}loc").endswith(story.get_absolute_url())


def test_the_news_sitemap_lists_the_last_two_days_without_paid_content(client, newsroom, schemas):
    old = PublishedArticleFactory(slug="tiga-hari-lalu", published=NOW - timedelta(days=2, hours=1))
    tree = fetch(client, "/sitemap-news.xml")
    schemas["urlset"].assertValid(tree)
    assert_on_request_host(tree)
    assert paths(tree) == [newsroom["today"].get_absolute_url()]
    xml = etree.tostring(tree).decode()
    for name in (*HIDDEN, "advertorial", "october"):
        assert newsroom[name].slug not in xml, name
    assert old.slug not in xml
    news = next(tree.iter(f"{NEWS}news"))
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == settings.SITE_NAME
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "id"
    assert news.findtext(f"{NEWS}title") == newsroom["today"].headline
    assert news.findtext(f"{NEWS}publication_date") == "2026-11-27T08:00:00+07:00"


def test_news_publication_date_is_the_first_publication_in_jakarta_time(client):
    story = PublishedArticleFactory(published=NOW - timedelta(hours=30))
    with time_machine.travel(NOW - timedelta(hours=1), tick=False):
        story.headline = "Judul diperbarui & <diperbaiki>"
        story.save()
    tree = fetch(client, "/sitemap-news.xml")
    news = next(tree.iter(f"{NEWS}news"))
    published = news.findtext(f"{NEWS}publication_date")
    assert published.endswith("+07:00")
    assert published == timezone.localtime(story.first_published_at).isoformat(timespec="seconds")
    assert news.findtext(f"{NEWS}title") == "Judul diperbarui & <diperbaiki>"
    assert tree.findtext(f"{SITEMAP}url/{SITEMAP}lastmod") == "2026-11-27T09:00:00+07:00"


def test_the_news_sitemap_stops_at_its_limit(client, monkeypatch):
    monkeypatch.setattr(sitemaps, "NEWS_LIMIT", 2)
    stories = [PublishedArticleFactory(published=NOW - timedelta(hours=h)) for h in (1, 2, 3)]
    tree = fetch(client, "/sitemap-news.xml")
    assert paths(tree) == [story.get_absolute_url() for story in stories[:2]]


def test_an_empty_news_sitemap_still_answers(client):
    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200
    assert b"<url>" not in response.content
    assert paths(fetch(client, "/sitemap.xml")) == ["/sitemap-news.xml"]


def test_lists_name_only_owners_with_published_stories(client, newsroom, schemas):
    lonely_tag, lonely_author, lonely_source = TagFactory(), AuthorFactory(), SourceFactory()
    ArticleFactory(tags=[lonely_tag], authors=[lonely_author], source=lonely_source)
    unlisted_section = SectionFactory(nav_position=None)
    ArticleFactory(section=unlisted_section)
    menu_section = SectionFactory()
    today = newsroom["today"]
    expected = {
        "tags": {today.tags.get().get_absolute_url()},
        "authors": {today.ordered_authors()[0].get_absolute_url()},
        "sources": {today.source.get_absolute_url()},
    }
    for kind, wanted in expected.items():
        tree = fetch(client, f"/sitemap-{kind}.xml")
        schemas["urlset"].assertValid(tree)
        assert_on_request_host(tree)
        assert set(paths(tree)) == wanted, kind

    sections = set(paths(fetch(client, "/sitemap-sections.xml")))
    assert today.section.get_absolute_url() in sections
    assert menu_section.get_absolute_url() in sections
    assert unlisted_section.get_absolute_url() not in sections


def test_a_tag_is_dated_by_its_newest_story(client):
    tag = TagFactory()
    PublishedArticleFactory(tags=[tag], published=jakarta(2026, 11, 1, 9, 0))
    PublishedArticleFactory(tags=[tag], published=jakarta(2026, 11, 20, 9, 0))
    PublishedArticleFactory(tags=[tag], published=jakarta(2026, 12, 1, 9, 0))  # scheduled
    tree = fetch(client, "/sitemap-tags.xml")
    assert tree.findtext(f"{SITEMAP}url/{SITEMAP}lastmod") == "2026-11-20T09:00:00+07:00"


def test_static_pages_are_listed(client, schemas):
    page = Page.objects.create(title="Pedoman Media Siber", slug="pedoman-media-siber")
    tree = fetch(client, "/sitemap-pages.xml")
    schemas["urlset"].assertValid(tree)
    assert paths(tree) == [page.get_absolute_url()]
    assert tree.findtext(f"{SITEMAP}url/{SITEMAP}lastmod") == "2026-11-27T10:00:00+07:00"


def test_sitemaps_set_no_cookie(client, newsroom):
    for url in ("/sitemap.xml", "/sitemap-articles-2026-11.xml", "/sitemap-news.xml"):
        response = client.get(url)
        assert not response.cookies, url
        assert "Cookie" not in response.get("Vary", ""), url


def test_robots_txt_points_at_the_sitemaps_on_the_request_host(client):
    response = client.get("/robots.txt", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in ("/admin/", "/en/admin/", "/preview/", "/en/preview/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "Sitemap: http://localhost/sitemap-news.xml" in lines
    assert not response.cookies


# Query budgets: fixed per file, whatever it lists.


def _stories(count, **kwargs):
    return [
        PublishedArticleFactory(published=NOW - timedelta(hours=1 + n), **kwargs)
        for n in range(count)
    ]


@pytest.mark.parametrize("months", [1, 4])
def test_index_query_budget_does_not_grow(client, django_assert_num_queries, months):
    for month in range(months):
        PublishedArticleFactory(
            published=jakarta(2026, 11 - month, 10, 9, 0),
            tags=[TagFactory(), TagFactory()],
            authors=[AuthorFactory()],
            source=SourceFactory(),
        )
    Page.objects.create(title="Redaksi", slug="redaksi")
    with django_assert_num_queries(INDEX_QUERIES):
        tree = fetch(client, "/sitemap.xml")
    assert len(locs(tree)) == 6 + months


@pytest.mark.parametrize("count", [3, 30])
def test_month_file_query_budget_does_not_grow(client, django_assert_num_queries, count):
    image = make_image()
    _stories(count, featured_image=image, tags=[TagFactory()])
    with django_assert_num_queries(FILE_QUERIES):
        tree = fetch(client, "/sitemap-articles-2026-11.xml")
    assert len(locs(tree)) == count


@pytest.mark.parametrize("count", [3, 30])
def test_news_query_budget_does_not_grow(client, django_assert_num_queries, count):
    _stories(count, featured_image=make_image())
    with django_assert_num_queries(FILE_QUERIES):
        tree = fetch(client, "/sitemap-news.xml")
    assert len(locs(tree)) == count


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("kind", ["sections", "tags", "authors", "sources"])
def test_list_file_query_budget_does_not_grow(client, django_assert_max_num_queries, kind, count):
    for _ in range(count):
        PublishedArticleFactory(
            published=NOW - timedelta(hours=1),
            tags=[TagFactory()],
            authors=[AuthorFactory()],
            source=SourceFactory(),
        )
    with django_assert_max_num_queries(FILE_QUERIES):
        tree = fetch(client, f"/sitemap-{kind}.xml")
    assert len(locs(tree)) == count


def test_robots_txt_makes_no_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/robots.txt").status_code == 200
