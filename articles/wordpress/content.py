"""WordPress post content → our stored body format (sanitized HTML).

Order, as WordPress renders it: Gutenberg block comments are dropped; known
shortcodes are converted ([embed], [caption]); [gallery] and unknown
shortcodes are removed (their enclosed text kept) and reported; classic
content gets WordPress's paragraph rules (``wpautop``: blank line →
paragraph, single newline → <br>), block-editor content already carries its
own <p> tags and does not (as in WordPress); finally ``sanitize_html``.
"""

import re
from dataclasses import dataclass, field
from html import escape

from ..embeds import embed_for
from ..html import sanitize_html

_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
_EMBED = re.compile(r"\[embed(?:\s[^\]]*)?\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
_CAPTION = re.compile(
    r"\[(wp_caption|caption)(?:\s[^\]]*)?\](.*?)\[/\1\]", re.DOTALL | re.IGNORECASE
)
_SHORTCODE = re.compile(r"\[(/?)([A-Za-z][\w-]*)((?:\s[^\]\[]*)?)(/?)\]")
# Shortcodes WordPress core or common plugins register; other bracketed words
# ("[sic]", "[1]") are left alone unless they have attributes or a closing tag.
KNOWN_SHORTCODES = {"gallery", "audio", "video", "playlist", "embed", "caption", "wp_caption"}
_BARE_URL_LINE = re.compile(r"^\s*(https?://[^\s<>\"]+)\s*$", re.MULTILINE)

_ALLBLOCKS = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre"
    r"|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section"
    r"|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)"
)
_PRE = re.compile(r"<pre[\s>].*?</pre>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


@dataclass
class Conversion:
    html: str
    removed_shortcodes: list = field(default_factory=list)
    embeds_refused: list = field(default_factory=list)


def embed_html(url):
    return f'<div class="embed" data-embed-url="{escape(url)}"></div>'


def convert_body(raw):
    """Convert a post's ``content:encoded``; returns a ``Conversion`` with what was dropped."""
    removed, refused = [], []
    text = (raw or "").replace("\r\n", "\n").replace("\r", "\n")
    is_blocks = "<!-- wp:" in text
    text = _BLOCK_COMMENT.sub("", text)

    def embed(match):
        url = match.group(1).strip()
        if embed_for(url):
            return "\n\n" + embed_html(url) + "\n\n"
        refused.append(url)
        return f'<a href="{escape(url)}">{escape(url)}</a>'

    text = _EMBED.sub(embed, text)
    # A URL alone on its line is an oEmbed in WordPress; keep allowlisted ones.
    text = _BARE_URL_LINE.sub(
        lambda m: f"\n{embed_html(m.group(1))}\n" if embed_for(m.group(1)) else m.group(0), text
    )
    # Keep a caption's image and text (nested captions do not occur).
    text = _CAPTION.sub(lambda m: m.group(2), text)
    text = _remove_shortcodes(text, removed)
    if not is_blocks:
        text = wpautop(text)
    return Conversion(sanitize_html(text), removed, refused)


def _remove_shortcodes(text, removed):
    closing = {m.group(2).lower() for m in _SHORTCODE.finditer(text) if m.group(1)}

    def drop(match):
        slash, name, attrs = match.group(1), match.group(2).lower(), match.group(3)
        if name in KNOWN_SHORTCODES or name in closing or "=" in attrs:
            if not slash:
                removed.append(name)
            return ""
        return match.group(0)

    return _SHORTCODE.sub(drop, text)


def wpautop(text):
    """A port of WordPress's ``wpautop`` (the parts that matter after sanitizing)."""
    if not text.strip():
        return ""
    pres = []

    def keep_pre(match):
        pres.append(match.group(0))
        return f"<pre wp-pre-tag-{len(pres) - 1}></pre>"

    text = _PRE.sub(keep_pre, text) + "\n"
    # Newlines inside tags are not line breaks.
    text = _TAG.sub(lambda m: m.group(0).replace("\n", " "), text)
    text = re.sub(r"<br\s*/?>\s*<br\s*/?>", "\n\n", text)
    text = re.sub(r"(<" + _ALLBLOCKS + r"[\s/>])", r"\n\n\1", text)
    text = re.sub(r"(</" + _ALLBLOCKS + r">)", r"\1\n\n", text)
    text = re.sub(r"\n\n+", "\n\n", text)
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    text = "".join("<p>" + p.strip("\n") + "</p>\n" for p in paragraphs)
    text = re.sub(r"<p>\s*</p>", "", text)
    text = re.sub(r"<p>([^<]+)</(div|address|form)>", r"<p>\1</p></\2>", text)
    text = re.sub(r"<p>\s*(</?" + _ALLBLOCKS + r"[^>]*>)\s*</p>", r"\1", text)
    text = re.sub(r"<p>(<li.+?)</p>", r"\1", text)
    text = re.sub(r"<p><blockquote([^>]*)>", r"<blockquote\1><p>", text, flags=re.I)
    text = text.replace("</blockquote></p>", "</p></blockquote>")
    text = re.sub(r"<p>\s*(</?" + _ALLBLOCKS + r"[^>]*>)", r"\1", text)
    text = re.sub(r"(</?" + _ALLBLOCKS + r"[^>]*>)\s*</p>", r"\1", text)
    text = re.sub(r"(?<!<br />)\s*\n", "<br />\n", text)
    text = re.sub(r"(</?" + _ALLBLOCKS + r"[^>]*>)\s*<br />", r"\1", text)
    text = re.sub(r"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)", r"\1", text)
    text = re.sub(r"\n</p>$", "</p>", text)
    for index, pre in enumerate(pres):
        text = text.replace(f"<pre wp-pre-tag-{index}></pre>", pre)
    return text
