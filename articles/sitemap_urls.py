"""Sitemaps (index, monthly article files, Google News) and robots.txt."""

urlpatterns = []
