"""Expected values of tests/extract_en_unseen_u.rs, computed independently of loanlint.

Reg Z actuarial APR: the periodic rate i solving  received = sum(pay_k / (1+i)^k), times
the periods in a year; a single payment: (total/received - 1) x 365 / days.
"""
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def irr(received, payments):
    lo, hi = D(0), D(5)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        if pv > received:
            lo = mid
        else:
            hi = mid
    return lo

# 1. tribal loan to an Illinois borrower: $800 received, 10 biweekly payments of $150.
print("tribal", irr(D(800), [D(150)] * 10) * 26 * 100)
# 2. storefront loan: $1,000 lent, $100 fee withheld, 12 monthly payments of $95.00.
print("storefront", irr(D(900), [D(95)] * 12) * 12 * 100)
# 3. CAB loan: $400 received, interest 10% a year for 14 days, a $105 fee; one payment.
interest = (D(400) * D("0.10") * 14 / 365).quantize(D("0.01"))
print("cab interest", interest, "apr", ((400 + interest + 105) / D(400) - 1) * 365 / 14 * 100)
# 4. credit builder: $1,200 lent, $24 fee taken out, 12 monthly payments of $108.00.
print("builder", irr(D(1176), [D(108)] * 12) * 12 * 100)
# 5. numbered schedule: $1,000 received, 6 monthly payments of $175.00.
print("numbered", irr(D(1000), [D(175)] * 6) * 12 * 100)
# 6. refund advance: $900 received, $900 repaid 2025-02-10 -> 2025-03-03 (21 days).
from datetime import date
print("advance days", (date(2025, 3, 3) - date(2025, 2, 10)).days, "apr", (D(900) / 900 - 1) * 100)
# 7. deferred-interest purchase: 1,800 paid off in 6 monthly payments of 300 at 0%.
print("deferred", D(1800) / 6, "apr", irr(D(1800), [D(300)] * 6) * 12 * 100)
# 8. simple-interest sales contract: $8,000 financed, 36 monthly payments at 9.99% a year.
r = D("9.99") / 100 / 12
pay = (D(8000) * r * (1 + r) ** 36 / ((1 + r) ** 36 - 1)).quantize(D("0.01"))
print("risc payment", pay, "total", pay * 36, "apr", irr(D(8000), [pay] * 36) * 12 * 100)
