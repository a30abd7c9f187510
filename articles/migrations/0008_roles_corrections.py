"""Corrections joined the roles: bring the groups up to date."""

from django.db import migrations

from articles.migrations import _roles


class Migration(migrations.Migration):
    dependencies = [("articles", "0007_corrections")]

    operations = [migrations.RunPython(_roles.sync, migrations.RunPython.noop)]
