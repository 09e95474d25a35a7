#!/usr/bin/env python3
"""Held-out batch R of the fresh phrasing corpus (tests/fresh/{zh,en}/*-w*): 20 Chinese and 14
English documents written for session 19 without reading the extractors, the rulesets, the locales
or the engine's tests, to measure whether the work on batches A-Q generalises.

    python3 scripts/fresh_corpus_r.py            # (re)write tests/fresh/{zh,en}/*-w* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_r.py --check    # recompute and diff the files against the committed ones

The renderers live in fresh_corpus_r_zh.py and fresh_corpus_r_en.py.

Parameters, arithmetic, the expected.json schema and the writers are those of fresh_corpus_q.py
(and through it of batches A-P): every cost is re-derived by the solvers of batches D-Q; this batch
adds a fourteenth, `chandrupatla_rate` (Chandrupatla 1997: inverse quadratic interpolation on the
bracket's three points when the points pass his validity test, bisection otherwise; exact
fractions rounded to 50 digits, the discount factors built by repeated multiplication, each
product rounded to 60 digits), which re-solves every multi-payment cost.

Two documents are PNG images, as a borrower's screenshot would be (zh-w02, en-w04): the text is set
as a PDF page by batch A's writer and rendered by `pdftoppm -r 150 -png`. As in batches P and Q,
`files` lists the .txt and then the .png (the suite wants the text form first).

The TEXTS are new, one renderer per document, on products the corpus did not have. Chinese: a
有追索权保理 contract (docx, not a consumer loan); a borrowing app's 借款成功 page, 日利率0.04%（年化
14.6%）with six monthly instalments (PNG); a car-insurance premium paid in 12 parts through a
consumer-finance firm (per-period 手续费); a rural bank's household 光伏贷 paid to the installer
(受托支付, PDF); a farm-machinery loan slip repaid by quarter in equal principal; a 存单质押 loan
repaid in one sum; a 信用卡代还 app page whose 服务费 makes the cost exceed 36% (HTML); a gym's prepaid
card and a bank's 理财 product sheet (PDF) (non-loans); a village 互助资金 loan with a 资金占用费; a
赎楼垫资 bridge advance at 0.1% a day (PDF); a 创业担保贷款 with interest each quarter and a subsidy
paid apart (PDF); a Malaysian licensed moneylender's note in Chinese (ringgit, out of scope); a trust
company's consumer loan with a guarantee fee paid in cash on the payout day; a developer's 首付分期;
a factory worker's loan repaid every two weeks, its plan under a two-row merged header (PDF); a
bank's study-abroad loan of "12.6万元" with dates written 2025.3.8; a loan from an uncle at 月息1.5分
dated "25年4月16日"; a credit card's car-purchase instalment whose 手续费总额 contradicts the
per-period fee; an income-tax 专项附加扣除 form naming a mortgage (non-loan).
English: a UK home-credit (doorstep) loan with weekly collections; a Texas precomputed loan with a
Rule of 78s rebate (PDF); a HELOC early disclosure (open-end, no loan made: other); a BNPL 6-month
plan with interest as a phone screen (PNG); a credit-card statement with a cash advance (HTML,
other); a Florida boat dealer's marine RISC with a documentation fee paid in cash; a layaway ticket
(other); a Canadian federal student-loan repayment schedule at 0%; a Florida timeshare note with
clauses in Roman numerals (PDF); a South African small credit quotation (out of scope); an FTC
Notice to Cosigner (other); a New York hospital's interest-free payment plan; an Illinois signature
loan whose box prints a payment with two digits swapped (PDF); a New York debt-consolidation loan
paid to three card issuers, printed in two columns (PDF).

Measured at the branch point (branch batchr from 09e3b0d; the lead's debug binary of main at
09e3b0d copied to /tmp/ll-r-base, before any fix), with `scripts/accuracy.py --only zh-w --only
en-w`, after every text and expected value was committed (9abdebb): 82.0% of the compared fields
right (zh 86.6%, en 75.3%); the 79 misses, plus two format-parity differences the suite reports
(en-w05's HTML and en-w09's PDF read other figures than their text twins), are the 81 lines of
tests/fresh/KNOWN_GAPS.tsv for -w. The worktree's own build gives the same misses in
`cargo test --test suite fresh_corpus::`.

    field                     zh              en             all
    doc kind        23/28  82.1%    13/20  65.0%    36/48  75.0%
    principal       23/28  82.1%    13/20  65.0%    36/48  75.0%
    received        17/22  77.3%     7/15  46.7%    24/37  64.9%
    term            21/22  95.5%    15/15 100.0%    36/37  97.3%
    method          19/22  86.4%    13/15  86.7%    32/37  86.5%
    count           20/22  90.9%    14/15  93.3%    34/37  91.9%
    rate            15/18  83.3%    11/13  84.6%    26/31  83.9%
    fees            21/22  95.5%    12/15  80.0%    33/37  89.2%
    APR±tol         22/27  81.5%    11/19  57.9%    33/46  71.7%
    violation       26/27  96.3%    10/14  71.4%    36/41  87.8%
    date            18/22  81.8%    13/15  86.7%    31/37  83.8%
    conflict          1/1 100.0%      2/2 100.0%      3/3 100.0%
    all fields    226/261  86.6%  134/178  75.3%  360/439  82.0%

The lead's decision after session 21's review (the expected files changed accordingly): en-w08
(headed REPAYMENT SCHEDULE, a servicer's schedule of a consolidated loan, no promise or signature)
and en-w14 (titled "Debt Consolidation Loan — Disclosure", a Truth in Lending box and the payoff
list, no promise or signature) state the terms of a loan made elsewhere: loan_disclosure, as
en-x11 in batch S. Their writer had set no kind, so the default applied.

The lead's ruling (session 24): a credit account's periodic statement is loan_disclosure (as
session 23 ruled for statements, and as tests/document_kind_m.rs has it for a mortgage statement):
en-w05's expected kind changed from other to that; no loan figures are expected of it.

Decisions (said here so that they can be argued with):
* zh-w03 / zh-w07 / zh-w19: the premium, the card bill and the car price are paid by the lender
  to a third party: the whole amount is the principal and the borrower "receives" it.
* zh-w07: 2.2% a month of 服务费 on a 3-month 代还 is above 36% all-in (141号 [S]).
* zh-w10: a village mutual-aid fund is not a licensed lender: judged as a private loan (6% <= 4 x
  LPR 3.10%).
* zh-w11: a company's bridge advance at 0.1% a day = 36.5% a year > 4 x LPR 3.00% (Art. 25 [C]).
* zh-w12: the interest subsidy is paid to the borrower apart and does not lower what the contract
  makes him pay: the cost is the 3.45%.
* zh-w13 (Malaysia) and en-w10 (South Africa): out of scope: no cost, no verdict.
* zh-w14: a trust loan with a guarantee fee paid in cash on the payout day: the fee lowers the net
  advance (at_disbursement); all-in between 24% and 36%: a warning, not a violation.
* zh-w15: a 首付分期 by a developer's company is private lending: 13.2% > 4 x LPR 3.00% (Art. 25 [C]);
  the housing-credit policy that bans down-payment loans is not in the reference and is not cited.
* zh-w18: 月息1.5分 = 18% > 4 x LPR 3.10% = 12.4% (Art. 25 [C]).
* en-w01: home credit is outside the HCSTC definition (legal.md, FCA price cap page [C]); no other
  UK price cap: lawful.
* en-w04: PLPA 36% [C]: 29.99% is below it (whether a bank partner is exempt does not matter here).
* en-w06 / en-w02 / en-w09: Florida and Texas are not covered by the reference: null.
* en-w08: a Canadian loan at 0%: below the 35% criminal rate [S]; the APR is 0.
* en-w12: no charge at all: 0% <= New York's 16%.
* en-w13: the box's payment has two digits swapped; the note's body and the APR agree with each
  other (the inconsistency is expected as a finding, not compared).

Noticed after measuring, left unchanged (no text or expected value was edited after the run):
* en-w04: the screen states no purchase date (only the schedule's dates): its expected
  contract_date 2025-05-14 cannot be read from the document; a mistake of this batch. The lead
  dropped it from the expected file (opts date_unstated) and from KNOWN_GAPS.
* zh-w17: the notice is dated 2025.3.6 and the money goes out on 2025.3.8; the expected
  contract_date is the notice's date (loanlint reads the payout date): arguable either way.

Decisions (session 23), under the lead's ruling of session 23: an app / H5 page or slip that
  records a CONCLUDED loan's own terms (借款详情, 借款成功, 借款记录详情, 借款服务确认页 after
  payout, an order placed on instalments) is the borrower's record of the agreement:
  loan_contract. Pre-contract pages, notices sent about a loan and bare repayment schedules stay
  loan_disclosure.
* zh-w02 (借款成功: the money is in the borrower's card, with the loan's terms and plan):
  relabelled loan_disclosure -> loan_contract.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs` and
are asserted in `check_expectations`. Needs Python >= 3.11, reportlab + WenQuanYi Micro Hei for the
PDFs and poppler's pdftoppm for the PNGs.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_c as fcc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_n as fcn  # noqa: E402
import fresh_corpus_p as fcp  # noqa: E402
import fresh_corpus_q as fcq  # noqa: E402
import fresh_corpus_r_en as en  # noqa: E402
import fresh_corpus_r_zh as zh  # noqa: E402
from fresh_corpus import D, Fee, Spec  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_k import UPFRONT_EN  # noqa: E402

date = dt.date
DIGITS = 10**50
FINE = 10**60


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Chandrupatla's method in fractions
# ---------------------------------------------------------------------------------------------


def chandrupatla_root(f, a: Fraction, b: Fraction, eps: Fraction = Fraction(1, 10**40)) -> Fraction:
    """A root of f in [a, b] (f(a), f(b) of opposite signs) by Chandrupatla's method (1997): the
    next point is the inverse quadratic through the three last points when xi and phi pass his
    test (phi^2 < xi and (1 - phi)^2 < 1 - xi), the bracket's midpoint otherwise."""
    fa, fb = f(a), f(b)
    assert fa * fb < 0, (a, b)
    c, fc = a, fa
    t = Fraction(1, 2)
    for _ in range(500):
        xt = Fraction(round((a + t * (b - a)) * DIGITS), DIGITS)
        ft = f(xt)
        if (ft > 0) == (fa > 0):
            c, fc = a, fa
        else:
            c, fc, b, fb = b, fb, a, fa
        a, fa = xt, ft
        xm, fm = (a, fa) if abs(fa) < abs(fb) else (b, fb)
        if fm == 0:
            return xm
        tlim = eps / abs(b - c)
        if tlim > Fraction(1, 2):
            return xm
        xi = (a - b) / (c - b)
        phi = (fa - fb) / (fc - fb)
        if phi * phi < xi and (1 - phi) ** 2 < 1 - xi:
            t = fa / (fb - fa) * fc / (fb - fc) + (c - a) / (b - a) * fa / (fc - fa) * fb / (fc - fb)
        else:
            t = Fraction(1, 2)
        t = min(1 - tlim, max(tlim, t))
    raise AssertionError("Chandrupatla did not converge")


