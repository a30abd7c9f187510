"""Administrators unlock logins (django-axes) and remove lost two-factor devices."""

from django.db import migrations

from articles.migrations._roles import sync


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0015_scale_indexes"),
        ("axes", "0010_accessattemptexpiration"),
        ("otp_totp", "0003_add_timestamps"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
