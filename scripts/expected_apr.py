#!/usr/bin/env python3
"""Hand-check computation of the payment schedules and APRs of the bundled sample contracts.

Every number in `sample-contracts/*.expected.json` under "apr" (and the schedules printed in the
contract texts) comes from this file. Exact decimal arithmetic for schedules (`decimal`), 50-digit
bisection for the rates (`mpmath`). Needs: Python >= 3.9, `mpmath` (PyPI).

    python3 scripts/expected_apr.py           # print schedules and APRs
    python3 scripts/expected_apr.py --check   # also compare with the expected.json files (exit 1 on mismatch)

Conventions (see sample-contracts/README.md):
  * cn-irr : flows = net amount received (out) then every payment (in), monthly periods;
             nominal = 12 * monthly IRR, effective = (1 + IRR)^12 - 1.
  * us-regz: Regulation Z Appendix J actuarial method; nominal = w * i, effective = (1 + i)^w - 1.
  * eu-aprc: CCD Annex I / CONC App 1.2, effective annual rate, days / 365; nominal = effective.
  * Instalments are rounded to the cent (half up); interest of each period is rounded to the cent;
    the last instalment absorbs the remainder so that the principal is repaid exactly.
"""

from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import mpmath

mpmath.mp.dps = 50
CENT = Decimal("0.01")
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample-contracts"


def r2(x: Decimal) -> Decimal:
    """Round half up to the cent, as lenders print instalments."""
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def annuity_schedule(principal: Decimal, monthly_rate: Decimal, n: int) -> list[Decimal]:
    """等额本息 / level payment: payment rounded to the cent, interest per period rounded,
    the last payment absorbs the remainder."""
    p, r = mpmath.mpf(str(principal)), mpmath.mpf(str(monthly_rate))
    exact = p * r / (1 - (1 + r) ** (-n))
    pay = r2(Decimal(mpmath.nstr(exact, 30)))
    bal, out = principal, []
    for k in range(1, n + 1):
        interest = r2(bal * monthly_rate)
        if k == n:
            out.append(bal + interest)
            bal = Decimal(0)
        else:
            out.append(pay)
            bal = bal - (pay - interest)
    return out


def equal_principal_schedule(principal: Decimal, monthly_rate: Decimal, n: int) -> list[Decimal]:
    """等额本金: principal/n rounded to the cent (last period takes the remainder), interest on the
    outstanding balance rounded to the cent."""
    part = r2(principal / n)
    bal, out = principal, []
    for k in range(1, n + 1):
        prin = bal if k == n else part
        out.append(prin + r2(bal * monthly_rate))
        bal -= prin
    return out


def flat_schedule(principal: Decimal, monthly_rate: Decimal, n: int) -> list[Decimal]:
    """等本等息: principal/n rounded (last takes the remainder) + interest on the ORIGINAL principal."""
    part = r2(principal / n)
    interest = r2(principal * monthly_rate)
    return [(principal - part * (n - 1) if k == n else part) + interest for k in range(1, n + 1)]


def interest_only_schedule(principal: Decimal, monthly_rate: Decimal, n: int) -> list[Decimal]:
    """先息后本: monthly interest rounded to the cent, the last payment returns the principal and
    absorbs the rounding remainder of the total interest."""
    total_interest = r2(principal * monthly_rate * n)
    each = r2(principal * monthly_rate)
    return [each] * (n - 1) + [principal + total_interest - each * (n - 1)]


def solve(f, lo="0", hi="10") -> mpmath.mpf:
    """Bisection on a function that is decreasing in the rate, to 1e-40."""
    lo, hi = mpmath.mpf(lo), mpmath.mpf(hi)
    for _ in range(400):
        mid = (lo + hi) / 2
        if f(mid) > 0:
            lo = mid
        else:
            hi = mid
        if hi - lo < mpmath.mpf("1e-45"):
            break
    return (lo + hi) / 2


def periodic_irr(advance: Decimal, payments: list[tuple[int, Decimal]]) -> mpmath.mpf:
    """Unit-period IRR: advance at t=0, payments at whole unit-periods t."""
    a = mpmath.mpf(str(advance))
    flows = [(t, mpmath.mpf(str(p))) for t, p in payments]
    return solve(lambda i: sum(p / (1 + i) ** t for t, p in flows) - a)


