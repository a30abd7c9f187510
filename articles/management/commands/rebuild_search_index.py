"""Rebuild the PostgreSQL search column and index (after changing the stopword list)."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from articles import search_schema


class Command(BaseCommand):
    help = "Drop and recreate the full-text search column and its GIN index (PostgreSQL)."

    def handle(self, *args, **options):
        if connection.vendor != "postgresql":
            self.stdout.write("Nothing to do: search on this database needs no index.")
            return
        with transaction.atomic(), connection.cursor() as cursor:
            search_schema.drop_search_column(cursor)
            search_schema.create_search_column(cursor)
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
