#!/usr/bin/env bash
# Runs MLDrill on its embedded SQLite database. The coding judge needs bubblewrap and Debian's python3-numpy:
# installed here when missing (as root, on Debian); without them the app runs and the judge says what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/install-missing.sh

need=()
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
/usr/bin/python3 -c "import numpy" >/dev/null 2>&1 || need+=(python3-numpy)
# Without them the app still runs; the judge says what is missing.
install_missing "the coding judge's dependencies" "${need[@]}" || true

exec dotnet run --project src/MLDrill.Web -c Release -- --urls "${MLDRILL_URLS:-http://127.0.0.1:5000}" "$@"
