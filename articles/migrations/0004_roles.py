"""Create (or bring up to date) the Kontributor, Editor and Administrator groups."""

from django.db import migrations

from articles.migrations import _roles


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_workflow_states"),
        ("images", "0001_initial"),
        ("redirects", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(_roles.sync, migrations.RunPython.noop)]
