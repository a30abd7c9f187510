"""Public addresses without a language prefix: what redirects and canonical links use."""

from django.conf import settings
from django.utils import translation


def canonical_path(obj):
    with translation.override(settings.LANGUAGE_CODE):
        return obj.get_absolute_url()
