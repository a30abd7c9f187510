from images.services import image_ingest
from tests.images import samples


def make_image(data=None, name="foto.jpg", **metadata):
    """A library image through the real ingest path (validation, hashing, storage)."""
    metadata.setdefault("title", "Foto uji")
    metadata.setdefault("alt_text", "Warga berkumpul di balai desa")
    image, created = image_ingest(
        upload=samples.upload(data or samples.jpeg_bytes(), name=name), **metadata
    )
    assert created
    return image
