#!/usr/bin/env bash
# Seeds each target's corpus from geodata/ and fuzzes it for $1 seconds
# (default 600), one target after another; logs go to fuzz/logs/.
# Usage: fuzz/run.sh [seconds] [target...]   (make fuzz runs it, with
# FUZZ_TOOLCHAIN set to the Makefile's pinned nightly; default: nightly).
# The show target needs no seeds: libFuzzer builds its typed input.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"; shift || true
targets=("${@:-geodata timeline i18n url_state show}")
mkdir -p corpus/{geodata,timeline,i18n,url_state,show} logs artifacts
cp ../geodata/islands.geojson ../geodata/context.geojson ../geodata/lines.geojson corpus/geodata/
cp ../geodata/timeline.json corpus/timeline/
cp ../geodata/i18n/*.json corpus/i18n/
# URL seeds: every contract parameter, and each event id in the timeline.
printf '?scenario=two-island&lang=ja&embed=1' > corpus/url_state/seed-scenario
printf '?event=joint-declaration-1956&lang=ru' > corpus/url_state/seed-event
grep -o '"id": "[a-z0-9-]*"' ../geodata/timeline.json | cut -d'"' -f4 | while read -r id; do
  printf '?event=%s' "$id" > "corpus/url_state/seed-$id"
done
for t in ${targets[@]}; do
  echo "== $t: ${secs}s"
  cargo "+${FUZZ_TOOLCHAIN:-nightly}" fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" \
    -artifact_prefix="artifacts/$t-" -print_final_stats=1 2>&1 | tee "logs/$t.log" | tail -n 25
done
