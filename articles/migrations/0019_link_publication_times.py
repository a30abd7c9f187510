"""Story publication times on the byline and tag links, kept by triggers (link_times.py)."""

from django.db import migrations, models

from articles import link_times


def install(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    with schema_editor.connection.cursor() as cursor:
        for statement in link_times.backfill_sql():
            cursor.execute(statement)
        for statement in link_times.create_sql(vendor):
            cursor.execute(statement)


def uninstall(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        for statement in link_times.drop_sql(schema_editor.connection.vendor):
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0018_sitemap_months")]

    operations = [
        migrations.AddField(
            model_name="articleauthor",
            name="published_at",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="taggedarticle",
            name="published_at",
            field=models.DateTimeField(editable=False, null=True),
        ),
        migrations.RunPython(install, uninstall),
        migrations.AddIndex(
            model_name="articleauthor",
            index=models.Index(
                condition=models.Q(("published_at__isnull", False)),
                fields=["author", "-published_at", "-article"],
                name="byline_author_pub_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="taggedarticle",
            index=models.Index(
                condition=models.Q(("published_at__isnull", False)),
                fields=["tag", "-published_at", "-content_object"],
                name="tagging_tag_pub_idx",
            ),
        ),
    ]
