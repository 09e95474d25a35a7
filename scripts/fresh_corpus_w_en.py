#!/usr/bin/env python3
"""Held-out batch W of the fresh phrasing corpus, English side (tests/fresh/en/en-a*): 14 documents
written for session 24 without reading the extractors, the rulesets' rules, the locales or the
engine's tests, to measure whether the work on batches A-V generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_w_en.py            # (re)write tests/fresh/en/en-a* (txt, pdf, html, png, expected.json)
    python3 scripts/fresh_corpus_w_en.py --check    # recompute and diff the files against the committed ones

Self-contained driver and renderers; the parameters, the arithmetic, the expected.json schema and
the writers are those of fresh_corpus_v.py (and through it of batches A-V): every cost is re-derived
by the solvers of batches D-V; this batch adds a nineteenth, `householder_rate`: Householder's method
of ORDER THREE on the payment polynomial in the discount factor v = 1 / (1 + i),
f(v) = sum p_k v^k - advance, with x' = x - (6 f f'^2 - 3 f^2 f'') / (6 f'^3 - 6 f f' f'' + f^2 f''')
(quartic convergence; Halley is the order-two member), kept inside the bracket (0, 1] that
f(0) = -advance < 0 <= f(1) gives (a step that leaves the bracket is replaced by its midpoint);
80-digit decimals. It re-solves every multi-payment cost.

One document is a PNG image (en-a11): the text is set as a PDF page by batch A's writer and rendered
by `pdftoppm -r 150 -png`; `files` lists the .txt and then the .png. PDFs: en-a02 (the federal box
and the itemization as a table), en-a14; HTML: en-a12.

The products were checked against the NAMES of every document in tests/fresh/en (en-e.. to en-z..):
an Illinois HVAC contractor's repair loan in numbered clauses with an origination fee paid at
signing; a New York dental-implant loan (PDF, the federal box as a table) with the fee deducted; a
UK university-hardship short-term loan (key/value) at 0.79% a day; a UK 60-day "emergency boiler"
loan with an account set-up fee, its figures in FULL-WIDTH digits; a California loan between former
roommates for a used car with every amount in WORDS only; an apartment security-deposit itemization
letter (not a loan); a Kenyan mobile-money loan SMS (out of scope); a wedding venue's deposit
schedule (prepayment for a service: not credit); an Illinois installment loan as a FLATTENED table
whose number of payments is stated nowhere (total of payments / payment); a New York loan-offer
e-mail with no rate and no APR (the cost only from the payment, the count and the principal); an
Illinois auto-repair shop's financing screen with payments every two weeks (PNG); a New York travel
agency's pay-monthly booking page (HTML); an Illinois funeral-expense loan in ONE LONG PARAGRAPH with
an origination fee taken from the proceeds; an Illinois moving-expense loan offer letter (PDF).

Measured at the branch point (branch batchw-en from 7b591cf; the worktree's debug build, before any
fix), with `scripts/accuracy.py --only en-a --jobs 1`, after every text and expected value was
committed (443ce10, messages included): 80.7% of the compared fields right (146/181); 7 of the 14
documents wholly right (en-a01, a03, a04 full-width, a06, a08, a11 PNG, a14 PDF). The 36 misses are
the en-a lines of tests/fresh/KNOWN_GAPS.tsv (`cargo test --test suite fresh_corpus::` lists the same
36, one of them en-a12's html_vs_text line). Messages: 8/8 in the right tier (2/2 in each tier).

    field                     en
    doc kind        17/18  94.4%
    principal       14/18  77.8%
    received        12/16  75.0%
    term            11/16  68.8%
    method          14/16  87.5%
    count           11/16  68.8%
    rate            13/15  86.7%
    fees            14/16  87.5%
    APR+-tol        11/17  64.7%
    violation       15/17  88.2%
    date            14/16  87.5%
    conflict            -
    all fields    146/181  80.7%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: en-a10 (the APR 26.90% is computed from the payment, but "Buffalo, New York" in
  the sender's sign-off is not taken as the state: "no US state found", New York's 25% line not
  applied); en-a13 (one long paragraph: "borrowed $6,000.00 from" not read as the principal, the
  32.9% rate not read: no APR, no Illinois 36% violation). en-a01, a04, a05 found.
* APR absent: en-a02 (text and PDF: the count 48 sits in a table row " | 48 | $250.43 | monthly
  beginning ..." and is not read: no term, no count), en-a05 (principal only in cheque words "Nine
  Thousand and 00/100 Dollars": not read; the violation is found from "eleven percent"), en-a09
  (flattened table: the values line under the header line; no principal; "Route 66" in the lender's
  name read as 66 payments and 66 months), en-a12 text twin (the elided schedule rows 1-3 read as a
  3-payment loan; the HTML is read right: an html_vs_text gap), en-a13.
* rates: en-a10 (no rate printed; the expected 26.9% is the one the payment implies: arguable),
  en-a13.
* fees: en-a13 (the origination fee kept "out of the loan proceeds" read per_period, not
  upfront_deducted); en-a07 (the facility fee not listed: the SMS is called other).
* method / count / term: en-a02, en-a09, en-a12 (text), en-a07.
* dates: en-a07 ("02/11/26" read month first as 2026-02-11; Kenya writes the day first), en-a09 (the
  "Date of Loan" column of the flattened table not read).
* kinds: en-a07 (a Kenyan loan SMS called other rather than loan_disclosure; out of scope either way,
  no verdict expected, none given).

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* en-a07: the expected kind loan_disclosure and the day-first date are the writer's readings of a
  Kenyan SMS; "other" for an out-of-scope loan is arguably harmless since no verdict is expected.
* en-a10: the expected rate 26.9% is printed nowhere (see Decisions); a reader that declines to
  infer it loses one field, not the verdict.

Decisions (said here so that they can be argued with):
* Kinds: signed agreements, notes and accepted loan screens are loan_contract; an offer e-mail and
  an offer letter not yet accepted are loan_disclosure (en-a10, en-a14). en-a06 (a landlord's
  deposit itemization), en-a08 (a venue's deposit schedule: the customer pays BEFORE the service, so
  no debt is deferred: not credit) are other; en-a07 (Kenya) is out of scope (no cost, no verdict).
* en-a01: the origination fee is paid by the borrower at signing, not deducted: at_disbursement,
  received = the principal, the fee in the APR (Reg Z finance charge): above 36% (Illinois PLPA [C]).
* en-a02: the fee is withheld from the proceeds (upfront_deducted); the box's APR is the true one;
  15.9x% <= 16%: lawful in New York, close to the civil line.
* en-a03: a UK HCSTC loan (APRC >= 100%, <= 12 months): 0.79% a day <= 0.8%, total charges 35.55% of
  credit <= 100%: lawful, near the daily cap (CONC 5A [C]).
* en-a04: the 30 set-up fee is taken from the 300 before payout (upfront_deducted: 270 received);
  the daily cap counts every charge against the credit: (126 + 30) / 300 / 60 = 0.867% a day > 0.8%:
  a violation.
* en-a05: a California individual lender at 11% > 10% (Const. art. XV, as the corpus reads it):
  a violation. Amounts are only in words (cheque style), the rate in words.
* en-a09: the count is only in the total of payments / payment; 35.5% <= 36%: lawful, near the line.
* en-a10: no rate and no APR printed: the rate (26.9% a year, equal instalments) is inferable from
  the principal, the payment and the count; the APR 26.9x% > 25%: a violation of New York's criminal
  usury line [C] (the corpus's policy for a lender of any licence). The expected rate is the one
  that reproduces the payment (arguable: a reader may decline to infer a rate nobody printed).
* en-a11: 35.99% a year over 20 payments every two weeks, no fee: APR <= 36%: lawful near the line.
* en-a12: 15.99% with no fee: <= 16%: lawful in New York, near the civil line.
* en-a13: a 5% origination fee taken from the proceeds of a 32.9% loan over 12 months lifts the APR
  above 36%: a violation (Illinois PLPA [C]).
* en-a14: an offer letter (loan_disclosure), 19.99% and a 99 fee paid from the proceeds: lawful.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_v as fcv  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c, kv_div, page, table_html  # noqa: E402
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


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Householder's method of order three in the discount factor
# ---------------------------------------------------------------------------------------------


def poly_and_derivatives(advance: Decimal, payments: list[Decimal], v: Decimal) -> tuple[Decimal, ...]:
    """f(v) = sum p_k v^k - advance and its first three derivatives, k = 1..n."""
    f, f1, f2, f3 = -advance, D(0), D(0), D(0)
    for k, p in enumerate(payments, start=1):
        f += p * v**k
        f1 += k * p * v ** (k - 1)
        if k >= 2:
            f2 += k * (k - 1) * p * v ** (k - 2)
        if k >= 3:
            f3 += k * (k - 1) * (k - 2) * p * v ** (k - 3)
    return f, f1, f2, f3


def householder_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, by Householder's order-3 iteration."""
    with localcontext() as ctx:
        ctx.prec = PREC
        advance, payments = D(advance), [D(p) for p in payments]
        lo, hi = D(0), D(1)  # f(0) = -advance < 0; f(1) = sum p - advance >= 0 (a rate >= 0)
        assert sum(payments) >= advance, "a negative rate: not handled"
        v = D("0.9")
        for _ in range(200):
            f, f1, f2, f3 = poly_and_derivatives(advance, payments, v)
            if f == 0:
                break
            if f < 0:
                lo = v
            else:
                hi = v
            denom = 6 * f1**3 - 6 * f * f1 * f2 + f**2 * f3
            step = (6 * f * f1**2 - 3 * f**2 * f2) / denom if denom != 0 else D(0)
            nxt = v - step
            if not lo < nxt < hi:
                nxt = (lo + hi) / 2
            if abs(nxt - v) < D("1e-60"):
                v = nxt
                break
            v = nxt
        return 1 / v - 1


