#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_z.rs (the Chinese classes left from batch T and
older batches), in exact fractions: the tests assert these, never loanlint's own output."""
from fractions import Fraction as F
from decimal import Decimal, ROUND_HALF_UP


def cent(x):
    return Decimal(x.numerator) / Decimal(x.denominator)


def r2(x):
    return cent(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def annuity(p, r, n):
    return p * r / (1 - (1 + r) ** -n)


def irr_monthly(p, pays):
    lo, hi = F(0), F(1, 10)
    for _ in range(80):
        mid = (lo + hi) / 2
        pv = sum(F(str(a)) / (1 + mid) ** (i + 1) for i, a in enumerate(pays))
        lo, hi = (mid, hi) if pv > p else (lo, mid)
    return lo


# 1. An app screen: 6,000 over 6 months, 0.04% a day, 按日计息 -> the month is 365/12 days:
#    monthly rate 0.0004 x 365 / 12; equal instalments rounded to the cent, the last takes the rest.
p, n = F(6000), 6
r = F(4, 10000) * 365 / 12
level = r2(annuity(p, r, n))
bal, pays = p, []
for i in range(n):
    interest = F(str(r2(bal * r)))
    pay = F(str(level)) if i < n - 1 else bal + interest
    bal = bal + interest - pay
    pays.append(r2(pay))
i = irr_monthly(p, pays)
print("screen: level", level, "last", pays[-1], "nominal APR", f"{float(i * 12 * 100):.4f}%")

# 2. Quarterly interest: 100,000 at 8% a year, paid every three months: 2,000 a quarter, 4 payments.
print("quarterly interest", F(100000) * F(8, 100) / 4, "count", 12 // 3)

# 3. Level payments stated as figures.
#    a. interest-free: 36,000 over 12 months -> 3,000 a month.
print("interest-free level", F(36000) / 12)
#    b. 80,000 at 6% a year over 24 months: the annuity payment, to the cent.
print("annuity 80000 6% 24:", r2(annuity(F(80000), F(6, 100) / 12, 24)))

# 4. Messages: zh-02 (20,000 lent, 1,966.67 a month): 45 days overdue = two instalments missed.
#    Demand 1,966.67 + 800.00 + 393.33 = 3,160.00; the charges 1,193.33 have no basis (the
#    contract has no default charges).
print("demand", Decimal("1966.67") + Decimal("800.00") + Decimal("393.33"),
      "charges", Decimal("800.00") + Decimal("393.33"))
#    zh-03 (2,233.33 due, penalty interest at 5.4% a year on a 360-day basis), 20 days:
pen = r2(F(223333, 100) * F(54, 1000) / 360 * 20)
print("lawful penalty 20 days", pen, "total", Decimal("2233.33") + pen)

# 5. A charge of 1% a month on the principal still owed, 24,000 in 6 equal parts of principal:
#    the charges are 1% of 24,000, 20,000, ..., 4,000 = 840 in all; at 1% a month on the balance
#    the monthly IRR is exactly 1%: nominal 12%.
p, n = F(24000), 6
owed = [p - p / n * k for k in range(n)]
charges = sum(b / 100 for b in owed)
pays = [p / n + b / 100 for b in owed]
i = irr_monthly(p, [cent(x) for x in pays])
print("fee on balance: charges", charges, "nominal APR", f"{float(i * 12 * 100):.4f}%")

# 6. A restructuring that names its balance: 9,000 principal + 600 interest = 9,600, 12 x 800,
#    no interest: the principal is 9,600 and the cost 0%.
print("restructured", F(9000) + 600, "x12 =", 800 * 12)
