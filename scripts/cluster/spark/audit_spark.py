"""loanlint audit on Apache Spark: the path list as an RDD, each partition piped through
`loanlint audit --files-from - --format jsonl` (RDD.pipe), the records saved as text.

Usage:
  spark-submit audit_spark.py PATHS.txt OUTDIR [PARTITIONS]
  loanlint summarize OUTDIR/part-*          # one report (table, --format csv, --html ...)

Every executor needs `loanlint` on its PATH (or LOANLINT set) and the contracts at the same
paths. Each partition is audited in path order, so `summarize` merges the parts by path.
"""

import os
import shlex
import sys

from pyspark import SparkContext


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    paths, outdir = argv[1], argv[2]
    partitions = int(argv[3]) if len(argv) > 3 else None
    loanlint = os.environ.get("LOANLINT", "loanlint")
    sc = SparkContext(appName="loanlint-audit")
    try:
        lines = sc.textFile(paths)
        if partitions:
            lines = lines.repartition(partitions)
        # --exit-zero: findings do not fail a partition; unreadable contracts are records.
        command = [loanlint, "audit", "--files-from", "-", "--format", "jsonl",
                   "--jobs", "1", "--exit-zero"]
        records = lines.pipe(shlex.join(command))
        records.saveAsTextFile(outdir)
    finally:
        sc.stop()


if __name__ == "__main__":
    main(sys.argv)
