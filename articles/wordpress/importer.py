"""WXR items → stories, pages and library images, through the services.

Transactions: **one per run**. The file is first checked whole (``scan``), so
malformed XML stops the run before anything is written; any other error
rolls the whole run back. ``--dry-run`` does everything, then rolls back
(and skips copying media into the library). Image files ingested by a run that
is later rolled back may stay in storage unreferenced, as with any failed upload.

Identity: (``wp:base_site_url``, ``wp:post_id``) in ``WordPressImport``. A
re-run compares a hash of our copy's content snapshot with the one stored at
the last import: unchanged → the WordPress item may update it; changed
locally → a conflict, left alone. Same WordPress item → "unchanged".
"""

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from images.services import image_ingest
from redirects.services import query_permalink, redirect_add

from ..addresses import canonical_path
from ..html import html_to_plain_text
from ..models import Article, Author, Page, Section, Tag, WordPressImport
from ..services import (
    article_create,
    article_publish,
    article_record_revision,
    article_save,
    article_set_bylines,
    article_set_tags,
    article_snapshot,
    article_submit,
    article_unique_slug,
    article_unpublish,
)
from .content import convert_body
from .parser import WXRReader, parse_wp_datetime

Status = Article.Status
UPLOADS = "/wp-content/uploads/"
DEFAULT_SECTION = ("uncategorized", "Uncategorized")
# WordPress answers /?p=ID for any item and /?page_id=ID for pages.
POST_ID_KEYS = ("p",)
PAGE_ID_KEYS = ("p", "page_id")


def _hash(data):
    return hashlib.sha256(
        json.dumps(data, sort_keys=True, default=str, ensure_ascii=False).encode()
    ).hexdigest()


def article_content_hash(article):
    article = Article.objects.get(pk=article.pk)
    snapshot = article_snapshot(article)
    snapshot["status"] = article.status
    return _hash(snapshot)


def page_content_hash(page):
    page = Page.objects.get(pk=page.pk)
    return _hash({"title": page.title, "slug": page.slug, "body": page.body})


class Report:
    """Counts per (kind, outcome) and the reasons worth reading."""

    OUTCOMES = ("created", "updated", "unchanged", "conflict", "skipped")

    def __init__(self):
        self.counts = defaultdict(Counter)
        self.notes = []
        self.ignored_types = Counter()
        self.removed_shortcodes = Counter()

    def add(self, kind, outcome, note=""):
        self.counts[kind][outcome] += 1
        if note:
            self.notes.append(f"{kind} {outcome}: {note}")

    def count(self, kind, outcome):
        return self.counts[kind][outcome]

    def lines(self, dry_run=False):
        lines = ["Dry run: nothing was saved."] if dry_run else []
        for kind in sorted(self.counts):
            parts = [f"{o} {self.counts[kind][o]}" for o in self.OUTCOMES if self.counts[kind][o]]
            lines.append(f"{kind}: " + ", ".join(parts))
        for post_type, count in sorted(self.ignored_types.items()):
            lines.append(f"not imported ({post_type}): {count}")
        if self.removed_shortcodes:
            removed = ", ".join(f"[{n}] ×{c}" for n, c in sorted(self.removed_shortcodes.items()))
            lines.append(f"shortcodes removed: {removed}")
        lines.extend(self.notes)
        return lines


def resolve_media(media_dir, url):
    """The file for an attachment URL strictly inside ``media_dir``; raises ValueError."""
    path = unquote(urlsplit(url or "").path)
    if UPLOADS not in path:
        raise ValueError(f"not below {UPLOADS}: {url}")
    relative = path.split(UPLOADS, 1)[1]
    parts = PurePosixPath(relative).parts
    if not relative or relative.startswith("/") or "\\" in relative or ".." in parts:
        raise ValueError(f"unsafe path: {url}")
    root = Path(media_dir).resolve()
    candidate = root.joinpath(*parts)
    resolved = candidate.resolve()
    if not resolved.is_relative_to(root):
        raise ValueError(f"outside the media directory: {url}")
    if not resolved.is_file():
        raise FileNotFoundError(f"missing file: {relative}")
    return resolved


