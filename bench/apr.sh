#!/usr/bin/env bash
# APR solves per CPU second: loanlint's criterion bench (benches/apr.rs: the fast solver and
# the reference all-Decimal solver, per method, 12 and 360 payments, periods and dated) and,
# on the same schedules, numpy-financial's irr (skipped with a notice when it is absent:
# pip install numpy-financial). Short runs (1 s of CPU per case): the machine may be shared.
# Usage: bench/apr.sh. Results go to stdout and bench/out/apr.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/out; mkdir -p "$out"
{
  echo "APR solves per CPU second, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
  cargo bench --quiet --bench apr -- --noplot 2>/dev/null |
    awk '/^apr\// {name=$1} /thrpt:/ && !/%/ {gsub(/[\[\]]/, ""); print name, $(NF-3), $(NF-2)}'
  python3 bench/apr_numpy.py
} | tee "$out/apr.txt"
