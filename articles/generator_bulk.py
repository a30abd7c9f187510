"""Large loads into PostgreSQL: secondary indexes and foreign keys set aside, then rebuilt.

Written row by row, the story, byline and tag link tables cost the server more
in index maintenance (20 secondary indexes, the GIN search index among them)
and in deferred foreign-key checks (a dozen a story) than in storing the rows.
Building an index from the finished table sorts once, and re-adding a foreign
key checks every row in one join. Measured on PostgreSQL 15 at 20 000 stories:
551 µs of server CPU per story written through everything, 292 µs counting
the rebuild; at 100 000, keeping only the GIN index in place during the load
cost 39 s more than building it afterwards in 7.6 s. It pays when the load is
large next to what the tables already hold, so ``generate_articles`` does it
when the story table at least doubles, for 10 000 stories or more.

Autovacuum of these tables is off during the load too: it would scan the
growing tables again and again on the cores the load needs (the generator
analyzes them once at the end).

Unique indexes and primary keys stay: they guard what the load must not break.
While the load runs, queries on these tables are slow and the foreign keys are
not enforced, which is acceptable on the throwaway copies the generator is for.
The statements that put everything back are written to a file before anything
is dropped; they run after the load, or after it fails, and a load that is
killed outright can be repaired with ``psql -f`` on that file.
"""

import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.db import connection, transaction

TABLES = ["articles_article", "articles_articleauthor", "articles_taggedarticle"]
MINIMUM = 10_000
# Per rebuilding connection: sorting in memory is what makes index builds cheap.
MAINTENANCE_WORK_MEM = "512MB"

_INDEXES_SQL = """
    SELECT format('DROP INDEX %%s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid),
           am.amname = 'gin'
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_am am ON am.oid = c.relam
    WHERE i.indrelid = ANY(%s::regclass[]) AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
    ORDER BY c.relname
"""
_FOREIGN_KEYS_SQL = """
    SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname),
           format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname,
                  pg_get_constraintdef(oid))
    FROM pg_constraint
    WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])
    ORDER BY conname
"""


def wanted(count, bulk=None):
    """Whether a load of ``count`` stories sets the indexes and keys aside: if ``bulk``
    says so, or when None, if it is worth it."""
    # Other connections rebuild them, and could not see rows of a transaction open here.
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return False
    if bulk is not None:
        return bulk
    if count < MINIMUM:
        return False
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {TABLES[0]}")  # noqa: S608
        return cursor.fetchone()[0] <= count


class SetAside:
    """The secondary indexes and foreign keys of TABLES, dropped until ``restore()``;
    autovacuum of TABLES is off until then too."""

    def __init__(self):
        with connection.cursor() as cursor:
            cursor.execute(_INDEXES_SQL, [TABLES])
            indexes = cursor.fetchall()
            cursor.execute(_FOREIGN_KEYS_SQL, [TABLES])
            keys = cursor.fetchall()
        # The GIN index takes longest to build: first, so the others fill the other connections.
        indexes.sort(key=lambda index: not index[2])
        self.drops = [drop for drop, *_rest in indexes] + [drop for drop, _add in keys]
        self.indexes = [create for _drop, create, _gin in indexes]
        self.keys = [add for _drop, add in keys]
        # Autovacuum would scan the growing tables again and again, on the cores the
        # load needs; the generator analyzes them once at the end.
        self.drops += [f"ALTER TABLE {table} SET (autovacuum_enabled = off)" for table in TABLES]
        self.settings = [f"ALTER TABLE {table} RESET (autovacuum_enabled)" for table in TABLES]
        name = f"generate_articles-restore-{connection.settings_dict['NAME']}.sql"
        self.path = Path(tempfile.gettempdir()) / name

    def drop(self):
        statements = [*self.indexes, *self.keys, *self.settings]
        self.path.write_text("".join(f"{sql};\n" for sql in statements))
        with transaction.atomic(), connection.cursor() as cursor:
            for statement in self.drops:
                cursor.execute(statement)

    def restore(self, workers):
        """Rebuild the indexes, then re-add (and so check) the keys, ``workers`` at a time."""
        for statements in (self.indexes, self.keys, self.settings):
            with ThreadPoolExecutor(max_workers=max(workers, 1)) as pool:
                list(pool.map(_execute, statements))
        self.path.unlink(missing_ok=True)


def _execute(statement):
    """One statement on this thread's own connection (closed after: threads do not last)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SET maintenance_work_mem = '{MAINTENANCE_WORK_MEM}'")
            cursor.execute(statement)
    finally:
        connection.close()
