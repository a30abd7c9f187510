import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleAuthor, Source, Tag
from redirects.models import Redirect
from redirects.services import redirect_add
from tests.articles.test_admin import article_form, change_url
from tests.factories import (
    ArticleFactory,
    AuthorFactory,
    PublishedArticleFactory,
    SourceFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db


def test_a_published_storys_slug_change_answers_301(editor_client, client):
    author = AuthorFactory()
    story = PublishedArticleFactory(slug="judul-lama", authors=[author])
    old_url = story.get_absolute_url()
    local = timezone.localtime(story.published_at)
    data = article_form(
        story.section,
        author,
        slug="judul-baru",
        headline=story.headline,
        published_at_0=local.strftime("%Y-%m-%d"),
        published_at_1=local.strftime("%H:%M:%S"),
    )
    data.update(
        {
            "article_authors-INITIAL_FORMS": "1",
            "article_authors-0-id": story.article_authors.get().pk,
            "article_authors-0-article": story.pk,
        }
    )
    assert editor_client.post(change_url(story), data).status_code == 302
    story.refresh_from_db()
    assert story.slug == "judul-baru"
    new_url = story.canonical_path()
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == new_url
    english = client.get("/en" + old_url)
    assert english.status_code == 301 and english["Location"] == "/en" + new_url


def test_a_drafts_slug_change_leaves_no_redirect(editor_client):
    author = AuthorFactory()
    story = ArticleFactory(slug="draf-lama")
    editor_client.post(change_url(story), article_form(story.section, author, slug="draf-baru"))
    assert not Redirect.objects.exists()


def test_a_tag_merge_moves_every_story_and_leaves_a_301(client):
    keep, dupe = (
        TagFactory(name="Pilkada", slug="pilkada"),
        TagFactory(name="Pilkada 2024", slug="pilkada-2024"),
    )
    both = PublishedArticleFactory(tags=[keep, dupe])
    only_dupe = [PublishedArticleFactory(tags=[dupe]) for _ in range(3)]
    versions = {a.pk: a.version for a in Article.objects.all()}
    services.tag_merge(duplicates=[dupe], target=keep)
    assert list(Tag.objects.values_list("slug", flat=True)) == ["pilkada"]
    for story in [both, *only_dupe]:
        assert list(story.tags.values_list("slug", flat=True)) == ["pilkada"]
        assert Article.objects.get(pk=story.pk).version == versions[story.pk] + 1
        assert story.revisions.order_by("-pk").first().data["tags"] == ["Pilkada"]
    response = client.get("/topik/pilkada-2024/")
    assert response.status_code == 301 and response["Location"] == "/topik/pilkada/"


def test_author_and_source_merges():
    keep, dupe = AuthorFactory(), AuthorFactory()
    shared = ArticleFactory(authors=[keep, dupe])
    mine = ArticleFactory(authors=[dupe])
    services.author_merge(duplicates=[dupe], target=keep)
    assert list(ArticleAuthor.objects.filter(article=shared).values_list("author", flat=True)) == [
        keep.pk
    ]
    assert mine.ordered_authors() == [keep]
    source_keep, source_dupe = SourceFactory(), SourceFactory()
    story = ArticleFactory(source=source_dupe)
    services.source_merge(duplicates=[source_dupe], target=source_keep)
    assert Article.objects.get(pk=story.pk).source == source_keep
    assert not Source.objects.filter(pk=source_dupe.pk).exists()
    assert Redirect.objects.filter(new_path=source_keep.get_absolute_url()).exists()


def test_chains_collapse_to_one_hop():
    redirect_add(old_path="/a/", new_path="/b/")
    redirect_add(old_path="/b/", new_path="/c/")
    redirect_add(old_path="/x/", new_path="/a/")
    assert dict(Redirect.objects.values_list("old_path", "new_path")) == {
        "/a/": "/c/",
        "/b/": "/c/",
        "/x/": "/c/",
    }


def test_loops_are_refused():
    redirect_add(old_path="/a/", new_path="/b/")
    with pytest.raises(ValidationError):
        redirect_add(old_path="/b/", new_path="/a/")
    with pytest.raises(ValidationError):
        redirect_add(old_path="/c/", new_path="/c/")


def test_redirect_admin_refuses_a_loop_with_a_form_error(editor_client):
    redirect_add(old_path="/a/", new_path="/b/")
    response = editor_client.post(
        "/admin/redirects/redirect/add/", {"old_path": "/b/", "new_path": "/a/", "note": ""}
    )
    assert response.status_code == 200
    assert "new_path" in response.context["adminform"].form.errors


def test_real_pages_win_over_redirects(client):
    story = PublishedArticleFactory()
    redirect_add(old_path=story.get_absolute_url(), new_path="/")
    assert client.get(story.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("old_path", ["/?q=1", "/cari/?p=1", "/?p=abc", "/?p=1&x=2"])
def test_only_wordpress_id_queries_can_be_redirected(old_path):
    with pytest.raises(ValidationError):
        redirect_add(old_path=old_path, new_path="/halaman/tentang/")
    assert not Redirect.objects.exists()


def test_an_id_address_redirect_is_looked_up_before_the_home_page(client):
    redirect_add(old_path="/?p=42", new_path="/halaman/tentang/")
    response = client.get("/", {"p": "42"})
    assert (response.status_code, response["Location"]) == (301, "/halaman/tentang/")
    assert client.post("/?p=42").status_code != 301


def test_a_nul_byte_in_a_missing_address_is_a_plain_404(client):
    # PostgreSQL refuses NUL in a query: the redirect lookup must not send it.
    assert client.get("/tidak-ada/%00/").status_code == 404
    assert client.get("/%00").status_code == 404
