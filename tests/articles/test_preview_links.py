from datetime import timedelta

import pytest
import time_machine
from django.contrib.admin import helpers
from django.utils import timezone

from articles.models import PreviewLink
from tests.articles.test_admin import CHANGELIST
from tests.factories import ArticleFactory, ContributorFactory, EditorFactory

pytestmark = pytest.mark.django_db


def share(client, article):
    client.post(
        CHANGELIST,
        {"action": "share_preview", helpers.ACTION_CHECKBOX_NAME: [article.pk], "index": 0},
    )
    return PreviewLink.objects.filter(article=article).last()


def test_a_preview_link_works_without_login_until_it_expires(client):
    draft = ArticleFactory(headline="Draf untuk narasumber")
    editor_client = client.__class__()
    editor_client.force_login(EditorFactory())
    link = share(editor_client, draft)
    url = link.get_absolute_url()
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200 and "Draf untuk narasumber" in html
    assert "Pratinjau" in html and '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        assert client.get(url).status_code == 404


def test_a_revoked_or_forged_link_does_not_work(client):
    draft = ArticleFactory()
    editor = EditorFactory()
    editor_client = client.__class__()
    editor_client.force_login(editor)
    link = share(editor_client, draft)
    url = link.get_absolute_url()
    from articles import services

    services.preview_link_revoke(link=link, user=editor)
    assert client.get(url).status_code == 404
    assert client.get(url[:-3] + "xx/").status_code == 404
    other = PreviewLink.objects.create(
        article=draft, expires_at=timezone.now() + timedelta(hours=1)
    )
    forged = other.get_absolute_url().replace(f'"link":{other.pk}', '"link":1')
    assert client.get(forged.replace("/preview/share/", "/preview/share/x")).status_code == 404


def test_a_contributor_cannot_share_anothers_draft_but_can_share_their_own(client):
    contributor = ContributorFactory()
    client.force_login(contributor)
    assert share(client, ArticleFactory()) is None
    own = ArticleFactory(created_by=contributor)
    assert share(client, own) is not None


def test_revoking_from_the_story_form(client):
    from tests.articles.test_admin import article_form, change_url
    from tests.factories import AuthorFactory

    editor = EditorFactory()
    client.force_login(editor)
    draft = ArticleFactory()
    link = share(client, draft)
    data = article_form(draft.section, AuthorFactory(), slug=draft.slug)
    data.update(
        {
            "preview_links-TOTAL_FORMS": "1",
            "preview_links-INITIAL_FORMS": "1",
            "preview_links-MIN_NUM_FORMS": "0",
            "preview_links-MAX_NUM_FORMS": "1000",
            "preview_links-0-id": link.pk,
            "preview_links-0-article": draft.pk,
            "preview_links-0-revoke": "on",
        }
    )
    assert client.post(change_url(draft), data).status_code == 302
    link.refresh_from_db()
    assert link.revoked_at is not None
