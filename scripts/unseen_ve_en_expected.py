#!/usr/bin/env python3
"""Expected figures for tests/extract_en_unseen_ve.rs, computed independently of loanlint with
Python's decimal module (annuity payments, and the APR of a stated schedule by bisection on the
monthly rate, Reg Z's unit-period month, nominal = 12 x the period rate)."""
from decimal import Decimal as D, getcontext, ROUND_HALF_UP

getcontext().prec = 40


def annuity(p, yearly_percent, n, per_year=12):
    r = D(yearly_percent) / 100 / per_year
    g = (1 + r) ** n
    return p * r * g / (g - 1)


def cent(x):
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def apr_of(received, payments, per_year=12):
    lo, hi = D(0), D(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        if pv > received:
            lo = mid
        else:
            hi = mid
    return lo * per_year * 100


# A note: principal in words, 12,500 at 6% a year over 36 months.
print("note level payment", annuity(D(12500), "6", 36), "->", cent(annuity(D(12500), "6", 36)))
# A plan balance of 900 in 3 monthly payments of 315 (300 + 15 fee): the fee is a finance charge.
print("plan APR", apr_of(D(900), [D(315)] * 3))
# The APR the only rate: 5,000 financed at 11.90% over 24 months.
print("apr-only level payment", annuity(D(5000), "11.90", 24), "->", cent(annuity(D(5000), "11.90", 24)))
# Biweekly: 2,000 at 19.5% over 52 payments every two weeks (26 a year).
print("biweekly level payment", annuity(D(2000), "19.5", 52, 26), "->", cent(annuity(D(2000), "19.5", 52, 26)))
# Pawn: 450 at 4% a month simple for 3 months, repaid at once.
print("pawn redemption", D(450) + D(450) * D("0.04") * 3)
