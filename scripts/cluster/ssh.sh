#!/bin/sh
# Audit PATH... on SSH workers, one shard per host listed in HOSTS (one per line). Every host
# must see the contracts at the same paths (a shared or replicated filesystem) and have
# `loanlint` on its PATH; the shards come back over ssh and the report is made here.
# Usage: ssh.sh HOSTS OUTDIR PATH...   (SSH: the ssh command, default `ssh`)
set -eu
hosts=$1; outdir=$2; shift 2
n=$(grep -c . "$hosts")
mkdir -p "$outdir"
args=""
for p in "$@"; do args="$args '$(printf '%s' "$p" | sed "s/'/'\\\\''/g")'"; done
i=0; pids=""
for host in $(grep . "$hosts"); do
  (
    shard="$outdir/shard-$i.jsonl"
    if ${SSH:-ssh} "$host" "loanlint audit $args --shard $i/$n --format jsonl --exit-zero" >"$shard"
    then rc=0; else rc=$?; fi
    # 2 with records written: some contracts were unreadable (their error records are there).
    [ "$rc" -eq 0 ] || { [ "$rc" -eq 2 ] && [ -s "$shard" ]; }
  ) &
  pids="$pids $!"; i=$((i + 1))
done
failed=0
for pid in $pids; do wait "$pid" || failed=1; done
[ "$failed" -eq 0 ] || { echo "ssh.sh: a worker failed; no report" >&2; exit 2; }
# shellcheck disable=SC2086
exec "${LOANLINT:-loanlint}" summarize ${SUMMARIZE_ARGS:-} "$outdir"/shard-*.jsonl
