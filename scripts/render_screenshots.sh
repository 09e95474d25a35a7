#!/usr/bin/env bash
# Render a contract PDF as the screenshots a borrower would take: one PNG per page, at a
# phone-like resolution (240 dpi: an A4 page is 1984 px wide, the pixel density of a phone
# screenshot of a page zoomed to its width; body text is ~35 px tall). Needs pdftoppm
# (poppler-utils).
#
#   scripts/render_screenshots.sh CONTRACT.pdf OUT_DIR [DPI]     -> OUT_DIR/page-1.png ...
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 CONTRACT.pdf OUT_DIR [DPI]" >&2
  exit 2
fi
pdf=$1
out=$2
dpi=${3:-240}
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (install poppler-utils)" >&2; exit 3; }
mkdir -p "$out"
pdftoppm -png -r "$dpi" "$pdf" "$out/page"
ls "$out"/page-*.png