def householder_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = householder_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = PREC
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_w(s: Spec) -> None:
    fcv.compute_v(s)  # batch V's compute: the solvers of batches A-V, the digit search last
    householder_check(s)


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------

FULL_WIDTH = str.maketrans("0123456789.,%", "０１２３４５６７８９．，％")


def a01(s: Spec) -> str:
    """An Illinois HVAC contractor's repair loan in numbered clauses; the fee paid at signing."""
    P = s.principal
    f = s.fees[0]
    return f"""PRAIRIE COMFORT HOME SERVICES — CONSUMER INSTALLMENT LOAN AGREEMENT
Lender: Northfield Home Improvement Credit, LLC, Naperville, Illinois (licensed consumer installment lender)
Borrower: Dolores Whitfield, 1207 Ash Street, Joliet, IL 60435

1. Purpose. The Lender pays {cur(P)} directly to Prairie Comfort Home Services for the replacement of the
   Borrower's furnace and condensing unit (Job #PC-58812). That sum is the principal of this loan.
2. Interest. The principal bears interest at {plain(s.rate_value)}% per year, fixed, on the unpaid balance.
3. Origination fee. The Borrower pays an origination fee of {cur(f.amount)} at signing, by debit card. The fee
   is not refundable and is not taken out of the loan.
4. Repayment. {s.n} equal monthly payments of {cur(pay(s))}{last(s)}, the first on {long_en(due(s, 1))} and the
   rest on the same day of each following month.
5. Prepayment. The Borrower may prepay at any time without penalty.
6. Late charge. A payment more than 15 days late incurs a late charge of $15.00.
7. Date. Signed at Joliet, Illinois, on {long_en(s.contract_date)}.

Borrower ______________________        For the Lender ______________________
"""


