import pytest
from django.db import connection

from articles.search import search_terms
from tests.factories import ArticleFactory, PublishedArticleFactory

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="PostgreSQL full-text search (CI's second leg)"
)

HOSTILE = [
    "'; DROP TABLE articles_article; --",
    '"unclosed quote',
    "a & | ! ( ) :* <-> b",
    "x" * 10_000,
    "nul\x00byte",
    "<script>alert(1)</script>",
    "%_\\",
    "SELECT * FROM auth_user WHERE 1=1",
    "🙂 ☃ 漢字",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_get_a_plain_page(client, query):
    PublishedArticleFactory(headline="Pembangunan jembatan di Bandung")
    response = client.get("/cari/", {"q": query})
    assert response.status_code == 200
    assert not response.cookies
    assert "<script>alert(1)" not in response.content.decode()


def test_search_finds_published_stories_only(client):
    PublishedArticleFactory(headline="Banjir rob melanda pesisir Semarang")
    ArticleFactory(headline="Banjir draf yang belum terbit")
    html = client.get("/cari/", {"q": "banjir"}).content.decode()
    assert "Banjir rob melanda pesisir Semarang" in html
    assert "Banjir draf" not in html


def test_stopwords_and_operators_are_not_search_terms():
    assert search_terms("Yang DAN pembangunan & jalan | di") == ["pembangunan", "jalan"]
    assert search_terms("yang dan di") == []
    assert len(search_terms(" ".join(f"kata{n}" for n in range(50)))) == 8


def test_a_query_of_only_stopwords_explains_itself(client):
    html = client.get("/cari/", {"q": "yang dan di"}).content.decode()
    assert "cari" in html.lower()
    assert 'class="empty"' in html


def test_search_query_budget(client, django_assert_max_num_queries):
    for n in range(25):
        PublishedArticleFactory(headline=f"Pembangunan jalan desa {n}")
    # results (ranked in one query on PostgreSQL), navigation
    with django_assert_max_num_queries(2):
        client.get("/cari/", {"q": "pembangunan jalan"})


@on_postgres
def test_stemming_finds_pembangunan_for_membangun(client):
    PublishedArticleFactory(
        headline="Pemerintah percepat pembangunan bendungan", body="<p>Isi.</p>"
    )
    PublishedArticleFactory(headline="Festival kuliner di Medan", body="<p>Isi lain.</p>")
    html = client.get("/cari/", {"q": "membangun"}).content.decode()
    assert "percepat pembangunan bendungan" in html
    assert "Festival kuliner" not in html


@on_postgres
def test_stopwords_are_ignored_in_stored_vectors_and_queries(client):
    PublishedArticleFactory(headline="Warga yang terdampak banjir dapat bantuan")
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM articles_article")
        vector = cursor.fetchone()[0]
    assert "'yang'" not in vector and "'banjir'" in vector
    html = client.get("/cari/", {"q": "yang banjir"}).content.decode()
    assert "terdampak banjir" in html


@on_postgres
def test_snippets_highlight_matches_and_escape_everything(client):
    PublishedArticleFactory(
        headline="Rapat anggaran",
        body="<p>Pembahasan anggaran &lt;script&gt;x&lt;/script&gt; berlanjut.</p>",
    )
    html = client.get("/cari/", {"q": "anggaran"}).content.decode()
    assert "<mark>anggaran</mark>" in html
    assert "<script>x" not in html


@on_postgres
def test_the_query_plan_uses_the_gin_index():
    from django.contrib.postgres.search import Lexeme, SearchQuery

    from articles.models import Article
    from articles.search import _vector

    PublishedArticleFactory(headline="Pembangunan pasar")
    query = SearchQuery(Lexeme("pembangunan"), config="indonesian")
    matches = Article.objects.annotate(document=_vector()).filter(document=query)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = matches.explain()
    assert "article_search_idx" in plan


def test_the_header_has_a_search_form_without_csrf(client):
    html = client.get("/").content.decode()
    form = html.split('class="site-search"')[1].split("</form>")[0]
    assert 'method="get"' in html.split('<form class="site-search"')[1][:200]
    assert "csrfmiddlewaretoken" not in form


@on_postgres
def test_rebuild_search_index_repairs_the_column(client):
    from io import StringIO

    from django.core.management import call_command

    PublishedArticleFactory(headline="Pembangunan rumah susun")
    with connection.cursor() as cursor:
        # Inside the test's transaction: settle deferred FK checks before ALTER TABLE.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("DROP INDEX article_search_idx")
    call_command("rebuild_search_index", stdout=StringIO())
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE indexname = 'article_search_idx'")
        assert cursor.fetchone()
    assert "rumah susun" in client.get("/cari/", {"q": "membangun"}).content.decode()


def test_searching_too_fast_gets_a_429_with_retry_after(client, settings):
    settings.SEARCH_THROTTLE_RATE = "2/minute"
    for _ in range(2):
        assert client.get("/cari/", {"q": "banjir"}).status_code == 200
    throttled = client.get("/cari/", {"q": "banjir"})
    assert throttled.status_code == 429 and int(throttled["Retry-After"]) > 0
    assert "Too many searches" in throttled.content.decode() or "Terlalu banyak" in (
        throttled.content.decode()
    )
    # The empty search form is never throttled; other addresses have their own budget.
    assert client.get("/cari/").status_code == 200
    assert client.get("/cari/", {"q": "banjir"}, REMOTE_ADDR="10.0.0.9").status_code == 200
