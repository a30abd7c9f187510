from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import EditingPresence
from tests.factories import ArticleFactory, ContributorFactory, EditorFactory

pytestmark = pytest.mark.django_db


def heartbeat(client, article):
    return client.post(reverse("admin:articles_article_presence", args=[article.pk])).json()


def test_presence_heartbeats_expire_and_take_over_is_explicit():
    story = ArticleFactory()
    first, second = Client(), Client()
    first.force_login(EditorFactory(username="ani", first_name="Ani", last_name="Wijaya"))
    second.force_login(EditorFactory(username="budi"))
    start = timezone.make_aware(timezone.datetime(2026, 5, 4, 10, 2))
    with time_machine.travel(start, tick=False):
        assert heartbeat(first, story)["others"] == []
        assert heartbeat(second, story)["others"] == [{"name": "Ani Wijaya", "since": "10.02 WIB"}]
    with time_machine.travel(start + timedelta(minutes=3), tick=False):
        assert heartbeat(second, story)["others"] == []  # Ani's heartbeat expired
    with time_machine.travel(start + timedelta(minutes=4), tick=False):
        heartbeat(first, story)
        taken = second.post(reverse("admin:articles_article_take_over", args=[story.pk]))
        assert taken.json() == {"ok": True}
        assert heartbeat(first, story)["taken_over_by"] == "budi"
        assert heartbeat(second, story)["others"] == []


def test_presence_respects_the_policy(client):
    story = ArticleFactory()
    client.force_login(ContributorFactory())
    assert (
        client.post(reverse("admin:articles_article_presence", args=[story.pk])).status_code == 404
    )
    assert (
        client.get(reverse("admin:articles_article_presence", args=[story.pk])).status_code == 405
    )
    assert not EditingPresence.objects.exists()
