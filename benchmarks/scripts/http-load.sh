#!/usr/bin/env bash
# The HTTP API under load (issue 16, item 8): the example application on a fresh PostgreSQL database, clients
# running report -> accept -> resolve -> feedback -> rate through the REST API, then the engine's direct JDBC
# lifecycle benchmark (LifecycleBenchmark -p database=postgres) with as many threads on the same database server, and
# the ratio of the two. The database is created for the run and dropped after it, with the application stopped.
#
#   benchmarks/scripts/http-load.sh [clients] [warm-up seconds] [measured seconds] [results folder]
#   defaults: 4 180 60 target/http-load (on two cores busy with the load, the JIT compiler was still compiling the
#   request path's hottest methods 10 to 40 s into a measured minute that followed 60 s of warm-up; after 180 s
#   it is settled: the report's "JIT compilers" figure for the measured part says how far)
#
# GRID_BENCH_POSTGRES_URL names the server (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres; a
# password=... parameter is passed on). The jars are built only when missing (BUILD=1 builds them anyway, with
# MAVEN_ARGS added to ./mvnw, e.g. MAVEN_ARGS='-o -Dmaven.repo.local=...'). PORT (default 18080) is the
# application's port; JMH_ARGS (default '-f 1 -wi 6 -i 5 -w 5s -r 5s', the benchmark's own warm-up) its
# iterations, JMH_JAVA_OPTS options of its JVM (-Djmh.ignoreLock=true when another JMH run holds the lock on a shared machine).
# GENERATOR chooses the load generator: wrk (the default when Debian's wrk is installed: benchmarks/scripts/
# http-load.lua, one connection per client, sessions signed in by org.grid.benchmarks.http.WrkSessions; a separate
# wrk run for the warm-up) or java (org.grid.benchmarks.http.HttpLoad, the default without wrk). HTTP_LOAD_ARGS
# more arguments of HttpLoad (e.g. --no-sessions: HTTP Basic, so a BCrypt check, on every request);
# APP_JAVA_OPTS options of the application's JVM (e.g. a flight recording:
# APP_JAVA_OPTS='-XX:StartFlightRecording=duration=60s,settings=profile,filename=/tmp/app.jfr'). DIRECT=0 skips the
# direct JDBC benchmark (for comparing the application's CPU per lifecycle before and after a change: the HTTP run
# and its CPU figures alone, no ratio). Besides the generator's output the results folder keeps cpu.txt (the
# application's CPU per lifecycle, over the whole load and over the measured part alone), threads-cpu.txt (the same
# by thread: request threads, JIT compilers, collector...) and stopped.txt (the outbox relay's backlog at the end of
# the load and the connections the application left running, which are ended before the direct benchmark).
set -euo pipefail
clients=${1:-4}; warmup=${2:-180}; duration=${3:-60}; out=${4:-target/http-load}
cd "$(dirname "$0")/../.."
url=${GRID_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
port=${PORT:-18080}
jmh_args=${JMH_ARGS:--f 1 -wi 6 -i 5 -w 5s -r 5s}
generator=${GENERATOR:-$(command -v wrk > /dev/null && echo wrk || echo java)}
case "$generator" in wrk|java) ;; *) echo "GENERATOR must be wrk or java" >&2; exit 2 ;; esac

# jdbc:postgresql://host[:port]/database?user=...&password=...
if ! [[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]]; then
  echo "GRID_BENCH_POSTGRES_URL must look like jdbc:postgresql://host:port/database?user=name" >&2; exit 2
fi
host=${BASH_REMATCH[1]}; pgport=${BASH_REMATCH[3]:-5432}; params=${BASH_REMATCH[6]:-}
user=$(tr '&' '\n' <<< "$params" | sed -n 's/^user=//p'); password=$(tr '&' '\n' <<< "$params" | sed -n 's/^password=//p')
user=${user:-postgres}
export PGHOST=$host PGPORT=$pgport PGUSER=$user PGPASSWORD=$password

