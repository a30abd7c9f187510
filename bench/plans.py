"""Query plans of every public page, feed, sitemap, API list and the admin, on PostgreSQL.

Requests each surface through Django's test client (the real views, the real
middleware), captures the SQL it ran, and EXPLAINs every SELECT. Exits non-zero
when a plan reads the story table, the tag table or their link tables
sequentially: at a million stories a sequential scan is a whole-table read per
request.

    DATABASE_URL=postgres://… .venv/bin/python bench/plans.py             # check
    DATABASE_URL=postgres://… .venv/bin/python bench/plans.py --analyze   # + timings
    … bench/plans.py --seqscan-off   # small fixture: prove an index exists (CI)

With ``--seqscan-off`` the planner avoids sequential scans whenever an index
can answer, so on a small fixture a remaining sequential scan means no index
fits. Without it, a watched table under ``SMALL_TABLE_ROWS`` rows (the tag
vocabulary) may be read whole, as the planner rightly prefers.

``--analyze`` runs EXPLAIN ANALYZE and prints each query's execution time (the
sum per surface and the slowest query), and the request's wall time.
"""

import argparse
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WATCHED = {
    "articles_article",
    "articles_tag",
    "articles_taggedarticle",
    "articles_articleauthor",
}
BENCH_ADMIN = "bench-plans-admin"


@dataclass
class QueryPlan:
    sql: str
    plan: dict
    seq_scans: list
    execution_ms: float | None = None


@dataclass
class SurfaceReport:
    name: str
    path: str
    status: int
    wall_ms: float
    queries: list = field(default_factory=list)

    @property
    def violations(self):
        return [(q.sql, table) for q in self.queries for table in q.seq_scans]

    @property
    def execution_ms(self):
        return sum(q.execution_ms or 0 for q in self.queries)

    @property
    def slowest_ms(self):
        return max((q.execution_ms or 0 for q in self.queries), default=0)


# Without --seqscan-off, a watched table this small may be read whole: the tag
# vocabulary (thousands of rows) does not grow with the archive, and the planner
# rightly reads a table of a few hundred kilobytes in one go. Reported, not failed.
SMALL_TABLE_ROWS = 10_000


def seq_scanned_tables(node, allowed=frozenset()):
    """Watched tables read by a Seq Scan anywhere in the plan tree."""
    found = []
    table = node.get("Relation Name")
    if node.get("Node Type") == "Seq Scan" and table in WATCHED - allowed:
        found.append(table)
    for child in node.get("Plans", []):
        found += seq_scanned_tables(child, allowed)
    return found


def small_watched_tables(cursor):
    cursor.execute(
        "SELECT relname FROM pg_class WHERE relname = ANY(%s) AND reltuples < %s",
        [sorted(WATCHED), SMALL_TABLE_ROWS],
    )
    return frozenset(row[0] for row in cursor.fetchall())


# EXPLAIN ANALYZE runs of each query; the median is reported (one run is noisy).
ANALYZE_RUNS = 3


