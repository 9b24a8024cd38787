#!/usr/bin/env bash
# Builds the table benchmark (with the bundles it needs, tests skipped) and runs it briefly. Arguments go to JMH,
# e.g. bench/table/run.sh -p table=alignment -p format=svg; without any, a short run of every combination.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"
. "$root/bench/jmh-module.sh"
# Under bench/run: a table of a 300-element engine should be written at least as fast as its diagrams.
run_jmh_module table TableBenchmark "table {table} of a 300-element engine as {format}: build, measure, write (JMH)" 1000 "$@"
