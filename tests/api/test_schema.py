"""The OpenAPI document is valid and describes exactly the routes that exist.

Response bodies are checked against it by the ``api_get`` fixture in every test.
"""

import re

import pytest
from django.urls import URLPattern, reverse
from openapi_spec_validator import validate

from api import urls as api_urls
from api.schema import openapi

pytestmark = pytest.mark.django_db

CATCH_ALL = "not_found"


def openapi_path(pattern):
    """ "articles/<int:pk>/" → "/articles/{pk}/"."""
    return "/" + re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", str(pattern.pattern))


def test_the_document_is_valid_openapi_3_1():
    document = openapi()
    validate(document)
    assert document["openapi"].startswith("3.1")


def test_every_route_is_described_and_every_description_routed():
    routes = {
        openapi_path(pattern)
        for pattern in api_urls.urlpatterns
        if isinstance(pattern, URLPattern) and pattern.name != CATCH_ALL
    }
    assert routes == set(openapi()["paths"])


def test_every_path_parameter_is_declared():
    document = openapi()
    parameters = document["components"]["parameters"]
    for path, item in document["paths"].items():
        declared = {
            parameters[ref["$ref"].rsplit("/", 1)[1]]["name"]
            for ref in item["get"].get("parameters", [])
            if parameters[ref["$ref"].rsplit("/", 1)[1]]["in"] == "path"
        }
        assert declared == set(re.findall(r"{(\w+)}", path)), path


def test_the_document_is_served(api_get):
    response = api_get(reverse("api:openapi"))
    assert response.json() == openapi()
    assert response.json()["servers"] == [{"url": "/api/v1"}]
