"""Who may do what, through the admin's HTTP interface (bulk actions included)."""

from datetime import timedelta

import pytest
from django.contrib.admin import helpers
from django.urls import reverse
from django.utils import timezone

from articles import services
from articles.models import Article, Tag
from tests.articles.test_admin import ADD, CHANGELIST, article_form, change_url
from tests.factories import (
    AdministratorFactory,
    ArticleFactory,
    AuthorFactory,
    ContributorFactory,
    EditorFactory,
    PublishedArticleFactory,
    SectionFactory,
    TagFactory,
)

pytestmark = pytest.mark.django_db

ROLES = {
    "kontributor": ContributorFactory,
    "editor": EditorFactory,
    "administrator": AdministratorFactory,
}


def run_action(client, name, articles, *, trash=False, **extra):
    data = {"action": name, helpers.ACTION_CHECKBOX_NAME: [a.pk for a in articles], "index": 0}
    data.update(extra)
    return client.post(CHANGELIST + ("?trash=1" if trash else ""), data)


def refreshed(article):
    return Article.objects.get(pk=article.pk)


def create(client, user):
    client.post(ADD, article_form(SectionFactory(), AuthorFactory()))
    return Article.objects.filter(created_by=user).exists()


def edit(client, article):
    data = article_form(article.section, AuthorFactory(), headline="Judul baru", slug=article.slug)
    client.post(change_url(article), data)
    return refreshed(article).headline == "Judul baru"


ACTIONS = {
    "create": lambda c, u, other: create(c, u),
    "edit own": lambda c, u, other: edit(c, ArticleFactory(created_by=u)),
    "edit others'": lambda c, u, other: edit(c, ArticleFactory(created_by=other)),
    "edit own via byline": lambda c, u, other: edit(
        c, ArticleFactory(created_by=other, authors=[AuthorFactory(user=u)])
    ),
    "submit": lambda c, u, other: (
        run_action(c, "submit_for_review", [a := ArticleFactory(created_by=u)])
        and refreshed(a).status == Article.Status.IN_REVIEW
    ),
    "publish": lambda c, u, other: (
        run_action(c, "publish", [a := ArticleFactory(created_by=u)])
        and refreshed(a).is_published()
    ),
    "schedule": lambda c, u, other: (
        run_action(
            c,
            "publish",
            [a := ArticleFactory(created_by=u, published_at=timezone.now() + timedelta(days=1))],
        )
        and refreshed(a).is_scheduled()
    ),
    "unpublish": lambda c, u, other: (
        run_action(c, "unpublish", [a := PublishedArticleFactory(created_by=u)])
        and refreshed(a).status == Article.Status.UNPUBLISHED
    ),
    "take down": lambda c, u, other: (
        run_action(
            c, "take_down", [a := PublishedArticleFactory(created_by=u)], apply="1", note="Somasi"
        )
        and refreshed(a).status == Article.Status.TAKEN_DOWN
    ),
    "lift embargo": lambda c, u, other: (
        run_action(
            c,
            "lift_embargo",
            [a := ArticleFactory(created_by=u, embargo_until=timezone.now() + timedelta(days=1))],
            apply="1",
            note="Dicabut",
        )
        and refreshed(a).embargo_until is None
    ),
    "delete": lambda c, u, other: (
        c.post(
            reverse("admin:articles_article_delete", args=[(a := ArticleFactory(created_by=u)).pk]),
            {"post": "yes"},
        )
        and refreshed(a).is_trashed()
    ),
    "restore": lambda c, u, other: (
        run_action(
            c,
            "restore",
            [a := services.article_trash(article=ArticleFactory(created_by=u))],
            trash=True,
        )
        and not refreshed(a).is_trashed()
    ),
    "empty trash": lambda c, u, other: (
        run_action(
            c,
            "empty_trash",
            [a := services.article_trash(article=ArticleFactory(created_by=u))],
            trash=True,
        )
        and not Article.objects.filter(pk=a.pk).exists()
    ),
    "merge": lambda c, u, other: (
        c.post(
            reverse("admin:articles_tag_changelist"),
            {
                "action": "merge",
                helpers.ACTION_CHECKBOX_NAME: [(t1 := TagFactory()).pk, TagFactory().pk],
                "index": 0,
                "apply": "1",
                "target": t1.pk,
            },
        )
        and Tag.objects.count() == 1
    ),
    "manage users": lambda c, u, other: (
        c.get(reverse("admin:auth_user_changelist")).status_code == 200
    ),
    "preview others' drafts": lambda c, u, other: (
        c.get(
            reverse("articles:preview", kwargs={"pk": ArticleFactory(created_by=other).pk})
        ).status_code
        == 200
    ),
    "preview embargoed stories": lambda c, u, other: (
        c.get(
            reverse(
                "articles:preview",
                kwargs={
                    "pk": ArticleFactory(
                        created_by=other, embargo_until=timezone.now() + timedelta(days=1)
                    ).pk
                },
            )
        ).status_code
        == 200
    ),
}

