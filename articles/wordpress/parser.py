"""Streaming reader for WordPress eXtended RSS (WXR) exports.

The file is read twice with ``lxml.etree.iterparse``, clearing each element
once used, so memory stays flat whatever the export's size:

1. ``scan`` checks that the whole file is well-formed XML *before anything is
   written* and collects what items refer to (site, authors, attachments);
2. ``iter_items`` yields one ``WPItem`` per ``<item>``.

Entities are not resolved and no DTD or network access happens. The ``wp:``
namespace differs between exports (http or https, export/1.0/ to 1.2/): it is
detected from the first element in a ``wordpress.org/export/1.x/`` namespace.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from lxml import etree

WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/$")
EXCERPT_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/1\.\d+/excerpt/$")
CONTENT_NAMESPACE = "http://purl.org/rss/1.0/modules/content/"
DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"


class WXRError(ValueError):
    """The file is not a readable WXR export; ``line`` says where, when known."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line


@dataclass
class WPAuthor:
    login: str
    display_name: str


@dataclass
class WPItem:
    post_id: int
    post_type: str
    status: str
    title: str = ""
    link: str = ""
    creators: list = field(default_factory=list)
    content: str = ""
    excerpt: str = ""
    post_name: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_parent: int = 0
    attachment_url: str = ""
    # (domain, nicename, name) in file order; domain is "category" or "post_tag"
    terms: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    line: int = 0

    @property
    def categories(self):
        return [(nice, name) for domain, nice, name in self.terms if domain == "category"]

    @property
    def tags(self):
        return [(nice, name) for domain, nice, name in self.terms if domain in ("post_tag", "tag")]

    def gmt_datetime(self):
        return parse_wp_datetime(self.post_date_gmt, tz=UTC)


@dataclass
class WXRChannel:
    wp_namespace: str = ""
    base_site_url: str = ""
    site_link: str = ""
    authors: dict = field(default_factory=dict)  # login -> WPAuthor
    # The export's declared terms, used by a post or not: (nicename or slug, name).
    categories: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    attachments: dict = field(default_factory=dict)  # post_id -> WPItem
    item_count: int = 0


def parse_wp_datetime(value, tz):
    """``YYYY-MM-DD HH:MM:SS`` in ``tz``; None for WordPress's "0000-00-00 00:00:00"."""
    value = (value or "").strip()
    if not value or value.startswith("0000"):
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    except ValueError:
        return None


