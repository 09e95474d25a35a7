#!/usr/bin/env python3
"""Held-out batch X of the fresh phrasing corpus, English side (tests/fresh/en/en-b*): 11 documents
written for session 24 without reading the extractors, the rulesets' rules, the locales or the
engine's tests, to measure whether the work on batches A-W generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_x_en.py            # (re)write tests/fresh/en/en-b* (txt, pdf, html, png, expected.json)
    python3 scripts/fresh_corpus_x_en.py --check    # recompute and diff the files against the committed ones

Self-contained driver and renderers; the parameters, the arithmetic, the expected.json schema and
the writers are those of fresh_corpus_w_en.py (and through it of batches A-W): every cost is
re-derived by the solvers of batches D-W; this batch adds a twentieth, `ostrowski_rate`: OSTROWSKI's
fourth-order two-step method on the payment polynomial in the discount factor v = 1 / (1 + i),
f(v) = sum p_k v^k - advance: y = v - f(v)/f'(v), v' = y - f(y)/f'(v) * f(v) / (f(v) - 2 f(y))
(one derivative per step, two function values), kept inside the bracket (0, 1] (a step that leaves
it is replaced by the midpoint); 80-digit decimals. It re-solves every multi-payment cost.

One document is a PNG image (en-b08): the text is set as a PDF page by batch A's writer and rendered
by `pdftoppm -r 150 -png`; `files` lists the .txt and then the .png. PDF: en-b06 (the federal box as
a table); HTML: en-b07.

The products were checked against the NAMES of every document in tests/fresh/en: an Illinois
signature loan in NUMBERED CLAUSES with an origination fee withheld; a New York personal loan whose
figures are in FULL-WIDTH digits; a New York furniture-store-referred loan in ONE LONG PARAGRAPH; a
California loan between a grandmother and grandson with every amount in WORDS only, at 9.75%;
a New York home-roof repair loan as a FLATTENED table whose number of payments is stated nowhere;
an Illinois veterinary-surgery loan (PDF, the federal box as a table); a UK 36-day short-term loan
page (HTML, key/value) at the daily cap; a UK 40-day loan app screen (PNG) with no rate printed (the
rate only from the amount, the total and the days); a US collection agency's letter (not a loan); a
Malaysian licensed moneylender's loan (out of scope); a health insurer's explanation of benefits
(not a loan).

Measured at the branch point (branch batchx-en from fd3d9e3; the worktree's debug build, before any
fix), with `scripts/accuracy.py --only en-b --jobs 1`, after every text and expected value was
committed (1630a09, messages included): 83.2% of the compared fields right (114/137); 6 of the 11
documents wholly right (en-b01 numbered clauses, b02 full-width, b07 HTML, b09, b11; b03 and b04 miss
only the rate field). The 23 misses are the en-b lines of tests/fresh/KNOWN_GAPS.tsv. Messages: 8/8 in
the right tier (2/2 in each tier; tests/messages_x_en/KNOWN_MISSES.tsv is empty).

    field                     en
    doc kind        12/14  85.7%
    principal       12/14  85.7%
    received        10/12  83.3%
    term            10/12  83.3%
    method          11/12  91.7%
    count           11/12  91.7%
    rate             7/11  63.6%
    fees            10/12  83.3%
    APR+-tol        10/13  76.9%
    violation       11/13  84.6%
    date            10/12  83.3%
    conflict            -
    all fields    114/137  83.2%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: en-b08 (txt and PNG: no rate printed; "You borrowed GBP250.00 ... You repay
  GBP335.00" with 40 days: the money is left unparsed, no cost, no HCSTC finding although the uk-hcstc
  ruleset is applied). en-b05's violation is found, but for a different reason: the stated 22.9% is
  above New York's 16% civil line (APR not computed), not the APR above 25%.
* APR absent: en-b05 (flattened table: the values line under the header line; no principal, received,
  count, term or method; the count is stated nowhere, only total / payment), en-b08 (txt and PNG).
* rates: en-b03 (one long paragraph: "interest at 26.5% per year" read as an OVERDUE rate, because the
  late-charge words share the sentence; the APR 26.5% still comes from the payment), en-b04 ("nine and
  three-quarters percent" in words not read; the APR 9.75% comes from the payment), en-b08 (x2, the
  0.85% a day only inferable).
* fees: en-b05 (the 240 processing fee withheld in the flattened table not read), en-b10 (the RM 45
  not read).
* method / count / term: en-b05; en-b10 (30 days from two dates not read).
* dates: en-b05 (the "Loan Date" column not read); en-b10 ("09/11/2026" read month first as
  2026-09-11; a Malaysian document writes the day first).
* kinds: en-b06 (txt and PDF: a loan with its federal box called loan_disclosure, not loan_contract;
  arguable: the document is titled "LOAN AND TRUTH IN LENDING DISCLOSURE" and carries no signature line).
* principal / received: en-b05, en-b10 ("Principal sum: RM3,000.00": not read; out of scope anyway).

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* en-b06: the text has no signature line and says "DISCLOSURE" in its title; loan_disclosure is a
  defensible reading, so the kind miss may be the writer's.
* en-b10: the expected day-first date and the RM 45 as a fee are the writer's readings (Decisions).

Decisions (said here so that they can be argued with):
* Kinds: signed agreements, notes and accepted loan screens are loan_contract; en-b09 (a collection
  letter), en-b11 (an explanation of benefits) are other; en-b10 (Malaysia) is out of scope: a loan,
  no cost, no verdict.
* en-b01: 33.9% over 24 months with a 250 origination fee withheld: 4,750 received; the APR is above
  36%: a violation (Illinois PLPA [C]).
* en-b02: 15.95% with no fee over 36: APR <= 16%: lawful in New York, near the civil line.
* en-b03: 26.5% over 18 with no fee: > 25%: a violation of New York's criminal usury line [C] (the
  corpus's policy for a lender of any licence).
* en-b04: a California individual lender at nine and three-quarters percent (in words): <= 10%: lawful
  near the line.
* en-b05: the count is only in total of payments / payment (reconciliation); 22.9% with a 240
  processing fee withheld: APR > 25%: a violation in New York.
* en-b06: 29.9% with a 105 fee withheld over 24: APR below 36%: lawful in Illinois.
* en-b07: 0.8% a day over 36 days, no fee: at the HCSTC daily cap, total charges 28.8% <= 100%: lawful.
* en-b08: no rate printed: 250 borrowed, 335 repaid after 40 days: 85 / 250 / 40 = 0.85% a day
  > 0.8%: a violation (CONC 5A [C]). The expected rate 0.85% a day is the one the figures imply
  (arguable: a reader may decline to infer it).
* en-b10: the Malaysian interest is stated only as an amount (RM 45 with the principal); the expected
  terms list it as a charge at maturity rather than a rate (arguable; out of scope either way).
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_w_en as fcw  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, kv_div, page  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_k import UPFRONT_EN  # noqa: E402
from fresh_corpus_m import due, end  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_t_en import cheque_words  # noqa: E402
from fresh_corpus_u_en import words_date  # noqa: E402

date = dt.date
PREC = 80
GBP = dict(lang="en", currency="GBP", apr_method="eu-aprc", jurisdiction="GB")
FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Ostrowski's fourth-order method in the discount factor
# ---------------------------------------------------------------------------------------------


def f_and_slope(advance: Decimal, payments: list[Decimal], v: Decimal) -> tuple[Decimal, Decimal]:
    """f(v) = sum p_k v^k - advance and f'(v), k = 1..n."""
    f, f1 = -advance, D(0)
    for k, p in enumerate(payments, start=1):
        f += p * v**k
        f1 += k * p * v ** (k - 1)
    return f, f1


