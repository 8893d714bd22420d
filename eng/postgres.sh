#!/usr/bin/env bash
# A throw-away PostgreSQL for tests and benchmarks.
#   eng/postgres.sh start <dir>   -> prints the Npgsql connection string as the last line
#   eng/postgres.sh stop <dir>
# The server refuses to run as root, so the cluster in <dir> belongs to the `postgres` OS user.
set -euo pipefail

usage() { echo "usage: $0 start|stop <dir>" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
cmd=$1
dir=$(realpath -m "$2")
data="$dir/data"
as_postgres() { if [[ $(id -un) == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi; }

find_bin() {
    local initdb
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n $initdb ]] && dirname "$initdb"
}

install_postgres() {
    echo "postgres.sh: installing PostgreSQL with apt-get" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
}

free_port() {
    # Let the kernel pick a port that is free right now on the loopback interface.
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || shuf -i 20000-60000 -n 1
}

start() {
    local bin port password
    bin=$(find_bin || true)
    if [[ -z $bin ]]; then install_postgres; bin=$(find_bin); fi

    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres:postgres "$dir"; fi

    if [[ ! -f $data/PG_VERSION ]]; then
        as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >&2
    fi

    if as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        port=$(cat "$dir/port")
    else
        port=$(free_port)
        echo "$port" | as_postgres tee "$dir/port" >/dev/null
        # fsync stays on: the benchmark should measure a durable database.
        as_postgres "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
            -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=200" start >&2
    fi

    password=sanxiang_test
    as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sanxiang') THEN
    CREATE ROLE sanxiang LOGIN CREATEDB PASSWORD '$password';
  END IF;
END \$\$;
SQL
    if ! as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'sanxiang_test'" | grep -q 1; then
        as_postgres "$bin/createdb" -h "$dir" -p "$port" -U postgres -O sanxiang sanxiang_test >&2
    fi
    echo "Host=127.0.0.1;Port=$port;Database=sanxiang_test;Username=sanxiang;Password=$password"
}

stop() {
    local bin
    bin=$(find_bin || true)
    [[ -n $bin && -f $data/PG_VERSION ]] || { echo "postgres.sh: nothing to stop in $dir" >&2; return 0; }
    as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
}

case $cmd in
    start) start ;;
    stop) stop ;;
    *) usage ;;
esac
