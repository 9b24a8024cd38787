#!/usr/bin/env bash
# Builds the diagram benchmark (with the bundles it needs, tests skipped) and runs it briefly. Arguments go to JMH,
# e.g. bench/diagram/run.sh -p diagram=engine -p shape=UNITS; without any, a short run of every combination.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"
. "$root/bench/jmh-module.sh"
# Under bench/run, the issue's bar: layout plus SVG of a 300-element engine map in about 1 s.
run_jmh_module diagram DiagramBenchmark "diagram {diagram} of a 300-element engine ({shape}): build, ELK layout, SVG (JMH)" 1000 "$@"
