#!/usr/bin/env python3
"""Per-field accuracy of loanlint on the fresh corpus (tests/fresh), per language and overall.

    cargo build --release && python3 scripts/accuracy.py            # table + list of misses
    python3 scripts/accuracy.py --build                              # build first
    python3 scripts/accuracy.py --binary target/debug/loanlint --no-misses
    python3 scripts/accuracy.py --binary target/debug/loanlint --only zh-g --only en-g   # held-out batch B
    python3 scripts/accuracy.py --binary target/debug/loanlint --only zh-h --only en-h   # held-out batch C
    python3 scripts/accuracy.py --binary target/debug/loanlint --only zh-i --only en-i   # held-out batch D
    python3 scripts/accuracy.py --binary target/debug/loanlint --only zh-n --only en-n   # held-out batch I (file prefix -n)
    python3 scripts/accuracy.py --binary target/debug/loanlint --only zh-o --only en-o   # held-out batch J (file prefix -o)
    python3 scripts/accuracy.py --binary target/debug/loanlint --as pdf --jobs 2          # every .txt typeset as PDF
    python3 scripts/accuracy.py --binary target/debug/loanlint --as png --only zh-f01     # ... and rendered as PNG (OCR)
    python3 scripts/accuracy.py --binary target/debug/loanlint --as pdf --diff-vs-txt     # what the PDF reading changes

Runs `loanlint check --format json` on every corpus file (text, PDF, HTML, DOCX) and compares it with the
file's `expected.json` (written by scripts/fresh_corpus.py, independent of the crate). The comparison
rules are those of tests/fresh_corpus.rs: amounts exact, the rate as quoted (value and unit), each
cost fee by kind, timing and amount (or percent), the annualised cost within the stated tolerance
(0.05 percentage points), `violation` = any finding of severity violation (null = not compared).

`--as pdf` typesets every `.txt` document with the fresh corpus's own writer (`fresh_corpus.write_pdf`)
into a temporary directory outside the repository and scores the PDF against the same expected file;
`--as png` renders that PDF with `pdftoppm -r 150` and passes the pages, in order, as one contract
(OCR: slow, use `--only`). Documents that are not `.txt` are scored as they are. `--diff-vs-txt`
reads each converted document both ways and prints, per document, the fields whose extracted value
differs between the text and the converted reading, whatever the expected value.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from collections import defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "tests" / "fresh"
FIELDS = ["document_kind", "principal", "disbursed", "term", "repayment", "installments", "rate", "fees",
          "apr", "violation", "contract_date", "inconsistency"]
LABELS = {"disbursed": "received", "repayment": "method", "apr": "APR±tol", "document_kind": "doc kind",
          "contract_date": "date", "installments": "count", "inconsistency": "conflict"}
DEFAULT_KINDS = {"late", "collection", "legal", "prepayment", "returned_payment", "penalty"}


def dec(v) -> Decimal | None:
    if v is None or isinstance(v, (dict, list, bool)):
        return None
    try:
        return Decimal(str(v))
    except InvalidOperation:
        return None


def get(v, path: str):
    for key in path.split("."):
        if not isinstance(v, dict):
            return None
        v = v.get(key)
    return v


def fee_matches(got: dict, want: dict) -> bool:
    if got.get("kind") not in want["kinds"] or got.get("timing") not in want["timing"]:
        return False
    if want.get("amount_blank"):
        return bool(got.get("amount_blank")) and got.get("amount") is None and got.get("percent") is None
    amount_ok = "amount" in want and dec(got.get("amount")) == dec(want["amount"])
    percent_ok = "percent" in want and dec(got.get("percent")) == dec(want["percent"])
    return amount_ok or percent_ok


def compare(report: dict, exp: dict) -> dict[str, str | None]:
    """field -> None when right, else what is wrong. Only fields the expected file states."""
    t, e = report.get("terms") or {}, exp["terms"]
    res: dict[str, str | None] = {}
    got_kind = get(report, "document.kind")
    res["document_kind"] = None if got_kind == exp["document_kind"] else f"expected {exp['document_kind']}, got {got_kind}"
    for key in ("principal", "disbursed"):
        if key not in e:
            continue
        got = t.get(key)
        if e[key] is None:
            res[key] = None if got is None else f"expected none, got {got.get('amount')}"
        else:
            ok = got is not None and dec(got.get("amount")) == dec(e[key]) and (key != "principal" or got.get("currency") == e["currency"])
            res[key] = None if ok else f"expected {e[key]}, got {None if got is None else got.get('amount')} {'' if got is None else got.get('currency', '')}"
    if "term" in e:
        term = t.get("term") or {}
        ok = any(all(term.get(k) == v for k, v in alt.items()) for alt in e["term"])
        res["term"] = None if ok else f"expected {e['term']}, got months {term.get('months')} days {term.get('days')}"
    if "repayment" in e:
        got = get(t, "repayment.method")
        res["repayment"] = None if got in e["repayment"] else f"expected {e['repayment']}, got {got}"
    if "installments" in e:
        got = get(t, "installments.count")
        res["installments"] = None if got == e["installments"] else f"expected {e['installments']}, got {got}"
    if "rate" in e:
        rates = [r for r in t.get("rates") or [] if r.get("kind") == "interest"]
        ok = any(dec(r.get("value")) == dec(e["rate"]["value"]) and r.get("per") == e["rate"]["per"] for r in rates)
        res["rate"] = None if ok else f"expected {e['rate']['value']}/{e['rate']['per']}, got {[(r.get('value'), r.get('per')) for r in rates]}"
    if "fees" in e:
        got = [f for f in t.get("fees") or [] if f.get("timing") != "on_default" and f.get("kind") not in DEFAULT_KINDS]
        used = [False] * len(got)
        missing = []
        for want in e["fees"]:
            for i, g in enumerate(got):
                if not used[i] and fee_matches(g, want):
                    used[i] = True
                    break
            else:
                missing.append(want["name"])
        ok = not missing and len(got) == len(e["fees"])
        res["fees"] = None if ok else f"missing {missing}; got {[(f.get('name'), f.get('kind'), f.get('timing'), f.get('amount'), f.get('percent')) for f in got]}"
    if "contract_date" in e:
        got = get(t, "contract_date.date")
        res["contract_date"] = None if got == e["contract_date"] else f"expected {e['contract_date']}, got {got}"
    if "apr" in exp:
        want, got = exp["apr"], report.get("apr")
        if want is None:
            res["apr"] = None if got is None else f"expected none, got {got.get('method')} {got.get('nominal_percent')}"
        else:
            value = dec((got or {}).get(want["field"]))
            wanted = [Decimal(want["percent"])] + [Decimal(x) for x in want.get("percent_also", [])]
            ok = got is not None and got.get("method") == want["method"] and value is not None and any(abs(value - w) <= Decimal(want["tolerance_pp"]) for w in wanted)
            res["apr"] = None if ok else f"expected {want['method']} {want['percent']}, got {None if got is None else got.get('method')} {value}"
    if exp.get("violation") is not None:
        rules = [f["rule_id"] for f in report.get("findings") or [] if f.get("severity") == "violation"]
        res["violation"] = None if bool(rules) == exp["violation"] else f"expected {exp['violation']} ({exp.get('violation_reason', '')}), got {rules}"
    if exp.get("inconsistency") is True:
        found = (report.get("terms") or {}).get("inconsistencies") or []
        res["inconsistency"] = None if found else "expected an inconsistency between stated figures, got none"
    return res


def run(binary: Path, path: Path) -> tuple[dict | None, str]:
    return run_many(binary, [path])


def field_values(report: dict | None) -> dict[str, object]:
    """What the report says for each scored field, independent of any expected value."""
    if report is None:
        return {f: "unreadable" for f in FIELDS}
    t = report.get("terms") or {}
    apr = report.get("apr") or {}
    amount = lambda key: (get(t, f"{key}.amount"), get(t, f"{key}.currency"))  # noqa: E731
    return {
        "document_kind": get(report, "document.kind"),
        "principal": amount("principal"),
        "disbursed": amount("disbursed"),
        "term": (get(t, "term.months"), get(t, "term.days")),
        "repayment": get(t, "repayment.method"),
        "installments": get(t, "installments.count"),
        "rate": sorted((str(r.get("value")), str(r.get("per"))) for r in t.get("rates") or [] if r.get("kind") == "interest"),
        "fees": sorted((str(f.get("kind")), str(f.get("timing")), str(f.get("amount")), str(f.get("percent")))
                       for f in t.get("fees") or [] if f.get("timing") != "on_default" and f.get("kind") not in DEFAULT_KINDS),
        "apr": (apr.get("method"), apr.get("nominal_percent"), apr.get("apr_percent")) if apr else None,
        "violation": sorted(f["rule_id"] for f in report.get("findings") or [] if f.get("severity") == "violation"),
        "contract_date": get(t, "contract_date.date"),
        "inconsistency": len(t.get("inconsistencies") or []),
    }


TYPESETTING = threading.Lock()  # reportlab's font registry is not safe to share between threads


def convert(path: Path, exp: dict, mode: str, work: Path) -> list[Path]:
    """The input files for `path` read as `mode`: a `.txt` typeset as PDF (and rendered as PNG
    pages), anything else as it is."""
    if mode == "txt" or path.suffix != ".txt":
        return [path]
    pdf = work / exp["language"] / (path.stem + ".pdf")
    with TYPESETTING:
        if not pdf.is_file():
            from fresh_corpus import write_pdf  # reportlab and the WenQuanYi font; only needed here
            pdf.parent.mkdir(parents=True, exist_ok=True)
            write_pdf(path.read_text(encoding="utf-8"), pdf, zh=exp["language"] == "zh")
    if mode == "pdf":
        return [pdf]
    prefix = pdf.with_suffix("")
    pages = sorted(pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if not pages:
        subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(prefix)], check=True)
        pages = sorted(pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return pages


def run_many(binary: Path, paths: list[Path]) -> tuple[dict | None, str]:
    p = subprocess.run([str(binary), "check", "--format", "json", *map(str, paths)], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        return None, (p.stderr.strip() or f"exit {p.returncode}").splitlines()[-1]
    try:
        return json.loads(p.stdout), ""
    except json.JSONDecodeError as err:
        return None, f"bad JSON: {err}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", type=Path, default=ROOT / "target" / "release" / "loanlint")
    ap.add_argument("--build", action="store_true", help="run `cargo build --release` first")
    ap.add_argument("--no-misses", action="store_true", help="print the table only")
    ap.add_argument("--only", action="append", metavar="PREFIX", default=[],
                    help="score only documents whose name starts with PREFIX (repeatable: --only zh-g --only en-g)")
    ap.add_argument("--as", dest="mode", choices=["txt", "pdf", "png"], default=None,
                    help="read every .txt document typeset as PDF (or rendered as PNG pages) instead")
    ap.add_argument("--diff-vs-txt", action="store_true",
                    help="also read each converted document as text and print the fields whose value differs (implies --as pdf)")
    ap.add_argument("--work", type=Path, default=None,
                    help="where converted documents go (default: a temporary directory; never inside the repository)")
    ap.add_argument("--jobs", type=int, default=1, help="documents checked at once")
    args = ap.parse_args()
    if args.diff_vs_txt and args.mode in (None, "txt"):
        args.mode = "pdf"
    mode = args.mode or "txt"
    work = None
    if mode != "txt":
        work = (args.work or Path(tempfile.mkdtemp(prefix="loanlint-as-" + mode + "-"))).resolve()
        if work.is_relative_to(ROOT):
            print(f"--work {work} is inside the repository: converted documents go outside it", file=sys.stderr)
            return 2
        work.mkdir(parents=True, exist_ok=True)
        sys.path.insert(0, str(ROOT / "scripts"))
    if args.build:
        subprocess.run(["cargo", "build", "--release"], cwd=ROOT, check=True)
    if not args.binary.is_file():
        print(f"{args.binary} not found: run `cargo build --release` first (or pass --build)", file=sys.stderr)
        return 2
    right: dict[tuple[str, str], int] = defaultdict(int)
    total: dict[tuple[str, str], int] = defaultdict(int)
    misses: list[str] = []
    docs = defaultdict(int)
    formats: dict[str, int] = defaultdict(int)
    jobs: list[tuple[dict, str, Path]] = []
    for exp_path in sorted(FRESH.glob("*/*.expected.json")):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        if args.only and not exp["name"].startswith(tuple(args.only)):
            continue
        for name in exp["files"]:
            jobs.append((exp, name, exp_path.parent / name))

    def check(job: tuple[dict, str, Path]) -> tuple[list[Path], tuple[dict | None, str], tuple[dict | None, str] | None]:
        exp, _, path = job
        inputs = convert(path, exp, mode, work) if work else [path]
        converted = run_many(args.binary, inputs)
        as_text = run(args.binary, path) if args.diff_vs_txt and inputs != [path] else None
        return inputs, converted, as_text

    diffs: list[str] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = list(pool.map(check, jobs))
    for (exp, name, path), (inputs, (report, err), as_text) in zip(jobs, results):
        lang = exp["language"]
        docs[lang] += 1
        formats[inputs[0].suffix.lstrip(".")] += 1
        if as_text is not None:
            before, after = field_values(as_text[0]), field_values(report)
            changed = [f for f in FIELDS if before[f] != after[f]]
            if changed:
                diffs.append(f"{lang}/{name} ({mode}):")
                for f in changed:
                    right_txt = "ok" if as_text[0] and compare(as_text[0], exp).get(f) is None else "miss"
                    right_conv = "ok" if report and compare(report, exp).get(f) is None else "miss"
                    diffs.append(f"    {f:<14} txt[{right_txt}] {before[f]}  |  {mode}[{right_conv}] {after[f]}")
        if report is None:
            for f in FIELDS:
                total[(lang, f)] += 1
            misses.append(f"{lang}/{name}: unreadable: {err}")
            continue
        for field, miss in compare(report, exp).items():
            total[(lang, field)] += 1
            if miss is None:
                right[(lang, field)] += 1
            else:
                misses.append(f"{lang}/{name} [{field}]: {miss}")

    def ratio(r: int, n: int) -> str:
        return f"{r}/{n} {100 * r / n:5.1f}%" if n else "-"  # a language with no files scores "-", not a crash

    def cell(langs: list[str], f: str) -> str:
        return ratio(sum(right[(lang, f)] for lang in langs), sum(total[(lang, f)] for lang in langs))

    rows = [("zh", ["zh"]), ("en", ["en"]), ("all", ["zh", "en"])]
    width = 16
    print(f"fresh corpus: {docs['zh']} Chinese and {docs['en']} English files ({', '.join(f'{n} {x}' for x, n in sorted(formats.items()))}) — {args.binary.relative_to(ROOT) if args.binary.is_relative_to(ROOT) else args.binary}")
    print(f"{'field':<12}" + "".join(f"{label:>{width}}" for label, _ in rows))
    for f in FIELDS:
        print(f"{LABELS.get(f, f):<12}" + "".join(f"{cell(langs, f):>{width}}" for _, langs in rows))
    all_r = sum(right.values())
    all_n = sum(total.values())
    print(f"{'all fields':<12}" + "".join(
        f"{ratio(sum(right[(l, f)] for l in langs for f in FIELDS), sum(total[(l, f)] for l in langs for f in FIELDS)):>{width}}"
        for _, langs in rows))
    if not args.no_misses:
        print(f"\nmisses ({len(misses)}):")
        for line in misses:
            print("  " + line)
    if args.diff_vs_txt:
        print(f"\ndiffering fields, text vs {mode} ({sum(1 for d in diffs if not d.startswith(' '))} documents):")
        for line in diffs:
            print("  " + line)
    if work and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if all_r == all_n else 1


if __name__ == "__main__":
    sys.exit(main())
