#!/usr/bin/env bash
# Viewport screenshots of dist/ for looking at by eye, one per size,
# language and state, taken by tools/shoot.sh:
#   tools/shoot-screens.sh ["WxH ..."] ["lang ..."]
#   -> target/shots/<state>-<lang>-<w>x<h>.png
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=(${1:-1366x768 1920x1080 375x667})
langs=(${2:-en ja ru})
states=("default:" "two-island:scenario=two-island" "1956:event=joint-declaration-1956")
for size in "${sizes[@]}"; do
  w=${size%x*}; h=${size#*x}
  for lang in "${langs[@]}"; do
    for st in "${states[@]}"; do
      name=${st%%:*}; q=${st#*:}
      SHOT_HEIGHT=$h tools/shoot.sh "?lang=$lang${q:+&$q}" "$w" >/dev/null
      mv "target/shots/shot-$w.png" "target/shots/$name-$lang-$size.png"
      echo "target/shots/$name-$lang-$size.png"
    done
  done
done
