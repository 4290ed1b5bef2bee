#!/usr/bin/env bash
# grid's commit path beside pgbench on the same PostgreSQL server (issue 20): for each number of clients, pgbench's
# TPC-B-like transaction (scale 10, one commit per transaction) for the given seconds, then grid's full request
# lifecycle over the JDBC adapter (LifecycleBenchmark.lifecycle -p database=postgres) with as many threads, and the
# commits per second of both and their ratio. grid's commits per lifecycle are counted, not assumed
# (CommitsPerLifecycle, which prints Flowable's too). Everything runs in a database created for the run and dropped
# after it (also when a step fails); LifecycleBenchmark makes and drops a schema of its own inside it.
#
#   benchmarks/scripts/pgbench.sh [pgbench seconds] [clients] [rounds] [results folder]
#   defaults: 25 "1 4" 1 target/pgbench
#
# With more than one round the two alternate round by round, so that a change in the machine's load hits both.
# GRID_BENCH_POSTGRES_URL names the server (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres; a
# password=... parameter is passed on). The jar is built only when missing (BUILD=1 builds it anyway, with
# MAVEN_ARGS added to ./mvnw, e.g. MAVEN_ARGS='-o -Dmaven.repo.local=...'). JMH_ARGS (default
# '-f 1 -wi 6 -i 5 -w 5s -r 5s', the benchmark's own warm-up) sets its iterations; SCALE (default 10) pgbench's
# scale.
set -euo pipefail
seconds=${1:-25}; clients=${2:-1 4}; rounds=${3:-1}; out=${4:-target/pgbench}
cd "$(dirname "$0")/../.."
url=${GRID_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}
jmh_args=${JMH_ARGS:--f 1 -wi 6 -i 5 -w 5s -r 5s}
scale=${SCALE:-10}

# jdbc:postgresql://host[:port]/database?user=...&password=...
if ! [[ "$url" =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]]; then
  echo "GRID_BENCH_POSTGRES_URL must look like jdbc:postgresql://host:port/database?user=name" >&2; exit 2
fi
host=${BASH_REMATCH[1]}; pgport=${BASH_REMATCH[3]:-5432}; params=${BASH_REMATCH[6]:-}
user=$(tr '&' '\n' <<< "$params" | sed -n 's/^user=//p'); password=$(tr '&' '\n' <<< "$params" | sed -n 's/^password=//p')
user=${user:-postgres}
export PGHOST=$host PGPORT=$pgport PGUSER=$user PGPASSWORD=$password
for tool in psql pgbench; do
  command -v "$tool" > /dev/null || { echo "$tool is not installed (Debian: apt-get install postgresql-client)" >&2; exit 2; }
done

bench_jar=benchmarks/target/benchmarks.jar
if [ "${BUILD:-0}" = 1 ] || [ ! -f "$bench_jar" ]; then
  # shellcheck disable=SC2086
  ./mvnw -q ${MAVEN_ARGS:-} -pl benchmarks -am package -DskipTests
fi
mkdir -p "$out"

db="grid_pgbench_$(date -u +%Y%m%d%H%M%S)_$$"
cleanup() { psql -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || echo "!! could not drop database $db" >&2; }
trap cleanup EXIT
psql -d postgres -qc "CREATE DATABASE $db"
jdbc_url="jdbc:postgresql://$host:$pgport/$db?user=$user${password:+&password=$password}"
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%H:%M:%S)"; }
echo "== database $db on $host:$pgport, $(psql -d "$db" -Atc 'SHOW server_version') fsync=$(psql -d "$db" -Atc 'SHOW fsync') synchronous_commit=$(psql -d "$db" -Atc 'SHOW synchronous_commit'); $(load)"

pgbench -i -s "$scale" -q "$db" > "$out/pgbench-init.txt" 2>&1 || { cat "$out/pgbench-init.txt" >&2; exit 1; }
echo "== pgbench initialized at scale $scale; $(load)"

GRID_BENCH_POSTGRES_URL="$jdbc_url" java -cp "$bench_jar" org.grid.benchmarks.jdbc.CommitsPerLifecycle postgres 100 \
  2> "$out/commits-per-lifecycle.err" | tee "$out/commits-per-lifecycle.txt"
per_lifecycle=$(awk '$1 == "grid" {print $2}' "$out/commits-per-lifecycle.txt")
[ -n "$per_lifecycle" ] || { echo "!! no commit count for grid" >&2; cat "$out/commits-per-lifecycle.err" >&2; exit 1; }

status=0
printf '%-6s %-7s %14s %18s %15s %6s\n' round clients "pgbench tps" "grid lifecycles/s" "grid commits/s" ratio > "$out/summary.txt"
for round in $(seq 1 "$rounds"); do
  for c in $clients; do
    echo "== round $round, $c client(s): pgbench -c $c -j $c -T $seconds; $(load)"
    pgbench -c "$c" -j "$c" -T "$seconds" -n "$db" > "$out/pgbench-r$round-c$c.txt" 2>&1 \
      || { cat "$out/pgbench-r$round-c$c.txt" >&2; exit 1; }
    tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$out/pgbench-r$round-c$c.txt")
    grep -E '^(latency average|tps)' "$out/pgbench-r$round-c$c.txt"

    echo "== round $round, $c thread(s): LifecycleBenchmark.lifecycle -p database=postgres -t $c $jmh_args; $(load)"
    # shellcheck disable=SC2086
    GRID_BENCH_POSTGRES_URL="$jdbc_url" java -jar "$bench_jar" 'LifecycleBenchmark.lifecycle' -p database=postgres \
      -t "$c" $jmh_args -rf json -rff "$out/grid-r$round-t$c.json" > "$out/grid-r$round-t$c.txt" 2>&1 || status=$?
    grep -E '^LifecycleBenchmark\.' "$out/grid-r$round-t$c.txt" || { tail -20 "$out/grid-r$round-t$c.txt" >&2; exit 1; }
    # the score: the first number with a decimal point after the mode (the count before it has none)
    lifecycles=$(awk '/^LifecycleBenchmark\.lifecycle/ {for (i = 1; i <= NF; i++) if ($i == "thrpt") {
      for (k = i + 1; k <= NF; k++) if ($k ~ /^[0-9]+\.[0-9]+$/) {print $k; exit}}}' "$out/grid-r$round-t$c.txt")
    awk -v r="$round" -v c="$c" -v t="$tps" -v l="$lifecycles" -v p="$per_lifecycle" 'BEGIN {
      printf "%-6s %-7s %14.0f %18.1f %15.0f %6.2f\n", r, c, t, l, l * p, l * p / t }' >> "$out/summary.txt"
  done
done
echo "== done; $(load)"
echo "grid commits per lifecycle: $per_lifecycle (CommitsPerLifecycle); ratio = grid commits/s / pgbench tps"
cat "$out/summary.txt"
exit "$status"
