"""Expected figures of tests/extract_zh_unseen_o.rs (balloon auto loans), by hand in decimal.

150,000 over 24 months at 7.2% a year (0.6% a month), a 45,000 balloon (30%) left to the last
instalment: the level instalment pays the annuity on 150,000 less the balloon's present value.
"""
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
cent = lambda x: x.quantize(D("0.01"), rounding=ROUND_HALF_UP)

P, r, n, B = D(150000), D("0.006"), 24, D(45000)
v = 1 / (1 + r)
X = cent((P - B * v**n) * r / (1 - v**n))
bal = P
for _ in range(n - 1):
    bal -= X - cent(bal * r)
last = bal + cent(bal * r)
print("level", X, "last", cent(last), "balloon part", cent(last) - X)


def irr(flows):
    lo, hi = D(0), D("0.1")
    for _ in range(200):
        mid = (lo + hi) / 2
        npv = sum(f / (1 + mid) ** k for k, f in enumerate(flows))
        lo, hi = (lo, mid) if npv > 0 else (mid, hi)
    return lo


flows = [P] + [-X] * (n - 1) + [-cent(last)]
print("apr", (irr(flows) * 12 * 100).quantize(D("0.0001")))
# The same instalment read as interest alone: 23 x X + (P + X) -> the wrong 27% class.
flows_io = [P] + [-X] * (n - 1) + [-(P + X)]
print("interest-only misreading", (irr(flows_io) * 12 * 100).quantize(D("0.01")))
