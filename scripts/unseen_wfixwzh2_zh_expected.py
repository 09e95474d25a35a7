#!/usr/bin/env python3
"""Expected figures for tests/extract_zh_unseen_wfixwzh2.rs, computed independently of loanlint
with Python `fractions` (exact rationals; an IRR by bisection to far below 0.0001%)."""
from fractions import Fraction as F

# Interest per unit of principal: yuan per base per period, as a percentage of the base.
print("per-unit rates:",
      f"8 yuan per 1,000 a month = {float(F(8, 1000) * 100)}%/month;",
      f"5 yuan per 10,000 a day = {float(F(5, 10000) * 100)}%/day")
