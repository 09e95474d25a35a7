#!/usr/bin/env python3
"""Held-out batch T of the fresh phrasing corpus (tests/fresh/{zh,en}/*-y*): 20 Chinese and 14
English documents written for session 21 without reading the extractors, the rulesets, the locales
or the engine's tests, to measure whether the work on batches A-S generalises.

    python3 scripts/fresh_corpus_t.py            # (re)write tests/fresh/{zh,en}/*-y* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_t.py --check    # recompute and diff the files against the committed ones

The renderers live in fresh_corpus_t_zh.py and fresh_corpus_t_en.py.

Parameters, arithmetic, the expected.json schema and the writers are those of fresh_corpus_s.py
(and through it of batches A-R): every cost is re-derived by the solvers of batches D-S; this batch
adds a sixteenth, `muller_rate`: Muller's method (three points, the root of the interpolating
parabola nearest the last point) on the payment POLYNOMIAL in the discount factor v = 1 / (1 + i),
g(v) = sum p_k v^k - advance, evaluated by Horner's rule in exact fractions, kept inside a bracket
[lo, hi] on v with a sign change (a step leaving the bracket, or a negative discriminant, is
replaced by bisection); iterates rounded to 10^-60, the square root by batch S's integer Newton.
It re-solves every multi-payment cost; i = 1 / v - 1.

Three documents are PNG images, as a borrower's photo or screenshot would be (zh-y02, zh-y06,
en-y08): the text is set as a PDF page by batch A's writer and rendered by `pdftoppm -r 150 -png`;
`files` lists the .txt and then the .png (the suite wants the text form first).

The TEXTS are new, one renderer per document. Chinese: a phone shop's 消费分期 of a phone plus a
"碎屏无忧" extended warranty, a per-period 手续费 on the financed sum; a bank app's 借钱 screen at
日利率0.03% with interest by the day (PNG); a consumer-finance 延期还款协议 (restructuring) with a new
18-month plan, all dates in 二〇二五年 numerals; a 车抵贷 in two printed columns, "每月仅还利息，本金
最后一期一次还" with a monthly 车辆监管服务费（含GPS月租）(PDF); a 学历提升 instalment page whose charge is
a "手续费" at 0.8% of the principal still owed each period, its plan table's columns out of order
(HTML); a handwritten 借条 at 月息捌厘 with 大写 amounts (PNG); a bank renovation loan of "15万元"
whose printed plan has its columns in another order and its middle rows left out (PDF); a microloan
with "利息预收" (砍头息 by another name); a long-stay apartment lease (not a loan); a Macau finance
company's contract in patacas (out of scope); an H5 confirm page whose 尊享会员服务费 each period
lifts the all-in cost above 36% (HTML); a bank loan whose principal and monthly payment are in 大写
with 角 and 分; an SMS of "免息分期" that charges an 账户管理费 each period; a company's interest-free
loan to an employee repaid from the salary (DOCX); a shopkeeper's loan from a friend, interest every
three months, dates in numerals, an overdue rate of 15% (above 4 x LPR); an SMS loan at 35.9%; an
auto-finance loan in two columns with a 金融服务费 paid to the dealer on the payout day (PDF); a bank's
贷款结清证明 (not a loan); an IOU whose stated sum includes a year of interest kept back at the
transfer; a bank loan through a 助贷 platform after 2025-10-01 whose per-period guarantee fee lifts
the all-in cost above 24%.
English: a UK guarantor loan (amount also in words); a bank's adverse-action notice (not a loan);
an Illinois installment loan whose amount financed includes a single-premium credit life
insurance; a UK short-term loan e-mail at 0.78% a day for 35 days; a California promissory note
between cousins at 12% with cheque-style amounts ("Five Thousand and 00/100 Dollars"); a New York
personal loan with a balloon (PDF); an ACH debit authorization (HTML, not a loan); an Illinois
approval screen with 24 biweekly payments (PNG); a New York 14-day advance by SMS with a $75 fee; a
New Zealand disclosure statement (out of scope); a Texas auto refinance with a GAP waiver financed
(DOCX); an Illinois loan with a "deferred origination fee" added to the final payment; an Illinois
weekly loan at 35.9%; a New York repair-shop financing at 0% with an enrollment fee paid in cash.

Measured at the branch point (branch batcht from ed5a829; the worktree's own release build, before
any fix), with `scripts/accuracy.py --only zh-y --only en-y`, after every text and expected value was
committed (9a67f49): 80.6% of the compared fields right (zh 83.0%, en 76.6%); the 89 misses are the
-y lines of tests/fresh/KNOWN_GAPS.tsv. `cargo test --test suite fresh_corpus::` (the worktree's
debug build) lists 92: the same 89, plus zh-y08's and zh-y19's interest_deducted (a field the suite compares
and accuracy.py does not) and one format-parity line (zh-y06's PNG reads no rate). Messages: 14/16 in the right tier (tests/messages_t/README.md).

    field                     zh              en             all
    doc kind        23/28  82.1%    15/18  83.3%    38/46  82.6%
    principal       28/28 100.0%    14/18  77.8%    42/46  91.3%
    received        25/26  96.2%    11/15  73.3%    36/41  87.8%
    term            22/26  84.6%    11/15  73.3%    33/41  80.5%
    method          18/26  69.2%    10/15  66.7%    28/41  68.3%
    count           17/26  65.4%    12/15  80.0%    29/41  70.7%
    rate            19/22  86.4%    13/13 100.0%    32/35  91.4%
    fees            20/26  76.9%    12/15  80.0%    32/41  78.0%
    APR±tol         16/27  59.3%    11/17  64.7%    27/44  61.4%
    violation       26/27  96.3%    11/15  73.3%    37/42  88.1%
    date            25/26  96.2%    11/15  73.3%    36/41  87.8%
    conflict                   -               -               -
    all fields    239/288  83.0%  131/171  76.6%  370/459  80.6%

Misses by class at the first reading (the verdicts first):
* false violation: en-y03 (a voluntary single-premium credit life, chosen in writing, read as a
  finance charge: 1,916 received, APR 38.5% -> us-il-pla-apr-above-36 and us-tila-apr-inaccurate).
* missed violations: zh-y19 (the year's interest kept back at the transfer of an IOU: 20,000 read as
  received), en-y05 (California cousins' note at 12%: no term, no cost), en-y09 (New York 14-day SMS
  advance, $75 fee: nothing read), en-y12 (the deferred origination fee in the final payment missed:
  30.0% for 47.7%).
* APR off: zh-y04 (12% for 19.2%: the monthly 车辆监管服务费 missed), zh-y17 (5.99% for 8.05%: the
  金融服务费 paid to the dealer on the payout day missed), zh-y08 (37.7% for 18.85%; the verdict is
  right), zh-y19 (10% for 11.1%), zh-y06.png (OCR: 月息捌厘 not read; the text twin is right), en-y03,
  en-y12.
* no APR: zh-y02 (screen: count and term not read), zh-y14 (employee loan, DOCX and text: no term or
  count), en-y04 (UK e-mail: nothing read), en-y05, en-y09, en-y14 (read as "other").
* document kinds: en-y02 (adverse-action notice read as a loan_contract of 7,500), en-y14 (a
  financing agreement read as other), en-y04, zh-y05, zh-y11, zh-y20 (disclosures read as contracts).
* dates: zh-y15 (the first interest date), en-y12 (the final payment's date), en-y04 (the due date).
* the rest: methods and counts of single-payment and interest-only loans (zh-y08, zh-y15, zh-y19),
  zh-y10's method, en-y08's method and date (screen), zh-y05's 手续费 (see the decision below).

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* zh-y05: loanlint lists the 手续费 as a per-period fee of 0.8% (and 624 in all) and no rate; the
  decision below calls it interest by function. Both readings give the same schedule; only the
  field it lands in differs.
* en-y03: whether a credit-life premium is a finance charge depends on the Reg Z 1026.4(d)(1)
  conditions (not required, disclosed, the borrower's signed request); the text says all three in
  one line. The expected 2,000 / 29.9% stands; a reader that needs the words "affirmative written
  request" would differ.

Decisions (said here so that they can be argued with):
* zh-y01: the extended warranty is bought with the phone and paid to the shop by the lender: it is
  part of the principal (7,200), not a credit charge; the 0.45% per period is the only charge.
* zh-y02: the screen is a disclosure of the loan (loan_disclosure); 0.03% a day x 365 = 10.95%.
* zh-y03: a restructuring is a new credit of the balance: principal 24,000, received 24,000 (no
  new money; the balance stands for the advance, as en-v08 decided); loan_contract.
* zh-y04: the supervision/GPS fee is a per-period fee in the all-in cost (19.2%).
* zh-y05: the "手续费" at 0.8% of the balance still owed each period IS interest by function: the
  expected rate is 0.8% a month (9.6% a year), method equal_principal, no fee listed; a reading
  that lists it as a fee with the right figures is arguable. A plan page: loan_disclosure.
* zh-y08 / zh-y19: interest kept back at the transfer: the principal is the stated sum, the
  received is what arrived; a violation (Civil Code Art. 670 [C]) whatever the cost.
* zh-y10 (Macau) and en-y10 (New Zealand): out of scope: no cost, no verdict.
* zh-y13: "免息" with an 账户管理费 per period: no rate expected; the fee is in the all-in cost.
* zh-y14: a company lending to its employee is a private loan (4 x LPR); 0%: lawful.
* zh-y15: 10% is within 4 x LPR (3.10% on 2025-03-18: 12.4%) but the 15% overdue rate is not
  (Art. 28/29 [C]): a violation.
* zh-y16: 35.9% from a consumer-finance firm: in the 24-36% warning zone, not a violation.
* zh-y20: the 2025 助贷 notice's 24% line from 2025-10-01 ([S], the project's policy of issue 17):
  all-in about 30% > 24%: a violation.
* en-y01: the money is paid to the guarantor's account to pass on (the guarantor-loan practice):
  the whole 2,000 counts as received.
* en-y01 / en-y04: UK: the guarantor loan is not HCSTC (24 months): no cap; the 35-day loan is HCSTC
  and within the 0.8% a day and 100% caps (CONC 5A [C]): lawful.
* en-y03: voluntary credit life, chosen in writing, is left out of the finance charge (Reg Z
  1026.4(d)(1)) and financed: the amount financed 2,000 is the principal; 29.9% <= 36% (IL).
  The lead's decision after the run (session 21, the expected file changed accordingly): the
  Illinois PLPA computes its 36% as the MLA MAPR, which counts credit insurance premiums even
  where Reg Z leaves them out (legal.md, Illinois row, [C]): 1,916 received against 12 payments
  of 194.88 is a MAPR of 38.49% > 36%: a violation. The Reg Z APR (29.90%) is unchanged.
* en-y05: a California individual lender at 12% > 10% (Const. art. XV): a violation.
* en-y09: the $75 fee on $500 for 14 days is the finance charge: 391% > New York's 25%.
* en-y11: Texas is not covered by the reference: null. The GAP waiver is financed: principal 14,845.
* en-y12: the deferred origination fee is paid with the last instalment: at_maturity; all-in > 36%.
* en-y13: 35.9% nominal, weekly, no fee: just under Illinois' 36% (not 36% itself: at 36.00% the
  cents of the rounded payment put the exact APR at 36.0015%, a test of rounding, not of reading).
* en-y14: the enrollment fee is paid in cash at signing: at_disbursement, lowering the net advance.

Decisions (session 23, the lead): en-y09's SMS names no state, address or governing law (only its
file name says New York), so no state's usury cap can be applied to it: its expected verdict is no
violation (a default may never drive a violation); with `--jurisdiction US-NY` New York's criminal
25% [C] fires. Its other expected values are unchanged.

Decisions (session 23), under the lead's ruling of session 23: an app / H5 page or slip that
  records a CONCLUDED loan's own terms (借款详情, 借款成功, 借款记录详情, 借款服务确认页 after
  payout, an order placed on instalments) is the borrower's record of the agreement:
  loan_contract. Pre-contract pages, notices sent about a loan and bare repayment schedules stay
  loan_disclosure.
* zh-y05 (学历提升分期: a tuition instalment plan taken out, 办理日期 and the lender paying the school,
  with its fee rule and lender beyond the schedule, so not a bare 还款计划表): relabelled
  loan_disclosure -> loan_contract.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs` and
are asserted in `check_expectations`. Needs Python >= 3.11, reportlab + WenQuanYi Micro Hei for the
PDFs and poppler's pdftoppm for the PNGs.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_s as fcs  # noqa: E402
import fresh_corpus_t_en as en  # noqa: E402
import fresh_corpus_t_zh as zh  # noqa: E402
from fresh_corpus import D, Fee, Spec  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_k import UPFRONT_EN  # noqa: E402
from fresh_corpus_m import CHARGE  # noqa: E402

date = dt.date
GRID = 10**60
V_EPS = Fraction(1, 10**45)


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Muller's method on the polynomial in the discount factor
# ---------------------------------------------------------------------------------------------


def horner(advance: Fraction, pays: list[Fraction], v: Fraction) -> Fraction:
    """g(v) = p_1 v + p_2 v^2 + ... + p_n v^n - advance, by Horner's rule."""
    acc = Fraction(0)
    for p in reversed(pays):
        acc = (acc + p) * v
    return acc - advance


