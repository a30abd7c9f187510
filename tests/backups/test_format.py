"""The format's lists stay complete as models change, and the documentation with them."""

import re
from pathlib import Path

from django.apps import apps
from django.conf import settings

from backups.accounts import GROUP_KEYS, USER_KEYS
from backups.formats import canonical, dump_record
from backups.kinds import EXCLUDED, KEPT_BY_NATURAL_KEY, KINDS

DOCS = settings.BASE_DIR / "docs" / "backup-format.md"


def our_models():
    """Models of the project's own apps, plus the accounts and roles of django.contrib.auth."""
    for model in apps.get_models():
        app = apps.get_app_config(model._meta.app_label)
        if Path(app.path).parent == settings.BASE_DIR or app.label == "auth":
            yield model._meta.label


def test_every_model_is_archived_or_left_out_with_a_reason():
    archived = {kind.model_label for kind in KINDS} | set(KEPT_BY_NATURAL_KEY)
    undecided = set(our_models()) - archived - set(EXCLUDED)
    assert not undecided, f"Add to backups.kinds.KINDS or EXCLUDED: {sorted(undecided)}"


def test_every_field_of_an_archived_model_is_in_its_records():
    for kind in KINDS:
        columns = {field.name for field in kind.model._meta.concrete_fields}
        assert set(kind.fields) | set(kind.derived) == columns, (
            f"{kind.file_name}: a model field changed; update the kind, "
            "docs/backup-format.md and, if older importers would misread it, FORMAT_VERSION."
        )


def test_the_documentation_names_every_file_and_field():
    docs = DOCS.read_text()
    sections = dict(re.findall(r"^### `([a-z_]+\.jsonl)`\n(.*?)(?=^### |\Z)", docs, re.M | re.S))
    expected = {kind.file_name: kind.fields for kind in KINDS}
    expected |= {"users.jsonl": (*USER_KEYS, "password"), "groups.jsonl": GROUP_KEYS}
    assert sections.keys() == expected.keys()
    for name, fields in expected.items():
        undocumented = [field for field in fields if f"`{field}`" not in sections[name]]
        assert not undocumented, f"{name}: {undocumented}"
    for label in EXCLUDED:
        assert f"`{label}`" in docs, label


def test_equal_data_gives_equal_bytes_whatever_the_key_order():
    one = {"id": 1, "data": {"tags": ["a"], "authors": [{"name": "B", "id": 2}]}}
    other = {"id": 1, "data": {"authors": [{"id": 2, "name": "B"}], "tags": ["a"]}}
    assert dump_record({**one, "data": canonical(one["data"])}) == dump_record(
        {**other, "data": canonical(other["data"])}
    )
    assert dump_record({"headline": "Banjir “rob” di Jakarta\u2028"}).count(b"\n") == 1
