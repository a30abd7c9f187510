"""Restoring an archive into a new, empty database (docs/backup-format.md).

Before anything is written: the manifest is checked, every file's checksum is
verified and the database must be empty. Then one transaction writes the rows
as they were (no ``save()``: a restore is not an edit, so no revision, no new
version, no re-stamped time), copies the stored files, checks every reference
and moves the id sequences past the restored ids. Any error rolls the rows
back and removes the files copied so far.
"""

import hashlib
from contextlib import contextmanager
from itertools import batched

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.color import no_style
from django.db import DatabaseError, connection, transaction
from django.utils.translation import gettext as _

from articles.cache_events import content_changed

from . import accounts
from .accounts import GROUPS, USERS
from .archive import CHUNK, ArchiveReader, safe_relative
from .exporting import Summary
from .formats import FILES_DIR, ArchiveError
from .kinds import DATA_FILES, KINDS

BATCH = 500


def content_import(*, directory, progress=None):
    """Restore the archive in ``directory``; returns a ``Summary``. ArchiveError if refused."""
    archive = ArchiveReader.open(directory, data_files=DATA_FILES)
    archive.verify()
    _check_database_is_empty()
    copied = []
    try:
        with transaction.atomic():
            counts = _restore(archive, copied, progress)
    except BaseException:
        for storage, name in copied:
            storage.delete(name)
        raise
    files = sum(name.startswith(f"{FILES_DIR}/") for name in archive.files)
    return Summary(counts=counts, files=files)


def _check_database_is_empty():
    occupied = [kind.name for kind in KINDS if kind.model._base_manager.exists()]
    if get_user_model()._base_manager.exists():
        occupied.insert(0, "users")
    if occupied:
        raise ArchiveError(
            _(
                "The database already holds data (%(kinds)s). import_content restores into a "
                "new, empty database only: create one, run “manage.py migrate”, then import."
            )
            % {"kinds": ", ".join(occupied)}
        )


def _restore(archive, copied, progress):
    counts = {}

    def done(name, count):
        expected = archive.manifest["counts"][name.removesuffix(".jsonl")]
        if count != expected:
            raise ArchiveError(
                _("%(file)s holds %(count)d records; manifest.json says %(expected)d.")
                % {"file": name, "count": count, "expected": expected}
            )
        counts[name.removesuffix(".jsonl")] = count
        if progress:
            progress(name, count)

    with_credentials = archive.manifest["with_credentials"]
    with _refusals(GROUPS):
        done(GROUPS, accounts.restore_groups(archive.records(GROUPS)))
    with _refusals(USERS):
        count, user_ids = accounts.restore_users(
            archive.records(USERS), with_credentials=with_credentials
        )
    done(USERS, count)
    for kind in KINDS:
        with _refusals(kind.file_name):
            done(kind.file_name, _restore_kind(kind, archive, user_ids, copied))
    with _refusals(_("the archive")):
        connection.check_constraints(table_names=[kind.model._meta.db_table for kind in KINDS])
    _reset_sequences()
    # bulk_create sends no signals: tell the page cache once, when the restore commits
    # (pages cached while the database was empty must not outlive it).
    content_changed()
    return counts


@contextmanager
def _refusals(name):
    """Turn the database's refusal of a record into an ArchiveError naming the file."""
    try:
        yield
    except DatabaseError as error:
        raise ArchiveError(
            _("%(file)s: the database refused the data (%(error)s).")
            % {"file": name, "error": error}
        ) from error


def _restore_kind(kind, archive, user_ids, copied):
    manager, stamped, count = kind.model._base_manager, kind.stamped_fields(), 0
    for batch in batched(archive.records(kind.file_name), BATCH):
        objects = [kind.instance(record, where, user_ids) for where, record in batch]
        stamps = [{name: getattr(obj, name) for name in stamped} for obj in objects]
        # bulk_create skips save() and its side effects but stamps auto_now
        # fields; the update puts the archive's times back.
        manager.bulk_create(objects)
        if stamped:
            for obj, values in zip(objects, stamps, strict=True):
                for name, value in values.items():
                    setattr(obj, name, value)
            manager.bulk_update(objects, stamped)
        for _where, record in batch:
            for field, name in kind.stored_files(record):
                relative = kind.archive_path(field, safe_relative(name))
                if _restore_file(archive, relative, field, name):
                    copied.append((field.storage, name))
        count += len(objects)
    return count


def _restore_file(archive, relative, field, name):
    """Copy one file to the very name its record holds, in the field's own storage.

    Returns False when storage already held it, byte for byte.
    """
    source, storage = archive.path(relative), field.storage
    if storage.exists(name):
        if _sha256(storage, name) == archive.files[relative]["sha256"]:
            return False
        raise ArchiveError(
            _(
                "Storage already holds a different file named %(name)s. "
                "Move it away and import again."
            )
            % {"name": name}
        )
    with source.open("rb") as handle:
        saved = storage.save(name, File(handle))
    if saved != name:
        storage.delete(saved)
        raise ArchiveError(
            _("Storage would not keep the name %(name)s (it chose %(saved)s).")
            % {"name": name, "saved": saved}
        )
    return True


def _sha256(storage, name):
    digest = hashlib.sha256()
    with storage.open(name, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _reset_sequences():
    """Restored rows keep their ids: move PostgreSQL's sequences past them (SQLite needs none)."""
    statements = connection.ops.sequence_reset_sql(no_style(), [kind.model for kind in KINDS])
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
