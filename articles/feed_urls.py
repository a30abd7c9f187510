"""Feed addresses (RSS 2.0 and Atom) for the site and each section, tag, author and source."""

from django.urls import path

from . import converters, feeds  # noqa: F401  (registers the path converters)

app_name = "feeds"
urlpatterns = [
    path("feed/", feeds.SiteFeed.as_view(), name="site"),
    path("feed/atom/", feeds.SiteAtomFeed.as_view(), name="site_atom"),
    path("feed/rubrik/<slug:slug>/", feeds.SectionFeed.as_view(), name="section"),
    path("feed/rubrik/<slug:slug>/atom/", feeds.SectionAtomFeed.as_view(), name="section_atom"),
    path("feed/topik/<tagslug:slug>/", feeds.TagFeed.as_view(), name="tag"),
    path("feed/topik/<tagslug:slug>/atom/", feeds.TagAtomFeed.as_view(), name="tag_atom"),
    path("feed/penulis/<slug:slug>/", feeds.AuthorFeed.as_view(), name="author"),
    path("feed/penulis/<slug:slug>/atom/", feeds.AuthorAtomFeed.as_view(), name="author_atom"),
    path("feed/sumber/<slug:slug>/", feeds.SourceFeed.as_view(), name="source"),
    path("feed/sumber/<slug:slug>/atom/", feeds.SourceAtomFeed.as_view(), name="source_atom"),
]
