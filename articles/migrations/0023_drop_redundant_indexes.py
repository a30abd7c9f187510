"""Drop the indexes that other indexes already cover.

Each of these columns had an index of its own while a unique constraint or a
(column, …) index starts with the same column and serves every lookup:
``section``, ``source`` and ``status`` of a story (and ``status`` a second
index for LIKE on PostgreSQL), both sides of the byline and tag link tables.
A story's ``slug`` is only looked up with its date (the unique constraint's
index). Ten fewer indexes to write on every save, and to rebuild after
``generate_articles`` loads a large archive (54 s of CPU at 1 M stories).

Only the indexes are dropped: on SQLite, altering the fields would rebuild the
tables and break the triggers kept on them (migration 0019).
"""

import django.db.models.deletion
from django.db import migrations, models

# (table, index, column, PostgreSQL operator class or None)
INDEXES = [
    ("articles_article", "articles_article_section_id_624070f6", "section_id", None),
    ("articles_article", "articles_article_source_id_9a8869ea", "source_id", None),
    ("articles_article", "articles_article_status_f68a8acd", "status", None),
    ("articles_article", "articles_article_status_f68a8acd_like", "status", "varchar_pattern_ops"),
    ("articles_article", "articles_article_slug_cc61df93", "slug", None),
    ("articles_article", "articles_article_slug_cc61df93_like", "slug", "varchar_pattern_ops"),
    ("articles_articleauthor", "articles_articleauthor_article_id_646b7156", "article_id", None),
    ("articles_articleauthor", "articles_articleauthor_author_id_8fd5e14b", "author_id", None),
    (
        "articles_taggedarticle",
        "articles_taggedarticle_content_object_id_c4150235",
        "content_object_id",
        None,
    ),
    ("articles_taggedarticle", "articles_taggedarticle_tag_id_23d7d828", "tag_id", None),
]


def drop_indexes(apps, schema_editor):
    for _table, name, _column, _opclass in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def create_indexes(apps, schema_editor):
    postgresql = schema_editor.connection.vendor == "postgresql"
    for table, name, column, opclass in INDEXES:
        if opclass and not postgresql:
            continue
        target = f"{column} {opclass}" if opclass else column
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({target})")


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0022_published_has_time'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='article',
                    name='section',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='articles', to='articles.section', verbose_name='section'),
                ),
                migrations.AlterField(
                    model_name='article',
                    name='slug',
                    field=models.SlugField(db_index=False, help_text='The last part of the address. Unique among stories of the same date.', max_length=200, verbose_name='slug'),
                ),
                migrations.AlterField(
                    model_name='article',
                    name='source',
                    field=models.ForeignKey(blank=True, db_index=False, help_text='The press office or agency the story comes from; it signs the story.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='articles', to='articles.source', verbose_name='source'),
                ),
                migrations.AlterField(
                    model_name='article',
                    name='status',
                    field=models.CharField(choices=[('draft', 'Draft'), ('in_review', 'In review'), ('published', 'Published'), ('unpublished', 'Unpublished'), ('taken_down', 'Taken down')], default='draft', max_length=20, verbose_name='status'),
                ),
                migrations.AlterField(
                    model_name='articleauthor',
                    name='article',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='article_authors', to='articles.article'),
                ),
                migrations.AlterField(
                    model_name='articleauthor',
                    name='author',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='bylines', to='articles.author', verbose_name='author'),
                ),
                migrations.AlterField(
                    model_name='taggedarticle',
                    name='content_object',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='tagged_items', to='articles.article'),
                ),
                migrations.AlterField(
                    model_name='taggedarticle',
                    name='tag',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='tagged_articles', to='articles.tag', verbose_name='tag'),
                ),
            ],
            database_operations=[migrations.RunPython(drop_indexes, create_indexes)],
        ),
    ]