def fmt(x: mpmath.mpf, places: int = 6) -> str:
    """Percent, rounded half up to `places` decimals."""
    d = Decimal(mpmath.nstr(x * 100, 40, min_fixed=-100, max_fixed=100))
    return str(d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def flows(received: Decimal, unit: str, pays: list[tuple[int, Decimal]]) -> dict:
    """The cash flows the APR is computed from, as written to the expected file."""
    return {
        "unit": unit,
        "received": str(received.quantize(CENT)),
        "payments": [{"t": t, "amount": str(a.quantize(CENT))} for t, a in pays],
    }


def monthly(net: Decimal, pays: list[Decimal], method: str) -> dict:
    """Monthly unit-period IRR; nominal = 12 i, effective = (1 + i)^12 - 1."""
    timed = [(t, p) for t, p in enumerate(pays, start=1) if p != 0]
    i = periodic_irr(net, timed)
    return {
        "method": method,
        "nominal_percent": fmt(12 * i),
        "effective_percent": fmt((1 + i) ** 12 - 1),
        "flows": flows(net, "month", timed),
    }


def show(name: str, pays: list[Decimal]) -> None:
    print(f"  {name}: {len(pays)} payments, first {pays[0]}, last {pays[-1]}, total {sum(pays)}")


def compute() -> dict[str, dict]:
    """Schedules and APRs of every sample, keyed by file stem."""
    res: dict[str, dict] = {}
    D = Decimal

    # zh-01: 10,000, 12 x 等额本息, 日利率0.05% with 30-day months -> 1.5%/month; 800 deducted.
    pays = annuity_schedule(D(10000), D("0.0005") * 30, 12)
    show("zh-01", pays)
    res["zh-01-wangdai-equal-installment"] = monthly(D(9200), pays, "cn-irr")
    print("     IRR on the face amount 10,000 (contract rate check):", monthly(D(10000), pays, "cn-irr")["nominal_percent"])

    # zh-02: 20,000, 12 months, 月息1.5分 flat (等本等息).
    pays = flat_schedule(D(20000), D("0.015"), 12)
    show("zh-02", pays)
    res["zh-02-monthly-flat-rate"] = monthly(D(20000), pays, "cn-irr")

    # zh-03: 50,000, 24 x 等额本金, 3.6%/yr simple, monthly 0.3%.
    pays = equal_principal_schedule(D(50000), D("0.036") / 12, 24)
    show("zh-03", pays)
    res["zh-03-bank-compliant"] = monthly(D(50000), pays, "cn-irr")

    # zh-04: 5,000, 6 months interest only, 23.9%/yr simple -> monthly 23.9/12 %.
    pays = interest_only_schedule(D(5000), D("0.239") / 12, 6)
    show("zh-04", pays)
    res["zh-04-default-charges-contacts"] = monthly(D(5000), pays, "cn-irr")

    # zh-05: 10,000 face, 1,500 interest deducted -> 8,500 received, 10,000 repaid after 6 months.
    res["zh-05-iou-2019-upfront-interest"] = monthly(D(8500), [D(0)] * 5 + [D("10000.00")], "cn-irr")

    # en-01: $5,000 at 10% for 36 months, $200 origination fee -> Amount Financed $4,800.
    pays = annuity_schedule(D(5000), D("0.10") / 12, 36)
    show("en-01", pays)
    print(f"     total of payments {sum(pays)}, finance charge {sum(pays) - D(4800)}")
    res["en-01-us-installment-origination"] = monthly(D(4800), pays, "us-regz")
    print("     IRR on 5,000 (note rate check):", monthly(D(5000), pays, "us-regz")["nominal_percent"])

    # en-02: payday, single advance single payment: $300, $390 after 14 days.
    # Reg Z App. J (b)(4)(ii), (b)(5)(vii): unit-period = the term, w = 365/14.
    i = mpmath.mpf(90) / 300
    w = mpmath.mpf(365) / 14
    res["en-02-payday-single-payment"] = {
        "method": "us-regz",
        "nominal_percent": fmt(w * i),
        "effective_percent": fmt((1 + i) ** w - 1),
        "flows": flows(D("300.00"), "day", [(14, D("390.00"))]),
    }

    # en-03: UK, £300 drawn, £381 repaid after 30 days: (381/300)^(365/30) - 1.
    x = (mpmath.mpf(381) / 300) ** (mpmath.mpf(365) / 30) - 1
    res["en-03-uk-short-term"] = {
        "method": "eu-aprc",
        "nominal_percent": fmt(x),
        "effective_percent": fmt(x),
        "flows": flows(D("300.00"), "day", [(30, D("381.00"))]),
    }
    print("     en-03 APRC to 1 dp (half up):", Decimal(fmt(x)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))

    # en-04: $10,000, 60 months at 8.99%.
    pays = annuity_schedule(D(10000), D("0.0899") / 12, 60)
    show("en-04", pays)
    print(f"     total of payments {sum(pays)}, finance charge {sum(pays) - D(10000)}")
    res["en-04-us-credit-union-clean"] = monthly(D(10000), pays, "us-regz")
    return res


VOCAB = {
    "repayment": {"equal_installment", "equal_principal", "interest_only", "bullet", "flat_rate", "other"},
    "rate_kind": {"interest", "overdue", "penalty", "other"},
    "per": {"day", "week", "month", "year", "once"},
    "fee_kind": {
        "service", "consulting", "guarantee", "deposit", "membership", "insurance", "handling", "management",
        "application", "origination", "late", "collection", "legal", "prepayment", "returned_payment",
        "penalty", "other",
    },
    "timing": {"upfront_deducted", "upfront_paid", "per_period", "on_default", "other"},
    "basis": {
        "principal", "remaining_principal", "installment", "overdue_amount", "total_outstanding", "disbursed",
    },
    "lender_type": {
        "bank", "consumer_finance", "microloan", "p2p_platform", "individual", "licensed_non_bank",
        "company", "unknown",
    },
}
REQUIRED_TERMS = (
    "principal", "currency", "disbursed", "term", "repayment", "installments", "contract_date",
    "lender_type", "rates", "fees", "clauses",
)


def vocabulary_errors(name: str, doc: dict) -> list[str]:
    """Keys and enum values of one expected file that are outside the agreed format."""
    errs = []
    t = doc.get("terms", {})
    errs += [f"{name}: terms.{k} missing" for k in REQUIRED_TERMS if k not in t]
    if t.get("repayment") not in VOCAB["repayment"]:
        errs.append(f"{name}: repayment {t.get('repayment')!r}")
    if t.get("lender_type") not in VOCAB["lender_type"]:
        errs.append(f"{name}: lender_type {t.get('lender_type')!r}")
    for r in t.get("rates", []):
        if r.get("kind") not in VOCAB["rate_kind"] or r.get("per") not in VOCAB["per"]:
            errs.append(f"{name}: rate {r}")
    for f in t.get("fees", []):
        bad = f.get("kind") not in VOCAB["fee_kind"] or f.get("timing") not in VOCAB["timing"]
        bad |= "amount" not in f and "percent" not in f
        bad |= "basis" in f and f["basis"] not in VOCAB["basis"]
        if bad:
            errs.append(f"{name}: fee {f}")
    if t.get("clauses") != sorted(t.get("clauses", [])):
        errs.append(f"{name}: clauses not sorted")
    if doc.get("file") != f"{name}.pdf" or not (SAMPLES / doc.get("text", "")).is_file():
        errs.append(f"{name}: file/text names")
    return errs


def main() -> int:
    res = compute()
    for stem, apr in res.items():
        print(f"{stem}: {apr['method']} nominal {apr['nominal_percent']} % effective {apr['effective_percent']} %")
    if "--check" not in sys.argv:
        return 0
    bad = 0
    for stem, apr in res.items():
        path = SAMPLES / f"{stem}.expected.json"
        doc = json.loads(path.read_text(encoding="utf-8"))
        for err in vocabulary_errors(stem, doc):
            print("FORMAT", err)
            bad += 1
        got = doc["apr"]
        for key in ("method", "nominal_percent", "effective_percent", "flows"):
            if got.get(key) != apr[key]:
                print(f"MISMATCH {path.name} {key}: file {got.get(key)} computed {apr[key]}")
                bad += 1
    print("check:", "OK" if bad == 0 else f"{bad} mismatches")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
