#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_zd.rs (batch Z's Chinese classes), worked out
independently of loanlint with Python `fractions` (the IRR by bisection on exact fractions).

weekly: 3,000 lent, 10 weekly payments of 300 principal + 45 service fee, no interest:
        the periodic IRR x 52.
draw:   20,000 drawn at 0.03% a day for 90 days, one payment: (total/20,000 - 1) / (90/365).
"""
from fractions import Fraction as F


def irr(principal, payments):
    lo, hi = F(0), F(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        lo, hi = (mid, hi) if pv > principal else (lo, mid)
    return lo


def pct(x):
    return f"{float(x * 100):.4f}%"


weekly = irr(F(3000), [F(345)] * 10) * 52
print("weekly: fee per period 45, payment 345, nominal APR", pct(weekly))
total = F(20000) + F(20000) * F(3, 10000) * 90
print("draw: total", float(total), "APR", pct((total / 20000 - 1) / F(90, 365)))
