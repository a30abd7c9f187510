from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Read API")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from newsroom.throttling import check_rate_setting

        checks.register(check_rate_setting)
