# Sourced by ./mvnw and .ci/run: makes what the tests need available on this machine, so that the README's test
# command passes on a fresh one. The package list lives here and nowhere else.
#
#   provision_packages WHO [ui]   installs the missing Debian packages (root and apt-get needed), or stops with one
#                                 line; with "ui", also what the workbench's UI tests need
#   provision_display     starts a private Xvfb when there is no display, exports DISPLAY, stops it on exit
#
# The UI tests can be skipped on purpose with -Dsalesengine.skipUiTests; nothing is ever skipped silently.

# What the tests need at run time, by reason:
# - fontconfig, fonts-dejavu-core: the diagrams measure and paint text with AWT, which needs real fonts even headless;
# - chromium: the report's real-browser test opens, prints and photographs the reports in it (through playwright-core,
#   which never downloads a browser of its own); salesengine report --pdf prints with it;
# - libgtk-3-0: SWT's GTK port, for the workbench's UI tests;
# - xvfb: a display for those tests on a machine without one.
# - python3: the table tests read the CSV export back with Python's csv module. Any python3 on the PATH will do (the
#   machine's own, often pyenv's), so Debian's is installed only when there is none: a command, not a package, is
#   what is checked.
SALESENGINE_TEST_PACKAGES=(fontconfig fonts-dejavu-core chromium)
SALESENGINE_TEST_COMMANDS=(python3)
SALESENGINE_UI_TEST_PACKAGES=(libgtk-3-0 xvfb)
SALESENGINE_SKIP_UI_PROPERTY="-Dsalesengine.skipUiTests"

provision_missing_packages() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || echo "$package"
  done
  # Each command of SALESENGINE_TEST_COMMANDS is Debian's package of the same name.
  for package in "${SALESENGINE_TEST_COMMANDS[@]}"; do
    command -v "$package" >/dev/null || echo "$package"
  done
}

provision_cannot() {
  # Skipping the UI tests helps only when everything missing is theirs alone; otherwise say that it would not.
  local way_out="or skip the UI tests on purpose with $SALESENGINE_SKIP_UI_PROPERTY" package
  for package in "${missing[@]}"; do
    [[ " ${SALESENGINE_UI_TEST_PACKAGES[*]} " == *" $package "* ]] && continue
    way_out="the tests other than the UI tests need ${package} too, so skipping those ($SALESENGINE_SKIP_UI_PROPERTY) would not help"
    [ "$3" = ui ] || way_out="the tests other than the UI tests need them too"
    break
  done
  echo "$1: cannot provision the tests ($2): install ${missing[*]} (apt-get install -y --no-install-recommends ${missing[*]}); $way_out" >&2
  exit 2
}

# provision_packages WHO: WHO names the caller in messages.
provision_packages() {
  local who="$1" mode="${2:-}" missing wanted=("${SALESENGINE_TEST_PACKAGES[@]}")
  [ "${2:-}" = ui ] && wanted+=("${SALESENGINE_UI_TEST_PACKAGES[@]}")
  command -v dpkg-query >/dev/null || { echo "$who: not a Debian system: make sure ${wanted[*]} ${SALESENGINE_TEST_COMMANDS[*]} (or their equivalents) are installed" >&2; return 0; }
  mapfile -t missing < <(provision_missing_packages "${wanted[@]}")
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" = 0 ] || provision_cannot "$who" "not root" "$mode"
  command -v apt-get >/dev/null || provision_cannot "$who" "no apt-get" "$mode"
  echo "$who: installing ${missing[*]} from Debian's packages (once; about a minute)" >&2
  local log
  log=$(mktemp)
  export DEBIAN_FRONTEND=noninteractive
  # Without a network, fail within seconds rather than retrying.
  local apt=(apt-get -q -o Acquire::Retries=0 -o Acquire::http::Timeout=15)
  # The package lists of a fresh machine may be stale or absent: update once when the first attempt fails.
  if ! "${apt[@]}" install -y --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    if ! { "${apt[@]}" update && "${apt[@]}" install -y --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
      local reason
      reason=$(grep -E '^(E|Err):' "$log" | head -n 1)
      rm -f "$log"
      provision_cannot "$who" "apt-get failed${reason:+: $reason}" "$mode"
    fi
  fi
  rm -f "$log"
}

# provision_display WHO: with no DISPLAY, starts Xvfb on a free display number and exports DISPLAY. The caller must
# not exec afterwards: the EXIT trap stops Xvfb when the caller ends, also on failure or Ctrl-C.
provision_display() {
  local who="$1"
  [ -n "${DISPLAY:-}" ] && return 0
  command -v Xvfb >/dev/null || { echo "$who: no display and no Xvfb: install xvfb, or skip the UI tests on purpose with $SALESENGINE_SKIP_UI_PROPERTY" >&2; exit 2; }
  local fifo number
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  # -displayfd: Xvfb picks a free display number itself and writes it once it accepts connections.
  Xvfb -displayfd 3 -screen 0 1600x1200x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  SALESENGINE_XVFB_PID=$!
  trap 'provision_stop_display' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  read -r -t 20 number <"$fifo" || number=""
  rm -f "$fifo"
  if [ -z "$number" ]; then
    echo "$who: Xvfb did not start within 20 s" >&2
    exit 2
  fi
  export DISPLAY=":$number"
  echo "$who: no display: started a private Xvfb on $DISPLAY for the UI tests" >&2
}

provision_stop_display() {
  if [ -n "${SALESENGINE_XVFB_PID:-}" ]; then
    kill "$SALESENGINE_XVFB_PID" 2>/dev/null
    wait "$SALESENGINE_XVFB_PID" 2>/dev/null
    SALESENGINE_XVFB_PID=""
  fi
}
