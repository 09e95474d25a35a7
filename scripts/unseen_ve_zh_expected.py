#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_ve.rs (batch V's Chinese failure classes),
worked out independently of loanlint with Python `fractions` (bisection on the periodic IRR).

A fee percentage stated for the whole term, collected in equal parts with each instalment:
  - 24,000 over 24 months at 0% interest, total fee rate 6%: fee 1,440 = 60 a month,
    instalment 24000/24 + 60 = 1,060; nominal APR = monthly IRR x 12.
  - an order table whose first cell has the next column's figure glued to it: 30,000 over 10
    months, fee 0.5% a month = 150, instalment 3,000 + 150 = 3,150.
  - a price paid over to the school on the borrower's behalf, 6,000 over 6 months free of
    interest, 20 a month of fee: instalment 1,000 + 20 = 1,020.
  - 12,000 over 12 months at 0% interest, fee 7.2% in all = 864 = 72 a month (0.6% of the
    principal), instalment 1,072; the same flows as 0.6% charged each month.
"""
from fractions import Fraction as F


def irr_nominal(received, payments, per_year=12):
    lo, hi = F(0), F(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        if pv > received:
            lo = mid
        else:
            hi = mid
    return float(lo * per_year * 100)


def main():
    fee = F(24000) * F(6, 100)
    share = fee / 24
    print(f"whole-term 6% on 24000/24: fee {fee} share {share} ({share / 24000 * 100}%) "
          f"instalment {F(24000, 24) + share} APR {irr_nominal(F(24000), [F(24000, 24) + share] * 24):.4f}%")
    fee = F(12000) * F(72, 1000)
    share = fee / 12
    print(f"whole-term 7.2% on 12000/12: fee {fee} share {share} ({share / 12000 * 100}%) "
          f"instalment {F(1000) + share} APR {irr_nominal(F(12000), [F(1000) + share] * 12):.4f}%")
    print(f"order table 30000/10 + 0.5% a month: instalment {F(3000) + F(30000) * F(5, 1000)} "
          f"APR {irr_nominal(F(30000), [F(3150)] * 10):.4f}%")
    print(f"paid over on behalf 6000/6 + 20 a month: APR {irr_nominal(F(6000), [F(1020)] * 6):.4f}%")


if __name__ == "__main__":
    main()
