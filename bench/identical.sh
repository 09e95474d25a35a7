#!/usr/bin/env bash
# Byte-identity check for a speed change: two builds of loanlint must give the same bytes.
# Compares, BEFORE against AFTER:
#  - the reader's raw reply (`loanlint __read-pdf FILE`: pages and warnings) for every PDF
#    under tests/ and the real corpus;
#  - `audit --format jsonl --jobs 1` of the sample contracts replicated to 200 files (laid out
#    as bench/audit.sh does), of tests/fresh and of the real corpus.
# Usage: bench/identical.sh BEFORE_BIN AFTER_BIN   (exit 1 when anything differs).
# Corpus: ../shared/corpus/real or /work/shared/corpus/real (skipped when absent).
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(realpath "$1"); after=$(realpath "$2")
corpus=""
for d in ../shared/corpus/real /work/shared/corpus/real; do [ -d "$d" ] && corpus=$d && break; done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
differ=0

pdfs=0; pdf_diffs=0
while IFS= read -r -d '' f; do
  pdfs=$((pdfs + 1))
  "$before" __read-pdf "$f" >"$work/b" 2>/dev/null || true
  "$after" __read-pdf "$f" >"$work/a" 2>/dev/null || true
  if ! cmp -s "$work/b" "$work/a"; then
    pdf_diffs=$((pdf_diffs + 1)); echo "reader output differs: $f"
  fi
done < <(find tests ${corpus:+"$corpus"} -name '*.pdf' -print0 | sort -z)
echo "reader output: $pdfs PDFs, $pdf_diffs differ"
[ "$pdf_diffs" -eq 0 ] || differ=1

# The samples replicated to 200 files, as bench/audit.sh lays them out.
mkdir -p "$work/samples"
mapfile -t srcs < <(ls sample-contracts/*.pdf sample-contracts/*.txt)
i=0
while [ "$i" -lt 200 ]; do
  for s in "${srcs[@]}"; do
    [ "$i" -ge 200 ] && break
    sub="$work/samples/d$((i % 20))"; mkdir -p "$sub"
    cp "$s" "$sub/$i-$(basename "$s")"; i=$((i + 1))
  done
done

for dir in "$work/samples" tests/fresh ${corpus:+"$corpus"}; do
  "$before" audit "$dir" --format jsonl --jobs 1 >"$work/b.jsonl" 2>/dev/null || true
  "$after" audit "$dir" --format jsonl --jobs 1 >"$work/a.jsonl" 2>/dev/null || true
  records=$(wc -l <"$work/a.jsonl")
  if cmp -s "$work/b.jsonl" "$work/a.jsonl"; then
    echo "audit jsonl identical: $dir ($records records)"
  else
    differ=1; echo "audit jsonl DIFFERS: $dir ($records records)"
  fi
done
exit "$differ"