#                              kontributor editor administrator
MATRIX = {
    "create": (True, True, True),
    "edit own": (True, True, True),
    "edit own via byline": (True, True, True),
    "edit others'": (False, True, True),
    "submit": (True, True, True),
    "publish": (False, True, True),
    "schedule": (False, True, True),
    "unpublish": (False, True, True),
    "take down": (False, True, True),
    "lift embargo": (False, True, True),
    "delete": (False, True, True),
    "restore": (False, True, True),
    "empty trash": (False, False, True),
    "merge": (False, True, True),
    "manage users": (False, False, True),
    "preview others' drafts": (False, True, True),
    "preview embargoed stories": (False, True, True),
}


@pytest.mark.parametrize("role_index, role", list(enumerate(ROLES)))
@pytest.mark.parametrize("action", list(MATRIX))
def test_role_action_matrix(client, role_index, role, action):
    user = ROLES[role](username=f"{role}-user")
    other = EditorFactory(username="rekan-lain")
    client.force_login(user)
    assert bool(ACTIONS[action](client, user, other)) is MATRIX[action][role_index]


def test_a_contributors_bulk_publish_is_refused(client):
    contributor = ContributorFactory()
    client.force_login(contributor)
    drafts = [ArticleFactory(created_by=contributor) for _ in range(3)]
    html = client.get(CHANGELIST).content.decode()
    assert 'value="publish"' not in html and 'value="submit_for_review"' in html
    run_action(client, "publish", drafts)
    assert not Article.objects.published().exists()


def test_a_bulk_delete_lands_in_the_trash(client):
    editor = EditorFactory()
    client.force_login(editor)
    stories = [PublishedArticleFactory() for _ in range(2)]
    html = client.get(CHANGELIST).content.decode()
    assert 'value="delete_selected"' not in html
    run_action(client, "move_to_trash", stories)
    assert Article.objects.trashed().count() == 2 and Article.objects.count() == 2
    listed = client.get(CHANGELIST).content.decode()
    assert stories[0].headline not in listed
    assert stories[0].headline in client.get(CHANGELIST + "?trash=1").content.decode()


def test_contributors_see_only_their_own_stories(client):
    contributor = ContributorFactory()
    ArticleFactory(created_by=contributor, headline="Milik saya")
    ArticleFactory(headline="Milik orang lain")
    client.force_login(contributor)
    html = client.get(CHANGELIST).content.decode()
    assert "Milik saya" in html and "Milik orang lain" not in html


def test_a_contributor_cannot_edit_their_story_once_published(client):
    contributor = ContributorFactory()
    story = PublishedArticleFactory(created_by=contributor)
    client.force_login(contributor)
    assert not edit(client, story)


def test_sources_added_by_contributors_are_unverified(client):
    client.force_login(ContributorFactory())
    client.post(
        reverse("admin:articles_source_add"),
        {
            "name": "Humas Desa",
            "slug": "humas-desa",
            "full_name": "",
            "kind": "press_office",
            "website": "",
            "description": "",
            "verified": "on",
        },
    )
    from articles.models import Source

    assert Source.objects.get(slug="humas-desa").verified is False


def test_nobody_raises_their_own_permissions(client):
    administrator = AdministratorFactory(username="admin-redaksi")
    client.force_login(administrator)
    url = reverse("admin:auth_user_change", args=[administrator.pk])
    page = client.get(url)
    assert page.status_code == 200
    form = {
        "username": administrator.username,
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_superuser": "on",
        "is_staff": "on",
        "is_active": "on",
        "groups": [],
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": "2026-01-01",
        "date_joined_1": "00:00:00",
    }
    client.post(url, form)
    administrator.refresh_from_db()
    assert not administrator.is_superuser
    assert administrator.groups.filter(name="Administrator").exists()
