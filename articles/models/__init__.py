from .article import Article, ArticleAuthor, ArticleImage, RelatedArticleLink, TaggedArticle
from .taxonomy import Author, Section, Source, Tag

__all__ = [
    "Article",
    "ArticleAuthor",
    "ArticleImage",
    "Author",
    "RelatedArticleLink",
    "Section",
    "Source",
    "Tag",
    "TaggedArticle",
]
