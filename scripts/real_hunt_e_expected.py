#!/usr/bin/env python3
"""Expected figures of tests/extract_real_hunt_e.rs, computed apart from loanlint.

Each loan is its cash flows: the amount received at time 0, then one payment a month. The
nominal APR is 12 x the monthly rate that makes their present value zero (bisection in
Decimal, 60 digits), as loanlint's cn-irr / us-regz nominal figures are.
"""
from decimal import Decimal as D, getcontext

getcontext().prec = 60


def npv(rate, received, payments):
    v = -received
    f = D(1)
    for p in payments:
        f /= (1 + rate)
        v += p * f
    return v


def nominal_apr(received, payments):
    lo, hi = D(0), D(1)
    for _ in range(200):
        mid = (lo + hi) / 2
        if npv(mid, received, payments) > 0:
            lo = mid
        else:
            hi = mid
    return lo * 12 * 100


CASES = {
    # L4: 20,000 lent, three fees 2,400 in one total deducted at payout: 17,600 received;
    # 12 x 1,900.
    "joint_fees": (D(17600), [D(1900)] * 12),
    # L4 with a refundable deposit of 1,000 kept back at payout and returned at the end:
    # 20,000 - 2,400 - 1,000 = 16,600 received; the last payment 1,900 - 1,000 = 900 net.
    "joint_fees_deposit": (D(16600), [D(1900)] * 11 + [D(900)]),
    # L5: 12,000 lent; 6 x 500 then 12 x 900 (18 instalments).
    "two_phases_zh": (D(12000), [D(500)] * 6 + [D(900)] * 12),
    # L5: 6,000 lent; 6 x 150 then 18 x 400 (24 instalments).
    "two_phases_en": (D(6000), [D(150)] * 6 + [D(400)] * 18),
}

if __name__ == "__main__":
    for name, (received, payments) in CASES.items():
        print(f"{name}: {nominal_apr(received, payments):.4f}% a year "
              f"(total repaid {sum(payments)})")
