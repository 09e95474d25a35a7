#!/usr/bin/env bash
# Audit throughput and memory: the sample contracts replicated to N files (mixed PDF and text),
# audited with --jobs 1 and --jobs 2; peak RSS at 200 and 2,000 files; and, as the reference,
# the same files through poppler's `pdftotext` alone (one process per file, text files just
# read with cat). Needs GNU time (/usr/bin/time) and, for the reference, poppler-utils.
# Usage: bench/audit.sh [N]   (default 2000). Results go to stdout and bench/out/audit.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-2000}
out=bench/out; mkdir -p "$out"
cargo build --release --quiet
bin=target/release/loanlint
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

replicate() { # replicate COUNT DIR
  local count=$1 dir=$2 i=0
  mkdir -p "$dir"
  mapfile -t srcs < <(ls sample-contracts/*.pdf sample-contracts/*.txt)
  while [ "$i" -lt "$count" ]; do
    for s in "${srcs[@]}"; do
      [ "$i" -ge "$count" ] && break
      sub="$dir/d$((i % 20))"; mkdir -p "$sub"
      cp "$s" "$sub/$i-$(basename "$s")"; i=$((i + 1))
    done
  done
}

measure() { # measure LABEL CMD...: wall seconds and peak RSS (KB)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r secs rss < <(tail -n 1 "$work/time")
  printf '%-34s %8s s  %8s KB peak RSS\n' "$label" "$secs" "$rss"
  echo "$secs" >"$work/last"
}

replicate 200 "$work/small"
replicate "$n" "$work/big"
{
  echo "audit benchmark: $n files ($(ls "$work"/big/*/*.pdf | wc -l) PDF, $(ls "$work"/big/*/*.txt | wc -l) text), $(nproc) cores, $(date -u +%F)"
  measure "audit 200 files --jobs 2" "$bin" audit "$work/small" --format jsonl --jobs 2
  measure "audit $n files --jobs 1" "$bin" audit "$work/big" --format jsonl --jobs 1; j1=$(cat "$work/last")
  measure "audit $n files --jobs 2" "$bin" audit "$work/big" --format jsonl --jobs 2; j2=$(cat "$work/last")
  echo "files/s (--jobs 2): $(python3 -c "print(round($n/max($j2,0.001),1))")   speed-up jobs 1 -> 2: $(python3 -c "print(round($j1/max($j2,0.001),2))")x"
  if command -v pdftotext >/dev/null; then
    measure "pdftotext alone, 1 process/file" bash -c "for f in $work/big/*/*; do case \$f in *.pdf) pdftotext -q \"\$f\" - ;; *) cat \"\$f\" ;; esac; done"
  else
    echo "pdftotext not installed: reference skipped (apt-get install poppler-utils)"
  fi
} | tee "$out/audit.txt"
