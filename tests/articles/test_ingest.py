import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.ingest import (
    ParsedRelease,
    ReleaseError,
    parse_dateline,
    parse_release,
    release_import,
)
from articles.models import Article, ArticleRevision, Source
from tests.factories import ArticleFactory, SectionFactory, SourceFactory

REFERENCE_SAMPLE = (
    Path(settings.BASE_DIR).parent / "shared" / "reference" / "sample-article-portalindonews.txt"
)

# Written for these tests: a dash without spaces, a two-part place, "Baca Juga".
OWN_RELEASE = """
Pemkab Uji Coba Layanan Antar Obat bagi Lansia

KABAR TIMUR, Papua, Intan Jaya—Pemerintah kabupaten mulai mengantar obat ke rumah warga lanjut usia.

Kepala dinas kesehatan mengatakan layanan ini dimulai di tiga distrik.

"Kami ingin lansia tidak perlu antre di puskesmas," ujarnya.

Humas Pemkab Intan Jaya

Baca Juga

Judul berita lain yang tidak ikut
"""

NO_DATELINE = """Rapat Koordinasi Digelar di Balai Kota

Rapat koordinasi membahas kesiapan musim hujan di seluruh kecamatan.

Wali kota meminta semua camat siaga.

Humas Balai Kota
"""

NO_SIGNATURE = """Pelatihan Aparatur Dibuka

ANTARA, Bandung – Pelatihan aparatur desa dibuka pada Senin pagi.

Peserta datang dari dua puluh desa dan akan belajar selama lima hari penuh di sini.
"""


def reference_text():
    if not REFERENCE_SAMPLE.is_file():
        pytest.skip(f"reference sample not found at {REFERENCE_SAMPLE}")
    return REFERENCE_SAMPLE.read_text(encoding="utf-8")


# Parsing, no database -----------------------------------------------------------------


def test_parses_the_reference_sample():
    release = parse_release(reference_text())
    assert isinstance(release, ParsedRelease)
    assert release.headline.startswith("BPSDM Kemendagri Dorong Peran Sekretaris Perangkat Daerah")
    assert release.outlet == "PORTALINDONEWS.COM"
    assert release.city == "Jakarta"
    assert len(release.paragraphs) == 6
    assert not release.paragraphs[0].startswith("PORTALINDONEWS")
    assert release.paragraphs[0].startswith("Keberhasilan")
    assert release.signature == "Puspen Kemendagri"
    assert release.dropped[:2] == ("About Portalindonews", "Check Also")
    assert len(release.dropped) == 4
    assert "Prajurit Condromowo" in release.dropped[2]
    assert not any("Portalindonews" in p or "Check Also" in p for p in release.paragraphs)
    assert all("Puspen Kemendagri" not in p for p in release.paragraphs)


def test_parses_an_em_dash_and_a_place_in_several_parts():
    release = parse_release(OWN_RELEASE)
    assert release.headline == "Pemkab Uji Coba Layanan Antar Obat bagi Lansia"
    assert release.outlet == "KABAR TIMUR"
    assert release.city == "Papua, Intan Jaya"
    assert release.paragraphs[0].startswith("Pemerintah kabupaten")
    assert len(release.paragraphs) == 3
    assert release.signature == "Humas Pemkab Intan Jaya"
    assert release.dropped == ("Baca Juga", "Judul berita lain yang tidak ikut")


@pytest.mark.parametrize(
    ("paragraph", "outlet", "city"),
    [
        ("PORTALINDONEWS.COM, Jakarta – Isi.", "PORTALINDONEWS.COM", "Jakarta"),
        ("PORTALINDONEWS.COM, Jakarta - Isi.", "PORTALINDONEWS.COM", "Jakarta"),
        ("PORTALINDONEWS.COM, Jakarta -- Isi.", "PORTALINDONEWS.COM", "Jakarta"),
        ("KABAR NUSANTARA, Jakarta — Isi.", "KABAR NUSANTARA", "Jakarta"),
        ("ANTARA, Papua,  Intan Jaya – Isi.", "ANTARA", "Papua, Intan Jaya"),
        ("ANTARA, Bangka-Belitung – Isi.", "ANTARA", "Bangka-Belitung"),
    ],
)
def test_dateline_variants(paragraph, outlet, city):
    assert parse_dateline(paragraph) == (outlet, city, "Isi.")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pemerintah, kata dia – dengan tegas – menolak usulan itu.",
        "Jakarta – Pemerintah menolak usulan itu.",
        "ANTARA, 20 Juni 2022 – Isi.",
        "ANTARA, Jakarta-Isi tanpa spasi.",
    ],
)
def test_text_that_is_not_a_dateline_is_left_alone(paragraph):
    assert parse_dateline(paragraph) == (None, "", paragraph)


