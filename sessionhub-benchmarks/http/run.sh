#!/usr/bin/env bash
# The HTTP benchmark of the example app (docs/benchmarks.md, "HTTP API"): wrk against
#   get     GET one session (in the hub's cache)          beside  GET  /bench/floor/session
#   search  a filtered search (status + tag, one page)     beside  GET  /bench/floor/search
#   comment POST a comment (rotating over half the sessions)    beside  POST /bench/floor/comment
# The floor is a plain Spring MVC endpoint of the app's bench profile, behind the same security
# chain, answering the very bytes the real endpoint answered. Each pair runs in the same app, with
# the same connections, alternating real and floor ROUNDS times; load average and CPU steal are
# read from /proc around every run. Then JFR samples one more GET run of each side (where the time
# goes). Needs: a JDK 17+, wrk (Debian: apt-get install -y wrk), curl, python3, and the app's jar:
#   ./mvnw -B -q -pl sessionhub-examples -am package -DskipTests
#   sessionhub-benchmarks/http/run.sh            # results in sessionhub-benchmarks/target/http-bench/
# Knobs (environment): THREADS (wrk threads, 1), CONNECTIONS (8), DURATION (15s), WARMUP (10s),
# ROUNDS (3), PORT (18181), HEAP (1g), SESSIONS (60 seeded), PROFILE (1: the JFR runs; 0: none).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$(ls "$root"/sessionhub-examples/target/sessionhub-examples-*.jar 2>/dev/null | grep -v original | head -1)}
out=${OUT:-$root/sessionhub-benchmarks/target/http-bench}
threads=${THREADS:-1} connections=${CONNECTIONS:-8} duration=${DURATION:-15s} warmup=${WARMUP:-10s}
rounds=${ROUNDS:-3} port=${PORT:-18181} heap=${HEAP:-1g} profile=${PROFILE:-1} sessions=${SESSIONS:-60}
base="http://localhost:$port"

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install -y wrk)" >&2; exit 2; }
[ -f "${jar:-}" ] || { echo "no app jar: ./mvnw -B -q -pl sessionhub-examples -am package -DskipTests" >&2; exit 2; }

rm -rf "$out" && mkdir -p "$out/work"
cd "$out/work"
java -Xms"$heap" -Xmx"$heap" -jar "$jar" --spring.profiles.active=bench --server.port="$port" \
  --logging.level.root=WARN > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
