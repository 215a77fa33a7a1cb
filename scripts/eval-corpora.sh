#!/usr/bin/env bash
# Ingest the dev and wide corpora into OUT (default /tmp/yusuan-eval) and print the dev score and wide.py.
#   scripts/eval-corpora.sh [OUT] [wide|dev|both]
# Needs ../shared (skips what is absent). Builds first.
set -uo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-/tmp/yusuan-eval}"; WHICH="${2:-both}"
mkdir -p "$OUT"
npm run -s build || exit 1
if [ "$WHICH" != wide ] && [ -d ../shared/corpus/dev ]; then
  rm -f "$OUT"/dev.sqlite*
  node bin/yusuan.js ingest ../shared/corpus/dev --db "$OUT/dev.sqlite" --jobs 2 >"$OUT/dev.log" 2>&1
  python3 ../shared/eval/score.py --db "$OUT/dev.sqlite" --answers ../shared/corpus/dev/answers -v >"$OUT/dev.txt"
  tail -1 "$OUT/dev.txt"
fi
if [ "$WHICH" != dev ] && [ -d ../shared/corpus/wide ]; then
  rm -f "$OUT"/wide.sqlite*
  node bin/yusuan.js ingest ../shared/corpus/wide --db "$OUT/wide.sqlite" --jobs 2 >"$OUT/wide.log" 2>&1
  python3 ../shared/eval/wide.py --db "$OUT/wide.sqlite" -v >"$OUT/wide.txt"
  grep -v '^      - ' "$OUT/wide.txt"
fi