def test_no_dateline_and_no_signature_are_not_found():
    release = parse_release(NO_DATELINE)
    assert (release.outlet, release.city) == (None, "")
    assert release.paragraphs[0].startswith("Rapat koordinasi")
    assert release.signature == "Humas Balai Kota"

    release = parse_release(NO_SIGNATURE)
    assert release.city == "Bandung"
    assert release.signature is None
    assert len(release.paragraphs) == 2


def test_a_paragraph_beginning_with_tentang_is_not_boilerplate():
    text = (
        "Judul\n\nANTARA, Medan – Isi pertama.\n\n"
        "Tentang rencana itu, gubernur mengatakan semua dinas sudah diajak bicara sejak awal.\n\n"
        "Humas Sumut\n\nTentang Kami\n\nAlamat redaksi"
    )
    release = parse_release(text)
    assert len(release.paragraphs) == 2
    assert release.signature == "Humas Sumut"
    assert release.dropped == ("Tentang Kami", "Alamat redaksi")


def test_windows_newlines_a_byte_order_mark_and_parenthesised_signature():
    text = "\ufeffJudul Rilis\r\n\r\nANTARA, Medan – Isi.\r\n\r\nLanjutan.\r\n\r\n(Humas Sumut)\r\n"
    release = parse_release(text)
    assert release.headline == "Judul Rilis"
    assert release.city == "Medan"
    assert release.paragraphs == ("Isi.", "Lanjutan.")
    assert release.signature == "Humas Sumut"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("  \n\n \t\n", "empty"),
        ("Hanya judul\n\n", "no body"),
        ("Judul\n\nCheck Also\n\nLain", "no body"),
        ("x" * 250, "headline"),
    ],
)
def test_texts_without_a_story_are_refused(text, message):
    with pytest.raises(ReleaseError, match=message):
        parse_release(text)


# The service -------------------------------------------------------------------------


@pytest.mark.django_db
def test_import_creates_a_draft_press_release_with_a_revision():
    section = SectionFactory()
    result = release_import(release=parse_release(OWN_RELEASE), section=section)
    article = Article.objects.get()
    assert result.article == article
    assert article.status == Article.Status.DRAFT
    assert article.published_at is None and article.url_date is None
    assert article.article_type == Article.Type.PRESS_RELEASE
    assert article.section == section
    assert article.dateline_city == "Papua, Intan Jaya"
    assert article.body.startswith("<p>Pemerintah kabupaten")
    assert "KABAR TIMUR" not in article.body
    assert "Humas Pemkab" not in article.body and "Baca Juga" not in article.body
    assert article.body.count("<p>") == 3
    assert article.created_by is None
    assert ArticleRevision.objects.filter(article=article).exists()


@pytest.mark.django_db
def test_unknown_signature_creates_an_unverified_press_office():
    result = release_import(release=parse_release(OWN_RELEASE), section=SectionFactory())
    source = Source.objects.get()
    assert result.source_created and result.source == source
    assert source.name == "Humas Pemkab Intan Jaya"
    assert source.slug == "humas-pemkab-intan-jaya"
    assert not source.verified
    assert source.kind == Source.Kind.PRESS_OFFICE
    assert result.article.source == source


@pytest.mark.django_db
def test_known_signature_is_matched_whatever_its_case():
    known = SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri")
    text = "Judul\n\nANTARA, Jakarta – Isi.\n\nPUSPEN kemendagri"
    result = release_import(release=parse_release(text), section=SectionFactory())
    assert not result.source_created
    assert result.article.source == known
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_signature_matching_a_slug_and_clashing_source_slugs():
    by_slug = SourceFactory(name="Biro Humas", slug="humas-jabar")
    SourceFactory(name="Lain", slug="humas-sumut")
    section = SectionFactory()
    matched = release_import(release=parse_release("Judul\n\nIsi.\n\nHumas-Jabar"), section=section)
    assert matched.source == by_slug and not matched.source_created
    # The signature's slug form counts as its slug.
    slugified = release_import(
        release=parse_release("Judul\n\nIsi.\n\nHumas: Sumut"), section=section
    )
    assert slugified.source.name == "Lain" and not slugified.source_created
    # A name that makes no slug gets a free fallback one.
    SourceFactory(name="Sumber", slug="sumber")
    created = release_import(release=parse_release("Judul\n\nIsi.\n\nХумас Края"), section=section)
    assert created.source_created
    assert (created.source.name, created.source.slug) == ("Хумас Края", "sumber-2")


def test_an_end_mark_is_not_a_signature():
    release = parse_release("Judul\n\nIsi.\n\n###")
    assert release.signature is None


@pytest.mark.django_db
def test_slugs_are_unique_across_dates_and_drafts():
    ArticleFactory(slug="judul-yang-sama")
    section = SectionFactory()
    first = release_import(release=parse_release("Judul yang Sama\n\nIsi."), section=section)
    second = release_import(release=parse_release("Judul yang Sama\n\nIsi."), section=section)
    assert first.article.slug == "judul-yang-sama-2"
    assert second.article.slug == "judul-yang-sama-3"


