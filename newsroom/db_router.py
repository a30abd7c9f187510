"""Reads from PostgreSQL streaming replicas, writes and editors on the primary.

Active only when ``REPLICA_DATABASE_URLS`` is set (newsroom/settings/base.py
then defines the aliases ``replica1``, ``replica2``… and installs the router
and ``PinPrimaryMiddleware``). See docs/deploy.md.

Who reads where:

* Writes always go to ``default`` (the primary); migrations run only there.
* Inside a request, reads go to one healthy replica per request, chosen
  round-robin, unless the request must see the primary:
  - an editor's request: the staff area (``STAFF_AREA_PREFIXES``: the admin
    and previews) and every non-GET/HEAD/OPTIONS request;
  - the rest of a request after it wrote anything (``db_for_write`` was asked);
  - a client that wrote in the last ``DATABASE_PIN_SECONDS``: a signed cookie
    set after a write, for signed-in users only. Anonymous readers never get
    it (public pages are cached and set no cookie);
  - while the primary has a transaction open (a read there must see it);
  - for everyone, for ``DATABASE_REPLICA_LAG_SECONDS`` after published content
    changed (a shared marker in the page cache's store, set when the change
    commits): the change has just emptied the page cache, and a page rendered
    from a replica that has not replayed it yet would be cached, stale, under
    the new content version.
* Outside a request (management commands, shell, start-up) every read goes to
  the primary: commands write and read back, and must never see a lagging
  copy. ``replica_reads()`` opts a block of code into replicas.

Replica health: the first read of a request on a replica makes sure its
connection is up (``ensure_connection``: a no-op when connected, one connect
otherwise, which that request's first query would have made anyway; with
persistent connections and ``CONN_HEALTH_CHECKS`` Django's own once-per-request
check runs here). A replica that cannot be reached is marked down in this
process for ``DATABASE_REPLICA_RETRY_SECONDS`` and its reads go to another
replica or to the primary: an outage costs one failed connect per process per
retry period, bounded by the ``connect_timeout`` on the replica's settings.
"""

import itertools
import logging
import random
import threading
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from .security import is_staff_area

logger = logging.getLogger(__name__)

PIN_COOKIE = "newsroom_primary"
CONTENT_CHANGED_KEY = "db_router:content-changed"
_PIN_SALT = "newsroom.db_router.pin"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass
class ReadState:
    """Where this request's reads may go; set by PinPrimaryMiddleware."""

    primary: bool = False  # an editor's request or a pinned client
    wrote: bool = False  # db_for_write was asked during this request
    replica: str | None = None  # the replica chosen for this request


_state: ContextVar[ReadState | None] = ContextVar("newsroom_db_read_state", default=None)

# Per process: replica alias -> time.monotonic() when it was last found unreachable.
_down_since: dict[str, float] = {}
_down_lock = threading.Lock()
_round_robin = itertools.count(random.randrange(1_000))  # noqa: S311 (not security)


def replica_aliases():
    return list(getattr(settings, "REPLICA_ALIASES", ()))


def pin_seconds():
    return getattr(settings, "DATABASE_PIN_SECONDS", 15)


def retry_seconds():
    return getattr(settings, "DATABASE_REPLICA_RETRY_SECONDS", 30)


def lag_seconds():
    return getattr(settings, "DATABASE_REPLICA_LAG_SECONDS", 3)


def _shared_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def mark_content_changed():
    """Send every reader to the primary for the next DATABASE_REPLICA_LAG_SECONDS."""
    if lag_seconds() <= 0:
        return
    try:
        _shared_cache().set(CONTENT_CHANGED_KEY, time.time(), timeout=lag_seconds())
    except Exception:
        logger.exception("Could not share a content change with the other app servers.")


def content_changed_recently():
    try:
        return _shared_cache().get(CONTENT_CHANGED_KEY) is not None
    except Exception:  # the cache is down: so is the page cache, nothing stale is stored
        return False


