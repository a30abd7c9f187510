import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Count, Max
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.functional import empty
from lxml import etree

from articles import generator_db, services, sitemaps
from articles.models import Article, Page, SitemapMonth
from images.renditions import rendition_url
from images.storage import private_storage
from tests.backups.helpers import wipe_site
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

# months (the summary, with one live-story probe per month), news, pages,
# sections, tags, authors, sources: one query each
INDEX_QUERIES = 7
# one page of items, never counted first
FILE_QUERIES = 1


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


def index_lastmods(client):
    """Each file the index names, by path, with its lastmod."""
    tree = fetch(client, "/sitemap.xml")
    return {
        urlsplit(entry.findtext(f"{SITEMAP}loc")).path: entry.findtext(f"{SITEMAP}lastmod")
        for entry in tree.iter(f"{SITEMAP}sitemap")
    }


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
    lastmod = index_lastmods(client)
    assert lastmod["/sitemap-articles-2026-10.xml"] == "2026-10-05T09:00:00+07:00"
    # November also holds the embargoed story, due at 13:00 today: dated now, never ahead.
    assert lastmod["/sitemap-articles-2026-11.xml"] == "2026-11-27T10:00:00+07:00"
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


def test_pages_file_query_budget_does_not_grow(client, django_assert_num_queries):
    for n in range(5):
        Page.objects.create(title=f"Halaman {n}", slug=f"halaman-{n}")
    with django_assert_num_queries(FILE_QUERIES):
        tree = fetch(client, "/sitemap-pages.xml")
    assert len(locs(tree)) == 5


# What the clock decides: the summary's triggers cannot see it, the index checks it.


def test_a_month_whose_only_story_is_scheduled_appears_when_it_goes_live(client):
    story = PublishedArticleFactory(published=jakarta(2026, 11, 27, 15, 0))
    assert "/sitemap-articles-2026-11.xml" not in paths(fetch(client, "/sitemap.xml"))
    assert client.get("/sitemap-articles-2026-11.xml").status_code == 404

    with time_machine.travel(jakarta(2026, 11, 27, 15, 1), tick=False):
        assert "/sitemap-articles-2026-11.xml" in paths(fetch(client, "/sitemap.xml"))
        tree = fetch(client, "/sitemap-articles-2026-11.xml")
    assert paths(tree) == [story.get_absolute_url()]


def test_a_month_whose_stories_all_expired_is_not_listed(client):
    PublishedArticleFactory(published=jakarta(2026, 9, 3, 9, 0), expires_at=NOW - timedelta(days=1))
    PublishedArticleFactory(published=jakarta(2026, 10, 3, 9, 0))
    listed = paths(fetch(client, "/sitemap.xml"))
    assert "/sitemap-articles-2026-10.xml" in listed
    assert "/sitemap-articles-2026-09.xml" not in listed
    assert client.get("/sitemap-articles-2026-09.xml").status_code == 404


def test_no_file_is_dated_ahead_of_now(client):
    PublishedArticleFactory(tags=[TagFactory()], published=NOW - timedelta(hours=2))
    PublishedArticleFactory(tags=[TagFactory()], published=NOW + timedelta(hours=5))
    response = client.get("/sitemap.xml")
    dates = [e.text for e in etree.fromstring(response.content).iter(f"{SITEMAP}lastmod")]
    assert dates
    assert max(dates) == "2026-11-27T10:00:00+07:00"
    assert response["Last-Modified"] == "Fri, 27 Nov 2026 03:00:00 GMT"


def test_a_month_over_the_file_limit_is_split_into_pages(client, monkeypatch, schemas):
    monkeypatch.setattr(sitemaps.MonthSitemap, "limit", 2)
    stories = _stories(3)
    index = fetch(client, "/sitemap.xml")
    schemas["index"].assertValid(index)
    assert [loc for loc in locs(index) if "articles" in loc] == [
        "http://testserver/sitemap-articles-2026-11.xml",
        "http://testserver/sitemap-articles-2026-11.xml?p=2",
    ]
    first = fetch(client, "/sitemap-articles-2026-11.xml")
    second = fetch(client, "/sitemap-articles-2026-11.xml?p=2")
    schemas["urlset"].assertValid(second)
    assert paths(first) + paths(second) == [story.get_absolute_url() for story in stories]
    for page in ("3", "0", "-1", "dua"):
        assert client.get(f"/sitemap-articles-2026-11.xml?p={page}").status_code == 404, page


