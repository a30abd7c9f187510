#!/usr/bin/env bash
# Restore drill (docs/operations.md): back up a populated database with
# pg_dump, restore it into a fresh PostgreSQL cluster, and check that the
# content is the same, byte for byte, and that the restored site serves it.
# Everything runs in throwaway clusters under /tmp on Unix sockets.
#   deploy/restore-drill.sh [ARTICLES]   (default 2000 generated stories)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=$ROOT/.venv/bin/python
ARTICLES=${1:-2000}
PG_BIN=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | sort -V | tail -n 1)")
WORK=$(mktemp -d /tmp/newsroom-drill.XXXXXX)
chmod 755 "$WORK"
as_db() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
log() { printf '\n== %s\n' "$*"; }

start_cluster() {  # name
    local dir=$WORK/$1
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
    as_db "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 >/dev/null
    as_db "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w start -o "-c listen_addresses='' -k $dir" >/dev/null
    as_db "$PG_BIN/createdb" -h "$dir" -U postgres newsroom
}
stop_all() {
    for name in primary restored; do
        [ -d "$WORK/$name/data" ] && as_db "$PG_BIN/pg_ctl" -D "$WORK/$name/data" stop -m fast >/dev/null 2>&1 || true
    done
    rm -rf "$WORK"
}
trap stop_all EXIT
url() { echo "postgres://postgres@${WORK//\//%2F}%2F$1/newsroom"; }

# The content's fingerprint: every row of every table that shapes a page or
# an editorial record, in primary-key order.
FINGERPRINT="
SELECT string_agg(t || ':' || n || ':' || h, E'\n' ORDER BY t) FROM (
  SELECT 'article' t, count(*) n, md5(coalesce(string_agg(a::text, '|' ORDER BY id), '')) h FROM articles_article a
  UNION ALL SELECT 'revision', count(*), md5(coalesce(string_agg(r::text, '|' ORDER BY id), '')) FROM articles_articlerevision r
  UNION ALL SELECT 'transition', count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY id), '')) FROM articles_articletransition x
  UNION ALL SELECT 'tagged', count(*), md5(coalesce(string_agg(g::text, '|' ORDER BY id), '')) FROM articles_taggedarticle g
  UNION ALL SELECT 'correction', count(*), md5(coalesce(string_agg(c::text, '|' ORDER BY id), '')) FROM articles_correction c
  UNION ALL SELECT 'redirect', count(*), md5(coalesce(string_agg(d::text, '|' ORDER BY id), '')) FROM redirects_redirect d
  UNION ALL SELECT 'user', count(*), md5(coalesce(string_agg(u::text, '|' ORDER BY id), '')) FROM auth_user u
) s;"

export DJANGO_SETTINGS_MODULE=newsroom.settings.dev DEBUG=0
log "Primary: migrate, demo content and $ARTICLES generated stories"
start_cluster primary
DATABASE_URL=$(url primary) "$PY" manage.py migrate --noinput -v0
DATABASE_URL=$(url primary) "$PY" manage.py load_demo >/dev/null
DATABASE_URL=$(url primary) NEWSROOM_VAR_DIR="$WORK/var" "$PY" manage.py ensure_admin >/dev/null
DATABASE_URL=$(url primary) "$PY" manage.py generate_articles "$ARTICLES" --seed 7 >/dev/null

log "Backup: pg_dump --format=custom"
started=$SECONDS
as_db "$PG_BIN/pg_dump" -h "$WORK/primary" -U postgres --format=custom --file="$WORK/primary/newsroom.dump" newsroom
backup_seconds=$((SECONDS - started))
dump_size=$(du -h "$WORK/primary/newsroom.dump" | cut -f1)

log "Restore into a fresh cluster: pg_restore"
start_cluster restored
started=$SECONDS
as_db "$PG_BIN/pg_restore" -h "$WORK/restored" -U postgres --dbname=newsroom --no-owner --exit-on-error "$WORK/primary/newsroom.dump"
restore_seconds=$((SECONDS - started))

log "Check"
before=$(as_db "$PG_BIN/psql" -h "$WORK/primary" -U postgres -d newsroom -tAc "$FINGERPRINT")
after=$(as_db "$PG_BIN/psql" -h "$WORK/restored" -U postgres -d newsroom -tAc "$FINGERPRINT")
echo "$after"
[ "$before" = "$after" ] || { echo "FAIL: restored content differs" >&2; exit 1; }
DATABASE_URL=$(url restored) "$PY" manage.py migrate --check >/dev/null \
    || { echo "FAIL: restored schema is not at the code's migrations" >&2; exit 1; }
DATABASE_URL=$(url restored) "$PY" manage.py shell -c "
from django.test import Client
from articles.models import Article
story = Article.objects.published().order_by('-published_at').first()
client = Client(HTTP_HOST='localhost')
for url in ('/', story.get_absolute_url(), '/cari/?q=banjir', '/feed/', '/sitemap.xml'):
    status = client.get(url).status_code
    print(status, url)
    assert status == 200, url
"
echo
echo "Restore drill passed: $ARTICLES+ stories, dump $dump_size, backup ${backup_seconds}s, restore ${restore_seconds}s, content identical."
