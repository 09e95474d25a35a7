"""Expected figures of tests/extract_zh_unseen_s23.rs, worked out apart from loanlint (Python
decimal / fractions). Run: python3 scripts/unseen_s23_zh_expected.py"""
from decimal import Decimal as D, ROUND_HALF_UP
from fractions import Fraction as F


def cents(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)


# A restructured balance that bears no interest: the instalments add up to the balance.
print("frozen 24 x 650.00 =", 24 * D("650.00"), "(balance 15,600.00)")
print("frozen 17 x 866.67 + 866.61 =", 17 * D("866.67") + D("866.61"), "(balance 15,600.00)")

# An IOU at 1.5 分 a month for 8 months, interest paid monthly: 8 payments.
print("iou interest a month:", D(30000) * D("0.015"), "payments:", 8)

# A card plan: 8,000 in 12, fee 0.65% of the plan's principal each month.
fee = cents(D(8000) * D("0.0065"))
part = cents(D(8000) / 12)
print("card fee a period", fee, "principal a period", part, "last", D(8000) - 11 * part)

# An order page: 3,588 in 12, fee 0.6% of the order each period.
fee = cents(D(3588) * D("0.006"))
print("order fee", fee, "principal", D(3588) / 12, "payment", D(3588) / 12 + fee)
pay = D(3588) / 12 + fee


def irr_monthly(principal, flows):
    lo, hi = F(0), F(1, 10)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(F(f) / (1 + mid) ** (k + 1) for k, f in enumerate(flows))
        lo, hi = (mid, hi) if pv > principal else (lo, mid)
    return lo


r = irr_monthly(F(3588), [pay] * 12)
print("order nominal APR %:", D(float(r * 12 * 100)).quantize(D("0.0001")))

# A car loan with a balloon: 120,000 at 6.2% a year over 24 months, 36,000 owed at the end.
i = F(62, 12000)
v = 1 / (1 + i) ** 24
level = (F(120000) - F(36000) * v) * i / (1 - v)
level_c = cents(D(level.numerator) / D(level.denominator))
print("balloon level", level_c, "last about", level_c + 36000)

# A card plan whose whole fee (0.55% x 9,600 x 12 = 633.60) is billed with the first instalment:
# 1,433.60 first, then 11 x 800.00; no interest.
fee = D(9600) * D("0.0055") * 12
print("card fee", fee, "first", 800 + fee)
r = irr_monthly(F(9600), [F(str(800 + fee))] + [F(800)] * 11)
print("card nominal APR %:", D(float(r * 12 * 100)).quantize(D("0.0001")))
