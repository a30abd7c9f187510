#!/usr/bin/env bash
# deploy/replica-check.sh: prove the read-replica router against real PostgreSQL.
#
# Starts a throwaway PostgreSQL primary and a streaming replica made with
# pg_basebackup (both on 127.0.0.1, random free ports, data under /tmp),
# migrates the primary, then runs Django (newsroom.settings.dev with
# DATABASE_URL = the primary, REPLICA_DATABASE_URLS = the replica) and checks:
#   1. an anonymous reader's queries are served by the replica
#      (pg_is_in_recovery() is true through the alias the router picks);
#   2. an editor's read-after-write sees the write at once, from the primary,
#      while the replica is held behind (WAL replay paused); right after the
#      change every reader reads from the primary for DATABASE_REPLICA_LAG_SECONDS
#      (the emptied page cache is refilled from fresh data), then from the
#      replica again (here still behind, as a lag beyond that window would be);
#   3. with the replica stopped, readers fall back to the primary without an
#      error, and return to the replica once it is back.
# Not part of `make test`. Bounded: every step has a timeout and the whole run
# stops after REPLICA_CHECK_TIMEOUT seconds (default 300). Exit status 0 only
# if every check passed. Everything is stopped and removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
DEADLINE=${REPLICA_CHECK_TIMEOUT:-300}

