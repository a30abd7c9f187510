"""Writes with side effects. The admin, commands and importers all call these.

Nothing else changes a story's state: no ``queryset.update(status=...)``.
Passing ``user=None`` marks a trusted code path (demo content, importers):
the permission policy is skipped, the audit trail still records the change.
"""

from .corrections import correction_add
from .creation import article_create, article_set_bylines, article_set_tags, article_unique_slug
from .merges import author_merge, source_merge, tag_merge
from .previews import preview_link_create, preview_link_revoke
from .revisions import article_record_revision, article_restore_revision, article_snapshot
from .workflow import (
    EditConflict,
    article_lift_embargo,
    article_publish,
    article_purge,
    article_restore,
    article_return_to_draft,
    article_save,
    article_submit,
    article_take_down,
    article_trash,
    article_unpublish,
    check_version,
)

__all__ = [
    "EditConflict",
    "article_create",
    "article_lift_embargo",
    "article_publish",
    "article_purge",
    "article_record_revision",
    "article_restore",
    "article_restore_revision",
    "article_return_to_draft",
    "article_save",
    "article_set_bylines",
    "article_set_tags",
    "article_snapshot",
    "article_submit",
    "article_take_down",
    "article_trash",
    "article_unique_slug",
    "article_unpublish",
    "author_merge",
    "check_version",
    "correction_add",
    "preview_link_create",
    "preview_link_revoke",
    "source_merge",
    "tag_merge",
]
