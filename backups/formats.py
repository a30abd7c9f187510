"""The archive's vocabulary: its name and version, and how one value or record is written.

docs/backup-format.md is the reference; this module is its executable half.
"""

import json
from datetime import UTC, date, datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

FORMAT_NAME = "newsroom-content-archive"
# Raise on any change an older importer would misread (a kind or field added,
# removed, renamed or retyped) and describe it in docs/backup-format.md.
FORMAT_VERSION = 1
# The versions this importer understands; a new version that older archives
# can still be read under keeps them here.
READABLE_VERSIONS = frozenset({1})

MANIFEST = "manifest.json"
FILES_DIR = "files"
# Always microseconds and always UTC: equal moments give equal bytes on every database.
DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


class ArchiveError(Exception):
    """The archive or the target cannot be used; the message tells the operator why."""


def dump_record(record):
    """One JSON Lines line: no spaces, UTF-8, keys in the order given (see ``canonical``)."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return f"{text}\n".encode()


def canonical(value):
    """A JSON value with every object's keys sorted.

    Databases give JSON objects back in different key orders (PostgreSQL's
    jsonb sorts them its own way); sorting makes equal data equal bytes.
    """
    if isinstance(value, dict):
        return {key: canonical(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


def load_record(raw, where):
    try:
        record = json.loads(raw)
    except ValueError as error:
        raise ArchiveError(
            _("%(where)s: not valid JSON (%(error)s).") % {"where": where, "error": error}
        ) from error
    if not isinstance(record, dict):
        raise ArchiveError(_("%(where)s: a record must be a JSON object.") % {"where": where})
    return record


def check_keys(record, expected, where):
    """Refuse a record with a field missing or one this version does not know."""
    missing = sorted(set(expected) - set(record))
    if missing:
        raise ArchiveError(
            _("%(where)s: missing fields: %(fields)s.")
            % {"where": where, "fields": ", ".join(missing)}
        )
    unknown = sorted(set(record) - set(expected))
    if unknown:
        raise ArchiveError(
            _("%(where)s: unknown fields: %(fields)s.")
            % {"where": where, "fields": ", ".join(unknown)}
        )


def encode_datetime(value):
    return value.astimezone(UTC).strftime(DATETIME_FORMAT)


def decode_datetime(value):
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError(_("“%(value)s” has no time zone") % {"value": value})
    return moment


def is_user_reference(field):
    return field.is_relation and field.related_model is get_user_model()


def encode_value(field, value, usernames):
    """A field's database value as written to the archive; users become usernames."""
    if value is None:
        return None
    if is_user_reference(field):
        return usernames[value]
    if isinstance(field, models.DateTimeField):
        return encode_datetime(value)
    if isinstance(field, models.DateField):
        return value.isoformat()
    if isinstance(field, models.JSONField):
        return canonical(value)
    return value


def decode_field(field, record, where, user_ids):
    """A record's value for ``field``, decoded; ArchiveError names the record and field."""
    try:
        return decode_value(field, record[field.name], user_ids)
    except (TypeError, ValueError) as error:
        raise ArchiveError(
            _("%(where)s, field “%(field)s”: %(error)s")
            % {"where": where, "field": field.name, "error": error}
        ) from error


def decode_value(field, value, user_ids):
    """The archive's value back as the field's Python value; ValueError says what is wrong."""
    if value is None:
        return None
    if is_user_reference(field):
        if value not in user_ids:
            raise ValueError(_("no user “%(username)s” in the archive") % {"username": value})
        return user_ids[value]
    if field.is_relation:
        if type(value) is not int:
            raise ValueError(_("“%(field)s” must be an id") % {"field": field.name})
        return value
    if isinstance(field, models.DateTimeField):
        return decode_datetime(value)
    if isinstance(field, models.DateField):
        return date.fromisoformat(value)
    if isinstance(field, models.JSONField):
        return value
    try:
        return field.to_python(value)
    except ValidationError as error:
        raise ValueError(" ".join(error.messages)) from error
