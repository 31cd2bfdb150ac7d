#!/usr/bin/env bash
# Runs MLDrill's whole test suite: installs what the tests need (as root, on Debian), starts a throwaway
# PostgreSQL cluster on a free port for the duration of the run, validates the content, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install-missing.sh

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
/usr/bin/python3 -c "import numpy" >/dev/null 2>&1 || need+=(python3-numpy)
install_missing "test dependencies" "${need[@]}" || exit 1

# A throwaway PostgreSQL cluster, owned by the postgres user (initdb refuses root).
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGDIR=$(mktemp -d)
PGPORT=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
run_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$PGDIR"
cleanup() {
  run_pg "$PGBIN/pg_ctl -D $PGDIR/data -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
run_pg "$PGBIN/initdb -D $PGDIR/data -A trust -U postgres >/dev/null"
run_pg "$PGBIN/pg_ctl -D $PGDIR/data -o \"-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l $PGDIR/log -w start" >/dev/null
export MLDRILL_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
echo "PostgreSQL for tests on port $PGPORT"

dotnet tool restore >/dev/null
dotnet build MLDrill.slnx -c Release -nologo -v q
dotnet run --project src/MLDrill.Cli -c Release --no-build -- content validate --path content
log="$PGDIR/test.log"
set +e
# One test assembly at a time (-m:1): the browser tests get the machine's two cores to themselves.
dotnet test MLDrill.slnx -c Release --no-build -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One line for the whole suite, summed over the per-project summaries the runner prints.
grep -E '(Passed|Failed)! +- +Failed: ' "$log" | sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+).*/\1 \2/' |
  awk '{failed += $1; passed += $2} END {printf "%d passed, %d failed\n", passed, failed}'
exit "$status"
