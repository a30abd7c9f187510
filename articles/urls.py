from django.urls import path

from . import converters, views  # noqa: F401  (registers the path converters)

app_name = "articles"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path(
        "<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    path("preview/<int:pk>/", views.ArticlePreviewView.as_view(), name="preview"),
    path("preview/share/<str:token>/", views.SharedPreviewView.as_view(), name="shared_preview"),
    path("rubrik/<slug:slug>/", views.SectionArticlesView.as_view(), name="section"),
    path("topik/<tagslug:slug>/", views.TagArticlesView.as_view(), name="tag"),
    path("penulis/<slug:slug>/", views.AuthorArticlesView.as_view(), name="author"),
    path("sumber/<slug:slug>/", views.SourceArticlesView.as_view(), name="source"),
    path("ralat/", views.CorrectionsView.as_view(), name="corrections"),
    path("indeks/", views.DateArchiveView.as_view(), name="archive"),
    path("indeks/<yyyy:year>/", views.DateArchiveView.as_view(), name="archive_year"),
    path("indeks/<yyyy:year>/<dd:month>/", views.DateArchiveView.as_view(), name="archive_month"),
    path(
        "indeks/<yyyy:year>/<dd:month>/<dd:day>/",
        views.DateArchiveView.as_view(),
        name="archive_day",
    ),
    path("halaman/<slug:slug>/", views.PageView.as_view(), name="page"),
    path("cari/", views.SearchView.as_view(), name="search"),
]
