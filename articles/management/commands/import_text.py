"""Import plain-text press releases as draft stories of type "Rilis" (see articles/ingest.py)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.ingest import ReleaseError, parse_release, release_import, source_for_signature
from articles.models import Section, Source

NOT_FOUND = "not found"


class Command(BaseCommand):
    help = (
        "Turn plain-text press releases into draft stories of type Rilis and report, "
        "for each file, what was recognised."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files.")
        parser.add_argument(
            "--source",
            metavar="SLUG",
            help="File every story under this source instead of matching its signature.",
        )
        parser.add_argument(
            "--section",
            metavar="SLUG",
            help="The stories' section (default: the first section in the menu order).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Parse and report only; create nothing.",
        )

    def handle(self, *args, files, source=None, section=None, dry_run=False, **options):
        forced_source = self._forced_source(source)
        section_obj, section_note = self._section(section)
        failed = []
        for name in files:
            try:
                self._import(Path(name), forced_source, section_obj, section_note, dry_run)
            except CommandError as error:
                failed.append(name)
                self.stderr.write(self.style.ERROR(str(error)))
        imported = len(files) - len(failed)
        verb = "Would import" if dry_run else "Imported"
        summary = f"{verb} {imported} of {len(files)} files as draft press releases."
        if failed:
            raise CommandError(f"{summary} Failed: {', '.join(failed)}.")
        self.stdout.write(self.style.SUCCESS(summary))

    def _forced_source(self, slug):
        if slug is None:
            return None
        source = Source.objects.filter(slug=slug).first()
        if source is None:
            raise CommandError(f"No source with the slug “{slug}”.")
        return source

    def _section(self, slug):
        if slug is not None:
            section = Section.objects.filter(slug=slug).first()
            if section is None:
                raise CommandError(f"No section with the slug “{slug}”.")
            return section, "chosen with --section"
        section = Section.objects.first()
        if section is None:
            raise CommandError("There is no section yet; create one or pass --section.")
        return section, "default: first in the menu order; use --section to choose"

    def _import(self, path, forced_source, section, section_note, dry_run):
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{path}: not UTF-8 (byte {error.start}); nothing imported."
            ) from error
        except OSError as error:
            raise CommandError(
                f"{path}: cannot be read ({error.strerror or error}); nothing imported."
            ) from error
        try:
            release = parse_release(text)
        except ReleaseError as error:
            raise CommandError(f"{path}: {error}; nothing imported.") from error

        write = self.stdout.write
        write(f"{path}")
        write(f"  headline: {release.headline}")
        write(f"  dateline outlet: {release.outlet or NOT_FOUND}")
        write(f"  dateline city: {release.city or NOT_FOUND}")
        write(f"  paragraphs: {len(release.paragraphs)}")
        write(f"  signature: {release.signature or NOT_FOUND}")
        if release.dropped:
            write(f"  dropped boilerplate ({len(release.dropped)} lines):")
            for line in release.dropped:
                write(f"    - {line}")
        else:
            write("  dropped boilerplate: none")
        write(f"  section: {section.name} ({section_note})")

        if dry_run:
            write(f"  source: {self._planned_source(release, forced_source)}")
            write("  dry run: nothing created")
            return
        result = release_import(release=release, section=section, source=forced_source, user=None)
        write(f"  source: {self._source_line(release, forced_source, result)}")
        article = result.article
        write(
            self.style.SUCCESS(
                f"  created draft #{article.pk} “{article.slug}” "
                f"({article.get_article_type_display()})"
            )
        )

    def _planned_source(self, release, forced_source):
        if forced_source is not None:
            return f"{forced_source.name} (forced by --source)"
        if not release.signature:
            return "none (no signature)"
        existing = source_for_signature(release.signature)
        if existing is not None:
            return f"{existing.name} (matched)"
        return f"{release.signature} (would be created, unverified)"

    def _source_line(self, release, forced_source, result):
        if forced_source is not None:
            return f"{forced_source.name} (forced by --source)"
        if result.source is None:
            return "none (no signature)"
        if result.source_created:
            return f"{result.source.name} (created, unverified: an editor should check it)"
        return f"{result.source.name} (matched)"
