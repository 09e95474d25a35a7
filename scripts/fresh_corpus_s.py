#!/usr/bin/env python3
"""Held-out batch S of the fresh phrasing corpus (tests/fresh/{zh,en}/*-x*): 20 Chinese and 14
English documents written for session 20 without reading the extractors, the rulesets, the locales
or the engine's tests, to measure whether the work on batches A-R generalises.

    python3 scripts/fresh_corpus_s.py            # (re)write tests/fresh/{zh,en}/*-x* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_s.py --check    # recompute and diff the files against the committed ones

The renderers live in fresh_corpus_s_zh.py and fresh_corpus_s_en.py.

Parameters, arithmetic, the expected.json schema and the writers are those of fresh_corpus_r.py
(and through it of batches A-Q): every cost is re-derived by the solvers of batches D-R; this batch
adds a fifteenth, `ridders_rate` (Ridders 1979: from a bracket [a, b] and its midpoint m, the
exponential-corrected false position x = m + (m - a) sign(f(a) - f(b)) f(m) / sqrt(f(m)^2 - f(a) f(b)),
the square root taken in exact fractions by Newton's method on integers at 10^-50; each discount
factor computed as (1 + i)^-k by exact fraction powers, rounded to 60 digits), which re-solves
every multi-payment cost.

Two documents are PNG images, as a borrower's screenshot would be (zh-x08, en-x08): the text is set
as a PDF page by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists the .txt
and then the .png (the suite wants the text form first).

The TEXTS are new, one renderer per document, on products and wordings the corpus did not have.
Chinese: an e-bike shop's instalment slip with the rate 每千元每日0.5元; a microloan repaid "随月结清当月
利息，本金于借款期间届满之日清偿" (interest-first in new words, PDF); a three-month 周转 loan with a 2%
service fee paid at maturity (H5); a 账户激活费 kept out of the payout (砍头息 by another name); an SMS
for a pet hospital bill in six parts with a per-period fee; a loan between classmates with every date
in 二〇二四年 numerals; a microloan 要素表 in two printed columns, 等本等费 (PDF); a driving school's
tuition instalment screen (PNG); an SMS loan at 每千元每天1.2元 for 60 days (above 36%); a carrier's
合约购机 contract (not a loan); a Japanese consumer-finance contract in Chinese translation (yen, out
of scope); a bank 气球贷 (payments figured over 120 months, the rest after 36); an IOU whose rate is
lawful but whose overdue charge is 千分之五 a day; a small-business owner's bank loan with a guarantee
company's fee paid apart on the payout day (DOCX); a 风险评估费 paid by QR code to a third party on
the payout day that puts the all-in cost above 36%; an H5 confirm page where a 7折利率券 lowers the
daily rate; a motorcycle instalment contract in two printed columns, equal principal (PDF); a
personal-information authorisation (not a loan); a bank loan repaid in equal quarterly instalments
with dates in Chinese numerals (PDF); a private loan at 每百元每月壹元伍角 (18%, above 4 x LPR).
English: an Illinois 90-day single-payment loan with interest "per diem"; a New York online loan with
52 biweekly payments at 26.5% (above 25%); a UK PCP with an optional final (balloon) payment (PDF);
an Illinois single-payment car title loan (300%); a New York insurance premium finance agreement; a
carrier's device payment agreement at 0% (HTML); a Texas piano dealer's retail installment contract
(PDF); a personal-loan offer screen with an autopay-discounted rate (PNG); an SMS of an Illinois loan
at 35.5% (just under 36%); a utility budget-billing plan (not credit); a Philippine lending company's
disclosure statement (out of scope); a New York hearing-aid financing agreement (PDF); an Illinois
credit union car loan paid every other Friday; a chat transcript of an Illinois loan whose
origination fee is kept back (above 36%).

Measured at the branch point (branch batchs from abba7b7; the worktree's own release build, before
any fix), with `scripts/accuracy.py --only zh-x --only en-x`, after every text and expected value was
committed (6f94b3e): 79.3% of the compared fields right (zh 79.8%, en 78.6%); the 100 misses are the
-x lines of tests/fresh/KNOWN_GAPS.tsv (with any format-parity lines the suite asks for).

    field                     zh              en             all
    doc kind        21/28  75.0%    12/19  63.2%    33/47  70.2%
    principal       22/28  78.6%    17/19  89.5%    39/47  83.0%
    received        21/26  80.8%    16/18  88.9%    37/44  84.1%
    term            21/26  80.8%    11/18  61.1%    32/44  72.7%
    method          19/26  73.1%    13/18  72.2%    32/44  72.7%
    count           19/26  73.1%    10/18  55.6%    29/44  65.9%
    rate            19/21  90.5%    12/16  75.0%    31/37  83.8%
    fees            20/26  76.9%    18/18 100.0%    38/44  86.4%
    APR±tol         18/27  66.7%    13/18  72.2%    31/45  68.9%
    violation       25/27  92.6%    14/16  87.5%    39/43  90.7%
    date            24/26  92.3%    18/18 100.0%    42/44  95.5%
    conflict                   -               -               -
    all fields    229/287  79.8%  154/196  78.6%  383/483  79.3%

Misses by class at the first reading (the verdicts first):
* false violation: en-x13 (a credit union's voluntary payroll deduction read as a wage assignment,
  us-ftc-wage-assignment).
* missed violations: en-x14 (origination fee kept back in a chat transcript: all-in 47.8% > 36%),
  zh-x13 (overdue 千分之五 a day not judged), zh-x20 (每百元每月壹元伍角 read as 1% a month).
* APR off: zh-x02 (402%: the interest-only plan not seen), zh-x07 (0: the 等本等费 fee missed and
  the principal read as the 11,140 total), zh-x20 (12% for 18%).
* no APR: zh-x01 (count/term from the plan rows not read), zh-x05 (SMS), zh-x08 (screen), en-x06
  (device payment page), en-x08 (offer screen), en-x09 (SMS).
* the rest: document kinds (confirm pages, SMS, chat), zh-x11's yen read as CNY, fee kinds.

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* en-x11: the document is titled "DISCLOSURE STATEMENT ON LOAN TRANSACTION": loan_disclosure (what
  loanlint says) is at least as good a reading as the expected loan_contract; likely this batch's
  mistake. en-x02 ("Installment Loan Agreement and Truth in Lending Disclosure") and en-x01 are
  agreements; loanlint says loan_disclosure.
* zh-x15: loanlint reads the 评估费 as application / upfront_paid; the expected kinds (service,
  consulting, other, handling) leave out "application", which is a fair reading of an assessment
  fee; the amount and the payout-day timing agree.
* en-x13: "by payroll deduction" with a credit union is a voluntary payroll deduction, not the
  irrevocable wage assignment the FTC Credit Practices Rule bans: the expected false stands, but the
  text does not say "revocable" either.

The lead's decisions on the two points above (after the run, before any fix; the expected files
changed accordingly): en-x11 is a disclosure statement (R.A. 3765 requires it apart from the
promissory note): loan_disclosure. zh-x15's 评估费 (a credit assessment as a condition of the loan)
may also be read as an application/underwriting fee: "application" added to its accepted kinds.
en-x02 and en-x01 stay agreements.

Decisions (said here so that they can be argued with):
* zh-x01 / zh-x05 / zh-x08 / zh-x17 / en-x12: the goods or services are paid for by the lender to
  the seller: the whole amount is the principal and the borrower "receives" it.
* zh-x01: 每千元每日0.5元 = 0.05% a day = 18.25% a year; the instalments are an annuity at 18.25 / 12.
* zh-x02: a microloan at 月利率1.2% = 14.4%, interest_only: all-in <= 24%.
* zh-x03: interest 12% x 3/12 = 3% + a 2% service fee at maturity: 5% in a quarter = 20% a year.
* zh-x04: a fee kept out of the payout by a licensed lender: a violation (141号 [S]) whatever the cost.
* zh-x06 / zh-x13 / zh-x20: loans between individuals: 4 x LPR. zh-x06 8% <= 12.4% (LPR 3.10% on
  2024-11-05); zh-x13 10% <= 12.4% but 千分之五 a day of overdue charge = 182.5% > 4 x LPR (Art. 28/29
  [C]); zh-x20 1.5 yuan per 100 yuan a month = 18% > 12%.
* zh-x07: no interest, only a 综合服务费 each period of 0.95% of the original principal: fees count in
  the all-in cost (about 20.4%): lawful but the method is flat_rate (equal principal + equal fee).
* zh-x09: 每千元每天1.2元 = 0.12% a day = 43.8% a year > 36% (141号 [S]): a violation.
* zh-x11 (Japan) and en-x11 (Philippines): out of scope: no cost, no verdict.
* zh-x12: the 气球贷's instalment is the 120-month annuity; the 36th payment carries the rest: the
  IRR is the 4.2% (cents aside). The method is equal_installment (also accepted: other).
* zh-x14: the guarantee fee is paid apart on the payout day to the guarantor: at_disbursement,
  lowering the net advance; all-in about 8.3%.
* zh-x15: the 评估费 is paid to a "cooperating" third party on the payout day as a condition of the
  loan: at_disbursement, counted in the all-in cost: above 36% -> violation (141号 [S]). Whether it
  is also a disguised 砍头息 is not needed for the verdict.
* zh-x16: the coupon's rate (0.035% a day, 12.775% a year) is the rate of this loan; the
  crossed-out 0.05% is not.
* zh-x19: quarterly equal instalments: freq quarter, n 8.
* en-x01 / en-x04 / en-x09 / en-x13 / en-x14: Illinois PLPA 36% [C]: en-x04 300% and en-x14 (a
  75 fee kept back of 1,000) about 47% are violations; en-x09 35.5% is lawful.
* en-x02: 26.5% > New York's 25% criminal usury rate [C]: a violation.
* en-x03: a PCP is UK regulated credit but not high-cost short-term: no price cap (legal.md [C]).
* en-x05: a premium finance agreement is credit: the down payment is paid apart to the insurer and
  is not part of the amount financed; 11.25% <= New York's 16%.
* en-x06: a device payment agreement at 0% is closed-end credit with no charge: lawful (NY).
* en-x07: Texas is not covered by the reference: null.
* en-x08: the offer's rate is the autopay rate (the payment is figured on it); NY <= 16%.
* en-x10: a budget-billing plan is not credit (other).

Decisions (session 23), under the lead's ruling of session 23: an app / H5 page or slip that
  records a CONCLUDED loan's own terms (借款详情, 借款成功, 借款记录详情, 借款服务确认页 after
  payout, an order placed on instalments) is the borrower's record of the agreement:
  loan_contract. Pre-contract pages, notices sent about a loan and bare repayment schedules stay
  loan_disclosure.
* zh-x15 (借款服务确认函 dated the payout day that records the 5,000 paid out to the borrower's card,
  with the term, rate, instalments and first due date): relabelled loan_disclosure ->
  loan_contract. (zh-v19 of batch Q, a letter that the loan is approved with the payout still to
  come, stays loan_disclosure.)

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
import fresh_corpus_s_en as en  # noqa: E402
import fresh_corpus_s_zh as zh  # noqa: E402
from fresh_corpus import D, Fee, Spec  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_k import UPFRONT_EN  # noqa: E402

date = dt.date
FINE = 10**60
ROOT_EPS = Fraction(1, 10**50)


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Ridders' method in fractions
# ---------------------------------------------------------------------------------------------


def frac_sqrt(x: Fraction) -> Fraction:
    """sqrt(x) to 10^-50 in exact arithmetic: the integer square root of x scaled by 10^100."""
    assert x >= 0
    scaled = x.numerator * 10**100 // x.denominator
    r = 1 << ((scaled.bit_length() + 1) // 2)
    while True:  # Newton on integers, decreasing to floor(sqrt(scaled))
        nxt = (r + scaled // r) // 2
        if nxt >= r:
            break
        r = nxt
    return Fraction(r, 10**50)


def ridders_root(f, a: Fraction, b: Fraction) -> Fraction:
    """A root of f in [a, b] (f(a), f(b) of opposite signs) by Ridders' method."""
    fa, fb = f(a), f(b)
    assert fa * fb < 0, (a, b)
    for _ in range(300):
        m = (a + b) / 2
        fm = f(m)
        if fm == 0:
            return m
        s = frac_sqrt(fm * fm - fa * fb)
        sign = 1 if fa > fb else -1
        x = Fraction(round((m + (m - a) * sign * fm / s) * 10**50), 10**50)
        fx = f(x)
        if fx == 0:
            return x
        if (fm > 0) != (fx > 0):
            a, fa, b, fb = m, fm, x, fx
        elif (fa > 0) != (fx > 0):
            b, fb = x, fx
        else:
            a, fa = x, fx
        if a > b:
            a, fa, b, fb = b, fb, a, fa
        if b - a < ROOT_EPS:
            return (a + b) / 2
    raise AssertionError("Ridders did not converge")


