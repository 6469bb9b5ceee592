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
# the end; or --jar=PATH, or --url=http://host:port/ for a running server.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"

url="" jar="" build=0
client_args=()
for a in "$@"; do
  case "$a" in
    --url=*) url="${a#--url=}" ;;
    --jar=*) jar="${a#--jar=}" ;;
    --build) build=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) client_args+=("$a") ;;
  esac
done

mvn_offline_first() { ./mvnw -B -q -o "$@" || ./mvnw -B -q "$@"; }

if [[ -z "$url" && -z "$jar" ]]; then
  jar=$(ls target/gradient-descent-playground-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
  if [[ -z "$jar" || $build == 1 ]]; then
    echo "building the production jar (mvnw -DskipTests package)…" >&2
    mvn_offline_first -DskipTests package
    jar=$(ls target/gradient-descent-playground-*.jar | grep -v original | head -n 1)
  fi
fi

mvn_offline_first test-compile
if [[ ! -s target/bench-classpath.txt || pom.xml -nt target/bench-classpath.txt ]]; then
  mvn_offline_first dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
fi
CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT INT TERM

if [[ -z "$url" ]]; then
  port=$("$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.FreePort)
  log="target/noisy-neighbour-server.log"
  rm -rf target/noisy-neighbour-db
  echo "starting $jar on 127.0.0.1:$port (log: $log)" >&2
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    --spring.datasource.url="jdbc:h2:file:$PWD/target/noisy-neighbour-db/playground" >"$log" 2>&1 &
  server_pid=$!
  url="http://127.0.0.1:$port/"
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
set +e
"$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.NoisyNeighbourBench --url="$url" \
  ${client_args[@]+"${client_args[@]}"}
status=$?
set -e
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
