#!/usr/bin/env bash
# In-process benchmarks (JMH), run by bench/run: prints table rows "| benchmark | value | unit | target | met |".
# Expects bench/core/target/benchmarks.jar (bench/run builds it), JAVA_HOME, BENCH_WORK and BENCH_QUICK from bench/run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/benchmarks.jar"
work="${BENCH_WORK:-$(mktemp -d)}"
if [ "${BENCH_QUICK:-0}" = 1 ]; then
  iterations=(-wi 2 -w 1s -i 3 -r 1s)
else
  iterations=(-wi 5 -w 2s -i 10 -r 2s)
fi
"$JAVA_HOME/bin/java" ${SALESENGINE_JVM_FLAGS:-} -jar "$jar" RevalidationBenchmark -f 1 "${iterations[@]}" \
  -jvmArgsPrepend "${SALESENGINE_JVM_FLAGS:-} -Xmx1g" -rf csv -rff "$work/jmh.csv" >"$work/jmh.log" 2>&1 || {
  tail -n 20 "$work/jmh.log" >&2
  exit 1
}
# CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: lines"
tail -n +2 "$work/jmh.csv" | while IFS=, read -r name mode threads samples score error unit lines; do
  name="${name//\"/}"; unit="${unit//\"/}"; lines="${lines//\"/}"; lines=${lines%$'\r'}  # JMH writes CRLF
  method="${name##*.}"
  value=$(printf '%.1f ± %.1f' "$score" "$error")
  if [ "$method" = update ]; then
    met=$(awk -v s="$score" 'BEGIN { print (s <= 30 ? "yes" : "no") }')
    echo "| re-validate ${lines}-line engine after a 1-char edit (XtextResource.update, JMH) | $value | $unit | ≤ 30 ms/op | $met |"
  else
    echo "| re-validate ${lines}-line engine after a 1-char edit (full reparse, JMH) | $value | $unit | (comparison) | |"
  fi
done
