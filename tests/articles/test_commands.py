import io
import stat

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from articles import demo_data
from articles.models import Article, Author, Section, Source, Tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    return tmp_path


def test_load_demo_fills_a_whole_newsroom_and_is_idempotent(settings):
    settings.MEDIA_ROOT = settings.MEDIA_ROOT / "demo"
    call_command("load_demo", stdout=io.StringIO())
    counts = (Article.objects.count(), Tag.objects.count(), Author.objects.count())
    assert Article.objects.published().count() >= 40
    assert Article.objects.filter(status=Article.Status.DRAFT).count() >= 1
    assert sum(a.is_scheduled() for a in Article.objects.all()) == 1
    assert Section.objects.count() >= 5
    assert Source.objects.filter(name="Puspen Kemendagri").exists()
    assert Source.objects.count() >= 6 and counts[2] >= 6 and counts[1] >= 30
    assert Author.objects.filter(kind=Author.Kind.INSTITUTION).exists()
    assert all(a.featured_image and a.featured_alt() for a in Article.objects.all())
    reference = Article.objects.get(
        slug="bpsdm-kemendagri-dorong-peran-sekretaris-perangkat-daerah"
    )
    assert reference.get_absolute_url().startswith("/2022/06/20/")
    assert reference.source.name == "Puspen Kemendagri"
    assert reference.related_articles.exists()

    call_command("load_demo", stdout=io.StringIO())
    assert (Article.objects.count(), Tag.objects.count(), Author.objects.count()) == counts


def test_demo_data_is_consistent():
    slugs = [spec["slug"] for spec in demo_data.ARTICLES]
    assert len(slugs) == len(set(slugs))
    tag_names = {name.lower() for name in demo_data.TAGS}
    assert len(tag_names) == len(demo_data.TAGS)
    for spec in demo_data.ARTICLES:
        assert {name.lower() for name in spec["tags"]} <= tag_names, spec["slug"]
        assert set(spec["related"]) <= set(slugs), spec["slug"]


def test_load_demo_refuses_production_settings(settings):
    settings.ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="production"):
        call_command("load_demo")
    assert not Article.objects.exists()


def test_ensure_admin_generates_a_password_once_and_never_resets_it(var_dir, capsys, monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    monkeypatch.delenv("DJANGO_SUPERUSER_USERNAME", raising=False)
    call_command("ensure_admin")
    credentials = var_dir / "admin-credentials.txt"
    password = credentials.read_text().splitlines()[1].removeprefix("password: ")
    assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
    assert password in capsys.readouterr().out
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)

    call_command("ensure_admin")
    admin.refresh_from_db()
    assert admin.check_password(password)
    assert get_user_model().objects.count() == 1


def test_ensure_admin_takes_the_login_from_the_environment(var_dir, monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "redaktur")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "kata-sandi-rahasia-123")
    call_command("ensure_admin")
    user = get_user_model().objects.get(username="redaktur")
    assert user.check_password("kata-sandi-rahasia-123")
    assert not (var_dir / "admin-credentials.txt").exists()
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "lain-lagi-456")
    call_command("ensure_admin")
    user.refresh_from_db()
    assert user.check_password("kata-sandi-rahasia-123")
