#!/usr/bin/env bash
# Generates the PDF fixtures in fixtures/pdf/ from the HTML in scripts/pdf-fixtures/ (LibreOffice
# headless, fonts-noto-cjk) plus the broken inputs in fixtures/pdf/bad/ (qpdf, ImageMagick).
# The PDFs are committed, so tests never need these tools; rerun only to change a fixture
# (`scripts/make-pdf-fixtures.sh unruled` remakes just fixtures/pdf/unruled.pdf).
# Needs: apt-get install -y libreoffice-writer-nogui fonts-noto-cjk qpdf imagemagick
set -euo pipefail
cd "$(dirname "$0")/.."
src=scripts/pdf-fixtures
out=fixtures/pdf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/bad"

# With names (e.g. `unruled`), only those fixtures are regenerated and the broken inputs are left alone.
if [ $# -gt 0 ]; then htmls=(); for name in "$@"; do htmls+=("$src/$name.html"); done; else htmls=("$src"/*.html); fi
for html in "${htmls[@]}"; do
  # Open as a Writer document (not Writer/Web) so CSS page breaks and A4 pages apply.
  soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$tmp" "$html" >/dev/null 2>&1
  cp "$tmp/$(basename "${html%.html}").pdf" "$out/"
done

[ $# -gt 0 ] && { echo "fixtures written to $out"; exit 0; }
# Broken on purpose: cut in the middle, an image with a .pdf name, password-protected, and a scan.
good="$out/narrative.pdf"
head -c $(( $(stat -c %s "$good") / 2 )) "$good" > "$out/bad/truncated.pdf"
# /usr/bin/convert: ImageMagick itself (a stand-in convert may shadow it on PATH).
/usr/bin/convert -size 200x100 xc:white -fill black -draw "rectangle 20,20 180,80" "$tmp/photo.jpg"
cp "$tmp/photo.jpg" "$out/bad/photo-renamed.pdf"
qpdf --encrypt secret owner-secret 256 -- "$good" "$out/bad/encrypted.pdf"
# ImageMagick's policy forbids writing PDF, so wrap the JPEG in a one-page PDF by hand.
/usr/bin/convert -size 595x842 xc:white -fill black -draw "rectangle 100,150 495,300" "$tmp/scan.jpg"
node scripts/pdf-fixtures/jpeg-to-pdf.mjs "$tmp/scan.jpg" "$out/bad/scanned.pdf"
echo "fixtures written to $out"
