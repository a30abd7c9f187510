import io
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.functional import empty

from articles import services
from articles.models import (
    ArticleViewCount,
    Author,
    FrontPage,
    FrontPagePick,
    Page,
    RelatedArticleLink,
    WordPressImport,
)
from images.storage import private_storage
from redirects.models import Redirect
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    ContributorFactory,
    EditorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)
from tests.images import samples
from tests.images.factories import make_image

PASSWORD = "correct horse battery"  # tests.factories.UserFactory's


@pytest.fixture(autouse=True)
def _english_messages():
    """The commands speak the site's language (Indonesian); these tests read English."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def storages(settings, tmp_path):
    """Uploads and originals in this test's own folders, so a wipe removes every file."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    private_storage._wrapped = empty
    yield
    private_storage._wrapped = empty


@pytest.fixture
def export(tmp_path):
    """Run export_content into a new folder under tmp_path; returns the folder."""
    counter = iter(range(1, 100))

    def run(*options):
        directory = tmp_path / f"archive-{next(counter)}"
        call_command("export_content", str(directory), *options, stdout=io.StringIO())
        return directory

    return run


@pytest.fixture
def newsroom(db):
    """A small newsroom that touches every kind in the archive."""
    editor = EditorFactory(
        username="redaktur", first_name="Rina", last_name="Wulandari", email="rina@example.id"
    )
    reporter = ContributorFactory(username="wartawan", email="budi@example.id")
    reporter.user_permissions.add(Permission.objects.get(codename="view_redirect"))
    photographers = Group.objects.create(name="Fotografer")
    photographers.permissions.add(Permission.objects.get(codename="add_image"))
    reporter.groups.add(photographers)

    politics, region = SectionFactory(name="Politik"), SectionFactory(name="Daerah")
    source = SourceFactory(name="Puspen Kemendagri")
    source.logo.save("puspen.png", ContentFile(samples.png_bytes()), save=True)
    author = AuthorFactory(name="Budi Santoso", user=reporter)
    author.photo.save("budi.jpg", ContentFile(samples.jpeg_bytes()), save=True)
    desk = AuthorFactory(name="Redaksi", kind=Author.Kind.INSTITUTION)
    tags = [TagFactory(name="Pilkada"), TagFactory(name="Otonomi Daerah")]
    photo = make_image(samples.jpeg_bytes(colour=(10, 90, 200)), uploaded_by=editor)
    inline = make_image(samples.png_bytes(), name="grafik.png", title="Grafik")

    lead = PublishedArticleFactory(
        section=politics,
        source=source,
        authors=[author, desk],
        tags=tags,
        editor=desk,
        featured_image=photo,
        body=(
            "<p>Paragraf pertama.</p>"
            f'<figure class="inline-image" data-image-id="{inline.pk}"></figure>'
        ),
    )
    old_path = lead.canonical_path()
    lead.slug = "judul-baru"
    services.article_save(article=lead, user=editor, previous_path=old_path)
    services.article_record_revision(article=lead, user=editor)
    services.correction_add(article=lead, kind="ralat", note="Nama kota diperbaiki.", user=editor)

    second = PublishedArticleFactory(section=region, authors=[author], tags=tags[:1])
    RelatedArticleLink.objects.create(article=lead, related_article=second, position=0)
    gone = PublishedArticleFactory(section=region)
    services.article_take_down(article=gone, user=editor, reason="Putusan Dewan Pers.")
    draft = ArticleFactory(section=politics, authors=[author], created_by=reporter)
    services.article_submit(article=draft, user=reporter, note="Mohon diperiksa.")
    trashed = ArticleFactory(section=region)
    services.article_trash(article=trashed, user=editor)
    ArticleFactory(section=region, embargo_until=timezone.now() + timedelta(days=1))

    ArticleViewCount.objects.create(article=lead, day=timezone.localdate(), count=42)
    page = Page.objects.create(title="Redaksi", slug="redaksi", body="<p>Susunan redaksi.</p>")
    front = FrontPage.objects.create(lead=lead, breaking_text="Hasil pilkada diumumkan.")
    FrontPagePick.objects.create(front_page=front, article=second, position=0)
    Redirect.objects.create(old_path="/topik/pilkada-2024/", new_path="/topik/pilkada/")
    WordPressImport.objects.create(
        site="https://lama.example.id",
        post_id=1201,
        post_type="post",
        article=second,
        source_hash="a" * 64,
        content_hash="b" * 64,
    )
    WordPressImport.objects.create(
        site="https://lama.example.id",
        post_id=7,
        post_type="page",
        page=page,
        source_hash="c" * 64,
        content_hash="d" * 64,
    )
    return {"lead": lead, "old_path": old_path, "gone": gone, "photo": photo}
