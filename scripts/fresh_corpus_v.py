#!/usr/bin/env python3
"""Held-out batch V of the fresh phrasing corpus (tests/fresh/{zh,en}/*-e*): 20 Chinese and 14
English documents written for session 23 without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-U generalises.

    python3 scripts/fresh_corpus_v.py            # (re)write tests/fresh/{zh,en}/*-e* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_v.py --check    # recompute and diff the files against the committed ones

The renderers live in fresh_corpus_v_zh.py and fresh_corpus_v_en.py.

Parameters, arithmetic, the expected.json schema and the writers are those of fresh_corpus_u.py
(and through it of batches A-T): every cost is re-derived by the solvers of batches D-U; this batch
adds an eighteenth, `digit_rate`: a DIGIT-BY-DIGIT search of the periodic rate, as long division
finds a quotient: the present value PV(i) = sum p_k (1 + i)^-k falls as i grows, so i is built one
decimal place at a time (10^0, 10^-1, ... 10^-45), each digit the largest of 0..9 that keeps
PV(i) >= the advance; 90-digit decimals, no derivative, no bracket update, no interpolation. It
re-solves every multi-payment cost.

Three documents are PNG images, as a borrower's screenshot would be (zh-e02, zh-e15, en-e10): the
text is set as a PDF page by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists
the .txt and then the .png. PDFs: zh-e01 (a table), zh-e17 (two printed columns), zh-e19, en-e02 (a
table), en-e08; HTML: zh-e06, zh-e08, en-e03; DOCX: zh-e04.

The TEXTS are new, one renderer per document; the products were checked against the NAMES of every
document in tests/fresh (not only the fresh_corpus*.py docstrings) and the ones already there were
replaced before commit. Chinese: a bank's 家装分期 contract page with a monthly 手续费率 folded into the
月供 and a schedule table whose middle rows are elided (PDF); a hair-transplant clinic's order screen
whose financed amount is a column of the order table beside the order total and the down payment
(PNG); a funeral-services instalment (the funeral bill paid by the lender to the funeral company);
a 助贷 bank loan with a separate 委托担保合同 in the same file, the guarantee fee collected monthly
with the instalment (DOCX); a microloan with interest "每千元每月利息6元" paid on a named day each
month and the principal with the last; a bank's bare equal-principal schedule page (HTML); an IOU
with the amount and the rate only in words (年利率按百分之十五), dates in 二〇二六年, 利随本清; an
electronic-IOU platform's record page with the day count (HTML); an online-lending agreement whose
居间咨询费 and 风险评估费 are "于放款时一次性收取" from the loan money; an instalment page whose only
charge is a monthly 服务费率 on the opening balance of each period (no "interest" named); a
Japanese consumer-finance contract in a Chinese translation, in yen (out of scope); parents' 赠与合同
for a down payment that says it is not a loan; a 律师函 about an overdue private loan (not a loan
document); a car dealer's 0% offer with a TOTAL 手续费率 (10.08%) spread into the 月供; a payout SMS
at 每万元每日3.5元 for 30 days (PNG); a court's 民事调解书 in a loan dispute (not a loan document); a
microloan in two printed columns with a 账户管理费 due at maturity and dates in numerals (PDF); an
orthodontic 分期 (interest free, a fixed 账户管理费 a month, the money paid to the clinic); a rural
credit union's loan at 月利率4.5‰ (PDF); a 押证不押车 car loan with a GPS fee paid in cash at signing
and a monthly 车辆管理费.
English: a UK pawn agreement (a ring, one repayment after six months); a US boat retail installment
sale contract (PDF, federal box as a table); a veterinary clinic's payment plan at 0% with a set-up
fee paid by card on the day (HTML); an Illinois fertility-treatment loan with a 4% origination fee
taken from the proceeds; a New York bank note with simple interest accruing daily, a per diem
figure and dates in words; a UK pay-monthly motor insurance credit agreement (premium less
deposit); a New York jewelry retail installment contract with a voluntary credit life premium
financed; a California private note with a balloon payment (PDF, dates and amount in words); a
pre-settlement lawsuit funding e-mail (not a loan); an Illinois installment loan approval screen
with payments every two weeks at 35.9% (PNG); an Indian gold loan pledge card in lakh notation (out
of scope); a Texas bail bond premium payment plan with a flat installment fee; a New York lender's
SMS with the rate in words; a New York compact-tractor 0% retail installment contract.
Known overlaps left (products already in the corpus, kept for their new layout or wording):
zh-e01 (renovation), zh-e04 (助贷 guarantee), zh-e07 / zh-e08 (IOUs), zh-e16 (court mediation),
zh-e20 (car pledge with GPS), en-e08 (balloon note), en-e10 (Illinois biweekly screen).

Measured at the branch point (branch batchv from 34f5eaa; the worktree's own release build, before
any fix), with `scripts/accuracy.py --only zh-e --only en-e`, after every text and expected value was
committed (e006d1a; messages 1df0ac0): 89.4% of the compared fields right (zh 89.6%, en 89.0%); the
49 misses are the -e lines of tests/fresh/KNOWN_GAPS.tsv.

    field                     zh              en             all
    doc kind        28/28 100.0%    18/18 100.0%    46/46 100.0%
    principal       25/28  89.3%    15/18  83.3%    40/46  87.0%
    received        22/25  88.0%    14/17  82.4%    36/42  85.7%
    term            23/25  92.0%    17/17 100.0%    40/42  95.2%
    method          21/25  84.0%    16/17  94.1%    37/42  88.1%
    count           23/25  92.0%    16/17  94.1%    39/42  92.9%
    rate            18/19  94.7%    10/13  76.9%    28/32  87.5%
    fees            19/25  76.0%    15/17  88.2%    34/42  81.0%
    APR±tol         22/27  81.5%    14/17  82.4%    36/44  81.8%
    violation       26/27  96.3%    14/14 100.0%    40/41  97.6%
    date            23/25  92.0%    13/17  76.5%    36/42  85.7%
    conflict                   -               -               -
    all fields    250/279  89.6%  162/182  89.0%  412/461  89.4%

Misses by class at the first reading (the verdicts first):
* false violations: zh-e14 (the TOTAL 手续费率 10.08% read as a per-period rate: an APR of 155.7%
  and cn-lic-apr-above-36; the true cost is 6.34%).
* missed violations: none (every expected violation found: zh-e04, zh-e07, zh-e09, zh-e20).
* APR off or absent: zh-e02 (order screen: the 分期金额 column not read as the principal; text and
  PNG), zh-e18 (orthodontic 分期: no principal, no method), zh-e03 (the 6,000 the family paid itself
  read as a 服务费用 fee; no APR), zh-e14, en-e08 (balloon note: principal only in words and a
  bracket: not read), en-e12 (bail premium plan: the "Balance on plan" principal and the installment
  fee not read).
* fees: zh-e09 (the 风险评估费 typed application, and a third phantom "服务费用"), zh-e10 (the
  服务费 on the opening balance read as a fee, the rate as 0%: see Decisions), zh-e02 (the fee read
  twice, as percent and as amount), en-e07 (the voluntary credit life premium listed as a cost fee).
* rates: en-e02, en-e07 (only an APR is printed, no note rate; see the writer's note below).
* methods and counts: en-e01 (pawn: no bullet / count), zh-e05 (每千元每月 interest, principal last:
  no interest_only).
* dates: en-e03, en-e10 (the "Plan agreed" / "Funds deposited" date), zh-e15 (see below).

`cargo test --test suite fresh_corpus::` (the worktree's debug build) lists the same 49 (no
format-parity line). Messages: 14/16 in the right tier (tests/messages_v/README.md: zh-v02 called
unlawful-collection, en-v06 a fake CFPB refund called lawful-reminder).

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* en-e02, en-e07 (and en-e14): the retail installment contracts print only the APR (a TILA box), no
  separate note rate; the expected rate (7.49%, 21.99% a year) is the APR. A reader that declines to
  call an APR a quoted rate is arguably right; the writer's choice, possibly a mistake.
* zh-e15: the SMS dates the payout "11月18日" without a year; only the due date carries 2026. The
  expected contract_date 2026-11-18 needs the year carried over from the due date (arguable).

The lead's decision (session 24, as for batch S's zh-x15): the 风险评估费 is a credit assessment made
as a condition of the loan, which loanlint's vocabulary calls an application/underwriting fee:
"application" is added to its accepted kinds. The phantom 服务费用 (the clause's heading) stays a miss
until the reader stops listing it.

Decisions (said here so that they can be argued with):
* Kinds, by the lead's ruling of session 23: a concluded deal's own record is loan_contract (zh-e02's
  order placed on instalments, zh-e08's IOU record, zh-e10's instalment detail page, en-e10's screen
  of a funded loan); notices and bare schedules are loan_disclosure (zh-e06, zh-e15, en-e13). Signed
  confirmation sheets and payment-plan agreements are loan_contract (zh-e14, en-e03, en-e12).
* zh-e01, zh-e02, zh-e14, zh-e18: no interest, a fee per period as a share of (or a fixed sum on)
  the original amount: method flat_rate (equal_principal / equal_installment accepted), the fee
  per_period, no rate compared except zh-e14 and zh-e18, which state 0%.
* zh-e03, zh-e18, en-e04: the loan is paid to the provider at the borrower's direction: received =
  the principal (less en-e04's deducted fee).
* zh-e04: the guarantee fee is a cost of THIS credit though contracted with a third party (the
  guarantor is required by the loan contract): per_period in the APR. 助贷 and signed after
  2025-10-01 with an all-in cost of 31.63% > 24%: a violation under the 2025 助贷 notice [S] (the
  corpus's policy of issue 17).
* zh-e07: 15% > 4 x LPR (3.00%) = 12%: a violation (Art. 25 [C]).
* zh-e09: fees taken out of the payout: 18,000 received; a violation (141号 [S]); the all-in cost is
  also above 36%.
* zh-e10: a charge computed on the outstanding balance each period is interest in substance:
  expected as a rate of 0.8% a month with equal_principal and NO fee; a reader listing it as a fee
  (and no rate) misses the rate field (arguable; the lead decides).
* zh-e11 (Japan), en-e11 (India): out of scope: no cost, no verdict.
* zh-e12, zh-e13, zh-e16, en-e09: other. en-e09: pre-settlement funding is repaid only if the case is
  won (non-recourse, contingent): not a loan in this corpus's reading (some US courts and states
  treat it as a loan; the reference does not grade it).
* zh-e17: the 账户管理费 is paid at maturity with the principal and interest: at_maturity; 18% a
  year all in: lawful.
* zh-e19: 4.5‰ a month = 0.45% a month = 5.4% a year; a rural credit cooperative is a bank-type
  licensed lender here.
* zh-e20: the GPS fee is paid separately at signing (at_disbursement, not deducted): received is the
  principal, the fee is in the APR; the all-in cost 48.93% > 36%: a violation (141号 [S]).
* en-e01: a pawn agreement is credit; its APRC 93.21% < 100%: not high-cost short-term credit (and
  pawn agreements are outside that definition anyway [U]): no cap, lawful.
* en-e02, en-e07, en-e14: a retail installment sale contract is credit (a credit sale; the dealer
  is the creditor): loan_contract, principal = the amount financed; the down payment is not credit.
* en-e03: the set-up fee is paid by card on the day the plan is agreed: at_disbursement, in the
  APR (14.34% <= 36%, Illinois PLPA: lawful). No APR is printed on the page.
* en-e06: 10 months at 21.9%, APRC 24.24%: not high-cost short-term credit: lawful.
* en-e07: the credit life premium is voluntary and signed for: not a finance charge (Reg Z
  1026.4(d)(1), not in legal.md: [U]); it is part of the amount financed (2,600). 21.99% is above New
  York's 16% civil line and below the 25% criminal one: null.
* en-e08: a California individual lender at 8% <= 10% (Const. art. XV): lawful; the level payment
  is the one that leaves about 20,000 owing after 60 payments (batch E's balloon_payment).
* en-e10: 35.9% over 26 payments every two weeks: APR 35.90% <= 36%: lawful under the Illinois PLPA.
* en-e12: a bail premium financed with a 10 fee each month is credit (the fee is a finance charge);
  Texas is not in the reference: null.
* en-e13: 24.99% is above New York's 16% civil line, below the 25% criminal one: null.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs` and
are asserted in `check_expectations`. Needs Python >= 3.11, reportlab + WenQuanYi Micro Hei for the
PDFs and poppler's pdftoppm for the PNGs.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_e as fce  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_u as fcu  # noqa: E402
import fresh_corpus_v_en as en  # noqa: E402
import fresh_corpus_v_zh as zh  # noqa: E402
from fresh_corpus import D, Fee, Spec  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_k import UPFRONT_EN  # noqa: E402

date = dt.date
PREC = 90
PLACES = 45  # decimal places of the periodic rate found


# ---------------------------------------------------------------------------------------------
# This batch's own solver: the periodic rate digit by digit
# ---------------------------------------------------------------------------------------------


def present_value(payments: list[Decimal], i: Decimal) -> Decimal:
    v = 1 / (1 + i)
    pv, vk = D(0), D(1)
    for p in payments:
        vk *= v
        pv += p * vk
    return pv


def digit_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, one decimal digit at a time."""
    with localcontext() as ctx:
        ctx.prec = PREC
        advance, payments = D(advance), [D(p) for p in payments]
        assert present_value(payments, D(0)) >= advance, "a negative rate: not handled"
        assert present_value(payments, D(10)) < advance, "above 1000% a period: not handled"
        i = D(0)
        for place in range(PLACES + 1):
            step = D(10) ** -place
            for _ in range(9):
                if present_value(payments, i + step) >= advance:
                    i += step
                else:
                    break
        return i


