"""Content changes that must reach the page cache (newsroom/pagecache.py).

Any saved or deleted row of these models can change what a public page
shows, so it bumps the global content version once its transaction commits
(once per transaction, however many rows it touched). Listening to the
models rather than to each service means no write path — admin, importer,
restore — can forget it.
"""

from django.apps import apps
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from newsroom.pagecache import bump_content_version

CONTENT_MODELS = (
    "articles.Article",
    "articles.ArticleAuthor",
    "articles.TaggedArticle",
    "articles.RelatedArticleLink",
    "articles.Correction",
    "articles.Section",
    "articles.Source",
    "articles.Author",
    "articles.Tag",
    "articles.Page",
    "articles.FrontPage",
    "articles.FrontPagePick",
    "images.Image",
)


def content_changed(using=DEFAULT_DB_ALIAS):
    """Bump the content version when the current transaction commits (now, outside one)."""
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        bump_content_version()
        return
    pending = getattr(connection, "_pagecache_bump", None)
    # A rolled-back savepoint drops its callbacks: only trust one still queued.
    if pending is not None and any(entry[1] is pending for entry in connection.run_on_commit):
        return

    def bump():
        connection._pagecache_bump = None
        bump_content_version()

    connection._pagecache_bump = bump
    transaction.on_commit(bump, using=using)


def _on_change(sender, raw=False, using=DEFAULT_DB_ALIAS, **kwargs):
    if raw:  # loaddata: the loader decides
        return
    content_changed(using)


def _on_m2m_change(sender, action, using=DEFAULT_DB_ALIAS, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        content_changed(using)


def connect():
    for label in CONTENT_MODELS:
        model = apps.get_model(label)
        uid = f"pagecache:{label}"
        post_save.connect(_on_change, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(_on_change, sender=model, dispatch_uid=f"{uid}:delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="pagecache:m2m")
