"""Expected values of tests/extract_en_unseen_w.rs, computed independently of loanlint.

Level payment P*r/(1-(1+r)^-n) rounded half up to cents; interest on the balance rounded half
up each period, the last payment takes the remainder. Reg Z actuarial APR: the periodic rate
i solving received = sum(pay_k / (1+i)^k), times the periods in a year.
"""
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
getcontext().prec = 40
C = D("0.01")


def level(principal, periodic, n):
    return (principal * periodic / (1 - (1 + periodic) ** -n)).quantize(C, ROUND_HALF_UP)


def schedule(principal, periodic, n):
    pay = level(principal, periodic, n)
    rows, bal = [], principal
    for k in range(n):
        i = (bal * periodic).quantize(C, ROUND_HALF_UP)
        p = pay - i if k < n - 1 else bal
        rows.append(i + p)
        bal -= p
    return rows


def irr(received, payments):
    lo, hi = D(0), D(5)
    for _ in range(200):
        mid = (lo + hi) / 2
        pv = sum(p / (1 + mid) ** (k + 1) for k, p in enumerate(payments))
        lo, hi = (mid, hi) if pv > received else (lo, mid)
    return lo


# 1. A checkout: order amount $1,200.00, nothing down, 4 monthly payments at 19.99%.
rows = schedule(D(1200), D("0.1999") / 12, 4)
print("checkout rows", rows, "total", sum(rows), "interest", sum(rows) - 1200)
print("checkout APR", irr(D(1200), rows) * 12 * 100)

# 2. $6,000 at 14.5% over 36 months: the body's instalment; the box swaps two digits.
rows = schedule(D(6000), D("0.145") / 12, 36)
print("box rows first", rows[0], "last", rows[-1], "total", sum(rows), "charge", sum(rows) - 6000)
print("box APR", irr(D(6000), rows) * 12 * 100)

# 3. R12,500.00 at 24% a year over 18 months, R60.00 service fee a month in the instalment.
p = (D(12500) * D("0.02") / (1 - D("1.02") ** -18))
print("rand level", p, "with fee", (p + 60).quantize(C, ROUND_HALF_UP))

# 4. A balance of $1,800.00 in 9 monthly payments of $200.00, no interest: APR 0.
print("balance", D(200) * 9)

# 5. $4,000.00 advanced less a $200.00 fee: $3,800.00 paid out.
print("advance net", D(4000) - D(200))

# 6. $10,000.00 lent, a $300.00 fee withheld, $0.00 to the borrower, $9,700.00 to creditors.
print("consolidation received", D(0) + D(9700), "=", D(10000) - D(300))