def ostrowski_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, by Ostrowski's two-step iteration."""
    with localcontext() as ctx:
        ctx.prec = PREC
        advance, payments = D(advance), [D(p) for p in payments]
        assert sum(payments) >= advance, "a negative rate: not handled"
        lo, hi, v = D(0), D(1), D("0.9")
        for _ in range(200):
            f, f1 = f_and_slope(advance, payments, v)
            if f == 0:
                break
            lo, hi = (v, hi) if f < 0 else (lo, v)
            y = v - f / f1
            if not lo < y < hi:
                nxt = (lo + hi) / 2
            else:
                fy, _ = f_and_slope(advance, payments, y)
                denom = f - 2 * fy
                nxt = y - fy / f1 * f / denom if denom != 0 else y
                if not lo < nxt < hi:
                    nxt = y
            if abs(nxt - v) < D("1e-60"):
                v = nxt
                break
            v = nxt
        return 1 / v - 1


def ostrowski_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = ostrowski_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = PREC
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_x(s: Spec) -> None:
    fcw.compute_w(s)  # batch W's compute: the solvers of batches A-W
    ostrowski_check(s)


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def b01(s: Spec) -> str:
    """An Illinois signature loan in numbered clauses; the origination fee withheld."""
    P = s.principal
    f = s.fees[0]
    return f"""PRAIRIE STATE NEIGHBOR LOANS, INC. - SIGNATURE LOAN AGREEMENT
Licensed under the Illinois Consumer Installment Loan Act. Office: 410 Main Street, Decatur, Illinois 62523
Borrower: Terrence Oduya, 88 Lincoln Park Drive, Decatur, IL 62521

1. Loan. We lend you {cur(P)} on your signature alone; no collateral is taken.
2. Origination fee. We keep an origination fee of {cur(f.amount)} from the loan, so we send {cur(P - f.amount)}
   to your checking account. You still owe the whole {cur(P)}.
3. Interest. Simple interest at {plain(s.rate_value)}% per annum on the unpaid principal.
4. Payments. You will pay {s.n} monthly installments of {cur(pay(s))}{last(s)}, starting {long_en(due(s, 1))}.
5. Late charge. $15.00 if a payment is more than 10 days late.
6. Prepayment. You may pay early at any time with no penalty.
7. Signed at Decatur, Illinois, {long_en(s.contract_date)}.

Borrower ______________________        Prairie State Neighbor Loans, Inc. ______________________
"""


