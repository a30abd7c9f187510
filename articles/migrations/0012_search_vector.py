"""Full-text search column and GIN index, on PostgreSQL only (SQLite searches simply)."""

from django.db import migrations

from articles import search_schema


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            search_schema.create_search_column(cursor)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            search_schema.drop_search_column(cursor)


class Migration(migrations.Migration):
    dependencies = [("articles", "0011_front_page_and_pages")]

    operations = [migrations.RunPython(create, drop)]
