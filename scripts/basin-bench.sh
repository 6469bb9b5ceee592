#!/usr/bin/env bash
# Basin-map benchmark on demand (not part of the test suite): Himmelblau, 201 x 201 starts x 1,000 steps, plain
# gradient descent and Adam, on 1 thread and on the server's 2 run threads (org.gdplayground.bench.BasinBench).
#   scripts/basin-bench.sh [N=201] [steps=1000] [threads=2] [runs=3]
# Needs a JDK 21+ in JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64); works offline once ~/.m2 is filled.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
exec "$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.BasinBench "$@"
