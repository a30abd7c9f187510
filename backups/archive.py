"""The archive on disk: safe paths, checksummed writing, and a verified reader.

An archive is untrusted input: every path in it is relative, free of "..",
and must still lie inside the archive once symlinks are resolved.
"""

import hashlib
import json
import re
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext as _

from .formats import (
    FILES_DIR,
    FORMAT_NAME,
    FORMAT_VERSION,
    MANIFEST,
    READABLE_VERSIONS,
    ArchiveError,
    dump_record,
    encode_datetime,
    load_record,
)

CHUNK = 1024 * 1024
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def safe_relative(name):
    """``name`` if it is a relative POSIX path that cannot climb out of where it is joined."""
    path = PurePosixPath(name) if isinstance(name, str) else None
    if (
        path is None
        or not name
        or "\\" in name
        or "\x00" in name
        or path.is_absolute()
        or ".." in path.parts
    ):
        raise ArchiveError(
            _("Refused the path “%(path)s”: archive paths are relative and stay inside it.")
            % {"path": name}
        )
    return name


def resolve_inside(root, name):
    """The real location of ``root/name``; refused when it (or a symlink on the way) leaves root."""
    path = (root / safe_relative(name)).resolve()
    if not path.is_relative_to(root):
        raise ArchiveError(
            _("Refused the path “%(path)s”: it leads outside the archive.") % {"path": name}
        )
    return path


class _HashingWriter:
    def __init__(self, handle):
        self.handle, self.digest, self.size = handle, hashlib.sha256(), 0

    def write(self, data):
        self.handle.write(data)
        self.digest.update(data)
        self.size += len(data)


