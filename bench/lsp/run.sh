#!/usr/bin/env bash
# The language server's warm path, out of process (bench/run runs it): a 600-file, 100k-line engine and a second
# engine in one workspace; one-character didChange edits, and the time until the server publishes the edited file's
# diagnostics. Prints table rows "| benchmark | value | unit | target | met |"; progress goes to standard error.
# Needs node and editors/vscode/node_modules (vscode-languageserver-protocol), which ./mvnw verify installs.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="${SALESENGINE_ROOT:-$(cd "$here/../.." && pwd)}"
jar="${SALESENGINE_JAR:-$root/releng/org.salesengine.cli.app/target/salesengine.jar}"
work="${BENCH_WORK:-$(mktemp -d)}"
if [ ! -d "$root/editors/vscode/node_modules/vscode-languageserver-protocol" ]; then
  echo "bench/lsp: run ./mvnw verify (or npm ci in editors/vscode) first" >&2
  exit 2
fi
edits=$([ "${BENCH_QUICK:-0}" = 1 ] && echo 6 || echo 15)
mkdir -p "$work/workspace/acme"
cp "$root/examples/acme.sales" "$work/workspace/acme/"
"$JAVA_HOME/bin/java" ${SALESENGINE_JVM_FLAGS:-} -jar "$jar" generate --seed 7 --lines 100000 --files 600 -o "$work/workspace/big" >&2
JAVA="$JAVA_HOME/bin/java" JAR="$jar" EDITS="$edits" NODE_PATH="$root/editors/vscode/node_modules" \
  node "$here/didchange.js" "$work/workspace"
