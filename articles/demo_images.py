"""Featured images for the demo site, drawn with Pillow (nothing is downloaded)."""

import hashlib
import io
import textwrap

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

SIZE = (1200, 675)
PALETTE = [
    ((128, 18, 24), (214, 92, 56)),
    ((14, 52, 96), (64, 140, 180)),
    ((22, 90, 60), (132, 180, 90)),
    ((70, 40, 110), (190, 120, 170)),
    ((110, 70, 10), (220, 170, 60)),
    ((30, 30, 40), (110, 110, 130)),
]


def draw_illustration(title, *, label):
    """A gradient card with the story's title: recognisable, light, deterministic."""
    digest = hashlib.sha256(title.encode()).digest()
    top, bottom = PALETTE[digest[0] % len(PALETTE)]
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    width, height = SIZE
    for y in range(height):
        mix = y / (height - 1)
        colour = tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    for index in range(6):
        radius = 60 + digest[index + 1] % 180
        x, y = digest[index + 7] * width // 255, digest[index + 13] * height // 255
        draw.ellipse(
            [x - radius, y - radius, x + radius, y + radius], outline=(255, 255, 255), width=3
        )
    draw.text((64, 56), label.upper(), font=ImageFont.load_default(size=34), fill=(255, 255, 255))
    headline_font = ImageFont.load_default(size=54)
    for row, line in enumerate(textwrap.wrap(title, width=36)[:5]):
        draw.text((64, 300 + row * 68), line, font=headline_font, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80, optimize=True)
    return ContentFile(buffer.getvalue(), name=f"{digest.hex()[:16]}.jpg")
