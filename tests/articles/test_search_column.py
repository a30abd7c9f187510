"""The search column: kept by a trigger, and supplied exactly by the generator (PostgreSQL)."""

# The SQL below is assembled from the names in articles/search_schema.py only.
# ruff: noqa: S608

import json
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles import generator_db, search_schema
from articles.generator_search import SearchVectors
from tests.factories import ArticleFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the search column exists on PostgreSQL only"
)

NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
COLUMN = search_schema.COLUMN
DOCUMENT = f"{search_schema.FUNCTION}(headline, dek, body)"


def query(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


def vector_of(article):
    [(vector,)] = query(f"SELECT {COLUMN}::text FROM articles_article WHERE id = %s", [article.pk])
    return vector


def received(binary):
    """The tsvector the server reads from ``binary``, sent as the generator sends it."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TEMPORARY TABLE received (vector tsvector)")
        cursor.adapters.register_dumper(None, generator_db._BinaryTsvector)
        with cursor.copy("COPY received FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(["tsvector"])
            copy.write_row([binary])
        cursor.execute("SELECT vector::text FROM received")
        [(vector,)] = cursor.fetchall()
        cursor.execute("DROP TABLE received")
    return vector


def copy_of(article, **changes):
    """Insert a copy of ``article``'s row by SQL, with ``changes``; its id."""
    changes = {"id": article.pk + 1000, "slug": f"{article.slug}-copy", **changes}
    query(
        "INSERT INTO articles_article SELECT (jsonb_populate_record(a, %s::jsonb)).* "
        "FROM articles_article AS a WHERE id = %s",
        [json.dumps(changes), article.pk],
    )
    return changes["id"]


def supply(on):
    query("SELECT set_config(%s, %s, true)", [search_schema.SUPPLIED_SETTING, on])


@pytest.mark.django_db
def test_generated_stories_carry_exactly_the_vectors_the_database_computes(time_machine):
    time_machine.move_to(NOW, tick=False)
    generator_db.generate(400, seed=5, now=NOW, chunk_size=150)
    [(stories, missing, different)] = query(
        f"SELECT count(*), count(*) FILTER (WHERE {COLUMN} IS NULL), "
        f"count(*) FILTER (WHERE {COLUMN} IS DISTINCT FROM {DOCUMENT}) FROM articles_article"
    )
    assert (stories, missing, different) == (400, 0, 0)


@pytest.mark.django_db
def test_the_python_vector_follows_shifts_weights_and_stopwords_on_odd_text():
    # The dek is all stopwords: deleted, yet it still moves the body along (|| counts
    # positions before ts_delete). Hyphenated words take three positions, numbers one.
    pool = ["Yang dan di.", "Pembangunan jalan desa di Gaya-Hidup 2024, kata warga."]
    headline = "DPRD Bahas Anggaran Banjir di Semarang"
    lead = "DPRD Semarang memutuskan bahas anggaran banjir pada Senin pekan ini."
    focus = "Isu Banjir dan Gaya-Hidup menjadi perhatian warga Semarang."
    with connection.cursor() as cursor:
        vectors = SearchVectors.load(cursor, pool, [(headline, lead, focus)])
    binary = vectors.vector(headline, lead, focus, 0, [1, 0, 1])
    body = f"<p>{lead} {focus} {pool[1]} {pool[0]}</p>\n<p>{pool[1]}</p>"
    [(expected,)] = query(
        f"SELECT {search_schema.FUNCTION}(%s, %s, %s)::text", [headline, pool[0], body]
    )
    assert received(binary) == expected
    assert "'gaya-hidup':" in expected and "'yang'" not in expected


@pytest.mark.django_db
def test_a_story_past_the_limits_of_the_shortcut_is_left_to_the_database():
    pool = ["banjir " * 300]  # more positions for one lexeme than to_tsvector keeps
    with connection.cursor() as cursor:
        vectors = SearchVectors.load(cursor, pool, [("Banjir", "Banjir.", "Banjir.")])
    assert vectors.vector("Banjir", "Banjir.", "Banjir.", 0, []) is None
    assert vectors.vector("Banjir", "Banjir.", "Banjir.", 0, [0]) is None


@pytest.mark.django_db
def test_a_story_past_the_limits_leaves_the_others_of_its_chunk_intact():
    # A chunk's vectors are assembled together: one story handed to the database
    # must not shift or drop anything in its neighbours'.
    pool = ["banjir " * 300, "Pembangunan jalan desa di Semarang.", "warga desa " * 2000]
    good = ("Jalan Desa", "Warga membangun jalan.", "Isu jalan menjadi perhatian.", 1, [1, 1])
    bad = ("Banjir", "Banjir.", "Banjir.", 0, [0])
    huge = ("Banjir", "Banjir.", "Banjir.", 1, [2] * 20)  # 80 000 positions: past 16 bits
    with connection.cursor() as cursor:
        vectors = SearchVectors.load(cursor, pool, [good[:3], bad[:3]])
    first, past_limits, middle, far_past, last = vectors.vectors([good, bad, good, huge, good])
    assert past_limits is None and far_past is None and first == middle == last
    body = f"<p>{good[1]} {good[2]} {pool[1]} {pool[1]}</p>"
    [(expected,)] = query(
        f"SELECT {search_schema.FUNCTION}(%s, %s, %s)::text", [good[0], pool[1], body]
    )
    assert received(first) == expected


@pytest.mark.django_db
def test_every_write_gets_the_computed_vector():
    article = ArticleFactory(headline="Warga yang terdampak banjir dapat bantuan")
    assert "'banjir':" in vector_of(article) and "'yang'" not in vector_of(article)
    article.headline = "Pembangunan jembatan di Bandung"
    article.save()
    assert "'bangun':1A" in vector_of(article) and "'banjir'" not in vector_of(article)
    # Writing the column itself changes nothing, with or without the generator's flag.
    supply("on")
    query(f"UPDATE articles_article SET {COLUMN} = 'palsu:1' WHERE id = %s", [article.pk])
    assert "'palsu'" not in vector_of(article)
    [(different,)] = query(
        f"SELECT count(*) FROM articles_article WHERE {COLUMN} IS DISTINCT FROM {DOCUMENT}"
    )
    assert different == 0


@pytest.mark.django_db
def test_only_an_insert_that_says_so_keeps_the_vector_it_brings():
    article = ArticleFactory(headline="Rapat anggaran")
    plain = copy_of(article, search_vector="palsu:1")
    supply("on")
    kept = copy_of(article, id=article.pk + 2000, slug="kept", search_vector="palsu:1")
    computed = copy_of(article, id=article.pk + 3000, slug="computed", search_vector=None)
    supply("off")
    vectors = dict(query(f"SELECT id, {COLUMN}::text FROM articles_article"))
    assert vectors[kept] == "'palsu':1"
    assert vectors[plain] == vectors[computed] == vectors[article.pk]


@pytest.mark.django_db(transaction=True)
def test_migration_0017_keeps_the_vectors_and_can_be_reversed():
    article = ArticleFactory(headline="Pembangunan jembatan", body="<p>Di Bandung.</p>")
    before = vector_of(article)
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate([("articles", "0016_security_roles")])
    with connection.cursor() as cursor:
        assert search_schema.is_generated(cursor)
    assert vector_of(article) == before
    executor = MigrationExecutor(connection)
    executor.migrate(latest)
    with connection.cursor() as cursor:
        assert not search_schema.is_generated(cursor)
    assert vector_of(article) == before
    [(triggers,)] = query(
        "SELECT count(*) FROM pg_trigger WHERE tgname = %s", [search_schema.TRIGGER]
    )
    assert triggers == 1


@pytest.mark.django_db
def test_a_story_s_vector_is_kept_in_its_row_not_out_of_line():
    # Search tests the newest stories' vectors one by one: out of line, each
    # test would cost a TOAST probe and two more pages (migration 0021).
    [(storage,)] = query(
        "SELECT attstorage FROM pg_attribute "
        "WHERE attrelid = 'articles_article'::regclass AND attname = %s",
        [COLUMN],
    )
    assert storage == "m"
