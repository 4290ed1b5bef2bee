#!/usr/bin/env bash
# Issue 15, item 5: RabbitMqEventSink with publisher confirms beside RabbitMQ's own PerfTest with confirms, on the
# same broker, in one run, alternating so that a change in the machine's load hits both alike.
#
#   ./mvnw -q -pl benchmarks -am package -DskipTests
#   benchmarks/scripts/rabbitmq-throughput.sh [seconds=20] [rounds=2] [batch=100] [bytes=600] [producers=1]
#
# Both publish from <producers> producers (PerfTest's -x, the number of relay nodes, each with a sink and a
# connection of its own) persistent, mandatory messages of the same size to a durable topic exchange, routed to a
# durable queue that one auto-acknowledging consumer drains; each PerfTest producer keeps at most <batch> publishes
# unconfirmed (-c), each relay node hands batches of <batch> events. GRID_BENCH_RABBITMQ_URI names the
# broker (default amqp://guest:guest@127.0.0.1:5672); MVN_ARGS is passed to the Maven call that resolves PerfTest
# (for example "-o -Dmaven.repo.local=...").
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-20}
rounds=${2:-2}
batch=${3:-100}
bytes=${4:-600}
producers=${5:-1}
uri=${GRID_BENCH_RABBITMQ_URI:-amqp://guest:guest@127.0.0.1:5672}

jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "build $jar first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 1; }
# shellcheck disable=SC2086
./mvnw -q ${MVN_ARGS:-} -f benchmarks/perf-test/pom.xml dependency:build-classpath \
  -Dmdep.outputFile=target/perf-test.classpath
perf_test_cp=$(cat benchmarks/perf-test/target/perf-test.classpath)

echo "start: $(date -u +%FT%TZ), $(uptime)"
for round in $(seq 1 "$rounds"); do
  echo "--- round $round"
  java -cp "$perf_test_cp" com.rabbitmq.perf.PerfTest -h "$uri" -x "$producers" -y 1 -a -c "$batch" -s "$bytes" \
    -f persistent -f mandatory -e grid.bench.perftest -t topic -k C1.org.grid.request.reported.v1 \
    -u grid.bench.perftest -z "$seconds" 2>&1 | grep -E "sending rate avg|receiving rate avg|confirm latency min" \
    | sed 's/^/PerfTest: /'
  java -cp "$jar" org.grid.benchmarks.rabbitmq.RabbitMqSinkThroughput "$seconds" "$batch" "$bytes" "$producers"
done
echo "end: $(date -u +%FT%TZ), $(uptime)"
