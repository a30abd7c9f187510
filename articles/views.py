import hashlib
from datetime import date

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView, TemplateView, View

from newsroom import context_processors, throttling
from newsroom.objectcache import content_cached

from .archives import archive_period
from .body import render_article_body, render_page_body
from .feeds import owner_feed_links
from .frontpage import front_page_context
from .models import Article, Author, Correction, Page, PreviewLink, Section, Source, Tag
from .pagination import keyset_page
from .permissions import can_preview
from .querysets import bylines_prefetch
from .search import search

LIST_PAGE_SIZE = 20


class HomeView(TemplateView):
    """The front page; its content is rendered once per content version and language."""

    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        # "Terpopuler" moves with visits, not edits: keep it no longer than a flush.
        front_page = content_cached(
            f"home:{get_language()}",
            self.render_front_page,
            request=self.request,
            timeout=settings.MOST_READ_FLUSH_SECONDS,
        )
        return super().get_context_data(front_page=front_page, **kwargs)

    def render_front_page(self):
        return render_to_string("includes/front_page.html", front_page_context(), self.request)


class ArticleStreamView(TemplateView):
    """Published stories newest first, a keyset page at a time (see pagination.py)."""

    template_name = "articles/articles_of.html"

    def stream(self):
        return Article.objects.published()

    def get_context_data(self, **kwargs):
        page = keyset_page(self.stream().for_cards(), self.request.GET, LIST_PAGE_SIZE)
        prefetch_related_objects(page.articles, bylines_prefetch())
        return super().get_context_data(articles=page.articles, page=page, **kwargs)


class ArticlesOfView(ArticleStreamView):
    """Stories of one section, tag, author or source."""

    owner_model = None
    queryset_verb = None

    def stream(self):
        self.owner = get_object_or_404(self.owner_model, slug=self.kwargs["slug"])
        return getattr(super().stream(), self.queryset_verb)(self.owner)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(owner=self.owner, owner_kind=self.owner_model.__name__.lower())
        context["feed_links"] = owner_feed_links(self.owner)
        return context


class SectionArticlesView(ArticlesOfView):
    owner_model = Section
    queryset_verb = "in_section"


class TagArticlesView(ArticlesOfView):
    owner_model = Tag
    queryset_verb = "tagged"


class AuthorArticlesView(ArticlesOfView):
    owner_model = Author
    queryset_verb = "by_author"


class SourceArticlesView(ArticlesOfView):
    owner_model = Source
    queryset_verb = "from_source"


class DateArchiveView(ArticleStreamView):
    """The story index: all stories, or those of one year, month or day (Jakarta dates)."""

    template_name = "articles/archive.html"

    def stream(self):
        self.period = archive_period(self.kwargs)
        stories = super().stream()
        if self.period is None:
            return stories
        return stories.in_date_range(self.period.first_day, self.period.last_day)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["period"] = self.period
        return context


class SearchView(TemplateView):
    """A GET form: no CSRF token, no cookie; hostile input gets a plain page."""

    template_name = "articles/search.html"

    def get(self, request, *args, **kwargs):
        # Full-text search is the one reader page an address can make expensive.
        if request.GET.get("q") and (wait := throttling.seconds_to_wait(request, "search")):
            response = render(request, "articles/search_throttled.html", status=429)
            response["Retry-After"] = str(wait)
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        raw = self.request.GET.get("q", "")
        # Breaking news sends many readers after the same words: their results
        # are kept under the content version, so a new story is found at once.
        name = f"search:{hashlib.sha256(raw.encode()).hexdigest()}"
        outcome = content_cached(name, lambda: search(raw), request=self.request)
        return super().get_context_data(search=outcome, **kwargs)


class PageView(DetailView):
    model = Page
    template_name = "articles/page.html"
    context_object_name = "page_object"

    def get_context_data(self, **kwargs):
        return super().get_context_data(body=render_page_body(self.object), **kwargs)


class CorrectionsView(ListView):
    """Every published correction, newest first: the newsroom's public record."""

    template_name = "articles/corrections.html"
    paginate_by = LIST_PAGE_SIZE
    context_object_name = "corrections"

    def get_queryset(self):
        return Correction.objects.public().select_related("article")


