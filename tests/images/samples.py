"""Image files for tests, good and hostile, made in memory and kept tiny."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image


def upload(data, name="foto.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_bytes(size=(40, 30), colour=(200, 30, 30), exif=None):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG", **({"exif": exif} if exif else {}))
    return buffer.getvalue()


def png_bytes(size=(24, 16), mode="RGBA"):
    buffer = io.BytesIO()
    Image.new(mode, size, (10, 120, 200, 128) if mode == "RGBA" else 90).save(buffer, format="PNG")
    return buffer.getvalue()


def noisy_jpeg_bytes(size=(400, 400)):
    buffer = io.BytesIO()
    Image.effect_noise(size, 80).convert("RGB").save(buffer, format="JPEG", quality=95)
    return buffer.getvalue()


def gif_bytes(frames):
    images = [
        Image.new("RGB", (8, 8), (index * 40 % 256, 255 - index * 30, 0)) for index in range(frames)
    ]
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:], duration=50)
    return buffer.getvalue()


def jpeg_with_gps_rotated():
    """A 40×20 picture whose EXIF says "rotate 90° clockwise" and where it was taken."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "KameraRahasia"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "S",
        ExifTags.GPS.GPSLatitude: (6.0, 10.0, 30.0),
        ExifTags.GPS.GPSLongitudeRef: "E",
        ExifTags.GPS.GPSLongitude: (106.0, 49.0, 0.0),
    }
    buffer = io.BytesIO()
    picture = Image.new("RGB", (40, 20), (0, 0, 255))
    picture.paste((255, 0, 0), (0, 0, 20, 20))  # left half red, to see the rotation
    picture.save(buffer, format="JPEG", exif=exif.tobytes(), quality=95)
    return buffer.getvalue()


def _png_chunk(kind, payload):
    body = kind + payload
    return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))


def png_bomb(width=100_000, height=100_000):
    """A few hundred bytes claiming ten billion pixels."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


def png_text_bomb():
    """A valid small PNG with a compressed text chunk that inflates to 20 MB."""
    original = png_bytes()
    bomb = _png_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"A" * 20_000_000, 9))
    return original[:33] + bomb + original[33:]


def truncated_jpeg():
    data = noisy_jpeg_bytes((200, 200))
    return data[: len(data) // 2]


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script><rect width='10' height='10'/></svg>"
)


def html_jpeg_polyglot():
    return jpeg_bytes() + b"<html><body><script>alert(1)</script></body></html>"


HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
