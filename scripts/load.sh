#!/usr/bin/env bash
# Load and start-up figures for the practice page on the embedded SQLite store, on the ReadyToRun publish
# a deployment would use: cold start to first response (a restart on existing data, the first run on a new data
# folder, and the plain build for comparison), memory, and /Practice under 100 concurrent connections against a
# static file served by the same process (the baseline, measured in the same rounds; the median of three is given).
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

# The baseline for start-up and memory: the empty template of the stack the app is built on (ASP.NET Core Razor
# Pages, Identity, EF Core on SQLite: `dotnet new webapp --auth Individual`), published and started the same way, with
# the same GC and globalization settings: its first page (the login page) and its memory before and after a sign-up
# and one signed-in page.
template_baseline() {
  local dir="$data/template" tport tbase tpid starts=() jar="$data/template-cookies"
  dotnet new webapp --auth Individual --framework net10.0 -n Baseline -o "$dir/src" >/dev/null
  sed -i 's/RequireConfirmedAccount = true/RequireConfirmedAccount = false/' "$dir/src/Program.cs"
  dotnet publish "$dir/src" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:InvariantGlobalization=true -p:ServerGarbageCollection=false -o "$dir/app" -nologo -v q >/dev/null
  # Build servers left by the two publishes would share the machine with the measurements.
  dotnet build-server shutdown >/dev/null 2>&1 || true
  tport=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  tbase="http://127.0.0.1:$tport"
  for round in 1 2 3; do
    cp "$dir/src/app.db" "$dir/app/app.db"
    local start_ms; start_ms=$(date +%s%3N)
    (cd "$dir/app" && exec dotnet Baseline.dll --urls "$tbase" >"$data/template.log" 2>&1) &
    tpid=$!
    until curl -fs -o /dev/null "$tbase/Identity/Account/Login" 2>/dev/null; do
      kill -0 $tpid 2>/dev/null || { cat "$data/template.log" >&2; exit 1; }
      sleep 0.02
    done
    starts+=($(( $(date +%s%3N) - start_ms )))
    if [[ $round == 3 ]]; then
      sleep 2; local started_kb; started_kb=$(awk '/VmRSS/{print $2}' /proc/$tpid/status)
      local token; token=$(curl -s -c "$jar" -b "$jar" "$tbase/Identity/Account/Register" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
      curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=load@example.test" --data-urlencode "Input.Password=Load-test-passw0rd!" \
        --data-urlencode "Input.ConfirmPassword=Load-test-passw0rd!" --data-urlencode "__RequestVerificationToken=$token" "$tbase/Identity/Account/Register"
      curl -s -b "$jar" "$tbase/" | grep -q "Hello load@example.test" || { echo "could not sign in to the template app" >&2; exit 1; }
      sleep 2; echo "$(printf '%s,' "${starts[@]}" | sed 's/,$//') $started_kb $(awk '/VmRSS/{print $2}' /proc/$tpid/status)"
    fi
    kill $tpid; while kill -0 $tpid 2>/dev/null; do sleep 0.05; done
  done
}
template=$(template_baseline)

# Starts the app and prints the milliseconds to its first response (/health/live) and to its first page (the login
# page, served once the content is loaded and the database migrated); "new" starts it on an empty data folder (its
# first run ever, which creates the database), "existing" on the data of the run before (a restart).
start() {
  [[ "$2" == existing ]] || rm -rf "$data/db"
  local start_ms; start_ms=$(date +%s%3N)
  # From the app's own folder: its content root, where wwwroot (the static baseline) lives.
  (cd "$(dirname "$1")" && exec dotnet "$(basename "$1")" --urls "$base" --Storage:DataDirectory="$data/db" \
    --RateLimits:AccountPostsPerMinute=1000 >"$data/app.log" 2>&1) &
  pid=$!
  echo $pid >"$data/pid"
  until curl -fs "$base/health/live" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { cat "$data/app.log" >&2; exit 1; }
    sleep 0.02
  done
  local live_ms=$(( $(date +%s%3N) - start_ms ))
  until curl -fs -o /dev/null "$base/Account/Login" 2>/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$data/app.log" >&2; exit 1; }
    sleep 0.02
  done
  echo "$live_ms $(( $(date +%s%3N) - start_ms ))"
}
# start runs in a subshell here, so the process id comes back through a file.
stop() { local pid; pid=$(cat "$data/pid"); kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done; }
plain_ms=$(start src/MLDrill.Web/bin/Release/net10.0/MLDrill.Web.dll new | cut -d' ' -f2); stop
restarts=()
for _ in 1 2 3; do
  restarts+=("$(start "$data/app/MLDrill.Web.dll" existing | tr ' ' ,)")
  sleep 2; restart_kb=$(awk '/VmRSS/{print $2}' /proc/"$(cat "$data/pid")"/status); stop
done
first_ms=$(start "$data/app/MLDrill.Web.dll" new | tr ' ' ,)
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
rps() { awk '/Requests\/sec/{print $2}'; }
p99_ms() { awk '$1=="99%"{v=$2; if (v ~ /us$/) v=v/1000; else if (v ~ /ms$/) v=v+0; else if (v ~ /s$/) v=v*1000; print v}'; }
non2xx() { awk '/Non-2xx/{n=$5} END{print n+0}'; }
# Three interleaved rounds: on a shared machine one run can land on a busy moment; the median is reported.
rounds=()
for round in 1 2 3; do
  static=$(run "$base/css/site.css")
  practice=$(run -H "Cookie: $cookie" "$base/Practice")
  line="$(echo "$static" | rps) $(echo "$static" | p99_ms) $(echo "$static" | non2xx) $(echo "$practice" | rps) $(echo "$practice" | p99_ms) $(echo "$practice" | non2xx)"
  rounds+=("$line")
  echo "round $round: static $(echo "$line" | awk '{print $1 " req/s, p99 " $2 " ms, non-2xx " $3}'); practice $(echo "$line" | awk '{print $4 " req/s, p99 " $5 " ms, non-2xx " $6}')"
done
sleep 3
after_kb=$(awk '/VmRSS/{print $2}' /proc/$pid/status)

/usr/bin/python3 - "$plain_ms" "$first_ms" "${restarts[*]}" "$restart_kb" "$started_kb" "$idle_kb" "$after_kb" "$template" "${rounds[@]}" <<'PY'
import statistics, sys
plain, first, restarts, restarted, started, idle, after, template = sys.argv[1:9]
rounds = [list(map(float, r.split())) for r in sys.argv[9:]]
median = lambda xs: statistics.median(xs)
restarts = [tuple(map(int, x.split(","))) for x in restarts.split()]
first_live, first_page = map(int, first.split(","))
print(f"cold start to the first page (login), ReadyToRun publish: median {median([r[1] for r in restarts]):.0f} ms on existing data "
      f"({', '.join(str(r[1]) for r in restarts)}), {first_page} ms on a new data folder (creates the database); plain build, new data folder: {plain} ms")
print(f"cold start to the first response (/health/live): median {median([r[0] for r in restarts]):.0f} ms on existing data, {first_live} ms on a new data folder")
print(f"idle memory (RSS) after start-up: {int(restarted) // 1024} MB on existing data, {int(started) // 1024} MB on a new data folder; "
      f"after a sign-in and a practice page: {int(idle) // 1024} MB; after the load runs: {int(after) // 1024} MB")
template_starts, template_started, template_idle = template.split()
template_page = median(list(map(int, template_starts.split(","))))
print(f"baseline, the empty Razor Pages + Identity + EF Core SQLite template: first page median {template_page:.0f} ms ({template_starts}); "
      f"RSS {int(template_started) // 1024} MB after start-up, {int(template_idle) // 1024} MB after a sign-up and a signed-in page")
print(f"against the baseline: first page on a restart {median([r[1] for r in restarts]) / template_page:.2f}x, on the first run {first_page / template_page:.2f}x; "
      f"memory after start-up {int(restarted) / int(template_started):.2f}x, after a sign-in and a practice page {int(idle) / int(template_idle):.2f}x")
print(f"static file, 100 connections: median {median([r[0] for r in rounds]):.0f} req/s, p99 {median([r[1] for r in rounds]):.1f} ms")
print(f"practice page, 100 connections: median {median([r[3] for r in rounds]):.0f} req/s, p99 {median([r[4] for r in rounds]):.1f} ms, non-2xx: {sum(r[5] for r in rounds):.0f}")
print(f"practice/static throughput ratio: median {median([r[3] / r[0] for r in rounds]):.3f} (rounds: {', '.join(f'{r[3] / r[0]:.3f}' for r in rounds)})")
PY
