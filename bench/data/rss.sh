#!/usr/bin/env bash
# Peak memory of calibrate on a 200 MB CRM export: the export is streamed, so the heap stays bounded whatever the file's
# size. Makes the export from a generated one (generate-crm, acme's NewBusiness) by repeating its rows with fresh ids,
# runs calibrate under a 64 MB heap cap, and prints the peak resident set size. Usage: bench/data/rss.sh [MEGABYTES]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/scripts/jdk.sh"
megabytes="${1:-200}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/salesengine" generate-crm "$root/examples/acme.sales" --count 20000 --seed 1 -o "$work/seed.csv" >/dev/null
python3 - "$work/seed.csv" "$work/big.csv" "$megabytes" <<'PY'
import sys
seed, big, megabytes = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = open(seed, encoding="utf-8").read().splitlines()
header, rows = lines[0], lines[1:]
target = megabytes * 1024 * 1024
written, n = 0, 0
with open(big, "w", encoding="utf-8") as out:
    out.write(header + "\n")
    while written < target:
        for row in rows:
            n += 1
            line = "OPP-%09d%s\n" % (n, row[row.index(","):])
            out.write(line)
            written += len(line)
            if written >= target:
                break
print("rows", n, file=sys.stderr)
PY
ls -l "$work/big.csv" | awk '{printf "export: %.0f MB\n", $5 / 1048576}'
jar="$root/releng/org.salesengine.cli.app/target/salesengine.jar"
/usr/bin/time -f "peak RSS: %M kB, wall: %e s" "$JAVA_HOME/bin/java" $SALESENGINE_JVM_FLAGS -Xmx64m -XX:+UseSerialGC -jar "$jar" calibrate "$root/examples/acme.sales" \
  --opportunities "$work/big.csv" --format json > "$work/result.json"
python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('rows read:', r['rows'], '; NewBusiness opportunities:', r['processes'][0]['opportunities'])" "$work/result.json"