def ridders_rate(advance: Decimal, payments: list[Decimal]) -> Fraction:
    """Periodic i with advance = sum p_k (1 + i)^-k."""
    adv = Fraction(advance)
    pays = [Fraction(p) for p in payments]

    def npv(i: Fraction) -> Fraction:
        base = 1 + i
        return sum((p * Fraction(round(FINE / base**k), FINE) for k, p in enumerate(pays, 1)), Fraction(0)) - adv

    return ridders_root(npv, Fraction(-1, 2), Fraction(5))


R_COMPUTE = fcr.compute_r  # kept before main() puts compute_s in its place


def ridders_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = ridders_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(Fraction(s.cost) - other) < Fraction(1, 10**6), (s.name, s.cost, float(other))


def compute_s(s: Spec) -> None:
    R_COMPUTE(s)  # batch R's compute: the solvers of batches A-R, Chandrupatla's last
    ridders_check(s)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * zh-x01: 0.50 yuan per 1,000 a day = 0.05% a day; x 365 = 18.25% a year.
# * zh-x02: 50,000 x 1.2% = 600 a month; 12 months: 7,200 of interest.
# * zh-x03: 100,000 x 12% x 3 / 12 = 3,000 + 2,000 fee = 5,000 -> 105,000; 5% / 0.25 yr = 20%.
# * zh-x04: 20,000 - 1,600 = 18,400 arrives.
# * zh-x05: 4,800 / 6 = 800 + 4,800 x 0.75% = 36 -> 836 a month, 5,016 in all.
# * zh-x06: 30,000 x 8% = 2,400; 32,400 in all; 8% <= 4 x 3.10% = 12.4%.
# * zh-x07: 10,000 / 12 = 833.33 (x 11 = 9,166.63, the last 833.37) + 95 -> 928.33; 1,140 of fees.
# * zh-x08: 4,800 / 12 = 400 + 4,800 x 0.7% = 33.60 -> 433.60.
# * zh-x09: 2,000 x 0.12% x 60 = 144; 0.12% x 365 = 43.8% > 36%.
# * zh-x13: 50,000 x 10% = 5,000; 0.5% x 365 = 182.5% of overdue charge > 12.4%.
# * zh-x14: 100,000 x 1.5% = 1,500 paid apart: 98,500 net.
# * zh-x15: 5,000 - 600 = 4,400 net; 12 instalments of about 472.6 = 5,671 for 4,400 -> above 36%.
# * zh-x16: 0.035% = 0.05% x 0.7; x 365 = 12.775%.
# * zh-x17: 9,800 / 24 = 408.33; first interest 9,800 x 9.6% / 12 = 78.40.
# * zh-x20: 1.5 per 100 a month = 1.5% = 18% a year; 20,000 x 1.5% = 300 a month.
# * en-x01: 1,825 x 10% / 365 = 0.50 per diem; x 90 = 45.00.
# * en-x04: 800 x 25% = 200; 200 / 800 x 12 = 300%.
# * en-x06: 1,080 / 36 = 30.00, no charge.
# * en-x14: 1,000 - 75 = 925 paid out.

