"""The article body's one storage format: sanitized HTML.

Every input boundary (demo content, importers, the admin form) turns what it
receives into this format with ``plain_text_to_html`` or ``sanitize_html``;
rendering then trusts the stored body and never guesses its format.
"""

import re
from html import escape
from html.parser import HTMLParser

import nh3

from .embeds import embed_for

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
    # Rich blocks, re-rendered for readers by articles.body:
    "figure",  # an inline library image
    "img",
    "figcaption",
    "aside",  # a "Baca juga" link to another story
    "div",  # an embed from an allowlisted provider
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "figure": {"data-image-id"},
    "img": {"src", "alt"},
    "aside": {"data-article-id"},
    "div": {"data-embed-url"},
}
ALLOWED_CLASSES = {"figure": {"inline-image"}, "aside": {"read-also"}, "div": {"embed"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

_EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|<br>)*</p>")
_IMAGE_ID = re.compile(r'data-image-id="(\d+)"')
_ARTICLE_ID = re.compile(r'data-article-id="(\d+)"')

_BLANK_LINES = re.compile(r"\n\s*\n")


def sanitize_html(html):
    """Keep only the allowlisted tags and attributes; drop scripts with their content."""
    cleaned = nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        attribute_filter=_check_block_attribute,
        clean_content_tags={"script", "style"},
    )
    # The editor leaves an empty paragraph after a block it inserts last.
    return _EMPTY_PARAGRAPH.sub("", cleaned).strip()


def _check_block_attribute(tag, attribute, value):
    """Block references must be ids, embeds allowlisted https addresses."""
    if attribute in ("data-image-id", "data-article-id"):
        return value if value.isdigit() else None
    if attribute == "data-embed-url":
        return value if embed_for(value) else None
    return value


def inline_image_ids(html):
    """Library images the body shows (the sanitizer guarantees the attribute's shape)."""
    return [int(value) for value in _IMAGE_ID.findall(html or "")]


def read_also_ids(html):
    return [int(value) for value in _ARTICLE_ID.findall(html or "")]


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
