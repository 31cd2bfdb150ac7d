#!/usr/bin/env bash
# Runs MLDrill on its embedded SQLite database. The coding judge needs bubblewrap and Debian's python3-numpy:
# installed here when missing (as root, on Debian); without them the app runs and the judge says what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
/usr/bin/python3 -c "import numpy" >/dev/null 2>&1 || need+=(python3-numpy)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the coding judge's dependencies: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "Note: the coding judge needs ${need[*]} (apt-get install ${need[*]}); everything else works without." >&2
  fi
fi

exec dotnet run --project src/MLDrill.Web -c Release -- --urls "${MLDRILL_URLS:-http://127.0.0.1:5000}" "$@"
