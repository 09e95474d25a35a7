"""Expected figures for tests/extract_en_unseen_zu.rs, computed independently of loanlint.

1. One-month title loan: 600 lent, 20% a month for one month: finance charge 120, one
   payment of 720; a single-period loan's APR is the period rate times 12 = 240%.
2. SMS instalment loan: 900 lent, 27.99% a year nominal, 6 monthly payments; the level
   payment from the annuity formula, rounded to the cent, the last absorbing the rounding.
   Reg Z APR solved back from the rounded payments (monthly unit period, times 12).
"""
from decimal import Decimal as D, getcontext, ROUND_HALF_UP

getcontext().prec = 50
print("title loan: finance charge", D(600) * D("0.20"), "APR %", D("0.20") * 12 * 100)

p, r, n = D(900), D("0.2799") / 12, 6
pay = (p * r / (1 - (1 + r) ** -n)).quantize(D("0.01"), ROUND_HALF_UP)
bal = p
for _ in range(n - 1):
    bal = (bal * (1 + r)).quantize(D("0.01"), ROUND_HALF_UP) - pay
last = (bal * (1 + r)).quantize(D("0.01"), ROUND_HALF_UP)
print("sms loan: payment", pay, "last", last)
pays = [pay] * (n - 1) + [last]
lo, hi = D(0), D(1)
for _ in range(200):
    mid = (lo + hi) / 2
    pv = sum(x / (1 + mid) ** (k + 1) for k, x in enumerate(pays))
    lo, hi = (mid, hi) if pv > p else (lo, mid)
print("sms loan: Reg Z APR %", (lo * 12 * 100).quantize(D("0.0001")))
