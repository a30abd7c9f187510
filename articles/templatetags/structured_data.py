"""NewsArticle structured data (JSON-LD) for the article page."""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from images import renditions

register = template.Library()

# Like Django's json_script: nothing in the data can close the <script> element.
_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _iso(value):
    return timezone.localtime(value).isoformat() if value else None


@register.simple_tag(takes_context=True)
def article_jsonld(context, article):
    request = context["request"]
    absolute = request.build_absolute_uri
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline[:110],
        "description": article.dek,
        "inLanguage": settings.LANGUAGE_CODE,
        "mainEntityOfPage": absolute(article.canonical_path()),
        "datePublished": _iso(article.first_published_at),
        "dateModified": _iso(article.displayed_update_time() or article.first_published_at),
        "author": [
            {
                "@type": "Organization" if author.kind == "institution" else "Person",
                "name": author.name,
                "url": absolute(author.get_absolute_url()),
            }
            for author in article.ordered_authors()
        ],
        "publisher": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "logo": {"@type": "ImageObject", "url": absolute(static("favicon.svg"))},
        },
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.tags.all()],
    }
    if article.source:
        data["sourceOrganization"] = {
            "@type": "Organization",
            "name": article.source.full_name or article.source.name,
            "url": absolute(article.source.get_absolute_url()),
        }
    if article.featured_image:
        data["image"] = [
            absolute(renditions.rendition_url(article.featured_image, f"crop{ratio}", "jpg"))
            for ratio in ("16x9", "4x3", "1x1")
        ]
    corrections = list(article.corrections.all())
    if corrections:
        data["correction"] = [
            {
                "@type": "CorrectionComment",
                "text": f"{c.get_kind_display()}: {c.note}",
                "datePublished": _iso(c.published_at),
            }
            for c in corrections
        ]
    breadcrumbs = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": absolute(path)}
            for position, (name, path) in enumerate(
                [
                    (settings.SITE_NAME, reverse("articles:home")),
                    (article.section.name, article.section.get_absolute_url()),
                    (article.headline, article.canonical_path()),
                ],
                start=1,
            )
        ],
    }
    return _script(data) + _script(breadcrumbs)


def _script(data):
    payload = json.dumps(data, ensure_ascii=False).translate(_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
