#!/usr/bin/env bash
# Instant exploration's latency on demand (not part of the test suite): a real headless Chromium opens the playground
# with instant=1 (Rosenbrock, momentum, 1,000 steps), moves the learning-rate slider 60 times and measures in the page
# the time from the slider's input event to the whole new run painted (status line's loss changed and the contour's
# path replaced, then one animation frame). Prints median and p95 in ms with the load average before and after.
#   scripts/instant-latency-bench.sh [--samples=60] [--warmup=10] [--screenshots=DIR] [--url=http://host:port/]
# Server: by default the production jar target/gradient-descent-playground-*.jar (built when missing, or with --build)
# is started here with -Xmx1g on a free localhost port and stopped at the end; --url uses a running server.
# Needs a JDK 21+ in JAVA_HOME and Chromium (/usr/bin/chromium or CHROMIUM_BIN). Works offline once ~/.m2 is filled.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"

url="" build=0
client_args=()
for a in "$@"; do
  case "$a" in
    --url=*) url="${a#--url=}" ;;
    --build) build=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) client_args+=("$a") ;;
  esac
done

mvn_offline_first() { ./mvnw -B -q -o "$@" || ./mvnw -B -q "$@"; }

jar=""
if [[ -z "$url" ]]; then
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
  log="target/instant-latency-bench-server.log"
  echo "starting $jar on 127.0.0.1:$port (log: $log)" >&2
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" --server.port="$port" --server.address=127.0.0.1 >"$log" 2>&1 &
  server_pid=$!
  url="http://127.0.0.1:$port/"
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$url" 2>/dev/null && break
    sleep 1
  done
fi

"$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.InstantLatencyBench --url="$url" \
  ${client_args[@]+"${client_args[@]}"}
