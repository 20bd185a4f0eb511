#!/usr/bin/env bash
# Screenshots of the built dist/ for looking at by eye:
#   tools/shoot.sh [query] [widths...]   -> target/shots/shot-<width>.png
set -euo pipefail
cd "$(dirname "$0")/.."
query="${1:-}"; shift || true
widths=("${@:-1280 360}")
port=8765
out=target/shots; mkdir -p "$out"
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 0.5
for w in ${widths[@]}; do
  chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --hide-scrollbars \
    --user-data-dir="$(mktemp -d)" --window-size="$w,${SHOT_HEIGHT:-1400}" \
    --virtual-time-budget=5000 --screenshot="$out/shot-$w.png" \
    "http://127.0.0.1:$port/$query" 2>/dev/null
  echo "$out/shot-$w.png"
done