def _on_content_change(sender, raw=False, using=DEFAULT_DB_ALIAS, **kwargs):
    if raw or (kwargs.get("action") or "post_").startswith("pre_"):
        return
    connection = transaction.get_connection(using)
    if not connection.in_atomic_block:
        mark_content_changed()
        return
    # Once per transaction, when it commits. A rolled-back savepoint drops its
    # callbacks: only trust one still queued.
    pending = getattr(connection, "_db_router_mark", None)
    if pending is not None and any(entry[1] is pending for entry in connection.run_on_commit):
        return

    def mark():
        connection._db_router_mark = None
        mark_content_changed()

    connection._db_router_mark = mark
    transaction.on_commit(mark, using=using)


def _listen_to_content_changes():
    from django.apps import apps

    from articles.cache_events import CONTENT_MODELS

    for label in CONTENT_MODELS:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(_on_content_change, sender=model, dispatch_uid=f"db_router:{label}")
    for label in CONTENT_MODELS:
        for field in apps.get_model(label)._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _on_content_change, sender=through, dispatch_uid=f"db_router:{through._meta.label}"
            )


def mark_replica_down(alias):
    with _down_lock:
        _down_since[alias] = time.monotonic()


def replica_is_marked_down(alias):
    since = _down_since.get(alias)
    return since is not None and time.monotonic() - since < retry_seconds()


def reset_replica_health():
    with _down_lock:
        _down_since.clear()


@contextmanager
def replica_reads(*, primary=False):
    """Route reads inside the block as for an anonymous reader's request."""
    token = _state.set(ReadState(primary=primary))
    try:
        yield _state.get()
    finally:
        _state.reset(token)


def _connect(alias):
    """True if the replica's connection is usable; marks it down if not."""
    connection = connections[alias]
    try:
        # Django's own checks, in the order a query would run them: drop a
        # persistent connection that went bad, then (re)connect if needed.
        connection.close_if_health_check_failed()
        connection.ensure_connection()
    except DatabaseError as error:
        mark_replica_down(alias)
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        logger.warning(
            "Read replica %s unreachable (%s): reading from the primary, retrying in %s s.",
            alias,
            reason,
            retry_seconds(),
        )
        return False
    return True


def _healthy_replica(state):
    """The alias of a reachable replica for this request, or None."""
    aliases = replica_aliases()
    if state.replica is not None:
        if not replica_is_marked_down(state.replica):
            return state.replica
        state.replica = None
    start = next(_round_robin)
    for offset in range(len(aliases)):
        alias = aliases[(start + offset) % len(aliases)]
        if replica_is_marked_down(alias):
            continue
        if _connect(alias):
            state.replica = alias
            return alias
    return None


class PrimaryReplicaRouter:
    def __init__(self):
        _listen_to_content_changes()

    def db_for_read(self, model, **hints):
        state = _state.get()
        if state is None or state.primary or state.wrote:
            return DEFAULT_DB_ALIAS
        if connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return _healthy_replica(state) or DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        state = _state.get()
        if state is not None:
            state.wrote = True
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replicas are copies of the primary: one database under several names.
        same_database = {DEFAULT_DB_ALIAS, *replica_aliases()}
        if obj1._state.db in same_database and obj2._state.db in same_database:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


class PinPrimaryMiddleware:
    """Decide per request whether reads may use a replica; pin writers to the primary.

    A signed-in client that wrote gets a signed cookie that keeps its reads on
    the primary for ``DATABASE_PIN_SECONDS`` (longer than the replicas' lag),
    so the story an editor just saved shows as saved on the public site too.
    Anonymous readers never get the cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        state = ReadState(primary=self._needs_primary(request))
        token = _state.set(state)
        try:
            response = self.get_response(request)
        finally:
            _state.reset(token)
        if state.wrote and _signed_in(request):
            response.set_signed_cookie(
                PIN_COOKIE,
                "1",
                salt=_PIN_SALT,
                max_age=pin_seconds(),
                secure=request.is_secure(),
                httponly=True,
                samesite="Lax",
            )
        return response

    @staticmethod
    def _needs_primary(request):
        if request.method not in _SAFE_METHODS or is_staff_area(request.path_info):
            return True
        if PIN_COOKIE in request.COOKIES:
            pinned = request.get_signed_cookie(
                PIN_COOKIE, default=None, salt=_PIN_SALT, max_age=pin_seconds()
            )
            if pinned is not None:
                return True
        return content_changed_recently()


def _signed_in(request):
    # No session cookie: AnonymousUser without a query. Otherwise the user
    # has usually been loaded by the view already.
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated
