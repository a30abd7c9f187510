from datetime import timedelta

import factory
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles import services
from articles.html import plain_text_to_html
from articles.models import Article, ArticleAuthor, Author, Section, Source, Tag
from articles.roles import ADMINISTRATOR, CONTRIBUTOR, EDITOR, sync_roles


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery")


class RoleUserFactory(UserFactory):
    """A staff member in one of the newsroom's roles (articles.roles)."""

    is_staff = True


class ContributorFactory(RoleUserFactory):
    in_role = factory.PostGeneration(lambda user, create, extracted, **kw: _join(user, CONTRIBUTOR))


class EditorFactory(RoleUserFactory):
    in_role = factory.PostGeneration(lambda user, create, extracted, **kw: _join(user, EDITOR))


class AdministratorFactory(RoleUserFactory):
    in_role = factory.PostGeneration(
        lambda user, create, extracted, **kw: _join(user, ADMINISTRATOR)
    )


def _join(user, role):
    # Roles come from a data migration; transactional tests flush it away.
    sync_roles(django_apps)
    user.groups.add(Group.objects.get(name=role))


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    name = factory.Sequence(lambda n: f"Rubrik {n}")
    slug = factory.Sequence(lambda n: f"rubrik-{n}")
    nav_position = factory.Sequence(lambda n: n)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Humas {n}")
    slug = factory.Sequence(lambda n: f"humas-{n}")
    full_name = factory.LazyAttribute(lambda o: f"Biro Hubungan Masyarakat {o.name}")
    kind = Source.Kind.PRESS_OFFICE


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Penulis {n}")
    slug = factory.Sequence(lambda n: f"penulis-{n}")
    bio = "Wartawan yang meliput pemerintahan daerah."


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Topik {n}")
    slug = factory.Sequence(lambda n: f"topik-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A draft. Pass ``authors=[...]`` and ``tags=[...]`` to attach them."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    headline = factory.Sequence(lambda n: f"Berita nomor {n} tentang pemerintahan daerah")
    slug = factory.Sequence(lambda n: f"berita-nomor-{n}")
    dek = "Ringkasan singkat berita ini."
    body = factory.LazyFunction(
        lambda: plain_text_to_html("Paragraf pertama berita.\n\nParagraf kedua berita.")
    )
    dateline_city = "Jakarta"
    section = factory.SubFactory(SectionFactory)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        for position, author in enumerate(extracted or []):
            ArticleAuthor.objects.create(article=self, author=author, position=position)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if extracted:
            self.tags.set(list(extracted))


class PublishedArticleFactory(ArticleFactory):
    """Published through the service, by default an hour ago."""

    @factory.post_generation
    def published(self, create, extracted, **kwargs):
        when = extracted or timezone.now() - timedelta(hours=1)
        services.article_publish(article=self, published_at=when)
