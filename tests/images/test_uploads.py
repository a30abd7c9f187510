import errno
import os
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage
from django.urls import reverse

from images.models import Image
from tests.images import samples

pytestmark = pytest.mark.django_db

ADD = reverse("admin:images_image_add")


def post_upload(client, data, name="foto.jpg", **fields):
    form = {"title": "Foto", "alt_text": "Sebuah foto", "caption": "", "credit": "", "source": ""}
    form.update({"copyright_note": "", "upload": samples.upload(data, name=name)}, **fields)
    return client.post(ADD, form)


HOSTILE = {
    "decompression bomb": (samples.png_bomb, "bom.png"),
    "bomb in a text chunk": (samples.png_text_bomb, "teks.png"),
    "truncated JPEG": (samples.truncated_jpeg, "potong.jpg"),
    "SVG with script": (lambda: samples.SVG_WITH_SCRIPT, "gambar.svg"),
    "HTML/JPEG polyglot": (samples.html_jpeg_polyglot, "poliglot.jpg"),
    "HTML with an image extension": (lambda: samples.HTML_PAGE, "foto.jpg"),
    "plain text": (lambda: b"bukan gambar sama sekali", "catatan.png"),
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_uploads_are_refused_and_store_nothing(editor_client, storage_snapshot, kind):
    make, name = HOSTILE[kind]
    before = storage_snapshot()
    response = post_upload(editor_client, make(), name=name)
    assert response.status_code == 200
    assert "upload" in response.context["adminform"].form.errors
    assert Image.objects.count() == 0
    assert set(storage_snapshot()) - set(before) == set(), set(storage_snapshot()) ^ set(before)


def test_oversized_upload_is_refused(editor_client, storage_snapshot, settings):
    settings.IMAGE_MAX_UPLOAD_BYTES = 10_000
    before = storage_snapshot()
    response = post_upload(editor_client, samples.noisy_jpeg_bytes())
    assert response.status_code == 200
    assert "lebih besar" in str(response.context["adminform"].form.errors["upload"])
    assert not Image.objects.exists() and storage_snapshot() == before


def test_too_many_pixels_is_refused(editor_client, settings):
    settings.IMAGE_MAX_PIXELS = 100
    response = post_upload(editor_client, samples.jpeg_bytes((20, 20)))
    assert "upload" in response.context["adminform"].form.errors
    assert not Image.objects.exists()


def test_long_animations_are_refused(editor_client, settings):
    settings.IMAGE_MAX_FRAMES = 3
    response = post_upload(editor_client, samples.gif_bytes(5), name="anim.gif")
    assert "upload" in response.context["adminform"].form.errors
    short = post_upload(editor_client, samples.gif_bytes(2), name="pendek.gif")
    assert short.status_code == 302


def test_alt_text_is_required_for_admin_uploads(editor_client):
    response = post_upload(editor_client, samples.jpeg_bytes(), alt_text="")
    assert "alt_text" in response.context["adminform"].form.errors
    assert not Image.objects.exists()


def test_a_good_upload_is_judged_by_content_not_name(editor_client, editor, settings):
    response = post_upload(editor_client, samples.png_bytes(), name="ternyata-png.jpg")
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.format == "PNG" and image.file.name.endswith(".png")
    assert (image.width, image.height) == (24, 16)
    assert image.uploaded_by == editor
    assert str(settings.PRIVATE_MEDIA_ROOT) in image.file.path
    assert str(settings.MEDIA_ROOT) not in image.file.path


def test_a_duplicate_upload_points_to_the_existing_image(editor_client):
    data = samples.jpeg_bytes()
    assert post_upload(editor_client, data).status_code == 302
    original = Image.objects.get()
    response = post_upload(editor_client, data, name="lagi.jpg")
    assert response.status_code == 200
    errors = str(response.context["adminform"].form.errors["upload"])
    assert reverse("admin:images_image_change", args=[original.pk]) in errors
    assert Image.objects.count() == 1


def test_every_formats_accepted(editor_client):
    from PIL import Image as PILImage

    for index, fmt in enumerate(["WEBP", "AVIF", "GIF"]):
        import io

        buffer = io.BytesIO()
        PILImage.new("RGB", (12 + index, 10), (index * 60, 0, 0)).save(buffer, format=fmt)
        assert (
            post_upload(editor_client, buffer.getvalue(), name=f"f.{fmt.lower()}").status_code
            == 302
        )
    assert sorted(Image.objects.values_list("format", flat=True)) == ["AVIF", "GIF", "WEBP"]


def test_a_full_disk_is_a_clear_error_and_leaves_nothing_behind(editor_client, storage_snapshot):
    def disk_fills_up(storage, name, content):
        # Write half the file for real, then fail as a full disk does.
        path = Path(storage.path(name))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.read()[: content.size // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    before = storage_snapshot()
    with mock.patch.object(FileSystemStorage, "_save", disk_fills_up):
        response = post_upload(editor_client, samples.jpeg_bytes())
    # Back to the upload form, with the reason.
    assert response.status_code == 302 and response["Location"] == ADD
    page = editor_client.get(ADD).content.decode()
    assert "No space left on device" in page and "Tidak ada yang disimpan" in page
    assert Image.objects.count() == 0
    assert set(storage_snapshot()) - set(before) == set(), set(storage_snapshot()) ^ set(before)
