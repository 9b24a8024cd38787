#!/usr/bin/env bash
# `./salesengine workbench [FILE|DIR]`: starts the Sales Engine Workbench product. There is no native launcher, so
# the product is started with the Equinox launcher jar; it is built first when missing or older than the sources.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"

product="$root/releng/org.salesengine.product/target/products/org.salesengine.product/linux/gtk/x86_64"
stamp="$product/configuration/config.ini"

if [ $# -gt 1 ]; then
  echo "usage: salesengine workbench [FILE|DIR]" >&2
  exit 2
fi
open_arg=()
if [ $# -eq 1 ]; then
  if [ ! -e "$1" ]; then
    echo "salesengine workbench: $1: no such file or folder" >&2
    exit 2
  fi
  open_arg=("-Dsalesengine.open=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "salesengine workbench: no display (DISPLAY is not set); run it on a desktop, or under xvfb-run" >&2
  exit 2
fi

if [ ! -f "$stamp" ] || [ -n "$(find "$root/bundles" "$root/features" "$root/releng/org.salesengine.product" \
    \( -path '*/target' -o -path '*/src-gen' \) -prune -o -type f -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  echo "salesengine workbench: building the workbench (first run or sources changed; this takes a few minutes)..." >&2
  log=$(mktemp)
  if ! "$root/mvnw" -B -q -DskipTests -pl releng/org.salesengine.product -am verify >"$log" 2>&1; then
    echo "salesengine workbench: the build failed; its last lines:" >&2
    tail -n 30 "$log" >&2
    rm -f "$log"
    exit 2
  fi
  rm -f "$log"
fi

launcher=$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
workspace="${SALESENGINE_WORKSPACE:-$HOME/.salesengine/workspace}"
mkdir -p "$workspace"
cd "$product"
exec "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Xmx2g "${open_arg[@]}" -jar "$launcher" \
  -data "$workspace" -showsplash ${SALESENGINE_WORKBENCH_ARGS:-}
