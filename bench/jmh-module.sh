# What the run.sh of a JMH module under bench/ shares; source it, then call
#   run_jmh_module NAME CLASS LABEL TARGET_MS [JMH arguments...]
# It builds bench/NAME with the bundles it needs (tests skipped) unless bench/run has built it already, then runs the
# benchmark class CLASS: briefly by default, with the JMH arguments when given. Under bench/run (BENCH_WORK set) it
# prints the rows of bench/run's table, labelled with LABEL (which may name parameters as {name}) against TARGET_MS.
# BENCH_SKIP_BUILD set: the module is built already (a run.sh that runs two benchmark classes of one module).
# Needs root and JAVA_HOME set, as releng/scripts/jdk.sh sets them.

run_jmh_module() {
  local name="$1" class="$2" label="$3" target="$4"
  shift 4
  local module="$root/bench/$name"
  local log
  log=$(mktemp)
  if [ -z "${BENCH_WORK:-}" ] && [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    echo "run.sh: building the $name benchmark and the bundles it needs (tests skipped)..." >&2
    if ! "$root/mvnw" -B -q -o -DskipTests -pl "bench/$name" -am package >"$log" 2>&1; then
      echo "run.sh: the offline build failed, retrying online (an artifact may be missing)" >&2
      if ! "$root/mvnw" -B -q -DskipTests -pl "bench/$name" -am package >"$log" 2>&1; then
        echo "run.sh: the build failed; its last lines:" >&2
        tail -n 30 "$log" >&2
        rm -f "$log"
        exit 2
      fi
    fi
  fi
  rm -f "$log"
  if [ "$#" -eq 0 ]; then
    set -- -wi 2 -w 2s -i 3 -r 2s -f 1
  fi
  local classpath="$module/target/classes:$(cat "$module/target/classpath.txt")"
  if [ -n "${BENCH_WORK:-}" ]; then
    "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Djava.awt.headless=true -cp "$classpath" org.openjdk.jmh.Main "$@" \
      -rf csv -rff "$BENCH_WORK/$name.csv" "$class" >"$BENCH_WORK/$name.log" 2>&1
    exec python3 "$root/bench/jmh-rows.py" "$BENCH_WORK/$name.csv" "$label" "$target"
  fi
  exec "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Djava.awt.headless=true -cp "$classpath" org.openjdk.jmh.Main "$@" "$class"
}
