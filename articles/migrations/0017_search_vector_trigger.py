"""The search column becomes a plain column kept by a trigger (PostgreSQL only).

Same vectors, same index; the stored values are kept (no table rewrite). Why:
see articles/search_schema.py. Reversing recomputes the generated column.
"""

from django.db import migrations

from articles import search_schema


def to_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            search_schema.convert_to_trigger(cursor)


def to_generated(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            search_schema.convert_to_generated(cursor)


class Migration(migrations.Migration):
    dependencies = [("articles", "0016_security_roles")]

    operations = [migrations.RunPython(to_trigger, to_generated)]
