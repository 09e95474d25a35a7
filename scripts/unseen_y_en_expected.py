"""Expected figures for tests/extract_en_unseen_y.rs (fee not taken from the proceeds, added
to the last payment): $1,200 at 2% a month, 4 monthly payments rounded to cents, the last taking
the remainder, then the $80 fee added to it; APR = monthly IRR x 12 (Reg Z unit period)."""
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
getcontext().prec=40
P=D(1200); r=D('0.02'); n=4
pay=(P*r/(1-(1+r)**-n)).quantize(D('0.01'),ROUND_HALF_UP)
bal=P; pays=[]
for k in range(n):
    i=(bal*r).quantize(D('0.01'),ROUND_HALF_UP)
    if k<n-1: pays.append(pay); bal=bal+i-pay
    else: pays.append(bal+i)
print(pay, pays, sum(pays))
pays[-1]+=80
def npv(x): return sum(p/(1+x)**(k+1) for k,p in enumerate(pays))-P
lo,hi=D(0),D(1)
for _ in range(200):
    m=(lo+hi)/2
    if npv(m)>0: lo=m
    else: hi=m
print(pays, sum(pays), (lo*12*100).quantize(D('0.0001')))
