#!/usr/bin/env bash
# Audit throughput and memory: the sample contracts replicated to N files (mixed PDF and text),
# audited with --jobs 1 and --jobs 2; peak RSS at 200 and N files; and, as the reference, the
# same files through poppler's `pdftotext` alone (one process per file, text files just read
# with cat). The comparison with pdftotext is one core against one core, in CPU time (user +
# system, children included): `audit --jobs 1` against the single pdftotext loop. Wall time is
# shown too, but only the speed-up from --jobs 1 to --jobs 2 is read from it.
# Needs GNU time (/usr/bin/time) and, for the reference, poppler-utils.
# Each PDF goes to a long-lived reader child of its worker (one per worker, not one per file).
# Usage: bench/audit.sh [--rss-only] [--rounds K] [N] [SOURCE_DIR]   (default 2000 files replicated from
# sample-contracts; e.g. bench/audit.sh 2000 ../shared/corpus/real for the real corpus).
# --rss-only runs only the two --jobs 2 audits that give peak RSS at N and N/10 (for N = 20000,
# where the --jobs 1 run and the pdftotext loop would take many minutes more and tell nothing
# the N = 2000 run does not). Results go to stdout and bench/out/audit.txt.
# LOANLINT_BIN=path measures that binary instead of building one (to interleave a before and an
# after build of the same files).
# --rounds K (K >= 2) repeats the timed pair K times, interleaved (audit --jobs 1, pdftotext
# loop, audit, pdftotext, ...; the first pair is the one above), then prints each round's CPU
# ratio and their median, so that the scatter of a noisy machine shows. Options come before N.
set -euo pipefail
cd "$(dirname "$0")/.."
rss_only=false
rounds=1
while [ $# -gt 0 ]; do
  case $1 in
    --rss-only) rss_only=true; shift ;;
    --rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
    *) break ;;
  esac
done
n=${1:-2000}
source_dir=${2:-sample-contracts}
out=bench/out; mkdir -p "$out"
if [ -n "${LOANLINT_BIN:-}" ]; then
  bin=$(realpath "$LOANLINT_BIN")
else
  cargo build --release --quiet
  bin=target/release/loanlint
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

replicate() { # replicate COUNT DIR
  local count=$1 dir=$2 i=0
  mkdir -p "$dir"
  mapfile -t srcs < <(ls "$source_dir"/*.pdf "$source_dir"/*.txt 2>/dev/null)
  while [ "$i" -lt "$count" ]; do
    for s in "${srcs[@]}"; do
      [ "$i" -ge "$count" ] && break
      sub="$dir/d$((i % 20))"; mkdir -p "$sub"
      cp "$s" "$sub/$i-$(basename "$s")"; i=$((i + 1))
    done
  done
}

measure() { # measure LABEL CMD...: wall seconds, CPU seconds (user + system) and peak RSS (KB)
  local label=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r secs rss user sys < <(tail -n 1 "$work/time")
  cpu=$(python3 -c "print(round($user + $sys, 2))")
  printf '%-34s %8s s wall  %8s s CPU  %8s KB peak RSS\n' "$label" "$secs" "$cpu" "$rss"
  echo "$secs" >"$work/last"; echo "$cpu" >"$work/last_cpu"
}

replicate $((n / 10)) "$work/small"
replicate "$n" "$work/big"
{
  echo "audit benchmark ($source_dir): $n files ($(ls "$work"/big/*/*.pdf | wc -l) PDF, $(ls "$work"/big/*/*.txt | wc -l) text), $(nproc) cores, $(date -u +%F)"
  measure "audit $((n / 10)) files --jobs 2" "$bin" audit "$work/small" --format jsonl --jobs 2; rss_small=$(tail -n 1 "$work/time" | cut -d' ' -f2)
  if ! $rss_only; then
    measure "audit $n files --jobs 1" "$bin" audit "$work/big" --format jsonl --jobs 1; j1=$(cat "$work/last"); c1=$(cat "$work/last_cpu")
  fi
  measure "audit $n files --jobs 2" "$bin" audit "$work/big" --format jsonl --jobs 2; j2=$(cat "$work/last"); rss_big=$(tail -n 1 "$work/time" | cut -d' ' -f2)
  echo "peak RSS at $n files / at $((n / 10)) (--jobs 2): $(python3 -c "print(round($rss_big/max($rss_small,1),2))")"
  echo "files/s (--jobs 2): $(python3 -c "print(round($n/max($j2,0.001),1))")"
  if $rss_only; then
    echo "--rss-only: no --jobs 1 run and no pdftotext reference"
  else
    echo "speed-up jobs 1 -> 2: $(python3 -c "print(round($j1/max($j2,0.001),2))")x"
  fi
  echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  if $rss_only; then
    :
  elif command -v pdftotext >/dev/null; then
    pdftotext_loop="for f in $work/big/*/*; do case \$f in *.pdf) pdftotext -q \"\$f\" - ;; *) cat \"\$f\" ;; esac; done"
    measure "pdftotext alone, 1 process/file" bash -c "$pdftotext_loop"
    echo "CPU time, audit --jobs 1 / pdftotext (one core each): $(python3 -c "print(round($c1/max($(cat "$work/last_cpu"),0.001),2))")"
    if [ "$rounds" -gt 1 ]; then
      pairs="$c1 $(cat "$work/last_cpu")"
      for r in $(seq 2 "$rounds"); do
        measure "round $r: audit $n files --jobs 1" "$bin" audit "$work/big" --format jsonl --jobs 1; ca=$(cat "$work/last_cpu")
        measure "round $r: pdftotext alone" bash -c "$pdftotext_loop"; pairs="$pairs $ca $(cat "$work/last_cpu")"
      done
      python3 - $pairs <<'PY'
import statistics, sys
v = [float(x) for x in sys.argv[1:]]
ratios = [a / max(p, 0.001) for a, p in zip(v[0::2], v[1::2])]
for i, (a, p, r) in enumerate(zip(v[0::2], v[1::2], ratios), 1):
    print(f"round {i}: audit --jobs 1 {a:.2f} s CPU, pdftotext {p:.2f} s CPU, ratio {r:.2f}")
print(f"CPU time ratio, median of {len(ratios)} rounds: {statistics.median(ratios):.2f}"
      f" (min {min(ratios):.2f}, max {max(ratios):.2f})")
PY
      echo "load average after the rounds: $(cut -d' ' -f1-3 /proc/loadavg)"
    fi
  else
    echo "pdftotext not installed: reference skipped (apt-get install poppler-utils)"
  fi
} | tee "$out/audit.txt"
