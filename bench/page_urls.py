"""In-process half of bench/pages.py: the URL mix, and the queries each page type runs.

Run by bench/pages.py in a child process with the benchmark settings and the
benchmark database in the environment (never on its own database)::

    DJANGO_SETTINGS_MODULE=newsroom.settings.bench PAGE_CACHE_SECONDS=0 \
        DATABASE_URL=postgres://… .venv/bin/python bench/page_urls.py --out mix.json

Article pages are spread evenly over the archive: published stories ordered by
publication time, every k-th one, then shuffled with a fixed seed so the
benchmark does not walk the archive in date order. Queries are counted with
Django's ``CaptureQueriesContext`` around the test client (the real URLconf,
middleware, views and templates, in this process): the first URL of each type
is requested twice and both counts are kept ("cold" is the first request of a
fresh process; the article type goes first so its cold count really is that).
"""

import argparse
import json
import os
import random
import sys
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent

# Words the generator's vocabulary uses (articles/generator_words.py): topics and places.
SEARCH_TERMS = [
    "banjir",
    "inflasi",
    "korupsi",
    "jakarta",
    "pemilu",
    "subsidi beras",
    "gempa",
    "investasi",
    "sepak bola",
    "surabaya",
]
TOP_TAGS = 20


def spread(items, count):
    """``count`` items evenly spaced over ``items`` (all of them if there are fewer)."""
    if len(items) <= count:
        return list(items)
    if count == 1:
        return [items[0]]
    last = len(items) - 1
    return [items[round(i * last / (count - 1))] for i in range(count)]


def url_mix(article_count):
    from django.db.models import Count
    from django.urls import reverse

    from articles.models import Article, Section, Tag, TaggedArticle

    published = Article.objects.published()
    ordered = list(published.order_by("published_at", "pk").values_list("pk", flat=True))
    chosen = spread(ordered, article_count)
    stories = Article.objects.filter(pk__in=chosen).only("pk", "url_date", "slug", "published_at")
    by_pk = {story.pk: story for story in stories}
    articles = [by_pk[pk].get_absolute_url() for pk in chosen]
    oldest = by_pk[chosen[0]].published_at if chosen else None
    newest = by_pk[chosen[-1]].published_at if chosen else None
    random.Random(1).shuffle(articles)  # noqa: S311  (a repeatable order, not security)

    sections = [
        reverse("articles:section", kwargs={"slug": slug})
        for slug in Section.objects.filter(pk__in=published.values("section_id"))
        .order_by("slug")
        .values_list("slug", flat=True)
    ]
    top = (
        TaggedArticle.objects.values("tag_id")
        .annotate(uses=Count("id"))
        .order_by("-uses", "tag_id")[:TOP_TAGS]
    )
    tag_ids = [row["tag_id"] for row in top]
    tags_by_id = Tag.objects.in_bulk(tag_ids)
    tags = [tags_by_id[pk].get_absolute_url() for pk in tag_ids]
    return {
        "published": len(ordered),
        "article_span": [
            oldest.isoformat() if oldest else None,
            newest.isoformat() if newest else None,
        ],
        "types": {
            "article": articles,
            "home": [reverse("articles:home")],
            "section": sections,
            "tag": tags,
            "search": [reverse("articles:search") + "?q=" + quote_plus(t) for t in SEARCH_TERMS],
            "feed": [reverse("feeds:site")],
            "bare": [reverse("bench_bare")],
        },
    }


def count_queries(types):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(SERVER_NAME="127.0.0.1")
    counts = {}
    for name, paths in types.items():
        passes = []
        for _ in range(2):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(paths[0])
            passes.append(
                {
                    "queries": len(captured),
                    "status": response.status_code,
                    "bytes": len(response.content),
                }
            )
        counts[name] = {
            "path": paths[0],
            "cold": passes[0]["queries"],
            "warm": passes[1]["queries"],
            "status": passes[1]["status"],
            "bytes": passes[1]["bytes"],
            "sql": [query["sql"][:300] for query in captured.captured_queries],
        }
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="article URLs to pick")
    parser.add_argument("--out", type=Path, required=True, help="JSON file to write")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.bench")
    import django

    django.setup()
    from django.conf import settings

    if settings.PAGE_CACHE_SECONDS:
        sys.exit("Run with PAGE_CACHE_SECONDS=0: cached pages run no query.")
    mix = url_mix(args.articles)
    if not mix["types"]["article"]:
        sys.exit("No published story in this database.")
    mix["queries"] = count_queries(mix["types"])
    args.out.write_text(json.dumps(mix, indent=1))


if __name__ == "__main__":
    main()
