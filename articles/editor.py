"""The body editor: which blocks editors get, matching the server's sanitizer.

The allowlist in ``articles.html`` is the one that counts: every write path
sanitizes with it. The editor offers exactly those elements.
"""

from django_prose_editor.fields import ProseEditorFormField

from .html import sanitize_html

BODY_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto"]},
    "History": True,
    "LibraryImage": True,
    "ReadAlso": True,
    "Embed": True,
    "WordCount": True,
}


def allow_nothing(extension_config, shared_config):
    """Sanitizer hook for our own blocks: articles.html already allows them."""


def body_form_field(**kwargs):
    return ProseEditorFormField(
        config={"extensions": BODY_EXTENSIONS}, sanitize=sanitize_html, **kwargs
    )
