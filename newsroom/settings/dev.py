"""Local development: `make run`. Debug on, a generated secret kept under var/."""

import secrets

from newsroom.env import env_bool, env_str

from .base import *  # noqa: F403
from .base import VAR_DIR

ENVIRONMENT = "development"
MAILERS = {
    "default": {
        "BACKEND": env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
    }
}
DEBUG = env_bool("DEBUG", True)


def _local_secret_key():
    # A per-checkout secret, generated once and never committed.
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY") or _local_secret_key()
