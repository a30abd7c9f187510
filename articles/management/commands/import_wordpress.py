"""Import a WordPress export (WXR): posts, pages and, from a local copy, media.

One transaction per run: a malformed file or any error leaves the database as
it was. See articles/wordpress/importer.py for identity and re-run rules.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.wordpress.importer import WordPressImporter
from articles.wordpress.parser import WXRError


class Command(BaseCommand):
    help = "Import posts, pages and attachments from a WordPress export (WXR) file."

    def add_arguments(self, parser):
        parser.add_argument("export", metavar="EXPORT.xml", help="The WXR file.")
        parser.add_argument(
            "--media-dir",
            metavar="DIR",
            help="A copy of wp-content/uploads; attachments are read from here, never downloaded.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Do everything, then roll it back."
        )

    def handle(self, *args, export, media_dir=None, dry_run=False, **options):
        path = Path(export)
        if not path.is_file():
            raise CommandError(f"{export}: no such file.")
        if media_dir and not Path(media_dir).is_dir():
            raise CommandError(f"--media-dir {media_dir}: not a directory.")

        def progress(total):
            return tqdm(total=total, unit="item", file=self.stderr._out, disable=None)

        importer = WordPressImporter(path, media_dir=media_dir, dry_run=dry_run, progress=progress)
        try:
            report = importer.run()
        except WXRError as error:
            raise CommandError(f"{export}: {error} Nothing was imported.") from error
        for line in report.lines(dry_run=dry_run):
            self.stdout.write(line)
