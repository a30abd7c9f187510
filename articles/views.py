from datetime import date

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView, TemplateView

from newsroom import throttling
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
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        # "Terpopuler" moves with visits, not edits: keep the plan no longer than a flush.
        plan = content_cached(
            "home",
            front_page_context,
            request=self.request,
            timeout=settings.MOST_READ_FLUSH_SECONDS,
        )
        return super().get_context_data(**plan, **kwargs)


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
        return super().get_context_data(search=search(raw), **kwargs)


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


class ArticlePageMixin:
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_context_data(self, **kwargs):
        article = self.object
        surroundings = self.surroundings(article)
        return super().get_context_data(
            related_articles=surroundings["related"],
            body=render_article_body(article),
            previous_in_section=surroundings["previous"],
            next_in_section=surroundings["next"],
            **kwargs,
        )

    def surroundings(self, article):
        def compute():
            previous, following = (
                Article.objects.neighbours(article) if article.published_at else (None, None)
            )
            related = list(Article.objects.related_to(article))
            return {"related": related, "previous": previous, "next": following}

        if not article.is_published():  # previews: never shared with readers' pages
            return compute()
        return content_cached(f"article:{article.pk}", compute, request=self.request)


class ArticleDetailView(ArticlePageMixin, DetailView):
    """Published stories; taken-down and expired ones answer 410, everything else 404.

    The lookup includes unpublished rows only to tell "gone" from "missing";
    whether a reader may see the story is ``Article.is_published()``, the
    instance twin of ``published()``.
    """

    def get(self, request, *args, **kwargs):
        try:
            url_date = date(int(kwargs["year"]), int(kwargs["month"]), int(kwargs["day"]))
        except ValueError:
            raise Http404("No such date.") from None
        candidates = Article.objects.not_trashed().for_detail()
        self.object = get_object_or_404(candidates, url_date=url_date, slug=kwargs["slug"])
        state = self.object.public_state()
        if state == "gone":
            context = {"article": self.object}
            return TemplateResponse(request, "articles/article_gone.html", context, status=410)
        if state != "visible":
            raise Http404("No such story.")
        return self.render_to_response(self.get_context_data(object=self.object))


class SharedPreviewView(ArticlePageMixin, DetailView):
    """A story read through a shareable link: no account, never cached, never indexed."""

    def get(self, request, *args, **kwargs):
        link = PreviewLink.from_token(kwargs["token"])
        if link is None:
            raise Http404("This preview link is not valid.")
        self.object = Article.objects.for_detail().get(pk=link.article_id)
        context = self.get_context_data(object=self.object, is_preview=True, preview_link=link)
        response = self.render_to_response(context)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class ArticlePreviewView(ArticlePageMixin, DetailView):
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

    def get_context_data(self, **kwargs):
        return super().get_context_data(is_preview=True, **kwargs)
