"""Site navigation (sections in the menu, pages in the footer) in one query."""

from dataclasses import dataclass

from django.db.models import Value
from django.urls import reverse

from .models import Page, Section


@dataclass(frozen=True)
class NavLink:
    name: str
    url: str


def site_navigation():
    sections = (
        Section.objects.filter(nav_position__isnull=False)
        .annotate(kind=Value("section"))
        .order_by()
        .values_list("kind", "name", "slug", "nav_position")
    )
    pages = (
        Page.objects.filter(footer_position__isnull=False)
        .annotate(kind=Value("page"))
        .order_by()
        .values_list("kind", "title", "slug", "footer_position")
    )
    rows = sorted(sections.union(pages, all=True), key=lambda row: (row[0], row[3], row[1]))
    route = {"section": "articles:section", "page": "articles:page"}
    links = {"section": [], "page": []}
    for kind, name, slug, _position in rows:
        links[kind].append(NavLink(name, reverse(route[kind], kwargs={"slug": slug})))
    return {"sections": links["section"], "pages": links["page"]}
