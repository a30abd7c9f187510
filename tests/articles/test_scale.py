"""Every public surface and the admin read the archive through indexes (PostgreSQL).

Runs bench/plans.py on a small generated archive with sequential scans
discouraged: a plan that still reads the story, tag or link tables
sequentially has no index to use, and would read the whole table per request
at a million stories (see docs/scale.md for the figures at that size).
"""

import json
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import generator_db
from articles.models import Article
from bench import plans

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="query plans are checked on PostgreSQL only"
)

NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)


@pytest.fixture
def archive(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    generator_db.generate(250, seed=11, now=NOW)


def test_no_surface_reads_a_big_table_sequentially(archive, client):
    reports = plans.run(seqscan_off=True, client=client)
    names = {report.name for report in reports}
    assert {"home", "search, two words", "sitemap tags", "admin changelist, search"} <= names
    assert all(report.queries for report in reports)
    failed = plans.failures(reports)
    assert not failed, [(r.name, r.status, r.violations) for r in failed]


def test_the_check_catches_a_sequential_scan(archive):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        plan = plans.explain(cursor, "SELECT count(*) FROM articles_article WHERE dek <> ''")
        cursor.execute("RESET enable_seqscan")
    assert plan.seq_scans == ["articles_article"]


def test_a_day_s_archive_asks_for_its_day_by_equality(archive):
    # The (url_date, published_at, id) index yields one date newest first; a
    # one-day range made the database sort every story of the day (1 570 on a
    # busy day at a million stories, 9.5 ms) to show the first 21.
    day = Article.objects.published().latest("published_at").url_date
    sql = str(Article.objects.in_date_range(day, day).query)
    assert '"url_date" = ' in sql and '"url_date" >=' not in sql


def test_a_section_s_published_stories_skip_its_drafts_in_the_admin(archive, admin_client):
    # Drafts have no time and come first in a newest-first walk of the
    # (section, published_at, id) index; at a million stories a section's list
    # of published stories passed ~3 000 of them before its first row (16 ms).
    section_id = Article.objects.filter(status="published").values_list("section", flat=True)[0]
    with CaptureQueriesContext(connection) as captured:
        response = admin_client.get(
            "/admin/articles/article/",
            {"status__exact": "published", "section__id__exact": section_id},
        )
    assert response.status_code == 200
    newest_first = 'ORDER BY "articles_article"."published_at" DESC'
    listing = next(q["sql"] for q in captured if newest_first in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        plan = plans.explain(cursor, listing)
        cursor.execute("RESET enable_seqscan")
    assert "published_at IS NOT NULL" in json.dumps(plan.plan).replace('"', "")
