"""Apply the revision retention policy: everything for 90 days, then one a day."""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models.functions import TruncDate
from django.utils import timezone

from articles.models import ArticleRevision


class Command(BaseCommand):
    help = "Keep every revision younger than --keep-days; older ones thin to one per story and day."

    def add_arguments(self, parser):
        parser.add_argument("--keep-days", type=int, default=90)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, keep_days=90, dry_run=False, **options):
        cutoff = timezone.now() - timedelta(days=keep_days)
        old = (
            ArticleRevision.objects.filter(created_at__lt=cutoff)
            .annotate(day=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
            .order_by("article_id", "day", "-version", "-pk")
            .values_list("pk", "article_id", "day")
        )
        keep, drop, seen = 0, [], set()
        for pk, article_id, day in old.iterator():
            # The newest revision of each story and day survives.
            if (article_id, day) in seen:
                drop.append(pk)
            else:
                seen.add((article_id, day))
                keep += 1
        if not dry_run:
            for start in range(0, len(drop), 1000):
                ArticleRevision.objects.filter(pk__in=drop[start : start + 1000]).delete()
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(f"{verb} {len(drop)} old revisions; kept {keep} (one per story and day).")