PG_BIN=${PG_BIN:-}
if [ -z "$PG_BIN" ]; then
    PG_CTL=$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | sort -V | tail -n 1 || true)
    [ -n "$PG_CTL" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
    PG_BIN=$(dirname "$PG_CTL")
fi
[ -x "$PY" ] || { echo "No virtualenv: run 'make test' or 'make run' once first." >&2; exit 1; }

log() { printf '\n== %s\n' "$*"; }
as_db() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

WORK=$(mktemp -d /tmp/newsroom-replica.XXXXXX)
chmod 755 "$WORK"
mkdir -p "$WORK"/{primary-run,replica-run,var}
[ "$(id -u)" = 0 ] && chown postgres:postgres "$WORK" "$WORK/primary-run" "$WORK/replica-run"

watchdog=
cleanup() {
    status=$?
    trap - EXIT INT TERM
    log "Stopping the replica and the primary, removing $WORK"
    as_db "$PG_BIN/pg_ctl" -D "$WORK/replica" stop -m immediate -t 20 >/dev/null 2>&1 || true
    as_db "$PG_BIN/pg_ctl" -D "$WORK/primary" stop -m immediate -t 20 >/dev/null 2>&1 || true
    [ -n "$watchdog" ] && kill "$watchdog" 2>/dev/null || true
    rm -rf "$WORK"
    exit "$status"
}
trap cleanup EXIT
trap 'echo "Interrupted or over the ${DEADLINE} s limit" >&2; exit 124' INT TERM
# The watchdog holds no output open, and takes its sleep with it when stopped.
(
    trap 'kill "$nap" 2>/dev/null; exit 0' TERM
    sleep "$DEADLINE" & nap=$!
    wait "$nap" && kill -TERM $$
) >/dev/null 2>&1 &
watchdog=$!

read -r PRIMARY_PORT REPLICA_PORT < <("$PY" -c '
import socket
socks = [socket.socket() for _ in range(2)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
')

log "Primary: initdb, 127.0.0.1:$PRIMARY_PORT (+ Unix socket), wal_level=replica ($PG_BIN)"
as_db "$PG_BIN/initdb" -D "$WORK/primary" -U postgres -A trust -E UTF8 >/dev/null
cat >>"$WORK/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$WORK/primary-run'
wal_level = replica
max_wal_senders = 4
hot_standby = on
fsync = off
EOF
# Loopback only: a replication role, trusted from 127.0.0.1 and nowhere else.
cat >"$WORK/primary/pg_hba.conf" <<EOF
local   all          all                       trust
host    all          all         127.0.0.1/32  trust
host    replication  replicator  127.0.0.1/32  trust
EOF
as_db "$PG_BIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w -t 30 start >/dev/null
PSQL_PRIMARY=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres)
as_db "${PSQL_PRIMARY[@]}" -c "CREATE ROLE replicator WITH REPLICATION LOGIN" -c "CREATE DATABASE newsroom"

log "Replica: pg_basebackup -R from the primary, hot standby on 127.0.0.1:$REPLICA_PORT"
as_db timeout 60 "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U replicator \
    -D "$WORK/replica" -R -X stream -c fast
REPLICA_OPTS="-c port=$REPLICA_PORT -c unix_socket_directories=$WORK/replica-run -c hot_standby=on"
as_db "$PG_BIN/pg_ctl" -D "$WORK/replica" -l "$WORK/replica.log" -w -t 30 start -o "$REPLICA_OPTS" >/dev/null
as_db "${PSQL_PRIMARY[@]}" -At -c \
    "SELECT 'replication: ' || application_name || ' from ' || client_addr || ' ' || state FROM pg_stat_replication"

export DJANGO_SETTINGS_MODULE=newsroom.settings.dev
export DATABASE_URL="postgres://postgres@127.0.0.1:$PRIMARY_PORT/newsroom"
export REPLICA_DATABASE_URLS="postgres://postgres@127.0.0.1:$REPLICA_PORT/newsroom"
export NEWSROOM_VAR_DIR=$WORK/var
export SECRET_KEY=replica-check-only-$RANDOM$RANDOM$RANDOM
export DEBUG=0 ALLOWED_HOSTS=testserver LOG_LEVEL=ERROR
# Every reader request reaches the database (no page cache in front), the
# read counter does not flush mid-check, a downed replica is retried after 3 s.
export PAGE_CACHE_SECONDS=0 MOST_READ_FLUSH_SECONDS=3600
export DATABASE_REPLICA_RETRY_SECONDS=3 REPLICA_CONNECT_TIMEOUT=2 DATABASE_PIN_SECONDS=15
export DATABASE_REPLICA_LAG_SECONDS=2
export RC_PG_BIN=$PG_BIN RC_REPLICA_DATA=$WORK/replica RC_REPLICA_LOG=$WORK/replica.log
export RC_REPLICA_OPTS=$REPLICA_OPTS RC_AS_ROOT=$([ "$(id -u)" = 0 ] && echo 1 || echo 0)

log "migrate (once, on the primary; the router allows no migration on replicas)"
timeout 120 "$PY" manage.py migrate --noinput -v 0

log "Django: the router against the primary and the replica"
timeout 120 "$PY" - <<'PYTHON'
import json
import logging
import os
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME  # noqa: E402
from django.db import connections, router  # noqa: E402
from django.http import JsonResponse  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.urls import reverse  # noqa: E402

from articles.models import Article  # noqa: E402
from newsroom.db_router import PIN_COOKIE, PinPrimaryMiddleware  # noqa: E402
from tests.factories import EditorFactory, PublishedArticleFactory  # noqa: E402

ALIASES = ["default", "replica1"]
failures = []


def say(text=""):
    print(text, flush=True)


def check(label, ok, detail=""):
    say(f"  [{'PASS' if ok else 'FAIL'}] {label}{f' ({detail})' if detail else ''}")
    if not ok:
        failures.append(label)


def scalar(alias, sql, params=()):
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def pg(*args):
    command = [f"{os.environ['RC_PG_BIN']}/pg_ctl", "-D", os.environ["RC_REPLICA_DATA"], *args]
    if os.environ["RC_AS_ROOT"] == "1":
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=True, timeout=40, capture_output=True)  # noqa: S603


def wait_until(predicate, seconds=15):
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        try:
            if predicate():
                return time.monotonic() - start
        finally:
            connections["replica1"].close()
        time.sleep(0.05)
    return None


class Warnings(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())


# The router's warnings, shown in the transcript (LOG_LEVEL=ERROR hides the
# expected "Not Found" lines of the 404 checks).
router_log = Warnings()
router_logger = logging.getLogger("newsroom.db_router")
router_logger.setLevel(logging.WARNING)
router_logger.propagate = False
router_logger.addHandler(router_log)
logging.getLogger("django.request").setLevel(logging.ERROR)


@contextmanager
def counted():
    counts = dict.fromkeys(ALIASES, 0)
    with ExitStack() as stack:
        for alias in ALIASES:

            def wrapper(execute, sql, params, many, context, alias=alias):
                counts[alias] += 1
                return execute(sql, params, many, context)

            stack.enter_context(connections[alias].execute_wrapper(wrapper))
        yield counts


def request(client, method, url, **data):
    with counted() as counts:
        start = time.monotonic()
        response = getattr(client, method)(url, data or None)
        elapsed = (time.monotonic() - start) * 1000
    cookies = ", ".join(sorted(response.cookies)) or "none"
    say(
        f"  {method.upper()} {url} -> {response.status_code} in {elapsed:.0f} ms; "
        f"queries: primary {counts['default']}, replica1 {counts['replica1']}; "
        f"Set-Cookie: {cookies}"
    )
    return response, counts


def probe(request):
    """What the router picks for a read in this request, and what that server is."""
    alias = router.db_for_read(Article)
    return JsonResponse({"alias": alias, "in_recovery": scalar(alias, "SELECT pg_is_in_recovery()")})


def reader_probe():
    response = PinPrimaryMiddleware(probe)(RequestFactory().get("/"))
    return json.loads(response.content)


def where(alias):
    data = settings.DATABASES[alias]
    return f"{data['HOST']}:{data['PORT']}/{data['NAME']}"


say("Settings:")
for alias in ALIASES:
    say(f"  DATABASES[{alias!r}] -> {where(alias)} OPTIONS={settings.DATABASES[alias].get('OPTIONS')}")
say(f"  DATABASE_ROUTERS = {settings.DATABASE_ROUTERS}")
at = settings.MIDDLEWARE.index("newsroom.db_router.PinPrimaryMiddleware")
say(f"  MIDDLEWARE[{at}] = 'newsroom.db_router.PinPrimaryMiddleware' (before {settings.MIDDLEWARE[at + 1]!r})")
check("default is the primary", scalar("default", "SELECT pg_is_in_recovery()") is False)
check("replica1 is a hot standby", scalar("replica1", "SELECT pg_is_in_recovery()") is True)
say(f"  primary sees: {scalar('default', 'SELECT state FROM pg_stat_replication')} replication")

say("\n1. An anonymous reader reads from the replica")
editor = EditorFactory(username="redaktur")
story = PublishedArticleFactory(headline="Jembatan gantung diresmikan")
other = PublishedArticleFactory(headline="Pasar rakyat dibuka kembali")
lag = wait_until(lambda: Article.objects.using("replica1").filter(pk=other.pk).exists())
check("replica has the new stories", lag is not None, f"replicated in {lag * 1000:.0f} ms")
window = settings.DATABASE_REPLICA_LAG_SECONDS
response, counts = request(Client(), "get", story.get_absolute_url())
check(
    f"right after content changed, readers use the primary for {window} s",
    response.status_code == 200 and counts["default"] > 0 and counts["replica1"] == 0,
)
time.sleep(window + 0.1)
say(f"  ... {window} s later:")
found = reader_probe()
say(f"  router.db_for_read(Article) in a reader's request -> {found['alias']!r}")
check("SELECT pg_is_in_recovery() through that alias is true", found == {"alias": "replica1", "in_recovery": True})
reader = Client()
response, counts = request(reader, "get", story.get_absolute_url())
check(
    "story page served from the replica, no query on the primary",
    response.status_code == 200 and counts["replica1"] > 0 and counts["default"] == 0,
)
check("no cookie for the anonymous reader", not response.cookies)

say("\n2. An editor's read-after-write, with the replica held behind")
editor_client = Client()
editor_client.force_login(editor)
session_key = editor_client.session.session_key
check(
    "editor's session replicated",
    wait_until(
        lambda: scalar("replica1", "SELECT count(*) FROM django_session WHERE session_key = %s", [session_key]) == 1
    )
    is not None,
)
scalar("replica1", "SELECT pg_wal_replay_pause()::text")
time.sleep(0.2)
state = scalar("replica1", "SELECT pg_get_wal_replay_pause_state()")
say(f"  replica WAL replay: {state} (simulates replication lag)")
connections["replica1"].close()
response, counts = request(
    editor_client,
    "post",
    reverse("admin:articles_article_changelist"),
    action="unpublish",
    index="0",
    **{ACTION_CHECKBOX_NAME: [story.pk]},
)
pin = response.cookies.get(PIN_COOKIE)
check("editor unpublished the story (admin action) on the primary", response.status_code == 302 and counts["replica1"] == 0)
check(
    f"editor got the pin cookie {PIN_COOKIE}",
    pin is not None and pin["httponly"] and pin["max-age"] == 15,
    f"Max-Age={pin['max-age']}; HttpOnly; SameSite={pin['samesite']}" if pin else "missing",
)
primary_status = scalar("default", "SELECT status FROM articles_article WHERE id = %s", [story.pk])
replica_status = scalar("replica1", "SELECT status FROM articles_article WHERE id = %s", [story.pk])
connections["replica1"].close()
say(f"  story status: primary {primary_status!r}, replica {replica_status!r} (behind)")
check("the replica is really behind", primary_status != replica_status)
response, counts = request(editor_client, "get", story.get_absolute_url())
check(
    "editor's own write is visible at once: 404, read from the primary",
    response.status_code == 404 and counts["default"] > 0 and counts["replica1"] == 0,
)
response, counts = request(Client(), "get", story.get_absolute_url())
check(
    "an anonymous reader right after the change: 404 from the primary (lag window)",
    response.status_code == 404 and counts["default"] > 0 and counts["replica1"] == 0,
)
time.sleep(window + 0.1)
say(f"  ... {window} s later, replay still paused (lag beyond the window):")
response, counts = request(Client(), "get", story.get_absolute_url())
check(
    "the anonymous reader now reads the lagging replica (still 200: eventual consistency)",
    response.status_code == 200 and counts["replica1"] > 0 and counts["default"] == 0,
)
response, counts = request(editor_client, "get", story.get_absolute_url())
check(
    "the pinned editor still reads the primary (404)",
    response.status_code == 404 and counts["default"] > 0 and counts["replica1"] == 0,
)
scalar("replica1", "SELECT pg_wal_replay_resume()::text")
lag = wait_until(lambda: scalar("replica1", "SELECT status FROM articles_article WHERE id = %s", [story.pk]) == primary_status)
check("replay resumed: the replica caught up", lag is not None, f"in {lag * 1000:.0f} ms" if lag is not None else "")
response, counts = request(Client(), "get", story.get_absolute_url())
check("the anonymous reader now gets 404 too, from the replica", response.status_code == 404 and counts["default"] == 0)

say("\n3. Replica outage: readers fall back to the primary")
connections.close_all()
pg("stop", "-m", "fast", "-t", "30")
say("  replica stopped (pg_ctl stop -m fast)")
response, counts = request(Client(), "get", other.get_absolute_url())
check(
    "reader served by the primary, no error",
    response.status_code == 200 and counts["default"] > 0 and counts["replica1"] == 0,
)
say(f"  router log: {router_log.messages[-1] if router_log.messages else '(nothing)'}")
warnings_before = len(router_log.messages)
response, counts = request(Client(), "get", other.get_absolute_url())
check(
    "next reader: replica marked down, not retried within the retry period",
    response.status_code == 200 and len(router_log.messages) == warnings_before,
)
found = reader_probe()
check("router now picks the primary for readers", found == {"alias": "default", "in_recovery": False}, str(found))

say("\n4. The replica returns: readers go back to it without a restart")
pg("start", "-w", "-t", "30", "-l", os.environ["RC_REPLICA_LOG"], "-o", os.environ["RC_REPLICA_OPTS"])
say(f"  replica started; waiting out DATABASE_REPLICA_RETRY_SECONDS={settings.DATABASE_REPLICA_RETRY_SECONDS}")
time.sleep(settings.DATABASE_REPLICA_RETRY_SECONDS + 0.2)
response, counts = request(Client(), "get", other.get_absolute_url())
check(
    "reader served by the replica again",
    response.status_code == 200 and counts["replica1"] > 0 and counts["default"] == 0,
)
found = reader_probe()
check("pg_is_in_recovery() through the reader's alias is true again", found == {"alias": "replica1", "in_recovery": True})

connections.close_all()
say()
if failures:
    say(f"FAILED: {len(failures)} check(s): {'; '.join(failures)}")
    sys.exit(1)
say("ALL CHECKS PASSED")
PYTHON