def test_owner_files_are_split_into_pages_of_owners(client, monkeypatch):
    monkeypatch.setattr(sitemaps.TagSitemap, "limit", 2)
    tags = [TagFactory() for _ in range(3)]
    PublishedArticleFactory(tags=tags, published=NOW - timedelta(hours=1))
    assert "http://testserver/sitemap-tags.xml?p=2" in locs(fetch(client, "/sitemap.xml"))
    listed = paths(fetch(client, "/sitemap-tags.xml"))
    listed += paths(fetch(client, "/sitemap-tags.xml?p=2"))
    assert listed == [tag.get_absolute_url() for tag in tags]
    assert client.get("/sitemap-tags.xml?p=3").status_code == 404


# The month summary behind the index stays exact through every write path.

SEPTEMBER, OCTOBER, NOVEMBER = date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1)


def summary():
    return {row.month: (row.stories, row.lastmod) for row in SitemapMonth.objects.all()}


def recounted():
    """What the summary must hold: the whole-archive count it replaces."""
    rows = (
        Article.objects.filter(
            status=Article.Status.PUBLISHED,
            deleted_at__isnull=True,
            noindex=False,
            url_date__isnull=False,
        )
        .annotate(month=TruncMonth("url_date"))
        .values("month")
        .annotate(stories=Count("pk"), lastmod=Max(sitemaps.ARTICLE_LASTMOD))
        .order_by()
    )
    return {row["month"]: (row["stories"], row["lastmod"]) for row in rows}


def exact_summary():
    found = summary()
    assert found == recounted()
    return found


def test_publishing_counts_a_story_in_the_month_of_its_address():
    story = ArticleFactory()
    assert exact_summary() == {}
    # 23:30 on 31 October in Jakarta: an October address.
    services.article_publish(article=story, published_at=jakarta(2026, 10, 31, 23, 30))
    assert exact_summary() == {OCTOBER: (1, story.first_published_at)}


def test_a_content_edit_dates_its_month_by_the_edit():
    story = PublishedArticleFactory(published=jakarta(2026, 10, 5, 9, 0))
    PublishedArticleFactory(published=jakarta(2026, 10, 20, 9, 0))
    story.body = "<p>Isi diperbaiki.</p>"
    services.article_save(article=story)
    assert exact_summary() == {OCTOBER: (2, NOW)}


def test_unpublishing_and_taking_down_leave_the_month_to_the_rest():
    older = PublishedArticleFactory(published=jakarta(2026, 11, 2, 9, 0))
    newer = PublishedArticleFactory(published=jakarta(2026, 11, 20, 9, 0))
    assert exact_summary() == {NOVEMBER: (2, newer.first_published_at)}
    services.article_unpublish(article=newer)
    assert exact_summary() == {NOVEMBER: (1, older.first_published_at)}
    services.article_take_down(article=older, reason="Putusan Dewan Pers")
    assert exact_summary() == {}


def test_the_trash_takes_a_story_out_and_restoring_brings_it_back():
    story = PublishedArticleFactory(published=jakarta(2026, 11, 2, 9, 0))
    services.article_trash(article=story)
    assert exact_summary() == {}
    services.article_restore(article=story)
    assert exact_summary() == {NOVEMBER: (1, story.first_published_at)}


def test_hiding_a_story_from_search_engines_takes_it_out_of_its_month():
    story = PublishedArticleFactory(published=jakarta(2026, 11, 2, 9, 0))
    story.noindex = True
    services.article_save(article=story)
    assert exact_summary() == {}
    story.noindex = False
    services.article_save(article=story)
    assert exact_summary() == {NOVEMBER: (1, story.first_published_at)}


def test_rescheduling_moves_a_story_to_the_month_of_its_new_date():
    story = PublishedArticleFactory(published=jakarta(2026, 12, 2, 9, 0))
    assert exact_summary() == {date(2026, 12, 1): (1, story.first_published_at)}
    services.article_publish(article=story, published_at=jakarta(2027, 1, 5, 9, 0))
    assert story.url_date == date(2027, 1, 5)
    assert exact_summary() == {date(2027, 1, 1): (1, story.first_published_at)}


def test_deleting_stories_for_good_takes_them_out():
    first, second, third = (
        PublishedArticleFactory(published=jakarta(2026, month, 2, 9, 0)) for month in (9, 10, 10)
    )
    services.article_trash(article=first)
    services.article_purge(article=first)
    assert exact_summary() == {OCTOBER: (2, third.first_published_at)}
    Article.objects.filter(pk__in=[second.pk, third.pk]).delete()
    assert exact_summary() == {}


