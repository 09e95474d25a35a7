#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_w.rs (batch R's Chinese classes), in exact
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


# 1. A private loan, 40,000 at 月息2分 (2% a month), interest each month, principal at 4 months.
p = D(40000)
interest = p * D("0.02")
print("private: interest a month", interest, "nominal", irr_monthly(p, [interest] * 3 + [p + interest]).quantize(D("0.0001")))

# 2. A bridge advance, 300,000 at 0.08% a day (万分之八) for 20 days, paid back at once.
p, days = D(300000), 20
charge = p * D("0.0008") * days
print("bridge: charge", charge, "single-payment rate", ((p + charge) / p - 1) / (D(days) / 365) * 100)

# 3. A mutual-aid fund, 8,000 at a 5% a year occupancy fee, 12 months, paid at the end.
p = D(8000)
print("mutual aid: fee", p * D("0.05"), "rate", D(5))

# 4. A premium of 4,800 in 12 parts of 400, a fee of 0.6% of the premium each period.
p = D(4800)
fee = p * D("0.006")
print("premium: fee a period", fee, "payment", p / 12 + fee, "nominal", irr_monthly(p, [p / 12 + fee] * 12).quantize(D("0.0001")))
