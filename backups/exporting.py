"""Writing an archive of the site's content (docs/backup-format.md)."""

from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils.translation import gettext as _

from . import accounts
from .accounts import GROUPS, USERS
from .archive import ArchiveWriter, safe_relative
from .formats import ArchiveError, encode_value
from .kinds import KINDS, archived_apps

ROWS_PER_QUERY = 2000


@dataclass(frozen=True)
class Summary:
    counts: dict
    files: int

    @property
    def records(self):
        return sum(self.counts.values())


def content_export(*, directory, with_credentials=False, progress=None):
    """Write everything into ``directory`` (new or empty); returns a ``Summary``.

    Reads one consistent snapshot of the database, so an export taken while
    editors work still restores without dangling references.
    """
    archive = ArchiveWriter.create(directory)
    counts = {}

    def write(name, records):
        counts[name.removesuffix(".jsonl")] = count = archive.write_records(name, records)
        if progress:
            progress(name, count)

    with _snapshot():
        usernames = dict(get_user_model().objects.values_list("pk", "username"))
        write(GROUPS, accounts.group_records())
        write(USERS, accounts.user_records(with_credentials=with_credentials))
        for kind in KINDS:
            write(kind.file_name, _records(kind, usernames, archive))
    archive.write_manifest(
        counts=counts, with_credentials=with_credentials, app_labels=archived_apps()
    )
    return Summary(counts=counts, files=archive.file_count)


@contextmanager
def _snapshot():
    """One transaction; on PostgreSQL a repeatable-read one, so every query sees the same data."""
    if connection.in_atomic_block:
        # Inside the caller's transaction (tests, scripts): its view is the one we get.
        yield
        return
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _records(kind, usernames, archive):
    fields = kind.model_fields()
    rows = kind.model._base_manager.order_by("pk").values(*(field.attname for field in fields))
    for row in rows.iterator(chunk_size=ROWS_PER_QUERY):
        record = {
            field.name: encode_value(field, row[field.attname], usernames) for field in fields
        }
        for field, name in kind.stored_files(record):
            _copy(kind, field, name, archive, row["id"])
        yield record


def _copy(kind, field, name, archive, pk):
    try:
        source = field.storage.open(safe_relative(name), "rb")
    except FileNotFoundError as error:
        raise ArchiveError(
            _(
                "%(kind)s #%(id)s: the file %(name)s is missing from storage. The export "
                "stopped; delete the unfinished archive."
            )
            % {"kind": kind.name, "id": pk, "name": name}
        ) from error
    with source:
        archive.copy_file(kind.archive_path(field, name), source)
