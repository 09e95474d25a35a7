"""Expected values of tests/extract_en_unseen_v.rs, computed independently of loanlint.

Reg Z actuarial APR: the periodic rate i solving  received = sum(pay_k / (1+i)^k), times
the periods in a year; a single payment: (total/received - 1) x 365 / days.
"""
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
getcontext().prec = 40
C = D("0.01")

def irr(received, payments):
    lo, hi = D(0), D(5)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        if pv > received:
            lo = mid
        else:
            hi = mid
    return lo

def amortise(principal, monthly, n):
    """Level payment rounded to cents, interest on the balance rounded half up, the last
    payment takes the remainder: rows of (payment, interest, principal)."""
    pay = (principal * monthly / (1 - (1 + monthly) ** -n)).quantize(C, ROUND_HALF_UP)
    rows, bal = [], principal
    for k in range(n):
        i = (bal * monthly).quantize(C, ROUND_HALF_UP)
        p = pay - i if k < n - 1 else bal
        rows.append((i + p, i, p))
        bal -= p
    return rows

# 1. payday in British Columbia: $300 lent, $15 per $100 = $45, one payment of $345 in 14 days.
print("payday cost", D(300) * 15 / 100, "apr", (D(345) / D(300) - 1) * 365 / 14 * 100)

# 2. Amount Financed box misprinted: $5,200 lent, $200 withheld, $5,000 paid; 10% a year, 24 months.
rows = amortise(D(5200), D("0.10") / 12, 24)
total = sum(r[0] for r in rows)
print("box payment", rows[0][0], "last", rows[-1][0], "total", total, "finance charge", total - 5000)
print("box apr", irr(D(5000), [r[0] for r in rows]) * 12 * 100)

# 3. title loan printed as a receipt: $1,500 at 60% a year simple (5% a month), 6 months.
rows = amortise(D(1500), D("0.05"), 6)
for k, r in enumerate(rows, 1):
    print("title row", k, r)
print("title apr", irr(D(1500), [r[0] for r in rows]) * 12 * 100)

# 5. a draw of $600 on a credit line at 30% APR (2.5% a month), 4 statements, $9.99 membership each.
rows = amortise(D(600), D("0.025"), 4)
for k, r in enumerate(rows, 1):
    print("draw row", k, "min payment", r[0] + D("9.99"), r)
print("draw apr", irr(D(600), [r[0] + D("9.99") for r in rows]) * 12 * 100)

# 6. earned-pay advance: $150, express fee $5.99 withheld, $144.01 paid; $150 debited 10 days later.
print("advance apr", (D(150) / D("144.01") - 1) * 365 / 10 * 100)
