"""A published story always has a publication time, enforced by the database.

On SQLite a new CHECK constraint means rebuilding the story table, and the
rebuild breaks the triggers that other tables keep on it (link times, migration
0019). There the constraint is checked by model validation only; SQLite is the
development default, and the lists that rely on the rule matter at a scale
only PostgreSQL serves.
"""

from django.db import migrations, models

CONSTRAINT = models.CheckConstraint(
    condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
    name="articles_published_has_time",
    violation_error_message="A published story needs a publication time.",
)


def add_constraint(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_constraint(apps.get_model("articles", "Article"), CONSTRAINT)


def remove_constraint(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_constraint(apps.get_model("articles", "Article"), CONSTRAINT)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0021_search_vector_inline"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddConstraint(model_name="article", constraint=CONSTRAINT)],
            database_operations=[migrations.RunPython(add_constraint, remove_constraint)],
        ),
    ]
