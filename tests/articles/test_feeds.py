from datetime import timedelta
from urllib.parse import urlsplit

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone
from lxml import etree

from articles.feeds import FEED_SIZE, owner_feed_links
from articles.models import Article
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

KINDS = ["site", "section", "tag", "author", "source"]
FORMATS = ["rss", "atom"]
ATOM = "{http://www.w3.org/2005/Atom}"
MEDIA = "{http://search.yahoo.com/mrss/}"


@pytest.fixture
def owners():
    return {
        "section": SectionFactory(name="Ekonomi", slug="ekonomi"),
        "tag": TagFactory(name="Pilkada", slug="pilkada"),
        "author": AuthorFactory(name="Sari Dewi", slug="sari-dewi"),
        "source": SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri"),
    }


def publish(owners, count=1, **kwargs):
    """Published stories that belong to every owner in ``owners``."""
    return [
        PublishedArticleFactory(
            section=owners["section"],
            source=owners["source"],
            tags=[owners["tag"], TagFactory()],
            authors=[owners["author"], AuthorFactory()],
            **kwargs,
        )
        for _ in range(count)
    ]


def feed_url(kind, fmt="rss", owners=None):
    name = kind if fmt == "rss" else f"{kind}_atom"
    if kind == "site":
        return reverse(f"feeds:{name}")
    return reverse(f"feeds:{name}", kwargs={"slug": owners[kind].slug})


def parse(response):
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def test_feed_addresses():
    assert reverse("feeds:site") == "/feed/"
    assert reverse("feeds:site_atom") == "/feed/atom/"
    assert reverse("feeds:section", kwargs={"slug": "x"}) == "/feed/rubrik/x/"
    assert reverse("feeds:section_atom", kwargs={"slug": "x"}) == "/feed/rubrik/x/atom/"
    assert reverse("feeds:tag", kwargs={"slug": "x"}) == "/feed/topik/x/"
    assert reverse("feeds:author_atom", kwargs={"slug": "x"}) == "/feed/penulis/x/atom/"
    assert reverse("feeds:source", kwargs={"slug": "x"}) == "/feed/sumber/x/"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_feed_parses_cleanly(client, owners, kind, fmt):
    stories = publish(owners, 2, featured_image=make_image())
    response = client.get(feed_url(kind, fmt, owners))

    parsed = parse(response)
    expected_type = "application/rss+xml" if fmt == "rss" else "application/atom+xml"
    assert response["Content-Type"].startswith(expected_type)
    assert parsed.version == ("rss20" if fmt == "rss" else "atom10")
    assert parsed.feed.language == "id"
    assert [entry.title for entry in parsed.entries] == [s.headline for s in reversed(stories)]
    if kind == "site":
        assert parsed.feed.title == "Kabar Nusantara"
        assert parsed.feed.link == "http://testserver/"
    else:
        assert parsed.feed.title == f"{owners[kind]} – Kabar Nusantara"
        assert parsed.feed.link == f"http://testserver{owners[kind].get_absolute_url()}"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", ["site", "section"])
def test_only_published_stories_appear(client, owners, kind, fmt):
    [visible] = publish(owners)
    draft = ArticleFactory(section=owners["section"], headline="Draf yang belum terbit")
    scheduled = PublishedArticleFactory(
        section=owners["section"],
        headline="Berita terjadwal besok",
        published=timezone.now() + timedelta(days=1),
    )
    assert scheduled.status == Article.Status.PUBLISHED
    assert not Article.objects.published().filter(pk__in=[draft.pk, scheduled.pk]).exists()

    parsed = parse(client.get(feed_url(kind, fmt, owners)))

    assert [entry.title for entry in parsed.entries] == [visible.headline]


def test_newest_thirty_stories_newest_first(client):
    now = timezone.now()
    stories = [
        PublishedArticleFactory(published=now - timedelta(minutes=minutes))
        for minutes in range(1, FEED_SIZE + 6)
    ]

    parsed = parse(client.get(feed_url("site")))

    assert [entry.title for entry in parsed.entries] == [s.headline for s in stories[:FEED_SIZE]]


