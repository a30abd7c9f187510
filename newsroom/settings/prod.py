"""Production: everything from the environment; refuses to start without its secrets.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL (PostgreSQL), REDIS_URL
(the page cache must be shared by every worker to be purged). Optional:
MEDIA_ROOT / PRIVATE_MEDIA_ROOT (outside the code), AWS_STORAGE_BUCKET_NAME
and friends for S3-compatible object storage, the EMAIL_*
variables (base.py), ADMINS. See docs/operations.md.
"""

from email.utils import getaddresses
from pathlib import Path

from newsroom.env import env_bool, env_int, env_list, env_str

from .base import *  # noqa: F403
from .base import DATABASES, LOGGING, MIDDLEWARE, REPLICA_ALIASES, STORAGES, VAR_DIR

ENVIRONMENT = "production"
DEBUG = False
SECRET_KEY = env_str("SECRET_KEY", required=True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", required=True)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
env_str("DATABASE_URL", required=True)  # base.py parsed it; here it must be explicit.
if not env_bool("ALLOW_PER_PROCESS_CACHE"):  # only the benchmark settings allow it
    env_str("REDIS_URL", required=True)  # base.py configured the shared cache from it.

# WhiteNoise serves the collected, compressed, hashed static files (far-future
# expiry) right after the security middleware.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
WHITENOISE_MAX_AGE = 60 * 60  # unhashed files; hashed ones are immutable for a year

# PostgreSQL: persistent connections checked before reuse. (psycopg's pool is
# per process; with sync workers one persistent connection each is the pool.)
for _alias in ("default", *REPLICA_ALIASES):
    DATABASES[_alias]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 600)
    DATABASES[_alias]["CONN_HEALTH_CHECKS"] = True

# Uploads live outside the code. Renditions are public files a proxy or object
# storage serves; originals stay private.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")))
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if bucket := env_str("AWS_STORAGE_BUCKET_NAME"):
    _s3 = {
        "bucket_name": bucket,
        "endpoint_url": env_str("AWS_S3_ENDPOINT_URL"),
        "region_name": env_str("AWS_S3_REGION_NAME"),
        "file_overwrite": True,  # rendition names are deterministic
    }
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": "media",
            "custom_domain": env_str("AWS_S3_CUSTOM_DOMAIN"),
            "querystring_auth": False,
        },
    }
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_s3,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
        },
    }

# TLS ends at the proxy, which says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

# Errors are mailed to ADMINS ("Name <address>, …"); logs are JSON lines on stdout.
ADMINS = [(name or address, address) for name, address in getaddresses(env_list("ADMINS"))]
SERVER_EMAIL = env_str("SERVER_EMAIL", "root@localhost")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", SERVER_EMAIL)
LOGGING = {
    **LOGGING,
    "handlers": {
        **LOGGING["handlers"],
        "console": {**LOGGING["handlers"]["console"], "formatter": "json"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["request_id"],
        },
    },
    "loggers": {
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
        },
    },
}
