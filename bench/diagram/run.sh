#!/usr/bin/env bash
# Builds the diagram benchmark (with the bundles it needs, tests skipped) and runs it briefly. Arguments go to JMH,
# e.g. bench/diagram/run.sh -p diagram=engine -p shape=UNITS; without any, a short run of every combination.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"
module="$root/bench/diagram"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# bench/run has built it already.
if [ -z "${BENCH_WORK:-}" ]; then
  echo "run.sh: building the benchmark and the bundles it needs (tests skipped)..." >&2
  if ! "$root/mvnw" -B -q -o -DskipTests -pl bench/diagram -am package >"$log" 2>&1; then
    echo "run.sh: the offline build failed, retrying online (an artifact may be missing)" >&2
    if ! "$root/mvnw" -B -q -DskipTests -pl bench/diagram -am package >"$log" 2>&1; then
      echo "run.sh: the build failed; its last lines:" >&2
      tail -n 30 "$log" >&2
      exit 2
    fi
  fi
fi

if [ "$#" -eq 0 ]; then
  set -- -wi 2 -w 2s -i 3 -r 2s -f 1
fi
if [ -n "${BENCH_WORK:-}" ]; then
  # Under bench/run: rows for its table (the issue's bar: layout plus SVG of a 300-element engine map in about 1 s).
  "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Djava.awt.headless=true \
    -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" org.openjdk.jmh.Main "$@" \
    -rf csv -rff "$BENCH_WORK/diagram.csv" DiagramBenchmark >"$BENCH_WORK/diagram.log" 2>&1
  exec python3 "$root/bench/jmh-rows.py" "$BENCH_WORK/diagram.csv" \
    "diagram {diagram} of a 300-element engine ({shape}): build, ELK layout, SVG (JMH)" 1000
fi
"$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Djava.awt.headless=true \
  -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" org.openjdk.jmh.Main "$@" DiagramBenchmark
