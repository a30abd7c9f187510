import re
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.embeds import embed_for
from articles.models import ArticleImage
from images import renditions
from tests.articles.test_admin import ADD, article_form
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
)
from tests.images import samples
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db


def figure(image, alt="", caption=""):
    caption_html = f"<figcaption>{caption}</figcaption>" if caption else ""
    return (
        f'<figure class="inline-image" data-image-id="{image.pk}">'
        f'<img src="/x.jpg" alt="{alt}">{caption_html}</figure>'
    )


def page(client, story):
    return client.get(story.get_absolute_url()).content.decode()


def test_inline_images_render_as_pictures_with_their_caption_and_credit(client):
    image = make_image(credit="Humas Pemprov", caption="Keterangan pustaka")
    story = PublishedArticleFactory(
        body=f"<p>Awal.</p>{figure(image, 'Alt khusus', 'Keterangan cerita')}"
    )
    html = page(client, story)
    assert '<figure class="inline-image"><picture>' in html
    assert 'alt="Alt khusus"' in html
    assert "Keterangan cerita" in html and "Foto: Humas Pemprov" in html
    assert renditions.rendition_url(image, "w400", "webp") in html
    assert 'src="/x.jpg"' not in html


def test_inline_image_references_are_kept_in_step_with_the_body():
    first, second = make_image(), make_image(samples.jpeg_bytes(colour=(5, 5, 5)))
    story = ArticleFactory(body=figure(first) + figure(second))
    assert set(ArticleImage.objects.values_list("image_id", flat=True)) == {first.pk, second.pk}
    story.body = figure(second)
    story.save()
    assert list(ArticleImage.objects.values_list("image_id", flat=True)) == [second.pk]


def test_read_also_links_only_published_stories(client):
    target = PublishedArticleFactory(headline="Target yang terbit")
    draft = ArticleFactory(headline="Draf tersembunyi")
    scheduled = PublishedArticleFactory(
        headline="Belum waktunya", published=timezone.now() + timedelta(days=1)
    )
    body = "".join(
        f'<aside class="read-also" data-article-id="{a.pk}">{a.headline}</aside>'
        for a in (target, draft, scheduled)
    )
    html = page(client, PublishedArticleFactory(body=f"<p>Isi.</p>{body}"))
    assert f'<a href="{target.get_absolute_url()}">Target yang terbit</a>' in html
    assert "Baca juga:" in html
    assert "Draf tersembunyi" not in html and "Belum waktunya" not in html


def test_embeds_are_click_to_load_placeholders_with_no_third_party_request(client):
    body = (
        '<p>Video:</p><div class="embed" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ"></div>'
        '<div class="embed" data-embed-url="https://evil.example/iframe"></div>'
    )
    html = page(client, PublishedArticleFactory(body=body))
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"' in html
    assert "<iframe" not in html
    assert "evil.example" not in html
    assert re.search(r'<script src="/static/js/embeds\.js" defer></script>', html)
    assert not re.search(r'(?<![-\w])src="https://[^"]*youtube', html)


@pytest.mark.parametrize(
    ("url", "provider"),
    [
        ("https://youtu.be/dQw4w9WgXcQ", "youtube"),
        ("https://www.youtube.com/shorts/abcdefghijk", "youtube"),
        ("https://x.com/kemendagri/status/1234567890123", "x"),
        ("https://twitter.com/kemendagri/status/1234567890123", "x"),
        ("https://www.instagram.com/p/CxYz123abc/", "instagram"),
        ("https://www.facebook.com/kemendagri/videos/123456789/", "facebook"),
        ("https://fb.watch/abc123/", "facebook"),
        ("http://youtu.be/dQw4w9WgXcQ", None),
        ("https://youtube.com.evil.example/watch?v=x", None),
        ("javascript:alert(1)", None),
    ],
)
def test_embed_allowlist(url, provider):
    embed = embed_for(url)
    assert (embed.provider if embed else None) == provider


def test_dangling_references_are_dropped(client):
    body = (
        '<p>Isi.</p><figure class="inline-image" data-image-id="999999"><img alt="x"></figure>'
        '<aside class="read-also" data-article-id="999999">Hilang</aside><img src="https://tracker.example/p.gif">'
    )
    html = page(client, PublishedArticleFactory(body=body))
    assert "999999" not in html and "Hilang" not in html and "tracker.example" not in html


XSS_BODY = (
    "<p>Aman.</p>"
    "<script>window.__xss = 1</script>"
    '<p onmouseover="window.__xss=2">hover</p>'
    '<a href="javascript:window.__xss=3">klik</a>'
    '<a href="JaVaScRiPt:window.__xss=4">klik</a>'
    '<img src="x" onerror="window.__xss=5">'
    '<svg><script>window.__xss=6</script><circle onload="window.__xss=7"/></svg>'
    '<iframe src="https://evil.example/"></iframe>'
    '<p style="background:url(javascript:window.__xss=8);width:expression(alert(9))">gaya</p>'
    '<div class="embed" data-embed-url="javascript:window.__xss=10"></div>'
    '<object data="x.swf"></object><embed src="x.swf">'
    '<math><mi xlink:href="javascript:1">m</mi></math>'
    '<form action="https://evil.example/"><input name="q"></form>'
)


def test_xss_vectors_saved_through_the_admin_never_reach_readers(editor_client, client):
    section, author = SectionFactory(), AuthorFactory()
    data = article_form(section, author, body=XSS_BODY)
    assert editor_client.post(ADD, data).status_code == 302
    from articles.models import Article

    story = Article.objects.get()
    for needle in (
        "script",
        "onmouseover",
        "onerror",
        "javascript",
        "svg",
        "iframe",
        "style=",
        "expression",
        "object",
        "<embed",
        "<form",
        "<input",
        "evil.example",
    ):
        assert needle not in story.body.lower(), needle
    from articles.services import article_publish

    article_publish(article=story)
    html = page(client, story).lower()
    body = html.split('class="article__body"')[1].split("</div>")[0]
    for needle in (
        "<script",
        "onmouseover",
        "onerror",
        "javascript:",
        "<svg",
        "<iframe",
        "style=",
        "evil.example",
    ):
        assert needle not in body, needle


def test_article_page_query_budget_with_images(client, django_assert_num_queries):
    images = [make_image(samples.jpeg_bytes(colour=(i * 60, 90, 0))) for i in range(4)]
    others = [PublishedArticleFactory(featured_image=img) for img in images[:2]]
    body = "".join(figure(img) for img in images) + "".join(
        f'<aside class="read-also" data-article-id="{o.pk}">x</aside>' for o in others
    )
    story = PublishedArticleFactory(featured_image=images[0], body=body)
    # article, bylines, tags, corrections, previous/next, related (with card images),
    # inline images, read-also stories, navigation
    with django_assert_num_queries(9):
        assert client.get(story.get_absolute_url()).status_code == 200


def test_static_pages_render_the_same_blocks(client):
    from articles.models import Page

    story = PublishedArticleFactory(headline="Cara mengajukan hak jawab")
    page = Page.objects.create(
        title="Kontak",
        slug="kontak",
        body=(
            "<p>Tulis kepada kami.</p>"
            f'<aside class="read-also" data-article-id="{story.pk}">x</aside>'
        ),
    )
    html = client.get(page.get_absolute_url()).content.decode()
    assert f'<a href="{story.get_absolute_url()}">Cara mengajukan hak jawab</a>' in html
    assert "data-article-id" not in html
