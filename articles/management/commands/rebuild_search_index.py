"""Recompute the PostgreSQL search column and its index (after changing the stopword list)."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from articles import search_schema


class Command(BaseCommand):
    help = (
        "Recompute every story's full-text search vector with the current stopwords, "
        "rebuild its GIN index and the trigger that keeps it (PostgreSQL)."
    )

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            self.stdout.write("Nothing to do: search on this database needs no index.")
            return
        with transaction.atomic(), connection.cursor() as cursor:
            search_schema.rebuild(cursor)
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
