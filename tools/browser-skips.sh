#!/usr/bin/env bash
# The summary `make browser-test` prints after the run: each browser test
# that could not run on an engine of this run (target/browser-skips.txt,
# lines "skipped: TEST on ENGINE: WHY"). cargo counts such a test as ok,
# so it is listed here as skipped; one that ran on no engine of the run
# is marked as not run at all.
set -euo pipefail
file="${1:-target/browser-skips.txt}"
[ -s "$file" ] || exit 0
engines=$(echo "${KURIL_ENGINES:-chromium,firefox,webkit}" | tr ',' '\n' | grep -c .)
echo "Skipped, not passed (cargo counts these tests as ok):"
sort -u "$file" | awk -F': ' -v n="$engines" '
  { split($2, a, " on "); t = a[1]; if (!(t in c)) order[++k] = t; c[t]++; e[t] = e[t] (c[t] > 1 ? ", " : "") a[2]; why[t] = $3 }
  END {
    for (i = 1; i <= k; i++) {
      t = order[i]
      if (c[t] >= n) printf "  %s: NOT RUN on any engine of this run (%s): %s\n", t, e[t], why[t]
      else printf "  %s: skipped on %s: %s\n", t, e[t], why[t]
    }
  }'
