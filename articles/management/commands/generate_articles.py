"""Fill the database with a realistic archive of fake stories, for scale tests.

See articles/generator.py for what is generated and docs/scale.md for timings.
"""

import os
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from tqdm import tqdm

from articles import generator, generator_db


class Command(BaseCommand):
    help = (
        "Generate N realistic fake stories (sections, sources, authors, tags, drafts, "
        "scheduled and taken-down stories, corrections). Deterministic for a given seed, "
        "span and time. Refuses production settings unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many stories to generate.")
        parser.add_argument("--seed", type=int, default=0, help="Random seed (default 0).")
        parser.add_argument(
            "--days",
            type=int,
            default=generator.DAYS,
            help=(
                f"Days back from now the stories are spread over (default {generator.DAYS}, "
                "ten years). Keep N/days constant to compare archives of equal density."
            ),
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="PostgreSQL: processes making and writing stories (default: one per CPU core).",
        )
        parser.add_argument(
            "--keep-indexes",
            action="store_true",
            help=(
                "PostgreSQL: keep every index and foreign key in place even for a large load "
                "(by default they are rebuilt after a load that at least doubles the archive)."
            ),
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even on production settings (only ever on a throwaway copy).",
        )

    def handle(self, *args, count, seed, days, workers, keep_indexes, force, **options):
        if count < 1:
            raise CommandError("Give a number of stories above zero.")
        if days < 1:
            raise CommandError("Give a span of at least one day.")
        if workers is not None and workers < 1:
            raise CommandError("Give at least one worker.")
        try:
            generator_db.refuse_production(force)
            disk = generator_db.check_disk(count)
        except generator_db.GenerationRefused as refusal:
            raise CommandError(str(refusal)) from None
        if disk.free is None:
            self.stderr.write("Free disk space could not be checked on this database server.")
        workers = workers or (os.cpu_count() or 1)
        if connection.vendor != "postgresql":
            workers = 1
        # tqdm's monitor thread would make the worker processes fork a threaded process.
        tqdm.monitor_interval = 0
        started = time.monotonic()

        def notify(message):
            if options["verbosity"]:
                tqdm.write(message, file=self.stderr._out)

        with tqdm(
            total=count,
            unit="story",
            file=self.stderr._out,
            disable=None if options["verbosity"] else True,
        ) as bar:
            generator_db.generate(
                count,
                seed=seed,
                days=days,
                workers=workers,
                bulk=False if keep_indexes else None,
                progress=bar.update,
                notify=notify,
            )
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Generated {count} stories in {seconds:.1f} s "
                f"({count / seconds:.0f} stories/s, {workers} writer(s))."
            )
        )
