import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.factories import EditorFactory


@pytest.fixture(autouse=True)
def _fresh_state():
    """Each test starts in the default language with an empty cache."""
    translation.activate(settings.LANGUAGE_CODE)
    cache.clear()
    yield
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def editor(db):
    return EditorFactory(username="editor")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
