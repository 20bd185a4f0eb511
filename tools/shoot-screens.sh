#!/usr/bin/env bash
# Viewport screenshots of dist/ for looking at by eye, one per size,
# language and state: target/shots/<state>-<lang>-<w>x<h>.png
#   tools/shoot-screens.sh ["WxH ..."] ["lang ..."]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=(${1:-1366x768 1920x1080 375x667})
langs=(${2:-en ja ru})
states=("default:" "two-island:scenario=two-island" "1956:event=joint-declaration-1956")
port=8766
out=target/shots; mkdir -p "$out"
python3 -m http.server "$port" --bind 127.0.0.1 --directory dist >/dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
sleep 0.5
for size in "${sizes[@]}"; do
  for lang in "${langs[@]}"; do
    for st in "${states[@]}"; do
      name=${st%%:*}; q=${st#*:}
      query="?lang=$lang${q:+&$q}"
      chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --no-first-run --hide-scrollbars \
        --user-data-dir="$(mktemp -d)" --window-size="${size/x/,}" \
        --virtual-time-budget=5000 --screenshot="$out/$name-$lang-$size.png" \
        "http://127.0.0.1:$port/$query" 2>/dev/null
      echo "$out/$name-$lang-$size.png"
    done
  done
done
