"""Make sure an admin account exists, and tell how to log in.

The password comes from DJANGO_SUPERUSER_PASSWORD, or is generated once and
kept in var/admin-credentials.txt (readable by its owner only). An existing
account's password is never reset.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _


class Command(BaseCommand):
    help = "Create the admin account once and print its login."

    def handle(self, *args, **options):
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME") or "admin"
        credentials_file = settings.VAR_DIR / "admin-credentials.txt"
        User = get_user_model()
        with transaction.atomic():
            user = User.objects.filter(username=username).first()
            if user is None:
                password = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or self._generated(
                    credentials_file, username
                )
                User.objects.create_superuser(username=username, email="", password=password)
                self.stdout.write(self.style.SUCCESS(_("Created the admin account.")))
            elif os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
                self.stdout.write(_("The admin account exists; its password was not changed."))

        admin_url = "http://127.0.0.1:8000/admin/"
        self.stdout.write(
            _("Admin: %(url)s  username: %(username)s") % {"url": admin_url, "username": username}
        )
        if os.environ.get("DJANGO_SUPERUSER_PASSWORD"):
            self.stdout.write(_("Password: the one in DJANGO_SUPERUSER_PASSWORD."))
        elif credentials_file.exists():
            password = credentials_file.read_text().split("\n")[1].removeprefix("password: ")
            self.stdout.write(
                _("Password: %(password)s  (kept in %(file)s)")
                % {"password": password, "file": credentials_file}
            )
        else:
            self.stdout.write(_("Password: unchanged (set by you)."))

    def _generated(self, credentials_file, username):
        password = secrets.token_urlsafe(12)
        credentials_file.parent.mkdir(parents=True, exist_ok=True)
        # Created with owner-only permissions from the start, never world-readable.
        fd = os.open(credentials_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(f"username: {username}\npassword: {password}\n")
        return password
