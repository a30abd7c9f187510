"""Turn a stored (sanitized) body into what readers get.

Inline images become responsive <picture> renditions, "Baca juga" blocks
link to their story only while it is published, and embeds become
click-to-load placeholders. Unknown or dangling references are dropped.
The view fetches the referenced images and stories up front (one query
each), so rendering makes no query.
"""

from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from images.models import Image

from .embeds import PROVIDER_NOTICE, embed_for
from .html import inline_image_ids, read_also_ids

_VOID = {"br", "img"}
_BLOCKS = {
    ("figure", "data-image-id"): "image",
    ("aside", "data-article-id"): "read_also",
    ("div", "data-embed-url"): "embed",
}


@dataclass
class RenderedBody:
    html: str
    has_embeds: bool


def render_article_body(article):
    """Fetch what the story's body refers to (at most two queries) and render it."""
    return _render_with_references(article.body, exclude=article.pk, sponsored=article.is_paid())


def render_page_body(page):
    """Static pages use the same blocks as stories."""
    return _render_with_references(page.body)


def _render_with_references(body, *, exclude=None, sponsored=False):
    from .models import Article

    image_ids, story_ids = inline_image_ids(body), read_also_ids(body)
    images = Image.objects.in_bulk(image_ids) if image_ids else {}
    stories = {}
    if story_ids:
        stories = Article.objects.published().exclude(pk=exclude).in_bulk(story_ids)
    return render_body(body, images=images, stories=stories, sponsored=sponsored)


def render_body(body, *, images, stories, sponsored=False):
    """``images`` and ``stories`` map ids to the Image and published Article objects.

    In paid content every outbound link says so (rel="sponsored"), as search
    engines ask.
    """
    renderer = _BodyRenderer(images, stories, sponsored)
    renderer.feed(body or "")
    renderer.close()
    return RenderedBody(mark_safe("".join(renderer.out)), renderer.has_embeds)  # noqa: S308


class _BodyRenderer(HTMLParser):
    def __init__(self, images, stories, sponsored):
        super().__init__(convert_charrefs=True)
        self.images, self.stories, self.sponsored = images, stories, sponsored
        self.out = []
        self.has_embeds = False
        self.block = None  # (kind, attrs, depth, collected)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self.block:
            kind, block_attrs, depth, collected = self.block
            collected.setdefault("tags", []).append((tag, attrs))
            if tag not in _VOID:
                self.block = (kind, block_attrs, depth + 1, collected)
            return
        for (block_tag, marker), kind in _BLOCKS.items():
            if tag == block_tag and marker in attrs:
                self.block = (kind, attrs, 1, {"text": []})
                return
        if tag == "img":
            return  # readers get library renditions only, never a bare image
        if (
            tag == "a"
            and self.sponsored
            and attrs.get("href", "").startswith(("http://", "https://"))
        ):
            attrs["rel"] = "sponsored noopener noreferrer"
        self.out.append(self._starttag(tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if self.block:
            kind, attrs, depth, collected = self.block
            if tag in _VOID:
                return
            if depth > 1:
                self.block = (kind, attrs, depth - 1, collected)
                if tag == "figcaption":
                    collected["caption"] = "".join(collected["text"]).strip()
                return
            self.block = None
            self.out.append(getattr(self, f"_render_{kind}")(attrs, collected))
            return
        if tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.block:
            self.block[3]["text"].append(data)
        else:
            self.out.append(escape(data, quote=False))

    @staticmethod
    def _starttag(tag, attrs):
        rendered = "".join(f' {name}="{escape(value or "")}"' for name, value in attrs.items())
        return f"<{tag}{rendered}>"

    def _render_image(self, attrs, collected):
        image = self.images.get(int(attrs["data-image-id"]))
        if image is None:
            return ""
        alt = next((a.get("alt") for tag, a in collected.get("tags", []) if tag == "img"), None)
        return render_to_string(
            "includes/inline_image.html",
            {
                "image": image,
                "alt": alt or image.alt_text,
                "caption": collected.get("caption") or image.caption,
            },
        )

    def _render_read_also(self, attrs, collected):
        story = self.stories.get(int(attrs["data-article-id"]))
        if story is None:
            return ""
        return render_to_string("includes/read_also.html", {"story": story})

    def _render_embed(self, attrs, collected):
        embed = embed_for(attrs["data-embed-url"])
        if embed is None:
            return ""
        self.has_embeds = True
        return render_to_string(
            "includes/embed.html",
            {"embed": embed, "notice": PROVIDER_NOTICE % {"provider": embed.label}},
        )
