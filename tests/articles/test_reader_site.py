"""Every page type answers with demo content, in both languages, within a fixed query budget."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, FrontPage, FrontPagePick, Page
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

REFERENCE = "/2022/06/20/bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah/"
DEMO_PAGES = [
    "/",
    REFERENCE,
    "/rubrik/pemerintahan/",
    "/topik/kemendagri/",
    "/penulis/redaksi/",
    "/sumber/puspen-kemendagri/",
    "/indeks/",
    "/indeks/2022/",
    "/indeks/2022/06/",
    "/indeks/2022/06/20/",
    "/halaman/redaksi/",
    "/halaman/pedoman-media-siber/",
    "/ralat/",
]


@pytest.fixture
def demo(settings):
    call_command("load_demo", stdout=io.StringIO())


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_every_page_type_answers_with_demo_content(client, demo, prefix):
    for path in DEMO_PAGES:
        response = client.get(prefix + path)
        assert response.status_code == 200, prefix + path
        assert not response.cookies, path


def test_paid_content_is_labelled_in_lists_and_on_the_page(client, demo):
    advert = Article.objects.get(slug="advertorial-tabungan-pelajar-bank-nusantara")
    page = client.get(advert.get_absolute_url()).content.decode()
    assert "type-label--advertorial" in page
    assert 'rel="sponsored noopener noreferrer"' in page
    listing = client.get(advert.section.get_absolute_url()).content.decode()
    card = listing.split(advert.headline)[0].rsplit('<article class="card">', 1)[1]
    assert "type-label--advertorial" in card
    news = Article.objects.filter(article_type="berita").published().first()
    assert 'rel="sponsored' not in client.get(news.get_absolute_url()).content.decode()


def test_static_pages_are_linked_from_the_footer(client, demo):
    html = client.get("/").content.decode()
    footer = html.split('class="site-footer"')[1]
    for page in Page.objects.in_footer():
        assert f'href="{page.get_absolute_url()}"' in footer


def test_the_article_page_shows_breadcrumbs_neighbours_share_links_and_credits(client):
    section, writer, editor = (
        SectionFactory(),
        AuthorFactory(name="Ani"),
        AuthorFactory(name="Budi"),
    )
    older = PublishedArticleFactory(section=section, published=timezone.now() - timedelta(days=2))
    story = PublishedArticleFactory(
        section=section,
        authors=[writer],
        editor=editor,
        published=timezone.now() - timedelta(days=1),
    )
    newer = PublishedArticleFactory(section=section)
    html = client.get(story.get_absolute_url()).content.decode()
    assert 'aria-label="Remah roti"' in html or 'class="breadcrumbs"' in html
    assert f'rel="prev" href="{older.get_absolute_url()}"' in html
    assert f'rel="next" href="{newer.get_absolute_url()}"' in html
    assert (
        "https://wa.me/?text=" in html
        and "<script" not in html.split('class="share"')[1].split("</nav>")[0]
    )
    assert "Penulis" in html and ">Budi</a>" in html and "Editor" in html


def test_seo_overrides_and_noindex(client):
    story = PublishedArticleFactory(
        seo_title="Judul untuk mesin pencari", social_title="Judul untuk dibagikan", noindex=True
    )
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<title>Judul untuk mesin pencari – " in html
    assert '<meta property="og:title" content="Judul untuk dibagikan">' in html
    assert '<meta name="robots" content="noindex, max-image-preview:large">' in html


def test_home_uses_the_editors_choices_and_the_breaking_bar_expires(client):
    lead, pick = (
        PublishedArticleFactory(headline="Pilihan utama"),
        PublishedArticleFactory(headline="Pilihan kedua"),
    )
    PublishedArticleFactory(headline="Paling baru")
    front = FrontPage.objects.create(
        lead=lead,
        breaking_text="Gempa di Cianjur",
        breaking_until=timezone.now() + timedelta(hours=1),
    )
    FrontPagePick.objects.create(front_page=front, article=pick)
    html = client.get("/").content.decode()
    lead_html = html.split('class="lead-story"')[1].split("</section>")[0]
    assert "Pilihan utama" in lead_html
    assert "Pilihan kedua" in html.split('class="picks"')[1].split("</section>")[0]
    assert "Gempa di Cianjur" in html
    FrontPage.objects.update(breaking_until=timezone.now() - timedelta(minutes=1))
    assert "Gempa di Cianjur" not in client.get("/").content.decode()


def test_home_query_count_does_not_grow_with_sections(client, django_assert_num_queries):
    def fill(sections):
        for _ in range(sections):
            section = SectionFactory()
            for _ in range(5):
                PublishedArticleFactory(section=section, authors=[AuthorFactory()])

    front = FrontPage.objects.create()
    FrontPagePick.objects.create(front_page=front, article=PublishedArticleFactory())
    fill(2)
    # front page, picks, latest, section blocks, most read, bylines, navigation
    with django_assert_num_queries(7):
        client.get("/")
    fill(6)
    with django_assert_num_queries(7):
        assert client.get("/").status_code == 200


@pytest.mark.parametrize("kind", ["index", "day", "section", "tag", "author", "source"])
def test_a_deep_archive_page_costs_what_page_one_costs(client, kind, django_assert_num_queries):
    section, source, tag, author = SectionFactory(), SourceFactory(), TagFactory(), AuthorFactory()
    start = timezone.now() - timedelta(hours=1)
    for n in range(65):
        PublishedArticleFactory(
            section=section,
            source=source,
            tags=[tag],
            authors=[author],
            published=start - timedelta(minutes=n),
        )
    day = timezone.localdate(start)
    url = {
        "index": "/indeks/",
        "day": f"/indeks/{day:%Y/%m/%d}/",
        "section": section.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "author": author.get_absolute_url(),
        "source": source.get_absolute_url(),
    }[kind]
    if kind == "day":
        Article.objects.update(url_date=day)
    # (owner,) page, bylines, navigation: no COUNT, no OFFSET
    budget = 3 if kind in ("index", "day") else 4
    with django_assert_num_queries(budget):
        first = client.get(url)
    cursor = first.context["page"].older
    for _ in range(2):
        with django_assert_num_queries(budget):
            deeper = client.get(url, {"sebelum": cursor})
        cursor = deeper.context["page"].older
    assert deeper.status_code == 200 and len(deeper.context["articles"]) == 20


def test_static_and_corrections_page_budgets(client, django_assert_num_queries):
    page = Page.objects.create(
        title="Kontak", slug="kontak", body="<p>Hubungi kami.</p>", footer_position=1
    )
    with django_assert_num_queries(2):  # page, navigation
        client.get(page.get_absolute_url())
    ArticleFactory()
    with django_assert_num_queries(2):  # corrections (none: no count query needed), navigation
        client.get("/ralat/")


def test_an_article_page_weighs_at_most_60_kb_before_images(client, demo):
    import re
    from pathlib import Path

    from django.contrib.staticfiles import finders

    html = client.get(REFERENCE).content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    sizes = {a.decode(): Path(finders.find(a.decode())).stat().st_size for a in set(assets)}
    weight = len(html) + sum(sizes.values())
    assert weight <= 60 * 1024, (len(html), sizes)


@pytest.mark.parametrize(
    "path", ["/indeks/", "/indeks/2022/06/20/", "/halaman/redaksi/", "/ralat/"]
)
def test_new_pages_set_no_cookie_and_run_no_inline_script(client, demo, path):
    from tests.articles.test_views import INLINE_SCRIPT

    response = client.get(path)
    assert not response.cookies and "Cookie" not in response.get("Vary", "")
    assert not INLINE_SCRIPT.search(response.content.decode())
