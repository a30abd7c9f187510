"""Writing a generated archive (articles/generator.py) into the database.

PostgreSQL gets ``COPY … FROM STDIN`` through psycopg 3, from several
connections at once when asked (the server's full-text and index work per story
is the bottleneck, and it runs in each connection's own process). Other
databases get batched ``INSERT``s. Ids of the stories are reserved up front, so
the bylines and tag links of a chunk travel with it.
"""

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import DatabaseError, connection, connections, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from . import generator
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
# Measured on PostgreSQL 15 at 1 M stories: 7.86 GB (pg_database_size, with all
# indexes and the search column), plus a margin; see docs/scale.md.
BYTES_PER_ARTICLE = 8_000
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
    (ArticleAuthor, ["article_id", "author_id", "position"], "bylines"),
    (TaggedArticle, ["content_object_id", "tag_id"], "taggings"),
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
    found = dict(
        Tag.objects.annotate(key=Lower("name"))
        .filter(key__in=list(lowered))
        .values_list("key", "pk")
    )
    Tag.objects.bulk_create([Tag(**spec) for key, spec in lowered.items() if key not in found])
    found = dict(
        Tag.objects.annotate(key=Lower("name"))
        .filter(key__in=list(lowered))
        .values_list("key", "pk")
    )
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


def write_batch(batch, using=None):
    conn = connections[using] if using else connection
    with transaction.atomic(using=conn.alias), conn.cursor() as cursor:
        for model, columns, attribute in TABLES:
            rows = [_as_tuple(row, columns) for row in getattr(batch, attribute)]
            if not rows:
                continue
            if conn.vendor == "postgresql":
                _copy(cursor, model, columns, rows)
            else:
                _insert(conn, cursor, model, columns, rows)


def _as_tuple(row, columns):
    return tuple(row[name] for name in columns) if isinstance(row, dict) else row


def _copy(cursor, model, columns, rows):
    names = ", ".join(model._meta.get_field(name).column for name in columns)
    text = "".join("\t".join(map(_copy_value, row)) + "\n" for row in rows)
    with cursor.copy(f"COPY {model._meta.db_table} ({names}) FROM STDIN") as copy:
        copy.write(text)


def _copy_value(value):
    if value is None:
        return r"\N"
    if value is True or value is False:
        return "t" if value else "f"
    if isinstance(value, dict):
        value = json.dumps(value)
    if isinstance(value, str):
        # Four passes in C beat one str.translate() over a 3 kB body by far.
        return (
            value.replace("\\", "\\\\")
            .replace("\t", "\\t")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
        )
    return str(value)  # numbers, dates, aware datetimes (ISO with offset)


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


def generate(count, *, seed=0, now=None, workers=1, chunk_size=CHUNK_SIZE, progress=None):
    """Write ``count`` stories; returns the first id. ``progress(n)`` after each chunk."""
    now = now or timezone.now()
    vocabulary = ensure_vocabulary(seed)
    maker = generator.StoryMaker(vocabulary, seed=seed, now=now, tz=ZoneInfo(settings.TIME_ZONE))
    first_id = reserve_article_ids(count)
    chunks = [
        (number, first_id + start, min(chunk_size, count - start))
        for number, start in enumerate(range(0, count, chunk_size))
    ]

    def run(chunk):
        number, start, size = chunk
        write_batch(maker.batch(number, start, size))
        if progress:
            progress(size)

    # Other connections could not see rows of a transaction still open here (tests).
    if workers <= 1 or connection.vendor != "postgresql" or connection.in_atomic_block:
        for chunk in chunks:
            run(chunk)
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_in_own_connection(run), chunks))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            tables = [Tag._meta.db_table] + [model._meta.db_table for model, *_rest in TABLES]
            cursor.execute(f"ANALYZE {', '.join(tables)}")
    return first_id


def _in_own_connection(function):
    """Each worker thread writes through its own connection and closes it when done."""

    def wrapped(*args):
        try:
            return function(*args)
        finally:
            connection.close()

    return wrapped
