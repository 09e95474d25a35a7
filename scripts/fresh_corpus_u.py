#!/usr/bin/env python3
"""Held-out batch U of the fresh phrasing corpus (tests/fresh/{zh,en}/*-z*): 20 Chinese and 14
English documents written for session 22 without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-T generalises.

    python3 scripts/fresh_corpus_u.py            # (re)write tests/fresh/{zh,en}/*-z* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_u.py --check    # recompute and diff the files against the committed ones

The renderers live in fresh_corpus_u_zh.py and fresh_corpus_u_en.py.

Parameters, arithmetic, the expected.json schema and the writers are those of fresh_corpus_t.py
(and through it of batches A-S): every cost is re-derived by the solvers of batches D-T; this batch
adds a seventeenth, `laguerre_rate`: Laguerre's method on the payment POLYNOMIAL in the discount
factor v = 1 / (1 + i), g(v) = sum p_k v^k - advance (degree n = the number of payments), with
g, g' and g'' by one Horner pass, in 90-digit decimals: G = g'/g, H = G^2 - g''/g, the step
a = n / (G +- sqrt((n - 1)(n H - G^2))) with the sign that makes the denominator larger; kept inside
a bracket [lo, hi] on v with a sign change (a step leaving the bracket, or a negative radicand, is
replaced by bisection). It re-solves every multi-payment cost; i = 1 / v - 1.

Three documents are PNG images, as a borrower's screenshot would be (zh-z01, zh-z06, en-z07): the
text is set as a PDF page by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists
the .txt and then the .png (the suite wants the text form first). PDFs: zh-z04, zh-z15, en-z03;
HTML: zh-z02, en-z01; DOCX: zh-z03.

The TEXTS are new, one renderer per document. Chinese: a credit card's 账单分期 result screen with a
per-period 手续费率 but the whole 手续费 collected with the first instalment (PNG); an online shop's
order page 分期付 with a 服务费 per 期 as a share of the order (HTML); a microloan contract whose term
is only its first and last day in 二〇二六年 numerals, with a 提前还款违约金 clause (DOCX); a rural
bank's business loan to a sole trader at LPR + 60 基点, 按季结息 with the principal at maturity, a
table (PDF); a 分期借款确认书 giving no rate, only each period's 本金 and 利息 (等本等息); a revolving
credit drawdown record at a daily rate for 45 actual days (PNG); a pawnshop's 当票 with 月利率 and
月综合费率 paid at redemption; a notarised private loan at 月息壹分 (exactly 4 x LPR) with interest
each month and dates in numerals; an income-tax 专项附加扣除 form for mortgage interest (not a loan);
a first-home mortgage at the five-year LPR minus 45 基点; a life insurer's 保单借款 for six months; a
microloan whose 担保服务费 is "passed on" to the guarantor out of the payout (砍头息 in another
disguise); an SMS after payout; a detail page at 日息万五; an auto loan with a 30% 弹性尾款 in two
printed columns (PDF); a 债权转让通知书 (not a loan); a Singapore moneylender's contract in Chinese
(out of scope); a bank loan by equal principal stated only as the first payment and the monthly
decrease; an IOU at 月利率贰分 (above 4 x LPR); a microloan "只供息不供本" with a platform fee each
month (above 36%).
English: a BNPL "Pay in 6" checkout (HTML) with a contingent missed-payment fee; a Georgia pawn
ticket; a UK hire purchase agreement with a deposit and an option-to-purchase fee with the last
instalment (PDF); an Illinois loan whose itemization splits the amount financed between "given to you
directly" and "paid on your account", with a prepaid origination fee; a New York promissory note
whose only term is "matures on the fifteenth day of March, 2027"; a certificate of deposit disclosure
(not credit); an Illinois one-month vehicle title loan screen (PNG); a UK three-month loan e-mail at
0.7% a day with a 25 pound late fee; a New York bank TILA disclosure in sentences with amounts in
words; an Irish moneylender with weekly collections (out of scope); an Illinois loan disclosing the
note rate as the APR although an origination fee is deducted; a New York SMS loan at 29.99%; an Ohio
Short-Term Loan Act installment loan with a monthly maintenance fee; an auto lender's payoff quote
letter (not a loan).

Measured at the branch point (branch batchu from 56b2b25; the worktree's own release build, before
any fix), with `scripts/accuracy.py --only zh-z --only en-z`, after every text and expected value was
committed (ff2f1f8): 83.3% of the compared fields right (zh 82.6%, en 84.3%); the 72 misses are the
-z lines of tests/fresh/KNOWN_GAPS.tsv. `cargo test --test suite fresh_corpus::` (the worktree's
debug build) lists 74: the same 72 plus two format-parity lines (zh-z01's PNG reads the 手续费 as
per_period where the text reads upfront_paid; zh-z06's PNG reads a second rate 0.04 per year).
Messages: 14/16 in the right tier (tests/messages_u/README.md).

    field                     zh              en             all
    doc kind        18/26  69.2%    14/17  82.4%    32/43  74.4%
    principal       24/26  92.3%    15/17  88.2%    39/43  90.7%
    received        22/24  91.7%    13/15  86.7%    35/39  89.7%
    term            20/24  83.3%    12/15  80.0%    32/39  82.1%
    method          13/24  54.2%    13/15  86.7%    26/39  66.7%
    count           18/24  75.0%    13/15  86.7%    31/39  79.5%
    rate            18/19  94.7%    11/12  91.7%    29/31  93.5%
    fees            22/24  91.7%    12/15  80.0%    34/39  87.2%
    APR±tol         16/25  64.0%    14/16  87.5%    30/41  73.2%
    violation       24/25  96.0%    12/14  85.7%    36/39  92.3%
    date            24/24 100.0%    11/15  73.3%    35/39  89.7%
    conflict                   -               -               -
    all fields    219/265  82.6%  140/166  84.3%  359/431  83.3%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: zh-z19 (IOU at 月利率贰分 with interest each month: no rate, method or count
  read, so no cost and no verdict), en-z07 (Illinois one-month title loan: the APR 300% IS read,
  but no violation; the contract date is not read from "Funds sent ... on October 2, 2026"),
  en-z12 (New York SMS loan at 29.99%: read as "other", nothing extracted).
* APR off or absent: zh-z15 (30% 弹性尾款 in two columns, text and PDF: count and method not read,
  an APR of 5024% reported, without a violation), zh-z01 (the whole 手续费 with the first
  instalment: no APR, text and PNG), zh-z02 (the order page's per-period principal 399.83 read as the
  principal, text and HTML), zh-z06 (drawdown record: the 45 days not read as the term, text and
  PNG), zh-z19, en-z05 (a note with the amount in cheque words and the term as "matures on the
  fifteenth day of March, 2027": nothing read), en-z12.
* document kinds: zh-z01, zh-z02, zh-z06 (each text and image/HTML), zh-z14, zh-z20 (disclosures
  read as contracts), en-z08 (an e-mail read as a contract), en-z12 (an SMS read as other), en-z13
  (a signed Ohio agreement read as a disclosure).
* dates: en-z05, en-z07 (text and PNG), en-z12.
* fees: en-z01 (the contingent missed-payment fee listed as a cost fee), en-z02 (the pawn service
  charge not listed, though the APR is right), zh-z01 (timing: upfront_paid, not with instalment 1).
* methods and counts: zh-z08 (interest each month for 24 months read as bullet / 1), zh-z18 (equal
  principal told by the first payment and the monthly decrease), zh-z15, zh-z19, en-z10 (30 weekly
  collections: no count or term).

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* zh-z01: the expected timing "on_date" (the first due date) is this batch's reading; loanlint's
  "upfront_paid" would put the 864 at payout, a different cost (an arguable but wrong reading: the
  screen says the fee is billed with the first instalment on 2026-12-05).
* zh-z10: the mortgage was first written over 360 and 300 months; the older solvers of batches E
  and M (secant from 0.1%/5%, Illinois) do not converge there, so it is 120 months (before commit).
* The writer peeked at rulesets/index/cn-lpr-1y.toml's 2026 values (all 3.00%) to pick the dates of
  zh-z08 and zh-z19; fresh_corpus.lpr_on reads that file for every batch.

Decisions (said here so that they can be argued with):
* zh-z01: the 手续费 (864) is charged with the first instalment, not spread: timing on_date (the
  first due date), so the first flow is 1,864; no rate (the 0.60% is a fee rate per period). A
  screen of a done deal: loan_disclosure.
* zh-z02, zh-z13, zh-z14, zh-z20: order pages, SMS and app detail pages are loan_disclosure.
* zh-z03: the 提前还款违约金 is contingent (only on prepayment): no fee expected, no cost effect.
* zh-z04: the rate is LPR (3.00% on 2026-05-12) + 60bp = 3.60%, as the text also states.
* zh-z05: the rate is not written: the rate field is not compared (no_rate_compare); the flat
  1.3% a month is implied by 468 / 36,000. The 确认书 is signed by the borrower and binds: a
  loan_contract. All-in about 28%: the 24-36% warning zone, not a violation.
* zh-z06: a settled drawdown's record with all its terms: loan_disclosure; term 45 days.
* zh-z07: a 当票 is the pawn contract: loan_contract; 综合费 is a fee at maturity (at redemption),
  34.8% < 36%: not a violation (the 典当管理办法's own fee caps are not in legal.md: not judged).
* zh-z08: 12% is exactly 4 x LPR (3.00% on 2026-04-01): not above, lawful; the overdue 12% too.
* zh-z10: the executed rate 3.05% is stated; it is the five-year LPR (3.50% as the text says) less
  45bp, not the one-year index: a reader must take the stated 3.05%.
* zh-z11: an insurer's policy loan is credit from a licensed institution: cost 5%, lawful.
* zh-z12: the guarantee fee is taken out of the payout (to a third party, by the borrower's
  "authorisation"): upfront_deducted, 18,800 received; a violation (141号 [S]) as for any fee
  deducted before payout.
* zh-z15: the 60,000 弹性尾款 is paid with the 36th instalment: method equal_installment (or other);
  the level payment is the one that leaves 60,000 owing after 36 payments.
* zh-z17 (Singapore) and en-z10 (Ireland): out of scope: no cost, no verdict.
* zh-z18: 等额本金 described only as a first payment and a monthly decrease: equal_principal.
* zh-z19: 24% > 12% (4 x 3.00% on 2026-07-15): a violation (Art. 25 [C]).
* zh-z20: interest-only (只供息不供本) with a 2.2% platform fee each month: 38.4% > 36%: a violation.
* en-z01: the missed-payment fee is contingent: no fee expected; 0%: lawful (Illinois).
* en-z02: Georgia is not in the reference: null; the pawn charge is a finance charge at maturity.
* en-z03: hire purchase is credit (the hirer pays for the goods by instalments; title passes at the
  end); the deposit is not credit; the option-to-purchase fee is a charge at maturity in the APRC.
  Not high-cost short-term credit: no cap, lawful.
* en-z04: the 1,800 paid on the borrower's other account is money lent to the borrower: the amount
  financed 3,000 is what was received; the 150 prepaid finance charge is deducted (principal 3,150).
* en-z05: "matures on" a date a year after the note: term 12 months, single payment; 9% is within
  New York's 16%: lawful.
* en-z07: a one-month title loan at 25% a month: the Reg Z unit-period is the month, 300% > 36%.
* en-z08: the schedule charges 0.7% x 365 / 12 a month on the balance (the daily rate as a monthly
  rate); the 25 pound late fee is above CONC 5A's 15 pound default-fee cap [C]: a violation.
* en-z11: the disclosed 19.90% is the note rate; the true APR with the 250 origination fee is
  23.68%: outside the 1/8 point tolerance (Reg Z 1026.22(a)(2) [C]): a violation (the 36%
  cap is not exceeded).
* en-z12: 29.99% > New York's 25% criminal usury line: a violation.
* en-z13: Ohio is not in the reference: null; the 30 maintenance fee each month is in the APR.

Decisions (session 23), under the lead's ruling of session 23: an app / H5 page or slip that
  records a CONCLUDED loan's own terms (借款详情, 借款成功, 借款记录详情, 借款服务确认页 after
  payout, an order placed on instalments) is the borrower's record of the agreement:
  loan_contract. Pre-contract pages, notices sent about a loan and bare repayment schedules stay
  loan_disclosure.
* zh-z06 (借款记录详情 of a settled drawing): relabelled loan_disclosure -> loan_contract.
* zh-z14 (借款详情 with 到账金额 and 借款时间): relabelled loan_disclosure -> loan_contract.
* zh-z20 (借款服务确认页 with 借款日期 and 放款机构, no button or pre-contract remark): relabelled
  loan_disclosure -> loan_contract.
  (This overrides the batch's own decisions above for zh-z06, zh-z14 and zh-z20; zh-z02, an order
  page 确认订单, and zh-z13, an SMS, stay loan_disclosure.)

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
import fresh_corpus_t as fct  # noqa: E402
import fresh_corpus_u_en as en  # noqa: E402
import fresh_corpus_u_zh as zh  # noqa: E402
from fresh_corpus import D, Fee, Spec  # noqa: E402
from fresh_corpus_b import total_interest, total_repaid  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD, Dated  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_k import UPFRONT_EN  # noqa: E402
from fresh_corpus_m import CHARGE  # noqa: E402

date = dt.date
PREC = 90
V_EPS = D("1e-60")


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Laguerre's method on the polynomial in the discount factor
# ---------------------------------------------------------------------------------------------


def horner3(advance: Decimal, pays: list[Decimal], v: Decimal) -> tuple[Decimal, Decimal, Decimal]:
    """g(v) = sum p_k v^k - advance with g' and g'': Horner on the coefficients [p_n .. p_1, -advance]."""
    coeffs = list(reversed(pays)) + [-advance]
    g = g1 = g2 = D(0)
    for a in coeffs:
        g2 = g2 * v + g1
        g1 = g1 * v + g
        g = g * v + a
    return g, g1, 2 * g2