class ArchiveWriter:
    """Writes data and stored files into a new directory and the manifest last.

    An archive without ``manifest.json`` is an export that did not finish.
    """

    def __init__(self, root):
        self.root = root
        self.entries = {}

    @classmethod
    def create(cls, directory):
        root = Path(directory)
        if root.exists() and not root.is_dir():
            raise ArchiveError(_("%(dir)s exists and is not a directory.") % {"dir": directory})
        if root.is_dir() and any(root.iterdir()):
            raise ArchiveError(
                _("%(dir)s is not empty. Export into a new or empty directory.")
                % {"dir": directory}
            )
        # Owner only: originals may carry GPS positions, accounts carry emails.
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        return cls(root)

    @property
    def file_count(self):
        return sum(name.startswith(f"{FILES_DIR}/") for name in self.entries)

    def write_records(self, name, records):
        count = 0
        with self._open(name) as out:
            for record in records:
                out.write(dump_record(record))
                count += 1
        return count

    def copy_file(self, name, source):
        """Copy an open binary file to ``name`` (once, however many records share it)."""
        if name in self.entries:
            return
        with self._open(name) as out:
            for chunk in iter(lambda: source.read(CHUNK), b""):
                out.write(chunk)

    def write_manifest(self, *, counts, with_credentials, app_labels):
        manifest = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "created_at": encode_datetime(timezone.now()),
            "apps": app_labels,
            "with_credentials": with_credentials,
            "counts": counts,
            "files": self.entries,
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True)
        (self.root / MANIFEST).write_text(f"{text}\n", encoding="utf-8")

    @contextmanager
    def _open(self, name):
        path = self.root / safe_relative(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as handle:
            out = _HashingWriter(handle)
            yield out
        self.entries[name] = {"sha256": out.digest.hexdigest(), "size": out.size}


class ArchiveReader:
    """An archive whose manifest has been checked; ``verify()`` checks every file."""

    def __init__(self, root, manifest):
        self.root = root
        self.manifest = manifest
        self.files = manifest["files"]

    @classmethod
    def open(cls, directory, *, data_files):
        if not Path(directory).is_dir():
            raise ArchiveError(_("%(dir)s is not a directory.") % {"dir": directory})
        root = Path(directory).resolve()
        path = resolve_inside(root, MANIFEST)
        if not path.is_file():
            raise ArchiveError(
                _("%(dir)s has no manifest.json: not an archive, or an export that did not finish.")
                % {"dir": directory}
            )
        try:
            manifest = json.loads(path.read_bytes())
        except ValueError as error:
            raise ArchiveError(
                _("manifest.json is not valid JSON (%(error)s).") % {"error": error}
            ) from error
        check_manifest(manifest, data_files)
        return cls(root, manifest)

    def verify(self):
        """Every listed file is inside the archive, complete and unchanged."""
        for name, entry in sorted(self.files.items()):
            digest, size = hashlib.sha256(), 0
            with self.path(name).open("rb") as handle:
                for chunk in iter(lambda: handle.read(CHUNK), b""):
                    digest.update(chunk)
                    size += len(chunk)
            if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
                raise ArchiveError(
                    _("%(file)s does not match its checksum in manifest.json: damaged or altered.")
                    % {"file": name}
                )

    def path(self, name):
        if name not in self.files:
            raise ArchiveError(_("%(file)s is not listed in manifest.json.") % {"file": name})
        path = resolve_inside(self.root, name)
        if not path.is_file():
            raise ArchiveError(_("%(file)s is missing from the archive.") % {"file": name})
        return path

    def records(self, name):
        """``(where, record)`` for each line of a data file."""
        with self.path(name).open("rb") as handle:
            for number, raw in enumerate(handle, start=1):
                where = _("%(file)s line %(line)d") % {"file": name, "line": number}
                yield where, load_record(raw, where)


def check_manifest(manifest, data_files):
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise ArchiveError(_("manifest.json does not describe a newsroom content archive."))
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise ArchiveError(_("manifest.json has no valid format_version."))
    if version > FORMAT_VERSION:
        raise ArchiveError(
            _(
                "This archive has format version %(version)d; this site reads up to version "
                "%(supported)d. Import it with a newer release of the site."
            )
            % {"version": version, "supported": FORMAT_VERSION}
        )
    if version not in READABLE_VERSIONS:
        raise ArchiveError(
            _(
                "This archive has format version %(version)d, which this site no longer reads. "
                "Import it with an older release, then export again."
            )
            % {"version": version}
        )
    _check_apps(manifest.get("apps"))
    if not isinstance(manifest.get("with_credentials"), bool):
        raise ArchiveError(_("manifest.json does not say whether it holds credentials."))
    _check_counts(manifest.get("counts"), data_files)
    _check_entries(manifest.get("files"), data_files)


def _check_apps(labels):
    if not isinstance(labels, list):
        raise ArchiveError(_("manifest.json lists no apps."))
    installed = {config.label for config in apps.get_app_configs()}
    missing = [label for label in labels if label not in installed]
    if missing:
        raise ArchiveError(
            _("The archive holds data of apps this site does not have: %(apps)s.")
            % {"apps": ", ".join(map(str, missing))}
        )


def _check_counts(counts, data_files):
    expected = {name.removesuffix(".jsonl") for name in data_files}
    if (
        not isinstance(counts, dict)
        or set(counts) != expected
        or any(type(count) is not int for count in counts.values())
    ):
        raise ArchiveError(_("manifest.json has no valid counts for every kind."))


def _check_entries(entries, data_files):
    if not isinstance(entries, dict):
        raise ArchiveError(_("manifest.json lists no files."))
    for name, entry in entries.items():
        safe_relative(name)
        if name not in data_files and not name.startswith(f"{FILES_DIR}/"):
            raise ArchiveError(_("manifest.json lists an unknown file: %(file)s.") % {"file": name})
        if (
            not isinstance(entry, dict)
            or type(entry.get("size")) is not int
            or not SHA256.match(str(entry.get("sha256")))
        ):
            raise ArchiveError(
                _("manifest.json has no valid checksum for %(file)s.") % {"file": name}
            )
    missing = sorted(set(data_files) - set(entries))
    if missing:
        raise ArchiveError(
            _("The archive lacks these data files: %(files)s.") % {"files": ", ".join(missing)}
        )