# The command -------------------------------------------------------------------------


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_text", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.mark.django_db
def test_command_imports_the_valid_file_and_fails_at_the_end_for_the_empty_one(tmp_path):
    SectionFactory()
    good = write(tmp_path, "rilis.txt", OWN_RELEASE)
    empty = write(tmp_path, "kosong.txt", "")
    out, err, error = run(empty, good)
    assert error is not None
    assert "kosong.txt" in str(error) and "1 of 2" in str(error)
    assert "kosong.txt" in err and "empty" in err
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert article.article_type == Article.Type.PRESS_RELEASE
    assert "rilis.txt" in out
    assert "headline: Pemkab Uji Coba" in out
    assert "dateline outlet: KABAR TIMUR" in out
    assert "dateline city: Papua, Intan Jaya" in out
    assert "paragraphs: 3" in out
    assert "signature: Humas Pemkab Intan Jaya" in out
    assert "created, unverified" in out
    assert "- Baca Juga" in out
    assert f"#{article.pk}" in out


@pytest.mark.django_db
def test_command_reports_what_it_did_not_find(tmp_path):
    SectionFactory()
    out, _, error = run(
        write(tmp_path, "a.txt", NO_DATELINE), write(tmp_path, "b.txt", NO_SIGNATURE)
    )
    assert error is None
    assert "dateline outlet: not found" in out
    assert "dateline city: not found" in out
    assert "signature: not found" in out
    assert "source: none (no signature)" in out
    assert Article.objects.count() == 2
    no_dateline = Article.objects.get(headline__startswith="Rapat")
    assert no_dateline.dateline_city == ""
    assert Article.objects.get(headline__startswith="Pelatihan").source is None


@pytest.mark.django_db
def test_command_matches_the_reference_signature(tmp_path):
    text = reference_text()
    known = SourceFactory(name="Puspen Kemendagri", slug="puspen-kemendagri")
    SectionFactory()
    out, _, error = run(write(tmp_path, "sample.txt", text))
    assert error is None
    assert "source: Puspen Kemendagri (matched)" in out
    assert "- About Portalindonews" in out
    article = Article.objects.get()
    assert article.source == known
    assert article.dateline_city == "Jakarta"
    assert "PORTALINDONEWS" not in article.body
    assert article.body.count("<p>") == 6
    assert Source.objects.count() == 1


@pytest.mark.django_db
def test_dry_run_creates_nothing(tmp_path):
    SectionFactory()
    out, _, error = run(write(tmp_path, "rilis.txt", OWN_RELEASE), "--dry-run")
    assert error is None
    assert "would be created, unverified" in out
    assert "nothing created" in out
    assert not Article.objects.exists()
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_source_option_forces_the_source_and_must_exist(tmp_path):
    forced = SourceFactory(slug="kantor-berita")
    SectionFactory()
    path = write(tmp_path, "rilis.txt", OWN_RELEASE)
    out, _, error = run(path, "--source", "kantor-berita")
    assert error is None
    assert "forced by --source" in out
    assert Article.objects.get().source == forced
    assert Source.objects.count() == 1

    _, _, error = run(path, "--source", "tidak-ada")
    assert "tidak-ada" in str(error)
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_section_option_and_default(tmp_path):
    first = SectionFactory(nav_position=1)
    chosen = SectionFactory(nav_position=2)
    path = write(tmp_path, "rilis.txt", OWN_RELEASE)
    out, _, _ = run(path)
    assert f"section: {first.name} (default" in out
    run(path, "--section", chosen.slug)
    assert sorted(Article.objects.values_list("section_id", flat=True)) == [first.pk, chosen.pk]
    _, _, error = run(path, "--section", "tidak-ada")
    assert "tidak-ada" in str(error)


@pytest.mark.django_db
def test_command_refuses_to_run_without_any_section(tmp_path):
    _, _, error = run(write(tmp_path, "rilis.txt", OWN_RELEASE))
    assert "no section" in str(error)
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_unreadable_and_non_utf8_files_are_named_and_skipped(tmp_path):
    SectionFactory()
    latin1 = write(tmp_path, "latin1.txt", "Judul\n\nIsi dengan é.\n".encode("latin-1"))
    missing = tmp_path / "hilang.txt"
    good = write(tmp_path, "rilis.txt", OWN_RELEASE)
    _, err, error = run(latin1, missing, good)
    assert "latin1.txt: not UTF-8" in err
    assert "hilang.txt: cannot be read" in err
    assert "latin1.txt" in str(error) and "hilang.txt" in str(error)
    assert "1 of 3" in str(error)
    assert Article.objects.count() == 1
