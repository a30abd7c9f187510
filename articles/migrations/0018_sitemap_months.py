"""The sitemap index's monthly summary, kept exact by triggers on the story table.

See ``articles/models/sitemap_summary.py`` for what a month counts and
``articles/sitemaps.py`` for how it is read. The SQL lives here, frozen with
the migration that installs it.

PostgreSQL: one statement-level trigger per event with transition tables. It
compares the stories that counted before the statement with those that count
after it (by id, month and ``lastmod``), so a 2 000-row COPY costs one small
aggregate, and an edit that changes nothing the sitemaps see costs nothing.
The months touched are locked in order, then counted up or down; a month's
``lastmod`` is searched again (within that month only) when the story that
carried it went away or was dated back.

SQLite: row triggers with the same rules (SQLite has no statement triggers).
"""

# The SQL below is assembled from constants of this file only.
# ruff: noqa: S608

from django.db import migrations, models

ELIGIBLE = (
    "({t}.status = 'published' AND {t}.deleted_at IS NULL AND NOT {t}.noindex "
    "AND {t}.url_date IS NOT NULL)"
)
LASTMOD = "COALESCE({t}.content_updated_at, {t}.first_published_at)"

# --- PostgreSQL --------------------------------------------------------------

PG_MONTH = "date_trunc('month', {t}.url_date::timestamp)::date"
PG_ROWS = (
    f"SELECT t.id, {PG_MONTH.format(t='t')} AS month, {LASTMOD.format(t='t')} AS lastmod "
    f"FROM {{table}} AS t WHERE {ELIGIBLE.format(t='t')}"
)
PG_NO_ROWS = (
    "SELECT NULL::bigint AS id, NULL::date AS month, NULL::timestamptz AS lastmod WHERE false"
)

PG_DELTA = """
        WITH counted_before AS ({before}), counted_after AS ({after}),
        changed AS (
            SELECT month, 1 AS change, lastmod AS added, NULL::timestamptz AS removed
            FROM (SELECT * FROM counted_after EXCEPT ALL SELECT * FROM counted_before) AS came
            UNION ALL
            SELECT month, -1, NULL, lastmod
            FROM (SELECT * FROM counted_before EXCEPT ALL SELECT * FROM counted_after) AS went
        ),
        delta AS (
            SELECT month, sum(change) AS change, max(added) AS added, max(removed) AS removed
            FROM changed GROUP BY month
        )
        SELECT array_agg(month ORDER BY month), array_agg(change ORDER BY month),
               array_agg(added ORDER BY month), array_agg(removed ORDER BY month)
        INTO touched, changes, newest_added, newest_removed FROM delta;"""

PG_FUNCTION = """
CREATE FUNCTION articles_sitemap_months_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    touched date[];
    changes bigint[];
    newest_added timestamptz[];
    newest_removed timestamptz[];
BEGIN
    IF TG_OP = 'INSERT' THEN{insert}
    ELSIF TG_OP = 'DELETE' THEN{delete}
    ELSE{update}
    END IF;
    IF touched IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO articles_sitemapmonth (month, stories)
        SELECT month, 0 FROM unnest(touched) AS month ORDER BY month
        ON CONFLICT (month) DO NOTHING;
    -- In month order, so concurrent writers queue instead of deadlocking; the
    -- statements below then see what the writers before us committed.
    PERFORM 1 FROM articles_sitemapmonth WHERE month = ANY(touched) ORDER BY month FOR UPDATE;
    UPDATE articles_sitemapmonth AS s
        SET stories = GREATEST(s.stories + d.change, 0), lastmod = GREATEST(s.lastmod, d.added)
        FROM unnest(touched, changes, newest_added) AS d(month, change, added)
        WHERE s.month = d.month;
    UPDATE articles_sitemapmonth AS s SET lastmod = (
            SELECT max({lastmod}) FROM articles_article AS a
            WHERE a.url_date >= s.month AND a.url_date < (s.month + interval '1 month')::date
                AND {eligible})
        FROM unnest(touched, newest_removed) AS d(month, removed)
        WHERE s.month = d.month AND d.removed >= s.lastmod;
    DELETE FROM articles_sitemapmonth WHERE month = ANY(touched) AND stories = 0;
    RETURN NULL;
END $$;
CREATE FUNCTION articles_sitemap_months_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM articles_sitemapmonth;
    RETURN NULL;
END $$;
""".format(
    insert=PG_DELTA.format(before=PG_NO_ROWS, after=PG_ROWS.format(table="new_rows")),
    delete=PG_DELTA.format(before=PG_ROWS.format(table="old_rows"), after=PG_NO_ROWS),
    update=PG_DELTA.format(
        before=PG_ROWS.format(table="old_rows"), after=PG_ROWS.format(table="new_rows")
    ),
    lastmod=LASTMOD.format(t="a"),
    eligible=ELIGIBLE.format(t="a"),
)

PG_TRIGGERS = [
    "CREATE TRIGGER articles_sitemap_months_insert AFTER INSERT ON articles_article "
    "REFERENCING NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION articles_sitemap_months_sync()",
    "CREATE TRIGGER articles_sitemap_months_update AFTER UPDATE ON articles_article "
    "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION articles_sitemap_months_sync()",
    "CREATE TRIGGER articles_sitemap_months_delete AFTER DELETE ON articles_article "
    "REFERENCING OLD TABLE AS old_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION articles_sitemap_months_sync()",
    "CREATE TRIGGER articles_sitemap_months_truncate AFTER TRUNCATE ON articles_article "
    "FOR EACH STATEMENT EXECUTE FUNCTION articles_sitemap_months_clear()",
]

