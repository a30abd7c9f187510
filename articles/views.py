from datetime import date

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.generic import DetailView, ListView

from .body import render_article_body
from .models import Article, Author, Correction, PreviewLink, Section, Source, Tag
from .permissions import can_preview

LIST_PAGE_SIZE = 20


class HomeView(ListView):
    template_name = "articles/home.html"
    paginate_by = LIST_PAGE_SIZE
    context_object_name = "articles"

    def get_queryset(self):
        return Article.objects.published().for_listing()


class ArticlesOfView(HomeView):
    """Published stories of one section, tag, author or source, newest first."""

    template_name = "articles/articles_of.html"
    owner_model = None
    queryset_verb = None

    def get_queryset(self):
        self.owner = get_object_or_404(self.owner_model, slug=self.kwargs["slug"])
        articles = super().get_queryset()
        return getattr(articles, self.queryset_verb)(self.owner)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            owner=self.owner, owner_kind=self.owner_model.__name__.lower(), **kwargs
        )


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
        return super().get_context_data(
            related_articles=Article.objects.related_to(self.object),
            body=render_article_body(self.object),
            **kwargs,
        )


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
