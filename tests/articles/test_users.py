import pytest
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from tests.factories import AdministratorFactory, EditorFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


@pytest.fixture
def admin_client(client):
    client.force_login(AdministratorFactory(username="kepala-redaksi"))
    return client


def test_administrators_create_a_user_with_a_role(admin_client):
    from django.contrib.auth.models import Group

    editor_role = Group.objects.get(name="Editor")
    response = admin_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "wartawan-baru",
            "first_name": "Sari",
            "last_name": "Dewi",
            "email": "sari@example.org",
            "usable_password": "true",
            "password1": "Sungai-Ciliwung-2026",
            "password2": "Sungai-Ciliwung-2026",
            "is_staff": "on",
            "groups": [editor_role.pk],
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="wartawan-baru")
    assert user.is_staff and list(user.groups.values_list("name", flat=True)) == ["Editor"]
    assert user.has_perm("articles.publish_article")


def test_weak_passwords_are_refused(admin_client):
    response = admin_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "lemah",
            "usable_password": "true",
            "password1": "12345678",
            "password2": "12345678",
        },
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="lemah").exists()


def test_users_are_deactivated_never_deleted(admin_client):
    reporter = EditorFactory(username="reporter-lama")
    changelist = reverse("admin:auth_user_changelist")
    html = admin_client.get(changelist).content.decode()
    assert 'value="delete_selected"' not in html
    admin_client.post(
        changelist,
        {"action": "deactivate", helpers.ACTION_CHECKBOX_NAME: [reporter.pk], "index": 0},
    )
    reporter.refresh_from_db()
    assert not reporter.is_active
    delete_url = reverse("admin:auth_user_delete", args=[reporter.pk])
    assert admin_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert User.objects.filter(pk=reporter.pk).exists()


def test_password_reset_email(admin_client):
    reporter = EditorFactory(username="lupa-sandi", email="lupa@example.org")
    admin_client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "send_password_reset", helpers.ACTION_CHECKBOX_NAME: [reporter.pk], "index": 0},
    )
    [message] = mail.outbox
    assert message.to == ["lupa@example.org"]
    link = next(line for line in message.body.splitlines() if "/akun/reset/" in line).strip()
    page = admin_client.get(link, follow=True)
    assert page.status_code == 200 and "new_password1" in page.content.decode()
