"""RSS 2.0 and Atom feeds: the whole site and each section, tag, author and source.

Feeds are language-neutral addresses (outside ``i18n_patterns``) and always
Indonesian, like the stories. Every address in them is built from the request,
so links, image URLs and GUIDs name the host the reader asked.

Queries per feed, whatever the number of items: stories (with section, source
and featured image), bylines and tags, one query each; the owner feeds add the
lookup of their section, tag, author or source. So 3 for the site feed and 4
for the others.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import prefetch_related_objects
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import feedgenerator, timezone, translation
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext

from images.renditions import output_size, rendition_url

from .html import html_to_plain_text
from .models import Article, Author, Section, Source, Tag
from .querysets import bylines_prefetch

FEED_SIZE = 30
SUMMARY_WORDS = 50
FEED_IMAGE = ("w800", "jpg")
MEDIA_RSS_NS = "http://search.yahoo.com/mrss/"


class _MediaRssMixin:
    """Adds the featured image as Media RSS ``<media:content>``.

    Chosen over ``<enclosure>``, which needs the file's byte length: renditions
    are made on first request, so the length is not known without touching
    storage. The pixel size is known from the database alone.
    """

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        image = item.get("media_image")
        if not image:
            return
        handler.startElement(
            "media:content",
            {
                "url": image["url"],
                "type": "image/jpeg",
                "medium": "image",
                "width": str(image["width"]),
                "height": str(image["height"]),
            },
        )
        if image["alt"]:
            handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
        if image["credit"]:
            handler.addQuickElement("media:credit", image["credit"])
        handler.endElement("media:content")

    def latest_post_date(self):
        # An empty feed falls back to "now" in UTC; keep the site's offset there too.
        return timezone.localtime(super().latest_post_date())


class NewsroomRssFeed(_MediaRssMixin, feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS_NS}


class NewsroomAtomFeed(_MediaRssMixin, feedgenerator.Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS_NS}


class SiteFeed(Feed):
    """The newest published stories of the whole site (RSS 2.0)."""

    feed_type = NewsroomRssFeed
    language = "id"
    item_guid_is_permalink = False

    @classmethod
    def as_view(cls):
        """A view making one feed object per request, so ``self.request`` is never shared."""

        def view(request, *args, **kwargs):
            return cls()(request, *args, **kwargs)

        view.feed_class = cls
        return view

    def get_feed(self, obj, request):
        self.request = request
        # Feeds are Indonesian whatever the interface language: titles, labels, links.
        with translation.override(settings.LANGUAGE_CODE):
            return super().get_feed(obj, request)

    def absolute(self, path):
        return self.request.build_absolute_uri(path)

    # The channel.

    def title(self, obj):
        return settings.SITE_NAME

    def description(self, obj):
        return gettext("Latest news from %(SITE_NAME)s.") % {"SITE_NAME": settings.SITE_NAME}

    def link(self, obj):
        return self.absolute(reverse("articles:home"))

    def subtitle(self, obj):
        # Atom's counterpart of the RSS description; RSS ignores it.
        return self.description(obj)

    def author_name(self, obj):
        # Atom wants an author for every entry; stories without a byline inherit this one.
        return settings.SITE_NAME

    def stories(self, obj):
        return Article.objects.published()

    def items(self, obj):
        # 1 query for the stories, 1 for all their bylines, 1 for all their tags.
        articles = list(self.stories(obj).for_cards().newest_first()[:FEED_SIZE])
        prefetch_related_objects(articles, bylines_prefetch(), "tags")
        return articles

    # The items.

    def item_title(self, article):
        if article.is_paid():
            return f"{gettext('Paid content')}: {article.headline}"
        return article.headline

    def item_description(self, article):
        # Both RSS <description> and Atom <summary type="html"> carry HTML.
        summary = article.dek or Truncator(
            " ".join(html_to_plain_text(article.body).split())
        ).words(SUMMARY_WORDS, truncate="…")
        return escape(summary)

    def item_link(self, article):
        return self.absolute(article.canonical_path())

    def item_guid(self, article):
        """A tag URI on the story's id: it survives slug and date changes of the address."""
        host, _port = split_domain_port(self.request.get_host())
        first_day = timezone.localdate(self._first_published(article))
        return f"tag:{host},{first_day:%Y-%m-%d}:article:{article.pk}"

    def item_pubdate(self, article):
        return timezone.localtime(self._first_published(article))

    def item_updateddate(self, article):
        return timezone.localtime(article.displayed_update_time() or self._first_published(article))

    def item_author_name(self, article):
        names = [author.name for author in article.ordered_authors()]
        if names:
            return ", ".join(names)
        return article.source.name if article.source else None

    def item_categories(self, article):
        categories = [article.section.name]
        if article.article_type != Article.Type.NEWS:
            categories.append(article.get_article_type_display())
        categories += sorted(tag.name for tag in article.tags.all())
        return list(dict.fromkeys(categories))

    def item_extra_kwargs(self, article):
        image = article.featured_image
        if image is None:
            return {}
        width, height = output_size(image, FEED_IMAGE[0])
        return {
            "media_image": {
                "url": self.absolute(rendition_url(image, *FEED_IMAGE)),
                "width": width,
                "height": height,
                "alt": article.featured_alt(),
                "credit": image.credit,
            }
        }

    @staticmethod
    def _first_published(article):
        return article.first_published_at or article.published_at