def laguerre_root(advance: Decimal, pays: list[Decimal]) -> Decimal:
    """The root of the increasing g in (0, 2] by bracketed Laguerre steps."""
    n = len(pays)
    lo, hi = D("1e-9"), D(2)
    assert horner3(advance, pays, lo)[0] < 0 < horner3(advance, pays, hi)[0]
    v = D("0.99")
    for _ in range(500):
        g, g1, g2 = horner3(advance, pays, v)
        if g == 0:
            return v
        if g < 0:
            lo = max(lo, v)
        else:
            hi = min(hi, v)
        nxt = None
        big_g = g1 / g
        h = big_g * big_g - g2 / g
        rad = (n - 1) * (n * h - big_g * big_g)
        if rad >= 0:
            root = rad.sqrt()
            den = big_g + root if abs(big_g + root) >= abs(big_g - root) else big_g - root
            if den != 0:
                nxt = v - n / den
        if nxt is None or not lo < nxt < hi:
            nxt = (lo + hi) / 2  # the safeguard: bisect the bracket
        if abs(nxt - v) < V_EPS or hi - lo < V_EPS:
            return nxt
        v = nxt
    raise AssertionError("Laguerre did not converge")


def laguerre_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """Periodic i with advance = sum p_k (1 + i)^-k."""
    with localcontext() as ctx:
        ctx.prec = PREC
        v = laguerre_root(D(advance), [D(p) for p in payments])
        return 1 / v - 1


