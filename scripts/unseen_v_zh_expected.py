# Expected figures of tests/extract_zh_unseen_v.rs, computed apart from loanlint (decimal IRR by
# bisection; level instalments rounded half up to the cent, the last taking the remainder).
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
getcontext().prec = 40

def irr(flows):
    lo, hi = D('-0.99'), D('1')
    for _ in range(200):
        mid = (lo + hi) / 2
        npv = sum(f / (1 + mid) ** i for i, f in enumerate(flows))
        if npv > 0:
            lo = mid
        else:
            hi = mid
    return mid

def cents(x):
    return x.quantize(D('0.01'), ROUND_HALF_UP)

def level(P, r, n):
    pmt = cents(P * r / (1 - (1 + r) ** -n))
    bal, pays = P, []
    for k in range(n):
        i = cents(bal * r)
        pay = pmt if k < n - 1 else bal + i
        bal -= pay - i
        pays.append(pay)
    return pays

# 1 bare count: 30000 at 10.8%/year, 24 level payments
pays = level(D(30000), D('0.009'), 24)
print('count: pmt', pays[0], 'last', pays[-1], 'apr', irr([D(-30000)] + pays) * 12 * 100)
# 2 chat: 20000 at 1.5%/month, interest monthly, principal at 6 months
print('chat: apr', irr([D(-20000)] + [D(300)] * 5 + [D(20300)]) * 12 * 100)
# 3 card: 6000 at 18%/year, 6 level payments, 199 paid on the payout day
pays = level(D(6000), D('0.015'), 6)
print('card: pmt', pays[0], 'last', pays[-1], 'apr', irr([D(-6000) + 199] + pays) * 12 * 100)
# 4 flat: 12000 at 1%/month on the original amount, 12 payments of 1000 + 120
print('flat: apr', irr([D(-12000)] + [D(1120)] * 12) * 12 * 100)
# 5 equal principal: 60000, 6 x 10000 of principal, interest 1%/month on the balance
flows = [D(-60000)] + [D(10000) + cents(D(60000 - 10000 * k) * D('0.01')) for k in range(6)]
print('equal principal: flows', flows, 'apr', irr(flows) * 12 * 100)
# 6 footnote marks: 30000 at 15.4%/year, 12 level payments
pays = level(D(30000), D('0.154') / 12, 12)
print('footnotes: pmt', pays[0], 'last', pays[-1], 'apr', irr([D(-30000)] + pays) * 12 * 100)
