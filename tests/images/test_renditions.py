import io
from pathlib import Path

import pytest
from django.urls import reverse
from PIL import ExifTags
from PIL import Image as PILImage

from images import renditions
from images.models import Image
from tests.factories import ArticleFactory, PublishedArticleFactory
from tests.images import samples
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db


def fetch(client, image, spec, fmt):
    response = client.get(renditions.rendition_url(image, spec, fmt))
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content), response


def test_rotated_gps_photo_is_served_upright_without_location_or_camera(client, settings):
    image = make_image(samples.jpeg_with_gps_rotated())
    assert (image.width, image.height) == (20, 40)  # upright dimensions
    for spec in ("w400", "crop16x9", "crop1x1"):
        for fmt in renditions.SPECS[spec].formats:
            data, response = fetch(client, image, spec, fmt)
            assert response["Content-Type"] == renditions.FORMATS[fmt][1]
            with PILImage.open(io.BytesIO(data)) as served:
                assert served.size == renditions.output_size(image, spec)
                exif = served.getexif()
                assert ExifTags.IFD.GPSInfo not in exif and ExifTags.Base.Make not in exif
                assert b"KameraRahasia" not in data
    data, _ = fetch(client, image, "w400", "jpg")
    with PILImage.open(io.BytesIO(data)) as upright:
        top = upright.convert("RGB").getpixel((10, 5))
        assert top[0] > 200 and top[2] < 60  # the red half is now on top


def test_original_is_not_reachable_by_url(client, settings):
    image = make_image()
    assert not Path(image.file.path).is_relative_to(settings.MEDIA_ROOT)
    assert client.get(f"/media/{image.file.name}").status_code == 404
    assert client.get(f"/media/private/{image.file.name}").status_code == 404


def test_first_request_encodes_second_does_no_image_work(client, monkeypatch):
    image = make_image()
    calls = []
    real_render = renditions.render
    monkeypatch.setattr(renditions, "render", lambda *a: calls.append(a) or real_render(*a))
    first, response = fetch(client, image, "crop4x3", "jpg")
    second, _ = fetch(client, image, "crop4x3", "jpg")
    assert len(calls) == 1 and first == second
    assert "immutable" in response["Cache-Control"]


def test_upload_prepares_the_first_needed_sizes(django_capture_on_commit_callbacks, settings):
    with django_capture_on_commit_callbacks(execute=True):
        image = make_image(samples.noisy_jpeg_bytes((900, 600)))
    storage_root = Path(settings.MEDIA_ROOT)
    for spec, fmt in renditions.FIRST_NEEDED:
        assert (storage_root / renditions.rendition_path(image, spec, fmt)).exists()
    assert not (storage_root / renditions.rendition_path(image, "w1200", "avif")).exists()


def test_no_upscaling_and_srcset_stops_at_full_size():
    image = make_image(samples.jpeg_bytes((500, 250)))
    assert renditions.srcset_specs(image) == ["w400", "w800"]
    assert renditions.output_size(image, "w800") == (500, 250)
    assert renditions.output_size(image, "crop1x1") == (250, 250)


def test_crops_follow_the_focal_point():
    image = make_image(samples.jpeg_bytes((1000, 500)))
    image.focal_x, image.focal_y = 0.9, 0.5
    assert renditions.crop_box(image, (1, 1)) == (500, 0, 1000, 500)
    image.focal_x = 0.1
    assert renditions.crop_box(image, (1, 1)) == (0, 0, 500, 500)


def test_moving_the_focal_point_renames_crops_and_redirects_old_addresses(client, editor_client):
    image = make_image(samples.jpeg_bytes((300, 200)))
    old_url = renditions.rendition_url(image, "crop1x1", "jpg")
    fetch(client, image, "crop1x1", "jpg")
    form = {
        "title": image.title,
        "alt_text": image.alt_text,
        "caption": "",
        "credit": "",
        "source": "",
        "copyright_note": "",
        "focal_x": "0.2",
        "focal_y": "0.5",
    }
    change = reverse("admin:images_image_change", args=[image.pk])
    assert editor_client.post(change, form).status_code == 302
    image.refresh_from_db()
    new_url = renditions.rendition_url(image, "crop1x1", "jpg")
    assert new_url != old_url
    assert client.get(old_url)["Location"] == new_url


