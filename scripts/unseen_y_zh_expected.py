#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_y.rs (batch T's Chinese classes), in exact
fractions: the tests assert these, never loanlint's own output."""
from fractions import Fraction as F


def pct(x):
    return f"{float(x * 100):.4f}%"


# 1. An IOU whose lender transferred less than the sum written: 30,000 written, 28,200 sent,
#    the 1,800 gap is six months' interest (30,000 x 1% x 6) kept back; 30,000 repaid at the end.
p, sent, months = F(30000), F(28200), 6
kept = p * F(1, 100) * months
assert p - sent == kept
print("kept back", kept, "single payment:", pct((p / sent - 1) / F(months, 12)))

# 2. A lender collecting the whole term's interest at payout (利息预收): 12,000 at 1.2% a month
#    for 6 months = 864 interest, 11,136 paid out, 12,000 repaid at the end.
p, months = F(12000), 6
interest = p * F(12, 1000) * months
out = p - interest
print("collected at payout", interest, "paid out", out, "single payment:",
      pct((p / out - 1) / F(months, 12)))