def snap(x: Fraction) -> Fraction:
    return Fraction(round(x * GRID), GRID)


def muller_root(g, lo: Fraction, hi: Fraction) -> Fraction:
    """The root of an increasing g in [lo, hi] (g(lo) < 0 < g(hi)) by bracketed Muller steps."""
    glo, ghi = g(lo), g(hi)
    assert glo < 0 < ghi, (lo, hi)
    mid = snap((lo + hi) / 2)
    pts = [(lo, glo), (hi, ghi), (mid, g(mid))]
    for _ in range(400):
        (x0, f0), (x1, f1), (x2, f2) = pts
        if f2 == 0:
            return x2
        if f2 < 0:
            lo = x2
        else:
            hi = x2
        if hi - lo < V_EPS:
            return (lo + hi) / 2
        x3 = None
        h1, h2 = x1 - x0, x2 - x1
        if h1 != 0 and h2 != 0 and h1 + h2 != 0:
            d1, d2 = (f1 - f0) / h1, (f2 - f1) / h2
            a = (d2 - d1) / (h2 + h1)
            b = a * h2 + d2
            disc = b * b - 4 * a * f2
            if disc >= 0:
                root = fcs.frac_sqrt(disc)
                den = b + root if b >= 0 else b - root
                if den != 0:
                    x3 = snap(x2 - 2 * f2 / den)
        if x3 is None or not lo < x3 < hi:
            x3 = snap((lo + hi) / 2)  # the safeguard: bisect the bracket
        if abs(x3 - x2) < V_EPS:
            return x3
        pts = [(x1, f1), (x2, f2), (x3, g(x3))]
    raise AssertionError("Muller did not converge")