def b02(s: Spec) -> str:
    """A New York personal loan whose every figure is in full-width digits."""
    P = s.principal
    body = f"""GOTHAM MUTUAL SAVINGS BANK - PERSONAL LOAN NOTE
Borrower: Mei-Ling Zhao, 140-22 Sanford Avenue, Flushing, NY 11355
Principal: {cur(P)}. Fixed interest rate: {plain(s.rate_value)}% per year. No origination or other fees.
Repayment: {s.n} monthly payments of {cur(pay(s))}{last(s)}, the first due {mdy(due(s, 1))}.
Total of payments: {cur(total_repaid(s))}. ANNUAL PERCENTAGE RATE: {apr_text(s)}.
Note date: {mdy(s.contract_date)}. Governed by the laws of the State of New York.
"""
    return body.translate(FULL_WIDTH)


def b03(s: Spec) -> str:
    """A New York loan arranged at a furniture store, written as one long paragraph."""
    P = s.principal
    return (
        f"This loan agreement is made on {long_en(s.contract_date)} in Yonkers, New York, between Hudson Home "
        f"Credit LLC (the lender) and Patrice Lemaire (the borrower), who is buying a sectional sofa and a dining "
        f"set from Riverdale Furniture Gallery, and under it the lender advances {cur(P)} on the borrower's behalf "
        f"to Riverdale Furniture Gallery, and the borrower promises to repay that amount with interest at "
        f"{plain(s.rate_value)}% per year on the declining balance in {s.n} monthly payments of {cur(pay(s))}{last(s)} "
        f"beginning {long_en(due(s, 1))}, no fee of any kind being charged for making the loan, a payment more than "
        f"fifteen days late carrying a late charge of $10.00, and the borrower being free to repay early without "
        f"penalty, all of which the borrower accepts by signing below.\n"
    )


def b04(s: Spec) -> str:
    """A California grandmother-to-grandson loan: every amount in words, ten percent."""
    P = s.principal
    return f"""PROMISSORY NOTE
Made on {words_date(s.contract_date)}, at Fresno, California.
I, Daniel Okafor, promise to pay to my grandmother, Beatrice Okafor, an individual, the sum of
{cheque_words(P)}, which she lent me for the deposit on a condominium, with interest at nine and three-quarters percent per
year on the unpaid balance, in thirty-six equal monthly payments of {cheque_words(pay(s))}{'' if s.rows[-1]['total'] == pay(s) else ', except that the last payment shall be ' + cheque_words(s.rows[-1]['total'])},
beginning on {words_date(due(s, 1))} and ending on {words_date(end(s))}. No fees are charged.
I may prepay all or part of this note at any time without penalty.
Borrower: Daniel Okafor ____________        Lender: Beatrice Okafor ____________
"""