def a02(s: Spec) -> str:
    """A New York dental-implant loan (PDF): the federal box and the itemization as a table."""
    P = s.principal
    f = s.fees[0]
    return f"""BRIGHTBITE PATIENT LENDING — LOAN AGREEMENT AND FEDERAL TRUTH IN LENDING DISCLOSURES
Lender: BrightBite Patient Lending, Inc., 310 Seventh Avenue, New York, NY 10001
Borrower: Andrzej Kowalczyk, 45-12 Queens Blvd, Sunnyside, NY 11104
Treatment: two dental implants with crowns, Astoria Smile Dental, P.C.
ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments
{apr_text(s)} | {cur(finance_charge(s))} | {cur(P - f.amount)} | {cur(total_repaid(s))}
Payment schedule | Number of payments | Amount of each | When due
 | {s.n} | {cur(pay(s))}{last(s)} | monthly beginning {mdy(due(s, 1))}
ITEMIZATION OF THE AMOUNT FINANCED | Amount
Loan amount (principal) | {cur(P)}
Origination fee (withheld from the loan proceeds, prepaid finance charge) | {cur(f.amount)}
Amount paid to Astoria Smile Dental, P.C. on your behalf | {cur(P - f.amount)}
Note rate: {plain(s.rate_value)}% per year, simple interest.  Late charge: 5% of the late payment after 15 days.
Date of this agreement: {mdy(s.contract_date)}        Borrower signature X____________________
"""


