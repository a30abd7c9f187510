from django.urls import path, re_path

from . import views

app_name = "api"
urlpatterns = [
    path("articles/", views.article_list, name="article_list"),
    path("articles/<int:pk>/", views.article_detail, name="article_detail"),
    path("sections/", views.owner_list, {"kind": "section"}, name="section_list"),
    path("sections/<str:slug>/", views.owner_detail, {"kind": "section"}, name="section_detail"),
    path("tags/", views.owner_list, {"kind": "tag"}, name="tag_list"),
    path("tags/<str:slug>/", views.owner_detail, {"kind": "tag"}, name="tag_detail"),
    path("authors/", views.owner_list, {"kind": "author"}, name="author_list"),
    path("authors/<str:slug>/", views.owner_detail, {"kind": "author"}, name="author_detail"),
    path("sources/", views.owner_list, {"kind": "source"}, name="source_list"),
    path("sources/<str:slug>/", views.owner_detail, {"kind": "source"}, name="source_detail"),
    path("openapi.json", views.openapi, name="openapi"),
    # Last: any other address under the API answers a JSON 404, not the site's page.
    re_path(r"^(?P<path>.*)$", views.not_found, name="not_found"),
]
