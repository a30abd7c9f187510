"""URLs under benchmark settings only: the site plus the bare comparison view."""

from django.shortcuts import render
from django.urls import path

from .urls import urlpatterns as site_urlpatterns


def bare_view(request):
    """A small template and no query: what Django itself costs per request."""
    return render(request, "bench/bare.html", {"title": "Bare Django view"})


urlpatterns = [path("bench/bare/", bare_view, name="bench_bare"), *site_urlpatterns]
