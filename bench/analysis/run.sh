#!/usr/bin/env bash
# Builds the analysis benchmark and runs it briefly: how long the payout simulation takes for one million rep-years.
# Extra arguments go to JMH (for example -i 10 for more iterations, -h for its options).
# './mvnw verify' only compiles this module; benchmarks run here and nowhere else.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# bench/run has built it already.
if [ -z "${BENCH_WORK:-}" ]; then
  echo "run.sh: building the benchmark (tests skipped)..." >&2
  # Offline first: everything is usually in ~/.m2 already; online only when an artifact (JMH, say) is missing.
  if ! "$root/mvnw" -B -q -o -DskipTests -pl bench/analysis -am package >"$log" 2>&1; then
    if ! "$root/mvnw" -B -q -DskipTests -pl bench/analysis -am package >"$log" 2>&1; then
      echo "run.sh: the build failed; its last lines:" >&2
      tail -n 30 "$log" >&2
      exit 2
    fi
  fi
fi

echo "run.sh: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)" >&2
# Short on purpose: 2 warm-up and 5 measured iterations of about 2 s each, one fork.
if [ -z "${BENCH_WORK:-}" ]; then
  exec "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -jar "$root/bench/analysis/target/benchmarks.jar" \
    PayoutSimulationBenchmark -f 1 -wi 2 -w 2s -i 5 -r 2s "$@"
fi
# Under bench/run: rows for its table (the issue's bar is about 2 s per million rep-years).
"$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -jar "$root/bench/analysis/target/benchmarks.jar" \
  PayoutSimulationBenchmark -f 1 -wi 2 -w 2s -i 5 -r 2s -rf csv -rff "$BENCH_WORK/analysis.csv" >"$BENCH_WORK/analysis.log" 2>&1
python3 "$root/bench/jmh-rows.py" "$BENCH_WORK/analysis.csv" \
  "payout simulation, 1,000,026 rep-years, measure correlation {correlation} (JMH)" 2000