def a03(s: Spec) -> str:
    """A UK short-term loan for a student in hardship: key/value lines, interest by the day."""
    P = s.principal
    return f"""CAMPUSBRIDGE LOANS LTD — Loan summary (regulated by the Consumer Credit Act 1974)
Authorised and regulated by the Financial Conduct Authority, firm reference 912384
Customer: Ms Aoife Brennan, Flat 3, 22 Oxford Road, Manchester M13 9PL
Amount of credit: {gbp(P)}
Interest rate: {plain(s.rate_value)}% per day (fixed), simple interest on the amount borrowed
Loan length: {s.term_days} days
Repayment: one repayment of {gbp(total_repaid(s))} on {uk_date(end(s))}
Total interest: {gbp(total_interest(s))}
Fees: none
Representative APR: {apr_text(s)}
Date funds sent: {uk_date(s.contract_date)}
Warning: Late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.
"""


def a04(s: Spec) -> str:
    """A UK 60-day emergency boiler loan whose figures are in full-width digits; a set-up fee taken
    from the payout."""
    P = s.principal
    f = s.fees[0]
    body = f"""HEATNOW CREDIT LTD - EMERGENCY BOILER LOAN - PRE-CONTRACT SUMMARY AND AGREEMENT
Regulated by the Consumer Credit Act 1974. Borrower: Mr Declan Hughes, 9 Station Road, Swindon SN1 1DQ
Amount of credit: {gbp(P)}. Account set-up fee: {gbp(f.amount)}, deducted from the amount of credit before we pay you.
Amount paid to your bank account: {gbp(P - f.amount)}.
Interest: {plain(s.rate_value)}% per day on the amount of credit, for {s.term_days} days.
You repay {gbp(total_repaid(s))} in one payment on {uk_date(end(s))}.
Total charge for credit (interest and fee): {gbp(total_interest(s) + f.amount)}. APR {apr_text(s)}.
Agreement date: {uk_date(s.contract_date)}
"""
    return body.translate(FULL_WIDTH)


def a05(s: Spec) -> str:
    """A California loan between former roommates for a used car: every amount in words only."""
    P = s.principal
    return f"""PERSONAL LOAN AGREEMENT
This agreement is made on {words_date(s.contract_date)}, at Sacramento, California, between Kendra Yates
("Lender"), an individual, and Marcus Bell ("Borrower"), who shared an apartment until last spring.
The Lender lends the Borrower the sum of {cheque_words(P)} so that the Borrower can buy a used 2019 Honda
Civic. The Borrower shall repay the loan with interest at eleven percent per year on the unpaid balance,
in twenty-four equal monthly payments of {cheque_words(pay(s))}{'' if s.rows[-1]['total'] == pay(s) else ', except that the last payment shall be ' + cheque_words(s.rows[-1]['total'])},
the first payment on {words_date(due(s, 1))} and the last on {words_date(end(s))}.
No fees are charged. The Borrower may repay early without penalty.
Lender: Kendra Yates ____________        Borrower: Marcus Bell ____________
"""


def a06(s: Spec) -> str:
    """A landlord's security-deposit itemization letter: not a loan."""
    return """Lakeshore Residential Management
2200 N Clark St, Chicago, IL 60614
November 20, 2026
Re: Security deposit itemization - 1418 W Belden Ave, Apt 2F (lease ended October 31, 2026)
Dear Ms. Ogunleye,
Under the Chicago Residential Landlord and Tenant Ordinance we return your security deposit with this itemized statement.
Security deposit held: $1,650.00
Interest on the deposit (0.01%): $0.17
Carpet cleaning, bedroom (receipt attached): $185.00
Replacement of broken blind, living room (receipt attached): $42.50
Amount refunded to you by check no. 40871: $1,422.67
If you disagree with any deduction, please write to us within 30 days.
Sincerely, Marta Quinones, Property Manager
"""


def a07(s: Spec) -> str:
    """A Kenyan mobile-money loan SMS in shillings: out of scope."""
    P = s.principal
    fee = s.fees[0].amount
    return f"""MKOPO HARAKA: Confirmed. Ksh{P:,.2f} has been sent to your M-PESA account 0722XXX418 on {s.contract_date.strftime('%d/%m/%y')}. Facility fee Ksh{fee:,.2f} (7.5%). Total amount due Ksh{P + fee:,.2f} on {end(s).strftime('%d/%m/%y')}. Excise duty included. Dial *334# to repay. Lender: Mkopo Haraka Digital Credit Ltd, licensed by the Central Bank of Kenya."""


