"""Write the site's content, accounts and files to an archive directory.

See docs/backup-format.md for what is in it and import_content for the way back.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from backups.exporting import content_export
from backups.formats import FORMAT_VERSION, ArchiveError


class Command(BaseCommand):
    @property
    def help(self):
        return _(
            "Export stories, pages, images, redirects, accounts and roles to a versioned archive."
        )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help=_("A new or empty directory."))
        parser.add_argument(
            "--with-credentials",
            action="store_true",
            help=_(
                "Include password hashes so accounts keep their passwords. "
                "Keep such an archive as safe as the database."
            ),
        )

    def handle(self, *args, directory, with_credentials=False, **options):
        try:
            summary = content_export(
                directory=directory, with_credentials=with_credentials, progress=self.progress
            )
        except ArchiveError as error:
            raise CommandError(str(error)) from error
        except OSError as error:  # unwritable or missing parent, full disk
            raise CommandError(
                _("Cannot write the archive to %(dir)s: %(reason)s.")
                % {"dir": directory, "reason": error.strerror or error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Exported %(records)d records and %(files)d files to %(dir)s "
                    "(format version %(version)d)."
                )
                % {
                    "records": summary.records,
                    "files": summary.files,
                    "dir": directory,
                    "version": FORMAT_VERSION,
                }
            )
        )
        if with_credentials:
            self.stdout.write(
                self.style.WARNING(_("The archive holds password hashes: store it securely."))
            )

    def progress(self, name, count):
        self.stdout.write(
            ngettext("  %(file)s: %(count)d record", "  %(file)s: %(count)d records", count)
            % {"file": name, "count": count}
        )
