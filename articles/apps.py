from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import cache_events

        cache_events.connect()
