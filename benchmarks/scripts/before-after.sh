#!/usr/bin/env bash
# Runs every benchmark of docs/benchmarks.md with two benchmark jars, back to back, with the same settings, so
# that a change can be judged against the code before it on the same machine at the same load.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests && cp benchmarks/target/benchmarks.jar /tmp/after.jar
#   (check out the base commit, build again, copy to /tmp/before.jar)
#   GRID_BENCH_POSTGRES_URL='jdbc:postgresql://127.0.0.1:5432/test?user=postgres' \
#     benchmarks/scripts/before-after.sh /tmp/before.jar /tmp/after.jar results/
#
# Writes one file per benchmark and jar into the output folder (JMH's JSON where JMH runs it, the program's own
# output otherwise) and prints the load average before each run. The settings are shorter than the benchmarks'
# own (fewer iterations) so that both jars run in about half an hour on the 2-core machine; the PostgreSQL sweep
# runs among 200,000 open requests instead of 1,000,000 for the same reason. ONLY='regex' runs the benchmarks whose
# name matches (partition-cpu, partition, transition, sweep, memory, compliance, scoring, lifecycle-h2-t1, ...).
set -euo pipefail
before=$1; after=$2; out=${3:-bench-results}
mkdir -p "$out"

run() { # name, then the java arguments after the jar; runs the "before" jar, then the "after" one
  local name=$1; shift
  if [ -n "${ONLY:-}" ] && ! [[ "$name" =~ $ONLY ]]; then return 0; fi
  for side in before after; do
    local jar=$before; [ "$side" = after ] && jar=$after
    echo "== $name ($side) load: $(cut -d' ' -f1-3 /proc/loadavg) $(date -u +%H:%M:%S)"
    "$@" "$jar" "$out/$name-$side" || echo "!! $name ($side) failed"
  done
}
jmh() { # benchmark regex and JMH options..., jar, result prefix
  local args=("$@"); local n=${#args[@]}
  local jar=${args[$((n-2))]} prefix=${args[$((n-1))]}
  java -jar "$jar" "${args[@]:0:$((n-2))}" -rf json -rff "$prefix.json" > "$prefix.txt" 2>&1
  grep -E "^(Benchmark|[A-Za-z]+Benchmark\.)" "$prefix.txt" || true
}
main() { # class and arguments..., jar, result prefix
  local args=("$@"); local n=${#args[@]}
  local jar=${args[$((n-2))]} prefix=${args[$((n-1))]}
  java -Xmx2g -cp "$jar" "${args[@]:0:$((n-2))}" > "$prefix.txt" 2>&1
  tail -15 "$prefix.txt"
}

run partition-cpu main org.grid.benchmarks.PartitionCpuTime
run partition jmh PartitionBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
run transition jmh TransitionBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
run sweep jmh SweepBenchmark -f 1 -wi 5 -i 10
run memory main org.grid.benchmarks.escalation.MemoryFootprint 1000000
run compliance jmh 'ComplianceBenchmark.countyYear$' -f 1 -wi 2 -i 3 -w 3s -r 3s
run scoring jmh ScoringBenchmark -f 1 -wi 2 -i 5 -bm ss
run county-year jmh CountyYearAssessmentBenchmark -p scale=1.0 -f 1 -wi 2 -i 5
run lifecycle-h2-t1 jmh LifecycleBenchmark -p database=h2 -t 1 -f 1 -wi 4 -i 3
run lifecycle-h2-t4 jmh LifecycleBenchmark -p database=h2 -t 4 -f 1 -wi 4 -i 3
if [ -n "${GRID_BENCH_POSTGRES_URL:-}" ]; then
  run lifecycle-pg-t1 jmh LifecycleBenchmark -p database=postgres -t 1 -f 1 -wi 4 -i 3
  run lifecycle-pg-t4 jmh LifecycleBenchmark -p database=postgres -t 4 -f 1 -wi 4 -i 3
  run pg-sweep main org.grid.benchmarks.jdbc.SweepAmongOpenRequests 200000 1000 7 3 oldest
fi
