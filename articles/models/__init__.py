from .article import Article, ArticleAuthor, ArticleImage, RelatedArticleLink, TaggedArticle
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
    "RelatedArticleLink",
    "Section",
    "Source",
    "Tag",
    "TaggedArticle",
]
