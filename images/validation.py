"""Upload checks: an image is judged by its content, never by its name or declared type."""

import re
import warnings
from dataclasses import dataclass

from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "AVIF": "avif"}

# Markup or code inside an image file means a polyglot: a file that is also
# a web page or script. Originals are never served, but we keep none of them.
_MARKUP = re.compile(
    rb"<\s*(?:script|html|body|svg|iframe|object|embed|meta|\?php)\b|javascript\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ImageFacts:
    format: str
    extension: str
    width: int
    height: int
    frames: int


def inspect_upload(upload):
    """Return the facts of a safe image upload, or raise ``ValidationError``.

    Reads the whole file (bounded by IMAGE_MAX_UPLOAD_BYTES) and decodes it
    fully, so truncated and corrupt files are caught here, not while a reader
    waits for a rendition.
    """
    limit = settings.IMAGE_MAX_UPLOAD_BYTES
    if upload.size is not None and upload.size > limit:
        raise _error("too_large", limit=limit)
    upload.seek(0)
    data = upload.read(limit + 1)
    upload.seek(0)
    if len(data) > limit:
        raise _error("too_large", limit=limit)
    if _MARKUP.search(data):
        raise ValidationError(
            _("The file contains web page or script code; it is not accepted as an image."),
            code="polyglot",
        )
    facts = _read_header(upload)
    _decode_fully(upload, facts)
    upload.seek(0)
    return facts


def _read_header(upload):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                image_format = image.format
                width, height = image.size
                frames = getattr(image, "n_frames", 1)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _error("too_many_pixels") from None
    except (UnidentifiedImageError, ValueError, OSError, SyntaxError):
        # ValueError: Pillow's guard against oversized (compressed) text chunks.
        raise ValidationError(
            _("This is not an image we accept: upload a JPEG, PNG, WebP, GIF or AVIF file."),
            code="not_an_image",
        ) from None
    if image_format not in ACCEPTED_FORMATS:
        raise ValidationError(
            _("Images in %(format)s format are not accepted: use JPEG, PNG, WebP, GIF or AVIF.")
            % {"format": image_format},
            code="format",
        )
    if width * height > settings.IMAGE_MAX_PIXELS:
        raise _error("too_many_pixels")
    if frames > settings.IMAGE_MAX_FRAMES:
        raise ValidationError(
            _("The animation has %(frames)d frames; at most %(limit)d are accepted.")
            % {"frames": frames, "limit": settings.IMAGE_MAX_FRAMES},
            code="too_many_frames",
        )
    return ImageFacts(image_format, ACCEPTED_FORMATS[image_format], width, height, frames)


def _decode_fully(upload, facts):
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            for frame in range(facts.frames):
                image.seek(frame)
                image.load()
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        raise ValidationError(
            _("The image file is damaged or incomplete. Export it again and retry."),
            code="corrupt",
        ) from None


def _error(code, **params):
    messages = {
        "too_large": _("The file is larger than the limit of %(limit)s."),
        "too_many_pixels": _("The image has more pixels than the limit of %(pixels)s."),
    }
    values = {
        "limit": filesizeformat(params.get("limit", 0)),
        "pixels": intcomma(settings.IMAGE_MAX_PIXELS),
    }
    return ValidationError(messages[code] % values, code=code)
