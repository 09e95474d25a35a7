#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_x.rs (batch S's Chinese classes), in exact
decimals: the tests assert these, never loanlint's own output."""
from decimal import Decimal as D, getcontext

getcontext().prec = 40


def irr_monthly(principal, payments):
    """Periodic IRR by bisection, then x 12 (cn-irr's nominal figure), in percent."""
    lo, hi = D(0), D("0.5")
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        lo, hi = (mid, hi) if pv > principal else (lo, mid)
    return (lo + hi) / 2 * 12 * 100


# 1. 每百元每月壹元捌角: 1.8 yuan per 100 a month = 1.8% a month; 30,000, interest monthly, 3 months.
p, monthly = D(30000), D("1.8") / 100
i = p * monthly
print("per hundred: rate", monthly * 100, "% a month; interest", i,
      "nominal", irr_monthly(p, [i] * 2 + [p + i]).quantize(D("0.0001")))
# 每千元每日伍角: 0.5 yuan per 1,000 a day = 0.05% a day.
print("per thousand a day:", D("0.5") / 1000 * 100, "% a day")

# 2. 每逾期一天 千分之三 of what is owed: 0.3% a day = 109.5% a year, above 4 x LPR.
print("overdue: ", D(3) / 1000 * 100, "% a day =", D(3) / 1000 * 100 * 365, "% a year")

# 3. Labelled rows, no header: 80,000 at 1% a month, interest 800 a month, principal at 6.
p = D(80000)
i = p * D("0.01")
print("labelled rows: interest", i, "nominal", irr_monthly(p, [i] * 5 + [p + i]).quantize(D("0.0001")))

# 4. A purchase price financed whole: 6,000 in 10 parts of 600 + 0.6% of the price (36).
p, n = D(6000), 10
fee = p * D("0.006")
pay = p / n + fee
print("price financed: fee", fee, "payment", pay, "nominal", irr_monthly(p, [pay] * n).quantize(D("0.0001")))
