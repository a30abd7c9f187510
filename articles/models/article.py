from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from images.models import Image

from ..addresses import canonical_path
from ..html import inline_image_ids, sanitize_html
from ..querysets import ArticleQuerySet
from .taxonomy import Author, Section, Source


class Article(models.Model):
    class Status(models.TextChoices):
        """Stored states; see docs/workflow.md for the derived ones and what readers get."""

        DRAFT = "draft", _("Draft")
        IN_REVIEW = "in_review", _("In review")
        PUBLISHED = "published", _("Published")
        UNPUBLISHED = "unpublished", _("Unpublished")
        TAKEN_DOWN = "taken_down", _("Taken down")

    class Type(models.TextChoices):
        NEWS = "berita", _("News")
        OPINION = "opini", _("Opinion")
        PRESS_RELEASE = "rilis", _("Press release")
        ADVERTORIAL = "advertorial", _("Advertorial")

    # Stored states that always carry a publication time (a constraint below).
    DATED_STATUSES = {Status.PUBLISHED}

    # Paid content: labelled everywhere, outbound links rel="sponsored",
    # kept out of the Google News sitemap.
    PAID_TYPES = {Type.ADVERTORIAL}

    # Edits to these count as content updates ("Diperbarui", dateModified).
    CONTENT_FIELDS = (
        "headline",
        "dek",
        "body",
        "dateline_city",
        "featured_image_id",
        "featured_image_caption",
    )

    headline = models.CharField(_("headline"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        help_text=_("The last part of the address. Unique among stories of the same date."),
        # Stories are found by (date, slug): the unique constraint's index.
        db_index=False,
    )
    dek = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences under the headline; also the search snippet."),
    )
    body = models.TextField(_("body"), blank=True)
    dateline_city = models.CharField(
        _("dateline city"),
        max_length=80,
        blank=True,
        help_text=_("Where the story was reported, e.g. “Jakarta”. Opens the body."),
    )
    article_type = models.CharField(
        _("type"),
        max_length=20,
        choices=Type,
        default=Type.NEWS,
        help_text=_("Advertorials are labelled as paid content everywhere."),
    )
    editor = models.ForeignKey(
        Author,
        verbose_name=_("editor"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="edited_articles",
        help_text=_("Credited as “Editor” under the story."),
    )
    seo_title = models.CharField(
        _("search title"),
        max_length=70,
        blank=True,
        help_text=_("The title search engines show; leave empty to use the headline."),
    )
    social_title = models.CharField(_("social title"), max_length=120, blank=True)
    social_description = models.CharField(_("social description"), max_length=300, blank=True)
    social_image = models.ForeignKey(
        "images.Image",
        verbose_name=_("social image"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="social_articles",
        help_text=_("Shown when the story is shared; leave empty to use the featured image."),
    )
    noindex = models.BooleanField(
        _("hide from search engines"),
        default=False,
        help_text=_("Adds “noindex”: the story stays on the site but out of search results."),
    )
    # No index of their own for section, source and status: the (…, published_at,
    # id) indexes below start with them and serve every lookup.
    section = models.ForeignKey(
        Section,
        verbose_name=_("section"),
        on_delete=models.PROTECT,
        related_name="articles",
        db_index=False,
    )
    authors = models.ManyToManyField(
        Author, verbose_name=_("authors"), through="ArticleAuthor", related_name="articles"
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        help_text=_("The press office or agency the story comes from; it signs the story."),
        db_index=False,
    )
    tags = TaggableManager(
        verbose_name=_("tags"),
        through="TaggedArticle",
        blank=True,
        help_text=_("Comma-separated. Existing tags are suggested as you type."),
    )
    related_articles = models.ManyToManyField(
        "self",
        verbose_name=_("pinned related stories"),
        through="RelatedArticleLink",
        symmetrical=False,
        related_name="pinned_by",
        blank=True,
    )
    featured_image = models.ForeignKey(
        "images.Image",
        verbose_name=_("featured image"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="featured_articles",
        help_text=_("Choose from the image library (the magnifier opens it)."),
    )
    featured_image_alt = models.CharField(
        _("image alt text for this story"),
        max_length=250,
        blank=True,
        help_text=_("Leave empty to use the library's alt text."),
    )
    featured_image_caption = models.CharField(
        _("image caption for this story"),
        max_length=400,
        blank=True,
        help_text=_("Leave empty to use the library's caption."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("Leave empty to publish now; a future time schedules the story."),
    )
    embargo_until = models.DateTimeField(
        _("embargo until"),
        null=True,
        blank=True,
        help_text=_("The story may not appear before this time. Only an editor can lift it early."),
    )
    expires_at = models.DateTimeField(
        _("expires"),
        null=True,
        blank=True,
        help_text=_("The story disappears from the site at this time (e.g. licensed content)."),
    )
    takedown_reason = models.CharField(
        _("takedown reason"),
        max_length=300,
        blank=True,
        editable=False,
        help_text=_("Shown to readers who open a taken-down story."),
    )
    deleted_at = models.DateTimeField(_("moved to trash"), null=True, blank=True, editable=False)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moved to trash by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    first_published_at = models.DateTimeField(
        _("first published"), null=True, blank=True, editable=False
    )
    url_date = models.DateField(
        _("date in the address"),
        null=True,
        blank=True,
        editable=False,
        # Stored (not computed on the fly) so the address can be looked up by
        # index and kept unique with the slug.
        help_text=_("Local date of first publication, or of the scheduled time until then."),
    )
    content_updated_at = models.DateTimeField(
        _("content updated"), null=True, blank=True, editable=False
    )
    version = models.PositiveIntegerField(_("version"), default=0, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last saved"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last changed by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        get_latest_by = "published_at"
        constraints = [
            models.UniqueConstraint(
                fields=["url_date", "slug"], name="articles_unique_slug_per_date"
            ),
            # An embargo is a constraint, not a setting: nothing appears before it.
            models.CheckConstraint(
                condition=models.Q(published_at__isnull=True)
                | models.Q(embargo_until__isnull=True)
                | models.Q(published_at__gte=models.F("embargo_until")),
                name="articles_published_after_embargo",
                violation_error_message=_("The publication time is before the embargo."),
            ),
            # Publishing and scheduling always set the time; lists that ask for
            # published stories rely on it to skip the undated drafts.
            models.CheckConstraint(
                condition=~models.Q(status="published") | models.Q(published_at__isnull=False),
                name="articles_published_has_time",
                violation_error_message=_("A published story needs a publication time."),
            ),
        ]
        permissions = [
            ("edit_any_article", _("Can edit stories by others")),
            ("publish_article", _("Can publish, schedule and unpublish stories")),
            ("take_down_article", _("Can take stories down")),
            ("lift_embargo", _("Can lift embargoes early")),
            ("preview_any_article", _("Can preview stories by others")),
            ("restore_article", _("Can restore stories from the trash")),
            ("empty_trash", _("Can empty the trash")),
        ]
        # Lists walk these newest-first with a (published_at, id) cursor.
        indexes = [
            models.Index(fields=["status", "-published_at", "-id"], name="article_status_pub_idx"),
            models.Index(
                fields=["section", "-published_at", "-id"], name="article_section_pub_idx"
            ),
            models.Index(fields=["source", "-published_at", "-id"], name="article_source_pub_idx"),
            models.Index(fields=["url_date", "-published_at", "-id"], name="article_date_pub_idx"),
            # The editors' list (every state, newest first), its date filter and
            # its count; the trash is listed from its own small index.
            models.Index(
                fields=["-published_at", "-id"],
                name="article_pub_idx",
                condition=models.Q(deleted_at__isnull=True),
            ),
            models.Index(
                fields=["-deleted_at"],
                name="article_trash_idx",
                condition=models.Q(deleted_at__isnull=False),
            ),
            # The Google News sitemap: first published in the last two days.
            models.Index(fields=["-first_published_at", "-id"], name="article_first_pub_idx"),
            # The page cache's next clock-driven change; few stories have these set.
            models.Index(
                fields=["embargo_until"],
                name="article_embargo_idx",
                condition=models.Q(embargo_until__isnull=False),
            ),
            models.Index(
                fields=["expires_at"],
                name="article_expires_idx",
                condition=models.Q(expires_at__isnull=False),
            ),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        self.body = sanitize_html(self.body)
        self.url_date = self.computed_url_date()
        if self._content_changed() and self.has_gone_live():
            self.content_updated_at = timezone.now()
        self.version += 1
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "version", "url_date", "updated_at"}
        created = self._state.adding
        super().save(*args, **kwargs)
        self._loaded_content = self._content_snapshot()
        # The inline-image table mirrors the body; keeping it here means no
        # write path can leave an image unprotected while a story shows it.
        if update_fields is None or "body" in update_fields:
            self._sync_inline_images(created=created)

    def get_absolute_url(self):
        if self.url_date is None:
            # An undated draft has no public address yet, only the editors' preview.
            return reverse("articles:preview", kwargs={"pk": self.pk})
        return reverse(
            "articles:detail",
            kwargs={
                "year": f"{self.url_date:%Y}",
                "month": f"{self.url_date:%m}",
                "day": f"{self.url_date:%d}",
                "slug": self.slug,
            },
        )

    def clean(self):
        super().clean()
        self.validate_slug_is_free()

    def canonical_path(self):
        """The address without a language prefix: what redirects are keyed on."""
        return canonical_path(self)

    @classmethod
    def from_db(cls, db, field_names, values, *, fetch_mode=None):
        instance = super().from_db(db, field_names, values, fetch_mode=fetch_mode)
        instance._loaded_content = instance._content_snapshot()
        return instance

    def is_published(self):
        """The instance twin of ``ArticleQuerySet.published()``."""
        now = timezone.now()
        return (
            self.status == self.Status.PUBLISHED
            and self.deleted_at is None
            and self.published_at is not None
            and self.published_at <= now
            and (self.embargo_until is None or self.embargo_until <= now)
            and (self.expires_at is None or self.expires_at > now)
        )

    def is_paid(self):
        return self.article_type in self.PAID_TYPES

    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )

    def is_embargoed(self):
        return self.embargo_until is not None and self.embargo_until > timezone.now()

    def is_expired(self):
        return self.expires_at is not None and self.expires_at <= timezone.now()

    def is_trashed(self):
        return self.deleted_at is not None

    def public_state(self):
        """What a reader's request for this story's address gets (see docs/workflow.md)."""
        if self.is_trashed():
            return "missing"
        if self.status == self.Status.TAKEN_DOWN:
            return "gone"
        if self.status == self.Status.PUBLISHED and self.is_expired():
            return "gone"
        return "visible" if self.is_published() else "missing"

    def state_label(self):
        """The editor-facing state, stored or derived."""
        if self.is_trashed():
            return _("In the trash")
        if self.status == self.Status.PUBLISHED:
            if self.is_embargoed():
                return _("Embargoed")
            if self.is_scheduled():
                return _("Scheduled")
            if self.is_expired():
                return _("Expired")
        return self.get_status_display()

    def has_gone_live(self):
        return self.first_published_at is not None and self.first_published_at <= timezone.now()

    def computed_url_date(self):
        moment = self.first_published_at or self.published_at
        return timezone.localdate(moment) if moment else None

    def slug_is_taken(self):
        url_date = self.computed_url_date()
        if url_date is None or not self.slug:
            return False
        clashes = Article.objects.filter(url_date=url_date, slug=self.slug).exclude(pk=self.pk)
        return clashes.exists()

    def validate_slug_is_free(self):
        if self.slug_is_taken():
            raise ValidationError(
                {
                    "slug": _(
                        "Another story dated %(date)s already uses this slug. Choose another."
                    )
                    % {"date": self.computed_url_date().isoformat()}
                }
            )

    def ordered_authors(self):
        """Authors in byline order; free when the queryset used ``with_bylines()``."""
        bylines = getattr(self, "prefetched_bylines", None)
        if bylines is None:
            bylines = self.article_authors.select_related("author").order_by("position")
        return [byline.author for byline in bylines]

    def displayed_update_time(self):
        """The "Diperbarui" time: only for content edits made after going live."""
        updated, first = self.content_updated_at, self.first_published_at
        if updated and first and updated > first:
            return updated
        return None

    def featured_alt(self):
        return self.featured_image_alt or (
            self.featured_image.alt_text if self.featured_image else ""
        )

    def featured_caption(self):
        return self.featured_image_caption or (
            self.featured_image.caption if self.featured_image else ""
        )

    def _sync_inline_images(self, created=False):
        ids = inline_image_ids(self.body)
        wanted = (
            set(Image.objects.filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
        )
        ArticleImage = apps.get_model("articles", "ArticleImage")
        links = ArticleImage.objects.filter(article=self)
        if created:  # a new story has no links yet
            present = set()
        else:
            links.exclude(image_id__in=wanted).delete()
            present = set(links.values_list("image_id", flat=True))
        ArticleImage.objects.bulk_create(
            ArticleImage(article=self, image_id=image_id) for image_id in sorted(wanted - present)
        )

    def _content_snapshot(self):
        # Deferred fields are left out: reading them would query (and recurse in from_db).
        deferred = self.get_deferred_fields()
        return {
            name: str(getattr(self, name) or "")
            for name in self.CONTENT_FIELDS
            if name not in deferred
        }

    def _content_changed(self):
        loaded = getattr(self, "_loaded_content", None)
        return loaded is not None and loaded != self._content_snapshot()
