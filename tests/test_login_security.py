"""Admin login: lockout after repeated failures (django-axes) and two-factor authentication."""

import time

import pytest
from axes.models import AccessAttempt
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import AdministratorFactory, EditorFactory

pytestmark = pytest.mark.django_db
PASSWORD = "kopi-tubruk-pagi-2026"
LOGIN = reverse("admin:login")
INDEX = reverse("admin:index")


def with_password(user):
    user.set_password(PASSWORD)
    user.save()
    return user


def log_in(client, user, password=PASSWORD, **extra):
    data = {"username": user.username, "password": password, "next": INDEX, **extra}
    return client.post(LOGIN, data)


def code_for(device, offset=0):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset
    return totp.token()


@pytest.fixture
def lockout_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


@pytest.mark.usefixtures("lockout_on")
def test_repeated_failures_lock_the_account_with_a_clear_message(client):
    editor = with_password(EditorFactory())
    for _ in range(2):
        assert log_in(client, editor, "salah").status_code == 200
    locked = log_in(client, editor, "salah")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode() or "Terlalu banyak" in (
        locked.content.decode()
    )
    # Even the right password is refused while locked.
    assert log_in(client, editor).status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.usefixtures("lockout_on")
def test_an_administrator_unlocks_the_account(client):
    editor = with_password(EditorFactory())
    for _ in range(3):
        log_in(client, editor, "salah")
    admin_client = client.__class__()
    admin_client.force_login(AdministratorFactory())
    attempts = reverse("admin:axes_accessattempt_changelist")
    assert admin_client.get(attempts).status_code == 200
    attempt = AccessAttempt.objects.get(username=editor.username)
    delete = reverse("admin:axes_accessattempt_delete", args=[attempt.pk])
    assert admin_client.post(delete, {"post": "yes"}).status_code == 302
    response = log_in(client, editor)
    assert response.status_code == 302 and response["Location"] == INDEX


def test_without_two_factor_required_an_administrator_logs_in_with_a_password(client):
    admin = with_password(AdministratorFactory())
    assert log_in(client, admin)["Location"] == INDEX
    assert client.get(INDEX).status_code == 200


@pytest.fixture
def two_factor_required(settings):
    settings.ADMIN_TWO_FACTOR_REQUIRED = True
    # django-otp slows down guessing after a wrong code; the test types fast.
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


@pytest.mark.usefixtures("two_factor_required")
def test_an_administrator_must_set_up_two_factor_before_using_the_admin(client):
    admin = with_password(AdministratorFactory())
    log_in(client, admin)
    response = client.get(INDEX)
    assert response.status_code == 302
    setup = client.get(response["Location"], follow=True)
    page = setup.content.decode()
    assert setup.status_code == 200 and "<svg" in page
    device = TOTPDevice.objects.get(user=admin, confirmed=False)
    # A wrong code changes nothing.
    wrong = client.post(reverse("admin:two_factor_setup"), {"token": "000000"})
    assert wrong.status_code == 200 and 'class="errornote"' in wrong.content.decode()
    assert client.get(INDEX).status_code == 302
    done = client.post(reverse("admin:two_factor_setup"), {"token": code_for(device)})
    assert done["Location"] == INDEX
    assert client.get(INDEX).status_code == 200

    # Next time the code is part of the login.
    client.logout()
    without_code = log_in(client, admin)
    assert without_code.status_code == 200 and "_auth_user_id" not in client.session
    with_code = log_in(client, admin, otp_token=code_for(device, offset=30))
    assert with_code["Location"] == INDEX
    assert client.get(INDEX).status_code == 200


@pytest.mark.usefixtures("two_factor_required")
def test_editors_are_not_forced_but_may_opt_in(client):
    editor = with_password(EditorFactory())
    log_in(client, editor)
    assert client.get(INDEX).status_code == 200
    assert client.get(reverse("admin:two_factor_setup")).status_code == 200


def test_taggits_own_tag_admin_is_not_exposed(client):
    # The project's tags are articles.Tag; taggit's unused model had an admin
    # whose merge view only checked for staff.
    from django.contrib import admin
    from taggit.models import Tag as TaggitTag

    assert not admin.site.is_registered(TaggitTag)
    client.force_login(with_password(EditorFactory()))
    assert client.get("/admin/taggit/tag/").status_code == 404
    assert client.get("/admin/taggit/tag/merge-tags/").status_code == 404