def muller_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """Periodic i with advance = sum p_k (1 + i)^-k, solved for v = 1 / (1 + i) in (0, 2]."""
    adv = Fraction(advance)
    pays = [Fraction(p) for p in payments]
    v = muller_root(lambda x: horner(adv, pays, x), Fraction(1, 10**9), Fraction(2))
    return 1 / v - 1


S_COMPUTE = fcs.compute_s  # kept before main() puts compute_t in its place


def muller_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = muller_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, s.cost, float(other))


def compute_t(s: Spec) -> None:
    S_COMPUTE(s)  # batch S's compute: the solvers of batches A-S, Ridders' last
    muller_check(s)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * zh-y01: 7,200 / 24 = 300 + 7,200 x 0.45% = 32.40 -> 332.40 a month; x 24 = 7,977.60.
# * zh-y02: 0.03% a day x 365 = 10.95% a year.
# * zh-y04: 50,000 x 1% = 500 + 300 fee = 800 a month = 1.6% of the principal, and 50,800 at the
#   end: a level 1.6% on the balance every month, so the IRR is 1.6% a month exactly: 19.2% a year.
# * zh-y05: fees 0.8% x 1,000 x (12 + 11 + ... + 1) = 8 x 78 = 624; the first 96, the last 8.
# * zh-y06: 35,000 x 0.8% x 6 = 1,680 -> 36,680 (叁万陆仟陆佰捌拾元整); 9.6% <= 4 x 3.00% = 12%.
# * zh-y08: 8,000 x 1.5% x 3 = 360 kept back: 7,640 arrives; (8,000 / 7,640 - 1) x 4 = 0.0471204 x 4
#   = 18.85% a year.
# * zh-y14: 50,000 / 12 = 4,166.67 (x 11 = 45,833.37, the last 4,166.63), no charge: 0%.
# * zh-y15: 200,000 x 10% / 4 = 5,000 a quarter; 15% > 4 x 3.10% = 12.4%.
# * zh-y17: 120,000 - 3,600 paid apart = 116,400 net.
# * zh-y19: 20,000 x 10% = 2,000 kept back: 18,000 arrives; 20,000 / 18,000 - 1 = 11.11% a year.
# * en-y04: 300 x 0.78% x 35 = 81.90 -> 381.90; 0.78% a day < 0.8%, 81.90 < 300.
# * en-y05: 5,000 x 12% = 600 -> 5,600 (Five Thousand Six Hundred and 00/100); 12% > 10%.
# * en-y09: 75 / 500 = 15% for 14 days; x 365 / 14 = 391.07%.
# * en-y14: 2,400 / 12 = 200.00; 2,400 - 49 = 2,351 net.

