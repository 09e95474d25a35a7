#!/usr/bin/env bash
# Reading speed in pages per second for the inputs a borrower's phone gives: HTML pages and
# Word files (the corpus's HTML/DOCX files that have a PDF twin; a file counts as its twin's
# page count), and screenshots (each sample contract's PDF rendered to PNG pages by
# scripts/render_screenshots.sh, then read by OCR as one document).
# Needs poppler-utils (pdfinfo, pdftoppm) and, for OCR, tesseract with chi_sim.
# Usage: bench/read.sh [--no-ocr]   (LOANLINT_BIN=path to use a built binary; default: a
# release build). Corpus: ../shared/corpus/real or /work/shared/corpus/real.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${LOANLINT_BIN:-}
if [ -z "$bin" ]; then cargo build --release --quiet; bin=target/release/loanlint; fi
corpus=""
for d in ../shared/corpus/real /work/shared/corpus/real; do [ -f "$d/MANIFEST.tsv" ] && corpus=$d && break; done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
rate() { python3 -c "import sys; p, s = float(sys.argv[1]), float(sys.argv[2]); print(f'{p:.0f} pages in {s:.2f} s: {p / s:.2f} pages/s')" "$1" "$2"; }

for ext in html docx; do
  [ -n "$corpus" ] || { echo "$ext: corpus not found, skipped"; continue; }
  pages=0; files=()
  for f in "$corpus"/*."$ext"; do
    [ -f "$f" ] && [ -f "${f%.*}.pdf" ] || continue
    files+=("$f"); pages=$((pages + $(pdfinfo "${f%.*}.pdf" | awk '/^Pages:/ {print $2}')))
  done
  [ "${#files[@]}" -gt 0 ] || { echo "$ext: no pairs"; continue; }
  # Three rounds, so process start-up is not the whole measure.
  start=$(now)
  for _ in 1 2 3; do for f in "${files[@]}"; do "$bin" text "$f" >/dev/null; done; done
  echo "$ext (${#files[@]} files x 3): $(rate $((pages * 3)) "$(python3 -c "print($(now) - $start)")")"
done

if [ "${1:-}" != "--no-ocr" ]; then
  pages=0
  for pdf in sample-contracts/*.pdf; do
    scripts/render_screenshots.sh "$pdf" "$work/$(basename "$pdf" .pdf)" >/dev/null
  done
  pages=$(ls "$work"/*/page-*.png | wc -l)
  start=$(now)
  for d in "$work"/*/; do "$bin" text --as-one "$d" >/dev/null; done
  echo "screenshots OCR ($(ls -d "$work"/*/ | wc -l) contracts): $(rate "$pages" "$(python3 -c "print($(now) - $start)")")"
fi
