"""Writes to the image library. The admin, the demo loader and importers call these."""

import hashlib
import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from PIL import ExifTags
from PIL import Image as PILImage

from . import renditions
from .models import Image
from .validation import inspect_upload

logger = logging.getLogger(__name__)
ROTATED_ORIENTATIONS = {5, 6, 7, 8}


def content_hash(upload):
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in iter(lambda: upload.read(1024 * 1024), b""):
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


def find_duplicate(upload):
    return Image.objects.filter(content_hash=content_hash(upload)).first()


def image_ingest(*, upload, uploaded_by=None, image=None, **metadata):
    """Add an upload to the library; returns ``(image, created)``.

    Raises ``ValidationError`` for anything but a safe image, storing nothing.
    An upload already in the library (same content) returns the existing image.
    """
    facts = inspect_upload(upload)
    digest = content_hash(upload)
    existing = Image.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    image = image or Image()
    for field, value in metadata.items():
        setattr(image, field, value)
    if not image.title:
        image.title = (getattr(upload, "name", "") or digest[:12]).rsplit("/", 1)[-1]
    image.width, image.height = _display_size(upload, facts)
    image.file_size, image.format, image.content_hash = upload.size, facts.format, digest
    image.uploaded_by = uploaded_by
    # The stored name comes from the content, never from the uploaded name.
    storage = image.file.storage
    target = storage.get_available_name(
        image.file.field.generate_filename(image, f"{digest[:24]}.{facts.extension}")
    )
    try:
        image.file = storage.save(target, upload)
    except OSError as error:
        _discard_partial(storage, target)
        raise ValidationError(
            _(
                "The server could not store this file (%(reason)s). Nothing was saved; "
                "please tell the site administrator."
            )
            % {"reason": error.strerror or error.__class__.__name__},
            code="storage",
        ) from error
    try:
        with transaction.atomic():
            image.save()
    except IntegrityError:
        image.file.delete(save=False)
        return Image.objects.get(content_hash=digest), False
    transaction.on_commit(lambda: renditions.generate_first_needed(image))
    return image, True


def _discard_partial(storage, name):
    """Remove what a failed write left behind (a full disk stops mid-file)."""
    try:
        if storage.exists(name):
            storage.delete(name)
    except OSError:
        logger.exception("Could not remove the partial upload %s", name)


def image_save(*, image, previous_focal_key=None):
    """Save edits; a moved focal point drops the old crops and prepares the new ones."""
    image.full_clean(exclude=["file"])
    image.save()
    if previous_focal_key is not None and previous_focal_key != image.focal_key:
        transaction.on_commit(lambda: _refresh_crops(image))
    return image


def image_delete(*, image):
    """Delete an unused image with its original and renditions (ProtectedError if in use)."""
    image_copy = Image(pk=image.pk, content_hash=image.content_hash, file=image.file.name)
    image.delete()
    transaction.on_commit(lambda: _remove_files(image_copy))


def _refresh_crops(image):
    renditions.delete_renditions(image, crops_only=True)
    renditions.generate_first_needed(image)


def _remove_files(image):
    renditions.delete_renditions(image)
    image.file.storage.delete(image.file.name)


def _display_size(upload, facts):
    upload.seek(0)
    with PILImage.open(upload) as picture:
        orientation = picture.getexif().get(ExifTags.Base.Orientation, 1)
    upload.seek(0)
    if orientation in ROTATED_ORIENTATIONS:
        return facts.height, facts.width
    return facts.width, facts.height
