#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_zu.rs, computed independently of loanlint
with Python `fractions` (exact rationals; the IRR by bisection to far below 0.0001%).

Balloon car loan: 90,000 lent, 24 monthly payments, 5.6% a year nominal, a 27,000 balloon
due with the 24th payment. Level payment i*(L - B*v^n)/(1 - v^n), rounded to 0.01; the
last payment is the balloon plus the level payment. The nominal APR is the monthly IRR of
the rounded flows times 12.
"""
from fractions import Fraction as F


def level(lent, balloon, annual, n):
    i = F(annual) / 100 / 12
    v = 1 / (1 + i)
    pay = i * (lent - balloon * v**n) / (1 - v**n)
    return round(pay * 100) / F(100)


def irr_monthly(lent, flows):
    lo, hi = F(0), F(1, 2)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(f / (1 + mid) ** (k + 1) for k, f in enumerate(flows))
        if pv > lent:
            lo = mid
        else:
            hi = mid
    return lo


lent, balloon, n = F(90000), F(27000), 24
pay = level(lent, balloon, "5.6", n)
last = pay + balloon
flows = [pay] * (n - 1) + [last]
apr = irr_monthly(lent, flows) * 12 * 100
print(f"balloon: level {float(pay):.2f} last {float(last):.2f} total {float(sum(flows)):.2f} nominal APR {float(apr):.4f}%")
# 月利率贰分伍厘 = 2.5% a month = 30% a year; 年利率壹分捌厘 = 18% a year (1分 of a yearly
# rate is 10%); both above 4 x LPR 3.00% = 12% (Art. 25).
print("big-figure rates: 2.5%/month = 30%/year; 18%/year")
