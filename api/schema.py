"""The OpenAPI 3.1 description of the read API, served at /api/v1/openapi.json.

Written by hand next to the code it describes. The tests keep the two in step:
every route in api/urls.py has a path here and the other way round, the
document passes openapi-spec-validator, and every response the tests see
validates against its schema (objects allow no undeclared fields).
"""

from datetime import UTC, datetime
from pathlib import Path

from articles.models import Article, Author, Correction, Source
from images.renditions import FORMATS, SPECS

from .filters import OWNER_FILTERS
from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

# The schema changes only with this file.
LAST_MODIFIED = datetime.fromtimestamp(Path(__file__).stat().st_mtime, tz=UTC)

OWNER_PATHS = {"section": "sections", "tag": "tags", "author": "authors", "source": "sources"}


def _ref(name, kind="schemas"):
    return {"$ref": f"#/components/{kind}/{name}"}


def _object(properties, description=None):
    schema = {
        "type": "object",
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }
    return {"description": description, **schema} if description else schema


def _nullable(schema):
    if "$ref" in schema:
        return {"oneOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
TIME = {
    "type": "string",
    "format": "date-time",
    "description": "ISO 8601 in Jakarta time, with the offset (+07:00).",
}


def _page(item):
    return _object(
        {
            "results": {"type": "array", "items": _ref(item)},
            "next": _nullable(
                {**URL, "description": "The next page; null on the last one. Filters carry over."}
            ),
        }
    )


def _owner_ref(kinds=None):
    properties = {"slug": STRING, "name": STRING, "url": {**URL, "description": "Public page."}}
    if kinds:
        properties["kind"] = {"type": "string", "enum": kinds}
    return _object(properties)


AUTHOR_KINDS = Author.Kind.values
SOURCE_KINDS = Source.Kind.values
ARTICLE_TYPES = Article.Type.values
CORRECTION_KINDS = Correction.Kind.values


def _owner_entry(ref_properties, **details):
    # No count of articles: see docs/api.md ("Why sections and tags carry no count").
    return _object(
        {
            **ref_properties,
            **details,
            "api_url": URL,
            "articles_url": {**URL, "description": "The article list filtered by this one."},
        },
        description="Listed only while at least one published article is filed under it.",
    )


ARTICLE_SUMMARY = {
    "id": {"type": "integer"},
    "url": {**URL, "description": "The canonical public address."},
    "api_url": URL,
    "headline": STRING,
    "dek": {**STRING, "description": "The summary under the headline; may be empty."},
    "type": {"type": "string", "enum": ARTICLE_TYPES},
    "section": _ref("SectionRef"),
    "source": _nullable(_ref("SourceRef")),
    "authors": {"type": "array", "items": _ref("AuthorRef"), "description": "In byline order."},
    "tags": {"type": "array", "items": _ref("TagRef")},
    "featured_image": _nullable(_ref("FeaturedImage")),
    "published_at": {**TIME, "description": "First publication, in Jakarta time."},
    "updated_at": _nullable(
        {**TIME, "description": "The last content update after publication, as readers see it."}
    ),
    "modified_at": {
        **TIME,
        "description": "The last change of any kind (saved, or gone live): what "
        "`updated_since` filters on.",
    },
}
ARTICLE_DETAIL = {
    **ARTICLE_SUMMARY,
    "dateline": _nullable({**STRING, "description": "Where the story was reported."}),
    "body_html": {
        **STRING,
        "description": "The body as the public page renders it (sanitized; library images "
        "as <picture>; embeds as click-to-load placeholders). Links are root-relative.",
    },
    "has_embeds": {"type": "boolean"},
    "editor": _nullable(_ref("AuthorRef")),
    "corrections": {"type": "array", "items": _ref("Correction")},
}

SCHEMAS = {
    "Error": _object(
        {
            "error": _object(
                {"status": {"type": "integer"}, "code": STRING, "message": STRING},
            )
        }
    ),
    "SectionRef": _owner_ref(),
    "TagRef": _owner_ref(),
    "AuthorRef": _owner_ref(AUTHOR_KINDS),
    "SourceRef": _owner_ref(SOURCE_KINDS),
    "Rendition": _object(
        {
            "name": {"type": "string", "enum": list(SPECS)},
            "format": {"type": "string", "enum": list(FORMATS)},
            "media_type": {"type": "string", "enum": [media for _, media in FORMATS.values()]},
            "width": {"type": "integer", "minimum": 1},
            "height": {"type": "integer", "minimum": 1},
            "url": URL,
        }
    ),
    "FeaturedImage": _object(
        {
            "alt": STRING,
            "caption": STRING,
            "credit": STRING,
            "renditions": {
                "type": "array",
                "items": _ref("Rendition"),
                "description": "Widths up to the original's (never upscaled) in AVIF, WebP and "
                "JPEG; 1200-pixel crops (16:9, 4:3, 1:1) in JPEG.",
            },
        }
    ),
    "Correction": _object(
        {
            "kind": {"type": "string", "enum": CORRECTION_KINDS},
            "note": STRING,
            "published_at": TIME,
        }
    ),
    "ArticleSummary": _object(ARTICLE_SUMMARY),
    "Article": _object(ARTICLE_DETAIL),
    "Section": _owner_entry(_owner_ref()["properties"], description=STRING),
    "Tag": _owner_entry(_owner_ref()["properties"]),
    "Author": _owner_entry(
        _owner_ref(AUTHOR_KINDS)["properties"], bio=STRING, photo_url=_nullable(URL)
    ),
    "Source": _owner_entry(
        _owner_ref(SOURCE_KINDS)["properties"],
        full_name=STRING,
        website=_nullable(URL),
        description=STRING,
        logo_url=_nullable(URL),
    ),
    "ArticlePage": _page("ArticleSummary"),
    "SectionPage": _page("Section"),
    "TagPage": _page("Tag"),
    "AuthorPage": _page("Author"),
    "SourcePage": _page("Source"),
}


def _query(name, description, schema=STRING):
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


PARAMETERS = {
    "cursor": _query("cursor", "Opaque; take it from a page's `next` address."),
    "page_size": _query(
        "page_size",
        f"Items per page (default {DEFAULT_PAGE_SIZE}).",
        {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
    ),
    **{
        name: _query(name, f"Only articles of this {name} (slug). An unknown slug matches nothing.")
        for name in OWNER_FILTERS
    },
    "from": _query(
        "from",
        "Only articles first published on or after this day (Jakarta date).",
        {"type": "string", "format": "date"},
    ),
    "to": _query(
        "to",
        "Only articles first published on or before this day (Jakarta date).",
        {"type": "string", "format": "date"},
    ),
    "updated_since": _query(
        "updated_since",
        "Only articles whose `modified_at` is at or after this time. Without an offset the "
        "time is Jakarta time; write `+` as `%2B`.",
        {"type": "string", "format": "date-time"},
    ),
    "pk": {"name": "pk", "in": "path", "required": True, "schema": {"type": "integer"}},
    "slug": {"name": "slug", "in": "path", "required": True, "schema": STRING},
}

HEADERS = {
    "ETag": {"description": "A hash of the body.", "schema": STRING},
    "Last-Modified": {"description": "The newest change among the items shown.", "schema": STRING},
    "Cache-Control": {"schema": STRING},
    "Retry-After": {"description": "Seconds until the next window.", "schema": {"type": "integer"}},
}


def _error(description):
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


RESPONSES = {
    "NotModified": {
        "description": "The copy named by If-None-Match or If-Modified-Since is current."
    },
    "BadRequest": _error("A malformed parameter or cursor; the message says which."),
    "NotFound": _error("Nothing published here."),
    "TooManyRequests": {
        **_error("Over the per-client rate limit."),
        "headers": {"Retry-After": _ref("Retry-After", "headers")},
    },
}


ERROR_RESPONSES = {"400": "BadRequest", "404": "NotFound"}
PAGINATION = ("cursor", "page_size")


def _get(summary, schema, parameters=(), *, errors=("400",)):
    responses = {
        "200": {
            "description": "OK",
            "headers": {
                name: _ref(name, "headers") for name in ("ETag", "Last-Modified", "Cache-Control")
            },
            "content": {"application/json": {"schema": _ref(schema)}},
        },
        "304": _ref("NotModified", "responses"),
        **{status: _ref(ERROR_RESPONSES[status], "responses") for status in errors},
        "429": _ref("TooManyRequests", "responses"),
    }
    return {
        "get": {
            "summary": summary,
            "operationId": summary.lower().replace(" ", "_").replace(",", ""),
            "parameters": [_ref(name, "parameters") for name in parameters],
            "responses": responses,
        }
    }


def _paths():
    paths = {
        "/articles/": _get(
            "List articles",
            "ArticlePage",
            (*PAGINATION, *OWNER_FILTERS, "from", "to", "updated_since"),
        ),
        "/articles/{pk}/": _get("Get an article", "Article", ("pk",), errors=("404",)),
        "/openapi.json": {
            "get": {
                "summary": "This document",
                "operationId": "openapi",
                "responses": {
                    "200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}},
                    "304": _ref("NotModified", "responses"),
                    "429": _ref("TooManyRequests", "responses"),
                },
            }
        },
    }
    for kind, plural in OWNER_PATHS.items():
        model = kind.capitalize()
        paths[f"/{plural}/"] = _get(f"List {plural}", f"{model}Page", PAGINATION)
        paths[f"/{plural}/{{slug}}/"] = _get(f"Get a {kind}", model, ("slug",), errors=("404",))
    return paths


def openapi():
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Newsroom read API",
            "version": "1",
            "description": "Published content only, as JSON. See docs/api.md.",
        },
        "servers": [{"url": "/api/v1"}],
        "paths": _paths(),
        "components": {
            "schemas": SCHEMAS,
            "parameters": PARAMETERS,
            "headers": HEADERS,
            "responses": RESPONSES,
        },
    }