def chandrupatla_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """Periodic i with advance = sum p_k v^k, v = 1/(1+i), v^k built as v^(k-1) x v."""
    adv = Fraction(advance)
    pays = [Fraction(p) for p in payments]

    def npv(i: Fraction) -> Fraction:
        v = Fraction(round(FINE / (1 + i)), FINE)
        total, vk = Fraction(0), Fraction(1)
        for p in pays:
            vk = Fraction(round(vk * v * FINE), FINE)
            total += p * vk
        return total - adv

    return chandrupatla_root(npv, Fraction(-1, 2), Fraction(30))


def chandrupatla_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = chandrupatla_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, s.cost, float(other))


def compute_r(s: Spec) -> None:
    if s.apr_method == "eu-aprc" and s.freq != "month":
        # batch D's Newton check knows only monthly APRCs: a weekly one (en-w01) is checked by the
        # bisection of fresh_corpus.compute and by this batch's solver alone
        fc.compute(s)
    else:
        fcq.compute_q(s)
    chandrupatla_check(s)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * zh-w02: 0.04% x 365 = 14.6% a year, 14.6 / 12 = 1.216667% a month.
# * zh-w03: 6,000 / 12 = 500 + 6,000 x 0.5% = 30 -> 530 a month, 360 of fees.
# * zh-w05: 160,000 / 8 = 20,000 a quarter; first interest 160,000 x 6.5% / 4 = 2,600, last
#   20,000 x 6.5% / 4 = 325.
# * zh-w06: 50,000 x 3.1% x 6 / 12 = 775.
# * zh-w07: 5,000 / 3 = 1,666.67 (the last 1,666.66) + 5,000 x 2.2% = 110 -> 1,776.67; 6.6% of fees
#   in 3 months on a balance averaging 3,333 = about 6.6 / 3,333 x 5,000 / 2 months... : the IRR a
#   month is above 3.3%, so above 39% a year.
# * zh-w10: 10,000 x 6% = 600.
# * zh-w11: 500,000 x 0.1% x 15 = 7,500; 0.1% x 365 = 36.5% > 12%.
# * zh-w12: 200,000 x 3.45% / 4 = 1,725 a quarter.
# * zh-w14: 30,000 - 900 = 29,100 net.
# * zh-w16: 18.2% / 26 = 0.7% a fortnight; 6,000 x 0.007 = 42 of interest in the first period.
# * zh-w18: 60,000 x 1.5% = 900 a month; 18% > 4 x 3.10% = 12.4%.
# * zh-w19: 100,000 / 36 = 2,777.78 (x 35 = 97,222.30, the last 2,777.70) + 250 = 3,027.78;
#   250 x 36 = 9,000, the box says 9,900.
# * en-w01: 260 / 26 = 10 + 260 x 156% / 52 = 7.80 -> 17.80 a week; 462.80 payable, 202.80 charge.
# * en-w02: 3,000 x 12% x 2 = 720 add-on; 3,720 / 24 = 155.00.
# * en-w06: 45,000 - 495 paid in cash: 44,505 net.
# * en-w08: 18,000 / 120 = 150.00, no interest: APR 0.
# * en-w12: 2,400 / 12 = 200.00.
# * en-w14: 15,000 x 3% = 450 withheld: 14,550 to the creditors (6,180 + 4,915 + 3,455).

