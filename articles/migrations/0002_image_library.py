"""Move featured images into the image library, losing nothing.

Each article's picture file becomes a library Image (deduplicated by content)
with the article's alt text, caption and credit. Where a shared picture's
metadata differs between articles, the article keeps its own alt text and
caption (with the credit) as per-story overrides. The old public copy is
removed once the migration commits: originals now live in private storage.
"""

import hashlib

import django.db.models.deletion
from django.core.files.base import ContentFile
from django.db import migrations, models, transaction
from PIL import ExifTags
from PIL import Image as PILImage

EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "AVIF": "avif"}


def _describe(data):
    import io

    with PILImage.open(io.BytesIO(data)) as picture:
        width, height = picture.size
        orientation = picture.getexif().get(ExifTags.Base.Orientation, 1)
        image_format = picture.format
    if orientation in {5, 6, 7, 8}:
        width, height = height, width
    return width, height, image_format


def move_featured_images(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Image = apps.get_model("images", "Image")
    moved_files = []
    for article in Article.objects.exclude(legacy_featured_image="").order_by("pk"):
        field = article.legacy_featured_image
        if not field.storage.exists(field.name):
            continue
        with field.storage.open(field.name) as handle:
            data = handle.read()
        digest = hashlib.sha256(data).hexdigest()
        image = Image.objects.filter(content_hash=digest).first()
        if image is None:
            width, height, image_format = _describe(data)
            image = Image(
                title=article.headline[:200],
                alt_text=article.featured_image_alt,
                caption=article.featured_image_caption,
                credit=article.featured_image_credit,
                width=width,
                height=height,
                file_size=len(data),
                format=image_format,
                content_hash=digest,
            )
            extension = EXTENSIONS.get(image_format, "bin")
            image.file.save(f"{digest[:24]}.{extension}", ContentFile(data), save=False)
            image.save()
            article.featured_image_alt = ""
            article.featured_image_caption = ""
        else:
            if article.featured_image_alt == image.alt_text:
                article.featured_image_alt = ""
            caption = article.featured_image_caption
            if article.featured_image_credit and article.featured_image_credit != image.credit:
                caption = f"{caption} ({article.featured_image_credit})".strip()
            article.featured_image_caption = "" if caption == image.caption else caption
        article.featured_image = image
        article.save(update_fields=["featured_image", "featured_image_alt", "featured_image_caption"])
        moved_files.append((field.storage, field.name))

    def remove_public_copies():
        for storage, name in moved_files:
            storage.delete(name)

    transaction.on_commit(remove_public_copies, using=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("images", "0001_initial"),
    ]

    operations = [
        migrations.RenameField("article", "featured_image", "legacy_featured_image"),
        migrations.AddField(
            model_name="article",
            name="featured_image",
            field=models.ForeignKey(
                blank=True,
                help_text="Choose from the image library (the magnifier opens it).",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="featured_articles",
                to="images.image",
                verbose_name="featured image",
            ),
        ),
        migrations.RunPython(move_featured_images, migrations.RunPython.noop, elidable=False),
        migrations.RemoveField(model_name="article", name="legacy_featured_image"),
        migrations.RemoveField(model_name="article", name="featured_image_credit"),
        migrations.RemoveField(model_name="article", name="featured_image_height"),
        migrations.RemoveField(model_name="article", name="featured_image_width"),
        migrations.AlterField(
            model_name="article",
            name="featured_image_alt",
            field=models.CharField(
                blank=True,
                help_text="Leave empty to use the library's alt text.",
                max_length=250,
                verbose_name="image alt text for this story",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="featured_image_caption",
            field=models.CharField(
                blank=True,
                help_text="Leave empty to use the library's caption.",
                max_length=400,
                verbose_name="image caption for this story",
            ),
        ),
        migrations.CreateModel(
            name="ArticleImage",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "article",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="inline_image_links",
                        to="articles.article",
                    ),
                ),
                (
                    "image",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="inline_uses",
                        to="images.image",
                        verbose_name="image",
                    ),
                ),
            ],
            options={
                "verbose_name": "inline image",
                "verbose_name_plural": "inline images",
                "constraints": [
                    models.UniqueConstraint(fields=("article", "image"), name="articles_unique_inline_image")
                ],
            },
        ),
    ]