def article_page_parts(request, article, *, is_preview=False):
    """What the article page shows of ``article`` at this address, rendered: it
    depends on the story (and what surrounds it), the language and the page's
    address, never on the reader or the query string.

    Published stories' parts are cached per address under the content version
    (``ArticleDetailView``), previews' never; the page around them renders only
    the site's chrome.
    """
    surroundings = _surroundings(request, article)
    address = {
        "canonical_url": context_processors.canonical_url(request, keep_cursor=False),
        "language_links": context_processors.language_links(request),
        "LANGUAGE_CODE": get_language(),
    }
    context = {
        **address,
        "article": article,
        "body": render_article_body(article),
        "related_articles": surroundings["related"],
        "previous_in_section": surroundings["previous"],
        "next_in_section": surroundings["next"],
        "is_preview": is_preview,
    }
    return {
        "title": article.seo_title or article.headline,
        "description": article.dek,
        "canonical_url": address["canonical_url"],
        "page_links": (
            "" if is_preview else render_to_string("includes/page_links.html", address, request)
        ),
        "language_switch": render_to_string("includes/language_switch.html", address, request),
        "meta": render_to_string("includes/article_meta.html", context, request),
        "story": render_to_string("includes/article_story.html", context, request),
    }


def _surroundings(request, article):
    def compute():
        previous, following = (
            Article.objects.neighbours(article) if article.published_at else (None, None)
        )
        related = list(Article.objects.related_to(article))
        return {"related": related, "previous": previous, "next": following}

    if not article.is_published():  # previews: never shared with readers' pages
        return compute()
    return content_cached(f"article:{article.pk}", compute, request=request)


class StoryGone(Exception):
    def __init__(self, article):
        super().__init__(article.pk)
        self.article = article


class ArticleDetailView(View):
    """Published stories; taken-down and expired ones answer 410, everything else 404.

    The lookup includes unpublished rows only to tell "gone" from "missing";
    whether a reader may see the story is ``Article.is_published()``, the
    instance twin of ``published()``. A published story's rendered parts are
    cached under the content version, per address, so a page rendered with the
    page cache off (staff, or a page not cached yet) runs no query for them.
    """

    template_name = "articles/article_detail.html"

    def get(self, request, *args, **kwargs):
        try:
            url_date = date(int(kwargs["year"]), int(kwargs["month"]), int(kwargs["day"]))
        except ValueError:
            raise Http404("No such date.") from None
        address = f"{request.scheme}://{request.get_host()}{request.path}"
        name = f"article-page:{hashlib.sha256(address.encode()).hexdigest()}"
        try:
            parts = content_cached(
                name, lambda: self.visible_parts(url_date, kwargs["slug"]), request=request
            )
        except StoryGone as gone:
            context = {"article": gone.article}
            return TemplateResponse(request, "articles/article_gone.html", context, status=410)
        context = {"parts": parts, "canonical_url": parts["canonical_url"]}
        return TemplateResponse(request, self.template_name, context)

    def visible_parts(self, url_date, slug):
        """Not found, gone and unpublished stories raise: nothing is cached for them."""
        candidates = Article.objects.not_trashed().for_detail()
        article = get_object_or_404(candidates, url_date=url_date, slug=slug)
        state = article.public_state()
        if state == "gone":
            raise StoryGone(article)
        if state != "visible":
            raise Http404("No such story.")
        return article_page_parts(self.request, article)


class ArticlePreviewMixin:
    """Any story through the public template, marked as a preview and never cached."""

    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_context_data(self, **kwargs):
        parts = article_page_parts(self.request, self.object, is_preview=True)
        return super().get_context_data(parts=parts, is_preview=True, **kwargs)


class SharedPreviewView(ArticlePreviewMixin, DetailView):
    """A story read through a shareable link: no account, never cached, never indexed."""

    def get(self, request, *args, **kwargs):
        link = PreviewLink.from_token(kwargs["token"])
        if link is None:
            raise Http404("This preview link is not valid.")
        self.object = Article.objects.for_detail().get(pk=link.article_id)
        context = self.get_context_data(object=self.object, preview_link=link)
        response = self.render_to_response(context)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class ArticlePreviewView(ArticlePreviewMixin, DetailView):
    """Editors see any story through the public template, marked as a preview."""

    queryset = Article.objects.for_detail()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        response = super().dispatch(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    def get_object(self, queryset=None):
        article = super().get_object(queryset)
        if not can_preview(self.request.user, article):
            raise Http404("No such story.")
        return article
