#!/usr/bin/env bash
# Engine benchmark on demand (not part of the test suite): Adam lr 0.01 on Rosenbrock, 1,000,000 steps.
#   scripts/engine-bench.sh plain [maxRecords] [runs]   ns/step, bytes/step (ThreadMXBean) and the final point
#   scripts/engine-bench.sh jmh [jmh options]           JMH with the GC profiler (gc.alloc.rate.norm = bytes/step)
# Needs a JDK 21+ in JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64); works offline once ~/.m2 is filled.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mode="${1:-plain}"
shift || true
case "$mode" in
  plain) exec "$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.engine.bench.AdamRosenbrockBench "$@" ;;
  jmh) exec "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main AdamRosenbrockBenchmark -prof gc "$@" ;;
  *) echo "usage: $0 plain|jmh [args]" >&2; exit 2 ;;
esac
