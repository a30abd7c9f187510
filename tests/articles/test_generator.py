"""``manage.py generate_articles``: a realistic, reproducible archive for scale tests."""

import itertools
import re
from collections import Counter
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.models import Count, F
from django.utils import timezone

from articles import generator_bulk, generator_db
from articles.models import (
    Article,
    ArticleAuthor,
    Correction,
    Section,
    Tag,
    TaggedArticle,
)

NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
STORIES = 600


def fingerprint():
    """What a reader would see of the archive, without database ids."""
    rows = []
    for article in Article.objects.order_by("pk").prefetch_related("tags", "authors"):
        rows.append(
            (
                article.headline,
                article.body,
                article.status,
                article.published_at,
                article.section.slug,
                sorted(tag.name for tag in article.tags.all()),
                sorted(author.slug for author in article.authors.all()),
            )
        )
    return rows


@pytest.fixture
def archive(db, time_machine):
    time_machine.move_to(NOW, tick=False)
    generator_db.generate(STORIES, seed=7, now=NOW)
    return Article.objects.all()


def test_the_same_seed_gives_the_same_archive(db):
    generator_db.generate(40, seed=3, now=NOW)
    first = fingerprint()
    Article.objects.all().delete()
    generator_db.generate(40, seed=3, now=NOW)
    assert fingerprint() == first
    Article.objects.all().delete()
    generator_db.generate(40, seed=4, now=NOW)
    assert fingerprint() != first


def test_shares_of_states_look_like_a_newsroom(archive):
    assert archive.count() == STORIES
    published = Article.objects.published().count()
    assert 0.85 * STORIES <= published <= 0.97 * STORIES
    states = Counter(archive.values_list("status", flat=True))
    assert states["draft"] + states["in_review"] >= 0.02 * STORIES
    assert states["taken_down"] >= 1
    assert (
        archive.filter(status="taken_down").exclude(takedown_reason="").count()
        == (states["taken_down"])
    )
    assert Correction.objects.exists()
    assert archive.filter(content_updated_at__isnull=False).count() >= 0.05 * STORIES


def test_derived_columns_are_filled_as_the_services_would(archive):
    for article in archive.filter(published_at__isnull=False):
        assert article.url_date == article.computed_url_date()
        assert article.version >= 2
        assert article.get_absolute_url().endswith(f"/{article.slug}/")
        if article.content_updated_at:
            assert article.content_updated_at > article.first_published_at
    undated = archive.filter(published_at__isnull=True)
    assert set(undated.values_list("status", flat=True)) <= {"draft", "in_review"}
    assert not undated.filter(url_date__isnull=False).exists()
    assert not archive.filter(first_published_at__isnull=False, url_date__isnull=True).exists()


def test_every_story_has_ordered_bylines_and_three_to_eight_tags(archive):
    tag_counts = Counter(TaggedArticle.objects.values_list("content_object_id", flat=True))
    assert set(tag_counts) == set(archive.values_list("pk", flat=True))
    assert min(tag_counts.values()) >= 3 and max(tag_counts.values()) <= 8
    bylines = {}
    for article_id, position in ArticleAuthor.objects.values_list("article_id", "position"):
        bylines.setdefault(article_id, []).append(position)
    assert len(bylines) == STORIES
    assert all(sorted(p) == list(range(len(p))) and len(p) <= 3 for p in bylines.values())


def test_tags_come_from_thousands_with_zipf_like_popularity(archive):
    assert Tag.objects.count() >= 5000
    uses = list(
        Tag.objects.annotate(n=Count("tagged_articles"))
        .filter(n__gt=0)
        .order_by("-n")
        .values_list("n", flat=True)
    )
    assert uses[0] >= 10 * uses[len(uses) // 2]  # a few tags carry many stories
    assert uses[-1] == 1  # and many carry one


def test_bodies_are_of_typical_length(archive):
    lengths = [
        len(re.sub(r"<[^>]+>", " ", body).split())
        for body in archive.values_list("body", flat=True)[:100]
    ]
    assert min(lengths) >= 280 and max(lengths) <= 650
    assert 380 <= sum(lengths) / len(lengths) <= 480


def test_the_generated_site_renders(client, archive):
    article = Article.objects.published().filter(tagged_items__isnull=False).first()
    tag = article.tags.first()
    section = Section.objects.get(slug="daerah")
    pages = [article, tag, section]
    for url in ["/", *(page.get_absolute_url() for page in pages)]:
        assert client.get(url).status_code == 200, url
    assert client.get("/cari/", {"q": "banjir"}).status_code == 200


def test_the_command_reports_and_a_second_run_adds_to_the_archive(db, capsys):
    call_command("generate_articles", "30", "--seed", "2")
    call_command("generate_articles", "20", "--seed", "2")
    assert Article.objects.count() == 50
    assert "Generated 20 stories" in capsys.readouterr().out


def test_production_settings_are_refused_unless_forced(db, settings):
    settings.ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="production"):
        call_command("generate_articles", "10")
    assert not Article.objects.exists()
    call_command("generate_articles", "10", "--force")
    assert Article.objects.count() == 10


