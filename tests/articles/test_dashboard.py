from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import (
    ArticleFactory,
    ContributorFactory,
    EditorFactory,
    PublishedArticleFactory,
    SectionFactory,
)
from tests.images.factories import make_image

pytestmark = pytest.mark.django_db


def test_the_admin_home_shows_what_needs_attention(client):
    editor = EditorFactory(username="redaktur")
    client.force_login(editor)
    now = timezone.now()
    ArticleFactory(headline="Draf milik saya", created_by=editor)
    ArticleFactory(headline="Menunggu tinjauan", status=Article.Status.IN_REVIEW)
    PublishedArticleFactory(headline="Terjadwal besok pagi", published=now + timedelta(hours=20))
    PublishedArticleFactory(headline="Terjadwal minggu depan", published=now + timedelta(days=7))
    ArticleFactory(headline="Di bawah embargo", embargo_until=now + timedelta(days=1))
    PublishedArticleFactory(headline="Baru saja terbit")
    make_image(alt_text="", title="Foto tanpa alt")
    html = client.get("/admin/").content.decode()
    for text in (
        "Draf milik saya",
        "Menunggu tinjauan",
        "Terjadwal besok pagi",
        "Di bawah embargo",
        "Baru saja terbit",
        "Foto tanpa alt",
    ):
        assert text in html, text
    assert "Terjadwal minggu depan" not in html
    assert '<svg role="img"' in html and "<rect" in html
    assert "<script" not in html.split("dashboard__chart")[1].split("</section>")[0]


def test_the_chart_counts_stories_per_day_and_section(client):
    from articles.dashboard import publication_chart

    news, sport = SectionFactory(name="Berita"), SectionFactory(name="Olahraga")
    today = timezone.now() - timedelta(minutes=5)
    for _ in range(3):
        PublishedArticleFactory(section=news, published=today)
    PublishedArticleFactory(section=sport, published=today)
    PublishedArticleFactory(section=sport, published=today - timedelta(days=40))
    chart = publication_chart(timezone.now())
    assert chart["total"] == 4
    last = chart["bars"][-1]
    assert last["total"] == 4 and len(last["segments"]) == 2
    assert [item["name"] for item in chart["legend"]] == ["Berita", "Olahraga"]


def test_contributors_see_only_their_own_stories_on_the_dashboard(client):
    contributor = ContributorFactory()
    client.force_login(contributor)
    ArticleFactory(headline="Tinjauan orang lain", status=Article.Status.IN_REVIEW)
    ArticleFactory(
        headline="Tinjauan saya", status=Article.Status.IN_REVIEW, created_by=contributor
    )
    html = client.get("/admin/").content.decode()
    assert "Tinjauan saya" in html and "Tinjauan orang lain" not in html
