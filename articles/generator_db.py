"""Writing a generated archive (articles/generator.py) into the database.

Ids of the stories are reserved up front, so each chunk of stories travels
with its bylines and tag links, in its own transaction. PostgreSQL gets
``COPY … FROM STDIN (FORMAT BINARY)`` with the search vectors computed in
Python (articles/generator_search.py), from several processes at once: making
the stories is Python work under one GIL per process, and each process's
connection has a server process of its own. Other databases get batched
``INSERT``s from this process.
"""

import multiprocessing
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import DatabaseError, connection, connections, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from psycopg import postgres
from psycopg.adapt import Dumper
from psycopg.pq import Format

from . import generator, generator_bulk, link_times, search_schema
from .generator_search import SearchVectors
from .models import (
    Article,
    ArticleAuthor,
    ArticleRevision,
    ArticleTransition,
    ArticleViewCount,
    Author,
    Correction,
    Section,
    Source,
    Tag,
    TaggedArticle,
)

CHUNK_SIZE = 2000
MIN_CHUNK_SIZE = 250
# Measured on PostgreSQL 15 (pg_database_size with all indexes and the search
# column): 7.86 GB at 1 M stories with pglz, 830 MB at 100 000 since the
# generator compresses with lz4 (see _SETTINGS below).
BYTES_PER_ARTICLE = 8_500
DISK_MARGIN = 1.2

ARTICLE_COLUMNS = [
    "id",
    "headline",
    "slug",
    "dek",
    "body",
    "dateline_city",
    "article_type",
    "section_id",
    "source_id",
    "editor_id",
    "noindex",
    "featured_image_alt",
    "featured_image_caption",
    "seo_title",
    "social_title",
    "social_description",
    "takedown_reason",
    "status",
    "published_at",
    "first_published_at",
    "url_date",
    "content_updated_at",
    "embargo_until",
    "expires_at",
    "deleted_at",
    "version",
    "created_at",
    "updated_at",
]
# (model, attribute names, the Batch attribute holding its rows)
TABLES = [
    (Article, ARTICLE_COLUMNS, "articles"),
    (ArticleAuthor, ["article_id", "author_id", "position", "published_at"], "bylines"),
    (TaggedArticle, ["content_object_id", "tag_id", "published_at"], "taggings"),
    (Correction, ["article_id", "kind", "note", "published_at"], "corrections"),
    (ArticleTransition, ["article_id", "from_state", "to_state", "note", "at"], "transitions"),
    (ArticleRevision, ["article_id", "version", "created_at", "data"], "revisions"),
    (ArticleViewCount, ["article_id", "day", "count"], "view_counts"),
]


class GenerationRefused(Exception):
    """The generator will not run here (production settings, not enough disk)."""


@dataclass
class DiskCheck:
    needed: int
    free: int | None
    path: str | None


def check_disk(count):
    """Refuse when the estimated size of ``count`` stories exceeds the free disk."""
    needed = int(count * BYTES_PER_ARTICLE * DISK_MARGIN)
    path = _database_directory()
    free = shutil.disk_usage(path).free if path else None
    if free is not None and needed > free:
        raise GenerationRefused(
            f"{count} stories need about {needed / 1e9:.1f} GB on {path}, "
            f"but only {free / 1e9:.1f} GB are free. Generate fewer or free some space."
        )
    return DiskCheck(needed=needed, free=free, path=path)


def _database_directory():
    """Where the database keeps its files, when this process can see it."""
    if connection.vendor == "sqlite":
        name = str(connection.settings_dict["NAME"])
        return str(Path(name).resolve().parent) if "memory" not in name else None
    if connection.vendor == "postgresql":
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SHOW data_directory")
                directory = cursor.fetchone()[0]
        except DatabaseError:  # not allowed to read it: no check, not a failure
            return None
        return directory if Path(directory).is_dir() else None
    return None


def refuse_production(force=False):
    if getattr(settings, "ENVIRONMENT", "") == "production" and not force:
        raise GenerationRefused(
            "These are production settings: generating fake stories would publish them. "
            "Use --force if this really is a throwaway copy."
        )


# The vocabulary: sections, sources, authors and tags, created when missing.


def ensure_vocabulary(seed):
    sections = _ensure(Section, generator.section_specs())
    sources = _ensure(Source, generator.source_specs(seed))
    author_specs = generator.author_specs(seed)
    authors = _ensure(Author, author_specs)
    tags = _ensure_tags(generator.tag_specs(seed))
    persons = [authors[s["slug"]] for s in author_specs if s["kind"] == "person"]
    return generator.Vocabulary(
        section_ids=sections,
        source_ids=list(sources.values()),
        author_ids=persons,
        desk_ids=[authors[s["slug"]] for s in author_specs if s["kind"] != "person"],
        # Editors are seasoned staff, not the most prolific reporters.
        editor_ids=persons[100 : 100 + generator.EDITOR_COUNT],
        tag_ids=list(tags.values()),
        tag_names={pk: name for name, pk in tags.items()},
        author_names={authors[s["slug"]]: s["name"] for s in author_specs},
        sentences=generator.sentence_pool(seed),
        opinion_section_id=sections["opini"],
    )