def test_bulk_updates_and_raw_sql_keep_the_months_exact():
    stories = [
        PublishedArticleFactory(published=jakarta(2026, month, day, 9, 0))
        for month, day in ((9, 1), (10, 1), (10, 15), (11, 1), (11, 2))
    ]
    exact_summary()
    Article.objects.filter(url_date__gte=NOVEMBER).update(noindex=True)
    assert set(exact_summary()) == {SEPTEMBER, OCTOBER}
    Article.objects.update(noindex=False, status=Article.Status.UNPUBLISHED)
    assert exact_summary() == {}
    Article.objects.update(status=Article.Status.PUBLISHED)
    assert exact_summary()[OCTOBER] == (2, stories[2].first_published_at)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE articles_article SET url_date = %s WHERE id = %s",
            [date(2026, 9, 20), stories[2].pk],
        )
    assert exact_summary()[OCTOBER] == (1, stories[1].first_published_at)
    assert exact_summary()[SEPTEMBER][0] == 2


def test_a_generated_archive_is_counted_as_it_is_written():
    generator_db.generate(60, seed=5, now=NOW)
    assert len(exact_summary()) > 3


@pytest.fixture
def own_storages(settings, tmp_path):
    """Uploads in this test's folders: a backup restore starts from a wiped site."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    private_storage._wrapped = empty
    yield
    private_storage._wrapped = empty


def test_a_restored_backup_has_the_same_months(own_storages, tmp_path):
    PublishedArticleFactory(published=jakarta(2026, 10, 5, 9, 0), tags=[TagFactory()])
    PublishedArticleFactory(published=jakarta(2026, 11, 5, 9, 0), authors=[AuthorFactory()])
    PublishedArticleFactory(published=jakarta(2026, 11, 6, 9, 0), noindex=True)
    months = exact_summary()
    call_command("export_content", str(tmp_path / "archive"), stdout=io.StringIO())
    wipe_site()
    assert summary() == {}
    call_command("import_content", str(tmp_path / "archive"), stdout=io.StringIO())
    assert exact_summary() == months
    assert set(months) == {OCTOBER, NOVEMBER}


@pytest.mark.django_db(transaction=True)
def test_the_migration_counts_the_stories_already_there():
    executor = MigrationExecutor(connection)
    summary_migration = executor.loader.graph.node_map[("articles", "0018_sitemap_months")]
    old = migrate([parent.key for parent in summary_migration.parents])
    Section, OldArticle = old.get_model("articles", "Section"), old.get_model("articles", "Article")
    section = Section.objects.create(name="Daerah", slug="daerah")

    def story(slug, moment, **fields):
        OldArticle.objects.create(
            headline=slug,
            slug=slug,
            section=section,
            status="published",
            published_at=moment,
            first_published_at=moment,
            url_date=timezone.localdate(moment),
            **fields,
        )

    story("satu", jakarta(2026, 10, 5, 9, 0))
    story("dua", jakarta(2026, 11, 1, 9, 0))
    story("tiga", jakarta(2026, 11, 3, 9, 0), content_updated_at=jakarta(2026, 11, 20, 9, 0))
    story("rahasia", jakarta(2026, 11, 21, 9, 0), noindex=True)
    story("sampah", jakarta(2026, 12, 1, 9, 0), deleted_at=NOW)

    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
    assert exact_summary() == {
        OCTOBER: (1, jakarta(2026, 10, 5, 9, 0)),
        NOVEMBER: (2, jakarta(2026, 11, 20, 9, 0)),
    }


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_owner_files_are_dated_by_the_newest_change_that_can_move_them(client):
    tag = TagFactory()
    PublishedArticleFactory(tags=[tag], published=jakarta(2026, 11, 20, 9, 0))
    edited = PublishedArticleFactory(published=jakarta(2026, 11, 21, 9, 0))
    with time_machine.travel(jakarta(2026, 11, 27, 9, 30), tick=False):
        edited.body = "<p>Isi diperbaiki.</p>"
        services.article_save(article=edited)
    lastmods = index_lastmods(client)
    # An edit anywhere may move an owner's newest story: the month's newest change dates it.
    assert lastmods["/sitemap-tags.xml"] == "2026-11-27T09:30:00+07:00"

    PublishedArticleFactory(tags=[tag], noindex=True, published=jakarta(2026, 11, 27, 9, 45))
    lastmods = index_lastmods(client)
    # Hidden stories are not in the months, but tag pages list them.
    assert lastmods["/sitemap-tags.xml"] == "2026-11-27T09:45:00+07:00"