def b05(s: Spec) -> str:
    """A New York roof-repair loan as a flattened table; the count only in total / payment."""
    P = s.principal
    f = s.fees[0]
    return f"""Account No. Borrower Lender Loan Date
NY-20417-08 Harold Finch Empire Roofline Finance Corp. {mdy(s.contract_date)}
Loan Amount Processing Fee (withheld) Net Proceeds to Contractor Interest Rate Monthly Installment Total of Payments First Due
{cur(P)} {cur(f.amount)} {cur(P - f.amount)} {plain(s.rate_value)}% per annum {cur(pay(s))}{last(s)} {cur(total_repaid(s))} {mdy(due(s, 1))}
Installments are due on the same day of each month until the Total of Payments is paid.
Contractor: Catskill Roofing & Gutters, Kingston, New York. Loan made under the laws of New York.
"""


def b06(s: Spec) -> str:
    """An Illinois veterinary-surgery loan (PDF): the federal box as a table."""
    P = s.principal
    f = s.fees[0]
    return f"""PAWSPAY LENDING, LLC - VETERINARY CARE LOAN AND TRUTH IN LENDING DISCLOSURE
Lender: PawsPay Lending, LLC, 200 W Monroe St, Chicago, IL 60606 (Illinois consumer installment lender)
Borrower: Grace Lindqvist, 712 Elm Court, Evanston, IL 60201. Patient: "Biscuit" (canine), TPLO surgery
ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments
{apr_text(s)} | {cur(finance_charge(s))} | {cur(P - f.amount)} | {cur(total_repaid(s))}
Number of payments | Amount of payments | When payments are due
{s.n} | {cur(pay(s))}{last(s)} | monthly beginning {mdy(due(s, 1))}
Loan amount: {cur(P)}. Loan fee {cur(f.amount)} withheld from the loan (prepaid finance charge); {cur(P - f.amount)} paid to North Shore Veterinary Specialists.
Contract rate: {plain(s.rate_value)}% per year.  Late charge: $12.00 after 10 days.  Date: {mdy(s.contract_date)}
"""


def b07(s: Spec) -> str:
    """A UK 36-day short-term loan page (HTML) in key/value pairs, at the daily cap."""
    P = s.principal
    body = f"""<h2>Your loan agreement summary</h2>
{kv_div([("Lender", "Thistle Finance Ltd, authorised and regulated by the Financial Conduct Authority"),
         ("Borrower", "Mr Callum Reid, 4 Leith Walk, Edinburgh EH6 8RE"),
         ("Amount of credit", gbp(P)), ("Interest rate", f"{plain(s.rate_value)}% per day, fixed"),
         ("Duration", f"{s.term_days} days"), ("Fees", "none"),
         ("Total amount payable", gbp(total_repaid(s))), ("Repayment date", uk_date(end(s))),
         ("Representative APR", apr_text(s)), ("Agreement date", uk_date(s.contract_date))])}
<p>Warning: Late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.</p>"""
    return page("Loan agreement", body, False, "")


def b08(s: Spec) -> str:
    """A UK 40-day loan app screen (PNG): no rate, only the amount, the total and the days."""
    P = s.principal
    return f"""QuidKwik - Loan confirmed
You borrowed          {gbp(P)}
Paid to you           {uk_date(s.contract_date)}
Loan length           {s.term_days} days
You repay             {gbp(total_repaid(s))}
Repayment date        {uk_date(end(s))}
Fees                  none
QuidKwik Ltd, Leeds. Authorised and regulated by the Financial Conduct Authority.
"""


def b09(s: Spec) -> str:
    """A US collection agency's letter: not a loan."""
    return """MERIDIAN RECOVERY SERVICES, INC.
PO Box 4410, Tulsa, OK 74159
November 30, 2026
Ref: 7781-20455        Original creditor: Sunrise Medical Group        Account: 4471
Dear Ms. Castellano,
Meridian Recovery Services is a debt collector. We are trying to collect a debt that you owe to Sunrise
Medical Group. We will use any information you give us to help collect the debt.
Itemization date: August 1, 2026. Amount of the debt on that date: $1,284.60
Interest since then: +$0.00   Fees since then: +$0.00   Payments since then: -$200.00
Total amount of the debt now: $1,084.60
How can you dispute the debt? Call or write to us by January 9, 2027 to dispute all or part of the debt.
If you do not, we will assume that our information is correct.
"""


def b10(s: Spec) -> str:
    """A Malaysian licensed moneylender's loan: out of scope."""
    P = s.principal
    fee = s.fees[0].amount
    return f"""SCHEDULE J - MONEYLENDERS ACT 1951 (MALAYSIA) - LOAN AGREEMENT (UNSECURED)
Moneylender: Kredit Setia Sdn. Bhd., Licence No. WL7734/10/01-5/250827, Petaling Jaya, Selangor
Borrower: Encik Faizal bin Hamid, NRIC 850412-10-5531, Shah Alam, Selangor
Principal sum: RM{P:,.2f}        Date of loan: {s.contract_date.strftime('%d/%m/%Y')}
Interest: RM{fee:,.2f}, payable with the principal on {end(s).strftime('%d/%m/%Y')}
Total repayable: RM{P + fee:,.2f}
This agreement is governed by the laws of Malaysia.
"""