class WXRReader:
    def __init__(self, path):
        self.path = str(path)
        self.wp_namespace = ""
        self._names = {}

    def _iterparse(self):
        return etree.iterparse(
            self.path,
            events=("end",),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=True,
            remove_comments=False,
        )

    def _name(self, tag):
        """("wp" | "excerpt" | "content" | "dc" | "", local name) for an element tag."""
        if not isinstance(tag, str):
            return "", ""  # comments, processing instructions
        known = self._names.get(tag)
        if known is not None:
            return known
        namespace, _, local = tag[1:].partition("}") if tag.startswith("{") else ("", "", tag)
        if namespace and WP_NAMESPACE.match(namespace):
            self.wp_namespace = self.wp_namespace or namespace
            prefix = "wp" if namespace == self.wp_namespace else "wp-other"
        elif namespace and EXCERPT_NAMESPACE.match(namespace):
            prefix = "excerpt"
        elif namespace == CONTENT_NAMESPACE:
            prefix = "content"
        elif namespace == DC_NAMESPACE:
            prefix = "dc"
        else:
            prefix = "" if not namespace else "other"
        self._names[tag] = (prefix, local)
        return prefix, local

    def _events(self):
        try:
            for _event, element in self._iterparse():
                yield element
        except etree.XMLSyntaxError as error:
            line = error.lineno or (error.position[0] if error.position else None)
            raise WXRError(f"Malformed XML at line {line}: {error.msg}", line=line) from error
        except OSError as error:
            raise WXRError(f"Cannot read {self.path}: {error}") from error

    @staticmethod
    def _release(element):
        """Free a finished element and the siblings before it."""
        element.clear(keep_tail=False)
        parent = element.getparent()
        if parent is not None:
            while element.getprevious() is not None:
                del parent[0]

    def scan(self):
        """Check the whole file and collect channel data; raises WXRError."""
        channel = WXRChannel()
        root_tag = None
        for element in self._events():
            prefix, local = self._name(element.tag)
            parent = element.getparent()
            if parent is None:
                root_tag = element.tag
                continue
            if prefix == "wp" and local == "base_site_url":
                channel.base_site_url = (element.text or "").strip()
            elif prefix == "" and local == "link" and self._name(parent.tag)[1] == "channel":
                channel.site_link = (element.text or "").strip()
            elif prefix == "wp" and local == "author" and self._name(parent.tag)[1] == "channel":
                login = _child_text(element, self.wp_namespace, "author_login")
                display = _child_text(element, self.wp_namespace, "author_display_name")
                if login:
                    channel.authors[login] = WPAuthor(login, display or login)
                self._release(element)
            elif prefix == "" and local == "item":
                channel.item_count += 1
                item = self._item(element)
                if item is not None and item.post_type == "attachment":
                    channel.attachments[item.post_id] = item
                self._release(element)
            elif prefix == "wp" and local in ("category", "tag") and self._channel_child(parent):
                self._declared_term(channel, element, local)
                self._release(element)
            elif prefix == "wp" and local in ("category", "tag", "term"):
                self._release(element)
        if root_tag != "rss" or not self.wp_namespace:
            raise WXRError("Not a WordPress export (no <rss> root with a wp: namespace).")
        channel.wp_namespace = self.wp_namespace
        channel.base_site_url = channel.base_site_url or channel.site_link
        return channel

    def _channel_child(self, parent):
        return self._name(parent.tag)[1] == "channel"

    def _declared_term(self, channel, element, local):
        ns = self.wp_namespace
        if local == "category":
            slug, name = (
                _child_text(element, ns, "category_nicename"),
                _child_text(element, ns, "cat_name"),
            )
            target = channel.categories
        else:
            slug, name = _child_text(element, ns, "tag_slug"), _child_text(element, ns, "tag_name")
            target = channel.tags
        if slug or name:
            target.append((slug, name or slug))

    def iter_items(self):
        for element in self._events():
            prefix, local = self._name(element.tag)
            if prefix == "" and local == "item":
                item = self._item(element)
                self._release(element)
                if item is not None:
                    yield item
            elif prefix == "wp" and local in ("author", "category", "tag", "term"):
                self._release(element)

    def _item(self, element):
        values, terms, meta = {}, [], {}
        for child in element:
            prefix, local = self._name(child.tag)
            text = child.text or ""
            if prefix == "" and local == "category":
                terms.append((child.get("domain", "category"), child.get("nicename", ""), text))
            elif prefix == "wp" and local == "postmeta":
                key = _child_text(child, self.wp_namespace, "meta_key")
                if key:
                    meta[key] = _child_text(child, self.wp_namespace, "meta_value")
            elif prefix == "dc" and local == "creator":
                values.setdefault("creators", []).append(text.strip())
            elif prefix == "content" and local == "encoded":
                values["content"] = text
            elif prefix == "excerpt" and local == "encoded":
                values["excerpt"] = text
            elif prefix in ("", "wp") and local in (
                "title",
                "link",
                "post_id",
                "post_type",
                "status",
                "post_name",
                "post_date",
                "post_date_gmt",
                "post_parent",
                "attachment_url",
            ):
                values[local] = text.strip() if local != "title" else text
        try:
            post_id = int(values.get("post_id", ""))
        except ValueError:
            return None
        try:
            parent = int(values.get("post_parent") or 0)
        except ValueError:
            parent = 0
        return WPItem(
            post_id=post_id,
            post_type=values.get("post_type", "post") or "post",
            status=values.get("status", "") or "",
            title=values.get("title", "").strip(),
            link=values.get("link", ""),
            creators=[c for c in values.get("creators", []) if c],
            content=values.get("content", ""),
            excerpt=values.get("excerpt", ""),
            post_name=values.get("post_name", ""),
            post_date=values.get("post_date", ""),
            post_date_gmt=values.get("post_date_gmt", ""),
            post_parent=parent,
            attachment_url=values.get("attachment_url", ""),
            terms=terms,
            meta=meta,
            line=element.sourceline or 0,
        )


def _child_text(element, namespace, local):
    child = element.find(f"{{{namespace}}}{local}")
    return (child.text or "").strip() if child is not None else ""
