#!/usr/bin/env bash
# Builds the table benchmark (with the bundles it needs, tests skipped) and runs it briefly. Arguments go to JMH,
# e.g. bench/table/run.sh -p table=alignment -p format=svg; without any, a short run of every combination.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"
module="$root/bench/table"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# bench/run has built it already.
if [ -z "${BENCH_WORK:-}" ]; then
  echo "run.sh: building the benchmark and the bundles it needs (tests skipped)..." >&2
  if ! "$root/mvnw" -B -q -o -DskipTests -pl bench/table -am package >"$log" 2>&1; then
    echo "run.sh: the offline build failed, retrying online (an artifact may be missing)" >&2
    if ! "$root/mvnw" -B -q -DskipTests -pl bench/table -am package >"$log" 2>&1; then
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
  # Under bench/run: rows for its table; a table of a 300-element engine should be written as fast as its diagrams.
  "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Djava.awt.headless=true \
    -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" org.openjdk.jmh.Main "$@" \
    -rf csv -rff "$BENCH_WORK/table.csv" TableBenchmark >"$BENCH_WORK/table.log" 2>&1
  exec python3 "$root/bench/jmh-rows.py" "$BENCH_WORK/table.csv" \
    "table {table} of a 300-element engine as {format}: build, measure, write (JMH)" 1000
fi
"$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Djava.awt.headless=true \
  -cp "$module/target/classes:$(cat "$module/target/classpath.txt")" org.openjdk.jmh.Main "$@" TableBenchmark