PG_DROP = [
    *(
        f"DROP TRIGGER IF EXISTS articles_sitemap_months_{event} ON articles_article"
        for event in ("insert", "update", "delete", "truncate")
    ),
    "DROP FUNCTION IF EXISTS articles_sitemap_months_sync()",
    "DROP FUNCTION IF EXISTS articles_sitemap_months_clear()",
]

# --- SQLite ------------------------------------------------------------------

SQLITE_ADD = """
    INSERT INTO articles_sitemapmonth (month, stories, lastmod)
        SELECT date(NEW.url_date, 'start of month'), 1, {new_lastmod} WHERE {new_eligible}
        ON CONFLICT (month) DO UPDATE SET stories = stories + 1, lastmod = CASE
            WHEN lastmod IS NULL OR excluded.lastmod > lastmod THEN excluded.lastmod
            ELSE lastmod END;"""

SQLITE_REMOVE = """
    UPDATE articles_sitemapmonth SET stories = max(stories - 1, 0)
        WHERE month = date(OLD.url_date, 'start of month') AND {old_eligible};
    UPDATE articles_sitemapmonth SET lastmod = (
            SELECT max({lastmod}) FROM articles_article AS a
            WHERE a.url_date >= articles_sitemapmonth.month
                AND a.url_date < date(articles_sitemapmonth.month, '+1 month') AND {eligible})
        WHERE month = date(OLD.url_date, 'start of month') AND {old_eligible}
            AND {old_lastmod} >= lastmod;
    DELETE FROM articles_sitemapmonth
        WHERE month = date(OLD.url_date, 'start of month') AND stories = 0;"""

SQLITE_WATCHED = (
    "status",
    "deleted_at",
    "noindex",
    "url_date",
    "content_updated_at",
    "first_published_at",
)

_sqlite_parts = {
    "new_eligible": ELIGIBLE.format(t="NEW"),
    "new_lastmod": LASTMOD.format(t="NEW"),
    "old_eligible": ELIGIBLE.format(t="OLD"),
    "old_lastmod": LASTMOD.format(t="OLD"),
    "eligible": ELIGIBLE.format(t="a"),
    "lastmod": LASTMOD.format(t="a"),
}
_sqlite_add = SQLITE_ADD.format(**_sqlite_parts)
_sqlite_remove = SQLITE_REMOVE.format(**_sqlite_parts)
_sqlite_changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in SQLITE_WATCHED)

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER articles_sitemap_months_insert AFTER INSERT ON articles_article
WHEN {_sqlite_parts["new_eligible"]}
BEGIN{_sqlite_add}
END""",
    # Added before removed: a story whose lastmod moved forward then never
    # sends its month looking for a new newest story.
    f"""CREATE TRIGGER articles_sitemap_months_update AFTER UPDATE ON articles_article
WHEN ({_sqlite_parts["old_eligible"]} OR {_sqlite_parts["new_eligible"]}) AND ({_sqlite_changed})
BEGIN{_sqlite_add}{_sqlite_remove}
END""",
    f"""CREATE TRIGGER articles_sitemap_months_delete AFTER DELETE ON articles_article
WHEN {_sqlite_parts["old_eligible"]}
BEGIN{_sqlite_remove}
END""",
]

SQLITE_DROP = [
    f"DROP TRIGGER IF EXISTS articles_sitemap_months_{event}"
    for event in ("insert", "update", "delete")
]

# --- Both --------------------------------------------------------------------

BACKFILL = (
    "INSERT INTO articles_sitemapmonth (month, stories, lastmod) "
    f"SELECT {{month}}, count(*), max({LASTMOD.format(t='a')}) FROM articles_article AS a "
    f"WHERE {ELIGIBLE.format(t='a')} GROUP BY 1"
)
INSTALL = {
    "postgresql": [
        PG_FUNCTION,
        *PG_TRIGGERS,
        BACKFILL.format(month=PG_MONTH.format(t="a")),
    ],
    "sqlite": [*SQLITE_TRIGGERS, BACKFILL.format(month="date(a.url_date, 'start of month')")],
}
UNINSTALL = {"postgresql": PG_DROP, "sqlite": SQLITE_DROP}


def install(apps, schema_editor):
    """Triggers first (on PostgreSQL they lock out writers until the migration commits), then
    the months of the stories already there."""
    _run(schema_editor, INSTALL)


def uninstall(apps, schema_editor):
    _run(schema_editor, UNINSTALL)


def _run(schema_editor, statements):
    vendor = schema_editor.connection.vendor
    if vendor not in statements:
        raise NotImplementedError(f"No sitemap summary triggers for {vendor}.")
    with schema_editor.connection.cursor() as cursor:
        for statement in statements[vendor]:
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("articles", "0017_search_vector_trigger")]

    operations = [
        migrations.CreateModel(
            name="SitemapMonth",
            fields=[
                (
                    "month",
                    models.DateField(
                        help_text="The first day of the month.",
                        primary_key=True,
                        serialize=False,
                        verbose_name="month",
                    ),
                ),
                (
                    "stories",
                    models.PositiveIntegerField(
                        default=0,
                        help_text="Published stories of the month that search engines may list.",
                        verbose_name="stories",
                    ),
                ),
                (
                    "lastmod",
                    models.DateTimeField(
                        blank=True,
                        help_text=(
                            "The newest first publication or content edit among those stories."
                        ),
                        null=True,
                        verbose_name="last modified",
                    ),
                ),
            ],
            options={
                "verbose_name": "sitemap month",
                "verbose_name_plural": "sitemap months",
                "ordering": ["-month"],
            },
        ),
        migrations.RunPython(install, uninstall),
    ]
