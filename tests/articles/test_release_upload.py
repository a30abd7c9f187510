"""The admin's press-release upload: check first, create only on confirmation."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Source
from tests.articles.test_ingest import OWN_RELEASE, reference_text
from tests.factories import ContributorFactory, SectionFactory, SourceFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = reverse("admin:articles_article_press_release")


@pytest.fixture
def section():
    return SectionFactory(name="Nasional", slug="nasional")


def upload(text, name="rilis.txt"):
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/plain")


def test_the_changelist_links_to_the_upload(editor_client):
    page = editor_client.get(reverse("admin:articles_article_changelist"))
    assert URL in page.content.decode()


def test_checking_a_release_shows_what_was_recognised_and_creates_nothing(editor_client, section):
    SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri")
    response = editor_client.post(URL, {"file": upload(reference_text()), "section": section.pk})
    assert response.status_code == 200
    page = response.content.decode()
    assert "What was recognised" in page or "Yang dikenali" in page
    assert "Jakarta" in page and "Puspen Kemendagri" in page
    assert 'name="create"' in page
    assert not Article.objects.exists()


def test_confirming_creates_the_draft_from_the_reference_sample(editor_client, editor, section):
    puspen = SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri")
    text = reference_text()
    response = editor_client.post(URL, {"text": text, "section": section.pk, "create": "1"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:articles_article_change", args=[article.pk])
    assert article.status == Article.Status.DRAFT
    assert article.article_type == Article.Type.PRESS_RELEASE
    assert (article.dateline_city, article.source, article.section) == ("Jakarta", puspen, section)
    assert article.created_by == editor
    assert "PORTALINDONEWS" not in article.body and "Puspen Kemendagri" not in article.body
    assert "Check Also" not in article.body


def test_an_unknown_signature_is_announced_and_created_unverified(editor_client, section):
    response = editor_client.post(URL, {"text": OWN_RELEASE, "section": section.pk})
    assert "Humas Pemkab Intan Jaya" in response.content.decode()
    assert not Source.objects.exists()
    editor_client.post(URL, {"text": OWN_RELEASE, "section": section.pk, "create": "1"})
    source = Source.objects.get()
    assert (source.name, source.verified) == ("Humas Pemkab Intan Jaya", False)
    assert Article.objects.get().source == source


@pytest.mark.parametrize(
    "data, message",
    [
        ({}, "Upload a text file or paste the release"),
        ({"text": "   "}, "Upload a text file or paste the release"),
        ({"text": "Hanya judul"}, None),
    ],
)
def test_bad_input_is_a_form_error_and_creates_nothing(editor_client, section, data, message):
    with_english = {**data, "section": section.pk, "create": "1"}
    response = editor_client.post("/en" + URL, with_english)
    assert response.status_code == 200
    assert 'class="errornote"' in response.content.decode()
    if message:
        assert message in response.content.decode()
    assert not Article.objects.exists() and not Source.objects.exists()


def test_a_file_that_is_not_utf8_is_refused(editor_client, section):
    bad = SimpleUploadedFile("rilis.txt", "Judul\n\nIsi caf\xe9".encode("latin-1"))
    response = editor_client.post("/en" + URL, {"file": bad, "section": section.pk, "create": "1"})
    assert "not UTF-8" in response.content.decode()
    assert not Article.objects.exists()


def test_file_and_text_together_are_refused(editor_client, section):
    response = editor_client.post(
        "/en" + URL, {"file": upload(OWN_RELEASE), "text": OWN_RELEASE, "section": section.pk}
    )
    assert "not both" in response.content.decode()


def test_a_contributor_may_import_but_a_reader_account_may_not(client, section):
    client.force_login(ContributorFactory())
    assert client.get(URL).status_code == 200
    client.post(URL, {"text": OWN_RELEASE, "section": section.pk, "create": "1"})
    assert Article.objects.count() == 1
    client.force_login(UserFactory(is_staff=True))
    assert client.get(URL).status_code == 403