class WordPressImporter:
    def __init__(self, path, *, media_dir=None, dry_run=False, progress=None):
        self.reader = WXRReader(path)
        self.media_dir = media_dir
        self.dry_run = dry_run
        self.progress = progress  # callable(total) -> tqdm-like, or None
        self.report = Report()
        self._sections, self._tags, self._authors, self._images = {}, {}, {}, {}
        self._created = set()  # taxonomy rows this run created, for the report

    def run(self):
        """Import everything; raises parser.WXRError before writing for a bad file."""
        self.channel = self.reader.scan()
        self.site = self.channel.base_site_url.rstrip("/")
        bar = self.progress(self.channel.item_count) if self.progress else None
        with transaction.atomic():
            self._import_declarations()
            for item in self.reader.iter_items():
                self._import(item)
                if bar is not None:
                    bar.update(1)
            if self.dry_run:
                transaction.set_rollback(True)
        if bar is not None:
            bar.close()
        return self.report

    def _import(self, item):
        if item.status in ("trash", "auto-draft"):
            self.report.add(item.post_type, "skipped", f"#{item.post_id} status {item.status}")
        elif item.post_type == "post":
            self._import_post(item)
        elif item.post_type == "page":
            self._import_page(item)
        elif item.post_type == "attachment":
            self._image(item.post_id, report=True)
        else:
            self.report.ignored_types[item.post_type] += 1

    def _import_declarations(self):
        """The export's own lists of authors, categories and tags, whether used or not.

        Categories become sections (kept out of the menu until an editor places
        them) and tags become tags, so WordPress archives have a home here too.
        """
        for login in self.channel.authors:
            self._count_declared("author", self._author(login))
        for category in self.channel.categories:
            self._count_declared("category", self._section(category))
        for _slug, name in self.channel.tags:
            if name.strip():
                self._count_declared("tag", self._tag(name))

    def _count_declared(self, kind, obj):
        self.report.add(kind, "created" if obj in self._created else "unchanged")

    # -- posts ---------------------------------------------------------------

    def _post_target(self, item):
        status = {
            "publish": Status.PUBLISHED,
            "future": Status.PUBLISHED,
            "pending": Status.IN_REVIEW,
        }.get(item.status, Status.DRAFT)
        published_at = None
        if status == Status.PUBLISHED:
            published_at = item.gmt_datetime() or parse_wp_datetime(
                item.post_date, timezone.get_current_timezone()
            )
            if published_at is None:
                published_at = timezone.now()
        return status, published_at

    def _import_post(self, item):
        conversion = convert_body(item.content)
        self.report.removed_shortcodes.update(conversion.removed_shortcodes)
        for url in conversion.embeds_refused:
            self.report.notes.append(f"post #{item.post_id}: embed not allowlisted, linked: {url}")
        status, published_at = self._post_target(item)
        fields = {
            "headline": (item.title or f"WordPress post {item.post_id}")[:200],
            "slug": _slug(item.post_name, item.title, f"post-{item.post_id}", 200),
            "dek": html_to_plain_text(item.excerpt)[:400],
            "body": conversion.html,
        }
        categories, tags = item.categories, item.tags
        thumbnail = item.meta.get("_thumbnail_id", "")
        source = {
            **fields,
            "status": status,
            "published_at": published_at,
            "categories": categories,
            "tags": tags,
            "creators": item.creators,
            "thumbnail": thumbnail,
        }
        source_hash = _hash(source)
        record = WordPressImport.objects.filter(site=self.site, post_id=item.post_id).first()
        label = f"#{item.post_id} “{fields['headline'][:60]}”"
        if record is not None and self._settled(
            "post", record, record.article, article_content_hash, source_hash, label
        ):
            return
        section = self._section(categories[0] if categories else None)
        tag_objects = [self._tag(name) for _nice, name in [*categories, *tags] if name.strip()]
        authors = [a for a in (self._author(login) for login in item.creators) if a]
        image = self._image(int(thumbnail)) if thumbnail.isdigit() else None
        if record is None:
            article = article_create(
                headline=fields["headline"],
                body_html=fields["body"],
                section=section,
                authors=list(dict.fromkeys(authors)),
                tags=list(dict.fromkeys(tag_objects)),
                publish_at=published_at,
                slug=fields["slug"],
                dek=fields["dek"],
                featured_image=image,
            )
            if status == Status.IN_REVIEW:
                article_submit(article=article, user=None, note="WordPress: pending")
            outcome = "created"
        else:
            article = self._update_article(
                record.article, fields, section, authors, tag_objects, image, status, published_at
            )
            outcome = "updated"
        if item.status == "publish":
            self._redirect(item, article.canonical_path(), POST_ID_KEYS)
        WordPressImport.objects.update_or_create(
            site=self.site,
            post_id=item.post_id,
            defaults={
                "post_type": "post",
                "article": article,
                "source_hash": source_hash,
                "content_hash": article_content_hash(article),
            },
        )
        self.report.add("post", outcome)

    def _update_article(self, article, fields, section, authors, tags, image, status, when):
        previous_path = article.canonical_path() if article.url_date else None
        article.headline, article.dek, article.body = (
            fields["headline"],
            fields["dek"],
            fields["body"],
        )
        article.section, article.featured_image = section, image
        if fields["slug"] != article.slug:
            article.slug = article_unique_slug(
                headline=article.headline,
                url_date=article.url_date,
                exclude_pk=article.pk,
                slug=fields["slug"],
            )
        article_save(article=article, previous_path=previous_path)
        article_set_bylines(article=article, authors=list(dict.fromkeys(authors)))
        article_set_tags(article=article, tags=tags)
        article_record_revision(article=article)
        if status == Status.PUBLISHED and (
            article.status != Status.PUBLISHED or article.published_at != when
        ):
            article_publish(article=article, published_at=when, note="WordPress")
        elif status == Status.IN_REVIEW and article.status == Status.DRAFT:
            article_submit(article=article, user=None, note="WordPress: pending")
        elif status != Status.PUBLISHED and article.status == Status.PUBLISHED:
            article_unpublish(article=article, note=f"WordPress: {status}")
        return article

    def _redirect(self, item, new_path, id_keys):
        """Old addresses of an item answer 301: its permalink path and its WordPress ids."""
        old_paths = [query_permalink(key, item.post_id) for key in id_keys]
        parts = urlsplit(item.link)
        if parts.path not in ("", "/") and not parts.query:
            old_paths.insert(0, parts.path)
        for old_path in old_paths:
            if old_path == new_path:
                continue
            try:
                redirect_add(
                    old_path=old_path, new_path=new_path, note=f"WordPress #{item.post_id}"
                )
            except ValidationError as error:
                self.report.notes.append(
                    f"#{item.post_id}: no redirect from {old_path}: {error.messages[0]}"
                )

    # -- pages ---------------------------------------------------------------

    def _import_page(self, item):
        label = f"#{item.post_id} “{item.title[:60]}”"
        if item.status != "publish":
            # Pages have no workflow here: anything imported is public at once.
            self.report.add("page", "skipped", f"{label}: status {item.status}")
            return
        conversion = convert_body(item.content)
        self.report.removed_shortcodes.update(conversion.removed_shortcodes)
        title = (item.title or f"WordPress page {item.post_id}")[:150]
        slug = _slug(item.post_name, item.title, f"page-{item.post_id}", 150)
        source_hash = _hash({"title": title, "slug": slug, "body": conversion.html})
        record = WordPressImport.objects.filter(site=self.site, post_id=item.post_id).first()
        if record is not None:
            page = record.page
            if self._settled("page", record, page, page_content_hash, source_hash, label):
                return
            outcome = "updated"
        else:
            page, outcome = Page(), "created"
        page.title, page.body = title, conversion.html
        if page.slug != slug:
            page.slug = _free_page_slug(slug, page.pk)
        page.save()
        self._redirect(item, canonical_path(page), PAGE_ID_KEYS)
        WordPressImport.objects.update_or_create(
            site=self.site,
            post_id=item.post_id,
            defaults={
                "post_type": "page",
                "page": page,
                "source_hash": source_hash,
                "content_hash": page_content_hash(page),
            },
        )
        self.report.add("page", outcome)

    # -- lookups -------------------------------------------------------------

    def _settled(self, kind, record, ours, content_hash, source_hash, label):
        """True when a known item needs no import: deleted or edited here, or unchanged there."""
        if ours is None:
            self.report.add(kind, "skipped", f"{label}: deleted here since the last import")
        elif content_hash(ours) != record.content_hash:
            self.report.add(kind, "conflict", f"{label}: edited here since the last import")
        elif record.source_hash == source_hash:
            self.report.add(kind, "unchanged")
        else:
            return False
        return True

    def _section(self, category):
        nice, name = category or DEFAULT_SECTION
        slug = _slug(nice, name, "wordpress", 80)
        if slug not in self._sections:
            section = Section.objects.filter(slug=slug).first()
            if section is None:
                name = (name.strip() or slug)[:80]
                if Section.objects.filter(name=name).exists():
                    name = f"{name} ({slug})"[:80]
                section = Section.objects.create(name=name, slug=slug, nav_position=None)
                self._created.add(section)
            self._sections[slug] = section
        return self._sections[slug]

    def _tag(self, name):
        name = name.strip()[:100]
        key = name.lower()
        if key not in self._tags:
            tag = Tag.objects.filter(name__iexact=name).first()
            if tag is None:
                tag = Tag.objects.create(name=name)
                self._created.add(tag)
            self._tags[key] = tag
        return self._tags[key]

    def _author(self, login):
        if login not in self._authors:
            wp_author = self.channel.authors.get(login)
            name = (wp_author.display_name if wp_author else login)[:120]
            author = Author.objects.filter(name=name).first()
            if author is None:
                base = slugify(login) or slugify(name) or "penulis"
                slug, counter = base[:120], 2
                while Author.objects.filter(slug=slug).exists():
                    slug = f"{base[:110]}-{counter}"
                    counter += 1
                author = Author.objects.create(name=name, slug=slug)
                self._created.add(author)
                if wp_author is None:
                    self.report.notes.append(
                        f"author “{login}”: used by a post but not declared in the export; "
                        "created from the login"
                    )
            self._authors[login] = author
        return self._authors[login]

    def _image(self, attachment_id, report=False):
        """The library image for an attachment (ingested once per run), or None."""
        if attachment_id in self._images:
            image, outcome, note = self._images[attachment_id]
            if report:
                self.report.add("attachment", outcome, note)
            return image
        image, outcome, note = None, "skipped", ""
        attachment = self.channel.attachments.get(attachment_id)
        if attachment is None:
            note = f"#{attachment_id}: not in the export"
        elif not self.media_dir:
            note = f"#{attachment_id}: no --media-dir given"
        else:
            try:
                path = resolve_media(self.media_dir, attachment.attachment_url)
                if self.dry_run:
                    outcome = "created"
                else:
                    with path.open("rb") as handle:
                        image, created = image_ingest(
                            upload=File(handle, name=path.name),
                            title=(attachment.title or path.name)[:200],
                            alt_text=attachment.meta.get("_wp_attachment_image_alt", "")[:250],
                        )
                    outcome = "created" if created else "unchanged"
            except (ValueError, OSError) as error:
                note = f"#{attachment_id}: {error}"
            except ValidationError as error:
                note = f"#{attachment_id}: refused: {' '.join(error.messages)}"
        # Each attachment item is counted once, when the export reaches it.
        self._images[attachment_id] = (image, outcome, note)
        if report:
            self.report.add("attachment", outcome, note)
        elif note:
            self.report.notes.append(f"featured image {note}")
        return image


def _slug(wp_slug, title, fallback, max_length):
    return (slugify(unquote(wp_slug or "")) or slugify(title or "") or fallback)[:max_length]


def _free_page_slug(slug, exclude_pk):
    candidate, counter = slug, 2
    while Page.objects.filter(slug=candidate).exclude(pk=exclude_pk).exists():
        suffix = f"-{counter}"
        candidate = slug[: 150 - len(suffix)] + suffix
        counter += 1
    return candidate
