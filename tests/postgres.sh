#!/usr/bin/env bash
# A private PostgreSQL for the tests, from Debian's `postgresql` package (installed
# with apt-get when missing): its own data directory and port, run as a non-root
# user (`postgres` when we are root), listening on 127.0.0.1 only, with TLS on
# (a self-signed certificate made here) so the tests can ask for sslmode=require.
#   tests/postgres.sh start   starts it (or finds it running) and prints its URL
#   tests/postgres.sh stop    stops it
#   tests/postgres.sh url     prints the URL of the running one
# EID_FORM_PG_PORT (default 55432) and EID_FORM_PG_DIR (default /tmp/eid-form-pg-PORT).
set -euo pipefail
port="${EID_FORM_PG_PORT:-55432}"
dir="${EID_FORM_PG_DIR:-/tmp/eid-form-pg-$port}"
action="${1:-start}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing Debian's postgresql" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin="$(find_bin)"
  else
    echo "tests/postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
  fi
fi

# PostgreSQL refuses to run as root: use the package's `postgres` user then.
if [ "$(id -u)" = 0 ]; then
  owner=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  owner="$(id -un)"
  as_owner() { "$@"; }
fi

url() { echo "postgres://eidform:$(cat "$dir/password")@127.0.0.1:$port/postgres"; }

case "$action" in
  start)
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      rm -rf "$dir"
      mkdir -p "$dir"
      chmod 700 "$dir"
      head -c 18 /dev/urandom | base64 | tr -d '+/=' > "$dir/password"
      chown -R "$owner" "$dir"
      as_owner "$bin/initdb" -D "$dir/data" -U eidform --pwfile="$dir/password" \
        --auth-host=scram-sha-256 --auth-local=peer -E UTF8 --no-locale >"$dir/initdb.log"
    fi
    if [ ! -f "$dir/data/server.key" ]; then
      openssl req -new -x509 -days 3650 -nodes -subj "/CN=127.0.0.1" \
        -addext "subjectAltName=IP:127.0.0.1" \
        -keyout "$dir/data/server.key" -out "$dir/data/server.crt" 2>/dev/null
      chmod 600 "$dir/data/server.key"
      chown "$owner" "$dir/data/server.key" "$dir/data/server.crt"
      # A server started before TLS was set up restarts with it.
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=400 -c shared_buffers=128MB -c ssl=on" \
        start >&2
    fi
    url
    ;;
  stop)
    if [ -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
    fi
    ;;
  url)
    url
    ;;
  *)
    echo "usage: tests/postgres.sh start|stop|url" >&2
    exit 2
    ;;
esac
