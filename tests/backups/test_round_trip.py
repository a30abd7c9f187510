import io
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleRevision,
    ArticleTransition,
    Author,
    Correction,
    Section,
    Tag,
    TaggedArticle,
    WordPressImport,
)
from images.models import Image
from redirects.models import Redirect
from tests.backups.conftest import PASSWORD
from tests.backups.helpers import archive_contents, wipe_site
from tests.factories import ArticleFactory, SectionFactory
from tests.images import samples
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db

MODELS = (Article, Section, Redirect, Image)
STAMPS = ("pk", "created_at", "updated_at", "version", "content_updated_at", "url_date")


def stored_bytes(field_file):
    with field_file.open("rb") as handle:
        return handle.read()


def restore(directory):
    out = io.StringIO()
    call_command("import_content", str(directory), stdout=out)
    return out.getvalue()


def test_export_wipe_import_export_gives_identical_archives(newsroom, export):
    first = export()
    wipe_site()
    restore(first)
    second = export()

    first_manifest, first_files = archive_contents(first)
    second_manifest, second_files = archive_contents(second)
    assert second_manifest == first_manifest
    assert second_files.keys() == first_files.keys()
    for name, data in first_files.items():
        assert second_files[name] == data, name
    # Every kind has data, so the comparison covers every kind.
    assert all(first_manifest["counts"].values()), first_manifest["counts"]


def test_the_restored_site_answers_as_before(newsroom, export, client):
    lead, gone = newsroom["lead"], newsroom["gone"]
    pages = [
        lead.get_absolute_url(),
        "/",
        "/halaman/redaksi/",
        "/ralat/",
        Tag.objects.get(name="Pilkada").get_absolute_url(),
        lead.source.get_absolute_url(),
        Author.objects.get(name="Budi Santoso").get_absolute_url(),
    ]
    before = {url: client.get(url) for url in pages}
    assert {response.status_code for response in before.values()} == {200}
    archive = export()
    wipe_site()
    cache.clear()
    assert client.get(lead.get_absolute_url()).status_code == 404

    restore(archive)
    for url, response in before.items():
        again = client.get(url)
        assert again.status_code == 200, url
        assert again.content == response.content, url
    moved = client.get(newsroom["old_path"])
    assert moved.status_code == 301 and moved["Location"] == lead.canonical_path()
    assert client.get("/topik/pilkada-2024/").status_code == 301
    taken_down = client.get(gone.get_absolute_url())
    assert taken_down.status_code == 410 and "Putusan Dewan Pers." in taken_down.text


def test_restored_records_keep_their_history_times_and_files(newsroom, export):
    lead, photo = newsroom["lead"], newsroom["photo"]
    original = stored_bytes(photo.file)
    trail = list(ArticleTransition.objects.values_list("pk", "user__username", "to_state", "at"))
    revisions = list(ArticleRevision.objects.values_list("pk", "version", "created_at", "data"))
    stamps = list(Article.objects.order_by("pk").values_list(*STAMPS))
    archive = export()
    wipe_site()

    restore(archive)
    assert list(Article.objects.order_by("pk").values_list(*STAMPS)) == stamps
    transitions = ArticleTransition.objects.values_list("pk", "user__username", "to_state", "at")
    assert list(transitions) == trail
    assert ArticleTransition.objects.filter(to_state="taken_down", user__username="redaktur")
    assert list(ArticleRevision.objects.values_list("pk", "version", "created_at", "data")) == (
        revisions
    )
    assert Correction.objects.get().article_id == lead.pk
    assert Article.objects.get(pk=lead.pk).ordered_authors()[0].user.username == "wartawan"
    assert stored_bytes(Image.objects.get(pk=photo.pk).file) == original
    assert stored_bytes(Author.objects.get(name="Budi Santoso").photo).startswith(b"\xff\xd8")
    assert WordPressImport.objects.get(post_id=1201).article.is_published()
    assert WordPressImport.objects.get(post_id=7).page.slug == "redaksi"


def test_restored_links_take_their_stories_publication_time(newsroom, export):
    """Not archived (derived): the database copies it again as the links are written."""
    archive = export()
    wipe_site()

    restore(archive)
    links = [
        *ArticleAuthor.objects.values_list("published_at", "article__published_at"),
        *TaggedArticle.objects.values_list("published_at", "content_object__published_at"),
    ]
    assert any(copied for copied, _story in links)
    assert all(copied == story for copied, story in links)


def test_accounts_and_roles_come_back_by_name(newsroom, export):
    archive = export()
    wipe_site()
    Group.objects.get(name="Editor").permissions.clear()

    restore(archive)
    reporter = get_user_model().objects.get(username="wartawan")
    assert sorted(reporter.groups.values_list("name", flat=True)) == ["Fotografer", "Kontributor"]
    assert reporter.has_perm("redirects.view_redirect")
    assert reporter.has_perm("images.add_image")
    editor = get_user_model().objects.get(username="redaktur")
    assert (editor.first_name, editor.email, editor.is_staff) == (
        "Rina",
        "rina@example.id",
        True,
    )
    assert editor.has_perm("articles.publish_article")


def test_passwords_travel_only_with_credentials(newsroom, export, client):
    archive, with_hashes = export(), export("--with-credentials")
    assert b"md5$" not in (archive / "users.jsonl").read_bytes()
    assert b"md5$" in (with_hashes / "users.jsonl").read_bytes()
    wipe_site()
    restore(archive)
    assert not get_user_model().objects.get(username="redaktur").has_usable_password()
    assert not client.login(username="redaktur", password=PASSWORD)

    wipe_site()
    restore(with_hashes)
    assert client.login(username="redaktur", password=PASSWORD)


def test_new_records_after_a_restore_get_ids_of_their_own(newsroom, export):
    archive = export()
    highest = {model: max(model.objects.values_list("pk", flat=True)) for model in MODELS}
    wipe_site()
    restore(archive)

    created = {
        Article: ArticleFactory(),
        Section: SectionFactory(),
        Redirect: Redirect.objects.create(old_path="/baru/", new_path="/"),
        Image: make_image(samples.jpeg_bytes(colour=(0, 0, 0))),
    }
    for model, record in created.items():
        assert record.pk > highest[model], model


def test_the_commands_report_each_kind_and_a_summary(newsroom, tmp_path):
    out = io.StringIO()
    call_command("export_content", str(tmp_path / "archive"), stdout=out)
    assert "articles.jsonl: 6 records" in out.getvalue()
    assert "Exported" in out.getvalue()
    wipe_site()

    output = restore(tmp_path / "archive")
    assert "front_pages.jsonl: 1 record\n" in output
    assert "users.jsonl: 2 records" in output
    assert output.rstrip().endswith(f"from {tmp_path / 'archive'}.")


def test_a_restore_makes_every_cached_page_a_miss(newsroom, export):
    """Rows written in bulk send no signals; the restore bumps the page cache itself."""
    archive = export()
    wipe_site()
    with mock.patch("backups.restoring.content_changed") as content_changed:
        restore(archive)
    content_changed.assert_called_once_with()
