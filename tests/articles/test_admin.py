import pytest
from django.contrib.admin import helpers
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SectionFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")
ADD = reverse("admin:articles_article_add")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def article_form(section, author, **overrides):
    data = {
        "headline": "Gubernur resmikan jembatan baru",
        "slug": "gubernur-resmikan-jembatan-baru",
        "dek": "Jembatan menghubungkan dua kecamatan.",
        "dateline_city": "Bandung",
        "article_type": "berita",
        "editor": "",
        "seo_title": "",
        "social_title": "",
        "social_description": "",
        "social_image": "",
        "body": (
            "<p>Paragraf pertama &lt;penting&gt;.</p>"
            '<p onclick="x()">Paragraf <script>alert(1)</script>kedua.</p>'
        ),
        "section": section.pk,
        "source": "",
        "tags": "Infrastruktur, Jawa Barat",
        "featured_image": "",
        "featured_image_alt": "",
        "featured_image_caption": "",
        "published_at_0": "",
        "published_at_1": "",
        "article_authors-TOTAL_FORMS": "1",
        "article_authors-INITIAL_FORMS": "0",
        "article_authors-MIN_NUM_FORMS": "1",
        "article_authors-MAX_NUM_FORMS": "1000",
        "article_authors-0-author": author.pk,
        "article_authors-0-position": "0",
        "pinned_related_links-TOTAL_FORMS": "0",
        "pinned_related_links-INITIAL_FORMS": "0",
        "pinned_related_links-MIN_NUM_FORMS": "0",
        "pinned_related_links-MAX_NUM_FORMS": "1000",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        "corrections-MIN_NUM_FORMS": "0",
        "corrections-MAX_NUM_FORMS": "1000",
        "preview_links-TOTAL_FORMS": "0",
        "preview_links-INITIAL_FORMS": "0",
        "preview_links-MIN_NUM_FORMS": "0",
        "preview_links-MAX_NUM_FORMS": "1000",
        "transitions-TOTAL_FORMS": "0",
        "transitions-INITIAL_FORMS": "0",
        "transitions-MIN_NUM_FORMS": "0",
        "transitions-MAX_NUM_FORMS": "1000",
        "embargo_until_0": "",
        "embargo_until_1": "",
        "expires_at_0": "",
        "expires_at_1": "",
    }
    data.update(overrides)
    return data