ZH_FEE = ["service", "consulting", "handling", "management", "other"]


def specs() -> list[Spec]:
    return [
        c("zh-x01-ebike-shop-instalment-rate-per-thousand-yuan-per-day", zh.x01, principal=D(3600),
          method="equal_installment", n=12, term_months=12, rate_value=D("0.05"), rate_per="day",
          contract_date=date(2025, 8, 9), start_date=date(2025, 8, 9), lender_type="consumer_finance",
          notes=["每千元每日0.5元 = 0.05% a day = 18.25% a year; 12 monthly annuity payments"]),
        c("zh-x02-microloan-interest-monthly-principal-at-term-end-new-words", zh.x02, "pdf", principal=D(50000),
          method="interest_only", n=12, term_months=12, rate_value=D("1.2"), rate_per="month",
          contract_date=date(2025, 6, 28), start_date=date(2025, 6, 28), lender_type="microloan",
          notes=["600 of interest a month, the principal with the 12th"]),
        c("zh-x03-turnover-loan-h5-bullet-service-fee-at-maturity", zh.x03, "html", principal=D(100000),
          method="bullet", freq="single", n=1, term_months=3, rate_value=D(12),
          fees=[Fee("服务费", ZH_FEE, "at_maturity", percent=D(2))], contract_date=date(2025, 10, 15),
          start_date=date(2025, 10, 15), lender_type="microloan", kind="loan_disclosure",
          notes=["3,000 of interest + 2,000 fee at the end of 3 months"]),
        c("zh-x04-account-activation-fee-kept-from-payout", zh.x04, principal=D(20000), method="equal_installment",
          n=12, term_months=12, rate_value=D("15.6"),
          fees=[Fee("账户激活费", ZH_FEE, "upfront_deducted", amount=D(1600))], contract_date=date(2025, 9, 15),
          start_date=date(2025, 9, 15), lender_type="microloan", notes=["1,600 kept out: 18,400 arrives"]),
        c("zh-x05-pet-hospital-bill-six-part-sms-per-period-fee", zh.x05, principal=D(4800), method="flat_rate",
          method_accept=["equal_principal", "equal_installment"], n=6, term_months=6,
          fees=[Fee("手续费", ["handling", "service", "other"], "per_period", percent=D("0.75"))],
          contract_date=date(2025, 10, 20), start_date=date(2025, 10, 20), lender_type="consumer_finance",
          kind="loan_disclosure", notes=["800 + 36 a month, no interest"]),
        c("zh-x06-classmates-loan-chinese-numeral-dates-2024-bullet", zh.x06, principal=D(30000), method="bullet",
          freq="single", n=1, term_months=12, rate_value=D(8), contract_date=date(2024, 11, 5),
          start_date=date(2024, 11, 5), lender_type="individual", notes=["百分之八 a year, 2,400 with the principal"]),
        c("zh-x07-microloan-equal-principal-equal-fee-two-columns", zh.x07, "pdf", principal=D(10000),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=12, term_months=12,
          fees=[Fee("综合服务费", ZH_FEE, "per_period", percent=D("0.95"))], contract_date=date(2025, 7, 3),
          start_date=date(2025, 7, 3), lender_type="microloan", notes=["等本等费: 833.33 + 95 a month, no interest"]),
        c("zh-x08-driving-school-tuition-instalment-screen", zh.x08, principal=D(4800), method="flat_rate",
          method_accept=["equal_principal", "equal_installment"], n=12, term_months=12,
          fees=[Fee("分期手续费", ["handling", "service", "other"], "per_period", percent=D("0.7"))],
          contract_date=date(2025, 5, 30), start_date=date(2025, 5, 30), lender_type="consumer_finance",
          kind="loan_disclosure", opts={"png": True}, notes=["400 + 33.60 a month; tuition paid to the school"]),
        c("zh-x09-sms-loan-per-thousand-per-day-sixty-days-above-36", zh.x09, principal=D(2000), method="bullet",
          freq="single", n=1, term_days=60, rate_value=D("0.12"), rate_per="day", contract_date=date(2025, 11, 2),
          start_date=date(2025, 11, 2), lender_type="microloan", kind="loan_disclosure",
          notes=["每千元每天1.2元 = 0.12% a day; 144 for 60 days; 43.8% a year"]),
        c("zh-x10-carrier-prepaid-phone-contract-not-a-loan", zh.x10, **OTHER,
          notes=["a carrier plan with a phone: no money lent"]),
        c("zh-x11-japan-consumer-finance-contract-chinese-translation-out-of-scope", zh.x11, principal=D(300000),
          method="equal_installment", n=12, term_months=12, rate_value=D(18), currency="JPY", jurisdiction="JP",
          apr_method=None, contract_date=date(2025, 9, 1), start_date=date(2025, 9, 1),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="Japanese law is outside the bundled rulesets",
          notes=["a Japanese lender in yen: out of scope, no cost or verdict"]),
        c("zh-x12-bank-balloon-loan-ten-year-instalment-three-year-term", zh.x12, principal=D(300000),
          method="equal_installment", method_accept=["other"], n=36, term_months=36, rate_value=D("4.2"),
          payment_override=fc.r2(D(300000) * D("0.0035") / (1 - D("1.0035") ** -120)),
          contract_date=date(2025, 4, 25), start_date=date(2025, 4, 25), lender_type="bank",
          notes=["the 120-month annuity paid 36 times, the rest with the 36th"]),
        c("zh-x13-iou-lawful-rate-overdue-five-permille-daily", zh.x13, principal=D(50000), method="bullet",
          freq="single", n=1, term_months=12, rate_value=D(10), overdue_annual=D("182.5"),
          contract_date=date(2025, 3, 12), start_date=date(2025, 3, 12), lender_type="individual",
          notes=["10% lawful; 千分之五 a day overdue = 182.5% a year"]),
        c("zh-x14-business-owner-bank-loan-guarantee-fee-paid-apart-docx", zh.x14_blocks, "docx", principal=D(100000),
          method="equal_installment", n=12, term_months=12, rate_value=D("5.5"),
          fees=[Fee("担保费", ["guarantee", "service", "other"], "at_disbursement", amount=D(1500))],
          contract_date=date(2025, 2, 20), start_date=date(2025, 2, 20), lender_type="bank",
          notes=["1,500 paid to the guarantor on the payout day: 98,500 net"]),
        c("zh-x15-assessment-fee-paid-by-qr-code-on-payout-day-above-36", zh.x15, principal=D(5000),
          method="equal_installment", n=12, term_months=12, rate_value=D("23.9"),
          fees=[Fee("评估费", ["service", "consulting", "other", "handling", "application"], "at_disbursement", amount=D(600))],
          contract_date=date(2025, 8, 21), start_date=date(2025, 8, 21), lender_type="microloan",
          kind="loan_contract", notes=["600 paid to the assessor on the payout day: 4,400 net"]),
        c("zh-x16-h5-confirm-page-rate-coupon-lowers-daily-rate", zh.x16, "html", principal=D(10000),
          method="equal_installment", n=12, term_months=12, rate_value=D("0.035"), rate_per="day",
          contract_date=date(2025, 9, 30), start_date=date(2025, 9, 30), lender_type="consumer_finance",
          kind="loan_disclosure", notes=["7折 of 0.05% = 0.035% a day = 12.775% a year"]),
        c("zh-x17-motorcycle-instalment-two-columns-equal-principal", zh.x17, "pdf", principal=D(9800),
          method="equal_principal", n=24, term_months=24, rate_value=D("9.6"), contract_date=date(2025, 6, 6),
          start_date=date(2025, 6, 6), lender_type="consumer_finance", notes=["408.33 of principal a month"]),
        c("zh-x18-personal-information-authorisation-not-a-loan", zh.x18, **OTHER,
          notes=["a credit-report authorisation: no terms of credit"]),
        c("zh-x19-bank-quarterly-equal-instalments-chinese-numeral-dates", zh.x19, "pdf", principal=D(80000),
          method="equal_installment", n=8, freq="quarter", term_months=24, rate_value=D("7.2"),
          contract_date=date(2025, 1, 8), start_date=date(2025, 1, 8), lender_type="bank",
          notes=["8 quarterly annuity payments at 1.8% a quarter"]),
        c("zh-x20-private-loan-per-hundred-yuan-per-month-above-four-lpr", zh.x20, principal=D(20000),
          method="interest_only", n=6, term_months=6, rate_value=D("1.5"), rate_per="month",
          contract_date=date(2025, 7, 7), start_date=date(2025, 7, 7), lender_type="individual",
          notes=["每百元每月1.5元 = 1.5% a month = 18% a year"]),
        # ------------------------------------------------------------------ English
        c("en-x01-illinois-ninety-day-single-payment-per-diem-interest", en.e01, **USD, principal=D(1825),
          method="bullet", freq="single", n=1, term_days=90, rate_value=D(10), jurisdiction="US-IL",
          contract_date=date(2025, 4, 14), start_date=date(2025, 4, 14), lender_type="licensed_nonbank",
          notes=["0.50 per diem x 90 = 45.00"]),
        c("en-x02-new-york-online-loan-52-biweekly-payments-above-25", en.e02, **USD, principal=D(2000),
          method="equal_installment", n=52, freq="biweek", rate_value=D("26.5"), jurisdiction="US-NY",
          contract_date=date(2025, 6, 6), start_date=date(2025, 6, 6), lender_type="licensed_nonbank",
          notes=["52 fortnightly payments at 26.5 / 26 a fortnight"]),
        c("en-x03-uk-pcp-car-finance-optional-final-payment", en.e03, "pdf", lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(18000), method="equal_installment",
          method_accept=["other"], n=48, term_months=48, rate_value=D("6.9"),
          payment_override=fce.balloon_payment(D(18000), D("6.9"), 48, D(8500)),
          contract_date=date(2025, 3, 29), start_date=date(2025, 3, 29), lender_type="licensed_nonbank",
          verdict=False, verdict_reason="UK regulated credit that is not high-cost short-term: no price cap (legal.md [C])",
          notes=["48 payments, the last with the optional final payment of about 8,500"]),
        c("en-x04-illinois-single-payment-car-title-loan", en.e04, **USD, principal=D(800), method="bullet",
          freq="single", n=1, term_months=1, rate_value=D(25), rate_per="month", jurisdiction="US-IL",
          contract_date=date(2025, 7, 11), start_date=date(2025, 7, 11), lender_type="licensed_nonbank",
          notes=["200 on 800 for one month: 300% APR"]),
        c("en-x05-new-york-insurance-premium-finance-agreement", en.e05, **USD, principal=D(1440),
          method="equal_installment", n=9, term_months=9, rate_value=D("11.25"), jurisdiction="US-NY",
          contract_date=date(2025, 2, 3), start_date=date(2025, 2, 3), lender_type="licensed_nonbank",
          notes=["1,800 premium - 360 down = 1,440 financed"]),
        c("en-x06-carrier-device-payment-agreement-zero-apr", en.e06, "html", **USD, principal=D(1080),
          method="equal_installment", n=36, term_months=36, rate_value=D(0), jurisdiction="US-NY",
          contract_date=date(2025, 9, 19), start_date=date(2025, 9, 19), lender_type="company",
          notes=["30 a month, no charge"]),
        c("en-x07-texas-piano-dealer-retail-installment-contract", en.e07, "pdf", **USD, principal=D(6000),
          method="equal_installment", n=48, term_months=48, rate_value=D("7.9"), jurisdiction="US-TX",
          contract_date=date(2025, 5, 17), start_date=date(2025, 5, 17), lender_type="company",
          notes=["6,500 - 500 down = 6,000 financed"]),
        c("en-x08-personal-loan-offer-screen-autopay-discount-rate", en.e08, **USD, principal=D(10000),
          method="equal_installment", n=36, term_months=36, rate_value=D("12.49"), jurisdiction="US-NY",
          contract_date=date(2025, 10, 8), start_date=date(2025, 10, 8), lender_type="bank",
          kind="loan_disclosure", opts={"png": True}, notes=["the payment is figured at the autopay rate"]),
        c("en-x09-illinois-loan-sms-just-under-36", en.e09, **USD, principal=D(1200), method="equal_installment",
          n=6, term_months=6, rate_value=D("35.5"), jurisdiction="US-IL", contract_date=date(2025, 8, 25),
          start_date=date(2025, 8, 25), lender_type="licensed_nonbank", kind="loan_disclosure",
          notes=["35.5%, no fees: just under the 36% cap"]),
        c("en-x10-utility-budget-billing-plan-not-credit", en.e10, lang="en", currency="USD", **OTHER,
          notes=["equal monthly utility bills: no credit"]),
        c("en-x11-philippines-lending-disclosure-statement-out-of-scope", en.e11, lang="en", currency="PHP",
          apr_method=None, jurisdiction="PH", principal=D(50000), method="equal_installment", n=12, term_months=12,
          rate_value=D(30), contract_date=date(2025, 5, 5), start_date=date(2025, 5, 5),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="Philippine law is outside the bundled rulesets",
          kind="loan_disclosure",
          notes=["a Philippine lending company in pesos: out of scope, no cost or verdict"]),
        c("en-x12-new-york-hearing-aid-financing-paid-to-provider", en.e12, "pdf", **USD, principal=D(4200),
          method="equal_installment", n=24, term_months=24, rate_value=D("9.9"), jurisdiction="US-NY",
          contract_date=date(2025, 11, 12), start_date=date(2025, 11, 12), lender_type="licensed_nonbank",
          notes=["4,200 paid to the audiologist"]),
        c("en-x13-illinois-credit-union-car-loan-every-other-friday", en.e13, **USD, principal=D(18000),
          method="equal_installment", n=78, freq="biweek", rate_value=D("14.9"), jurisdiction="US-IL",
          contract_date=date(2025, 1, 10), start_date=date(2025, 1, 10), lender_type="credit_union",
          notes=["78 fortnightly payments at 14.9 / 26"]),
        c("en-x14-illinois-loan-chat-transcript-origination-kept-above-36", en.e14, **USD, principal=D(1000),
          method="equal_installment", n=12, term_months=12, rate_value=D(32), jurisdiction="US-IL",
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(75))],
          contract_date=date(2025, 12, 1), start_date=date(2025, 12, 1), lender_type="licensed_nonbank",
          kind="loan_disclosure", disclose_apr=False, notes=["75 kept back: 925 paid out"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-x01"]
    assert fc.annual_rate(z) == D("18.25")
    z = by["zh-x02"]
    assert z.rows[0]["interest"] == D(600) and total_interest(z) == D(7200) and verdict["zh-x02"] is False
    z = by["zh-x03"]
    assert z.rows[0]["total"] == D(105000) and abs(z.cost - 20) < D("1e-9") and verdict["zh-x03"] is False
    assert by["zh-x04"].received == D(18400) and verdict["zh-x04"] is True
    z = by["zh-x05"]
    assert pay(z) == D(836) and total_repaid(z) == D(5016)
    z = by["zh-x06"]
    assert z.rows[0]["interest"] == D(2400) and total_repaid(z) == D(32400) and verdict["zh-x06"] is False
    z = by["zh-x07"]
    assert pay(z) == D("928.33") and z.rows[-1]["principal"] == D("833.37") and verdict["zh-x07"] is False
    assert pay(by["zh-x08"]) == D("433.60")
    z = by["zh-x09"]
    assert z.rows[0]["interest"] == D(144) and abs(z.cost - D("43.8")) < D("1e-9") and verdict["zh-x09"] is True
    assert by["zh-x13"].rows[0]["interest"] == D(5000) and verdict["zh-x13"] is True
    z = by["zh-x14"]
    assert z.net_received == D(98500) and verdict["zh-x14"] is False
    z = by["zh-x15"]
    assert z.net_received == D(4400) and z.cost > 36 and verdict["zh-x15"] is True
    assert fc.annual_rate(by["zh-x16"]) == D("12.775")
    z = by["zh-x17"]
    assert z.rows[0]["principal"] == D("408.33") and z.rows[0]["interest"] == D("78.40")
    z = by["zh-x20"]
    assert z.rows[0]["interest"] == D(300) and verdict["zh-x20"] is True
    e = by["en-x01"]
    assert e.rows[0]["interest"] == D(45) and verdict["en-x01"] is False
    e = by["en-x04"]
    assert e.rows[0]["interest"] == D(200) and abs(e.cost - 300) < D("1e-9") and verdict["en-x04"] is True
    assert pay(by["en-x06"]) == D(30) and verdict["en-x06"] is False
    assert by["en-x14"].received == D(925) and by["en-x14"].cost > 36 and verdict["en-x14"] is True
    assert verdict["en-x02"] is True and verdict["en-x09"] is False and verdict["en-x07"] is None
    assert by["zh-x11"].cost is None and by["en-x11"].cost is None


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = ridders_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - Fraction("12.8038")) < Fraction(1, 1000), float(pboc)
    mw = ridders_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - Fraction("11.317539")) < Fraction(1, 10000), float(mw)
    # fcr.main looks these names up in its module at call time
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_s, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