def test_dates_carry_the_jakarta_offset(client, owners):
    moment = timezone.make_aware(timezone.datetime(2022, 6, 20, 10, 15))
    [story] = publish(owners, published=moment)
    story.headline = "Judul yang diperbaiki setelah terbit"
    story.save()
    story.refresh_from_db()
    assert story.content_updated_at > story.first_published_at

    rss = etree.fromstring(client.get(feed_url("site")).content)
    # RSS 2.0 dates are RFC 822: the offset is written without a colon.
    assert rss.findtext("channel/item/pubDate") == "Mon, 20 Jun 2022 10:15:00 +0700"
    assert rss.findtext("channel/lastBuildDate").endswith("+0700")

    atom = etree.fromstring(client.get(feed_url("site", "atom")).content)
    entry = atom.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}published") == "2022-06-20T10:15:00+07:00"
    updated = entry.findtext(f"{ATOM}updated")
    assert updated == timezone.localtime(story.content_updated_at).isoformat()
    assert updated.endswith("+07:00")
    assert atom.findtext(f"{ATOM}updated").endswith("+07:00")


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_empty_feed_still_dates_itself_in_jakarta_time(client, fmt):
    root = etree.fromstring(client.get(feed_url("site", fmt)).content)
    built = root.findtext("channel/lastBuildDate" if fmt == "rss" else f"{ATOM}updated")
    assert built.endswith("+0700" if fmt == "rss" else "+07:00")


@pytest.mark.parametrize("fmt", FORMATS)
def test_guid_survives_a_slug_change(client, owners, fmt):
    [story] = publish(owners)
    before = parse(client.get(feed_url("site", fmt))).entries[0]

    story.slug = "judul-baru-setelah-diperbaiki"
    story.save()
    after = parse(client.get(feed_url("site", fmt))).entries[0]

    assert before.link != after.link
    assert after.link == f"http://testserver{story.get_absolute_url()}"
    assert before.id == after.id
    first_day = timezone.localdate(story.first_published_at)
    assert after.id == f"tag:testserver,{first_day:%Y-%m-%d}:article:{story.pk}"
    if fmt == "rss":
        assert after.guidislink is False
        raw = client.get(feed_url("site")).content.decode()
        assert 'isPermaLink="false"' in raw