U_COMPUTE = fcu.compute_u  # batch U's compute: the solvers of batches A-U, Laguerre's last


def digit_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = digit_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = PREC
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_v(s: Spec) -> None:
    U_COMPUTE(s)
    digit_check(s)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * zh-e01: 60,000 x 0.30% = 180 a period; 60,000 / 36 = 1,666.67 (x 35 = 58,333.45, the last
#   1,666.55); 1,666.67 + 180 = 1,846.67; fees 36 x 180 = 6,480.
# * zh-e02: 18,000 x 0.65% = 117; 18,000 / 12 = 1,500; 1,617 a month; the order 18,000 + 4,000.
# * zh-e05: 每千元每月6元 = 6 / 1,000 = 0.6% a month = 7.2% a year; 60,000 x 0.6% = 360 a month,
#   the 12th 60,360.
# * zh-e07: 80,000 x 15% x 8 / 12 = 8,000 -> 88,000; 15% > 4 x 3.00% = 12%.
# * zh-e08: June 10 -> September 10 = 20 + 31 + 31 + 10 = 92 days; 5,000 x 10% x 92 / 365 =
#   46,000 / 365 = 126.027 -> 126.03; 10% <= 12%.
# * zh-e09: 20,000 - 1,400 - 600 = 18,000 received.
# * zh-e10: 10,000 / 10 = 1,000 a period; 服务费 10,000 x 0.8% = 80 first, 1,000 x 0.8% = 8 last;
#   in all 0.8% x 1,000 x (10 + 9 + ... + 1) = 0.008 x 55,000 = 440.
# * zh-e14: 36 x 0.28% = 10.08%; 100,000 x 0.28% = 280; 100,000 / 36 = 2,777.78 -> 3,057.78.
# * zh-e15: 每万元每日3.5元 = 0.035% a day; 8,000 x 0.00035 x 30 = 84.00.
# * zh-e17: 50,000 x 12% / 2 = 3,000 + 1,500 = 4,500 -> 54,500; 4,500 / 50,000 = 9% for half a
#   year = 18% a year.
# * zh-e18: 19,800 / 12 = 1,650 + 15 = 1,665.
# * zh-e19: 4.5‰ = 0.45% a month x 12 = 5.4%.
# * en-e01: 800 x 6.5% x 6 = 312 -> 1,112; APRC (1,112 / 800)^2 - 1 = 1.39^2 - 1 = 0.9321 = 93.21% < 100%:
#   not high-cost short-term credit.
# * en-e03: 1,200 / 4 = 300 a month; 1,200 - 35 = 1,165 net of the fee paid today.
# * en-e04: 12,000 x 4% = 480; 11,520 to the clinic.
# * en-e11: Rs. 1,20,000 x 9.9% / 2 = 5,940 at maturity.
# * en-e12: 1,200 / 6 = 200 + 10 = 210 a month.
# * en-e14: 18,000 / 48 = 375 a month at 0%.
# * en-e05: per diem 12,000 x 13.49% / 365 = 1,618.80 / 365 = 4.4351 -> 4.44.
# * en-e10: 35.9% / 26 = 1.380769% a fortnight; APR = 26 x the periodic rate = 35.90% <= 36% (the payment
#   rounded up to the cent lifts it to 35.902%).

FLAT = dict(method="flat_rate", method_accept=["equal_principal", "equal_installment"])
NZD = dict(lang="en", currency="NZD", apr_method=None, jurisdiction="NZ")


def specs() -> list[Spec]:
    return [
        c("zh-e01-renovation-instalment-bank-monthly-fee-rate-in-payment-table-pdf", zh.e01, "pdf", principal=D(60000),
          n=36, term_months=36, fees=[Fee("手续费", ["handling", "service", "other"], "per_period", percent=D("0.30"))],
          contract_date=date(2026, 4, 16), start_date=date(2026, 4, 16), lender_type="bank", **FLAT,
          notes=["180 of 手续费 in each 月供 of 1,846.67; no interest"]),
        c("zh-e02-hair-transplant-order-screen-financed-amount-column", zh.e02, principal=D(18000), n=12,
          term_months=12, fees=[Fee("服务费", ["service", "handling", "other"], "per_period", percent=D("0.65"))],
          contract_date=date(2026, 9, 3), start_date=date(2026, 9, 3), lender_type="consumer_finance",
          opts={"png": True}, **FLAT, notes=["the 分期金额 column (18,000), not the order total 22,000"]),
        c("zh-e03-funeral-services-instalment-paid-to-funeral-company", zh.e03, principal=D(30000), method="equal_installment",
          n=12, term_months=12, rate_value=D("9.9"), contract_date=date(2026, 8, 25), start_date=date(2026, 8, 25),
          lender_type="consumer_finance", notes=["the funeral bill less 6,000 paid by the family, lent and paid to the funeral company"]),
        c("zh-e04-assisted-loan-with-separate-guarantee-contract-fee-monthly-docx", zh.e04_blocks, "docx",
          principal=D(30000), method="equal_installment", n=12, term_months=12, rate_value=D("10.8"),
          fees=[Fee("担保费", ["guarantee", "service", "other"], "per_period", percent=D("1.0"))],
          lender="北川银行（助贷机构：易达数科）", contract_date=date(2026, 5, 20), start_date=date(2026, 5, 20),
          lender_type="bank", notes=["300 of 担保费 a month to the guarantor: all in above 24%, 助贷 after 2025-10-01"]),
        c("zh-e05-microloan-interest-per-thousand-per-month-principal-last", zh.e05, principal=D(60000),
          method="interest_only", n=12, term_months=12, rate_value=D("0.6"), rate_per="month",
          contract_date=date(2026, 3, 20), start_date=date(2026, 3, 20), lender_type="microloan",
          notes=["每千元每月6元 = 0.6% a month: 360 a month, the principal with the 12th"]),
        c("zh-e06-bank-equal-principal-bare-schedule-page-html", zh.e06, "html", principal=D(48000),
          method="equal_principal", n=24, term_months=24, rate_value=D("3.85"), contract_date=date(2026, 2, 10),
          start_date=date(2026, 2, 10), lender_type="bank", kind="loan_disclosure",
          notes=["2,000 of principal a month, interest falling"]),
        c("zh-e07-iou-amount-and-rate-only-in-words-interest-with-principal", zh.e07, principal=D(80000),
          method="bullet", freq="single", n=1, term_months=8, rate_value=D(15), contract_date=date(2026, 5, 6),
          start_date=date(2026, 5, 6), lender_type="individual", notes=["百分之十五 > 4 x 3.00%; 88,000 at the end"]),
        c("zh-e08-electronic-iou-platform-record-page-html", zh.e08, "html", principal=D(5000), method="bullet",
          freq="single", n=1, term_days=92, rate_value=D(10), contract_date=date(2026, 6, 10),
          start_date=date(2026, 6, 10), lender_type="individual", notes=["126.03 for 92 days at 10%"]),
        c("zh-e09-p2p-agreement-consulting-and-assessment-fees-taken-at-payout", zh.e09, principal=D(20000),
          method="equal_installment", n=12, term_months=12, rate_value=D(18),
          fees=[Fee("居间咨询费", ["consulting", "service", "other"], "upfront_deducted", amount=D(1400)),
                Fee("风险评估费", ["assessment", "application", "service", "other", "handling"], "upfront_deducted", amount=D(600))],
          contract_date=date(2026, 7, 7), start_date=date(2026, 7, 7), lender_type="platform",
          notes=["2,000 taken at payout: 18,000 received"]),
        c("zh-e10-instalment-page-monthly-service-rate-on-opening-balance", zh.e10, principal=D(10000),
          method="equal_principal", n=10, term_months=10, rate_value=D("0.8"), rate_per="month",
          contract_date=date(2026, 10, 12), start_date=date(2026, 10, 12), lender_type="consumer_finance",
          notes=["the 服务费 on the opening balance is interest in substance: 0.8% a month"]),
        c("zh-e11-japanese-consumer-finance-contract-chinese-translation-yen-out-of-scope", zh.e11, principal=D(500000),
          method="equal_installment", n=24, term_months=24, rate_value=D(15), currency="JPY", jurisdiction="JP",
          apr_method=None, contract_date=date(2026, 3, 3), start_date=date(2026, 3, 3),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="Japanese law is outside the bundled rulesets",
          notes=["a Japanese lender: out of scope, no cost or verdict"]),
        c("zh-e12-parents-gift-contract-for-down-payment-not-a-loan", zh.e12, **OTHER,
          notes=["a gift that says it is not a loan: no credit"]),
        c("zh-e13-lawyers-demand-letter-overdue-private-loan-not-a-loan", zh.e13, **OTHER,
          notes=["a demand letter about an old loan: no new credit"]),
        c("zh-e14-car-dealer-zero-rate-total-fee-rate-spread-into-payment", zh.e14, principal=D(100000), n=36,
          term_months=36, rate_value=D(0),
          fees=[Fee("分期手续费", ["handling", "service", "other"], "per_period", percent=D("0.28"))],
          contract_date=date(2026, 6, 6), start_date=date(2026, 6, 6), lender_type="auto_finance", **FLAT,
          notes=["10.08% in all = 0.28% a month: 280 in each 月供"]),
        c("zh-e15-payout-sms-rate-per-ten-thousand-per-day-thirty-days", zh.e15, principal=D(8000), method="bullet",
          freq="single", n=1, term_days=30, rate_value=D("0.035"), rate_per="day", contract_date=date(2026, 11, 18),
          start_date=date(2026, 11, 18), lender_type="consumer_finance", kind="loan_disclosure",
          opts={"png": True}, notes=["每万元每日3.5元 = 0.035% a day; 84 for 30 days"]),
        c("zh-e16-court-mediation-paper-loan-dispute-not-a-loan", zh.e16, **OTHER,
          notes=["a court's settlement of an old loan: no new credit"]),
        c("zh-e17-microloan-two-columns-fee-at-maturity-numeral-dates-pdf", zh.e17, "pdf", principal=D(50000),
          method="bullet", freq="single", n=1, term_months=6, rate_value=D(12),
          fees=[Fee("账户管理费", ["management", "account", "service", "other"], "at_maturity", amount=D(1500))],
          contract_date=date(2026, 1, 15), start_date=date(2026, 1, 15), lender_type="microloan",
          notes=["3,000 interest + 1,500 fee at maturity: 18% a year"]),
        c("zh-e18-orthodontic-instalment-interest-free-fixed-account-fee", zh.e18, principal=D(19800), n=12,
          term_months=12, rate_value=D(0),
          fees=[Fee("账户管理费", ["management", "account", "service", "other"], "per_period", amount=D(15))],
          contract_date=date(2026, 9, 1), start_date=date(2026, 9, 1), lender_type="consumer_finance", **FLAT,
          notes=["1,650 + 15 a month, paid to the clinic"]),
        c("zh-e19-rural-credit-union-per-mille-monthly-rate-pdf", zh.e19, "pdf", principal=D(50000),
          method="equal_installment", n=24, term_months=24, rate_value=D("0.45"), rate_per="month",
          contract_date=date(2026, 3, 25), start_date=date(2026, 3, 25), lender_type="bank",
          notes=["月利率4.5‰ = 0.45% a month = 5.4% a year"]),
        c("zh-e20-car-title-loan-keep-car-gps-fee-cash-monthly-management-fee", zh.e20, principal=D(40000),
          method="equal_installment", n=12, term_months=12, rate_value=D("1.5"), rate_per="month",
          fees=[Fee("GPS安装及服务费", ["service", "other", "handling"], "at_disbursement", amount=D(2000)),
                Fee("车辆管理费", ["management", "service", "other"], "per_period", percent=D("1.0"))],
          contract_date=date(2026, 6, 28), start_date=date(2026, 6, 28), lender_type="microloan",
          notes=["18% + 400 a month + 2,000 at signing: above 36%"]),
        # ------------------------------------------------------------------ English
        c("en-e01-uk-pawn-agreement-ring-six-months-single-repayment", en.e01, lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(800), method="bullet", freq="single", n=1,
          term_months=6, rate_value=D("6.5"), rate_per="month", contract_date=date(2026, 2, 18),
          start_date=date(2026, 2, 18), lender_type="pawnshop", notes=["6.5% x 6 = 39% simple: 1,112 at redemption"]),
        c("en-e02-us-boat-retail-installment-sale-contract-table-pdf", en.e02, "pdf", **USD, principal=D(24000),
          method="equal_installment", n=60, term_months=60, rate_value=D("7.49"), jurisdiction="US-IL",
          contract_date=date(2026, 7, 30), start_date=date(2026, 7, 30), lender_type="company",
          notes=["cash price 27,500 - 3,500 down = 24,000 financed"]),
        c("en-e03-vet-clinic-payment-plan-setup-fee-zero-percent-html", en.e03, "html", **USD, principal=D(1200),
          method="equal_installment", method_accept=["flat_rate", "equal_principal"], n=4, term_months=4,
          rate_value=D(0), fees=[Fee("plan set-up fee", UPFRONT_EN + ["application"], "at_disbursement", amount=D(35))],
          jurisdiction="US-IL", contract_date=date(2026, 10, 21), start_date=date(2026, 10, 21),
          lender_type="company", disclose_apr=False, notes=["4 x 300 at 0%; the 35 fee paid today by card"]),
        c("en-e04-illinois-fertility-treatment-loan-origination-fee-deducted", en.e04, **USD, principal=D(12000),
          method="equal_installment", n=60, term_months=60, rate_value=D("11.99"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(480))], jurisdiction="US-IL",
          contract_date=date(2026, 4, 1), start_date=date(2026, 4, 1), lender_type="licensed_nonbank",
          notes=["480 (4%) taken from the loan: 11,520 paid to the clinic"]),
        c("en-e05-new-york-note-simple-interest-daily-accrual-per-diem-words", en.e05, **USD, principal=D(12000),
          method="equal_installment", n=36, term_months=36, rate_value=D("13.49"), jurisdiction="US-NY",
          contract_date=date(2026, 3, 2), start_date=date(2026, 3, 2), lender_type="bank",
          notes=["per diem 4.44 on the original principal; 13.49% <= 16%"]),
        c("en-e06-uk-pay-monthly-car-insurance-credit-agreement", en.e06, lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(864), method="equal_installment", n=10,
          term_months=10, rate_value=D("21.9"), contract_date=date(2026, 9, 8), start_date=date(2026, 9, 8),
          lender_type="licensed_nonbank", notes=["960 premium - 96 deposit = 864 of credit over 10 months"]),
        c("en-e07-new-york-jewelry-retail-installment-voluntary-credit-insurance", en.e07, **USD, principal=D(2600),
          method="equal_installment", n=24, term_months=24, rate_value=D("21.99"), jurisdiction="US-NY",
          contract_date=date(2026, 11, 4), start_date=date(2026, 11, 4), lender_type="company",
          notes=["2,400 unpaid balance + 200 voluntary credit life premium = 2,600 financed"]),
        c("en-e08-california-private-balloon-note-words-pdf", en.e08, "pdf", **USD, principal=D(40000),
          method="equal_installment", method_accept=["other"], n=60, term_months=60, rate_value=D(8),
          payment_override=fce.balloon_payment(D(40000), D(8), 60, D(20000)), jurisdiction="US-CA",
          contract_date=date(2026, 5, 15), start_date=date(2026, 5, 15), lender_type="individual", disclose_apr=False,
          notes=["59 level payments, the 60th with the 20,000 balloon; 8% <= 10%"]),
        c("en-e09-pre-settlement-lawsuit-funding-email-not-a-loan", en.e09, lang="en", currency="USD", **OTHER,
          notes=["repaid only if the case is won: not a loan (the corpus's reading; see Decisions)"]),
        c("en-e10-illinois-biweekly-installment-approval-screen", en.e10, **USD, principal=D(1500),
          method="equal_installment", freq="biweek", n=26, term_months=12, rate_value=D("35.9"),
          jurisdiction="US-IL", contract_date=date(2026, 8, 7), start_date=date(2026, 8, 7),
          lender_type="licensed_nonbank", opts={"png": True}, notes=["35.9% <= 36%"]),
        c("en-e11-india-gold-loan-pledge-card-lakh-out-of-scope", en.e11, lang="en", currency="INR", apr_method=None,
          jurisdiction="IN", principal=D(120000), method="bullet", freq="single", n=1, term_months=6,
          rate_value=D("9.9"), contract_date=date(2026, 7, 14), start_date=date(2026, 7, 14),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="Indian law is outside the bundled rulesets",
          notes=["Rs. 1,20,000 at 9.9% for 6 months: out of scope, no cost or verdict"]),
        c("en-e12-texas-bail-bond-premium-payment-plan-installment-fee", en.e12, **USD, principal=D(1200),
          method="equal_installment", method_accept=["flat_rate", "equal_principal"], n=6, term_months=6,
          rate_value=D(0), fees=[Fee("installment fee", ["service", "handling", "other", "installment"], "per_period",
                                     amount=D(10))],
          jurisdiction="US-TX", contract_date=date(2026, 8, 14), start_date=date(2026, 8, 14), lender_type="company",
          disclose_apr=False, notes=["200 premium + 10 fee a month; Texas is not in the reference"]),
        c("en-e13-new-york-sms-rate-in-words", en.e13, **USD, principal=D(2500), method="equal_installment", n=18,
          term_months=18, rate_value=D("24.99"), jurisdiction="US-NY", contract_date=date(2026, 11, 9),
          start_date=date(2026, 11, 9), lender_type="licensed_nonbank", kind="loan_disclosure",
          notes=["24.99%: between 16% and 25%"]),
        c("en-e14-new-york-compact-tractor-zero-percent-retail-installment", en.e14, **USD, principal=D(18000),
          method="equal_installment", n=48, term_months=48, rate_value=D(0), jurisdiction="US-NY",
          contract_date=date(2026, 1, 20), start_date=date(2026, 1, 20), lender_type="company",
          notes=["22,000 - 4,000 down = 18,000 at 0% over 48 months: 375 a month"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-e01"]
    assert pay(z) == D("1846.67") and z.rows[-1]["principal"] == D("1666.55") and sum(r["fees"] for r in z.rows) == D(6480)
    z = by["zh-e02"]
    assert pay(z) == D(1617) and verdict["zh-e02"] is False
    z = by["zh-e05"]
    assert pay(z) == D(360) and z.rows[-1]["total"] == D(60360) and abs(z.cost - D("7.2")) < D("1e-9")
    z = by["zh-e07"]
    assert total_repaid(z) == D(88000) and verdict["zh-e07"] is True
    assert zh.daxie(D(80000)) == "捌万元整"
    z = by["zh-e08"]
    assert total_interest(z) == D("126.03") and (date(2026, 9, 10) - z.start_date).days == 92 and verdict["zh-e08"] is False
    z = by["zh-e09"]
    assert z.received == D(18000) and verdict["zh-e09"] is True and z.cost > 36
    z = by["zh-e10"]
    assert z.rows[0]["interest"] == D(80) and z.rows[-1]["interest"] == D(8) and total_interest(z) == D(440)
    assert abs(z.cost - D("9.6")) < D("1e-9")
    z = by["zh-e14"]
    assert pay(z) == D("3057.78") and sum(r["fees"] for r in z.rows) == D(10080)
    z = by["zh-e15"]
    assert total_interest(z) == D(84)
    z = by["zh-e17"]
    assert total_repaid(z) == D(54500) and abs(z.cost - D(18)) < D("1e-9") and verdict["zh-e17"] is False
    z = by["zh-e18"]
    assert pay(z) == D(1665)
    z = by["zh-e19"]
    assert fc.annual_rate(z) == D("5.40")
    z = by["zh-e20"]
    assert z.rows[0]["fees"] == D(400) and z.cost > 36 and verdict["zh-e20"] is True
    assert verdict["zh-e04"] is True and by["zh-e04"].cost > 24
    assert verdict["zh-e11"] is None and by["zh-e11"].cost is None
    assert verdict["zh-e03"] is False and verdict["zh-e06"] is False and verdict["zh-e19"] is False
    e = by["en-e01"]
    assert total_repaid(e) == D(1112) and abs(e.cost - D("93.21")) < D("0.01") and verdict["en-e01"] is False
    e = by["en-e03"]
    assert pay(e) == D(300) and e.net_received == D(1165) and verdict["en-e03"] is False
    e = by["en-e04"]
    assert e.received == D(11520) and verdict["en-e04"] is False
    e = by["en-e05"]
    assert fc.r2(e.principal * e.rate_value / 100 / 365) == D("4.44") and verdict["en-e05"] is False
    e = by["en-e10"]
    assert abs(e.cost - D("35.9")) < D("0.01") and verdict["en-e10"] is False  # the cent-rounded payment: 35.902%
    e = by["en-e08"]
    assert e.rows[-1]["total"] - pay(e) > D(19000) and verdict["en-e08"] is False
    e = by["en-e11"]
    assert e.rows[0]["interest"] == D(5940) and e.cost is None and verdict["en-e11"] is None
    assert en.e11(e).count("Rs. 1,20,000.00") == 1
    e = by["en-e12"]
    assert pay(e) == D(210) and verdict["en-e12"] is None
    e = by["en-e14"]
    assert pay(e) == D(375) and abs(e.cost) < D("1e-9") and verdict["en-e14"] is False
    assert verdict["en-e07"] is None and verdict["en-e13"] is None and verdict["en-e06"] is False
    assert verdict["en-e02"] is False and verdict["en-e09"] is False

def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = digit_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = digit_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    # fcr.main looks these names up in its module at call time
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_v, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