def b11(s: Spec) -> str:
    """A health insurer's explanation of benefits: not a loan."""
    return """LAKESHORE HEALTH PLAN - EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Member: Owen Prescott        Member ID: LHP-55810294        Claim no.: 26-118-44702
Provider: Northbrook Orthopedic Associates        Date of service: October 14, 2026
Amount billed: $2,480.00    Plan discount: -$1,115.00    Allowed amount: $1,365.00
Deductible applied: $500.00    Coinsurance (20%): $173.00    Plan paid: $692.00
You may owe the provider: $673.00
If you disagree with this decision you may appeal within 180 days. Questions? Call 1-800-555-0190.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-b01: 5,000 at 33.9% / 12 over 24: 289.70; at 3% a month the 24 payments are worth 4,906.23
#   > 4,750 received: the APR is above 36%.
# * en-b02: 8,000 at 15.95% / 12 over 36: 281.06; at 16% / 12 they are worth 7,994.42 < 8,000: < 16%.
# * en-b03: 4,000 at 26.5% / 12 over 18: 271.72; at 25% / 12 worth 4,043.94 > 4,000: > 25%.
# * en-b04: 12,000 at 9.75% / 12 over 36: 385.80; 9.75% <= 10%.
# * en-b05: 6,000 at 22.9% / 12 over 30: 264.53; at 25% / 12 worth 5,857.21 > 5,760 received: > 25%.
# * en-b06: 3,500 at 29.9% / 12 over 24: 195.51; at 3% a month worth 3,311.07 < 3,395: < 36%.
# * en-b07: 300 x 0.8% x 36 = 86.40 -> 386.40; 86.40 / 300 = 28.8% <= 100%.
# * en-b08: 250 x 0.85% x 40 = 85 -> 335; 0.85% a day > 0.8%.


def specs() -> list[Spec]:
    return [
        c("en-b01-illinois-signature-loan-numbered-clauses-origination-withheld-above-36", b01, **USD,
          principal=D(5000), method="equal_installment", n=24, term_months=24, rate_value=D("33.9"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(250))], jurisdiction="US-IL",
          contract_date=date(2026, 9, 15), start_date=date(2026, 9, 15), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["33.9% and 250 withheld over 24 months: APR above 36%"]),
        c("en-b02-new-york-bank-personal-loan-note-full-width-digits", b02, **USD, principal=D(8000),
          method="equal_installment", n=36, term_months=36, rate_value=D("15.95"), jurisdiction="US-NY",
          contract_date=date(2026, 8, 3), start_date=date(2026, 8, 3), lender_type="bank",
          notes=["15.95% no fee: just under 16%"]),
        c("en-b03-new-york-furniture-purchase-loan-one-long-paragraph-above-25", b03, **USD, principal=D(4000),
          method="equal_installment", n=18, term_months=18, rate_value=D("26.5"), jurisdiction="US-NY",
          contract_date=date(2026, 10, 22), start_date=date(2026, 10, 22), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["26.5% with no fee: above 25%"]),
        c("en-b04-california-grandmother-note-amounts-in-words-just-under-ten-percent", b04, **USD, principal=D(12000),
          method="equal_installment", n=36, term_months=36, rate_value=D("9.75"), jurisdiction="US-CA",
          contract_date=date(2026, 5, 6), start_date=date(2026, 5, 6), lender_type="individual",
          disclose_apr=False, notes=["9.75% <= 10%: lawful near the line"]),
        c("en-b05-new-york-roof-repair-loan-flattened-table-count-from-total", b05, **USD, principal=D(6000),
          method="equal_installment", n=30, term_months=30, rate_value=D("22.9"),
          fees=[Fee("processing fee", UPFRONT_EN + ["processing"], "upfront_deducted", amount=D(240))],
          jurisdiction="US-NY", contract_date=date(2026, 7, 14), start_date=date(2026, 7, 14),
          lender_type="licensed_nonbank", disclose_apr=False,
          notes=["count 30 = total / payment; 240 withheld lifts the APR above 25%"]),
        c("en-b06-illinois-veterinary-surgery-loan-tila-box-table-pdf", b06, "pdf", **USD, principal=D(3500),
          method="equal_installment", n=24, term_months=24, rate_value=D("29.9"),
          fees=[Fee("loan fee", UPFRONT_EN + ["loan"], "upfront_deducted", amount=D(105))], jurisdiction="US-IL",
          contract_date=date(2026, 11, 2), start_date=date(2026, 11, 2), lender_type="licensed_nonbank",
          notes=["105 withheld: 3,395 to the vet; APR below 36%"]),
        c("en-b07-uk-36-day-loan-summary-page-html-at-daily-cap", b07, "html", **GBP, principal=D(300),
          method="bullet", freq="single", n=1, term_days=36, rate_value=D("0.8"), rate_per="day",
          contract_date=date(2026, 10, 5), start_date=date(2026, 10, 5), lender_type="licensed_nonbank",
          notes=["300 x 0.8% x 36 = 86.40: at the daily cap"]),
        c("en-b08-uk-40-day-loan-app-screen-no-rate-over-daily-cap", b08, **GBP, principal=D(250),
          method="bullet", freq="single", n=1, term_days=40, rate_value=D("0.85"), rate_per="day",
          contract_date=date(2026, 9, 28), start_date=date(2026, 9, 28), lender_type="licensed_nonbank",
          disclose_apr=False, opts={"png": True},
          notes=["no rate printed: 85 / 250 / 40 = 0.85% a day > 0.8%"]),
        c("en-b09-collection-agency-validation-letter-medical-debt-not-a-loan", b09, lang="en", currency="USD",
          **OTHER, notes=["a debt collector's letter: no credit extended"]),
        c("en-b10-malaysia-moneylender-schedule-j-out-of-scope", b10, lang="en", currency="MYR",
          apr_method=None, jurisdiction="MY", principal=D(3000), method="bullet", freq="single", n=1,
          term_days=30, rate_value=None,
          fees=[Fee("interest", ["service", "other", "handling", "origination"], "at_maturity", amount=D(45))],
          contract_date=date(2026, 11, 9), start_date=date(2026, 11, 9), lender_type="licensed_nonbank",
          verdict=None, verdict_reason="Malaysian law is outside the bundled rulesets",
          notes=["RM 3,000 + RM 45 in 30 days: out of scope, no cost or verdict"]),
        c("en-b11-health-plan-explanation-of-benefits-not-a-loan", b11, lang="en", currency="USD", **OTHER,
          notes=["an insurer's claim statement: no credit"]),
    ]


def level_value(payment: Decimal, monthly: Decimal, n: int) -> Decimal:
    """What n level payments are worth at a periodic rate (the paper annuity factor)."""
    return payment * (1 - (1 + monthly) ** -n) / monthly


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-b01"]
    assert pay(e) == D("289.70") and e.received == D(4750) and verdict["en-b01"] is True
    assert level_value(D("289.70"), D("0.03"), 24) > D(4750)
    e = by["en-b02"]
    assert pay(e) == D("281.06") and level_value(D("281.06"), D(16) / 1200, 36) < D(8000) and verdict["en-b02"] is False
    assert "１５．９５％" in b02(e) and not any(ch in "0123456789" for ch in b02(e))
    e = by["en-b03"]
    assert pay(e) == D("271.72") and level_value(D("271.72"), D(25) / 1200, 18) > D(4000) and verdict["en-b03"] is True
    e = by["en-b04"]
    assert pay(e) == D("385.80") and verdict["en-b04"] is False and "$" not in b04(e)
    e = by["en-b05"]
    assert pay(e) == D("264.53") and e.received == D(5760) and verdict["en-b05"] is True
    assert level_value(D("264.53"), D(25) / 1200, 30) > D(5760) and f" {e.n} " not in b05(e)
    e = by["en-b06"]
    assert pay(e) == D("195.51") and level_value(D("195.51"), D("0.03"), 24) < D(3395) and verdict["en-b06"] is False
    e = by["en-b07"]
    assert total_interest(e) == D("86.40") and verdict["en-b07"] is False
    e = by["en-b08"]
    assert total_repaid(e) == D(335) and verdict["en-b08"] is True and "%" not in b08(e)
    assert verdict["en-b09"] is False and verdict["en-b11"] is False and verdict["en-b10"] is None
    assert by["en-b10"].cost is None


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = ostrowski_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = ostrowski_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_x, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
