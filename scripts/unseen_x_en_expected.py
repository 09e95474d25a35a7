"""Expected values of tests/extract_en_unseen_x.rs, computed independently of loanlint.

Level payment P*r/(1-(1+r)^-n) rounded half up to cents; Reg Z actuarial APR: the periodic
rate i solving received = sum(pay_k / (1+i)^k), times the periods in a year (bisection).
"""
import contextlib
import io
import sys
from decimal import Decimal as D
from pathlib import Path

# The level payment, the rounded schedule and the Reg Z IRR of batch R's script (its own
# figures, printed on import, are not wanted here).
sys.path.insert(0, str(Path(__file__).resolve().parent))
with contextlib.redirect_stdout(io.StringIO()):
    from unseen_w_expected import irr, schedule  # noqa: E402


# Payroll-deduction credit-union loan: $6,000 at 11% a year, 60 monthly deductions.
rows = schedule(D(6000), D("0.11") / 12, 60)
print("payroll", rows[0], rows[-1], sum(rows), "APR", (irr(D(6000), rows) * 12 * 100).quantize(D("0.0001")))

# Chat: $2,000 approved, $160 fee kept back (1,840 paid out), 12 monthly at 30% on 2,000.
rows = schedule(D(2000), D("0.30") / 12, 12)
print("chat", rows[0], rows[-1], sum(rows), "APR on 1840", (irr(D(1840), rows) * 12 * 100).quantize(D("0.0001")))

# SMS: $900 funded, 4 monthly payments at 33% a year.
rows = schedule(D(900), D("0.33") / 12, 4)
print("sms", rows[0], rows[-1], sum(rows), "APR", (irr(D(900), rows) * 12 * 100).quantize(D("0.0001")))

# Offer card: $7,500 over 48 months at 9.99% a year.
rows = schedule(D(7500), D("0.0999") / 12, 48)
print("card", rows[0], rows[-1], sum(rows), "APR", (irr(D(7500), rows) * 12 * 100).quantize(D("0.0001")))

# Device plan: $45.50 x 24 = 1,092.00, no finance charge: APR 0.
print("device", D("45.50") * 24)

# Pesos: 120,000 at 24% a year over 24 monthly amortizations.
rows = schedule(D(120000), D("0.24") / 12, 24)
print("peso", rows[0], rows[-1], sum(rows))

# Title pledge: $600 for one month, finance charge 25% a month = $150.00.
print("title charge", D(600) * D("0.25"))

# Premium finance: $2,100 financed, 6 monthly at 9% a year.
rows = schedule(D(2100), D("0.09") / 12, 6)
print("premium", rows[0], rows[-1], sum(rows))

# PCP: 36 monthly of 199.00, the 36th with an optional final payment of 6,000.00.
print("pcp total", D(199) * 36 + D(6000), "last", D(199) + D(6000), "36+1 reading", D(199) * 36 + D(6000))
