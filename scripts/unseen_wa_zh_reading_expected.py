#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_wa_reading.rs, computed independently of loanlint
with Python `fractions` (exact rationals; an IRR by bisection to far below 0.0001%)."""
from fractions import Fraction as F

# Interest per unit of principal: yuan per base per period, as a percentage of the base.
print("per-unit rates:",
      f"8 yuan per 1,000 a month = {float(F(8, 1000) * 100)}%/month;",
      f"5 yuan per 10,000 a day = {float(F(5, 10000) * 100)}%/day")


def irr(advance, flows):
    """The periodic rate at which the flows (one a period) repay the advance, by bisection."""
    lo, hi = F(0), F(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        if sum(f / (1 + mid) ** (k + 1) for k, f in enumerate(flows)) > advance:
            lo = mid
        else:
            hi = mid
    return lo


# Interest on named dates: 60,000 at 10% a year, a quarter's interest on 6/30, 9/30, 12/31 and
# at maturity 3/31, the principal with the last.
lent, quarterly = F(60000), F(60000) * F(10, 100) / 4
flows = [quarterly] * 3 + [quarterly + lent]
print(f"named interest dates: interest {float(quarterly):.2f} a quarter, {len(flows)} payments,",
      f"APR {float(irr(lent, flows) * 4 * 100):.4f}%")

# Lease-to-own: the price less the down payment is financed, the rents repay it monthly.
for lent, rent, n in [(F(120000 - 20000), F("5966.67"), 24), (F(90000 - 18000), F(3384), 36)]:
    print(f"lease-to-own {float(lent):.0f} financed, {n} x {float(rent):.2f}:",
          f"APR {float(irr(lent, [rent] * n) * 12 * 100):.4f}%")

# Table rows typed with ideographic spaces: the amount, the count and the level instalment.
for lent, pay, n in [(F(9600), F(1680), 6), (F(18000), F(857), 24)]:
    print(f"ideographic-space row {float(lent):.0f} in {n} x {float(pay):.2f}:",
          f"APR {float(irr(lent, [pay] * n) * 12 * 100):.4f}%")

# A plan written as a product (12期 x 810/期), a per-period fee inside: the flows are the stated
# instalments, monthly from the first bill date.
for lent, pay, n in [(F(9000), F(810), 12), (F(6000), F(1060), 6)]:
    print(f"plan as a product {float(lent):.0f} in {n} x {float(pay):.2f}:",
          f"APR {float(irr(lent, [pay] * n) * 12 * 100):.4f}%")

# The whole price financed, no interest, the fee billed with instalment 1.
for lent, first, rest, n in [(F(9000), F(1860), F(1500), 6), (F(15600), F(1924), F(1300), 12)]:
    flows = [first] + [rest] * (n - 1)
    print(f"whole price {float(lent):.0f} as {float(first):.2f} + {n - 1} x {float(rest):.2f}:",
          f"APR {float(irr(lent, flows) * 12 * 100):.4f}%")
