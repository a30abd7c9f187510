"""Plain functions from what a view fetched to JSON-ready dicts. They make no queries.

Addresses are absolute, built from the request; times are ISO 8601 in Jakarta
time with the offset. The shapes are described in api/schema.py, and the
tests check every response against it.
"""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone

from images.renditions import FORMATS, SPECS, output_size, rendition_url, srcset_specs

CROP_SPECS = tuple(name for name, spec in SPECS.items() if spec.ratio)


def iso(moment):
    return timezone.localtime(moment).isoformat(timespec="seconds") if moment else None


def modified_at(article):
    """When the story last changed for readers: last saved, or gone live on schedule."""
    return max(article.updated_at, article.published_at)


def article_summary(article, request):
    """An article as lists show it: everything but the body."""
    absolute = request.build_absolute_uri
    tags = sorted(article.tags.all(), key=lambda tag: tag.name)
    return {
        "id": article.pk,
        "url": absolute(article.canonical_path()),
        "api_url": absolute(reverse("api:article_detail", kwargs={"pk": article.pk})),
        "headline": article.headline,
        "dek": article.dek,
        "type": article.article_type,
        "section": section_ref(article.section, request),
        "source": source_ref(article.source, request) if article.source else None,
        "authors": [author_ref(author, request) for author in article.ordered_authors()],
        "tags": [tag_ref(tag, request) for tag in tags],
        "featured_image": featured_image(article, request),
        "published_at": iso(article.first_published_at or article.published_at),
        "updated_at": iso(article.displayed_update_time()),
        "modified_at": iso(modified_at(article)),
    }


def article_detail(article, body, request):
    """``body`` is the story's rendered body (articles.body.render_article_body)."""
    corrections = sorted(article.corrections.all(), key=lambda c: (c.published_at, c.pk))
    return {
        **article_summary(article, request),
        "dateline": article.dateline_city or None,
        "body_html": str(body.html),
        "has_embeds": body.has_embeds,
        "editor": author_ref(article.editor, request) if article.editor else None,
        "corrections": [
            {
                "kind": correction.kind,
                "note": correction.note,
                "published_at": iso(correction.published_at),
            }
            for correction in corrections
        ],
    }


def featured_image(article, request):
    image = article.featured_image
    if image is None:
        return None
    specs = [*srcset_specs(image), *CROP_SPECS]
    return {
        "alt": article.featured_alt(),
        "caption": article.featured_caption(),
        "credit": image.credit,
        "renditions": [
            _rendition(image, name, fmt, request) for name in specs for fmt in SPECS[name].formats
        ],
    }


def _rendition(image, name, fmt, request):
    width, height = output_size(image, name)
    return {
        "name": name,
        "format": fmt,
        "media_type": FORMATS[fmt][1],
        "width": width,
        "height": height,
        "url": request.build_absolute_uri(rendition_url(image, name, fmt)),
    }


# Sections, tags, authors and sources: a short reference inside an article, and
# a full entry, with links to itself and to its articles, in their own lists.


def section_ref(section, request):
    return _ref(section, request)


def tag_ref(tag, request):
    return _ref(tag, request)


def author_ref(author, request):
    return {**_ref(author, request), "kind": author.kind}


def source_ref(source, request):
    return {**_ref(source, request), "kind": source.kind}


def section_entry(section, request):
    return _entry(
        section_ref(section, request), section, request, "section", description=section.description
    )


def tag_entry(tag, request):
    return _entry(tag_ref(tag, request), tag, request, "tag")


def author_entry(author, request):
    return _entry(
        author_ref(author, request),
        author,
        request,
        "author",
        bio=author.bio,
        photo_url=_file_url(author.photo, request),
    )


def source_entry(source, request):
    return _entry(
        source_ref(source, request),
        source,
        request,
        "source",
        full_name=source.full_name,
        website=source.website or None,
        description=source.description,
        logo_url=_file_url(source.logo, request),
    )


def _ref(owner, request):
    return {
        "slug": owner.slug,
        "name": owner.name,
        "url": request.build_absolute_uri(owner.get_absolute_url()),
    }


def _entry(ref, owner, request, filter_name, **details):
    articles = f"{reverse('api:article_list')}?{urlencode({filter_name: owner.slug})}"
    return {
        **ref,
        **details,
        "api_url": request.build_absolute_uri(
            reverse(f"api:{filter_name}_detail", kwargs={"slug": owner.slug})
        ),
        "articles_url": request.build_absolute_uri(articles),
    }


def _file_url(field_file, request):
    return request.build_absolute_uri(field_file.url) if field_file else None
