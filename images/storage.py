"""Where image files live.

Originals stay in private storage, outside MEDIA_ROOT and MEDIA_URL: they may
carry GPS positions and camera data, and only re-encoded renditions are ever
served to readers.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage, storages
from django.utils.functional import LazyObject


class _PrivateStorage(LazyObject):
    def _setup(self):
        # Production may name a "private" storage (an S3 bucket prefix with
        # private ACLs); otherwise a folder with no public URL.
        if "private" in settings.STORAGES:
            self._wrapped = storages["private"]
        else:
            self._wrapped = FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


private_storage = _PrivateStorage()


def get_private_storage():
    return private_storage


def rendition_storage():
    return default_storage
