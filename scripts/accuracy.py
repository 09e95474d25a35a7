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

Runs `loanlint check --format json` on every corpus file (text, PDF, HTML, DOCX) and compares it with the
file's `expected.json` (written by scripts/fresh_corpus.py, independent of the crate). The comparison
rules are those of tests/fresh_corpus.rs: amounts exact, the rate as quoted (value and unit), each
cost fee by kind, timing and amount (or percent), the annualised cost within the stated tolerance
(0.05 percentage points), `violation` = any finding of severity violation (null = not compared).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
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
            ok = got is not None and got.get("method") == want["method"] and value is not None and abs(value - Decimal(want["percent"])) <= Decimal(want["tolerance_pp"])
            res["apr"] = None if ok else f"expected {want['method']} {want['percent']}, got {None if got is None else got.get('method')} {value}"
    if exp.get("violation") is not None:
        rules = [f["rule_id"] for f in report.get("findings") or [] if f.get("severity") == "violation"]
        res["violation"] = None if bool(rules) == exp["violation"] else f"expected {exp['violation']} ({exp.get('violation_reason', '')}), got {rules}"
    if exp.get("inconsistency") is True:
        found = (report.get("terms") or {}).get("inconsistencies") or []
        res["inconsistency"] = None if found else "expected an inconsistency between stated figures, got none"
    return res


def run(binary: Path, path: Path) -> tuple[dict | None, str]:
    p = subprocess.run([str(binary), "check", "--format", "json", str(path)], capture_output=True, text=True)
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
    args = ap.parse_args()
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
    for exp_path in sorted(FRESH.glob("*/*.expected.json")):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        if args.only and not exp["name"].startswith(tuple(args.only)):
            continue
        lang = exp["language"]
        for name in exp["files"]:
            path = exp_path.parent / name
            docs[lang] += 1
            formats[path.suffix.lstrip(".")] += 1
            report, err = run(args.binary, path)
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
    return 0 if all_r == all_n else 1


if __name__ == "__main__":
    sys.exit(main())
