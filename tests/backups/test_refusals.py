"""Archives an import must refuse, leaving the database and storage as they were."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Article
from backups.formats import FORMAT_VERSION, MANIFEST
from tests.backups.helpers import rewrite, update_manifest, wipe_site
from tests.factories import ArticleFactory
from tests.images.conftest import files_under

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(newsroom, export):
    """A good archive of the newsroom, and a site wiped as if new."""
    directory = export()
    wipe_site()
    return directory


def refused(directory, match):
    with pytest.raises(CommandError, match=match) as refusal:
        call_command("import_content", str(directory), stdout=io.StringIO())
    assert "Nothing was imported." in str(refusal.value)
    assert not Article.objects.exists()


def stored_files(settings):
    return files_under(settings.MEDIA_ROOT) + files_under(settings.PRIVATE_MEDIA_ROOT)


def original_name(directory):
    return json.loads((Path(directory) / "images.jsonl").read_text().splitlines()[0])["file"]


def test_a_database_with_content_is_refused(archive):
    ArticleFactory()
    with pytest.raises(CommandError, match=r"already holds data \(sections, articles\)"):
        call_command("import_content", str(archive))
    assert Article.objects.count() == 1


def test_a_newer_format_version_is_refused(archive):
    update_manifest(archive, lambda manifest: manifest.update(format_version=FORMAT_VERSION + 1))
    refused(archive, f"format version {FORMAT_VERSION + 1}; this site reads up to version 1")


def test_something_else_than_an_archive_is_refused(tmp_path, archive):
    refused(tmp_path / "missing", "is not a directory")
    refused(tmp_path, "has no manifest.json")
    update_manifest(archive, lambda manifest: manifest.update(format="wordpress"))
    refused(archive, "does not describe a newsroom content archive")


def test_a_changed_file_is_refused_before_anything_is_written(archive, settings):
    data = (archive / "articles.jsonl").read_bytes()
    (archive / "articles.jsonl").write_bytes(data.replace(b"Berita", b"Hoaks", 1))
    refused(archive, "articles.jsonl does not match its checksum")
    assert not stored_files(settings)


def test_a_changed_stored_file_is_refused(archive):
    path = archive / "files" / "private" / original_name(archive)
    path.write_bytes(path.read_bytes() + b"\0")
    refused(archive, "does not match its checksum")


@pytest.mark.parametrize(
    "hostile",
    ["files/private/../../../outside.jpg", "/etc/passwd", "files/private/originals/../../x.jpg"],
)
def test_paths_leaving_the_archive_are_refused(archive, hostile):
    entry = {"sha256": "0" * 64, "size": 0}
    update_manifest(archive, lambda manifest: manifest["files"].update({hostile: entry}))
    refused(archive, "archive paths are relative and stay inside it")


def test_a_symlink_leading_outside_the_archive_is_refused(archive, tmp_path, settings):
    inside = archive / "files" / "private" / original_name(archive)
    outside = tmp_path / "secret.jpg"
    outside.write_bytes(inside.read_bytes())  # same bytes: only the location is wrong
    inside.unlink()
    inside.symlink_to(outside)
    refused(archive, "leads outside the archive")
    assert not stored_files(settings)


def test_a_record_naming_a_file_outside_storage_is_refused(archive, settings, tmp_path):
    rewrite(
        archive,
        "images.jsonl",
        lambda data: data.replace(b'"file":"originals/', b'"file":"../../originals/', 1),
    )
    refused(archive, "Refused the path “../../originals/")
    assert not stored_files(settings)
    assert not any(tmp_path.parent.glob("originals"))


def test_a_failing_import_rolls_back_and_removes_copied_files(archive, settings):
    rewrite(
        archive,
        "bylines.jsonl",
        lambda data: data.replace(b'"article":', b'"article":999', 1),
    )
    refused(archive, "refused the data")
    assert not stored_files(settings)


def test_a_record_with_an_unknown_field_is_refused(archive):
    rewrite(archive, "tags.jsonl", lambda data: data.replace(b'{"id"', b'{"colour":"red","id"', 1))
    refused(archive, r"tags.jsonl line 1: unknown fields: colour\.")


def test_counts_must_match_the_manifest(archive):
    update_manifest(archive, lambda manifest: manifest["counts"].update(tags=99))
    refused(archive, "tags.jsonl holds 2 records; manifest.json says 99")


def test_export_refuses_a_directory_that_is_not_empty(newsroom, tmp_path):
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text("keep me")
    with pytest.raises(CommandError, match="is not empty"):
        call_command("export_content", str(tmp_path / "archive"))
    assert [path.name for path in (tmp_path / "archive").iterdir()] == ["old.txt"]


def test_an_unfinished_export_cannot_be_imported(archive):
    (archive / MANIFEST).unlink()
    refused(archive, "an export that did not finish")