T_COMPUTE = fct.compute_t  # kept before main() puts compute_u in its place


def laguerre_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = laguerre_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = PREC
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_u(s: Spec) -> None:
    T_COMPUTE(s)  # batch T's compute: the solvers of batches A-T, Muller's last
    laguerre_check(s)


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * zh-z01: 12,000 x 0.60% x 12 = 864 of fee, all with the first instalment: 1,000 + 864 = 1,864,
#   then 11 x 1,000.
# * zh-z02: 2,399 x 0.75% = 17.9925 -> 17.99 a period; 2,399 / 6 = 399.83 (x 5 = 1,999.15, the last
#   399.85); 399.83 + 17.99 = 417.82; fees 6 x 17.99 = 107.94.
# * zh-z04: 3.00% + 0.60 = 3.60%; 300,000 x 3.6% / 4 = 2,700 a quarter; the 4th 302,700.
# * zh-z05: 36,000 x 1.3% = 468; 36,000 / 12 = 3,000; 3,468 a month; 12 x 468 = 5,616 of interest.
# * zh-z06: 5,000 x 0.04% x 45 = 90; 0.04 x 365 = 14.6% a year.
# * zh-z07: 20,000 x 0.5% = 100 + 20,000 x 2.4% = 480 -> 20,580; 580 / 20,000 = 2.9% a month x 12
#   = 34.8% a year.
# * zh-z08: 200,000 x 1% = 2,000 a month; 12% = 4 x 3.00%: not above.
# * zh-z12: 20,000 - 1,200 = 18,800 received.
# * zh-z18: 60,000 / 24 = 2,500; 60,000 x 4.2% / 12 = 210 -> 2,710; each month falls by 2,500 x
#   0.35% = 8.75; the last 2,500 + 8.75 = 2,508.75.
# * zh-z19: 50,000 x 2% = 1,000 a month; 24% > 4 x 3.00% = 12%.
# * zh-z20: 10,000 x 1% = 100 + 10,000 x 2.2% = 220 -> 320 a month = 3.2% of the principal, the
#   principal with the 6th: a level 3.2% a month, IRR 3.2% x 12 = 38.4% > 36%.
# * en-z02: 62.50 / 250 = 25% for 30 days; x 365 / 30 = 304.1667%.
# * en-z04: 3,150 - 150 = 3,000 = 1,200 directly + 1,800 on the other account.
# * en-z05: 10,000 x 9% = 900 -> 10,900 (Ten Thousand Nine Hundred and 00/100 Dollars).
# * en-z07: 1,000 x 25% = 250 -> 1,250; 25% x 12 = 300%.
# * en-z11: 5,000 - 250 = 4,750 received; 19.90% disclosed.

