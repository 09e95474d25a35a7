#!/bin/sh
# Audit PATH... as N shards run side by side on this machine (xargs -P), then one report.
# Usage: local.sh N OUTDIR PATH...   -> OUTDIR/shard-I.jsonl, and the table on stdout.
# Extra summarize options (--format csv, --html report.html) go in SUMMARIZE_ARGS.
set -eu
n=$1; outdir=$2; shift 2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$outdir"
seq 0 $((n - 1)) | xargs -P "$n" -I{} "$here/worker.sh" {} "$n" "$outdir/shard-{}.jsonl" "$@"
# shellcheck disable=SC2086
exec "${LOANLINT:-loanlint}" summarize ${SUMMARIZE_ARGS:-} "$outdir"/shard-*.jsonl
