"""The PostgreSQL search column: generated from the story, so every write path keeps it right.

Used by migration 0012 and by ``manage.py rebuild_search_index``.
"""

from .stopwords import STOPWORDS

TABLE = "articles_article"
COLUMN = "search_vector"
INDEX = "article_search_idx"


def stemmed_stopwords(cursor):
    """The stopwords as the indonesian stemmer stores them (what ts_delete must remove)."""
    cursor.execute(
        "SELECT coalesce(array_agg(DISTINCT lexeme ORDER BY lexeme), '{}') "
        "FROM unnest(to_tsvector('indonesian', %s))",
        [" ".join(sorted(STOPWORDS))],
    )
    return cursor.fetchone()[0]


def create_search_column(cursor):
    stopwords = stemmed_stopwords(cursor)
    cursor.execute(
        f"""
        ALTER TABLE {TABLE} ADD COLUMN {COLUMN} tsvector GENERATED ALWAYS AS (
            ts_delete(
                setweight(to_tsvector('indonesian', coalesce(headline, '')), 'A')
                || setweight(to_tsvector('indonesian', coalesce(dek, '')), 'B')
                || setweight(
                    to_tsvector(
                        'indonesian', regexp_replace(coalesce(body, ''), '<[^>]+>', ' ', 'g')
                    ),
                    'C'
                ),
                %s::text[]
            )
        ) STORED
        """,
        [stopwords],
    )
    cursor.execute(f"CREATE INDEX {INDEX} ON {TABLE} USING GIN ({COLUMN})")


def drop_search_column(cursor):
    cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    cursor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {COLUMN}")