def test_editor_creates_edits_and_publishes_a_story_through_the_admin(
    editor_client, editor, client
):
    section, author = SectionFactory(), AuthorFactory()
    response = editor_client.post(ADD, article_form(section, author))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.status == Article.Status.DRAFT
    assert article.body == "<p>Paragraf pertama &lt;penting&gt;.</p><p>Paragraf kedua.</p>"
    assert sorted(article.tags.names()) == ["Infrastruktur", "Jawa Barat"]
    assert article.ordered_authors() == [author]
    assert article.created_by == editor == article.changed_by

    # The editor gets the stored HTML back.
    form_html = editor_client.get(change_url(article)).content.decode()
    assert "&lt;p&gt;Paragraf pertama &amp;lt;penting&amp;gt;.&lt;/p&gt;" in form_html

    data = article_form(section, author, headline="Gubernur resmikan jembatan gantung")
    data.update(
        {
            "article_authors-INITIAL_FORMS": "1",
            "article_authors-0-id": article.article_authors.get().pk,
            "article_authors-0-article": article.pk,
        }
    )
    assert editor_client.post(change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.headline == "Gubernur resmikan jembatan gantung"

    # Publish from the change form (Django's change-form actions).
    response = editor_client.post(
        change_url(article),
        {"CHANGE_FORM-action": "publish", helpers.ACTION_CHECKBOX_NAME: [article.pk], "index": 0},
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_published()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_bulk_publish_goes_through_the_service(editor_client, monkeypatch):
    drafts = [ArticleFactory() for _ in range(3)]
    calls = []
    original = services.article_publish

    def spy(**kwargs):
        calls.append(kwargs["article"].pk)
        return original(**kwargs)

    monkeypatch.setattr(services, "article_publish", spy)
    response = editor_client.post(
        CHANGELIST,
        {"action": "publish", helpers.ACTION_CHECKBOX_NAME: [a.pk for a in drafts], "index": 0},
        follow=True,
    )
    assert sorted(calls) == sorted(a.pk for a in drafts)
    assert all(a.is_published() for a in Article.objects.all())
    assert "3 berita diterbitkan." in response.content.decode()


def test_bulk_unpublish(editor_client):
    stories = [PublishedArticleFactory() for _ in range(2)]
    editor_client.post(
        CHANGELIST,
        {"action": "unpublish", helpers.ACTION_CHECKBOX_NAME: [a.pk for a in stories], "index": 0},
    )
    assert not Article.objects.published().exists()


def test_publish_with_a_slug_clash_reports_instead_of_failing(editor_client):
    taken = PublishedArticleFactory(slug="sama")
    draft = ArticleFactory(slug="sama")
    # Scheduled for the same moment: the clash appears only on publishing.
    Article.objects.filter(pk=draft.pk).update(published_at=taken.published_at)
    response = editor_client.post(
        CHANGELIST,
        {"action": "publish", helpers.ACTION_CHECKBOX_NAME: [draft.pk], "index": 0},
        follow=True,
    )
    assert response.status_code == 200
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT
    assert f"“{draft.headline}”" in response.content.decode()


def test_slug_clash_is_a_form_error(editor_client):
    taken = PublishedArticleFactory(slug="gubernur-resmikan-jembatan-baru")
    local = timezone.localtime(taken.published_at)
    data = article_form(
        SectionFactory(),
        AuthorFactory(),
        published_at_0=local.strftime("%Y-%m-%d"),
        published_at_1=local.strftime("%H:%M:%S"),
    )
    response = editor_client.post(ADD, data)
    assert response.status_code == 200
    assert "slug" in response.context["adminform"].form.errors
    assert Article.objects.count() == 1


def test_missing_fields_are_form_errors_and_nothing_is_saved(editor_client):
    data = article_form(SectionFactory(), AuthorFactory(), headline="")
    data["section"] = ""
    response = editor_client.post(ADD, data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "headline" in errors and "section" in errors
    assert not Article.objects.exists()


def test_builtin_bulk_delete_is_disabled(editor_client):
    ArticleFactory()
    html = editor_client.get(CHANGELIST).content.decode()
    assert 'value="delete_selected"' not in html
    assert 'value="publish"' in html


def test_changelist_queries_do_not_grow_with_rows(editor_client, django_assert_max_num_queries):
    section, source = SectionFactory(), SourceFactory()
    for _ in range(3):
        ArticleFactory(section=section, source=source, authors=[AuthorFactory(), AuthorFactory()])
    with django_assert_max_num_queries(12) as few:
        editor_client.get(CHANGELIST)
    for _ in range(20):
        ArticleFactory(section=section, source=source, authors=[AuthorFactory(), AuthorFactory()])
    with django_assert_max_num_queries(len(few.captured_queries)):
        editor_client.get(CHANGELIST)


def test_tag_box_suggests_existing_tags(editor_client):
    TagFactory(name="Otonomi Daerah")
    TagFactory(name="Pilkada")
    html = editor_client.get(ADD).content.decode()
    assert 'data-tag-suggest-url="/admin/articles/tag/suggest/"' in html
    assert '<datalist id="id_tags-suggestions"></datalist>' in html
    assert "articles/admin/tag_suggest.js" in html
    response = editor_client.get("/admin/articles/tag/suggest/", {"term": "otonomi"})
    assert response.json() == {"results": ["Otonomi Daerah"]}


def test_tag_suggestions_need_staff(client):
    TagFactory(name="Pilkada")
    response = client.get("/admin/articles/tag/suggest/", {"term": "pil"})
    assert response.status_code == 302


def test_view_on_site_points_drafts_to_the_preview(editor_client):
    draft = ArticleFactory()
    html = editor_client.get(change_url(draft)).content.decode()
    assert reverse("articles:preview", kwargs={"pk": draft.pk}) in html


def test_story_chooser_for_read_also_blocks(editor_client):
    story = PublishedArticleFactory(headline="Pemilu damai di Makassar")
    ArticleFactory(headline="Rapat anggaran")
    response = editor_client.get(reverse("admin:articles_article_choose"), {"q": "pemilu"})
    assert response.json() == {
        "results": [{"id": story.pk, "headline": story.headline, "published": True}]
    }


def test_admin_times_are_shown_and_entered_in_wib(editor_client):
    moment = timezone.make_aware(timezone.datetime(2026, 3, 2, 9, 30))
    PublishedArticleFactory(published=moment)
    assert "02-03-2026 09:30 WIB" in editor_client.get(CHANGELIST).content.decode()
    form = editor_client.get(ADD).content.decode()
    assert "(WIB)" in form


def test_status_and_section_filters_list_only_that_section_s_published_stories(editor_client):
    section = SectionFactory()
    published = PublishedArticleFactory(section=section, headline="Banjir surut di Semarang")
    ArticleFactory(section=section, headline="Draf rapat anggaran daerah")
    PublishedArticleFactory(headline="Pasar murah di Bandung")
    response = editor_client.get(
        CHANGELIST, {"status__exact": "published", "section__id__exact": section.pk}
    )
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [published]
    html = response.content.decode()
    assert "Banjir surut di Semarang" in html and "Draf rapat anggaran daerah" not in html
    drafts = editor_client.get(CHANGELIST, {"status__exact": "draft"})
    assert [a.headline for a in drafts.context["cl"].result_list] == ["Draf rapat anggaran daerah"]


def test_clearing_a_published_story_s_time_is_a_form_error_and_saves_nothing(editor_client):
    author = AuthorFactory()
    story = PublishedArticleFactory(headline="Jembatan baru dibuka", authors=[author])
    data = article_form(story.section, author, headline="Judul yang tidak tersimpan")
    data.update(
        {
            "article_authors-INITIAL_FORMS": "1",
            "article_authors-0-id": story.article_authors.get().pk,
            "article_authors-0-article": story.pk,
        }
    )
    response = editor_client.post(change_url(story), data)
    assert response.status_code == 200
    assert "published_at" in response.context["adminform"].form.errors
    story.refresh_from_db()
    assert story.headline == "Jembatan baru dibuka" and story.published_at is not None