examples_jar=examples/target/grid-examples.jar; bench_jar=benchmarks/target/benchmarks.jar
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$examples_jar" ] || [ ! -f "$bench_jar" ]; then
  # shellcheck disable=SC2086
  ./mvnw -q ${MAVEN_ARGS:-} -pl examples,benchmarks -am package -DskipTests
fi
mkdir -p "$out"; rm -f "$out/cpu-at-measured-start.txt" "$out/threads-cpu-at-measured-start.txt"

db="grid_load_$(date -u +%Y%m%d%H%M%S)_$$"
app=""
sampler=""
cleanup() {
  if [ -n "$sampler" ]; then kill "$sampler" 2>/dev/null || true; fi
  if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
  # A stopped application's connections may take a moment to end on the server.
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" 2>/dev/null && return 0
    sleep 1
  done
  echo "!! could not drop database $db" >&2
}
trap cleanup EXIT
psql -d postgres -qc "CREATE DATABASE $db"
echo "== database $db on $host:$pgport; load $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%H:%M:%S)"

# shellcheck disable=SC2086
java ${APP_JAVA_OPTS:-} -Dspring.datasource.url="jdbc:postgresql://$host:$pgport/$db" -Dspring.datasource.username="$user" \
  -Dspring.datasource.password="$password" -jar "$examples_jar" serve --port "$port" > "$out/application.log" 2>&1 &
app=$!
for _ in $(seq 1 180); do
  if ! kill -0 "$app" 2>/dev/null; then echo "!! the application stopped; $out/application.log:" >&2; tail -20 "$out/application.log" >&2; exit 1; fi
  if curl -sf -o /dev/null "http://127.0.0.1:$port/login"; then break; fi
  sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$port/login" || { echo "!! the application did not answer in 180 s" >&2; exit 1; }
echo "== application up (pid $app); load $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%H:%M:%S)"

