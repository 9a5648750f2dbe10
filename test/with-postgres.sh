#!/usr/bin/env bash
# Runs a command with DATABASE_URL pointing at a throw-away PostgreSQL server
# (Debian's postgresql binaries), started in a temporary folder and removed afterwards.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d -t buurtkit-pg.XXXXXX)
# A free port unless one is given, so two runs on one machine never meet.
port=${PGPORT_TEST:-$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")}
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$dir"
cleanup() { run_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT
run_pg "$bin/initdb" -D "$dir/data" -U buurtkit --auth=trust -E UTF8 >/dev/null
run_pg "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null
run_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U buurtkit buurtkit
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on port $port"
DATABASE_URL="postgres://buurtkit@127.0.0.1:$port/buurtkit" "$@"
