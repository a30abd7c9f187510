"""The test suite: fast hashing, in-memory caches, uploads in a throwaway folder."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

ENVIRONMENT = "test"
DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-deployment"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SITE_NAME = "Kabar Nusantara"
TIME_ZONE = "Asia/Jakarta"

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Off by default: most tests run inside one transaction, where the commit
# that purges the page cache never comes. tests/test_pagecache.py turns it on
# with real commits.
PAGE_CACHE_SECONDS = 0
OBJECT_CACHE_SECONDS = 0
# The lockout is tested on its own (tests/test_login_security.py); elsewhere
# tests log in with force_login, which django-axes cannot see.
AXES_ENABLED = False
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="newsroom-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="newsroom-test-private-"))
VAR_DIR = Path(tempfile.mkdtemp(prefix="newsroom-test-var-"))
# Fast encoders: tests check behaviour, not compression.
IMAGE_ENCODERS = {
    "avif": {"quality": 40, "speed": 10},
    "webp": {"quality": 50, "method": 0},
    "jpg": {"quality": 60},
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the browser tests' live server then opens its own
    # connections per thread instead of sharing the test runner's.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"newsroom-test-{os.getpid()}.sqlite3")
    }

# A read replica for tests/test_db_router.py: a test mirror of default (the same
# test database, no second one). No router here: nothing else is routed to it;
# those tests install newsroom.db_router per test.
DATABASES["replica1"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
REPLICA_ALIASES = ["replica1"]
DATABASE_ROUTERS = []
MIDDLEWARE = [m for m in MIDDLEWARE if m != "newsroom.db_router.PinPrimaryMiddleware"]  # noqa: F405
