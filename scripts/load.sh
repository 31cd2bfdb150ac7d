#!/usr/bin/env bash
# Load and start-up figures for the practice page on the embedded SQLite store, on the ReadyToRun publish
# a deployment would use: cold start to first response (also for the plain build, for comparison), idle
# memory, and /Practice under 100 concurrent connections against a static file served by the same process
# (the baseline, measured in the same run).
# Needs wrk (apt-get install wrk). Usage: bash scripts/load.sh [seconds-per-run]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

data=$(mktemp -d)
dotnet build src/MLDrill.Web -c Release -nologo -v q >/dev/null
dotnet publish src/MLDrill.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$data/app" -nologo -v q >/dev/null
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
pid=""
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT

# Starts the app on a fresh data folder and prints the milliseconds to its first response.
start() {
  rm -rf "$data/db"
  local start_ms; start_ms=$(date +%s%3N)
  # From the app's own folder: its content root, where wwwroot (the static baseline) lives.
  (cd "$(dirname "$1")" && exec dotnet "$(basename "$1")" --urls "$base" --Storage:DataDirectory="$data/db" \
    --RateLimits:AccountPostsPerMinute=1000 --Logging:LogLevel:Default=Warning >"$data/app.log" 2>&1) &
  pid=$!
  echo $pid >"$data/pid"
  until curl -fs "$base/health/live" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$data/app.log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(date +%s%3N) - start_ms ))
}
# start runs in a subshell here, so the process id comes back through a file.
plain_ms=$(start src/MLDrill.Web/bin/Release/net10.0/MLDrill.Web.dll)
pid=$(cat "$data/pid"); kill $pid; while kill -0 $pid 2>/dev/null; do sleep 0.05; done
first_ms=$(start "$data/app/MLDrill.Web.dll")
pid=$(cat "$data/pid")
sleep 2
started_kb=$(awk '/VmRSS/{print $2}' /proc/$pid/status)

jar="$data/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Register" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -c "$jar" -b "$jar" -o /dev/null -d "Input.Email=load@example.test&Input.Password=load-test-password&Input.ConfirmPassword=load-test-password&__RequestVerificationToken=$token" "$base/Account/Register"
# What a browser sends back: the sign-in cookie and the antiforgery cookie.
cookie=$(awk '$6=="mldrill.auth"{a="mldrill.auth="$7} $6=="mldrill.csrf"{c="; mldrill.csrf="$7} END{print a c}' "$jar")
[[ "$cookie" == mldrill.auth=* ]] || { echo "could not sign in" >&2; exit 1; }
curl -fs -H "Cookie: $cookie" "$base/Practice" | grep -q "Reveal answer" || { echo "practice page did not render" >&2; exit 1; }
sleep 2
idle_kb=$(awk '/VmRSS/{print $2}' /proc/$pid/status)

run() { wrk -t2 -c100 -d"${duration}s" --latency "$@" 2>&1; }
curl -fs -o /dev/null "$base/css/site.css" || { echo "the static file is not served" >&2; exit 1; }
# Warm-up of both paths, long enough for tiered compilation to finish: the figures are for a process in its stride.
warm=$(( duration > 20 ? duration : 20 ))
wrk -t2 -c100 -d"${warm}s" "$base/css/site.css" >/dev/null
wrk -t2 -c100 -d"${warm}s" -H "Cookie: $cookie" "$base/Practice" >/dev/null
static=$(run "$base/css/site.css")
practice=$(run -H "Cookie: $cookie" "$base/Practice")
rps() { awk '/Requests\/sec/{print $2}'; }
p99() { awk '$1=="99%"{print $2}'; }
non2xx() { awk '/Non-2xx/{n=$5} END{print n+0}'; }
static_rps=$(echo "$static" | rps); practice_rps=$(echo "$practice" | rps)
sleep 3
after_kb=$(awk '/VmRSS/{print $2}' /proc/$pid/status)

echo "cold start to first response: ${first_ms} ms (ReadyToRun publish), ${plain_ms} ms (plain build)"
echo "idle memory (RSS) after start-up: $((started_kb / 1024)) MB; after a sign-in and a practice page: $((idle_kb / 1024)) MB; after the load runs: $((after_kb / 1024)) MB"
echo "static file, 100 connections: ${static_rps} req/s, p99 $(echo "$static" | p99), non-2xx: $(echo "$static" | non2xx)"
echo "practice page, 100 connections: ${practice_rps} req/s, p99 $(echo "$practice" | p99), non-2xx: $(echo "$practice" | non2xx)"
echo "practice/static throughput ratio: $(/usr/bin/python3 -c "print(round($practice_rps/$static_rps, 3))")"
