"""Re-encode every rendition (after changing encoder settings or specs)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from images import renditions
from images.models import Image


class Command(BaseCommand):
    help = "Delete and re-encode all renditions of every image (or of --image IDs)."

    def add_arguments(self, parser):
        parser.add_argument("--image", type=int, action="append", help="Only this image id.")
        parser.add_argument(
            "--all-sizes",
            action="store_true",
            help="Encode every rendition now instead of only the first-needed ones.",
        )

    def handle(self, *args, image=None, all_sizes=False, **options):
        images = Image.objects.order_by("pk")
        if image:
            images = images.filter(pk__in=image)
        wanted = (
            [(name, fmt) for name, spec in renditions.SPECS.items() for fmt in spec.formats]
            if all_sizes
            else renditions.FIRST_NEEDED
        )
        failures = 0
        progress = tqdm(images.iterator(), total=images.count(), unit="image", file=self.stderr)
        for picture in progress:
            renditions.delete_renditions(picture)
            try:
                for spec_name, fmt in wanted:
                    renditions.ensure_rendition(picture, spec_name, fmt)
            except (OSError, ValueError) as error:
                failures += 1
                self.stderr.write(f"Image {picture.pk}: {error}")
        self.stdout.write(f"Renditions regenerated; {failures} image(s) failed.")
