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
#   --jfr                    record the server's measurement window with Java Flight Recorder
#                            (target/class-load-bench.jfr) and print its hot methods, threads' CPU and samples by
#                            application method after the summary (the recorder's own CPU is then in the figures)
# The summary starts with the machine's cores and load average (and ends with the load average after): on a shared
# machine say so next to the figures.
# Options passed to the client (org.gdplayground.bench.ClassLoadBench):
#   --class                  one class: a real headless Chromium (/usr/bin/chromium, or CHROMIUM_BIN) creates it at
#                            /class, sends it the page's query and keeps its dashboard open; every student joins at
#                            /join/<code> (nickname, #join) and plays there, so its runs report to the class. Prints
#                            the dashboard's liveness (table changes/s, new steps per row/s, lag from a student's page
#                            to the dashboard). The started server then gets a throw-away H2 database under
#                            target/class-load-bench-db and playground.class.joins-per-minute=1000 (all students
#                            come from 127.0.0.1); --steps-per-frame=5 maps a dashboard step to a student's frame
#   --chromium=N             N real pages instead of simulated students: one headless Chromium (/usr/bin/chromium, or
#                            CHROMIUM_BIN), a browser context (session) per page, each opens the playground and clicks
#                            Play. Counted in the page: pushed frames (WebSocket messages carrying a UIDL answer) and
#                            messages the page sends; prints frames/s per page, server CPU ms per pushed frame, what
#                            the pages sent per frame, Chromium's cores and live heap per page (students= is ignored)
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

. scripts/lib/bench-common.sh

in_class=0
client_args=()
for a in "$@"; do
  bench_option "$a" && continue
  [[ "$a" == --class ]] && in_class=1
  client_args+=("$a")
done

bench_jfr_window=1
bench_prepare
server_args=()
if [[ $in_class == 1 ]]; then
  rm -rf target/class-load-bench-db
  server_args+=(--spring.datasource.url="jdbc:h2:file:$PWD/target/class-load-bench-db/playground"
    --playground.class.joins-per-minute=1000)
fi
bench_start class-load-bench ${server_args[@]+"${server_args[@]}"}

bench_machine
set +e
"$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.ClassLoadBench --url="$bench_url" \
  ${bench_pid:+--pid="$bench_pid"} ${bench_jfr_file:+--jfr="$bench_jfr_file"} \
  ${client_args[@]+"${client_args[@]}"}
status=$?
set -e
echo "load average after: $(bench_load)"
exit $status
