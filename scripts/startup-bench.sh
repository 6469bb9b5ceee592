#!/usr/bin/env bash
# Start-up benchmark on demand (docs/operations.md#fast-start): the production jar as built, then the same application
# extracted (java -Djarmode=tools extract) and started with a JDK AOT cache (-XX:AOTCache, JDK 25+) made by a training
# run (-XX:AOTCacheOutput, the context is refreshed and the JVM exits: -Dspring.context.exit=onRefresh).
#   scripts/startup-bench.sh [runs=3] [--port=8108] [--build]
# Prints, for every start, the JVM's uptime when Spring Boot reports "Started Application" (the "process running for"
# figure), then the best of the runs for each variant. The same H2 file database (target/startup-bench/db, migrated by
# the first start) serves every run. The load average is printed before and after: on a shared machine the figures
# are only comparable with each other.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25+ (the AOT cache needs -XX:AOTCacheOutput)}"

runs=3 port=8108 build=0
for a in "$@"; do
  case "$a" in
    --port=*) port="${a#--port=}" ;;
    --build) build=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) runs="$a" ;;
  esac
done
java="$JAVA_HOME/bin/java"
jar=$(ls target/gradient-descent-playground-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [[ -z "$jar" || $build == 1 ]]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/gradient-descent-playground-*.jar | grep -v original | head -n 1)
fi
out=target/startup-bench
rm -rf "$out/app" "$out/app.aot"
mkdir -p "$out"
db="jdbc:h2:file:$PWD/$out/db/playground"

"$java" -Djarmode=tools -jar "$jar" extract --destination "$out/app" >/dev/null
app_jar=$(ls "$out"/app/*.jar | head -n 1)
echo "training run for the AOT cache…" >&2
"$java" -XX:AOTCacheOutput="$out/app.aot" -Dspring.context.exit=onRefresh -jar "$app_jar" \
  --server.port="$port" --server.address=127.0.0.1 --spring.datasource.url="$db" >"$out/training.log" 2>&1
ls -l "$out/app.aot" >&2

. scripts/lib/bench-common.sh # stop_server, bench_machine
trap stop_server EXIT INT TERM

# one start: sets $started to the JVM uptime (s) at "Started Application" (no subshell: the EXIT trap must see the PID)
started=""
start_once() {
  local log="$out/run.log"
  "$@" --server.port="$port" --server.address=127.0.0.1 --spring.datasource.url="$db" >"$log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    if grep -q "Started Application" "$log"; then break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then echo "server exited; see $log" >&2; exit 1; fi
    sleep 0.2
  done
  started=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' "$log" | head -n 1)
  stop_server
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
best() { printf '%s\n' "$@" | sort -g | head -n 1; }
plain=() aot=()
for i in $(seq 1 "$runs"); do
  start_once "$java" -jar "$jar"; p=$started; plain+=("$p")
  start_once "$java" -XX:AOTCache="$out/app.aot" -jar "$app_jar"; a=$started; aot+=("$a")
  echo "run $i: jar ${p} s, extracted + AOT cache ${a} s"
done
echo "best of $runs: jar $(best "${plain[@]}") s, extracted + AOT cache $(best "${aot[@]}") s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
