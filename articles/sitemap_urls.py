"""Sitemaps (index, monthly article files, Google News) and robots.txt."""

from django.urls import path, re_path

from . import sitemaps

urlpatterns = [
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap_index"),
    re_path(r"^sitemap-(?P<section>[a-z0-9-]+)\.xml$", sitemaps.section, name="sitemap_section"),
]
