#!/usr/bin/env bash
# Pages per second of loanlint's PDF extraction vs poppler's pdftotext on the real corpus,
# single core (taskset -c 0), same files. CPU time (user+sys) is measured, best of N runs,
# so that other load on the machine disturbs the figures less than wall-clock time would.
#
# Usage: bench/pdf_extract_vs_pdftotext.sh [CORPUS_DIR] [RUNS]
# Needs: cargo (a release build is made here), pdftotext (poppler-utils), taskset.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-}"
if [[ -z "$corpus" ]]; then
  for c in "$here/../shared/corpus/real" /work/shared/corpus/real; do
    [[ -d "$c" ]] && corpus="$c" && break
  done
fi
runs="${2:-3}"
[[ -d "${corpus:-}" ]] || { echo "corpus not found (pass its directory)"; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext not installed (apt-get install poppler-utils)"; exit 1; }
TIMEFORMAT='%U %S'

cargo build --release --quiet --manifest-path "$here/Cargo.toml"
exe="$here/target/release/loanlint"
pin=(taskset -c 0)
command -v taskset >/dev/null || pin=()

# Best-of-N CPU seconds of a command.
cpu() {
  local best="" t
  for _ in $(seq "$runs"); do
    t=$( { time "${pin[@]}" "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1 | awk '{print $1 + $2}')
    if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best="$t"; fi
  done
  echo "$best"
}

printf "%-52s %5s %9s %9s %7s\n" file pages ours_s pdftotext_s ratio
declare -A pages_by ours_by popp_by
while IFS=$'\t' read -r file _repo _path _commit _lic lang pages notes; do
  [[ "$file" == *.pdf ]] || continue
  [[ "$notes" == *"text layer: yes"* ]] || continue
  f="$corpus/$file"
  [[ -f "$f" ]] || continue
  ours=$(cpu "$exe" __read-pdf "$f")
  popp=$(cpu pdftotext -enc UTF-8 "$f" -)
  printf "%-52s %5s %9.3f %9.3f %7.2f\n" "$file" "$pages" "$ours" "$popp" \
    "$(awk -v a="$ours" -v b="$popp" 'BEGIN{print (b > 0 ? a / b : 0)}')"
  pages_by[$lang]=$(( ${pages_by[$lang]:-0} + pages ))
  ours_by[$lang]=$(awk -v a="${ours_by[$lang]:-0}" -v b="$ours" 'BEGIN{print a + b}')
  popp_by[$lang]=$(awk -v a="${popp_by[$lang]:-0}" -v b="$popp" 'BEGIN{print a + b}')
done < "$corpus/MANIFEST.tsv"

echo
printf "%-6s %6s %14s %16s %7s\n" lang pages ours_pages/s pdftotext_pages/s ratio
for lang in "${!pages_by[@]}"; do
  awk -v l="$lang" -v p="${pages_by[$lang]}" -v o="${ours_by[$lang]}" -v q="${popp_by[$lang]}" \
    'BEGIN{printf "%-6s %6d %14.1f %16.1f %7.2f\n", l, p, p / o, p / q, o / q}'
done
