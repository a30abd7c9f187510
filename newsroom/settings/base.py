"""Settings shared by every environment; dev, test and prod adjust them."""

from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from newsroom.env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("NEWSROOM_VAR_DIR", str(BASE_DIR / "var")))

# Which profile is running; load_demo and other destructive helpers refuse
# "production" unless forced.
ENVIRONMENT = "base"

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

SITE_NAME = env_str("SITE_NAME", "Kabar Nusantara")

INSTALLED_APPS = [
    "newsroom.admin_site.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "django_prose_editor",
    "taggit",
    "images",
    "redirects",
    "articles",
    "backups",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "newsroom.logs.RequestIdMiddleware",
    # Above the policy headers: a page-cache hit replays those stored with the page.
    "newsroom.pagecache.PageCacheMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "newsroom.security.SecurityHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "newsroom.middleware.UrlLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "newsroom.pagecache.PurgeFailureMessages",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "redirects.middleware.RedirectFallbackMiddleware",
    # Last, as django-axes asks: it turns a lockout into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=0,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# One shared cache for every worker and server when REDIS_URL is set (the page
# cache must be shared to be purged); per-process memory otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's backend, reusing one Redis client (newsroom/redis_cache.py).
            "BACKEND": "newsroom.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",
            "TIMEOUT": 600,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTHENTICATION_BACKENDS = [
    # First: refuses a locked-out username and address before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login lockout: 5 failures for one username from one address lock it for an
# hour; administrators unlock early by deleting the attempt in the admin.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_IPWARE_PROXY_COUNT = env_int("PROXY_COUNT", 0)
AXES_VERBOSE = False
# Two-factor authentication (newsroom/two_factor.py): optional for staff,
# required for administrators when this is on.
ADMIN_TWO_FACTOR_REQUIRED = env_bool("ADMIN_TWO_FACTOR_REQUIRED", False)
OTP_TOTP_ISSUER = SITE_NAME

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Indonesian first; the language lives in the URL (see newsroom.urls).
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Indonesian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env_str("TIME_ZONE", "Asia/Jakarta")
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "media/"
MEDIA_ROOT = VAR_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The image library: originals stay private, readers get renditions only.
PRIVATE_MEDIA_ROOT = VAR_DIR / "private"
IMAGE_MAX_UPLOAD_BYTES = env_int("IMAGE_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 50_000_000)
IMAGE_MAX_FRAMES = env_int("IMAGE_MAX_FRAMES", 200)
# Encoder settings per rendition format: quality against speed.
IMAGE_ENCODERS = {
    "avif": {"quality": env_int("IMAGE_AVIF_QUALITY", 55), "speed": env_int("IMAGE_AVIF_SPEED", 7)},
    "webp": {
        "quality": env_int("IMAGE_WEBP_QUALITY", 78),
        "method": env_int("IMAGE_WEBP_METHOD", 4),
    },
    "jpg": {"quality": env_int("IMAGE_JPEG_QUALITY", 82), "optimize": True, "progressive": True},
}


def _static(path):
    from django.templatetags.static import static

    return static(path)


_static_lazy = lazy(_static, str)

# The body editor's newsroom blocks (library images, "Baca juga", embeds).
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [_static_lazy("articles/editor/newsroom-extensions.js")],
        "extensions": {
            "LibraryImage": "articles.editor.allow_nothing",
            "ReadAlso": "articles.editor.allow_nothing",
            "Embed": "articles.editor.allow_nothing",
            "WordCount": "articles.editor.allow_nothing",
        },
    }
]

# "Terpopuler": buffered visits reach the database at most this often.
MOST_READ_FLUSH_SECONDS = env_int("MOST_READ_FLUSH_SECONDS", 60)

# Whole pages for anonymous readers (newsroom/pagecache.py). Never stale: any
# content change and any scheduled change misses every page at once, so the
# lifetime only bounds memory and how long a failed purge could show old pages.
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# A CDN in front purged on every content change, by the key every page carries
# (newsroom/pagecache.py purge_cdn). Unset: no CDN.
CDN_PURGE_URL = env_str("CDN_PURGE_URL", "")
CDN_PURGE_TOKEN = env_str("CDN_PURGE_TOKEN", "")
CDN_PURGE_TIMEOUT = env_int("CDN_PURGE_TIMEOUT", 3)
# Related lists, neighbours, the home page plan and navigation, under the same
# content version (newsroom/objectcache.py); 0 turns them off.
OBJECT_CACHE_SECONDS = env_int("OBJECT_CACHE_SECONDS", 600)
PAGE_CACHE_EXCLUDED_PREFIXES = (
    "/healthz",
    "/readyz",
    "/admin/",
    "/preview/",
    "/akun/",
    "/api/",
    "/b/",
    f"/{MEDIA_URL}",
    f"/{STATIC_URL}",
)

# Shareable preview links for people without an account expire after this.
PREVIEW_LINK_HOURS = env_int("PREVIEW_LINK_HOURS", 48)

# The read API (/api/v1/): requests per client address, per second, minute, hour or day.
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "120/minute")
# Site search per reader address (cached result pages do not count).
SEARCH_THROTTLE_RATE = env_str("SEARCH_THROTTLE_RATE", "30/minute")