(while sleep 5; do echo "$(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; done) > "$out/load-average.txt" &
sampler=$!
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system clock ticks of a process
# the same of the application's request threads (Tomcat's http-nio-<port>-exec-N): the CPU the requests cost, without
# the JIT compiler's and the collector's threads, whose share falls as a run gets longer
# A thread may end between the listing of /proc/<pid>/task and its read: cat then fails, and under pipefail the
# script would stop there without a word; what the ended thread spent is lost to the count either way.
request_cpu() { { cat /proc/"$1"/task/*/stat 2>/dev/null || true; } | awk '$2 ~ /^\(http-nio-/ {t += $14 + $15} END {print t + 0}'; }
# the same by thread name, the digits that end a name dropped (so the request threads are one line, the JIT
# compiler's another, the collector's another...): "name<TAB>ticks"
threads_cpu() { { cat /proc/"$1"/task/*/stat 2>/dev/null || true; } | sed -E 's/^[0-9]+ \((.*)\) /\1\t/' \
  | awk -F'\t' '{split($2, f, " "); n = $1; sub(/[0-9]+$/, "", n); t[n] += f[12] + f[13]} END {for (k in t) print k "\t" t[k]}'; }
ticks=$(getconf CLK_TCK); app_before=$(cpu "$app"); requests_before=$(request_cpu "$app")
threads_cpu "$app" > "$out/threads-cpu-before.txt"
status=0
TIMEFORMAT='%U %S'
if [ "$generator" = java ]; then
  # shellcheck disable=SC2086
  { time java -cp "$bench_jar" org.grid.benchmarks.http.HttpLoad --url "http://127.0.0.1:$port" --clients "$clients" \
    --warmup "$warmup" --duration "$duration" --json "$out/http-load.json" ${HTTP_LOAD_ARGS:-} 2>&3 \
    | tee "$out/http-load.txt"; } 3>&2 2> "$out/generator-cpu.txt" || status=$?
else
  # Sessions first (form login of each client's citizen and staff member), outside the load and its CPU count.
  java -cp "$bench_jar" org.grid.benchmarks.http.WrkSessions --url "http://127.0.0.1:$port" --clients "$clients" \
    --out "$out/wrk-sessions.lua"
  app_before=$(cpu "$app"); requests_before=$(request_cpu "$app")
  threads_cpu "$app" > "$out/threads-cpu-before.txt"
  export GRID_WRK_SESSIONS="$out/wrk-sessions.lua"
  { time { if [ "$warmup" -gt 0 ]; then
      GRID_WRK_RUN=WRK-warm wrk -t "$clients" -c "$clients" -d "${warmup}s" --timeout 30s \
        -s benchmarks/scripts/http-load.lua "http://127.0.0.1:$port" > "$out/wrk-warmup.txt" 2>&1 || status=$?
    fi
    echo "$(cpu "$app") $(request_cpu "$app")" > "$out/cpu-at-measured-start.txt"
    threads_cpu "$app" > "$out/threads-cpu-at-measured-start.txt"
    GRID_WRK_RUN=WRK-run wrk -t "$clients" -c "$clients" -d "${duration}s" --timeout 30s \
      -s benchmarks/scripts/http-load.lua "http://127.0.0.1:$port" 2>&3 | tee "$out/http-load.txt"; }; } \
    3>&2 2> "$out/generator-cpu.txt" || status=$?
  grep -q '^errors: none' "$out/http-load.txt" || status=1
  if [ -f "$out/wrk-warmup.txt" ] && ! grep -q '^errors: none' "$out/wrk-warmup.txt"; then
    echo "!! failures in the warm-up: $out/wrk-warmup.txt" >&2; status=1
  fi
fi
app_end=$(cpu "$app"); requests_end=$(request_cpu "$app"); threads_cpu "$app" > "$out/threads-cpu-at-end.txt"
app_cpu=$(( app_end - app_before )); requests_cpu=$(( requests_end - requests_before ))
# The application's CPU during the load by thread (seconds, the largest first), beside the results.
awk -F'\t' -v t="$ticks" 'NR == FNR {b[$1] = $2; next} {printf "%8.2f s  %s\n", ($2 - b[$1]) / t, $1}' \
  "$out/threads-cpu-before.txt" "$out/threads-cpu-at-end.txt" | sort -rn > "$out/threads-cpu.txt"
# Every lifecycle the load closed, warm-up and tail included: the application's CPU time is divided by it.
closed_all=$(psql -d "$db" -Atc "SELECT count(*) FROM grid_request WHERE state = 'CLOSED'
  AND (id LIKE 'LOAD-%' OR id LIKE 'WRK-%')")
# The outbox relay's backlog at the end of the load (events the application had not yet handed to its sink).
backlog=$(psql -d "$db" -Atc "SELECT count(*) FROM grid_outbox WHERE delivered_at IS NULL" || echo '?')
kill "$app"; wait "$app" 2>/dev/null || true; app=""
# A statement the application left running on the server (a relay's claim of a long backlog ran on for minutes after
# the application stopped, on a core the direct benchmark below then did not have): ended before anything else runs.
left=$(psql -d postgres -Atc "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$db'" \
  || echo '?')
echo "== application stopped; outbox backlog $backlog events; $left connections it left ended; load $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%H:%M:%S)" | tee "$out/stopped.txt"
read -r gen_user gen_system < <(tail -1 "$out/generator-cpu.txt")
awk -v a="$app_cpu" -v r="$requests_cpu" -v t="$ticks" -v g="$gen_user $gen_system" -v w="$warmup" -v d="$duration" \
    -v n="$closed_all" 'BEGIN {
  split(g, gen, " ")
  printf "== CPU during the %d s of load: application %.1f s (its request threads %.1f s), load generator %.1f s; %d lifecycles closed in all: per lifecycle application %.2f ms, request threads %.2f ms\n",
    w + d, a / t, r / t, gen[1] + gen[2], n, (n > 0 ? 1000 * a / t / n : 0), (n > 0 ? 1000 * r / t / n : 0) }' > "$out/cpu.txt"
# With wrk, the same over the measured part alone (the JIT compiler's work falls as the run goes on): the CPU from the
# end of the warm-up to the end, over the lifecycles wrk counted closed in it.
if [ -f "$out/cpu-at-measured-start.txt" ]; then
  read -r app_m requests_m < "$out/cpu-at-measured-start.txt"
  closed_m=$(sed -n 's/.*: \([0-9]*\) lifecycles closed.*/\1/p' "$out/http-load.txt")
  # the JIT compilers' CPU in the measured part: well above a second or two, the request path was still being
  # compiled while it was measured, and a longer warm-up gives the steady state
  jit_m=$(awk -F'\t' 'NR == FNR {b[$1] = $2; next} $1 ~ /CompilerThre/ {t += $2 - b[$1]} END {print t + 0}' \
    "$out/threads-cpu-at-measured-start.txt" "$out/threads-cpu-at-end.txt")
  awk -v a="$(( app_end - app_m ))" -v r="$(( requests_end - requests_m ))" -v t="$ticks" -v d="$duration" \
      -v n="${closed_m:-0}" -v j="$jit_m" 'BEGIN {
    printf "== the measured %d s alone: application %.1f s (request threads %.1f s, JIT compilers %.1f s), %d lifecycles: per lifecycle application %.2f ms, request threads %.2f ms\n",
      d, a / t, r / t, j / t, n, (n > 0 ? 1000 * a / t / n : 0), (n > 0 ? 1000 * r / t / n : 0) }' >> "$out/cpu.txt"
