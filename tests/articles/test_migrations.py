"""The featured-image move into the library keeps every picture and its words."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from articles.models import Article
from images import renditions
from tests.images import samples

BEFORE = [("articles", "0001_initial"), ("images", "0001_initial")]
AFTER = [("articles", "0002_image_library"), ("images", "0001_initial")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_featured_images_move_into_the_library_losing_nothing(settings):
    old = migrate(BEFORE)
    Section, OldArticle = old.get_model("articles", "Section"), old.get_model("articles", "Article")
    section = Section.objects.create(name="Daerah", slug="daerah")
    shared = samples.jpeg_bytes((60, 40), colour=(10, 200, 10))
    rotated = samples.jpeg_with_gps_rotated()

    def story(slug, data, **fields):
        article = OldArticle(
            headline=slug.title(), slug=slug, section=section, created_at=timezone.now(), **fields
        )
        article.featured_image.save(f"{slug}.jpg", ContentFile(data), save=False)
        article.save()
        return article

    story(
        "satu",
        shared,
        featured_image_alt="Sawah hijau",
        featured_image_caption="Panen",
        featured_image_credit="Humas",
    )
    story(
        "dua",
        shared,
        featured_image_alt="Sawah di Subang",
        featured_image_caption="Panen",
        featured_image_credit="Warga",
    )
    story(
        "tiga",
        rotated,
        featured_image_alt="Tugu",
        featured_image_caption="",
        featured_image_credit="",
    )
    OldArticle.objects.create(headline="Tanpa foto", slug="tanpa", section=section)
    public_names = [a.featured_image.name for a in OldArticle.objects.exclude(featured_image="")]

    migrate(AFTER)
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    one, two, three, bare = (Article.objects.get(slug=s) for s in ("satu", "dua", "tiga", "tanpa"))
    assert one.featured_image == two.featured_image  # deduplicated by content
    library = one.featured_image
    assert (library.alt_text, library.caption, library.credit) == ("Sawah hijau", "Panen", "Humas")
    assert one.featured_alt() == "Sawah hijau" and one.featured_caption() == "Panen"
    # The second story keeps its own words as overrides.
    assert two.featured_alt() == "Sawah di Subang"
    assert two.featured_caption() == "Panen (Warga)"
    assert (three.featured_image.width, three.featured_image.height) == (20, 40)
    assert three.featured_image.file.storage.exists(three.featured_image.file.name)
    assert bare.featured_image is None
    # Old public copies are gone; readers get renditions.
    assert not any(default_storage.exists(name) for name in public_names)
    assert renditions.ensure_rendition(three.featured_image, "w400", "jpg")
