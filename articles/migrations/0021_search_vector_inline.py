"""Keep each story's search vector in its row (PostgreSQL only).

Search walks the newest stories testing each one's vector. Stored out of line
(TOAST, the default for a 2–3 kB value) every test was a TOAST index probe
and two more pages; kept in the row (``STORAGE MAIN``: compressed, and the
body goes out of line first) it is one heap page. Two-word search at 100 k
stories: 50 → 25–33 ms. Rows written from now on are stored so; existing rows
move when the table is rewritten (``VACUUM FULL articles_article``).
"""

from django.db import migrations

from articles import search_schema


def set_storage(storage):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(
                f"ALTER TABLE {search_schema.TABLE} "
                f"ALTER COLUMN {search_schema.COLUMN} SET STORAGE {storage}"
            )

    return run


class Migration(migrations.Migration):
    dependencies = [("articles", "0020_daily_view_leaders")]

    operations = [migrations.RunPython(set_storage("MAIN"), set_storage("EXTENDED"))]
