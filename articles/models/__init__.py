from .article import Article, ArticleAuthor, ArticleImage, RelatedArticleLink, TaggedArticle
from .presence import EditingPresence
from .revisions import ArticleRevision
from .taxonomy import Author, Section, Source, Tag
from .workflow import ArticleTransition

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleImage",
    "ArticleRevision",
    "ArticleTransition",
    "Author",
    "EditingPresence",
    "RelatedArticleLink",
    "Section",
    "Source",
    "Tag",
    "TaggedArticle",
]
