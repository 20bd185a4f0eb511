#!/usr/bin/env bash
# The summary `make browser-test` prints after the run (passed or not):
# each browser test that could not run on an engine of this run
# (target/browser-skips.txt, lines "skipped: TEST on ENGINE: WHY"). cargo
# counts such a test as ok, so it is listed here as skipped; one that ran
# on no engine of the run is marked as not run at all.
set -euo pipefail
file="${1:-target/browser-skips.txt}"
[ -s "$file" ] || exit 0
# The engines of the run, as tests/browser/src/lib.rs reads KURIL_ENGINES.
engines=$(echo "${KURIL_ENGINES:-chromium,firefox,webkit}" | tr ',' '\n' | grep -c '[^[:space:]]' || true)
echo "Skipped, not passed (cargo counts these tests as ok):"
sort -u "$file" | awk -v n="$engines" '
  {
    line = $0; sub(/^skipped: /, "", line)
    at = index(line, ": "); head = substr(line, 1, at - 1); why = substr(line, at + 2)
    on = index(head, " on "); t = substr(head, 1, on - 1); engine = substr(head, on + 4)
    if (!(t in count)) { order[++k] = t }
    if (!((t, engine) in seen)) { seen[t, engine] = 1; count[t]++; list[t] = list[t] (count[t] > 1 ? ", " : "") engine }
    reason[t] = why
  }
  END {
    for (i = 1; i <= k; i++) {
      t = order[i]
      if (count[t] >= n) printf "  %s: NOT RUN on any engine of this run (%s): %s\n", t, list[t], reason[t]
      else printf "  %s: skipped on %s: %s\n", t, list[t], reason[t]
    }
  }'
