#!/usr/bin/env bash
# `make serve` as a newcomer meets it: a new clone of HEAD (no dist/, no
# target/), an empty cargo home, a free port. Passes when the page answers
# with the four islands drawn and its WebAssembly is served; fails if make
# serve exits or nothing answers within SERVE_CHECK_SECONDS (default 1200).
# The installed tools (TOOLS_ROOT) are shared, as on a developer's machine.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
limit=${SERVE_CHECK_SECONDS:-1200}
work=$(mktemp -d)
log=$work/serve.log
pid=
cleanup() {
  mkdir -p "$repo/target" && cp "$log" "$repo/target/serve-check.log" 2>/dev/null || true
  if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
git clone --quiet --no-hardlinks "$repo" "$work/clone"
mkdir "$work/cargo-home"
[ ! -e "$work/clone/dist" ] && [ ! -e "$work/clone/target" ] || { echo "serve-check: the clone is not new"; exit 1; }

start=$(date +%s)
# Its own process group (setsid), so that stopping it stops Trunk too.
(cd "$work/clone" && CARGO_HOME="$work/cargo-home" TOOLS_ROOT="${TOOLS_ROOT:-$HOME/.cargo}" \
  exec setsid make serve PORT="$port") >"$log" 2>&1 &
pid=$!

url="http://127.0.0.1:$port/"
while :; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "serve-check: make serve exited before the page answered:"; tail -n 40 "$log"; exit 1
  fi
  if page=$(curl -fsS --max-time 5 "$url" 2>/dev/null); then
    islands=$(grep -o '<path[^>]*data-island="[a-z]*"' <<<"$page" | grep -o 'data-island="[a-z]*"' | sort -u | wc -l)
    wasm=$(grep -o '[A-Za-z0-9_./-]*\.wasm' <<<"$page" | head -n 1)
    if [ "$islands" = 4 ] && [ -n "$wasm" ]; then
      curl -fsS --max-time 30 -o "$work/module.wasm" "$url${wasm#./}"
      magic=$(head -c 4 "$work/module.wasm" | od -An -tx1 | tr -d ' \n')
      [ "$magic" = 0061736d ] || { echo "serve-check: $wasm is not WebAssembly ($magic)"; exit 1; }
      echo "serve-check: make serve in a new clone with an empty cargo home answered at $url" \
        "with 4 islands and $wasm after $(( $(date +%s) - start )) s"
      exit 0
    fi
  fi
  if [ $(( $(date +%s) - start )) -gt "$limit" ]; then
    echo "serve-check: no page with the map at $url after $limit s:"; tail -n 40 "$log"; exit 1
  fi
  sleep 3
done
