"""The PostgreSQL search column: kept by a trigger, so every write path keeps it right.

``search_vector`` holds ``articles_search_document(headline, dek, body)``: the
three fields stemmed with the ``indonesian`` configuration, weighted A, B and
C, minus our stopwords (articles/stopwords.py, baked into the function as the
stemmer stores them). It began as a stored generated column (migration 0012);
migration 0017 made it a plain column filled by a trigger, because computing it
is ~2.3 ms of server CPU per story, which capped ``generate_articles`` at a few
hundred stories a second.

The trigger computes the vector on every insert, and on every update of the
three fields or of the column itself, so no write stores anything else. One
exception, on insert only: a transaction that runs ``SET LOCAL
newsroom.search_vector_supplied = on`` keeps the non-null vector it supplies.
Only ``generate_articles`` does, with vectors computed exactly in Python
(articles/generator_search.py, which mirrors ``document_sql()`` and is tested
against it in tests/articles/test_search_column.py).

Used by migrations 0012 and 0017 and by ``manage.py rebuild_search_index``.
"""

from .stopwords import STOPWORDS

CONFIG = "indonesian"
TABLE = "articles_article"
COLUMN = "search_vector"
INDEX = "article_search_idx"
FUNCTION = "articles_search_document"
TRIGGER = "articles_article_search_vector"
TRIGGER_FUNCTION = "articles_article_search_vector_trigger"
SUPPLIED_SETTING = "newsroom.search_vector_supplied"


def stemmed_stopwords(cursor):
    """The stopwords as the indonesian stemmer stores them (what ts_delete must remove)."""
    cursor.execute(
        "SELECT coalesce(array_agg(DISTINCT lexeme ORDER BY lexeme), '{}') "
        "FROM unnest(to_tsvector(%s::regconfig, %s))",
        [CONFIG, " ".join(sorted(STOPWORDS))],
    )
    return cursor.fetchone()[0]


def document_sql(headline, dek, body):
    """The search document of a story, as SQL over three text expressions.

    ``%s`` in the result stands for the stemmed stopwords (a text[] parameter).
    """
    return f"""
        ts_delete(
            setweight(to_tsvector('{CONFIG}', coalesce({headline}, '')), 'A')
            || setweight(to_tsvector('{CONFIG}', coalesce({dek}, '')), 'B')
            || setweight(
                to_tsvector(
                    '{CONFIG}', regexp_replace(coalesce({body}, ''), '<[^>]+>', ' ', 'g')
                ),
                'C'
            ),
            %s::text[]
        )
    """


# The original form (migration 0012, and 0017 when reversed).


def create_search_column(cursor):
    """The stored generated column and its index."""
    cursor.execute(
        f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({document_sql('headline', 'dek', 'body')}) STORED",
        [stemmed_stopwords(cursor)],
    )
    cursor.execute(f"CREATE INDEX {INDEX} ON {TABLE} USING GIN ({COLUMN})")


def drop_search_column(cursor):
    cursor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {TABLE}")
    cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    cursor.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS {COLUMN}")
    cursor.execute(f"DROP FUNCTION IF EXISTS {TRIGGER_FUNCTION}()")
    cursor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(text, text, text)")


# The trigger-maintained form (migration 0017 onwards).


def create_document_function(cursor):
    """(Re)define the search document with the current stopwords; IMMUTABLE, so indexable."""
    cursor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(headline text, dek text, body text) "
        "RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE "
        f"RETURN {document_sql('headline', 'dek', 'body')}",
        [stemmed_stopwords(cursor)],
    )


def create_trigger(cursor):
    cursor.execute(
        f"""
        CREATE OR REPLACE FUNCTION {TRIGGER_FUNCTION}() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' AND NEW.{COLUMN} IS NOT NULL
               AND current_setting('{SUPPLIED_SETTING}', true) = 'on' THEN
                RETURN NEW;
            END IF;
            NEW.{COLUMN} := {FUNCTION}(NEW.headline, NEW.dek, NEW.body);
            RETURN NEW;
        END
        $$
        """
    )
    cursor.execute(
        f"CREATE OR REPLACE TRIGGER {TRIGGER} "
        f"BEFORE INSERT OR UPDATE OF headline, dek, body, {COLUMN} ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {TRIGGER_FUNCTION}()"
    )


def is_generated(cursor):
    cursor.execute(
        "SELECT attgenerated = 's' FROM pg_attribute "
        "WHERE attrelid = %s::regclass AND attname = %s AND NOT attisdropped",
        [TABLE, COLUMN],
    )
    row = cursor.fetchone()
    return bool(row and row[0])


def convert_to_trigger(cursor):
    """Generated column → plain column and trigger, keeping the stored vectors (no rewrite)."""
    create_document_function(cursor)
    if is_generated(cursor):
        cursor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {COLUMN} DROP EXPRESSION")
    create_trigger(cursor)


def convert_to_generated(cursor):
    """Back to the generated column (recomputes every vector: a table rewrite)."""
    drop_search_column(cursor)
    create_search_column(cursor)


def rebuild(cursor):
    """Recompute every vector with the current stopwords, and the index, in one table rewrite."""
    create_document_function(cursor)
    cursor.execute(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS {COLUMN} tsvector")
    if is_generated(cursor):
        cursor.execute(f"ALTER TABLE {TABLE} ALTER COLUMN {COLUMN} DROP EXPRESSION")
    cursor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    cursor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {TABLE}")  # it names the column
    # A type "change" with USING rewrites the table once; an UPDATE would leave
    # a dead copy of every row behind.
    cursor.execute(
        f"ALTER TABLE {TABLE} ALTER COLUMN {COLUMN} TYPE tsvector "
        f"USING {FUNCTION}(headline, dek, body)"
    )
    cursor.execute(f"CREATE INDEX {INDEX} ON {TABLE} USING GIN ({COLUMN})")
    create_trigger(cursor)