ZH_FEE = ["service", "consulting", "handling", "management", "other"]
NONE_US = "state law not covered by the reference"


def specs() -> list[Spec]:
    return [
        c("zh-y01-phone-shop-instalment-extended-warranty-financed-per-period-fee", zh.y01, principal=D(7200),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=24, term_months=24,
          fees=[Fee("分期手续费", ["handling", "service", "other"], "per_period", percent=D("0.45"))],
          contract_date=date(2025, 9, 14), start_date=date(2025, 9, 14), lender_type="consumer_finance",
          notes=["phone 6,999 + warranty 201 financed; 300 + 32.40 a month, no interest"]),
        c("zh-y02-bank-app-borrow-screen-daily-rate-interest-by-day", zh.y02, principal=D(10000),
          method="equal_installment", n=10, term_months=10, rate_value=D("0.03"), rate_per="day",
          contract_date=date(2025, 11, 20), start_date=date(2025, 11, 20), lender_type="bank",
          kind="loan_disclosure", opts={"png": True}, notes=["0.03% a day = 10.95% a year; 10 equal instalments"]),
        c("zh-y03-consumer-finance-deferral-agreement-new-schedule-numeral-dates", zh.y03, principal=D(24000),
          method="equal_installment", n=18, term_months=18, rate_value=D("7.2"), contract_date=date(2025, 10, 28),
          start_date=date(2025, 10, 28), lender_type="consumer_finance",
          notes=["the 24,000 owed, restructured into 18 equal instalments at 7.2%"]),
        c("zh-y04-car-pledge-loan-interest-only-gps-supervision-fee-two-columns", zh.y04, "pdf", principal=D(50000),
          method="interest_only", n=12, term_months=12, rate_value=D(1), rate_per="month",
          fees=[Fee("车辆监管服务费", ZH_FEE, "per_period", amount=D(300))], contract_date=date(2025, 7, 22),
          start_date=date(2025, 7, 22), lender_type="microloan",
          notes=["500 interest + 300 fee a month, the principal with the 12th: 1.6% a month"]),
        c("zh-y05-education-upgrade-instalment-fee-on-balance-owed-odd-columns", zh.y05, "html", principal=D(12000),
          method="equal_principal", n=12, term_months=12, rate_value=D("0.8"), rate_per="month",
          contract_date=date(2025, 8, 30), start_date=date(2025, 8, 30), lender_type="consumer_finance",
          kind="loan_contract", notes=["the 手续费 at 0.8% of the balance owed is interest by function"]),
        c("zh-y06-handwritten-iou-monthly-eight-li-capital-numerals", zh.y06, principal=D(35000), method="bullet",
          freq="single", n=1, term_months=6, rate_value=D("0.8"), rate_per="month", contract_date=date(2025, 9, 3),
          start_date=date(2025, 9, 3), lender_type="individual", opts={"png": True},
          notes=["月息捌厘 = 0.8% a month; 1,680 with the principal after six months"]),
        c("zh-y07-bank-renovation-loan-wan-yuan-plan-columns-reordered", zh.y07, "pdf", principal=D(150000),
          method="equal_installment", n=60, term_months=60, rate_value=D("3.6"), contract_date=date(2025, 4, 10),
          start_date=date(2025, 4, 10), lender_type="bank", notes=["15万元 over 60 months at 3.6%"]),
        c("zh-y08-microloan-interest-collected-in-advance-at-payout", zh.y08, principal=D(8000), method="bullet",
          freq="single", n=1, term_months=3, rate_value=D("1.5"), rate_per="month", interest_deducted=D(360),
          contract_date=date(2025, 6, 16), start_date=date(2025, 6, 16), lender_type="microloan",
          notes=["利息预收 360: 7,640 arrives, 8,000 repaid"]),
        c("zh-y09-long-stay-apartment-lease-not-a-loan", zh.y09, **OTHER,
          notes=["a lease with a deposit and rent every three months: no money lent"]),
        c("zh-y10-macau-finance-company-contract-patacas-out-of-scope", zh.y10, principal=D(100000),
          method="equal_installment", n=24, term_months=24, rate_value=D("8.5"), currency="MOP", jurisdiction="MO",
          apr_method=None, contract_date=date(2025, 7, 1), start_date=date(2025, 7, 1), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Macau law is outside the bundled rulesets",
          notes=["a Macau lender in patacas: out of scope, no cost or verdict"]),
        c("zh-y11-h5-confirm-page-member-fee-each-period-above-36", zh.y11, "html", principal=D(3000),
          method="equal_installment", n=6, term_months=6, rate_value=D(18),
          fees=[Fee("尊享会员服务费", ["membership", "service", "other"], "per_period", percent=D(2))],
          contract_date=date(2025, 10, 12), start_date=date(2025, 10, 12), lender_type="microloan",
          kind="loan_disclosure", notes=["60 a month of member fee on 3,000: all-in above 36%"]),
        c("zh-y12-bank-loan-capital-numeral-payment-with-jiao-fen", zh.y12, principal=D(80000),
          method="equal_installment", n=36, term_months=36, rate_value=D("4.35"), contract_date=date(2025, 5, 26),
          start_date=date(2025, 5, 26), lender_type="bank", notes=["the monthly payment written in 大写 with 角 and 分"]),
        c("zh-y13-interest-free-instalment-sms-account-fee-each-period", zh.y13, principal=D(6000),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=6, term_months=6,
          fees=[Fee("账户管理费", ["management", "service", "other", "handling"], "per_period", amount=D(18))],
          contract_date=date(2025, 11, 11), start_date=date(2025, 11, 11), lender_type="consumer_finance",
          kind="loan_disclosure", notes=["免息 but 18 a period: 1,018 a month"]),
        c("zh-y14-company-interest-free-employee-loan-salary-deduction-docx", zh.y14_blocks, "docx", principal=D(50000),
          method="equal_installment", n=12, term_months=12, rate_value=D(0), contract_date=date(2025, 3, 3),
          start_date=date(2025, 3, 3), lender_type="company", notes=["0%, 4,166.67 a month from the salary"]),
        c("zh-y15-friend-loan-quarterly-interest-numeral-dates-overdue-above-4lpr", zh.y15, principal=D(200000),
          method="interest_only", n=4, freq="quarter", term_months=12, rate_value=D(10), overdue_annual=D(15),
          contract_date=date(2025, 3, 18), start_date=date(2025, 3, 18), lender_type="individual",
          notes=["5,000 a quarter; the 15% overdue rate > 12.4%"]),
        c("zh-y16-consumer-finance-sms-three-parts-just-under-36", zh.y16, principal=D(2000),
          method="equal_installment", n=3, term_months=3, rate_value=D("35.9"), contract_date=date(2025, 12, 1),
          start_date=date(2025, 12, 1), lender_type="consumer_finance", kind="loan_disclosure",
          notes=["35.9%, no fees: warning zone, not a violation"]),
        c("zh-y17-auto-finance-two-columns-service-fee-paid-to-dealer", zh.y17, "pdf", principal=D(120000),
          method="equal_installment", n=36, term_months=36, rate_value=D("5.99"),
          fees=[Fee("金融服务费", ZH_FEE, "at_disbursement", amount=D(3600))], contract_date=date(2025, 8, 8),
          start_date=date(2025, 8, 8), lender_type="auto_finance",
          notes=["3,600 paid apart to the dealer on the payout day: 116,400 net"]),
        c("zh-y18-bank-loan-settlement-certificate-not-a-loan", zh.y18, **OTHER,
          notes=["a certificate that an old loan is repaid: no terms of credit"]),
        c("zh-y19-iou-year-interest-kept-back-at-transfer", zh.y19, principal=D(20000), method="bullet",
          freq="single", n=1, term_months=12, rate_value=D(10), interest_deducted=D(2000),
          contract_date=date(2025, 5, 6), start_date=date(2025, 5, 6), lender_type="individual",
          notes=["18,000 transferred, 20,000 repaid"]),
        c("zh-y20-bank-loan-via-zhudai-platform-guarantee-fee-above-24", zh.y20, principal=D(10000),
          method="equal_installment", n=12, term_months=12, rate_value=D("23.5"),
          fees=[Fee("担保服务费", ["guarantee", "service", "other"], "per_period", percent=D("0.3"))],
          contract_date=date(2025, 11, 6), start_date=date(2025, 11, 6), lender_type="bank", lender="乐借科技（助贷）",
          kind="loan_disclosure", notes=["23.5% + 30 a month of guarantee fee: all-in above 24% after 2025-10-01"]),
        # ------------------------------------------------------------------ English
        c("en-y01-uk-guarantor-loan-amount-in-words", en.e01, lang="en", currency="GBP", apr_method="eu-aprc",
          jurisdiction="GB", principal=D(2000), method="equal_installment", n=24, term_months=24, rate_value=D("39.9"),
          contract_date=date(2025, 6, 19), start_date=date(2025, 6, 19), lender_type="licensed_nonbank",
          notes=["24 monthly repayments at 39.9% a year"]),
        c("en-y02-bank-adverse-action-notice-not-a-loan", en.e02, lang="en", currency="USD", **OTHER,
          notes=["a declined application: no credit"]),
        c("en-y03-illinois-installment-single-premium-credit-life-financed", en.e03, **USD, principal=D(2000),
          method="equal_installment", n=12, term_months=12, rate_value=D("29.9"), jurisdiction="US-IL",
          contract_date=date(2025, 3, 14), start_date=date(2025, 3, 14), lender_type="licensed_nonbank",
          verdict=True,
          verdict_reason="Illinois PLPA: the APR is the MLA MAPR, which counts the 84 credit-life premium: 1,916 received against 12 x 194.88 = 38.49% > 36% (legal.md Illinois row [C]); the Reg Z APR stays 29.90%",
          notes=["1,916 to the borrower + 84 credit life premium = 2,000 financed"]),
        c("en-y04-uk-short-term-loan-email-daily-rate-35-days", en.e04, lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(300), method="bullet", freq="single", n=1,
          term_days=35, rate_value=D("0.78"), rate_per="day", contract_date=date(2025, 10, 2),
          start_date=date(2025, 10, 2), lender_type="licensed_nonbank", kind="loan_disclosure",
          notes=["81.90 interest for 35 days: within the HCSTC caps"]),
        c("en-y05-california-cousins-promissory-note-cheque-words-12-percent", en.e05, **USD, principal=D(5000),
          method="bullet", freq="single", n=1, term_months=12, rate_value=D(12), jurisdiction="US-CA",
          contract_date=date(2025, 2, 9), start_date=date(2025, 2, 9), lender_type="individual", disclose_apr=False,
          notes=["12% by a California individual > 10%"]),
        c("en-y06-new-york-personal-loan-balloon-payment", en.e06, "pdf", **USD, principal=D(10000),
          method="equal_installment", method_accept=["other"], n=36, term_months=36, rate_value=D("11.9"),
          payment_override=fce.balloon_payment(D(10000), D("11.9"), 36, D(4000)), jurisdiction="US-NY",
          contract_date=date(2025, 9, 5), start_date=date(2025, 9, 5), lender_type="licensed_nonbank",
          notes=["35 level payments and a balloon of about 4,000 with the 36th"]),
        c("en-y07-ach-debit-authorization-page-not-a-loan", en.e07, "html", lang="en", currency="USD", **OTHER,
          notes=["an ACH authorization on its own: no credit terms"]),
        c("en-y08-illinois-approval-screen-24-biweekly-payments", en.e08, **USD, principal=D(1500),
          method="equal_installment", n=24, freq="biweek", rate_value=D("34.99"), jurisdiction="US-IL",
          contract_date=date(2025, 11, 14), start_date=date(2025, 11, 14), lender_type="licensed_nonbank",
          kind="loan_disclosure", opts={"png": True}, notes=["24 fortnightly payments at 34.99 / 26"]),
        c("en-y09-new-york-14-day-advance-sms-flat-fee", en.e09, **USD, principal=D(500), method="bullet",
          freq="single", n=1, term_days=14, fees=[Fee("fee", CHARGE, "at_maturity", amount=D(75))],
          jurisdiction="US-NY", contract_date=date(2025, 12, 2), start_date=date(2025, 12, 2),
          lender_type="licensed_nonbank", kind="loan_disclosure", disclose_apr=False,
          verdict=False, verdict_reason="no state is named in the text: no state's cap can be applied "
          "(New York's 25% [C] would be broken at 391.07%; `--jurisdiction US-NY` gives it)",
          notes=["75 on 500 for 14 days: 391% > 25%"]),
        c("en-y10-new-zealand-initial-disclosure-out-of-scope", en.e10, lang="en", currency="NZD", apr_method=None,
          jurisdiction="NZ", principal=D(8000), method="equal_installment", n=24, term_months=24,
          rate_value=D("17.95"), contract_date=date(2025, 8, 18), start_date=date(2025, 8, 18),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="New Zealand law is outside the bundled rulesets",
          kind="loan_disclosure", notes=["a New Zealand lender: out of scope, no cost or verdict"]),
        c("en-y11-texas-auto-refinance-gap-waiver-financed-docx", en.e11_blocks, "docx", **USD, principal=D(14845),
          method="equal_installment", n=60, term_months=60, rate_value=D("8.49"), jurisdiction="US-TX",
          contract_date=date(2025, 4, 22), start_date=date(2025, 4, 22), lender_type="licensed_nonbank",
          notes=["14,250 payoff + 595 GAP = 14,845 financed"]),
        c("en-y12-illinois-loan-deferred-origination-fee-in-final-payment", en.e12, **USD, principal=D(1500),
          method="equal_installment", n=6, term_months=6, rate_value=D(30),
          fees=[Fee("deferred origination fee", UPFRONT_EN, "at_maturity", amount=D(90))], jurisdiction="US-IL",
          contract_date=date(2025, 7, 9), start_date=date(2025, 7, 9), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["90 with the 6th payment: all-in above 36%"]),
        c("en-y13-illinois-weekly-installment-loan-just-under-36", en.e13, **USD, principal=D(1000),
          method="equal_installment", n=26, freq="week", rate_value=D("35.9"), jurisdiction="US-IL",
          contract_date=date(2025, 5, 15), start_date=date(2025, 5, 15), lender_type="licensed_nonbank",
          notes=["26 weekly payments at 35.9 / 52"]),
        c("en-y14-new-york-repair-financing-zero-percent-enrollment-fee-cash", en.e14, **USD, principal=D(2400),
          method="equal_installment", n=12, term_months=12, rate_value=D(0),
          fees=[Fee("enrollment fee", UPFRONT_EN, "at_disbursement", amount=D(49))], jurisdiction="US-NY",
          contract_date=date(2025, 10, 20), start_date=date(2025, 10, 20), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["200 a month; the 49 fee paid in cash at signing"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-y01"]
    assert pay(z) == D("332.40") and total_repaid(z) == D("7977.60") and verdict["zh-y01"] is False
    assert fc.annual_rate(by["zh-y02"]) == D("10.95")
    z = by["zh-y04"]
    assert pay(z) == D(800) and z.rows[-1]["total"] == D(50800) and abs(z.cost - D("19.2")) < D("1e-9")
    z = by["zh-y05"]
    assert total_interest(z) == D(624) and z.rows[0]["interest"] == D(96) and z.rows[-1]["interest"] == D(8)
    z = by["zh-y06"]
    assert total_interest(z) == D(1680) and total_repaid(z) == D(36680) and verdict["zh-y06"] is False
    z = by["zh-y08"]
    assert z.received == D(7640) and abs(z.cost - D("18.848167539")) < D("1e-6") and verdict["zh-y08"] is True
    z = by["zh-y14"]
    assert pay(z) == D("4166.67") and z.rows[-1]["total"] == D("4166.63") and abs(z.cost) < D("1e-9")
    assert verdict["zh-y14"] is False
    z = by["zh-y15"]
    assert z.rows[0]["interest"] == D(5000) and verdict["zh-y15"] is True
    assert by["zh-y17"].net_received == D(116400) and verdict["zh-y17"] is False
    z = by["zh-y19"]
    assert z.received == D(18000) and abs(z.cost - D("11.111111")) < D("1e-5") and verdict["zh-y19"] is True
    assert by["zh-y11"].cost > 36 and verdict["zh-y11"] is True
    assert 24 < by["zh-y20"].cost < 36 and verdict["zh-y20"] is True
    assert verdict["zh-y16"] is False and verdict["zh-y10"] is None and by["zh-y10"].cost is None
    e = by["en-y04"]
    assert e.rows[0]["interest"] == D("81.90") and verdict["en-y04"] is False
    e = by["en-y05"]
    assert total_repaid(e) == D(5600) and verdict["en-y05"] is True
    assert en.cheque_words(D(5600)) == "Five Thousand Six Hundred and 00/100 Dollars"
    assert en.cheque_words(D("2351.05")) == "Two Thousand Three Hundred Fifty-One and 05/100 Dollars"
    e = by["en-y09"]
    assert abs(e.cost - D("391.0714285")) < D("1e-6") and verdict["en-y09"] is False  # no state named (session 23)
    e = by["en-y14"]
    assert pay(e) == D(200) and e.net_received == D(2351) and verdict["en-y14"] is False
    assert by["en-y12"].cost > 36 and verdict["en-y12"] is True
    assert verdict["en-y03"] is True and verdict["en-y11"] is None and by["en-y10"].cost is None
    assert verdict["en-y01"] is False and verdict["en-y06"] is False and verdict["en-y08"] is False


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = muller_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = muller_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    # fcr.main looks these names up in its module at call time
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_t, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