def a08(s: Spec) -> str:
    """A wedding venue's contract with a deposit schedule before the event: prepayment, not credit."""
    return """THE WILLOW BARN AT CEDAR CREEK - EVENT SERVICES AGREEMENT
Client: Hannah Moretti and Luis Ferreira        Event date: Saturday, September 18, 2027
Package: Rustic Evening, 120 guests, ceremony and reception, 6 hours
Package price $18,400.00, plus 8.25% sales tax on food and beverage ($820.88), total $19,220.88
Deposit schedule (all payments are due BEFORE the event):
Non-refundable booking deposit due at signing: $3,000.00
Second payment due March 1, 2027: $6,000.00
Third payment due June 1, 2027: $6,000.00
Final balance due August 18, 2027 (30 days before the event): $4,220.88
No interest or finance charge applies. If a payment is more than 10 days late, the Venue may cancel the event
and keep the amounts paid as liquidated damages under section 9.
Signed November 28, 2026, Cedar Creek, Texas
"""


def a09(s: Spec) -> str:
    """An Illinois installment loan as a flattened table: the count only in total / payment."""
    P = s.principal
    return f"""Loan Number Borrower Lender Date of Loan
IL-77031-55 Tremaine Boyd Route 66 Installment Loans, Inc. {mdy(s.contract_date)}
Amount Financed Interest Rate Monthly Payment Total of Payments First Payment Due
{cur(P)} {plain(s.rate_value)}% per annum {cur(pay(s))}{last(s)} {cur(total_repaid(s))} {mdy(due(s, 1))}
Payments are due on the same day of each month until the Total of Payments is paid. No other fees.
Licensed by the Illinois Department of Financial and Professional Regulation, Consumer Installment Loan Act.
"""


def a10(s: Spec) -> str:
    """A New York loan-offer e-mail: no rate, no APR: the cost only from principal, payment, count."""
    P = s.principal
    return f"""From: Empire Fastlane Funding <offers@empirefastlane.example>
To: Jonah Rivera
Subject: Your loan is ready to accept - offer #EF-20931
Sent: {long_en(s.contract_date)}

Hi Jonah,

Good news - you're approved! Here is your offer:

You borrow {cur(P)} and repay it in {s.n} monthly payments of {cur(pay(s))}{last(s)}. Your first payment would be due
{long_en(due(s, 1))}. There are no origination fees and no prepayment penalties.

Accept by clicking the button below before the offer expires in 5 days. Funds are sent by ACH to your account
at Hudson Valley Credit Union the next business day. Empire Fastlane Funding LLC, Buffalo, New York.
"""


def a11(s: Spec) -> str:
    """An Illinois auto-repair shop's financing screen (PNG): payments every two weeks."""
    P = s.principal
    return f"""RepairPay - financing approved
Shop: Midway Transmission & Auto, Cicero, IL
Repair order #MT-44120 (transmission rebuild)
Amount financed           {cur(P)}
Interest rate              {plain(s.rate_value)}% per year
Payments                  {s.n} payments every 2 weeks
Each payment              {cur(pay(s))}{last(s)}
First payment             {mdy(due(s, 1))}
Total of payments         {cur(total_repaid(s))}
Loan date                 {mdy(s.contract_date)}
Lender: RepairPay Credit Co., licensed under the Illinois Consumer Installment Loan Act
"""


def a12(s: Spec) -> str:
    """A New York travel agency's pay-monthly booking page (HTML)."""
    P = s.principal
    plan = [["Payment", "Due", "Amount"]] + [[str(r["k"]), long_en(r["date"]), cur(r["total"])] for r in s.rows[:3]]
    plan += [["...", "", ""], [str(s.rows[-1]["k"]), long_en(s.rows[-1]["date"]), cur(s.rows[-1]["total"])]]
    body = f"""<h2>Your trip is booked - paying monthly</h2>
{kv_div([("Trip", "Lisbon and the Algarve, 9 nights, 2 travelers"), ("Trip price", cur(P + D(1000))),
         ("Paid today (deposit)", cur(D(1000))), ("Amount financed", cur(P)),
         ("Interest rate (fixed)", f"{plain(s.rate_value)}% a year"), ("Monthly payments", f"{s.n} x {cur(pay(s))}"),
         ("Booked on", long_en(s.contract_date))])}
{table_html(plan)}
<p>Financing is provided by Atlas Travel Credit, Inc., a New York licensed lender. No fees.</p>"""
    return page("Booking confirmed", body, False, "")


