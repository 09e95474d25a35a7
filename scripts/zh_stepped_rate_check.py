"""Expected figures of tests/extract_zh_unseen_o.rs (stepped rates, 阶梯利率), in decimal.

A: 36,000 in 24 monthly instalments of 1,500 principal (等额本金), 4.8% a year in year one
   (0.4% a month), 7.2% in year two (0.6% a month), interest on the balance each month.
B: 60,000 in 12 level instalments (等额本息), 6% a year for instalments 1-6 (0.5% a month),
   9% from the 7th (0.75%): at the step the instalment is worked out again on the balance.
"""
from decimal import Decimal as D, ROUND_HALF_UP, getcontext

getcontext().prec = 40
cent = lambda x: x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def irr12(flows):
    lo, hi = D(0), D("0.1")
    for _ in range(200):
        mid = (lo + hi) / 2
        npv = sum(f / (1 + mid) ** k for k, f in enumerate(flows))
        lo, hi = (lo, mid) if npv > 0 else (mid, hi)
    return (lo * 12 * 100).quantize(D("0.0001"))


bal, flows = D(36000), [D(36000)]
for k in range(1, 25):
    r = D("0.004") if k <= 12 else D("0.006")
    flows.append(-(D(1500) + cent(bal * r)))
    bal -= 1500
print("A total", -sum(flows[1:]), "apr", irr12(flows))


def annuity(p, r, n):
    return p * r / (1 - (1 + r) ** -n)


bal, flows, level = D(60000), [D(60000)], None
for k in range(1, 13):
    r = D("0.005") if k <= 6 else D("0.0075")
    if k in (1, 7):
        level = cent(annuity(bal, r, 13 - k))
    i = cent(bal * r)
    p = bal if k == 12 else level - i
    flows.append(-(p + i))
    bal -= p
print("B first", -flows[1], "seventh", -flows[7], "apr", irr12(flows))
