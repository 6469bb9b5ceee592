# Shared by the benchmark scripts that start the production jar and drive it with a client from src/test/java
# (scripts/class-load-bench.sh, scripts/noisy-neighbour-bench.sh). Sourced, not run; the caller has done
# `set -euo pipefail` and `cd` to the project root, and checked JAVA_HOME.
#
# Options every such script takes (bench_option returns 1 for any other argument):
#   --url=http://host:port/  use a running server instead of starting one (--pid=PID for CPU and heap figures)
#   --jar=PATH               start this jar instead of target/gradient-descent-playground-*.jar
#   --build                  build the production jar first (it is built anyway when missing)
#   --jfr                    record the server with Java Flight Recorder (target/<name>.jfr: the whole run, or only
#                            the measurement window where the client records it, bench_jfr_window=1) and print its
#                            hot methods and threads' CPU at the end (`jfr view`)
#   -h, --help               print the calling script's header

bench_url="" bench_jar="" bench_build=0 bench_pid="" bench_jfr=0 bench_jfr_window=0 server_pid="" bench_jfr_file=""

# Takes one argument if it is a common option (returns 0), else returns 1.
bench_option() {
  case "$1" in
    --url=*) bench_url="${1#--url=}" ;;
    --jar=*) bench_jar="${1#--jar=}" ;;
    --pid=*) bench_pid="${1#--pid=}" ;;
    --build) bench_build=1 ;;
    --jfr) bench_jfr=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) return 1 ;;
  esac
}

# bench_options ARGS…: reads the shared options above; the rest go to the client, in client_args.
bench_options() {
  client_args=()
  local a
  for a in "$@"; do
    bench_option "$a" || client_args+=("$a")
  done
}

mvn_offline_first() { ./mvnw -B -q -o "$@" || ./mvnw -B -q "$@"; }

# Finds (or builds) the jar unless a server URL was given; compiles the bench client; sets CP.
bench_prepare() {
  if [[ -z "$bench_url" && -z "$bench_jar" ]]; then
    bench_jar=$(ls target/gradient-descent-playground-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
    if [[ -z "$bench_jar" || $bench_build == 1 ]]; then
      echo "building the production jar (mvnw -DskipTests package)…" >&2
      mvn_offline_first -DskipTests package
      bench_jar=$(ls target/gradient-descent-playground-*.jar | grep -v original | head -n 1)
    fi
  fi
  mvn_offline_first test-compile
  if [[ ! -s target/bench-classpath.txt || pom.xml -nt target/bench-classpath.txt ]]; then
    mvn_offline_first dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
  fi
  CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
}

stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$server_pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}

# bench_start NAME [server args…]: unless --url was given, starts the jar with -Xmx1g (and $BENCH_JVM_ARGS) on a free
# 127.0.0.1 port
# (log target/NAME-server.log), stops it on exit, and sets bench_url and bench_pid.
bench_start() {
  local name="$1"
  shift
  trap 'stop_server; bench_jfr_report' EXIT
  trap 'exit 130' INT TERM
  if [[ $bench_jfr == 1 ]]; then
    bench_jfr_file="target/$name.jfr"
    rm -f "$bench_jfr_file"
  fi
  [[ -n "$bench_url" ]] && return 0
  local port log jvm_args=(-Xmx1g)
  # BENCH_JVM_ARGS: more options for the server's JVM, split on spaces (e.g. -XX:+PrintCompilation)
  [[ -n "${BENCH_JVM_ARGS:-}" ]] && read -r -a extra <<<"$BENCH_JVM_ARGS" && jvm_args+=("${extra[@]}")
  port=$("$JAVA_HOME/bin/java" -cp "$CP" org.gdplayground.bench.FreePort)
  log="target/$name-server.log"
  if [[ $bench_jfr == 1 && $bench_jfr_window == 0 ]]; then
    jvm_args+=("-XX:StartFlightRecording=filename=$bench_jfr_file,settings=profile,dumponexit=true")
  fi
  echo "starting $bench_jar on 127.0.0.1:$port (log: $log)" >&2
  "$JAVA_HOME/bin/java" "${jvm_args[@]}" -jar "$bench_jar" --server.port="$port" --server.address=127.0.0.1 \
    "$@" >"$log" 2>&1 &
  server_pid=$!
  bench_pid=$server_pid
  bench_url="http://127.0.0.1:$port/"
}

# After the server stopped: the recording's hot methods and the threads that used the CPU.
bench_jfr_report() {
  [[ -n "$bench_jfr_file" && -s "$bench_jfr_file" ]] || return 0
  echo
  echo "JFR recording: $bench_jfr_file"
  "$JAVA_HOME/bin/jfr" view --width 180 hot-methods "$bench_jfr_file" 2>/dev/null | head -n 30 || true
  "$JAVA_HOME/bin/jfr" view --width 180 thread-cpu-load "$bench_jfr_file" 2>/dev/null | head -n 20 || true
  # where the samples' stacks pass through the application's own code (its first frame from the top)
  echo
  echo "Samples by the first application method on the stack (org.gdplayground):"
  "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 64 "$bench_jfr_file" 2>/dev/null \
    | awk '/jdk.ExecutionSample/ {if (seen == 0 && n) other++; seen = 0; n = 1; next}
           seen == 0 && /org\.gdplayground\./ {sub(/^[ \t]+/, ""); sub(/[ \t]+line:.*/, ""); count[$0]++; seen = 1}
           END {if (seen == 0 && n) other++; for (m in count) printf "%6d  %s\n", count[m], m;
                printf "%6d  (no application frame: Vaadin, Atmosphere, Tomcat, JVM)\n", other}' \
    | sort -rn | head -n 25 || true
}

bench_load() {
  cut -d' ' -f1-3 /proc/loadavg
}

# The machine, for the summary: cores and the load average (a shared machine's figures are labelled with it).
bench_machine() {
  echo "machine: $(nproc) cores, load average $(bench_load) (1, 5, 15 min)"
}
