#!/usr/bin/env python3
"""Check that the text layer of every sample PDF gives back its source text.

For each `sample-contracts/X.pdf`, run an extractor and compare its output with `X.txt` after
removing all whitespace (line breaks and the spaces extractors put between CJK glyphs are
normalised later by the tool) and the page footers the renderer adds ("第 N 页" / "Page N").
Any missing, extra or wrong character is reported with its context.

    python3 scripts/check_sample_text.py                         # uses `pdftotext -enc UTF-8` (poppler-utils)
    python3 scripts/check_sample_text.py --cmd /tmp/pdfcheck/target/debug/pdfcheck
        # any command that prints the text of the PDF path given as its last argument
        # (e.g. a throwaway Rust program calling pdf_extract::extract_text, see README);
        # marker lines "=====FILE <path>" and "=====PAGE <n>" in its output are ignored
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample-contracts"
FOOTER = re.compile(r"第\s*\d+\s*页|Page\s*\d+")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", FOOTER.sub("", text))


def main(argv: list[str]) -> int:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    tail = ["-"]
    if "--cmd" in argv:
        cmd = argv[argv.index("--cmd") + 1].split()
        tail = []
    bad = 0
    for pdf in sorted(SAMPLES.glob("*.pdf")):
        want = squash(pdf.with_suffix(".txt").read_text(encoding="utf-8"))
        out = subprocess.run(cmd + [str(pdf)] + tail, capture_output=True, text=True, check=True).stdout
        out = re.sub(r"^=====(FILE|PAGE) .*$", "", out, flags=re.M)
        got = squash(out)
        if got == want:
            print(f"OK   {pdf.name}: {len(want)} characters")
            continue
        bad += 1
        print(f"FAIL {pdf.name}")
        sm = difflib.SequenceMatcher(None, want, got, autojunk=False)
        for op, a0, a1, b0, b1 in sm.get_opcodes():
            if op != "equal":
                print(f"   {op}: want {want[max(0, a0 - 8):a1 + 8]!r} got {got[max(0, b0 - 8):b1 + 8]!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