class SiteAtomFeed(SiteFeed):
    feed_type = NewsroomAtomFeed


class OwnerFeed(SiteFeed):
    """Stories of one section, tag, author or source; an unknown slug answers 404."""

    owner_model = None
    queryset_verb = None

    def get_object(self, request, slug):
        # DoesNotExist becomes a 404 in Feed.__call__.
        return self.owner_model.objects.get(slug=slug)

    def title(self, owner):
        return f"{owner} – {settings.SITE_NAME}"

    def description(self, owner):
        return gettext("Stories about %(name)s from %(SITE_NAME)s.") % {
            "name": owner,
            "SITE_NAME": settings.SITE_NAME,
        }

    def link(self, owner):
        return self.absolute(owner.get_absolute_url())

    def stories(self, owner):
        return getattr(super().stories(owner), self.queryset_verb)(owner)


class SectionFeed(OwnerFeed):
    owner_model = Section
    queryset_verb = "in_section"


class SectionAtomFeed(SectionFeed):
    feed_type = NewsroomAtomFeed


class TagFeed(OwnerFeed):
    owner_model = Tag
    queryset_verb = "tagged"


class TagAtomFeed(TagFeed):
    feed_type = NewsroomAtomFeed


class AuthorFeed(OwnerFeed):
    owner_model = Author
    queryset_verb = "by_author"


class AuthorAtomFeed(AuthorFeed):
    feed_type = NewsroomAtomFeed


class SourceFeed(OwnerFeed):
    owner_model = Source
    queryset_verb = "from_source"


class SourceAtomFeed(SourceFeed):
    feed_type = NewsroomAtomFeed


# URL name (in the "feeds" namespace) of each owner model's RSS feed; Atom adds "_atom".
OWNER_KINDS = {Section: "section", Tag: "tag", Author: "author", Source: "source"}


def owner_feed_links(owner):
    """``feed_links`` for a section, tag, author or source page (see templates/base.html)."""
    kind = OWNER_KINDS[type(owner)]
    title = f"{owner} – {settings.SITE_NAME}"
    return [
        {
            "type": "application/rss+xml",
            "title": f"{title} (RSS)",
            "url": reverse(f"feeds:{kind}", kwargs={"slug": owner.slug}),
        },
        {
            "type": "application/atom+xml",
            "title": f"{title} (Atom)",
            "url": reverse(f"feeds:{kind}_atom", kwargs={"slug": owner.slug}),
        },
    ]
