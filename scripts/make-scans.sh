#!/usr/bin/env bash
# Makes scanned copies of PDFs, as a user's scanner would: every page rasterised at 150 dpi in gray
# (JPEG), then wrapped back into a PDF without any text layer. The copies keep the relative paths
# of the originals, so the dev answer keys (matched by path suffix) score them as they are.
#
#   scripts/make-scans.sh OUT [SRC] [DPI]     (SRC default ../shared/corpus/dev, DPI 150)
#
# Needs pdftoppm (poppler-utils) and img2pdf: apt-get install -y poppler-utils img2pdf.
# Outputs are large (~170 KB a page): keep OUT outside git (e.g. /tmp/scans).
set -euo pipefail
out="${1:?usage: make-scans.sh OUT [SRC] [DPI]}"
src="${2:-$(dirname "$0")/../../shared/corpus/dev}"
dpi="${3:-150}"
for tool in pdftoppm img2pdf; do
  command -v "$tool" >/dev/null || { echo "make-scans: $tool is missing (apt-get install -y poppler-utils img2pdf)" >&2; exit 1; }
done
[ -d "$src" ] || { echo "make-scans: no folder $src" >&2; exit 1; }
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
count=0
while IFS= read -r -d '' pdf; do
  rel="${pdf#"$src"/}"
  dest="$out/$rel"
  if [ -s "$dest" ] && [ "$dest" -nt "$pdf" ]; then continue; fi
  mkdir -p "$(dirname "$dest")"
  rm -f "$tmp"/p-*.jpg
  pdftoppm -r "$dpi" -gray -jpeg "$pdf" "$tmp/p"
  img2pdf "$tmp"/p-*.jpg -o "$dest"
  count=$((count + 1))
done < <(find "$src" -name '*.pdf' -print0 | sort -z)
echo "make-scans: $count scanned cop$([ "$count" = 1 ] && echo y || echo ies) written under $out"
