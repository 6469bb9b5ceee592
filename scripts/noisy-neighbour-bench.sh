#!/usr/bin/env bash
# Noisy-neighbour benchmark on demand (docs/operations.md#fair-under-load; not part of the test suite): N simulated students
# play (the class-load benchmark's protocol client) while one client sends M heavy API requests at once
# (/api/v1/basins, 201 x 201 starts x 1000 steps, distinct learning rates so none comes from the cache; --same: all
# identical), a new student presses Play 1 s into the burst, and then the same client uploads U different CSV files.
#   scripts/noisy-neighbour-bench.sh [--students=3] [--requests=40] [--uploads=40] [--baseline=5] [--same]
# Prints the students' frames/s and p95 gap before and during the burst, the late student's Play -> first frame
# latency, and what the API answered (served, shed, by status, slowest). Exit status 3 when a target is missed:
# >= 8 frames/s per student, first frame <= 1 s, every refusal problem+json with Retry-After, none > 60 s, no 5xx but
# 503/507, the uploads stopped by the quota.
# Server: the production jar target/gradient-descent-playground-*.jar (built when missing or with --build), started
# here with -Xmx1g on a free localhost port and a throw-away H2 database under target/noisy-neighbour-db, stopped at
# the end; or --jar=PATH, or --url=http://host:port/ for a running server; --jfr records the server (see
# scripts/lib/bench-common.sh). The machine's cores and load average are printed before, the load average after.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"

. scripts/lib/bench-common.sh

bench_options "$@"

bench_prepare
rm -rf target/noisy-neighbour-db
bench_start noisy-neighbour \
  --spring.datasource.url="jdbc:h2:file:$PWD/target/noisy-neighbour-db/playground"

bench_machine
set +e
"$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.NoisyNeighbourBench --url="$bench_url" \
  ${client_args[@]+"${client_args[@]}"}
status=$?
set -e
echo "load average after: $(bench_load)"
exit $status
