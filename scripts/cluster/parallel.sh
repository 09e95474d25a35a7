#!/bin/sh
# Audit every contract under ROOT with GNU parallel: the path list is cut into blocks of 500,
# each audited by one `loanlint audit --files-from -`; add `--sshlogin` hosts in
# PARALLEL_ARGS to spread the blocks over SSH workers (same paths on every host).
# Usage: parallel.sh OUTDIR ROOT...   -> OUTDIR/part-K.jsonl, and the table on stdout.
set -eu
outdir=$1; shift
mkdir -p "$outdir"
loanlint=${LOANLINT:-loanlint}
# shellcheck disable=SC2086
find "$@" -type f \( -iname '*.pdf' -o -iname '*.txt' -o -iname '*.md' -o -iname '*.html' \
    -o -iname '*.htm' -o -iname '*.docx' \) |
  parallel --pipe -N 500 ${PARALLEL_ARGS:-} \
    "$loanlint audit --files-from - --format jsonl --jobs 1 --exit-zero > $outdir/part-{#}.jsonl; rc=\$?; [ \$rc -eq 0 ] || { [ \$rc -eq 2 ] && [ -s $outdir/part-{#}.jsonl ]; }"
# shellcheck disable=SC2086
exec "$loanlint" summarize ${SUMMARIZE_ARGS:-} "$outdir"/part-*.jsonl
