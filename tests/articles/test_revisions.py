"""No edit is lost: revisions, diffs, restore and optimistic locking."""

import pytest
from django.test import Client
from django.urls import reverse

from articles import services
from articles.diffing import word_diff
from articles.models import Article, ArticleRevision
from tests.articles.test_admin import ADD, article_form, change_url
from tests.factories import AuthorFactory, EditorFactory, SectionFactory

pytestmark = pytest.mark.django_db


def editing_data(article, author, **changes):
    """The change form as an editor submits it, starting from the version they opened."""
    data = article_form(article.section, author, slug=article.slug, headline=article.headline)
    data["body"] = article.body
    data.update(
        {
            "started_from_version": article.version,
            "article_authors-INITIAL_FORMS": "1",
            "article_authors-0-id": article.article_authors.get().pk,
            "article_authors-0-article": article.pk,
            "tags": ", ".join(sorted(article.tags.names())),
        }
    )
    data.update(changes)
    return data


@pytest.fixture
def story(editor_client):
    author = AuthorFactory()
    editor_client.post(ADD, article_form(SectionFactory(), author, tags="Banjir, Jakarta"))
    article = Article.objects.get()
    article.test_author = author
    return article


def test_every_changing_save_stores_a_revision_and_a_no_op_save_none(editor_client, story):
    assert story.revisions.count() == 1
    same = editing_data(story, story.test_author)
    assert editor_client.post(change_url(story), same).status_code == 302
    assert story.revisions.count() == 1
    story.refresh_from_db()
    changed = editing_data(
        story, story.test_author, headline="Banjir surut di Jakarta", tags="Banjir"
    )
    assert editor_client.post(change_url(story), changed).status_code == 302
    latest = story.revisions.order_by("-version").first()
    assert story.revisions.count() == 2
    assert latest.data["headline"] == "Banjir surut di Jakarta"
    assert latest.data["tags"] == ["Banjir"]
    assert latest.data["authors"] == [{"id": story.test_author.pk, "name": story.test_author.name}]


def test_second_editor_is_refused_and_sees_what_changed(story):
    first, second = Client(), Client()
    first.force_login(EditorFactory(username="editor-satu"))
    second.force_login(EditorFactory(username="editor-dua"))
    opened = Article.objects.get(pk=story.pk)  # both open version N
    first_save = editing_data(opened, story.test_author, headline="Versi editor satu")
    assert first.post(change_url(story), first_save).status_code == 302

    second_save = editing_data(opened, story.test_author, headline="Versi editor dua")
    response = second.post(change_url(story), second_save)
    assert response.status_code == 200
    html = response.content.decode()
    assert "editor-satu" in html
    assert (
        "<ins>satu</ins>" in html or "<ins>Versi editor satu</ins>" in html or "satu</ins>" in html
    )
    # The second editor's text is still in the form, and nothing was overwritten.
    assert 'value="Versi editor dua"' in html
    assert Article.objects.get(pk=story.pk).headline == "Versi editor satu"


def test_a_state_change_meanwhile_also_refuses_a_stale_save(editor_client, story):
    opened = Article.objects.get(pk=story.pk)
    services.article_publish(
        article=Article.objects.get(pk=story.pk), user=EditorFactory(username="penerbit")
    )
    response = editor_client.post(
        change_url(story), editing_data(opened, story.test_author, headline="Basi")
    )
    assert response.status_code == 200
    assert "penerbit" in response.content.decode()
    assert Article.objects.get(pk=story.pk).headline != "Basi"


def test_the_service_refuses_a_stale_version_on_every_write_path(story):
    article = Article.objects.get(pk=story.pk)
    stale = article.version
    services.article_save(article=article)
    with pytest.raises(services.EditConflict):
        services.article_save(article=Article.objects.get(pk=story.pk), expected_version=stale)


def test_diff_and_restore_from_the_admin(editor_client, story):
    story.refresh_from_db()
    editor_client.post(
        change_url(story),
        editing_data(
            story, story.test_author, headline="Judul kedua", body="<p>Isi yang baru sekali.</p>"
        ),
    )
    first, second = story.revisions.order_by("version")
    url = reverse("admin:articles_article_revisions", args=[story.pk])
    page = editor_client.get(url, {"a": first.pk, "b": second.pk}).content.decode()
    assert "<del>baru</del>" in page or "<del>" in page
    assert "<ins>kedua</ins>" in page
    restore = reverse("admin:articles_article_restore_revision", args=[story.pk, first.pk])
    assert editor_client.post(restore).status_code == 302
    story.refresh_from_db()
    assert story.headline == first.data["headline"]
    assert story.revisions.count() == 3  # restoring is itself a new revision
    assert story.revisions.order_by("-version").first().data == first.data


def test_word_diff_keeps_tags_whole_and_escapes_everything():
    diff = word_diff(
        "<p>Halo dunia</p>", '<p>Halo <strong>dunia</strong> <img src=x onerror="a()"></p>'
    )
    assert '<span class="diff-tag">&lt;strong&gt;</span>' in diff
    assert "<img" not in diff and 'onerror="a()"' not in diff
    assert "<ins>" in diff


def test_a_contributor_cannot_restore_others_revisions(client, story):
    from tests.factories import ContributorFactory

    client.force_login(ContributorFactory())
    revision = ArticleRevision.objects.first()
    response = client.post(
        reverse("admin:articles_article_restore_revision", args=[story.pk, revision.pk])
    )
    assert response.status_code == 404


def test_retention_keeps_recent_revisions_and_one_a_day_after(story):
    from datetime import timedelta
    from io import StringIO

    from django.core.management import call_command
    from django.utils import timezone

    now = timezone.now()
    ArticleRevision.objects.all().delete()
    for days_ago, hour in [(1, 9), (1, 15), (100, 8), (100, 12), (100, 17), (120, 10)]:
        moment = timezone.localtime(now - timedelta(days=days_ago)).replace(hour=hour)
        revision = ArticleRevision.objects.create(
            article=story, version=days_ago * 100 + hour, data={}
        )
        ArticleRevision.objects.filter(pk=revision.pk).update(created_at=moment)
    out = StringIO()
    call_command("prune_revisions", stdout=out)
    versions = sorted(ArticleRevision.objects.values_list("version", flat=True))
    assert versions == [109, 115, 10017, 12010]
    assert "Deleted 2 old revisions" in out.getvalue()
