#!/usr/bin/env bash
# Class-load benchmark on demand (not part of the test suite): N simulated students open the playground, click Play
# and receive frames by WebSocket push at the same time, speaking Vaadin's UIDL and Atmosphere protocol.
#   scripts/class-load-bench.sh [students=60] [seconds=20] [options]
# Prints per student frames/s and the p95 gap between frames; for the server, cores used, CPU ms per pushed frame and
# live heap per student (reachable objects counted by jcmd GC.class_histogram, before anyone joined and with everyone
# playing); the CPU figure also says how much of it the JIT compiler took (a freshly started server still compiles).
# Server: by default the production jar target/gradient-descent-playground-*.jar (built when missing, or with --build)
# is started here with -Xmx1g on a free localhost port and stopped at the end. Or:
#   --jar=PATH               start this jar instead
#   --url=http://host:port/  use a running server (add --pid=PID for CPU and heap figures)
# Options passed to the client (org.gdplayground.bench.ClassLoadBench):
#   --class                  one class: a real headless Chromium (/usr/bin/chromium, or CHROMIUM_BIN) creates it at
#                            /class, sends it the page's query and keeps its dashboard open; every student joins at
#                            /join/<code> (nickname, #join) and plays there, so its runs report to the class. Prints
#                            the dashboard's liveness (table changes/s, new steps per row/s, lag from a student's page
#                            to the dashboard). The started server then gets a throw-away H2 database under
#                            target/class-load-bench-db and playground.class.joins-per-minute=1000 (all students
#                            come from 127.0.0.1); --steps-per-frame=5 maps a dashboard step to a student's frame
#   --vanish                 after the window the students vanish (sockets dropped, no UNLOAD, no heartbeats) and the
#                            server's CPU is printed per 5-s window for --vanish-seconds=40; target: ≤ 0.05 cores
#                            within 30 s (exit status 3 when missed)
#   --lease-event=NAME       renew the page's lease as the page does: DOM event NAME (default gdp-alive; none: never,
#                            and the server stops the playback after playground.limits.client-lease-seconds) every
#                            --lease-every-ms=8000 (to the node listening to it, else "contour", else the UI root)
#   --query=...              the page's query (default fn=rosenbrock&opt=adam&lr=0.01&init=-1.5,2&steps=100000)
#   --warmup=5 --settle=2 --join-parallel=4 --heartbeat=S --no-grid-scroll --summary-only --debug
# Needs a JDK 21+ in JAVA_HOME (jcmd is taken from it); Linux (/proc). Works offline once ~/.m2 is filled.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"

url="" jar="" build=0 pid="" in_class=0
client_args=()
for a in "$@"; do
  case "$a" in
    --class) in_class=1; client_args+=("$a") ;;
    --url=*) url="${a#--url=}" ;;
    --jar=*) jar="${a#--jar=}" ;;
    --pid=*) pid="${a#--pid=}" ;;
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
  log="target/class-load-bench-server.log"
  echo "starting $jar on 127.0.0.1:$port (log: $log)" >&2
  server_args=(--server.port="$port" --server.address=127.0.0.1)
  if [[ $in_class == 1 ]]; then
    rm -rf target/class-load-bench-db
    server_args+=(--spring.datasource.url="jdbc:h2:file:$PWD/target/class-load-bench-db/playground"
      --playground.class.joins-per-minute=1000)
  fi
  "$JAVA_HOME/bin/java" -Xmx1g -jar "$jar" "${server_args[@]}" >"$log" 2>&1 &
  server_pid=$!
  pid=$server_pid
  url="http://127.0.0.1:$port/"
fi

set +e
"$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.ClassLoadBench --url="$url" ${pid:+--pid="$pid"} \
  ${client_args[@]+"${client_args[@]}"}
status=$?
set -e
exit $status