ZH_FEE = ["service", "consulting", "handling", "management", "other"]
NONE_US = "state law not covered by the reference"


def specs() -> list[Spec]:
    return [
        c("zh-w01-recourse-factoring-receivables-contract-not-a-loan", zh.w01_blocks, "docx", **OTHER,
          notes=["a business's receivable sold to a factor: not consumer credit"]),
        c("zh-w02-borrowing-app-success-page-daily-rate-annualised-six-months-screenshot", zh.w02, principal=D(8000),
          method="equal_installment", n=6, term_months=6, rate_value=D("0.04"), rate_per="day",
          contract_date=date(2025, 3, 18), start_date=date(2025, 3, 18), lender_type="consumer_finance",
          kind="loan_contract", opts={"png": True},
          notes=["日利率0.04% = 14.6% a year; six monthly annuity payments at 14.6 / 12 a month"]),
        c("zh-w03-car-insurance-premium-twelve-instalments-per-period-fee", zh.w03, principal=D(6000),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service", "other"], "per_period", percent=D("0.5"))],
          contract_date=date(2025, 5, 20), start_date=date(2025, 5, 20), lender_type="consumer_finance",
          notes=["the premium is paid to the insurer by the lender; 30 a month of 手续费, no interest"]),
        c("zh-w04-household-solar-loan-paid-to-installer-rural-bank", zh.w04, "pdf", principal=D(60000),
          method="equal_installment", n=60, term_months=60, rate_value=D("4.9"), contract_date=date(2025, 4, 22),
          start_date=date(2025, 4, 22), lender_type="bank",
          notes=["受托支付 to the installer: the borrower never holds the money, still the principal"]),
        c("zh-w05-farm-machinery-loan-slip-quarterly-equal-principal", zh.w05, principal=D(160000),
          method="equal_principal", n=8, freq="quarter", term_months=24, rate_value=D("6.5"),
          contract_date=date(2025, 3, 26), start_date=date(2025, 3, 26), lender_type="bank",
          notes=["20,000 of principal a quarter with interest on the balance"]),
        c("zh-w06-deposit-certificate-pledge-loan-one-payment", zh.w06, principal=D(50000), method="bullet",
          freq="single", n=1, term_months=6, rate_value=D("3.1"), contract_date=date(2025, 6, 5),
          start_date=date(2025, 6, 5), lender_type="bank", notes=["775 of interest with the principal after 6 months"]),
        c("zh-w07-credit-card-bill-repayment-service-app-fee-above-36-h5", zh.w07, "html", principal=D(5000),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=3, term_months=3,
          fees=[Fee("服务费", ["service", "handling", "other"], "per_period", percent=D("2.2"))],
          contract_date=date(2025, 7, 9), start_date=date(2025, 7, 9), lender_type="microloan", lender="东信小额贷款",
          kind="loan_disclosure", notes=["110 a month of 服务费 on a 5,000 card bill paid for the borrower"]),
        c("zh-w08-gym-prepaid-membership-card-not-a-loan", zh.w08, **OTHER,
          notes=["a prepaid card; the monthly option is not taken and charges nothing"]),
        c("zh-w09-bank-wealth-product-sheet-not-a-loan", zh.w09, "pdf", **OTHER,
          notes=["an investment product: the rates are returns, not a cost of credit"]),
        c("zh-w10-village-mutual-aid-fund-loan-occupancy-fee", zh.w10, principal=D(10000), method="bullet",
          freq="single", n=1, term_months=12, rate_value=D(6), contract_date=date(2025, 4, 10),
          start_date=date(2025, 4, 10), lender_type="company",
          notes=["资金占用费 6% a year = 600 with the principal after 12 months"]),
        c("zh-w11-house-sale-bridge-advance-daily-fee-above-four-lpr", zh.w11, "pdf", principal=D(500000),
          method="bullet", freq="single", n=1, term_days=15, rate_value=D("0.1"), rate_per="day",
          contract_date=date(2025, 6, 12), start_date=date(2025, 6, 12), lender_type="company",
          notes=["0.1% a day for 15 days = 7,500; 36.5% a year"]),
        c("zh-w12-startup-guaranteed-loan-quarterly-interest-subsidy-apart", zh.w12, "pdf", principal=D(200000),
          method="interest_only", n=8, freq="quarter", term_months=24, rate_value=D("3.45"),
          contract_date=date(2025, 5, 21), start_date=date(2025, 5, 21), lender_type="bank",
          notes=["1,725 of interest a quarter, the principal at the end; the subsidy is paid apart"]),
        c("zh-w13-malaysia-licensed-moneylender-note-chinese-out-of-scope", zh.w13, principal=D(5000),
          method="flat_rate", n=12, term_months=12, rate_value=D(18), currency="MYR", jurisdiction="MY",
          apr_method=None, contract_date=date(2025, 8, 2), start_date=date(2025, 8, 2),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="Malaysian law is outside the bundled rulesets",
          notes=["a Malaysian moneylender in ringgit: out of scope, no cost or verdict"]),
        c("zh-w14-trust-company-consumer-loan-guarantee-fee-paid-on-payout-day", zh.w14, principal=D(30000),
          method="equal_installment", n=12, term_months=12, rate_value=D("22.8"),
          fees=[Fee("担保费", ["guarantee", "service", "other"], "at_disbursement", amount=D(900))],
          contract_date=date(2025, 9, 9), start_date=date(2025, 9, 9), lender_type="trust",
          notes=["900 taken from another card on the payout day: net 29,100"]),
        c("zh-w15-developer-down-payment-instalment-loan-above-four-lpr", zh.w15, principal=D(120000),
          method="equal_installment", n=24, term_months=24, rate_value=D("13.2"), contract_date=date(2025, 7, 18),
          start_date=date(2025, 7, 18), lender_type="company",
          notes=["a down payment lent by the developer's company at 13.2%"]),
        c("zh-w16-factory-worker-loan-biweekly-merged-header-table", zh.w16, "pdf", principal=D(6000),
          method="equal_installment", n=12, freq="biweek", rate_value=D("18.2"), contract_date=date(2025, 8, 1),
          start_date=date(2025, 8, 1), lender_type="consumer_finance",
          notes=["12 fortnightly payments at 0.7% a fortnight"]),
        c("zh-w17-study-abroad-loan-wan-decimal-dot-dates", zh.w17, principal=D(126000),
          method="equal_installment", n=60, term_months=60, rate_value=D("4.35"), contract_date=date(2025, 3, 6),
          start_date=date(2025, 3, 8), lender_type="bank", kind="loan_disclosure",
          notes=["12.6万元 = 126,000 over 60 months at 4.35%"]),
        c("zh-w18-uncle-loan-monthly-one-and-half-fen-two-digit-year-dates", zh.w18, principal=D(60000),
          method="interest_only", n=6, term_months=6, rate_value=D("1.5"), rate_per="month",
          contract_date=date(2025, 4, 16), start_date=date(2025, 4, 16), lender_type="individual",
          notes=["月息1.5分 = 900 a month; 18% a year"]),
        c("zh-w19-card-car-purchase-instalment-fee-total-contradicts", zh.w19, principal=D(100000),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=36, term_months=36,
          fees=[Fee("分期手续费", ["handling", "service", "other"], "per_period", percent=D("0.25"))],
          contract_date=date(2025, 10, 11), start_date=date(2025, 10, 11), lender_type="bank",
          opts={"inconsistency": True},
          notes=["250 a month of 手续费 = 9,000; the box's 手续费总额 says 9,900"]),
        c("zh-w20-income-tax-mortgage-interest-deduction-form-not-a-loan", zh.w20, **OTHER,
          notes=["a tax form naming an existing mortgage: no terms of credit"]),
        # ------------------------------------------------------------------ English
        c("en-w01-uk-home-credit-weekly-doorstep-collections", en.e01, lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(260), method="flat_rate", n=26, freq="week",
          rate_value=D(156), contract_date=date(2025, 9, 26), start_date=date(2025, 10, 3),
          lender_type="licensed_nonbank", verdict=False,
          verdict_reason="home credit is outside the HCSTC price cap (legal.md, FCA price-cap page [C]); no other UK cap",
          notes=["17.80 a week for 26 weeks: 462.80 for 260"]),
        c("en-w02-texas-precomputed-loan-rule-of-78s-rebate", en.e02, "pdf", **USD, principal=D(3000),
          method="flat_rate", method_accept=["equal_installment"], n=24, term_months=24, rate_value=D(12),
          jurisdiction="US-TX", contract_date=date(2025, 6, 16), start_date=date(2025, 6, 16),
          lender_type="licensed_nonbank", notes=["12% add-on on 3,000 for 2 years = 720; 155 a month"]),
        c("en-w03-heloc-early-disclosure-open-end-not-a-loan", en.e03, lang="en", currency="USD", **OTHER,
          notes=["an early disclosure of a home-equity line: no loan is made, no figures of one"]),
        c("en-w04-bnpl-six-month-plan-with-interest-screenshot", en.e04, **USD, principal=D(900),
          method="equal_installment", n=6, term_months=6, rate_value=D("29.99"), jurisdiction="US-IL",
          contract_date=date(2025, 5, 14), start_date=date(2025, 5, 14), lender_type="bank",
          kind="loan_disclosure", opts={"png": True, "date_unstated": True},
          notes=["a 900 purchase over 6 months at 29.99%"]),
        c("en-w05-credit-card-statement-cash-advance-not-a-loan", en.e05, "html", lang="en", currency="USD", **{**OTHER, "kind": "loan_disclosure"},
          verdict=False, verdict_reason="a statement of an existing credit account: no lending rule is broken by it",
          notes=["a card statement: a cash advance on an open account, not a loan agreement"]),
        c("en-w06-florida-marine-risc-documentation-fee-paid-in-cash", en.e06, **USD, principal=D(45000),
          method="equal_installment", n=120, term_months=120, rate_value=D("8.99"), jurisdiction="US-FL",
          fees=[Fee("documentation fee", ["application", "handling", "other", "service"], "at_disbursement",
                    amount=D(495))],
          contract_date=date(2025, 4, 26), start_date=date(2025, 4, 26), lender_type="licensed_nonbank",
          notes=["495 paid in cash at signing: 44,505 net"]),
        c("en-w07-store-layaway-ticket-not-credit", en.e07, lang="en", currency="USD", **OTHER,
          notes=["layaway: the goods stay with the store until paid; no credit"]),
        c("en-w08-canada-student-loan-repayment-schedule-zero-interest", en.e08, lang="en", currency="CAD",
          apr_method="us-regz", jurisdiction="CA-ON", principal=D(18000), method="equal_installment", n=120,
          term_months=120, rate_value=D(0), contract_date=date(2025, 11, 30), start_date=date(2025, 11, 30),
          lender_type="government", disclose_apr=False, kind="loan_disclosure", notes=["150 a month, no interest"]),
        c("en-w09-florida-timeshare-purchase-money-note-roman-clauses", en.e09, "pdf", **USD, principal=D(21600),
          method="equal_installment", n=120, term_months=120, rate_value=D("15.99"), jurisdiction="US-FL",
          contract_date=date(2025, 2, 15), start_date=date(2025, 2, 15), lender_type="licensed_nonbank",
          notes=["24,000 - 2,400 deposit = 21,600 financed"]),
        c("en-w10-south-africa-small-credit-quotation-out-of-scope", en.e10, lang="en", currency="ZAR",
          apr_method=None, jurisdiction="ZA", principal=D(8000), method="equal_installment", n=12, term_months=12,
          rate_value=D("27.75"), fees=[Fee("monthly service fee", ["service", "management", "other"], "per_period", amount=D(69))],
          contract_date=date(2025, 10, 14), start_date=date(2025, 10, 14), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="South African law is outside the bundled rulesets",
          notes=["a South African small credit agreement: out of scope, no cost or verdict"]),
        c("en-w11-ftc-notice-to-cosigner-not-a-loan", en.e11, lang="en", currency="USD", **OTHER,
          notes=["the FTC cosigner notice; the loan itself is elsewhere"]),
        c("en-w12-new-york-hospital-interest-free-payment-plan", en.e12, **USD, principal=D(2400),
          method="equal_installment", n=12, term_months=12, rate_value=D(0), jurisdiction="US-NY",
          contract_date=date(2025, 7, 1), start_date=date(2025, 7, 1), lender_type="company", disclose_apr=False,
          notes=["200 a month, no charge"]),
        c("en-w13-illinois-signature-loan-box-payment-digits-swapped", en.e13, "pdf", **USD, principal=D(4000),
          method="equal_installment", n=24, term_months=24, rate_value=D("19.9"), jurisdiction="US-IL",
          contract_date=date(2025, 9, 3), start_date=date(2025, 9, 3), lender_type="licensed_nonbank",
          opts={"inconsistency": True}, notes=["the box's payment has two digits swapped"]),
        c("en-w14-new-york-debt-consolidation-paid-to-creditors-two-columns", en.e14, "pdf", **USD, principal=D(15000),
          method="equal_installment", n=48, term_months=48, rate_value=D("11.49"), jurisdiction="US-NY",
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", percent=D(3))],
          contract_date=date(2025, 8, 19), start_date=date(2025, 8, 19), lender_type="bank", kind="loan_disclosure",
          notes=["450 withheld; 14,550 paid to three card issuers"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-w02"]
    assert abs(z.cost - D("14.6")) < D("0.001"), z.cost  # the instalment is rounded to the fen
    z = by["zh-w03"]
    assert pay(z) == D(530) and sum(r["fees"] for r in z.rows) == D(360)
    z = by["zh-w05"]
    assert z.rows[0]["interest"] == D(2600) and z.rows[-1]["interest"] == D(325) and z.rows[0]["principal"] == D(20000)
    assert by["zh-w06"].rows[0]["interest"] == D(775) and verdict["zh-w06"] is False
    z = by["zh-w07"]
    assert pay(z) == D("1776.67") and z.rows[-1]["total"] == D("1776.66") and z.cost > 39 and verdict["zh-w07"] is True
    assert by["zh-w10"].rows[0]["interest"] == D(600) and verdict["zh-w10"] is False
    z = by["zh-w11"]
    assert z.rows[0]["interest"] == D(7500) and abs(z.cost - D("36.5")) < D("1e-9") and verdict["zh-w11"] is True
    assert by["zh-w12"].rows[0]["interest"] == D(1725) and verdict["zh-w12"] is False
    z = by["zh-w14"]
    assert z.net_received == D(29100) and 24 < z.cost < 36 and verdict["zh-w14"] is False
    assert verdict["zh-w15"] is True and verdict["zh-w18"] is True
    assert by["zh-w16"].rows[0]["interest"] == D(42)
    assert by["zh-w18"].rows[0]["interest"] == D(900)
    z = by["zh-w19"]
    assert pay(z) == D("3027.78") and z.rows[-1]["principal"] == D("2777.70")
    e = by["en-w01"]
    assert pay(e) == D("17.80") and total_repaid(e) == D("462.80") and total_interest(e) == D("202.80")
    assert pay(by["en-w02"]) == D(155) and verdict["en-w02"] is None
    assert by["en-w06"].net_received == D(44505)
    e = by["en-w08"]
    assert pay(e) == D(150) and abs(e.cost) < D("1e-9") and e.verdict is False
    assert pay(by["en-w12"]) == D(200) and verdict["en-w12"] is False
    e = by["en-w14"]
    assert e.received == D(14550) and verdict["en-w14"] is False
    assert verdict["en-w04"] is False and verdict["en-w13"] is False
    assert by["zh-w13"].cost is None and by["en-w10"].cost is None


def main() -> int:
    check = "--check" in sys.argv
    fcn.selftest()
    pboc = chandrupatla_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = chandrupatla_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    fcc.specs, fcc.expected, fcc.compute = specs, fce.expected_e, compute_r
    fcc.canada_verdict = fcn.canada_verdict_n
    texts, binaries, all_specs = fcc.build()
    check_expectations(all_specs)
    pngs: dict[Path, str] = {}
    for s in (s for s in all_specs if s.opts.get("png")):
        base = fc.OUT / s.lang / s.name
        pngs[base.parent / f"{s.name}.png"] = texts[base.with_suffix(".txt")]
        exp_path = base.parent / f"{s.name}.expected.json"
        exp = json.loads(texts[exp_path])
        exp["files"] = [f"{s.name}.txt", f"{s.name}.png"]  # the suite wants the text form first
        exp["notes"].append("a screenshot: the text is set as a PDF page and rendered by pdftoppm -r 150")
        if s.opts.get("date_unstated"):
            # The lead's correction after the first reading (the writer's own mistake, reported
            # before any fix): the screen states no purchase date, so none is expected.
            del exp["terms"]["contract_date"]
            exp["notes"].append("the screen states no purchase date: contract_date is not compared")
        texts[exp_path] = json.dumps(exp, ensure_ascii=False, indent=2) + "\n"
    stale = [p for p, content in sorted(texts.items()) if not p.is_file() or p.read_text(encoding="utf-8") != content]
    stale += [p for p, content in sorted(binaries.items()) if not p.is_file() or p.read_bytes() != content]
    stale += [p for p in pngs if not p.is_file()]
    for path in stale:
        if check:
            print(f"differs: {path.relative_to(fc.ROOT)}")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if path in binaries:
            path.write_bytes(binaries[path])
        elif path in texts:
            path.write_text(texts[path], encoding="utf-8")
    if not check:
        for s in (s for s in all_specs if s.pdf):
            fc.write_pdf(texts[(fc.OUT / s.lang / s.name).with_suffix(".txt")], fc.OUT / s.lang / f"{s.name}.pdf", s.lang == "zh")
        for path, text in pngs.items():
            path.write_bytes(fcp.png_bytes(text, path.parent.name == "zh"))
    print(f"{len(texts) + len(binaries) + len(pngs)} files, {len(stale)} {'differ' if check else 'rewritten'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