def test_too_little_free_disk_is_refused_before_writing(db, monkeypatch):
    monkeypatch.setattr(
        generator_db.shutil, "disk_usage", lambda path: SimpleNamespace(free=1_000_000)
    )
    with pytest.raises(CommandError, match="free"):
        call_command("generate_articles", "1000")
    assert not Article.objects.exists()


def test_a_count_below_one_is_refused(db):
    with pytest.raises(CommandError):
        call_command("generate_articles", "0")


def test_stories_are_dated_over_ten_years(archive):
    dates = archive.filter(published_at__lte=timezone.now()).values_list("published_at", flat=True)
    years = {moment.year for moment in dates}
    assert len(years) >= 9


def test_ids_follow_publication_time_as_in_a_newsroom_archive(archive):
    # Scheduled stories are the exception: written now, published later.
    dated = list(
        archive.filter(published_at__lte=timezone.now())
        .order_by("pk")
        .values_list("published_at", flat=True)
    )
    assert len(dated) > 100
    out_of_order = sum(later < earlier for earlier, later in itertools.pairwise(dated))
    assert out_of_order < len(dated) * 0.02
    assert dated[-1] - dated[0] > timedelta(days=9 * 365)


def test_stories_of_the_last_weeks_are_scheduled_within_two_weeks(db):
    generator_db.generate(1000, seed=7, now=NOW, days=30)
    scheduled = Article.objects.filter(status="published", published_at__gt=NOW)
    assert scheduled.exists()
    assert not scheduled.filter(published_at__gt=NOW + timedelta(days=14)).exists()


def test_a_deep_archive_is_not_mostly_waiting_for_its_time(db):
    # 0.7 % of ten years would be a scheduled change every few minutes at 1 M.
    generator_db.generate(2000, seed=7, now=NOW)
    assert Article.objects.filter(status="published", published_at__gt=NOW).count() <= 2


def test_the_span_of_days_sets_the_density(db):
    generator_db.generate(300, seed=7, now=NOW, days=36)
    dated = Article.objects.filter(published_at__lte=NOW).values_list("published_at", flat=True)
    assert min(dated) >= NOW - timedelta(days=36, minutes=10)
    assert max(dated) >= NOW - timedelta(days=2)


def test_links_carry_their_story_s_publication_time(archive):
    assert not TaggedArticle.objects.exclude(
        published_at=F("content_object__published_at")
    ).exclude(published_at__isnull=True, content_object__published_at__isnull=True)
    assert not ArticleAuthor.objects.exclude(published_at=F("article__published_at")).exclude(
        published_at__isnull=True, article__published_at__isnull=True
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [(["--days", "0"], "one day"), (["--workers", "0"], "one worker")],
)
def test_bad_options_are_refused_before_writing(db, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("generate_articles", "10", *arguments)
    assert not Article.objects.exists()


on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL writes from several processes"
)


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_the_archive_does_not_depend_on_the_number_of_workers():
    generator_db.generate(900, seed=3, now=NOW, chunk_size=200, workers=3, bulk=False)
    parallel = fingerprint()
    Article.objects.all().delete()
    generator_db.generate(900, seed=3, now=NOW, chunk_size=200, workers=1, bulk=False)
    assert fingerprint() == parallel


def schema():
    """Definitions of the indexes and constraints of the tables a bulk load sets aside."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indrelid = ANY(%s::regclass[]) "
            "UNION ALL SELECT pg_get_constraintdef(oid) || convalidated::text "
            "FROM pg_constraint WHERE conrelid = ANY(%s::regclass[])",
            [generator_bulk.TABLES, generator_bulk.TABLES],
        )
        return Counter(definition for (definition,) in cursor.fetchall())


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_a_bulk_load_puts_back_every_index_and_checked_key():
    before = schema()
    generator_db.generate(500, seed=2, now=NOW, chunk_size=100, workers=2, bulk=True)
    assert schema() == before
    assert Article.objects.count() == 500
    assert not generator_bulk.SetAside().path.exists()


@on_postgres
@pytest.mark.django_db(transaction=True)
def test_a_failed_bulk_load_still_puts_everything_back(monkeypatch):
    before = schema()
    written = []

    def fail_on_second_chunk(self, chunk):
        if written:
            raise RuntimeError("disk on fire")
        written.append(chunk)
        return original(self, chunk)

    original = generator_db.ChunkWriter.__call__
    monkeypatch.setattr(generator_db.ChunkWriter, "__call__", fail_on_second_chunk)
    with pytest.raises(RuntimeError, match="disk on fire"):
        generator_db.generate(300, seed=2, now=NOW, chunk_size=100, workers=1, bulk=True)
    assert schema() == before
    assert Article.objects.count() == 100