fi
cat "$out/cpu.txt"

if [ "${DIRECT:-1}" = 0 ]; then
  kill "$sampler" 2>/dev/null || true
  http=$(sed -n 's/.*lifecycles closed (\([0-9.]*\)\/s).*/\1/p' "$out/http-load.txt")
  p99=$(awk '$1 == "all" {print $6}' "$out/http-load.txt")
  awk -v h="$http" -v p="$p99" -v c="$clients" -v gen_name="$generator" 'BEGIN {
    printf "== %d clients (%s): HTTP %.1f lifecycles/s (direct JDBC not run: DIRECT=0); p99 %.1f ms\n", c, gen_name, h, p }' \
    | cat - "$out/cpu.txt" | tee "$out/summary.txt"
  echo "load average during the run (every 5 s): $out/load-average.txt"
  exit "$status"
fi

# The engine alone on the same server: BenchDatabase makes (and drops) its own schema in the run's database.
jdbc_url="jdbc:postgresql://$host:$pgport/$db?user=$user${password:+&password=$password}"
# shellcheck disable=SC2086
GRID_BENCH_POSTGRES_URL="$jdbc_url" java ${JMH_JAVA_OPTS:-} -jar "$bench_jar" 'LifecycleBenchmark.lifecycle' -p database=postgres \
  -t "$clients" $jmh_args -rf json -rff "$out/jdbc-lifecycle.json" > "$out/jdbc-lifecycle.txt" 2>&1 || status=$?
kill "$sampler" 2>/dev/null || true
grep -E "^(Benchmark +\(|LifecycleBenchmark\.)" "$out/jdbc-lifecycle.txt" || { tail -20 "$out/jdbc-lifecycle.txt"; exit 1; }

http=$(sed -n 's/.*lifecycles closed (\([0-9.]*\)\/s).*/\1/p' "$out/http-load.txt")
p99=$(awk '$1 == "all" {print $6}' "$out/http-load.txt")
# the score: the first number with a decimal point after the mode (the count before it has none)
jdbc=$(awk '/^LifecycleBenchmark\.lifecycle/ {for (i = 1; i <= NF; i++) if ($i == "thrpt") {
  for (k = i + 1; k <= NF; k++) if ($k ~ /^[0-9]+\.[0-9]+$/) {print $k; exit}}}' "$out/jdbc-lifecycle.txt")
awk -v h="$http" -v j="$jdbc" -v p="$p99" -v c="$clients" -v gen_name="$generator" 'BEGIN {
  printf "== %d clients (%s): HTTP %.1f lifecycles/s, direct JDBC %.1f/s, ratio %.2f (target >= 0.5: %s); p99 %.1f ms (target < 50: %s)\n",
    c, gen_name, h, j, h / j, (h / j >= 0.5 ? "met" : "not met"), p, (p < 50 ? "met" : "not met") }' \
  | cat - "$out/cpu.txt"  | tee "$out/summary.txt"
echo "load average during the run (every 5 s): $out/load-average.txt"
exit "$status"