def explain(cursor, sql, analyze=False, allowed=frozenset()):
    options = "ANALYZE, BUFFERS, FORMAT JSON" if analyze else "FORMAT JSON"
    runs = []
    for _run in range(ANALYZE_RUNS if analyze else 1):
        cursor.execute(f"EXPLAIN ({options}) {sql}")
        result = cursor.fetchone()[0]
        runs.append((json.loads(result) if isinstance(result, str) else result)[0])
    runs.sort(key=lambda top: top.get("Execution Time") or 0)
    top = runs[len(runs) // 2]
    return QueryPlan(
        sql=sql,
        plan=top["Plan"],
        seq_scans=seq_scanned_tables(top["Plan"], allowed),
        execution_ms=top.get("Execution Time"),
    )


def samples():
    """The rows the surfaces are requested for, chosen the same way at any size."""
    from django.db.models import Count

    from articles.models import Article, Author, Section, Source, Tag, TaggedArticle

    published = Article.objects.published()
    # A story some way down the newest, with a source and tags (related news has work).
    *_newer, article = (
        published.filter(source__isnull=False, tagged_items__isnull=False)
        .order_by("-published_at", "-pk")
        .distinct()[:101]
    )
    section = Section.objects.get(slug="daerah")
    in_section = published.in_section(section).order_by("-published_at", "-pk")
    deep = in_section[min(1000, in_section.count() // 2)]
    tag_counts = (
        TaggedArticle.objects.values("tag_id").annotate(n=Count("pk")).order_by("-n", "tag_id")
    )
    popular = Tag.objects.get(pk=tag_counts[0]["tag_id"])
    rare = Tag.objects.get(pk=tag_counts.order_by("n", "tag_id")[0]["tag_id"])
    author = article.ordered_authors()[0]
    return {
        "article": article,
        "section": section,
        "deep": deep,
        "popular_tag": popular,
        "rare_tag": rare,
        "author": Author.objects.get(pk=author.pk),
        "source": Source.objects.get(pk=article.source_id),
    }


def surfaces(s):
    """(name, path, needs an editor's login) for every surface under test."""
    from articles.pagination import OLDER, encode

    article, day = s["article"], s["article"].url_date
    public = [
        ("home", "/"),
        ("article page (+ related, neighbours)", article.get_absolute_url()),
        ("section page 1", f"/rubrik/{s['section'].slug}/"),
        ("section deep page", f"/rubrik/{s['section'].slug}/?{OLDER}={encode(s['deep'])}"),
        ("tag page, popular tag", f"/topik/{s['popular_tag'].slug}/"),
        ("tag page, rare tag", f"/topik/{s['rare_tag'].slug}/"),
        ("author page", f"/penulis/{s['author'].slug}/"),
        ("source page", f"/sumber/{s['source'].slug}/"),
        ("date archive, month", f"/indeks/{day:%Y}/{day:%m}/"),
        ("date archive, day", f"/indeks/{day:%Y}/{day:%m}/{day:%d}/"),
        ("search, two words", "/cari/?q=banjir+jakarta"),
        ("search, common word", "/cari/?q=pemerintah"),
        ("site feed", "/feed/"),
        ("tag feed, popular tag", f"/feed/topik/{s['popular_tag'].slug}/"),
        ("sitemap index", "/sitemap.xml"),
        ("sitemap month", f"/sitemap-articles-{day:%Y-%m}.xml"),
        ("sitemap news", "/sitemap-news.xml"),
        ("sitemap sections", "/sitemap-sections.xml"),
        ("sitemap tags", "/sitemap-tags.xml"),
        ("sitemap authors", "/sitemap-authors.xml"),
        ("sitemap sources", "/sitemap-sources.xml"),
    ]
    public += api_surfaces(s)
    admin = [
        ("admin changelist", "/admin/articles/article/"),
        (
            "admin changelist, filtered",
            f"/admin/articles/article/?status__exact=published&section__id__exact={s['section'].pk}",
        ),
        ("admin changelist, search", "/admin/articles/article/?q=banjir"),
        ("admin change form", f"/admin/articles/article/{article.pk}/change/"),
    ]
    return [(n, p, False) for n, p in public] + [(n, p, True) for n, p in admin]


def api_surfaces(s):
    """The JSON API's lists, when the API app is installed."""
    from django.apps import apps

    if not apps.is_installed("api"):
        return []
    return [
        ("API article list", "/api/v1/articles/"),
        ("API article list, by tag", f"/api/v1/articles/?tag={s['popular_tag'].slug}"),
        ("API tag list", "/api/v1/tags/"),
        ("API tag, popular", f"/api/v1/tags/{s['popular_tag'].slug}/"),
        ("API section list", "/api/v1/sections/"),
        ("API author list", "/api/v1/authors/"),
        ("API source list", "/api/v1/sources/"),
    ]


def run(*, analyze=False, seqscan_off=False, client=None):
    """Request every surface and EXPLAIN what it ran; returns the reports."""
    from django.contrib.auth import get_user_model
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = client or Client()
    editor, _created = get_user_model().objects.get_or_create(
        username=BENCH_ADMIN, defaults={"is_staff": True, "is_superuser": True}
    )
    reports = []
    for name, path, as_editor in surfaces(samples()):
        for cache in caches.all():
            cache.clear()
        if as_editor:
            client.force_login(editor)
        else:
            client.logout()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path, HTTP_HOST="localhost", secure=True)
            wall_ms = (time.perf_counter() - started) * 1000
        report = SurfaceReport(name, path, response.status_code, wall_ms)
        with connection.cursor() as cursor:
            allowed = frozenset()
            if seqscan_off:
                cursor.execute("SET enable_seqscan = off")
            else:
                allowed = small_watched_tables(cursor)
            for query in captured.captured_queries:
                # "(SELECT …) UNION …" too: most read's daily leaders are one.
                if query["sql"].lstrip(" (").upper().startswith("SELECT"):
                    report.queries.append(explain(cursor, query["sql"], analyze, allowed))
            cursor.execute("RESET enable_seqscan")
        reports.append(report)
    return reports


def print_reports(reports, analyze, out=sys.stdout):
    header = f"{'surface':44} {'status':>6} {'queries':>7} {'wall ms':>8}"
    if analyze:
        header += f" {'SQL ms':>8} {'slowest':>8}"
    print(header, file=out)
    for r in reports:
        line = f"{r.name:44} {r.status:>6} {len(r.queries):>7} {r.wall_ms:>8.1f}"
        if analyze:
            line += f" {r.execution_ms:>8.2f} {r.slowest_ms:>8.2f}"
        print(line, file=out)
    for r in reports:
        for sql, table in r.violations:
            print(f"\nSEQ SCAN of {table} on {r.name} ({r.path}):\n  {sql[:600]}", file=out)


def failures(reports):
    bad = [r for r in reports if r.violations]
    bad += [r for r in reports if r.status != 200 and r not in bad]
    return bad


# A surface may cost this much more at the large archive than at the small one.
ALLOWED_RATIO = 1.5


def compare(small_path, large_path, out=sys.stdout):
    """Markdown table of two ``--json`` files (small archive, large archive); flags > 1.5×."""
    small = json.loads(Path(small_path).read_text())
    large = json.loads(Path(large_path).read_text())
    print(
        "| surface | queries | SQL ms, small | SQL ms, large | ratio | slowest query, large "
        "| request ms, large |",
        file=out,
    )
    print("|---|---:|---:|---:|---:|---:|---:|", file=out)
    over = []
    for name, a in small.items():
        b = large.get(name)
        if b is None:
            continue
        ratio = b["sql_ms"] / a["sql_ms"] if a["sql_ms"] else float("inf")
        if ratio > ALLOWED_RATIO:
            over.append(name)
        mark = " **over**" if ratio > ALLOWED_RATIO else ""
        print(
            f"| {name} | {b['queries']} | {a['sql_ms']:.2f} | {b['sql_ms']:.2f} "
            f"| {ratio:.2f}×{mark} | {b['slowest_ms']:.2f} | {b['wall_ms']:.0f} |",
            file=out,
        )
    print(f"\n{len(over)} surface(s) over {ALLOWED_RATIO}×: {', '.join(over) or 'none'}", file=out)
    return over


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--analyze", action="store_true", help="EXPLAIN ANALYZE: print timings.")
    parser.add_argument(
        "--seqscan-off", action="store_true", help="SET enable_seqscan = off (small fixtures)."
    )
    parser.add_argument("--json", metavar="FILE", help="Also write the figures as JSON.")
    parser.add_argument(
        "--compare",
        nargs=2,
        metavar=("SMALL", "LARGE"),
        help="Print the ratio table of two --json files (no database needed).",
    )
    args = parser.parse_args(argv)
    if args.compare:
        compare(*args.compare)
        return 0

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    import django

    django.setup()
    from django.db import connection

    if connection.vendor != "postgresql":
        sys.exit("bench/plans.py needs PostgreSQL: set DATABASE_URL.")
    reports = run(analyze=args.analyze, seqscan_off=args.seqscan_off)
    print_reports(reports, args.analyze)
    if args.json:
        figures = {
            r.name: {
                "status": r.status,
                "queries": len(r.queries),
                "wall_ms": round(r.wall_ms, 1),
                "sql_ms": round(r.execution_ms, 2),
                "slowest_ms": round(r.slowest_ms, 2),
            }
            for r in reports
        }
        Path(args.json).write_text(json.dumps(figures, indent=2))
    bad = failures(reports)
    if bad:
        print(f"\n{len(bad)} surface(s) failed: {', '.join(r.name for r in bad)}")
        return 1
    print("\nNo sequential scan of the story, tag or link tables.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