@pytest.mark.parametrize("host", ["testserver", "localhost"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_address_names_the_request_host(client, owners, fmt, host):
    publish(owners, 2, featured_image=make_image())
    parsed = parse(client.get(feed_url("section", fmt, owners), HTTP_HOST=host))

    addresses = [parsed.feed.link, *(link.href for link in parsed.feed.links)]
    for entry in parsed.entries:
        addresses += [entry.link, *(link.href for link in entry.links)]
        addresses += [media["url"] for media in entry.media_content]
        assert entry.id.startswith(f"tag:{host},")
    assert len(addresses) > 6
    assert {urlsplit(address).netloc for address in addresses} == {host}
    assert {urlsplit(address).scheme for address in addresses} == {"http"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_featured_image_is_a_media_rss_element(client, owners, fmt, settings):
    image = make_image(credit="Antara")
    [with_image] = publish(owners, featured_image=image, featured_image_alt="Warga antre")
    [without_image] = publish(owners)

    parsed = parse(client.get(feed_url("site", fmt)))

    entries = {entry.title: entry for entry in parsed.entries}
    [media] = entries[with_image.headline].media_content
    assert media["medium"] == "image"
    assert media["type"] == "image/jpeg"
    assert urlsplit(media["url"]).path.startswith(f"/{settings.MEDIA_URL.strip('/')}/renditions/")
    assert media["url"].endswith("-w800.jpg")
    assert (int(media["width"]), int(media["height"])) == (
        min(800, image.width),
        round(image.height * min(800, image.width) / image.width),
    )
    assert "media_content" not in entries[without_image.headline]
    raw = client.get(feed_url("site", fmt)).content.decode()
    assert 'xmlns:media="http://search.yahoo.com/mrss/"' in raw
    assert '<media:description type="plain">Warga antre</media:description>' in raw
    assert "<media:credit>Antara</media:credit>" in raw


def test_items_carry_summary_bylines_and_categories(client, owners):
    first, second = AuthorFactory(name="Budi Santoso"), AuthorFactory(name="Ani Lestari")
    tags = [TagFactory(name="Banjir"), TagFactory(name="APBD")]
    with_dek = PublishedArticleFactory(
        section=owners["section"],
        dek="Pemerintah menambah anggaran <darurat> & logistik.",
        authors=[first, second],
        tags=tags,
    )
    words = " ".join(f"kata{n}" for n in range(80))
    without_dek = PublishedArticleFactory(
        section=owners["section"],
        dek="",
        body=f"<p>{words}</p><p>Paragraf kedua.</p>",
        source=owners["source"],
    )

    parsed = parse(client.get(feed_url("site")))

    entries = {entry.title: entry for entry in parsed.entries}
    dek_entry = entries[with_dek.headline]
    assert dek_entry.summary == "Pemerintah menambah anggaran &lt;darurat&gt; &amp; logistik."
    assert dek_entry.author == "Budi Santoso, Ani Lestari"
    assert [tag.term for tag in dek_entry.tags] == ["Ekonomi", "APBD", "Banjir"]
    body_entry = entries[without_dek.headline]
    assert body_entry.summary == " ".join(f"kata{n}" for n in range(50)) + "…"
    # No byline: the source signs the story.
    assert body_entry.author == "Puspen Kemendagri"


def test_paid_content_is_labelled(client):
    story = PublishedArticleFactory(article_type=Article.Type.ADVERTORIAL)
    [entry] = parse(client.get(feed_url("site"))).entries
    assert entry.title == f"Konten berbayar: {story.headline}"
    assert "Advertorial" in [tag.term for tag in entry.tags]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS[1:])
def test_unknown_slug_is_404(client, kind, fmt):
    name = kind if fmt == "rss" else f"{kind}_atom"
    url = reverse(f"feeds:{name}", kwargs={"slug": "tidak-ada"})
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("count", [3, 25])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_query_count_does_not_grow(client, owners, django_assert_num_queries, kind, fmt, count):
    image = make_image()
    publish(owners, count, featured_image=image)
    # stories, bylines, tags; owner feeds first look up their owner.
    expected = 3 if kind == "site" else 4
    with django_assert_num_queries(expected):
        parsed = parse(client.get(feed_url(kind, fmt, owners)))
    assert len(parsed.entries) == count


@pytest.mark.parametrize("fmt", FORMATS)
def test_site_feed_sets_no_cookie(client, owners, fmt):
    publish(owners)
    response = client.get(feed_url("site", fmt))
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert "cookie" not in response.get("Vary", "").lower()


def test_pages_link_the_site_feeds(client):
    html = client.get(reverse("articles:home")).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Kabar Nusantara (RSS)" '
        'href="/feed/">'
    ) in html
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Kabar Nusantara (Atom)" '
        'href="/feed/atom/">'
    ) in html


@pytest.mark.parametrize("kind", KINDS[1:])
def test_owner_feed_links_point_at_working_feeds(client, owners, kind):
    publish(owners)
    rss, atom = owner_feed_links(owners[kind])
    assert rss["type"] == "application/rss+xml"
    assert atom["type"] == "application/atom+xml"
    assert rss["url"] == feed_url(kind, "rss", owners)
    assert atom["url"] == feed_url(kind, "atom", owners)
    assert rss["title"] == f"{owners[kind]} – Kabar Nusantara (RSS)"
    assert len(parse(client.get(rss["url"])).entries) == 1
    assert len(parse(client.get(atom["url"])).entries) == 1


@pytest.mark.parametrize("kind", ["section", "tag", "author", "source"])
def test_owner_pages_link_their_feeds(client, kind):
    from tests.factories import AuthorFactory, SectionFactory, SourceFactory, TagFactory

    owner = {
        "section": SectionFactory,
        "tag": TagFactory,
        "author": AuthorFactory,
        "source": SourceFactory,
    }[kind]()
    html = client.get(owner.get_absolute_url()).content.decode()
    assert html.count('rel="alternate" type="application/rss+xml"') == 2
    assert f'/feed/{owner.get_absolute_url().strip("/")}/"' in html