def _ensure(model, specs):
    """Slug → id for ``specs``, in their order, creating the missing rows."""
    slugs = [spec["slug"] for spec in specs]
    existing = set(model.objects.filter(slug__in=slugs).values_list("slug", flat=True))
    model.objects.bulk_create([model(**spec) for spec in specs if spec["slug"] not in existing])
    ids = dict(model.objects.filter(slug__in=slugs).values_list("slug", "pk"))
    return {slug: ids[slug] for slug in slugs}


def _ensure_tags(specs):
    """Name → id, most popular first; existing tags are matched regardless of case."""
    lowered = {spec["name"].lower(): spec for spec in specs}
    matching = Tag.objects.annotate(key=Lower("name")).filter(key__in=list(lowered))
    found = dict(matching.values_list("key", "pk"))
    if len(found) < len(lowered):
        Tag.objects.bulk_create([Tag(**spec) for key, spec in lowered.items() if key not in found])
        found = dict(matching.values_list("key", "pk"))
    return {spec["name"]: found[key] for key, spec in lowered.items()}


# Writing.


def reserve_article_ids(count):
    """The first of ``count`` consecutive free story ids (the sequence moves past them)."""
    table = Article._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
        highest = cursor.fetchone()[0]
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
            sequence = cursor.fetchone()[0]
            cursor.execute(f"SELECT last_value FROM {sequence}")  # noqa: S608
            highest = max(highest, cursor.fetchone()[0])
            cursor.execute("SELECT setval(%s, %s)", [sequence, highest + count])
        return highest + 1


class ChunkWriter:
    """Makes one chunk of stories and writes it in one transaction; returns its size."""

    def __init__(self, maker, vectors=None):
        self.maker = maker
        self.vectors = vectors

    def __call__(self, chunk):
        number, first_id, size = chunk
        batch = self.maker.batch(number, first_id, size)
        with transaction.atomic(), connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                if self.vectors:
                    self.vectors.fill(cursor, batch)
                _copy_batch(cursor, batch)
            else:
                for model, columns, attribute in TABLES:
                    rows = [_as_tuple(row, columns) for row in getattr(batch, attribute)]
                    if rows:
                        _insert(connection, cursor, model, columns, rows)
        return size


def _as_tuple(row, columns):
    return tuple(row[name] for name in columns) if isinstance(row, dict) else row


# What the chunk's transaction tells the triggers: it supplies the search vectors
# and the links' publication times itself (search_schema.py, link_times.py). Its
# commit need not wait for the disk (a crash loses whole chunks, never half of
# one), and lz4 compresses its stories' bodies in a fraction of pglz's time.
_SETTINGS = {
    search_schema.SUPPLIED_SETTING: "'on'",
    link_times.SUPPLIED_SETTING: "'on'",
    "synchronous_commit": "'off'",
    "default_toast_compression": "CASE WHEN 'lz4' = ANY(enumvals) THEN 'lz4' ELSE setting END",
}
_SET_ALL = ", ".join(f"set_config('{name}', {value}, true)" for name, value in _SETTINGS.items())
_SETTINGS_ON = f"SELECT {_SET_ALL} FROM pg_settings WHERE name = 'default_toast_compression'"  # noqa: S608


def _copy_batch(cursor, batch):
    cursor.adapters.register_dumper(None, _BinaryTsvector)
    cursor.execute(_SETTINGS_ON)
    for model, columns, attribute in TABLES:
        rows = [_as_tuple(row, columns) for row in getattr(batch, attribute)]
        if model is Article:
            columns = [*columns, search_schema.COLUMN]
            rows = [
                (*row, story["search_vector"])
                for row, story in zip(rows, batch.articles, strict=True)
            ]
        if rows:
            _copy(cursor, model, columns, rows)
    # Back to the defaults: the tests write more in the same transaction.
    for name in _SETTINGS:
        cursor.execute(f"SET LOCAL {name} TO DEFAULT")


class _BinaryTsvector(Dumper):
    """tsvector values already in binary form (generator_search.SearchVectors)."""

    format = Format.BINARY
    oid = postgres.types["tsvector"].oid

    def dump(self, obj):
        return obj


