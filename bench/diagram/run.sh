#!/usr/bin/env bash
# Builds the diagram benchmarks (with the bundles they need, tests skipped) and runs them briefly. Without arguments,
# a short run of both: DiagramBenchmark (every diagram of a 300-element engine) and ViewBenchmark (a focused view of a
# 2,000-element generated engine). Arguments go to JMH for DiagramBenchmark, e.g. -p diagram=engine -p shape=UNITS;
# after a first argument "views", to JMH for ViewBenchmark, e.g. bench/diagram/run.sh views -f 1 -i 5.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"
. "$root/bench/jmh-module.sh"
views_label="view {benchmark} of a 2,000-element generated engine (focused: one AE, depth 2; wholeMap: no target, for comparison): build, ELK layout, write (JMH)"
if [ "${1:-}" = "views" ]; then
  shift
  run_jmh_module diagram ViewBenchmark "$views_label" 1000 "$@"
fi
if [ "$#" -gt 0 ]; then
  run_jmh_module diagram DiagramBenchmark "diagram {diagram} of a 300-element engine ({shape}): build, ELK layout, SVG (JMH)" 1000 "$@"
fi
# Under bench/run, the issue's bars: layout plus SVG of a 300-element engine map in about 1 s, and a focused view of a
# 2,000-element engine laid out and painted in well under a second. Each run replaces the module's CSV, so one after
# the other.
( run_jmh_module diagram DiagramBenchmark "diagram {diagram} of a 300-element engine ({shape}): build, ELK layout, SVG (JMH)" 1000 )
BENCH_SKIP_BUILD=1 run_jmh_module diagram ViewBenchmark "$views_label" 1000
