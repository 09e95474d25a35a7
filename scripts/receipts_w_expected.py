"""Expected values of tests/extract_en_receipts_w.rs, computed independently of loanlint.

A single-payment advance under Reg Z App. J: APR = finance charge / amount financed
x 365 / days x 100, the days counted from the transaction date to the due date.
"""
from datetime import date
from fractions import Fraction as F


def single_payment_apr(received, fee, start, due):
    days = (due - start).days
    return days, F(fee) / F(received) * 365 / days * 100


CASES = {
    # $375 handed over on 6 March 2025, $431.25 repaid on 20 March 2025.
    "A": ("375", "56.25", date(2025, 3, 6), date(2025, 3, 20)),
    # $500 handed over on 1 April 2025, $575 repaid on 22 April 2025.
    "B": ("500", "75", date(2025, 4, 1), date(2025, 4, 22)),
    # An earned-wage advance: $240 on 2 May 2025, $270 taken from the 16 May 2025 pay.
    "C": ("240", "30", date(2025, 5, 2), date(2025, 5, 16)),
}

for name, (received, fee, start, due) in CASES.items():
    days, apr = single_payment_apr(received, fee, start, due)
    total = F(received) + F(fee)
    print(f"{name}: total {float(total):.2f}, {days} days, APR {float(apr):.4f}%")
