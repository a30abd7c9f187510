"""Renditions: the only image files readers ever get.

The set is derived from what the templates use:

- ``w400``, ``w800``, ``w1200``: widths for ``srcset`` on cards (about 22rem
  wide, so 400 and 800 for 1x/2x screens), the article figure (42rem: 800
  and 1200) and inline body images; each in AVIF, WebP and JPEG (fallback).
- ``crop16x9``, ``crop4x3``, ``crop1x1``: 1200-pixel-wide crops around the
  focal point, JPEG only, for social cards (Open Graph) and NewsArticle
  structured data, which ask for those three ratios.

That is 12 files per image at most. Nothing is ever upscaled: a width larger
than the original is not offered. Names are deterministic (image id, content
hash, spec, and for crops the focal point), so every file is encoded once and
can be cached forever; ``w800`` in all formats is made right after an upload
commits, the rest on first request under a per-file lock.
"""

import fcntl
import hashlib
import io
from contextlib import contextmanager
from dataclasses import dataclass

from django.conf import settings
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageOps

from .storage import private_storage, rendition_storage

FORMATS = {
    "avif": ("AVIF", "image/avif"),
    "webp": ("WEBP", "image/webp"),
    "jpg": ("JPEG", "image/jpeg"),
}
ALL_FORMATS = ("avif", "webp", "jpg")


@dataclass(frozen=True)
class Spec:
    name: str
    width: int
    ratio: tuple[int, int] | None = None
    formats: tuple[str, ...] = ALL_FORMATS


SPECS = {
    spec.name: spec
    for spec in (
        Spec("w400", 400),
        Spec("w800", 800),
        Spec("w1200", 1200),
        Spec("crop16x9", 1200, (16, 9), ("jpg",)),
        Spec("crop4x3", 1200, (4, 3), ("jpg",)),
        Spec("crop1x1", 1200, (1, 1), ("jpg",)),
    )
}
WIDTH_SPECS = ("w400", "w800", "w1200")
FIRST_NEEDED = [("w800", fmt) for fmt in ALL_FORMATS]


def rendition_name(image, spec_name, fmt):
    spec = SPECS[spec_name]
    focal = f"-{image.focal_key}" if spec.ratio else ""
    return f"{image.pk}-{image.content_hash[:16]}-{spec.name}{focal}.{fmt}"


def rendition_path(image, spec_name, fmt):
    return f"renditions/{image.content_hash[:2]}/{rendition_name(image, spec_name, fmt)}"


def rendition_url(image, spec_name, fmt):
    return rendition_storage().url(rendition_path(image, spec_name, fmt))


def crop_box(image, ratio):
    """The largest box of ``ratio`` around the focal point, in original pixels."""
    width, height = image.width, image.height
    target = ratio[0] / ratio[1]
    if width / height > target:
        box_w, box_h = round(height * target), height
    else:
        box_w, box_h = width, round(width / target)
    left = min(max(round(image.focal_x * width - box_w / 2), 0), width - box_w)
    top = min(max(round(image.focal_y * height - box_h / 2), 0), height - box_h)
    return left, top, left + box_w, top + box_h


def output_size(image, spec_name):
    """The rendition's pixel size, known without opening any file."""
    spec = SPECS[spec_name]
    if spec.ratio:
        left, top, right, bottom = crop_box(image, spec.ratio)
        source_w, source_h = right - left, bottom - top
    else:
        source_w, source_h = image.width, image.height
    width = min(spec.width, source_w)
    return width, max(1, round(source_h * width / source_w))


def srcset_specs(image):
    """Width specs worth offering: smaller than the original, plus one at full size."""
    offered = []
    for name in WIDTH_SPECS:
        offered.append(name)
        if SPECS[name].width >= image.width:
            break
    return offered


def render(image, spec_name, fmt):
    """Encode one rendition from the private original; returns the file's bytes."""
    spec = SPECS[spec_name]
    size = output_size(image, spec_name)
    with private_storage.open(image.file.name) as original, PILImage.open(original) as source:
        source.draft("RGB", (spec.width, spec.width))
        picture = ImageOps.exif_transpose(source)
        picture = picture.convert("RGBA" if _has_alpha(picture) else "RGB")
        if spec.ratio:
            scale_x, scale_y = picture.width / image.width, picture.height / image.height
            left, top, right, bottom = crop_box(image, spec.ratio)
            picture = picture.crop(
                (
                    round(left * scale_x),
                    round(top * scale_y),
                    round(right * scale_x),
                    round(bottom * scale_y),
                )
            )
        if picture.size != size:
            picture = picture.resize(size, PILImage.Resampling.LANCZOS)
        return _encode(picture, fmt)


def _has_alpha(picture):
    return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def _encode(picture, fmt):
    if fmt == "jpg" and picture.mode == "RGBA":
        background = PILImage.new("RGB", picture.size, (255, 255, 255))
        background.paste(picture, mask=picture.getchannel("A"))
        picture = background
    buffer = io.BytesIO()
    # No exif/xmp/icc arguments: renditions carry no location or camera data.
    picture.save(buffer, format=FORMATS[fmt][0], **settings.IMAGE_ENCODERS[fmt])
    return buffer.getvalue()


def ensure_rendition(image, spec_name, fmt):
    """Return the stored path of a rendition, encoding it at most once."""
    if fmt not in SPECS[spec_name].formats:
        raise ValueError(f"{spec_name} has no {fmt} rendition")
    path = rendition_path(image, spec_name, fmt)
    storage = rendition_storage()
    if storage.exists(path):
        return path
    with _lock(path):
        if not storage.exists(path):
            storage.save(path, ContentFile(render(image, spec_name, fmt)))
    return path


def generate_first_needed(image):
    for spec_name, fmt in FIRST_NEEDED:
        ensure_rendition(image, spec_name, fmt)


def delete_renditions(image, *, crops_only=False):
    storage = rendition_storage()
    folder = f"renditions/{image.content_hash[:2]}"
    prefix = f"{image.pk}-{image.content_hash[:16]}-"
    if not storage.exists(folder):
        return
    for name in storage.listdir(folder)[1]:
        if name.startswith(prefix) and (not crops_only or "-crop" in name):
            storage.delete(f"{folder}/{name}")


@contextmanager
def _lock(path):
    """An exclusive lock per rendition, across processes on this machine."""
    lock_dir = settings.VAR_DIR / "locks"
    lock_dir.mkdir(parents=True, exist_ok=True)
    lock_file = lock_dir / (
        hashlib.sha1(path.encode(), usedforsecurity=False).hexdigest() + ".lock"
    )
    with open(lock_file, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
