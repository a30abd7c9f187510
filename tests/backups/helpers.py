"""Wiping a site and handling archives in tests."""

import hashlib
import json
import shutil
from pathlib import Path

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.db import connection

from articles.models import Article, Author, FrontPage, Page, Section, Source, Tag, WordPressImport
from articles.roles import sync_roles
from backups.formats import MANIFEST
from backups.kinds import KINDS
from images.models import Image
from images.storage import private_storage
from redirects.models import Redirect


def wipe_site():
    """Leave what a new database has after migrate: no content, no accounts, no files."""
    for model in (FrontPage, WordPressImport, Redirect, Page, Article, Image):
        model._base_manager.all().delete()
    for model in (Author, Source, Section, Tag, get_user_model(), Group):
        model._base_manager.all().delete()
    # Fresh id sequences too, as in a new database: restored ids must move them.
    tables = [kind.model._meta.db_table for kind in KINDS]
    statements = connection.ops.sequence_reset_by_name_sql(
        no_style(), [{"table": table, "column": "id"} for table in tables]
    )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
    for location in (private_storage.location, default_storage.location):
        shutil.rmtree(location, ignore_errors=True)
    sync_roles(django_apps)


def archive_contents(directory):
    """Every file's bytes by relative path; the manifest parsed, without its creation time."""
    contents = {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(Path(directory).rglob("*"))
        if path.is_file()
    }
    manifest = json.loads(contents.pop(MANIFEST))
    manifest.pop("created_at")
    return manifest, contents


def rewrite(directory, name, change):
    """Edit one data file and update its checksum, as a careful forger would."""
    path = Path(directory) / name
    path.write_bytes(change(path.read_bytes()))
    update_manifest(directory, lambda manifest: manifest["files"].update({name: _entry(path)}))


def update_manifest(directory, change):
    path = Path(directory) / MANIFEST
    manifest = json.loads(path.read_text())
    change(manifest)
    path.write_text(json.dumps(manifest))


def _entry(path):
    data = path.read_bytes()
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
