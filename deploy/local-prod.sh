#!/usr/bin/env bash
# `make prod`: the production profile on this machine, exactly as deployed.
#   PostgreSQL and Redis (throwaway servers under var/prod, loopback only),
#   gunicorn with newsroom.settings.prod, and Debian's nginx in front
#   terminating TLS with a self-signed certificate and serving renditions.
# Usage: deploy/local-prod.sh          serve https://127.0.0.1:8443/ until Ctrl-C
#        deploy/local-prod.sh --check  start, fetch a page, a static file and a
#                                      rendition through nginx, stop
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STATE=$ROOT/var/prod
PY=$ROOT/.venv/bin/python
HTTPS_PORT=${HTTPS_PORT:-8443}
HTTP_PORT=${HTTP_PORT:-8080}
APP_PORT=${APP_PORT:-8001}
REDIS_PORT=${REDIS_PORT:-6390}
CHECK=0
[ "${1:-}" = "--check" ] && CHECK=1

log() { printf '\n== %s\n' "$*"; }

need=()
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v openssl >/dev/null || need+=(openssl)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "Missing Debian packages: ${need[*]} (sudo apt-get install ${need[*]})" >&2
        exit 1
    fi
    log "Installing from Debian: ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
PG_BIN=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | sort -V | tail -n 1)")

mkdir -p "$STATE"/{tls,media,private,static,nginx-tmp,pg-run}
as_db() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pids=()
cleanup() {
    log "Stopping"
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$STATE/nginx.pid" ] && kill "$(cat "$STATE/nginx.pid")" 2>/dev/null || true
    as_db "$PG_BIN/pg_ctl" -D "$STATE/postgres" stop -m fast >/dev/null 2>&1 || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

log "PostgreSQL (data in var/prod/postgres, Unix socket only)"
if [ ! -d "$STATE/postgres" ]; then
    mkdir -p "$STATE/postgres"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$STATE/postgres" "$STATE/pg-run"
    as_db "$PG_BIN/initdb" -D "$STATE/postgres" -U postgres -A trust -E UTF8 >/dev/null
fi
[ "$(id -u)" = 0 ] && chown postgres:postgres "$STATE/pg-run"
as_db "$PG_BIN/pg_ctl" -D "$STATE/postgres" -l "$STATE/pg-run/postgres.log" -w start \
    -o "-c listen_addresses='' -k $STATE/pg-run" >/dev/null
as_db "$PG_BIN/psql" -h "$STATE/pg-run" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'newsroom'" | grep -q 1 \
    || as_db "$PG_BIN/createdb" -h "$STATE/pg-run" -U postgres newsroom

log "Redis (127.0.0.1:$REDIS_PORT, memory only)"
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no \
    --maxmemory 256mb --maxmemory-policy allkeys-lru >"$STATE/redis.log" 2>&1 &
pids+=($!)

if [ ! -f "$STATE/tls/cert.pem" ]; then
    log "Self-signed certificate for 127.0.0.1 and localhost"
    openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
        -keyout "$STATE/tls/key.pem" -out "$STATE/tls/cert.pem" 2>/dev/null
fi
[ -f "$STATE/secret_key" ] || (umask 077 && "$PY" -c "import secrets; print(secrets.token_urlsafe(64))" >"$STATE/secret_key")

export DJANGO_SETTINGS_MODULE=newsroom.settings.prod
export SECRET_KEY; SECRET_KEY=$(cat "$STATE/secret_key")
export ALLOWED_HOSTS=127.0.0.1,localhost
export CSRF_TRUSTED_ORIGINS="https://127.0.0.1:$HTTPS_PORT,https://localhost:$HTTPS_PORT"
export DATABASE_URL="postgres://postgres@${STATE//\//%2F}%2Fpg-run/newsroom"
export REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
export NEWSROOM_VAR_DIR=$STATE
export MEDIA_ROOT=$STATE/media PRIVATE_MEDIA_ROOT=$STATE/private
# No mail server here: SMTP to a loopback port nothing listens on (sending fails, loudly).
export EMAIL_HOST=127.0.0.1 EMAIL_PORT=1025 EMAIL_USE_TLS=0
export GUNICORN_BIND="127.0.0.1:$APP_PORT" WEB_CONCURRENCY=${WEB_CONCURRENCY:-2}

log "Check --deploy, migrations, static files, demo content"
"$PY" manage.py check --deploy --fail-level WARNING
"$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
"$PY" manage.py load_demo --force
"$PY" manage.py ensure_admin
echo "(on this stack the admin is at https://127.0.0.1:$HTTPS_PORT/admin/)"

log "gunicorn (127.0.0.1:$APP_PORT) behind nginx (https://127.0.0.1:$HTTPS_PORT/)"
"$ROOT/.venv/bin/gunicorn" -c python:newsroom.gunicorn_conf newsroom.wsgi &
pids+=($!)
sed -e "s|@STATE@|$STATE|g" -e "s|@APP_PORT@|$APP_PORT|g" \
    -e "s|@HTTPS_PORT@|$HTTPS_PORT|g" -e "s|@HTTP_PORT@|$HTTP_PORT|g" \
    deploy/nginx.conf.template >"$STATE/nginx.conf"
"$NGINX" -t -q -c "$STATE/nginx.conf" -p "$STATE" -e "$STATE/nginx-error.log"
"$NGINX" -c "$STATE/nginx.conf" -p "$STATE" -e "$STATE/nginx-error.log"

for _ in $(seq 1 50); do
    curl -ksf -o /dev/null "https://127.0.0.1:$HTTPS_PORT/healthz" && break
    sleep 0.2
done

if [ $CHECK = 1 ]; then
    "$PY" deploy/check_https.py "https://127.0.0.1:$HTTPS_PORT" "$STATE/tls/cert.pem" "$HTTP_PORT"
    exit $?
fi
echo
echo "Serving https://127.0.0.1:$HTTPS_PORT/ (self-signed certificate). Ctrl-C stops everything."
wait "${pids[@]}"
