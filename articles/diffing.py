"""Word-level, HTML-aware differences between two revisions of a story.

Tags are atomic tokens (a change never splits one); everything is escaped
for display, so a diff can never inject markup into the admin.
"""

import difflib
import re
from html import escape

from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

_TOKENS = re.compile(r"<[^>]+>|[^\s<]+|\s+")

FIELD_LABELS = {
    "headline": _("headline"),
    "slug": _("slug"),
    "dek": _("summary"),
    "body": _("body"),
    "dateline_city": _("dateline city"),
    "featured_image_alt": _("image alt text for this story"),
    "featured_image_caption": _("image caption for this story"),
    "section_id": _("section"),
    "source_id": _("source"),
    "featured_image_id": _("featured image"),
    "tags": _("tags"),
    "authors": _("authors"),
    "related": _("pinned related stories"),
    "images": _("inline images"),
}


def _token_html(token):
    if token.startswith("<"):
        return f'<span class="diff-tag">{escape(token)}</span>'
    return escape(token)


def word_diff(old, new):
    """HTML with <del> and <ins> around the changed runs of words and tags."""
    old_tokens, new_tokens = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    parts = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append("".join(_token_html(t) for t in old_tokens[a1:a2]))
            continue
        if a2 > a1:
            parts.append("<del>" + "".join(_token_html(t) for t in old_tokens[a1:a2]) + "</del>")
        if b2 > b1:
            parts.append("<ins>" + "".join(_token_html(t) for t in new_tokens[b1:b2]) + "</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every token is escaped above


def _names(items):
    return [item["name"] if isinstance(item, dict) else str(item) for item in items]


def revision_changes(old, new, describe=None):
    """The fields that differ between two revision snapshots, ready for a template.

    ``describe(field, value)`` turns stored ids (section, source, image) into names.
    """
    describe = describe or (lambda field, value: value)
    changes = []
    for field, label in FIELD_LABELS.items():
        before, after = old.get(field), new.get(field)
        if before == after:
            continue
        if isinstance(after, list) or isinstance(before, list):
            was, now = _names(before or []), _names(after or [])
            changes.append(
                {
                    "label": label,
                    "added": [n for n in now if n not in was],
                    "removed": [n for n in was if n not in now],
                    "order_changed": set(was) == set(now),
                }
            )
        elif isinstance(after, str) or isinstance(before, str):
            changes.append({"label": label, "diff": word_diff(before, after)})
        else:
            changes.append(
                {
                    "label": label,
                    "before": describe(field, before),
                    "after": describe(field, after),
                }
            )
    return changes
