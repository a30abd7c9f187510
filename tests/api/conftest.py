from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.urls import resolve
from django.utils import timezone
from openapi_schema_validator import OAS31Validator

from api.schema import openapi
from articles import services
from articles.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

# What each route answers with a 200, as named in the OpenAPI document.
RESPONSE_SCHEMAS = {
    "article_list": "ArticlePage",
    "article_detail": "Article",
    "section_list": "SectionPage",
    "section_detail": "Section",
    "tag_list": "TagPage",
    "tag_detail": "Tag",
    "author_list": "AuthorPage",
    "author_detail": "Author",
    "source_list": "SourcePage",
    "source_detail": "Source",
}
COMPONENTS = openapi()["components"]


def validate(data, schema_name):
    """Raise unless ``data`` matches the named schema of the OpenAPI document."""
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": COMPONENTS}
    OAS31Validator(schema).validate(data)


@pytest.fixture
def api_get(client):
    """GET an API address; check the JSON against the schema; return the response."""

    def get(url, status=200, **params):
        response = client.get(url, params)
        assert response.status_code == status, response.content
        assert response["Content-Type"] == "application/json"
        match = resolve(urlsplit(url).path)
        if status >= 400:
            validate(response.json(), "Error")
        elif match.url_name in RESPONSE_SCHEMAS:
            validate(response.json(), RESPONSE_SCHEMAS[match.url_name])
        return response

    return get


@pytest.fixture
def owners(db):
    return {
        "section": SectionFactory(name="Ekonomi", slug="ekonomi"),
        "tag": TagFactory(name="Pilkada", slug="pilkada"),
        "author": AuthorFactory(name="Sari Dewi", slug="sari-dewi"),
        "source": SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri"),
    }


def story_of(owners, factory=PublishedArticleFactory, **kwargs):
    """A story filed under every owner in ``owners`` (and whatever ``kwargs`` add)."""
    defaults = {
        "section": owners["section"],
        "source": owners["source"],
        "tags": [owners["tag"]],
        "authors": [owners["author"]],
    }
    return factory(**{**defaults, **kwargs})


@pytest.fixture
def secret_owners(db):
    """A section, tag, author and source used only by stories readers cannot see."""
    return {
        "section": SectionFactory(name="Rahasia", slug="rahasia"),
        "tag": TagFactory(name="Bocoran", slug="bocoran"),
        "author": AuthorFactory(name="Penulis Rahasia", slug="penulis-rahasia"),
        "source": SourceFactory(name="Sumber Rahasia", slug="sumber-rahasia"),
    }


@pytest.fixture
def hidden_stories(owners, secret_owners):
    """Every state readers may not see, each twice: under ``owners`` and ``secret_owners``."""
    stories = {}
    for state, make in HIDDEN_STATES.items():
        stories[state] = [make(owners), make(secret_owners)]
    hidden_pks = [story.pk for pair in stories.values() for story in pair]
    assert not Article.objects.published().filter(pk__in=hidden_pks).exists()
    return stories


def _embargoed(owners):
    story = story_of(owners, ArticleFactory, embargo_until=timezone.now() + timedelta(hours=2))
    return services.article_publish(article=story)


HIDDEN_STATES = {
    "draft": lambda owners: story_of(owners, ArticleFactory),
    "in_review": lambda owners: story_of(owners, ArticleFactory, status="in_review"),
    "scheduled": lambda owners: story_of(owners, published=timezone.now() + timedelta(days=1)),
    "embargoed": _embargoed,
    "expired": lambda owners: story_of(owners, expires_at=timezone.now() - timedelta(minutes=1)),
    "unpublished": lambda owners: services.article_unpublish(article=story_of(owners)),
    "taken_down": lambda owners: services.article_take_down(
        article=story_of(owners), reason="Putusan Dewan Pers"
    ),
    "trashed": lambda owners: services.article_trash(article=story_of(owners)),
}