@pytest.mark.parametrize(
    "name",
    [
        "1-0000000000000000-w400.jpg",
        "x.jpg",
        "{pk}-{hash}-w9999.jpg",
        "{pk}-{hash}-crop1x1-5050.webp",
    ],
)
def test_unknown_renditions_are_404(client, name):
    image = make_image()
    name = name.format(pk=image.pk, hash=image.content_hash[:16])
    assert client.get(f"/media/renditions/{image.content_hash[:2]}/{name}").status_code == 404


def test_article_page_serves_pictures_with_modern_formats_and_dimensions(client):
    image = make_image(samples.jpeg_bytes((1600, 900)))
    story = PublishedArticleFactory(featured_image=image)
    html = client.get(story.get_absolute_url()).content.decode()
    assert '<source type="image/avif" srcset="' in html
    assert '<source type="image/webp" srcset="' in html
    assert 'width="800" height="450"' in html
    assert renditions.rendition_url(image, "w1200", "avif") + " 1200w" in html
    assert f'alt="{image.alt_text}"' in html
    og = renditions.rendition_url(image, "crop16x9", "jpg")
    assert f'<meta property="og:image" content="http://testserver{og}">' in html


def test_an_image_in_use_cannot_be_deleted(editor_client):
    featured = make_image(samples.jpeg_bytes(colour=(1, 2, 3)))
    inline = make_image(samples.jpeg_bytes(colour=(3, 2, 1)))
    ArticleFactory(featured_image=featured)
    ArticleFactory(body=f'<figure class="inline-image" data-image-id="{inline.pk}"></figure>')
    for image in (featured, inline):
        url = reverse("admin:images_image_delete", args=[image.pk])
        response = editor_client.post(url, {"post": "yes"})
        assert response.status_code == 200
        assert Image.objects.filter(pk=image.pk).exists()


def test_deleting_an_unused_image_removes_its_files(
    editor_client, django_capture_on_commit_callbacks
):
    image = make_image()
    path, rendition = Path(image.file.path), renditions.ensure_rendition(image, "w400", "jpg")
    rendition_file = Path(renditions.rendition_storage().path(rendition))
    url = reverse("admin:images_image_delete", args=[image.pk])
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert not Image.objects.exists()
    assert not path.exists() and not rendition_file.exists()


def test_where_used_lists_the_stories(editor_client):
    image = make_image()
    story = ArticleFactory(featured_image=image, headline="Berita dengan foto")
    html = editor_client.get(reverse("admin:images_image_change", args=[image.pk])).content.decode()
    assert "Berita dengan foto" in html
    assert reverse("admin:articles_article_change", args=[story.pk]) in html


def test_library_flags_images_needing_alt_text(editor_client):
    make_image(alt_text="", title="Impor tanpa alt")
    make_image(samples.jpeg_bytes(colour=(9, 9, 9)), title="Lengkap")
    html = editor_client.get(
        reverse("admin:images_image_changelist") + "?alt=missing"
    ).content.decode()
    assert "Impor tanpa alt" in html and "Lengkap" not in html


def test_chooser_search_returns_thumbnails(editor_client):
    image = make_image(title="Banjir di Kampung Melayu")
    make_image(samples.jpeg_bytes(colour=(0, 0, 0)), title="Rapat kabinet")
    response = editor_client.get(reverse("admin:images_image_choose"), {"q": "banjir"})
    [result] = response.json()["results"]
    assert result["id"] == image.pk
    assert result["thumbnail"] == renditions.rendition_url(image, "w400", "jpg")


def test_regenerate_renditions_command(settings, capsys):
    from django.core.management import call_command

    image = make_image()
    stale = Path(
        renditions.rendition_storage().path(renditions.ensure_rendition(image, "w1200", "webp"))
    )
    call_command("regenerate_renditions")
    assert not stale.exists()
    for spec, fmt in renditions.FIRST_NEEDED:
        assert Path(settings.MEDIA_ROOT, renditions.rendition_path(image, spec, fmt)).exists()
    assert "0 image(s) failed" in capsys.readouterr().out
