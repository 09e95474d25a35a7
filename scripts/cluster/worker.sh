#!/bin/sh
# One worker: audit shard I of N of the given folders/files as JSON Lines into OUT.
# Usage: worker.sh I N OUT PATH...      (LOANLINT: the binary, default `loanlint`)
# Exit 0 when the shard's records are all written (unreadable contracts are records too);
# non-zero when the worker itself failed (bad arguments, ruleset error, disk full).
set -u
i=$1; n=$2; out=$3; shift 3
"${LOANLINT:-loanlint}" audit "$@" --shard "$i/$n" --format jsonl --jobs 1 --exit-zero >"$out"
rc=$?
# --exit-zero leaves 0, or 2 when some contract could not be read: its error record is in
# $out. A 2 with nothing written is the worker's own failure.
[ "$rc" -eq 0 ] || { [ "$rc" -eq 2 ] && [ -s "$out" ]; }