ZH_FEE = ["service", "consulting", "handling", "management", "other"]


def specs() -> list[Spec]:
    return [
        c("zh-z01-credit-card-bill-instalment-screen-fee-all-in-first-period", zh.z01, principal=D(12000),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=12, term_months=12,
          fees=[Dated("分期手续费", ["handling", "service", "other"], "on_date", amount=D(864), period=1)],
          contract_date=date(2026, 11, 5), start_date=date(2026, 11, 5), lender_type="bank", kind="loan_disclosure",
          opts={"png": True}, notes=["864 of fee with the first instalment: 1,864, then 1,000 a month"]),
        c("zh-z02-shop-order-page-installment-service-fee-per-period", zh.z02, "html", principal=D(2399),
          method="flat_rate", method_accept=["equal_principal", "equal_installment"], n=6, term_months=6,
          fees=[Fee("服务费", ["service", "handling", "other"], "per_period", percent=D("0.75"))],
          contract_date=date(2026, 6, 18), start_date=date(2026, 6, 18), lender_type="consumer_finance",
          kind="loan_disclosure", notes=["17.99 of service fee each of 6 periods, no interest"]),
        c("zh-z03-microloan-contract-term-by-numeral-dates-prepayment-penalty-docx", zh.z03_blocks, "docx",
          principal=D(30000), method="equal_installment", n=12, term_months=12, rate_value=D("21.6"),
          contract_date=date(2026, 3, 10), start_date=date(2026, 3, 10), lender_type="microloan",
          notes=["the term only as 二〇二六年三月十日 to 二〇二七年三月十日; the 3% penalty is contingent"]),
        c("zh-z04-sole-trader-business-loan-lpr-plus-bp-quarterly-interest-pdf", zh.z04, "pdf", principal=D(300000),
          method="interest_only", n=4, freq="quarter", term_months=12, lpr_spread_bp=60,
          contract_date=date(2026, 5, 12), start_date=date(2026, 5, 12), lender_type="bank",
          notes=["LPR 3.00 + 0.60 = 3.60%; 2,700 a quarter, the principal with the 4th"]),
        c("zh-z05-flat-loan-confirmation-principal-and-interest-per-period-no-rate", zh.z05, principal=D(36000),
          method="flat_rate", method_accept=["equal_principal"], n=12, term_months=12, rate_value=D("1.3"),
          rate_per="month", contract_date=date(2026, 8, 8), start_date=date(2026, 8, 8),
          lender_type="consumer_finance", opts={"no_rate_compare": True},
          notes=["3,000 + 468 each month; 468 / 36,000 = 1.3% flat a month, not written"]),
        c("zh-z06-revolving-credit-drawdown-record-daily-rate-actual-days", zh.z06, principal=D(5000), method="bullet",
          freq="single", n=1, term_days=45, rate_value=D("0.04"), rate_per="day", contract_date=date(2026, 9, 1),
          start_date=date(2026, 9, 1), lender_type="consumer_finance", kind="loan_contract", opts={"png": True},
          notes=["90 for 45 days at 0.04% a day"]),
        c("zh-z07-pawn-ticket-monthly-rate-and-composite-fee-at-redemption", zh.z07, principal=D(20000),
          method="bullet", freq="single", n=1, term_months=1, rate_value=D("0.5"), rate_per="month",
          fees=[Fee("综合费", ZH_FEE, "at_maturity", amount=D(480))], contract_date=date(2026, 10, 8),
          start_date=date(2026, 10, 8), lender_type="pawnshop",
          notes=["100 interest + 480 综合费 at redemption: 2.9% for a month"]),
        c("zh-z08-notarised-private-loan-monthly-one-fen-numeral-dates-at-4lpr", zh.z08, principal=D(200000),
          method="interest_only", n=24, term_months=24, rate_value=D(1), rate_per="month", overdue_annual=D(12),
          contract_date=date(2026, 4, 1), start_date=date(2026, 4, 1), lender_type="individual",
          notes=["月息壹分 = 12% = 4 x 3.00%: not above; 2,000 a month"]),
        c("zh-z09-income-tax-mortgage-interest-deduction-form-not-a-loan", zh.z09, **OTHER,
          notes=["a tax form naming a mortgage: no terms of credit"]),
        c("zh-z10-first-home-mortgage-five-year-lpr-minus-bp", zh.z10, principal=D(600000),
          method="equal_installment", n=120, term_months=120, rate_value=D("3.05"), contract_date=date(2026, 6, 18),
          start_date=date(2026, 6, 18), lender_type="bank", notes=["3.50 - 0.45 = 3.05% over 10 years"]),
        c("zh-z11-life-insurer-policy-loan-six-months-single-payment", zh.z11, principal=D(50000), method="bullet",
          freq="single", n=1, term_months=6, rate_value=D(5), contract_date=date(2026, 2, 26),
          start_date=date(2026, 2, 26), lender_type="insurer", notes=["50,000 x 5% / 2 = 1,250 at the end"]),
        c("zh-z12-microloan-guarantee-fee-passed-to-guarantor-out-of-payout", zh.z12, principal=D(20000),
          method="equal_installment", n=12, term_months=12, rate_value=D(18),
          fees=[Fee("担保服务费", ["guarantee", "service", "other"], "upfront_deducted", amount=D(1200))],
          contract_date=date(2026, 7, 20), start_date=date(2026, 7, 20), lender_type="microloan",
          notes=["1,200 sent to the guarantor out of the payout: 18,800 received"]),
        c("zh-z13-consumer-finance-payout-sms-annualised-simple-rate", zh.z13, principal=D(10000),
          method="equal_installment", n=12, term_months=12, rate_value=D(18), contract_date=date(2026, 10, 15),
          start_date=date(2026, 10, 15), lender_type="consumer_finance", kind="loan_disclosure",
          notes=["18% over 12 equal instalments"]),
        c("zh-z14-loan-detail-page-daily-rate-wan-wu", zh.z14, principal=D(6000), method="equal_installment", n=6,
          term_months=6, rate_value=D("0.05"), rate_per="day", contract_date=date(2026, 8, 22),
          start_date=date(2026, 8, 22), lender_type="consumer_finance", kind="loan_contract",
          notes=["日息万五 = 0.05% a day = 18.25% a year"]),
        c("zh-z15-auto-loan-thirty-percent-balloon-two-columns-pdf", zh.z15, "pdf", principal=D(140000),
          method="equal_installment", method_accept=["other"], n=36, term_months=36, rate_value=D("4.99"),
          payment_override=fce.balloon_payment(D(140000), D("4.99"), 36, D(60000)), contract_date=date(2026, 4, 28),
          start_date=date(2026, 4, 28), lender_type="auto_finance",
          notes=["35 level payments, the 36th with the 60,000 尾款"]),
        c("zh-z16-debt-assignment-notice-not-a-loan", zh.z16, **OTHER,
          notes=["a notice that a claim was assigned: no new credit"]),
        c("zh-z17-singapore-moneylender-contract-chinese-sgd-out-of-scope", zh.z17, principal=D(3000),
          method="equal_installment", n=6, term_months=6, rate_value=D("3.5"), rate_per="month", currency="SGD",
          jurisdiction="SG", apr_method=None, contract_date=date(2026, 5, 5), start_date=date(2026, 5, 5),
          lender_type="licensed_nonbank", verdict=None,
          verdict_reason="Singapore law is outside the bundled rulesets",
          notes=["a Singapore moneylender: out of scope, no cost or verdict"]),
        c("zh-z18-bank-loan-equal-principal-first-payment-and-monthly-decrease", zh.z18, principal=D(60000),
          method="equal_principal", n=24, term_months=24, rate_value=D("4.2"), contract_date=date(2026, 7, 1),
          start_date=date(2026, 7, 1), lender_type="bank", notes=["2,710 the first month, 8.75 less each month"]),
        c("zh-z19-iou-monthly-two-fen-numeral-dates-above-4lpr", zh.z19, principal=D(50000), method="interest_only",
          n=6, term_months=6, rate_value=D(2), rate_per="month", contract_date=date(2026, 7, 15),
          start_date=date(2026, 7, 15), lender_type="individual", notes=["月利率贰分 = 24% > 12%"]),
        c("zh-z20-microloan-interest-only-in-new-words-platform-fee-above-36", zh.z20, principal=D(10000),
          method="interest_only", n=6, term_months=6, rate_value=D(1), rate_per="month",
          fees=[Fee("平台服务费", ["service", "platform", "other"], "per_period", percent=D("2.2"))],
          contract_date=date(2026, 9, 9), start_date=date(2026, 9, 9), lender_type="microloan",
          kind="loan_contract", notes=["100 + 220 a month, the principal with the 6th: 38.4%"]),
        # ------------------------------------------------------------------ English
        c("en-z01-bnpl-pay-in-6-checkout-missed-payment-fee", en.e01, "html", **USD, principal=D(900),
          method="equal_installment", n=6, term_months=6, rate_value=D(0), jurisdiction="US-IL",
          contract_date=date(2026, 9, 14), start_date=date(2026, 9, 14), lender_type="bank", kind="loan_disclosure",
          notes=["6 x 150, 0%; the 10 fee only if a payment is missed"]),
        c("en-z02-georgia-pawn-ticket-30-days", en.e02, **USD, principal=D(250), method="bullet", freq="single", n=1,
          term_days=30, fees=[Fee("pawn service charge", CHARGE, "at_maturity", amount=D("62.50"))],
          jurisdiction="US-GA", contract_date=date(2026, 10, 20), start_date=date(2026, 10, 20),
          lender_type="pawnshop", notes=["62.50 on 250 for 30 days: 304.17%"]),
        c("en-z03-uk-hire-purchase-deposit-option-to-purchase-fee-pdf", en.e03, "pdf", lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(12000), method="equal_installment", n=48,
          term_months=48, rate_value=D("7.9"),
          fees=[Fee("option-to-purchase fee", ["other", "handling", "service", "administration"], "at_maturity",
                    amount=D(10))],
          contract_date=date(2026, 5, 21), start_date=date(2026, 5, 21), lender_type="licensed_nonbank",
          notes=["14,500 cash price - 2,500 deposit = 12,000 credit; 10 with the 48th instalment"]),
        c("en-z04-illinois-itemization-given-directly-and-paid-on-account", en.e04, **USD, principal=D(3150),
          method="equal_installment", n=24, term_months=24, rate_value=D("24.9"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(150))], jurisdiction="US-IL",
          contract_date=date(2026, 6, 3), start_date=date(2026, 6, 3), lender_type="licensed_nonbank",
          notes=["amount financed 3,000 = 1,200 directly + 1,800 on account; 150 prepaid"]),
        c("en-z05-new-york-note-matures-on-date-in-words", en.e05, **USD, principal=D(10000), method="bullet",
          freq="single", n=1, term_months=12, rate_value=D(9), jurisdiction="US-NY", contract_date=date(2026, 3, 15),
          start_date=date(2026, 3, 15), lender_type="individual", disclose_apr=False,
          notes=["10,900 on the fifteenth day of March, 2027"]),
        c("en-z06-certificate-of-deposit-disclosure-not-credit", en.e06, lang="en", currency="USD", **OTHER,
          notes=["a deposit account: the bank owes the customer"]),
        c("en-z07-illinois-one-month-title-loan-screen", en.e07, **USD, principal=D(1000), method="bullet",
          freq="single", n=1, term_months=1, rate_value=D(25), rate_per="month", jurisdiction="US-IL",
          contract_date=date(2026, 10, 2), start_date=date(2026, 10, 2), lender_type="licensed_nonbank",
          kind="loan_disclosure", opts={"png": True}, notes=["250 for a month: 300% > 36%"]),
        c("en-z08-uk-three-month-loan-email-daily-rate-late-fee-25", en.e08, lang="en", currency="GBP",
          apr_method="eu-aprc", jurisdiction="GB", principal=D(300), method="equal_installment", n=3, term_months=3,
          rate_value=D("0.7"), rate_per="day", contract_date=date(2026, 11, 23), start_date=date(2026, 11, 23),
          lender_type="licensed_nonbank", kind="loan_disclosure", opts={"default_fee": 25},
          notes=["0.7% a day as 255.5% / 12 a month on the balance; a 25 late fee > 15"]),
        c("en-z09-new-york-bank-tila-sentences-amounts-in-words", en.e09, **USD, principal=D(15000),
          method="equal_installment", n=48, term_months=48, rate_value=D("11.99"), jurisdiction="US-NY",
          contract_date=date(2026, 2, 10), start_date=date(2026, 2, 10), lender_type="bank", kind="loan_disclosure",
          notes=["48 monthly payments at 11.99%"]),
        c("en-z10-irish-moneylender-weekly-collections-out-of-scope", en.e10, lang="en", currency="EUR",
          apr_method=None, jurisdiction="IE", principal=D(1000), method="equal_installment", n=30, freq="week",
          rate_value=D(150), contract_date=date(2026, 4, 9), start_date=date(2026, 4, 9),
          lender_type="licensed_nonbank", verdict=None, verdict_reason="Irish law is outside the bundled rulesets",
          notes=["an Irish moneylender: out of scope, no cost or verdict"]),
        c("en-z11-illinois-apr-disclosed-as-note-rate-origination-deducted", en.e11, **USD, principal=D(5000),
          method="equal_installment", n=36, term_months=36, rate_value=D("19.9"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(250))],
          disclosed_apr_override=D("19.90"), jurisdiction="US-IL", contract_date=date(2026, 8, 12),
          start_date=date(2026, 8, 12), lender_type="licensed_nonbank",
          notes=["4,750 received; 19.90% disclosed, 23.68% actual"]),
        c("en-z12-new-york-sms-loan-near-30-percent", en.e12, **USD, principal=D(1200), method="equal_installment",
          n=12, term_months=12, rate_value=D("29.99"), jurisdiction="US-NY", contract_date=date(2026, 11, 2),
          start_date=date(2026, 11, 2), lender_type="licensed_nonbank", kind="loan_disclosure",
          notes=["29.99% > 25%"]),
        c("en-z13-ohio-short-term-loan-act-monthly-maintenance-fee", en.e13, **USD, principal=D(800),
          method="equal_installment", n=4, term_months=4, rate_value=D(28),
          fees=[Fee("monthly maintenance fee", ["maintenance", "management", "service", "other"], "per_period",
                    amount=D(30))],
          jurisdiction="US-OH", contract_date=date(2026, 9, 25), start_date=date(2026, 9, 25),
          lender_type="licensed_nonbank", notes=["28% + 30 a month on 800"]),
        c("en-z14-auto-lender-payoff-quote-letter-not-a-loan", en.e14, lang="en", currency="USD", **OTHER,
          notes=["a payoff quote for an existing loan: no new credit"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    z = by["zh-z01"]
    assert z.rows[0]["total"] == D(1864) and all(r["total"] == D(1000) for r in z.rows[1:])
    z = by["zh-z02"]
    assert pay(z) == D("417.82") and z.rows[-1]["principal"] == D("399.85") and sum(r["fees"] for r in z.rows) == D("107.94")
    z = by["zh-z04"]
    assert z.rate_value == D("3.60") and pay(z) == D(2700) and z.rows[-1]["total"] == D(302700)
    z = by["zh-z05"]
    assert pay(z) == D(3468) and total_interest(z) == D(5616) and verdict["zh-z05"] is False
    z = by["zh-z06"]
    assert z.rows[0]["interest"] == D(90) and fc.annual_rate(z) == D("14.60") and abs(z.cost - D("14.6")) < D("1e-9")
    z = by["zh-z07"]
    assert total_repaid(z) == D(20580) and abs(z.cost - D("34.8")) < D("1e-9") and verdict["zh-z07"] is False
    z = by["zh-z08"]
    assert pay(z) == D(2000) and verdict["zh-z08"] is False
    z = by["zh-z12"]
    assert z.received == D(18800) and verdict["zh-z12"] is True
    z = by["zh-z18"]
    assert z.rows[0]["total"] == D(2710) and z.rows[0]["total"] - z.rows[1]["total"] == D("8.75")
    assert z.rows[-1]["total"] == D("2508.75")
    z = by["zh-z19"]
    assert pay(z) == D(1000) and verdict["zh-z19"] is True
    z = by["zh-z20"]
    assert pay(z) == D(320) and abs(z.cost - D("38.4")) < D("1e-9") and verdict["zh-z20"] is True
    assert verdict["zh-z17"] is None and by["zh-z17"].cost is None
    assert verdict["zh-z10"] is False and verdict["zh-z11"] is False and verdict["zh-z03"] is False
    e = by["en-z02"]
    assert abs(e.cost - D("304.1666666")) < D("1e-6") and verdict["en-z02"] is None
    e = by["en-z04"]
    assert e.received == D(3000) and e.cost < 36 and verdict["en-z04"] is False
    e = by["en-z05"]
    assert total_repaid(e) == D(10900) and verdict["en-z05"] is False
    assert en.cheque_words(D(10900)) == "Ten Thousand Nine Hundred and 00/100 Dollars"
    assert en.words_date(date(2027, 3, 15)) == "the fifteenth day of March, 2027"
    e = by["en-z07"]
    assert total_repaid(e) == D(1250) and abs(e.cost - D(300)) < D("1e-9") and verdict["en-z07"] is True
    e = by["en-z11"]
    assert e.received == D(4750) and e.cost - D("19.90") > D("0.125") and verdict["en-z11"] is True
    assert verdict["en-z08"] is True and verdict["en-z12"] is True and verdict["en-z03"] is False
    assert verdict["en-z13"] is None and verdict["en-z10"] is None and by["en-z10"].cost is None
    assert verdict["en-z01"] is False and verdict["en-z09"] is False


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = laguerre_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = laguerre_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    # fcr.main looks these names up in its module at call time
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_u, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
