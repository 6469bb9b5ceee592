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

. scripts/lib/bench-common.sh

bench_options "$@"

bench_prepare
bench_start instant-latency-bench
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "$bench_url" 2>/dev/null && break
  sleep 1
done

"$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.InstantLatencyBench --url="$bench_url" \
  ${client_args[@]+"${client_args[@]}"}
