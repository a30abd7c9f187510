"""The one search entry point: PostgreSQL full text, a simple fallback elsewhere.

PostgreSQL: a ``search_vector`` column kept by a trigger (search_schema.py) built
with the ``indonesian`` configuration (stemming: "membangun" and
"pembangunan" both become "bangun") minus our stopwords, a GIN index, ranking
and highlighted snippets. Ranking runs only over the newest ``RANK_WINDOW``
matches, so a common word never ranks the whole archive.
"""

import re
from dataclasses import dataclass, field
from html import escape

from django.contrib.postgres.search import (
    Lexeme,
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVectorField,
)
from django.db import connection
from django.db.models import F, Func, Q, Value
from django.db.models.expressions import Expression
from django.utils.safestring import mark_safe

from .models import Article
from .search_schema import COLUMN
from .stopwords import STOPWORDS

CONFIG = "indonesian"
MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
# The newest matches walk the publication-time index testing each story's
# vector until the window is full: its size bounds the work of a common query
# (200 matches of a two-word query read ~7 000 stories at any archive size).
RANK_WINDOW = 200
RESULTS = 20
_WORD = re.compile(r"\w+", re.UNICODE)
_MARK_START, _MARK_END = "\x02", "\x03"


@dataclass
class SearchOutcome:
    query: str = ""
    terms: list = field(default_factory=list)
    results: list = field(default_factory=list)
    truncated: bool = False


def search_terms(raw):
    """Words worth searching for: no stopwords, no operators, bounded in count and size."""
    text = (raw or "").replace("\x00", " ")[:MAX_QUERY_LENGTH]
    words = []
    for word in _WORD.findall(text.lower()):
        word = word.strip("_")[:40]
        if word and word not in STOPWORDS and word not in words:
            words.append(word)
    return words[:MAX_TERMS]


def search(raw):
    outcome = SearchOutcome(
        query=(raw or "")[:MAX_QUERY_LENGTH], truncated=len(raw or "") > MAX_QUERY_LENGTH
    )
    outcome.terms = search_terms(raw)
    if not outcome.terms:
        return outcome
    if connection.vendor == "postgresql":
        outcome.results = _postgres_search(outcome.terms)
    else:
        outcome.results = _simple_search(outcome.terms)
    return outcome


class SearchDocument(Expression):
    """The ``search_vector`` column, under whatever alias the query gives the table.

    (A RawSQL naming "articles_article" pointed a subquery's filter at the
    outer query's row: the "newest matches" window ran once per story.)
    """

    output_field = SearchVectorField()

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        return f"{compiler.quote_name_unless_alias(alias)}.{connection.ops.quote_name(COLUMN)}", []


def _vector():
    return SearchDocument()


def _search_query(terms):
    lexemes = Lexeme(terms[0])
    for term in terms[1:]:
        lexemes &= Lexeme(term)
    return SearchQuery(lexemes, config=CONFIG)


def full_text_filter(queryset, raw):
    """``queryset`` narrowed to stories containing every word of ``raw`` (any state).

    PostgreSQL: through the GIN index on the search column (headline, summary
    and body, stemmed). Elsewhere None: the caller falls back to its own search.
    """
    if connection.vendor != "postgresql":
        return None
    terms = search_terms(raw)
    if not terms:
        return queryset
    return queryset.annotate(document=_vector()).filter(document=_search_query(terms))


def _postgres_search(terms):
    query = _search_query(terms)
    matches = Article.objects.published().annotate(document=_vector()).filter(document=query)
    newest = matches.order_by("-published_at", "-pk").values("pk")[:RANK_WINDOW]
    plain_body = Func(
        F("body"), Value("<[^>]+>"), Value(" "), Value("g"), function="regexp_replace"
    )
    ranked = (
        Article.objects.filter(pk__in=newest)
        .annotate(
            rank=SearchRank(_vector(), query),
            snippet=SearchHeadline(
                plain_body,
                query,
                config=CONFIG,
                start_sel=_MARK_START,
                stop_sel=_MARK_END,
                max_words=35,
                min_words=15,
            ),
        )
        .select_related("section")
        .order_by("-rank", "-published_at", "-pk")[:RESULTS]
    )
    results = list(ranked)
    for article in results:
        article.snippet = _safe_snippet(article.snippet)
    return results


def _safe_snippet(text):
    # Escape everything the database returned, then turn only our markers into <mark>.
    escaped = escape(text or "", quote=False)
    return mark_safe(escaped.replace(_MARK_START, "<mark>").replace(_MARK_END, "</mark>"))  # noqa: S308


def _simple_search(terms):
    """SQLite (development): every term somewhere in headline, summary or body; newest first."""
    condition = Q()
    for term in terms:
        condition &= Q(headline__icontains=term) | Q(dek__icontains=term) | Q(body__icontains=term)
    results = list(
        Article.objects.published()
        .filter(condition)
        .select_related("section")
        .order_by("-published_at", "-pk")[:RESULTS]
    )
    for article in results:
        article.snippet = article.dek
    return results
