#!/usr/bin/env python3
"""Expected figures of tests/extract_en_unseen_z.rs, computed apart from loanlint (exact
fractions / decimals, bisection for the IRR)."""
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
from fractions import Fraction as F

getcontext().prec = 40


def level_payment(principal, annual_pct, n):
    r = D(annual_pct) / D(100) / D(12)
    return principal * r / (1 - (1 + r) ** -n)


def irr_monthly(received, payments):
    lo, hi = D(0), D(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        if pv > received:
            lo = mid
        else:
            hi = mid
    return lo


# 1. A voluntary credit disability premium financed: 2,400 to the borrower + 100 premium =
#    2,500 financed, 32% a year, 12 monthly payments.
pay = level_payment(D(2500), 32, 12).quantize(D("0.01"), ROUND_HALF_UP)
r = D(32) / 1200
bal = D(2500)
for k in range(11):
    bal = bal + (bal * r).quantize(D("0.01"), ROUND_HALF_UP) - pay
last = bal + (bal * r).quantize(D("0.01"), ROUND_HALF_UP)
flows = [pay] * 11 + [last]
print("1. payment", pay, "last", last, "total", sum(flows))
print("   Reg Z APR (received 2500):", irr_monthly(D(2500), flows) * 1200)
print("   MAPR (received 2400):", irr_monthly(D(2400), flows) * 1200)

# 2. A repayment broken down in brackets: 300 lent + 45 fee, one payment 21 days later.
print("2. APR:", F(45, 300) * F(365, 21) * 100, "=", float(F(45, 300) * F(365, 21) * 100))

# 3. 0% financing of 1,800 in 6 monthly payments of 300, a 30 fee paid in cash at signing.
flows = [D(300)] * 6
print("3. APR (received 1770):", irr_monthly(D(1770), flows) * 1200)