for _ in $(seq 180); do
  curl -sf "$base/actuator/health" >/dev/null && break
  kill -0 $app 2>/dev/null || { cat "$out/app.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$base/actuator/health" >/dev/null || { echo "the app did not start" >&2; exit 1; }

# Sign alice in through the login form, as a browser does: HTTP Basic would check the BCrypt hash
# on every request (measured below), which would swamp both sides of every pair.
jar_file="$out/cookies.txt"
token=$(curl -sf -c "$jar_file" -b "$jar_file" "$base/login" \
  | sed -n 's/.*name="_csrf" type="hidden" value="\([^"]*\)".*/\1/p')
curl -sf -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode username=alice \
  --data-urlencode password=demo --data-urlencode "_csrf=$token" "$base/login"
session_cookie=$(awk '$6=="JSESSIONID"{print "JSESSIONID="$7}' "$jar_file")
xsrf=$(awk '$6=="XSRF-TOKEN"{print $7}' "$jar_file")
[ -n "$session_cookie" ] && [ -n "$xsrf" ] || { echo "login failed" >&2; exit 1; }
cookie="$session_cookie; XSRF-TOKEN=$xsrf"

api() { # method path [json]: prints the body, fails on a status >= 400
  local method=$1 path=$2 data=${3:-}
  curl -sf -X "$method" -H "Cookie: $cookie" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    -H 'Accept: application/json' ${data:+--data-binary "$data"} "$base$path"
}
# The first "id" and "version" of a session document are the session's own (core's JSON form
# writes them first); plain text tools keep the seeding fast.
json_field() { grep -o "\"$1\":\"\{0,1\}[^\",]*" | head -1 | sed 's/.*:"\{0,1\}//'; }

# Data: SESSIONS sessions from the bug-fix template, tagged; every other one started (ACTIVE).
ids=()
for n in $(seq "$sessions"); do
  tag=$([ $((n % 4)) -eq 0 ] && echo backend || echo frontend)
  s=$(api POST /api/sessions "{\"template\":\"bug-fix\",\"parameters\":{\"component\":\"component $n\"},\"name\":\"Benchmark session $n\"}")
  id=$(echo "$s" | json_field id)
  v=$(echo "$s" | json_field version)
  s=$(curl -sf -X PATCH -H "Cookie: $cookie" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/merge-patch+json' \
    -H "If-Match: \"$v\"" --data-binary "{\"tags\":[\"$tag\",\"bench\"]}" "$base/api/sessions/$id")
  v=$(echo "$s" | json_field version)
  if [ $((n % 2)) -eq 0 ]; then
    curl -sf -o /dev/null -X POST -H "Cookie: $cookie" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
      -H "If-Match: \"$v\"" --data-binary '{"action":"start"}' "$base/api/sessions/$id"
  fi
  ids+=("$id")
done
one=${ids[0]}
search='/api/sessions?status=ACTIVE&tag=backend&sort=updated&size=20'
comment='{"body":"A comment from the HTTP benchmark, about as long as a short note."}'
comment_paths=$(printf '/api/sessions/%s/comments ' "${ids[@]:0:$((sessions / 2))}")

# The floor answers what the real endpoints answered.
api GET "/api/sessions/$one" > "$out/session.json"
api GET "$search" > "$out/search.json"
api POST "/api/sessions/$one/comments" "$comment" > "$out/comment.json"
for name in session search comment; do
  curl -sf -X PUT -H "Cookie: $cookie" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    --data-binary "@$out/$name.json" "$base/bench/floor/$name"
done

cpu() { awk '/^cpu /{t=0; for(i=2;i<=NF;i++) t+=$i; print $9, t}' /proc/stat; }
app_ticks() { awk '{print $14 + $15}' "/proc/$app/stat"; }   # the app's user + system CPU, in clock ticks
hz=$(getconf CLK_TCK)
load() { cut -d' ' -f1 /proc/loadavg; }

results="$out/results.tsv"
echo -e "pair\tside\tround\trps\tp50_ms\tp99_ms\terrors\tapp_cpu_us_per_req\tload1\tsteal_pct" > "$results"
run() { # pair side round method paths body -> one row of results.tsv
  local pair=$1 side=$2 round=$3 method=$4 paths=$5 body=${6:-} len=$duration
  [ "$round" = warmup ] && len=$warmup
  local l0 c0 c1 a0 a1 line
  l0=$(load); c0=$(cpu); a0=$(app_ticks)
  line=$(BENCH_METHOD=$method BENCH_PATHS=$paths BENCH_BODY=$body BENCH_COOKIE=$cookie BENCH_XSRF=$xsrf \
    wrk -t"$threads" -c"$connections" -d"$len" -s "$here/wrk-request.lua" "$base" | grep '^RESULT')
  c1=$(cpu); a1=$(app_ticks)
  [ "$round" = warmup ] && return
  python3 - "$pair" "$side" "$round" "$l0" "$c0" "$c1" "$line" "$a0" "$a1" "$hz" >> "$results" <<'PY'
import sys
pair, side, rnd, load, c0, c1, line, a0, a1, hz = sys.argv[1:]
s0, t0 = map(int, c0.split()); s1, t1 = map(int, c1.split())
f = dict(kv.split("=") for kv in line.split()[1:])
steal = 100.0 * (s1 - s0) / max(1, t1 - t0)
cpu_us = (int(a1) - int(a0)) / int(hz) * 1e6 / max(1, int(f["requests"]))
print(f"{pair}\t{side}\t{rnd}\t{float(f['rps']):.0f}\t{int(f['p50_us'])/1000:.2f}\t{int(f['p99_us'])/1000:.2f}\t{f['errors']}\t{cpu_us:.0f}\t{load}\t{steal:.1f}")
PY
}
pair() { # name real-method real-paths floor-method floor-path body
  local name=$1
  run "$name" real warmup "$2" "$3" "${6:-}"; run "$name" floor warmup "$4" "$5" "${6:-}"
  for r in $(seq "$rounds"); do
    run "$name" real "$r" "$2" "$3" "${6:-}"
    run "$name" floor "$r" "$4" "$5" "${6:-}"
  done
}
pair get GET "/api/sessions/$one" GET /bench/floor/session
pair search GET "$search" GET /bench/floor/search
pair comment POST "$comment_paths" POST /bench/floor/comment "$comment"

# What one HTTP Basic request costs instead of the session cookie (BCrypt on every request).
basic_line=$(BENCH_METHOD=GET BENCH_PATHS=/bench/floor/session BENCH_COOKIE="" BENCH_XSRF="" \
  wrk -t1 -c2 -d10s -s "$here/wrk-request.lua" -H "Authorization: Basic $(printf alice:demo | base64)" "$base" \
  | grep '^RESULT' || true)
echo "floor GET with HTTP Basic instead of the cookie (t1 c2 10s): $basic_line" > "$out/basic.txt"

if [ "$profile" = 1 ]; then
  for side in real floor; do
    path=$([ $side = real ] && echo "/api/sessions/$one" || echo /bench/floor/session)
    jcmd $app JFR.start name=$side settings=profile filename="$out/get-$side.jfr" > /dev/null
    run get "$side" profiled GET "$path"
    jcmd $app JFR.stop name=$side > /dev/null
    jfr print --events jdk.ExecutionSample --stack-depth 96 "$out/get-$side.jfr" > "$out/get-$side.samples.txt"
  done
  python3 "$here/jfr_summary.py" "$out/get-real.samples.txt" "$out/get-floor.samples.txt" > "$out/profile.md"
fi

{
  echo "app: $(basename "$jar"), heap $heap; wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2); threads $threads, connections $connections, $duration per run after $warmup warm-up, $rounds rounds"
  echo "session body $(wc -c < "$out/session.json") B, search body $(wc -c < "$out/search.json") B, comment body $(wc -c < "$out/comment.json") B"
  column -t -s $'\t' "$results"
  python3 - "$results" <<'PY'
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t") if r["round"].isdigit()]
for pair in ("get", "search", "comment"):
    real = [float(r["rps"]) for r in rows if r["pair"] == pair and r["side"] == "real"]
    floor = [float(r["rps"]) for r in rows if r["pair"] == pair and r["side"] == "floor"]
    if real and floor:
        ratios = [a / b for a, b in zip(real, floor)]
        cpu_r = [float(r["app_cpu_us_per_req"]) for r in rows if r["pair"] == pair and r["side"] == "real"]
        cpu_f = [float(r["app_cpu_us_per_req"]) for r in rows if r["pair"] == pair and r["side"] == "floor"]
        print(f"{pair}: real/floor throughput median {statistics.median(ratios):.2f} (rounds {', '.join(f'{x:.2f}' for x in ratios)});"
              f" app CPU per request median real {statistics.median(cpu_r):.0f} us, floor {statistics.median(cpu_f):.0f} us,"
              f" floor/real {statistics.median(cpu_f) / statistics.median(cpu_r):.2f}")
PY
  cat "$out/basic.txt"
  [ -f "$out/profile.md" ] && cat "$out/profile.md"
} | tee "$out/summary.txt"
