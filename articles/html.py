"""The article body's one storage format: sanitized HTML.

Every input boundary (demo content, importers, the admin form) turns what it
receives into this format with ``plain_text_to_html`` or ``sanitize_html``;
rendering then trusts the stored body and never guesses its format.
"""

import re
from html import escape
from html.parser import HTMLParser

import nh3

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "s",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_BLANK_LINES = re.compile(r"\n\s*\n")


def sanitize_html(html):
    """Keep only the allowlisted tags and attributes; drop scripts with their content."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        clean_content_tags={"script", "style"},
    ).strip()


def plain_text_to_html(text):
    """Paragraphs separated by blank lines become <p>; single newlines <br>.

    Angle brackets and ampersands stay literal text: a reporter who types
    "<b>" means those three characters.
    """
    normalized = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not normalized:
        return ""
    paragraphs = []
    for block in _BLANK_LINES.split(normalized):
        lines = [escape(line.strip(), quote=False) for line in block.strip().split("\n")]
        paragraphs.append("<p>" + "<br>".join(lines) + "</p>")
    return "\n".join(paragraphs)


class _TextExtractor(HTMLParser):
    _BLOCKS = {"p", "h2", "h3", "h4", "li", "blockquote", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.current = []

    def _flush(self):
        text = "".join(self.current).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.current.append("\n")
        elif tag in self._BLOCKS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in self._BLOCKS:
            self._flush()

    def handle_data(self, data):
        self.current.append(data)

    def close(self):
        super().close()
        self._flush()


def html_to_plain_text(html):
    """The inverse of ``plain_text_to_html`` for paragraph-only bodies.

    Used where text must be edited or summarised as text (the admin's body
    field, meta descriptions).
    """
    extractor = _TextExtractor()
    extractor.feed(html or "")
    extractor.close()
    return "\n\n".join(extractor.blocks)
