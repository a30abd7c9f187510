"""Restore an archive written by export_content into a new, empty database.

All or nothing: the archive is checked whole first, then restored in one
transaction. See docs/backup-format.md.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from backups.formats import ArchiveError
from backups.restoring import content_import


class Command(BaseCommand):
    @property
    def help(self):
        return _("Restore an archive from export_content into an empty database.")

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help=_("The archive's directory."))

    def handle(self, *args, directory, **options):
        try:
            summary = content_import(directory=directory, progress=self.progress)
        except ArchiveError as error:
            raise CommandError(
                _("%(problem)s Nothing was imported.") % {"problem": error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(records)d records and %(files)d files from %(dir)s.")
                % {"records": summary.records, "files": summary.files, "dir": directory}
            )
        )

    def progress(self, name, count):
        self.stdout.write(
            ngettext("  %(file)s: %(count)d record", "  %(file)s: %(count)d records", count)
            % {"file": name, "count": count}
        )
