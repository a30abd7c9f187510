"""Publication times copied onto the byline and tag link tables, kept by the database.

An author's or a tag's page lists its newest stories. With the time only on
the story, the database must read every story of the author (thousands, in a
deep archive) to sort them; with a copy on the link row, the list is one walk
of an (owner, published_at, story) index that stops after a page.

The copy is kept by triggers, not by Python, so that every write path keeps it
right: the services, the admin's inlines, taggit's ``tags.set()``, bulk
updates, importers, restores and raw SQL. A link row always takes its story's
time when it is written, and a story's new time is written to its links.

The bulk generator may supply the times itself (it knows them) and skip the
lookup: only inside a transaction that ran ``SET LOCAL newsroom.link_times_supplied
= 'on'`` (PostgreSQL).

Used by migration 0019.
"""

SUPPLIED_SETTING = "newsroom.link_times_supplied"

# (link table, its story column)
LINKS = [("articles_articleauthor", "article_id"), ("articles_taggedarticle", "content_object_id")]

_POSTGRES_LINK_FUNCTION = """
CREATE FUNCTION {table}_published_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.published_at IS NOT NULL
            AND current_setting('{setting}', true) = 'on' THEN
        RETURN NEW;
    END IF;
    SELECT published_at INTO NEW.published_at FROM articles_article WHERE id = NEW.{column};
    RETURN NEW;
END $$;
CREATE TRIGGER {table}_published_at BEFORE INSERT OR UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_published_at();
"""

_POSTGRES_ARTICLE_FUNCTION = """
CREATE FUNCTION articles_article_link_times() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE articles_articleauthor SET published_at = NEW.published_at WHERE article_id = NEW.id;
    UPDATE articles_taggedarticle SET published_at = NEW.published_at
        WHERE content_object_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_article_link_times AFTER UPDATE OF published_at ON articles_article
    FOR EACH ROW WHEN (OLD.published_at IS DISTINCT FROM NEW.published_at)
    EXECUTE FUNCTION articles_article_link_times();
"""

# SQLite cannot change NEW in a BEFORE trigger: the row is corrected right after
# (SQLite does not fire triggers from inside a trigger's own UPDATE by default).
_SQLITE_LINK_TRIGGER = """
CREATE TRIGGER {table}_published_at_{event} AFTER {event} ON {table}
BEGIN
    UPDATE {table} SET published_at =
        (SELECT published_at FROM articles_article WHERE id = NEW.{column})
    WHERE id = NEW.id;
END;
"""

_SQLITE_ARTICLE_TRIGGER = """
CREATE TRIGGER articles_article_link_times AFTER UPDATE OF published_at ON articles_article
WHEN OLD.published_at IS NOT NEW.published_at
BEGIN
    UPDATE articles_articleauthor SET published_at = NEW.published_at WHERE article_id = NEW.id;
    UPDATE articles_taggedarticle SET published_at = NEW.published_at
        WHERE content_object_id = NEW.id;
END;
"""
_SQLITE_EVENTS = ("insert", "update")


def create_sql(vendor):
    """The statements that install the triggers on ``vendor``."""
    if vendor == "postgresql":
        parts = [
            _POSTGRES_LINK_FUNCTION.format(table=table, column=column, setting=SUPPLIED_SETTING)
            for table, column in LINKS
        ]
        return [*parts, _POSTGRES_ARTICLE_FUNCTION]
    if vendor == "sqlite":
        parts = [
            _SQLITE_LINK_TRIGGER.format(table=table, column=column, event=event)
            for table, column in LINKS
            for event in _SQLITE_EVENTS
        ]
        return [*parts, _SQLITE_ARTICLE_TRIGGER]
    raise NotImplementedError(f"No link-time triggers for {vendor}.")


def drop_sql(vendor):
    if vendor == "postgresql":
        return [
            "DROP TRIGGER IF EXISTS articles_article_link_times ON articles_article",
            "DROP FUNCTION IF EXISTS articles_article_link_times()",
            *(
                f"DROP TRIGGER IF EXISTS {table}_published_at ON {table}; "
                f"DROP FUNCTION IF EXISTS {table}_published_at()"
                for table, _column in LINKS
            ),
        ]
    names = ["articles_article_link_times"]
    names += [f"{table}_published_at_{event}" for table, _c in LINKS for event in _SQLITE_EVENTS]
    return [f"DROP TRIGGER IF EXISTS {name}" for name in names]


def backfill_sql():
    """Copy every story's time onto its links (rows written before the triggers)."""
    return [
        f"UPDATE {table} SET published_at = articles_article.published_at "  # noqa: S608
        f"FROM articles_article WHERE articles_article.id = {table}.{column}"
        for table, column in LINKS
    ]