def _copy(cursor, model, columns, rows):
    names = [_column(model, name) for name in columns]
    statement = f"COPY {model._meta.db_table} ({', '.join(names)}) FROM STDIN (FORMAT BINARY)"
    types = _column_types(cursor, model._meta.db_table, names)  # not during the COPY
    with cursor.copy(statement) as copy:
        copy.set_types(types)
        for row in rows:
            copy.write_row(row)


def _column(model, name):
    """The database column of a model attribute; other names (the search column) as given."""
    try:
        return model._meta.get_field(name).column
    except FieldDoesNotExist:
        return name


_TYPES = {}


def _column_types(cursor, table, names):
    """The type oids of ``table``'s columns (binary COPY needs them), cached per process."""
    if table not in _TYPES:
        cursor.execute(
            "SELECT attname, atttypid FROM pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            [table],
        )
        _TYPES[table] = dict(cursor.fetchall())
    return [_TYPES[table][name] for name in names]


def _insert(conn, cursor, model, columns, rows):
    fields = [model._meta.get_field(name) for name in columns]
    quote = conn.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 - names from the models
        quote(model._meta.db_table),
        ", ".join(quote(field.column) for field in fields),
        ", ".join(["%s"] * len(fields)),
    )
    prepared = [
        [field.get_db_prep_save(value, conn) for field, value in zip(fields, row, strict=True)]
        for row in rows
    ]
    cursor.executemany(sql, prepared)


def generate(
    count,
    *,
    seed=0,
    now=None,
    days=generator.DAYS,
    workers=1,
    chunk_size=None,
    bulk=None,
    progress=None,
    notify=None,
):
    """Write ``count`` stories; returns the first id. ``progress(n)`` after each chunk,
    ``notify(message)`` about stages that take a while.

    The archive depends on the seed, ``now``, ``days`` and ``chunk_size`` (by
    default set by ``count``) only, not on ``workers``: each chunk draws from its
    own seeded generator. ``bulk``:
    set indexes and foreign keys aside during the load (articles/generator_bulk.py);
    None decides by the sizes.
    """
    notify = notify or (lambda message: None)
    now = now or timezone.now()
    vocabulary = ensure_vocabulary(seed)
    maker = generator.StoryMaker(
        vocabulary, seed=seed, now=now, tz=ZoneInfo(settings.TIME_ZONE), days=days
    )
    vectors = None
    if connection.vendor == "postgresql":
        # A sample of stories teaches it the words of headlines and leads up front.
        sample = maker.batch("lexicon", 0, 200).search_texts
        with connection.cursor() as cursor:
            vectors = SearchVectors.load(cursor, maker.sentence_texts, sample)
    first_id = reserve_article_ids(count)
    maker.lay_out(first_id, count)
    # Twenty chunks or more from 5 000 stories up, so that the workers finish together.
    chunk_size = chunk_size or max(MIN_CHUNK_SIZE, min(CHUNK_SIZE, count // 20))
    chunks = [
        (number, first_id + start, min(chunk_size, count - start))
        for number, start in enumerate(range(0, count, chunk_size))
    ]
    set_aside = None
    if generator_bulk.wanted(count, bulk):
        set_aside = generator_bulk.SetAside()
        notify(
            "Indexes and foreign keys of the story and link tables are set aside during "
            f"the load; if it is killed, restore them with: psql -f {set_aside.path}"
        )
        set_aside.drop()
    started = time.monotonic()
    try:
        for size in _run(ChunkWriter(maker, vectors), chunks, workers):
            if progress:
                progress(size)
        notify(f"Stories written in {time.monotonic() - started:.1f} s.")
    finally:
        if set_aside:
            notify("Rebuilding the indexes and checking the foreign keys…")
            started = time.monotonic()
            set_aside.restore(workers)
            seconds = time.monotonic() - started
            notify(f"Indexes rebuilt and foreign keys checked in {seconds:.1f} s.")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            tables = [Tag._meta.db_table] + [model._meta.db_table for model, *_rest in TABLES]
            cursor.execute(f"ANALYZE {', '.join(tables)}")
    return first_id


def _run(write, chunks, workers):
    """Each chunk's size once it is written: here, or by ``workers`` forked processes."""
    workers = min(workers, len(chunks))
    # Other connections could not see rows of a transaction still open here (tests).
    if (
        workers <= 1
        or connection.vendor != "postgresql"
        or connection.in_atomic_block
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield from map(write, chunks)
        return
    global _WRITE
    _WRITE = write
    # A forked child must not share the parent's connection: close it; each child opens its own.
    connections.close_all()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap_unordered(_write_in_child, chunks)
    finally:
        _WRITE = None


_WRITE = None  # the ChunkWriter the forked children inherit


def _write_in_child(chunk):
    return _WRITE(chunk)