def a13(s: Spec) -> str:
    """An Illinois funeral-expense loan in one long paragraph; the fee taken from the proceeds."""
    P = s.principal
    f = s.fees[0]
    return (
        f"On {long_en(s.contract_date)}, in Peoria, Illinois, Gloria Estrada (the borrower) borrowed {cur(P)} from "
        f"Heartland Memorial Finance, Inc. (the lender) to pay the funeral and burial of her husband at Riverside "
        f"Funeral Home, and agreed to repay it with interest at {plain(s.rate_value)}% per year in {s.n} monthly "
        f"installments of {cur(pay(s))}{last(s)} beginning {long_en(due(s, 1))}, and agreed that the lender would keep "
        f"an origination fee of {cur(f.amount)}, which is five percent of the amount borrowed, out of the loan proceeds, "
        f"so that {cur(P - f.amount)} was paid to Riverside Funeral Home, and that a payment more than ten days late "
        f"would carry a late charge of $10.00, and that she may prepay the loan in whole or in part at any time "
        f"without penalty, all of which she acknowledged by signing below.\n"
    )


def a14(s: Spec) -> str:
    """An Illinois moving-expense loan offer letter (PDF); the fee paid from the proceeds."""
    P = s.principal
    f = s.fees[0]
    return f"""MOVEWELL FINANCIAL, INC.
1 N LaSalle St, Suite 1800, Chicago, IL 60602
{long_en(s.contract_date)}
Dear Ms. Tanaka,
Thank you for applying for a relocation loan. We are pleased to offer you the following terms:
Loan amount: {cur(P)}                    Fixed interest rate: {plain(s.rate_value)}%
Processing fee: {cur(f.amount)}, paid out of the loan amount    You receive: {cur(P - f.amount)}
Term: {s.term_months} months                       Monthly payment: {cur(pay(s))}{last(s)}
First payment: {long_en(due(s, 1))}
ANNUAL PERCENTAGE RATE: {apr_text(s)}
This offer is valid for 30 days. Sign and return the enclosed agreement to accept it.
Sincerely, Loan Services, MoveWell Financial, Inc. (Illinois consumer installment lender)
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-a01: 7,500 at 32.99% / 12 = 2.74917% a month over 24: 7,500 x i / (1 - (1 + i)^-24) = 430.98;
#   at 3% a month (36%) the 24 payments are worth 430.98 x 16.9355 = 7,298.88 > 7,200 received (the
#   300 fee paid at signing): the APR is above 36%.
# * en-a02: 9,000 at 14.99% over 48: 250.43; at 16% / 12 the 48 payments are worth 8,836.54 < 8,910
#   received: the APR is below 16%.
# * en-a03: 400 x 0.79% x 45 = 142.20 -> 542.20; 142.20 / 400 = 35.55% <= 100%.
# * en-a04: 300 x 0.7% x 60 = 126 -> 426; (126 + 30) / 300 / 60 = 0.8667% a day > 0.8%.
# * en-a05: 9,000 at 11% / 12 over 24: 419.47; 11% > 10%.
# * en-a09: 2,400 at 35.5% over 18: 173.89, the last 173.81; 17 x 173.89 + 173.81 = 3,129.94 (the
#   total printed; the count inferable: (3,129.94 - 173.81) / 173.89 = 17, plus the final); at 3% a month 173.89 x 13.7535 = 2,391.60 < 2,400: < 36%.
# * en-a10: 3,000 at 26.9% / 12 over 12: 287.91; at 25% / 12: 287.91 x 10.5215 = 3,029.22 > 3,000: > 25%.
# * en-a11: 2,800 at 35.99% / 26 over 20: 161.23; at 36% / 26: 2,799.84 < 2,800: < 36% (barely).
# * en-a12: 4,200 at 15.99% / 12 over 12: 381.05; at 16% / 12: 4,199.78 < 4,200: < 16%.
# * en-a13: 6,000 at 32.9% / 12 over 12: 593.51; at 3% a month 593.51 x 9.9540 = 5,907.80 > 5,700: > 36%.
# * en-a14: 5,000 at 19.99% over 36: 185.79; 4,901 received.


def level_value(payment: Decimal, monthly: Decimal, n: int) -> Decimal:
    """What n level payments are worth at a periodic rate (the paper annuity factor)."""
    return payment * (1 - (1 + monthly) ** -n) / monthly


def specs() -> list[Spec]:
    return [
        c("en-a01-illinois-hvac-repair-loan-numbered-clauses-fee-paid-at-signing", a01, **USD, principal=D(7500),
          method="equal_installment", n=24, term_months=24, rate_value=D("32.99"),
          fees=[Fee("origination fee", UPFRONT_EN, "at_disbursement", amount=D(300))], jurisdiction="US-IL",
          contract_date=date(2026, 10, 6), start_date=date(2026, 10, 6), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["32.99% and a 300 fee paid at signing over 24 months: APR above 36%"]),
        c("en-a02-new-york-dental-implant-loan-tila-box-table-pdf", a02, "pdf", **USD, principal=D(9000),
          method="equal_installment", n=48, term_months=48, rate_value=D("14.99"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(90))], jurisdiction="US-NY",
          contract_date=date(2026, 6, 17), start_date=date(2026, 6, 17), lender_type="licensed_nonbank",
          notes=["90 (1%) withheld: 8,910 paid to the dentist; APR just under 16%"]),
        c("en-a03-uk-student-hardship-short-term-loan-key-value-daily-rate", a03, **GBP, principal=D(400),
          method="bullet", freq="single", n=1, term_days=45, rate_value=D("0.79"), rate_per="day",
          contract_date=date(2026, 2, 3), start_date=date(2026, 2, 3), lender_type="licensed_nonbank",
          notes=["400 x 0.79% x 45 = 142.20: 0.79% a day <= 0.8%"]),
        c("en-a04-uk-emergency-boiler-loan-full-width-digits-setup-fee-deducted", a04, **GBP, principal=D(300),
          method="bullet", freq="single", n=1, term_days=60, rate_value=D("0.7"), rate_per="day",
          fees=[Fee("account set-up fee", UPFRONT_EN + ["setup", "application"], "upfront_deducted", amount=D(30))],
          contract_date=date(2026, 1, 12), start_date=date(2026, 1, 12), lender_type="licensed_nonbank",
          notes=["126 interest + 30 fee = 156 on 300 over 60 days: 0.867% a day > 0.8%"]),
        c("en-a05-california-roommates-car-loan-amounts-in-words-only", a05, **USD, principal=D(9000),
          method="equal_installment", n=24, term_months=24, rate_value=D(11), jurisdiction="US-CA",
          contract_date=date(2026, 4, 11), start_date=date(2026, 4, 11), lender_type="individual",
          disclose_apr=False, notes=["11% > 10% for a non-exempt lender"]),
        c("en-a06-apartment-security-deposit-itemization-letter-not-a-loan", a06, lang="en", currency="USD",
          **OTHER, notes=["a deposit return: no credit"]),
        c("en-a07-kenya-mobile-money-loan-sms-shillings-out-of-scope", a07, lang="en", currency="KES",
          apr_method=None, jurisdiction="KE", principal=D(4000), method="bullet", freq="single", n=1,
          term_days=30, rate_value=None,
          fees=[Fee("facility fee", ["service", "other", "handling", "origination"], "at_maturity", amount=D(300))],
          contract_date=date(2026, 11, 2), start_date=date(2026, 11, 2), lender_type="licensed_nonbank",
          kind="loan_disclosure", verdict=None, verdict_reason="Kenyan law is outside the bundled rulesets",
          notes=["Ksh 4,000 + 7.5% facility fee due in 30 days: out of scope, no cost or verdict"]),
        c("en-a08-wedding-venue-deposit-schedule-prepayment-not-credit", a08, lang="en", currency="USD", **OTHER,
          notes=["every payment falls due before the service: no debt deferred, no credit"]),
        c("en-a09-illinois-installment-loan-flattened-table-count-from-total", a09, **USD, principal=D(2400),
          method="equal_installment", n=18, term_months=18, rate_value=D("35.5"), jurisdiction="US-IL",
          contract_date=date(2026, 8, 24), start_date=date(2026, 8, 24), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["the count 18 = total of payments / payment; 35.5% <= 36%"]),
        c("en-a10-new-york-loan-offer-email-no-rate-cost-from-payment", a10, **USD, principal=D(3000),
          method="equal_installment", n=12, term_months=12, rate_value=D("26.9"), jurisdiction="US-NY",
          contract_date=date(2026, 11, 16), start_date=date(2026, 11, 16), lender_type="licensed_nonbank",
          kind="loan_disclosure", disclose_apr=False,
          notes=["the rate 26.9% only from 3,000 / 12 payments of the stated amount: > 25%"]),
        c("en-a11-illinois-auto-repair-financing-screen-biweekly-just-under-36", a11, **USD, principal=D(2800),
          method="equal_installment", freq="biweek", n=20, term_months=9, rate_value=D("35.99"),
          jurisdiction="US-IL", contract_date=date(2026, 9, 11), start_date=date(2026, 9, 11),
          lender_type="licensed_nonbank", disclose_apr=False, opts={"png": True},
          notes=["35.99% over 20 payments every two weeks, no fee"]),
        c("en-a12-new-york-travel-booking-pay-monthly-html", a12, "html", **USD, principal=D(4200),
          method="equal_installment", n=12, term_months=12, rate_value=D("15.99"), jurisdiction="US-NY",
          contract_date=date(2026, 5, 19), start_date=date(2026, 5, 19), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["5,200 trip - 1,000 deposit = 4,200 at 15.99%"]),
        c("en-a13-illinois-funeral-expense-loan-one-long-paragraph-fee-withheld", a13, **USD, principal=D(6000),
          method="equal_installment", n=12, term_months=12, rate_value=D("32.9"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", amount=D(300))], jurisdiction="US-IL",
          contract_date=date(2026, 3, 9), start_date=date(2026, 3, 9), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["300 (5%) withheld: 5,700 to the funeral home; APR above 36%"]),
        c("en-a14-illinois-moving-expense-loan-offer-letter-pdf", a14, "pdf", **USD, principal=D(5000),
          method="equal_installment", n=36, term_months=36, rate_value=D("19.99"),
          fees=[Fee("processing fee", UPFRONT_EN + ["processing"], "upfront_deducted", amount=D(99))],
          jurisdiction="US-IL", contract_date=date(2026, 7, 27), start_date=date(2026, 7, 27),
          lender_type="licensed_nonbank", kind="loan_disclosure", notes=["99 paid from the loan: 4,901 received"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-a01"]
    assert pay(e) == D("430.98") and level_value(D("430.98"), D("0.03"), 24) > D(7200) and verdict["en-a01"] is True
    e = by["en-a02"]
    assert pay(e) == D("250.43") and e.received == D(8910) and verdict["en-a02"] is False
    assert level_value(D("250.43"), D(16) / 1200, 48) < D(8910) and e.cost < 16
    e = by["en-a03"]
    assert total_repaid(e) == D("542.20") and verdict["en-a03"] is False
    e = by["en-a04"]
    assert total_interest(e) == D(126) and e.received == D(270) and verdict["en-a04"] is True
    assert "０．７％" in a04(e) and not any(ch in "0123456789" for ch in a04(e))
    e = by["en-a05"]
    assert pay(e) == D("419.47") and verdict["en-a05"] is True
    assert "Nine Thousand and 00/100 Dollars" in a05(e) and "$" not in a05(e)
    e = by["en-a09"]
    assert pay(e) == D("173.89") and total_repaid(e) == D("3129.94") and verdict["en-a09"] is False
    assert level_value(D("173.89"), D("0.03"), 18) < D(2400) and f" {e.n} " not in a09(e)
    e = by["en-a10"]
    assert pay(e) == D("287.91") and level_value(D("287.91"), D(25) / 1200, 12) > D(3000) and verdict["en-a10"] is True
    assert "%" not in a10(e)
    e = by["en-a11"]
    assert pay(e) == D("161.23") and level_value(D("161.23"), D(36) / 2600, 20) < D(2800) and verdict["en-a11"] is False
    e = by["en-a12"]
    assert pay(e) == D("381.05") and level_value(D("381.05"), D(16) / 1200, 12) < D(4200) and verdict["en-a12"] is False
    e = by["en-a13"]
    assert pay(e) == D("593.51") and level_value(D("593.51"), D("0.03"), 12) > D(5700) and verdict["en-a13"] is True
    e = by["en-a14"]
    assert pay(e) == D("185.79") and e.received == D(4901) and verdict["en-a14"] is False
    assert verdict["en-a06"] is False and verdict["en-a08"] is False and verdict["en-a07"] is None
    assert by["en-a07"].cost is None


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = householder_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = householder_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    # fcr.main looks these names up in its module at call time
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_w, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
