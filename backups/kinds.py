"""What the archive holds: one kind per content model, in the order a restore writes them.

Every record keeps its primary key, so links between records (and addresses
built from ids, like rendition names) survive a restore unchanged. Accounts
and roles are kept by natural key instead (see ``accounts.py``). A model of
ours that is in neither list must be in ``EXCLUDED``, with the reason; a test
keeps the three lists complete.
"""

from dataclasses import dataclass

from django.apps import apps

from .accounts import GROUPS, USERS
from .formats import FILES_DIR, check_keys, decode_field


@dataclass(frozen=True)
class Kind:
    """One model's rows in ``<name>.jsonl``, one JSON object per row, ordered by id.

    ``fields`` are the record's keys: the model's field names (a foreign key
    holds the other record's id, or a username for a user). ``files`` names
    the file fields and the archive area their files are copied to.
    ``derived`` are columns the database computes from other rows (triggers):
    not archived, computed again as a restore writes the rows.
    """

    name: str
    model_label: str
    fields: tuple[str, ...]
    files: tuple[tuple[str, str], ...] = ()
    derived: tuple[str, ...] = ()

    @property
    def file_name(self):
        return f"{self.name}.jsonl"

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def model_fields(self):
        return [self.model._meta.get_field(name) for name in self.fields]

    def stamped_fields(self):
        """Fields Django stamps on insert (auto_now, auto_now_add); a restore puts them back."""
        return [
            field.attname
            for field in self.model_fields()
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
        ]

    def instance(self, record, where, user_ids):
        """An unsaved model instance from a record; ArchiveError names the bad field."""
        check_keys(record, self.fields, where)
        return self.model(
            **{
                field.attname: decode_field(field, record, where, user_ids)
                for field in self.model_fields()
            }
        )

    def stored_files(self, row):
        """``(field, name)`` for each file a row or record refers to."""
        for field_name, _area in self.files:
            name = row[field_name]
            if name:
                yield self.model._meta.get_field(field_name), name

    def archive_path(self, field, name):
        area = dict(self.files)[field.name]
        return f"{FILES_DIR}/{area}/{name}"


# The area names: "private" is PRIVATE_MEDIA_ROOT (image originals),
# "media" is MEDIA_ROOT (uploads readers may see).
KINDS = (
    Kind("sections", "articles.Section", ("id", "name", "slug", "description", "nav_position")),
    Kind(
        "sources",
        "articles.Source",
        ("id", "name", "slug", "full_name", "kind", "website", "description", "logo", "verified"),
        files=(("logo", "media"),),
    ),
    Kind(
        "authors",
        "articles.Author",
        ("id", "name", "slug", "kind", "bio", "photo", "user"),
        files=(("photo", "media"),),
    ),
    Kind("tags", "articles.Tag", ("id", "name", "slug")),
    Kind(
        "images",
        "images.Image",
        (
            "id",
            "file",
            "title",
            "alt_text",
            "caption",
            "credit",
            "source",
            "copyright_note",
            "focal_x",
            "focal_y",
            "width",
            "height",
            "file_size",
            "format",
            "content_hash",
            "uploaded_by",
            "uploaded_at",
        ),
        files=(("file", "private"),),
    ),
    Kind(
        "articles",
        "articles.Article",
        (
            "id",
            "headline",
            "slug",
            "dek",
            "body",
            "dateline_city",
            "article_type",
            "editor",
            "seo_title",
            "social_title",
            "social_description",
            "social_image",
            "noindex",
            "section",
            "source",
            "featured_image",
            "featured_image_alt",
            "featured_image_caption",
            "status",
            "published_at",
            "embargo_until",
            "expires_at",
            "takedown_reason",
            "deleted_at",
            "deleted_by",
            "first_published_at",
            "url_date",
            "content_updated_at",
            "version",
            "created_at",
            "updated_at",
            "created_by",
            "changed_by",
        ),
    ),
    Kind(
        "bylines",
        "articles.ArticleAuthor",
        ("id", "article", "author", "position"),
        derived=("published_at",),
    ),
    Kind(
        "taggings",
        "articles.TaggedArticle",
        ("id", "content_object", "tag"),
        derived=("published_at",),
    ),
    Kind(
        "related_links",
        "articles.RelatedArticleLink",
        ("id", "article", "related_article", "position"),
    ),
    Kind("inline_images", "articles.ArticleImage", ("id", "article", "image")),
    Kind(
        "revisions",
        "articles.ArticleRevision",
        ("id", "article", "version", "user", "created_at", "data"),
    ),
    Kind(
        "transitions",
        "articles.ArticleTransition",
        ("id", "article", "user", "from_state", "to_state", "note", "at"),
    ),
    Kind(
        "corrections",
        "articles.Correction",
        ("id", "article", "kind", "note", "published_at", "created_by"),
    ),
    Kind("view_counts", "articles.ArticleViewCount", ("id", "article", "day", "count")),
    Kind(
        "pages", "articles.Page", ("id", "title", "slug", "body", "footer_position", "updated_at")
    ),
    Kind(
        "front_pages",
        "articles.FrontPage",
        ("id", "lead", "breaking_text", "breaking_url", "breaking_until"),
    ),
    Kind("front_page_picks", "articles.FrontPagePick", ("id", "front_page", "article", "position")),
    Kind("redirects", "redirects.Redirect", ("id", "old_path", "new_path", "note", "created_at")),
    Kind(
        "wordpress_imports",
        "articles.WordPressImport",
        (
            "id",
            "site",
            "post_id",
            "post_type",
            "article",
            "page",
            "source_hash",
            "content_hash",
            "imported_at",
            "updated_at",
        ),
    ),
)

# Every data file, in the order an export writes and a restore reads them.
DATA_FILES = (GROUPS, USERS, *(kind.file_name for kind in KINDS))

# Models deliberately left out, and why (repeated in docs/backup-format.md).
EXCLUDED = {
    "articles.EditingPresence": "who has a story open right now; stale within a minute",
    "articles.PreviewLink": "temporary signed access grants; a restore should not re-open them",
    "admin.LogEntry": "the admin's own log, keyed by account ids that a restore does not keep",
    "sessions.Session": "logins; everyone signs in again",
    "auth.Permission": "created by migrate; roles and users name them by app_label.codename",
    "contenttypes.ContentType": "created by migrate",
    "articles.SitemapMonth": "derived from the stories by triggers, which a restore fires",
    "taggit.Tag": "unused: stories are tagged through articles.Tag",
    "taggit.TaggedItem": "unused: stories are tagged through articles.TaggedArticle",
}

# Accounts and roles (accounts.py): matched by natural key, given new ids on restore.
KEPT_BY_NATURAL_KEY = ("auth.User", "auth.Group")


def archived_apps():
    labels = {kind.model_label.split(".")[0] for kind in KINDS}
    labels |= {label.split(".")[0] for label in KEPT_BY_NATURAL_KEY}
    return sorted(labels)
