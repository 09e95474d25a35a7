# Expected figures of tests/extract_zh_unseen_u.rs, computed apart from loanlint (decimal IRR by
# bisection; level instalments rounded half up to the cent, the last taking the remainder).
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
getcontext().prec=40
def irr(flows):
    lo,hi=D('-0.99'),D('1')
    for _ in range(200):
        mid=(lo+hi)/2
        npv=sum(f/(1+mid)**i for i,f in enumerate(flows))
        if npv>0: lo=mid
        else: hi=mid
    return mid
def annuity(P,r,n):
    return (P*r/(1-(1+r)**-n)).quantize(D('0.01'),ROUND_HALF_UP)
# 1 debt note: 50000, 0.8%/month, 4 months bullet
print('debt', (D(50000)*(1+D('0.008')*4)/50000-1)/(D(4)/12)*100)
# 2 addend: 12000, 0.6%/month annuity 12, +50 per period
p=annuity(D(12000),D('0.006'),12); print('addend pmt',p, 'with fee',p+50)
bal=D(12000); flows=[D(-12000)]
for k in range(12):
    i=(bal*D('0.006')).quantize(D('0.01'),ROUND_HALF_UP)
    pay=p if k<11 else bal+i
    bal-=pay-i; flows.append(pay+50)
print('addend apr', irr(flows)*12*100, flows[-1])
# 3 side by side: 10000, 3 months, 1%/m interest + 0.5%/m fee at maturity
print('side', (D(10450)/10000-1)/(D(3)/12)*100)
# 6 deducted: 10000 at 1%/m annuity 6, received 9700
p=annuity(D(10000),D('0.01'),6); print('ded pmt',p)
bal=D(10000); flows=[D(-9700)]
for k in range(6):
    i=(bal*D('0.01')).quantize(D('0.01'),ROUND_HALF_UP)
    pay=p if k<5 else bal+i
    bal-=pay-i; flows.append(pay)
print('ded apr', irr(flows)*12*100, flows)
# 8 flat: 12000 /12 + 12000*0.6% = 1072
print('flat pmt', D(12000)/12+D(12000)*D('0.006'), 'apr', irr([D(-12000)]+[D(1072)]*12)*12*100)