# Tags match regardless of case: "Otonomi Daerah" and "otonomi daerah" are one tag.
TAGGIT_CASE_INSENSITIVE = True

LOGIN_URL = "admin:login"

# Mail (password resets): from the environment; development prints to the console.
MAILERS = {
    "default": {
        "BACKEND": env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"),
        "OPTIONS": {
            "host": env_str("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": env_str("EMAIL_HOST_USER", ""),
            "password": env_str("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", False),
        },
    }
}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "redaksi@localhost")

# The public pages promise no cookies to anonymous readers; these keep the
# admin's cookies tight.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
)

# Content-Security-Policy. Public pages: one static header (no inline script,
# so no nonce; cached and fresh pages carry the same policy). Embedded posts
# load only after a reader's click, in iframes from exactly these providers
# (articles/embeds.py; a test keeps the two lists in sync).
EMBED_FRAME_SOURCES = [
    "https://www.youtube-nocookie.com",
    "https://platform.twitter.com",
    "https://www.instagram.com",
    "https://www.facebook.com",
]
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "frame-src": EMBED_FRAME_SOURCES,
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The admin and previews are never cached: a nonce per response, and inline
# styles for the rich-text editor and the dashboard's chart swatches.
STAFF_AREA_PREFIXES = ("/admin/", "/preview/")
STAFF_CSP = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "newsroom.logs.RequestIdFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "newsroom.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id"],
            "formatter": env_str("LOG_FORMAT", "plain"),
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}

# --- Read replicas (newsroom/db_router.py, docs/deploy.md) -------------------
# REPLICA_DATABASE_URLS: comma-separated URLs of PostgreSQL streaming replicas
# of DATABASE_URL. They become the aliases replica1, replica2, …; anonymous
# readers' queries go there, editors and writers stay on the primary (pinned
# for DATABASE_PIN_SECONDS after a write, longer than the replicas' lag). A
# replica that cannot be reached within REPLICA_CONNECT_TIMEOUT seconds is
# skipped for DATABASE_REPLICA_RETRY_SECONDS. Unset: one database, no router.
REPLICA_ALIASES = []
for _number, _url in enumerate(env_list("REPLICA_DATABASE_URLS"), start=1):
    _replica = dj_database_url.parse(_url, conn_max_age=env_int("DB_CONN_MAX_AGE", 0))
    _replica["CONN_HEALTH_CHECKS"] = True
    _replica.setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("REPLICA_CONNECT_TIMEOUT", 2)
    )
    DATABASES[f"replica{_number}"] = _replica
    REPLICA_ALIASES.append(f"replica{_number}")
DATABASE_PIN_SECONDS = env_int("DATABASE_PIN_SECONDS", 15)
DATABASE_REPLICA_RETRY_SECONDS = env_int("DATABASE_REPLICA_RETRY_SECONDS", 30)
# After published content changes, every reader reads from the primary this
# long, so no page rendered from a lagging replica refills the page cache.
DATABASE_REPLICA_LAG_SECONDS = env_int("DATABASE_REPLICA_LAG_SECONDS", 3)
if REPLICA_ALIASES:
    DATABASE_ROUTERS = ["newsroom.db_router.PrimaryReplicaRouter"]
    # Before the session middleware: everything below it (sessions, views, the
    # redirect fallback on 404s) is routed; page-cache hits never get here.
    _at = next(
        (i for i, name in enumerate(MIDDLEWARE) if name.endswith(".SessionMiddleware")),
        len(MIDDLEWARE),
    )
    MIDDLEWARE = [*MIDDLEWARE[:_at], "newsroom.db_router.PinPrimaryMiddleware", *MIDDLEWARE[_at:]]
