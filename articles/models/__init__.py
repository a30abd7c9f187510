from .article import Article
from .corrections import Correction
from .imports import WordPressImport
from .links import ArticleAuthor, ArticleImage, RelatedArticleLink, TaggedArticle
from .presence import EditingPresence
from .previews import PreviewLink
from .readership import ArticleViewCount
from .revisions import ArticleRevision
from .site import FrontPage, FrontPagePick, Page
from .sitemap_summary import SitemapMonth
from .taxonomy import Author, Section, Source, Tag
from .workflow import ArticleTransition

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleImage",
    "ArticleRevision",
    "ArticleTransition",
    "ArticleViewCount",
    "Author",
    "Correction",
    "EditingPresence",
    "FrontPage",
    "FrontPagePick",
    "Page",
    "PreviewLink",
    "RelatedArticleLink",
    "Section",
    "SitemapMonth",
    "Source",
    "Tag",
    "TaggedArticle",
    "WordPressImport",
]
