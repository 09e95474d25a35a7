#!/usr/bin/env python3
"""Held-out batch Y of the fresh phrasing corpus, English side (tests/fresh/en/en-c*): 12 documents
written for session 25 without reading the extractors, the rulesets' rules, the locales or the
engine's tests, to measure whether the work on batches A-X generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_y_en.py            # (re)write tests/fresh/en/en-c* (txt, pdf, html, png, expected.json)
    python3 scripts/fresh_corpus_y_en.py --check    # recompute and diff the files against the committed ones

Self-contained driver and renderers; the parameters, the arithmetic, the expected.json schema and
the writers are those of fresh_corpus_x_en.py (and through it of batches A-X): every cost is
re-derived by the solvers of batches D-X; this batch adds a twenty-second, `harmonic_newton_rate`:
the HARMONIC-MEAN Newton method (Ozban 2004), third order, worked directly in the periodic rate i on
g(i) = sum p_k (1 + i)^-k - advance (decreasing and convex for i > -1):
y = i - g(i)/g'(i), i' = i - g(i) (g'(i) + g'(y)) / (2 g'(i) g'(y)), i.e. Newton's step with the
slope replaced by the harmonic mean of the slopes at i and at the Newton point y; safeguarded by the
bracket [lo, hi] that every evaluation narrows (a step leaving it is replaced by the midpoint);
90-digit decimals. It re-solves every multi-payment cost and must agree with the shared solver to
1e-6 pp; for the EU APRC the periodic solution is turned into (1 + i)^12 - 1 exactly as the shared
Annex I solver's t = k/12 flows imply.

One document is a PNG image (en-c07): the text is set as a PDF page by batch A's writer and rendered
by `pdftoppm -r 150 -png`; `files` lists the .txt and then the .png. PDF: en-c08 (two columns in the
monospace face); HTML: en-c05.

The products were checked against the NAMES of every document in tests/fresh/en: an Illinois
tire-shop loan with WEEKLY payments whose count is stated nowhere (only "every Friday from ...
through ..."); an Illinois appliance loan shown only as a printed AMORTIZATION TABLE (the level
payment is never said in words); a California loan between former business partners in ONE LONG
PARAGRAPH with QUARTERLY payments and dates in words; a UK 30-day loan agreed in an SMS THREAD with
a same-day payout fee added to the repayment; an Alberta high-cost instalment loan page (HTML) with
bi-weekly payments; a county property-tax bill with a two-instalment option (not a loan); a New York
laptop financing approval screen (PNG); a New York home-generator loan as a two-column PDF whose
origination fee is a percentage; a New York private note in ARTICLE / Section form with a
CONFESSION-OF-JUDGMENT clause (interest only, balloon); a Hong Kong licensed money lender's
agreement in English (out of scope); a UK personal-loan welcome letter whose number of repayments
is only total / monthly repayment; an Illinois 45-day single-payment loan receipt with dates in
words.

FIRST READING. Measured with the frozen binary of main (/work/bin/loanlint-main, built from 544e7d0)
by `scripts/accuracy.py --binary /work/bin/loanlint-main --only en-c --jobs 1`, after every text and
expected value was committed (4e09060, messages included): 78.1% of the compared fields right
(121/155); 4 of the 12 documents wholly right (en-c03 one paragraph, quarterly, dates in words; c06
not a loan; c07 the PNG and its text; c11 the count only from total / payment); en-c05's .txt twin
is wholly right too, its HTML is not. The 34 misses (35 lines: the suite adds an html_vs_text line for
en-c05) are the en-c lines of tests/fresh/KNOWN_GAPS.tsv. Messages (the same build, through
tests/messages_c/main.rs): 7/8 in the right tier (2/2 in each tier but lawful-reminder 1/2; en-y03
is the one line of tests/messages_y_en/KNOWN_MISSES.tsv).

    field                     en
    doc kind        15/15 100.0%
    principal       12/15  80.0%
    received         9/14  64.3%
    term             8/14  57.1%
    method          11/14  78.6%
    count           11/14  78.6%
    rate            13/13 100.0%
    fees            10/14  71.4%
    APR+-tol         8/14  57.1%
    violation       10/14  71.4%
    date            14/14 100.0%
    conflict            -
    all fields    121/155  78.1%

Misses by class at the first reading (the verdicts first):
* false violations: en-c09 (us-ftc-confession-of-judgment: the note's confession-of-judgment clause
  is flagged as a violation; the expected verdict weighed the rate only, 12% <= 16%. The FTC Credit
  Practices Rule (16 CFR 444.2) bars such clauses for creditors in the business of lending; the
  holder here is "an individual". Not in legal.md: a ruling is needed, see below.)
* missed violations: en-c01 (weekly; "every Friday, from October 9, 2026 through July 2, 2027": no
  count, method or term read, so no APR and no PLPA finding); en-c04 (the GBP 5 same-day payout fee
  "added to your repayment" not read: the charges are 46.80 / 200 / 30 = 0.78% a day, under the cap;
  the APRC 1146.76% is the interest alone); en-c05 HTML (the "Principal" / "CAD $3,000.00" key/value
  spans not read: no principal, no APR; the .txt twin is right and finds the violation). en-c08's
  violation IS found (txt and PDF), but for another reason: the stated 23.9% above New York's 16%
  civil line (APR not computed), not the APR above 25%.
* APR absent or wrong: en-c01, en-c05 HTML, en-c08 (txt and PDF: no count from "Term:24 monthly
  pmts" glued after the colon), en-c12 (no principal: "Received from ... by Shawna Petrakis:
  $1,000.00 in cash"); en-c04 1146.76% vs 1548.09% (the fee).
* principal / received: en-c05 HTML, en-c10 ("Amount of principal: HK$20,000.00" not read; out of
  scope anyway), en-c12; received 3,000 instead of 2,880 in en-c08 (txt and PDF: the fee read as
  "upfront_paid" with percent 4, though the next line of the column says "= $120.00, withheld").
* fees: en-c02 ("documentation fee" read with kind application; the accepted kinds are origination,
  handling, other, service, management, documentation); en-c04 (the same-day fee missing); en-c08 x2
  (timing upfront_paid, not withheld).
* method / count / term: en-c01 (count 39, method, term 273 days); en-c08 x2 (count 24, method, term);
  en-c05 HTML (term 364 days for 52 bi-weekly payments: 52 x 14 = 728; the label and the value are
  glued "Payment frequencybi-weekly" in the HTML's visible text); en-c04 (term read as 1 month: 3
  November to 3 December; the text says "over 30 days"; expected only 30 days, arguable, as en-b10);
  en-c12 (45 days, "which is 45 days from today", not read).
* rates, dates, kinds: none.
* messages: en-y03 (QuickCash, 2 days, $390 + the contract's $25 returned-payment fee = $415, "no
  other charges") is read as a demand above the lawful claim: loanlint holds the lawful claim to
  $326.84 because the en-02 contract itself (782.14% APR, New York) is above the rate cap. That reading
  is defensible: the writer chose a usurious contract as the context of a "lawful" reminder (batches
  V-X used en-02 only for demands above the claim). Left listed, not edited; see the README.

Noticed after measuring, left unchanged (no text or expected value was edited after the run; the
lead decides):
* en-c09: whether a confession-of-judgment clause in a private individual's note is a violation
  (FTC rule, lenders in business only) or a clause for review; the expected false is the writer's.
* en-c04: term 1 month vs 30 days (both true of 3 Nov - 3 Dec); the expected lists days only.
  Lead's ruling (session 26): the term accepts both readings, and so does the APRC: 30/365 of a
  year gives 1548.0854%, one of 12 equal months (CONC App 1.2 / CCD Annex I remark (c): a year
  is 365 days or 12 equal months; Directive 2011/90's whole-period refinement, unverified here,
  points to the month) gives (251.80 / 200)^12 - 1 = 1486.0204%. The expected APR lists the
  second as `percent_also`; the verdict (the daily cap) does not depend on it.
* en-y03: the tier lawful-reminder is arguable against a contract that is itself usurious.

Decisions (said here so that they can be argued with):
* Kinds: signed agreements, notes, accepted loan screens and receipts are loan_contract; en-c06 (a
  tax bill) is other; en-c10 (Hong Kong) is a loan out of scope: no cost, no verdict.
* en-c01: 1,500 at 29.9% with a 90 set-up fee kept, 39 weekly payments (count only from the
  Friday range): APR above 36%: a violation (Illinois PLPA [C]).
* en-c02: 2,400 at 33% with a 30 documentation fee withheld over 12: APR just under 36%: lawful
  near the Illinois line.
* en-c03: a California individual lender at 9.9% (quarterly, eight payments): <= 10%: lawful near
  the line (Const. art. XV).
* en-c04: 200 at 0.78% a day for 30 days plus a GBP 5 same-day payout fee added to the repayment:
  (46.80 + 5) / 200 / 30 = 0.863% a day > 0.8%: a violation (CONC 5A [C]); the fee is a charge for
  the credit (it is payable only because of the loan).
* en-c05: Alberta, 39.9% a year over 52 bi-weekly payments, no fee: APR > 35% after 2025-01-01: a
  violation (Criminal Code s. 347 as amended [S]; the corpus's Canadian policy, batch C).
* en-c07: 1,450 at 15.49%, no fee, 12 months: <= 16%: lawful near New York's civil line.
* en-c08: 3,000 at 23.9% with a 4% origination fee (120) withheld over 24: APR > 25%: a violation
  (New York criminal usury line [C], the corpus's policy for a lender of any licence).
* en-c09: a New York individual's 25,000 note at 12%, interest only, balloon at 18 months: <= 16%:
  lawful; the confession-of-judgment clause is a clause for review, not a rate violation.
* en-c10: a Hong Kong money lender (HK$, Money Lenders Ordinance): outside the bundled rulesets;
  the rate 1.6% a month is expected as stated (per month).
* en-c11: the UK letter prints no rate and no APR (no_rate_compare); the count 36 is only
  total / monthly repayment (the final repayment differs by pennies, said in the letter); UK credit
  that is not high-cost short-term: no price cap, lawful.
* en-c12: 1,000 at 35.5% a year for 45 days: 43.77 interest; APR 35.50% <= 36%: lawful near the
  Illinois line.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_x_en as fcx  # noqa: E402
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
from fresh_corpus_u_en import words_date  # noqa: E402
from fresh_corpus_x_en import level_value  # noqa: E402

date = dt.date
PREC = 90
GBP = dict(lang="en", currency="GBP", apr_method="eu-aprc", jurisdiction="GB")


# ---------------------------------------------------------------------------------------------
# This batch's own solver: the harmonic-mean Newton method in the periodic rate
# ---------------------------------------------------------------------------------------------


def g_and_slope(advance: Decimal, payments: list[Decimal], i: Decimal) -> tuple[Decimal, Decimal]:
    """g(i) = sum p_k (1 + i)^-k - advance and g'(i) = -sum k p_k (1 + i)^-(k+1)."""
    v = 1 / (1 + i)
    g, g1, vk = -advance, D(0), D(1)
    for k, p in enumerate(payments, start=1):
        vk *= v
        g += p * vk
        g1 -= k * p * vk * v
    return g, g1


def harmonic_newton_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, by the harmonic-mean Newton step."""
    with localcontext() as ctx:
        ctx.prec = PREC
        advance, payments = D(advance), [D(p) for p in payments]
        assert sum(payments) >= advance, "a negative rate: not handled"
        lo, hi, i = D(0), D(10), D(0)
        for _ in range(300):
            g, g1 = g_and_slope(advance, payments, i)
            if g == 0:
                break
            lo, hi = (i, hi) if g > 0 else (lo, i)  # g decreases: g > 0 means the root is above i
            y = i - g / g1
            if lo < y < hi:
                _, gy1 = g_and_slope(advance, payments, y)
                nxt = i - g * (g1 + gy1) / (2 * g1 * gy1)
            else:
                nxt = y
            if not lo <= nxt <= hi:
                nxt = (lo + hi) / 2
            if abs(nxt - i) < D("1e-70"):
                i = nxt
                break
            i = nxt
        return i


def harmonic_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = harmonic_newton_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = PREC
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_y(s: Spec) -> None:
    fcx.compute_x(s)  # batch X's compute: the solvers of batches A-X
    harmonic_check(s)


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def c01(s: Spec) -> str:
    """An Illinois tire-shop loan, weekly; the count only from the range of Fridays."""
    P = s.principal
    f = s.fees[0]
    return f"""FOX VALLEY WHEEL & TIRE CREDIT CO. - WEEKLY PAYMENT LOAN
Store: 1810 N Lake St, Aurora, IL 60506        Loan no.: FV-26-10447
Customer ............... Marisol Ybarra, 322 Jericho Rd, Aurora, IL 60506
Purchase ............... 4 all-season tires, alignment, mounting (paid to the store from this loan)
Amount of loan ......... {cur(P)}
Set-up fee ............. {cur(f.amount)} (kept by us out of the loan amount)
Cash applied for you ... {cur(P - f.amount)}
Interest ............... {plain(s.rate_value)}% a year, simple, on what you still owe
Weekly payment ......... {cur(pay(s))}{last(s)}
When ................... every Friday, from {long_en(due(s, 1))} through {long_en(end(s))}
Date of loan ........... {long_en(s.contract_date)} (a Friday)
Pay at the counter, by phone, or let us debit your card each Friday. Late fee: $10 if we do not get a
payment within 7 days of a Friday it was due. No charge for paying ahead.
Customer signature: ____________________
"""


def c02(s: Spec) -> str:
    """An Illinois appliance loan shown only as a printed amortization table."""
    P = s.principal
    f = s.fees[0]
    lines = [f"{'No.':>3}  {'Due date':<10}  {'Payment':>9}  {'Interest':>8}  {'Principal':>9}  {'Balance':>9}"]
    bal = P
    for r in s.rows:
        bal -= r["principal"]
        lines.append(f"{r['k']:>3}  {mdy(r['date']):<10}  {cur(r['total']):>9}  {cur(r['interest']):>8}  "
                     f"{cur(r['principal']):>9}  {cur(bal):>9}")
    table = "\n".join(lines)
    return f"""LAKESIDE HOME APPLIANCE FINANCE, LLC
Peoria, Illinois - licensed consumer installment lender
LOAN NO. LHA-55102        BORROWER: Dwayne Pettis, 914 W Moss Ave, Peoria, IL 61606
Items financed: refrigerator, range, dishwasher (Bluff City Appliance, Peoria)
Amount of Loan {cur(P)}. A documentation fee of {cur(f.amount)} is deducted from the Amount of Loan
and we pay {cur(P - f.amount)} to the dealer. Annual interest rate {plain(s.rate_value)}%, computed on the unpaid balance.
You agree to pay according to the schedule below.

{table}

Date of this agreement: {mdy(s.contract_date)}. A payment more than 15 days late costs $15.
Borrower ____________________
"""


def c03(s: Spec) -> str:
    """A California loan between former business partners: one paragraph, quarterly, dates in words."""
    P = s.principal
    return (
        f"On {words_date(s.contract_date)}, at Sacramento, California, I, Teodoro Villanueva, having received "
        f"from my former business partner Ruth Abernathy, an individual who is not in the business of lending, "
        f"the sum of {cur(P)} to buy out her share of the Tacos Oro food truck, promise to repay her that sum "
        f"together with interest on the unpaid principal at the rate of {plain(s.rate_value)}% per annum, in "
        f"{s.n} quarterly payments of {cur(pay(s))} each{final_clause(s)}, the "
        f"first on {words_date(due(s, 1))} and the rest on the same day every third month after that, the last "
        f"being {words_date(end(s))}, without any fee or charge other than that interest, and I may pay more "
        f"or all of it sooner without penalty; signed by Teodoro Villanueva, borrower, and accepted by Ruth "
        f"Abernathy, lender.\n"
    )


def final_clause(s: Spec) -> str:
    """', except the last, which is $X' when the last payment takes a remainder."""
    return "" if s.rows[-1]["total"] == pay(s) else f", except the last, which is {cur(s.rows[-1]['total'])}"


def c04(s: Spec) -> str:
    """A UK 30-day loan agreed in an SMS thread; a same-day payout fee added to the repayment."""
    P = s.principal
    f = s.fees[0]
    interest = total_interest(s)
    return f"""[SMS] PennyLane Credit: Hi Aisha, your application for {gbp(P)} over {s.term_days} days is approved. Interest is
{plain(s.rate_value)}% per day fixed = {gbp(interest)}. Want it today? Same-day payout costs {gbp(f.amount)}, added to your repayment.
[{uk_date(s.contract_date)} 10:12] Aisha: yes same day please
[SMS] PennyLane Credit: Done. {gbp(P)} sent to your Monzo account today. Repay {gbp(total_repaid(s))} on {uk_date(end(s))}
({gbp(P)} + {gbp(interest)} interest + {gbp(f.amount)} same-day fee). Missed repayment fee GBP15 max.
Your agreement is in the app. PennyLane Credit Ltd, Bristol, authorised and regulated by the FCA.
"""


def c05(s: Spec) -> str:
    """An Alberta high-cost instalment loan page (HTML), bi-weekly payments."""
    P = s.principal
    plan = [["#", "Due", "Payment"]] + [[str(r["k"]), long_en(r["date"]), cur(r["total"])] for r in s.rows[:3]]
    plan += [["...", "every second Friday", "..."], [str(s.rows[-1]["k"]), long_en(end(s)), cur(s.rows[-1]["total"])]]
    body = f"""<h1>Chinook Instalment Loans</h1>
<p>Licensed high-cost credit grantor, Alberta. Calgary, AB T2P 1J9</p>
<h2>Loan agreement - disclosure statement</h2>
{kv_div([("Borrower", "Keegan Whitehorse, Red Deer, AB"), ("Principal", f"CAD {cur(P)}"),
         ("Annual interest rate", f"{plain(s.rate_value)}%"), ("Payment frequency", "bi-weekly (every 14 days)"),
         ("Number of payments", str(s.n)), ("Payment amount", f"{cur(pay(s))}{last(s)}"),
         ("Total cost of borrowing", cur(finance_charge(s))), ("Annual percentage rate (APR)", apr_text(s)),
         ("Fees", "none"), ("Agreement date", long_en(s.contract_date))])}
<h3>Payment schedule</h3>
{table_html(plan)}
<p>You may prepay the whole balance at any time without charge. Dishonoured payment fee: $25.</p>"""
    return page("Chinook Instalment Loans - agreement", body, False, "")


def c06(s: Spec) -> str:
    """A county property-tax bill with a two-instalment option: not a loan."""
    return """WINNEBAGO COUNTY TREASURER - 2025 REAL ESTATE TAX BILL (PAYABLE 2026)
Parcel: 11-21-305-009        Property: 2217 Clover Ave, Rockford, IL 61102
Owner: Harlan & June Westerby
Assessed value: $58,410        Exemptions: general homestead -$6,000        Tax rate: 9.7724%
Total tax due: $5,121.68
1st installment $2,560.84  due June 15, 2026
2nd installment $2,560.84  due September 8, 2026
A late installment is charged 1.5% per month by state law. Pay online, by mail, or at any branch of
Alpine Bank. Keep the top portion for your records.
"""


def c07(s: Spec) -> str:
    """A New York laptop financing approval screen (PNG)."""
    P = s.principal
    return f"""9:41                                 LTE
< Back          Financing approved
Brightwave Computers - MacBook order #BW-774120
Amount financed        {cur(P)}
Interest rate          {plain(s.rate_value)}% fixed
APR                    {apr_text(s)}
Term                   {s.n} months
Monthly payment        {cur(pay(s))}{last(s)}
First payment          {mdy(due(s, 1))}
Fees                   $0
Lender: Canalside Bank, N.A.  Borrower: Priya Raman, Ithaca, NY
Accepted {mdy(s.contract_date)} 21:14          [ Done ]
"""


def c08(s: Spec) -> str:
    """A New York home-generator loan as two columns (PDF); the origination fee as a percent."""
    P = s.principal
    f = s.fees[0]
    amt = f.per_payment(P)
    left = ["HUDSON VALLEY POWER LOANS INC.", "Poughkeepsie, NY 12601", "", "BORROWER", "Lorraine DiSalvo",
            "57 Orchard Ridge, Hyde Park NY", "", "PURPOSE", "Standby generator 22kW,",
            "installed by Dutchess Electric", "", f"Loan date: {mdy(s.contract_date)}"]
    right = ["LOAN TERMS", f"Loan amount:{cur(P)}", f"Origination fee:{plain(f.percent)}% of loan",
             f"  = {cur(amt)}, withheld", f"Paid to installer:{cur(P - amt)}", f"Interest:{plain(s.rate_value)}%/yr",
             f"Term:{s.n} monthly pmts", f"Payment:{cur(pay(s))}{last(s)}", f"First due:{mdy(due(s, 1))}",
             f"Total of pmts:{cur(total_repaid(s))}", "Late charge:5% of pmt", "after 15 days"]
    rows = [f"{a:<38}{b}" for a, b in zip(left, right)]
    return "\n".join(rows) + "\n\nBorrower ____________________          For the Lender ____________________\n"


def c09(s: Spec) -> str:
    """A New York private note, ARTICLE / Section form, with a confession-of-judgment clause."""
    P = s.principal
    interest = s.rows[0]["interest"]
    return f"""UNSECURED PROMISSORY NOTE
Dated: {long_en(s.contract_date)}                                   Albany, New York

ARTICLE I - THE DEBT
Section 1.01. For value received, Gregory Asante ("Maker") promises to pay to Helen Marchetti ("Holder"),
an individual, the principal sum of {cur(P)}.
Section 1.02. Interest accrues on the principal at {plain(s.rate_value)}% per annum.

ARTICLE II - PAYMENT
Section 2.01. Maker shall pay interest only, {cur(interest)} per month, on the same day of each month,
the first payment on {long_en(due(s, 1))}.
Section 2.02. The entire principal, with the interest then due, is payable on {long_en(end(s))}
(the "Maturity Date"), {s.n} months after the date of this Note.
Section 2.03. Maker may prepay without premium. No fee is charged for this loan.

ARTICLE III - DEFAULT
Section 3.01. If any payment is more than 30 days late, Holder may declare the whole balance due.
Section 3.02. CONFESSION OF JUDGMENT. Maker authorizes any attorney to appear for Maker in any court
and confess judgment against Maker for the unpaid balance, interest and costs, without prior notice.

Maker: ____________________ Gregory Asante
"""


def c10(s: Spec) -> str:
    """A Hong Kong licensed money lender's agreement in English: out of scope."""
    P = s.principal
    return f"""MONEY LENDERS ORDINANCE (CHAPTER 163) - NOTE OR MEMORANDUM OF AGREEMENT
Money Lender: Harbourfront Credit Limited, Money Lender's Licence No. 1187/2026, Kwun Tong, Kowloon
Borrower: CHAN Wing-yee, HKID Z123456(7), Sha Tin, New Territories
Date of the loan: {s.contract_date.strftime('%d %B %Y')}
Amount of principal: HK${P:,.2f}
Interest: {plain(s.rate_value)}% per month on the reducing balance
Repayment: {s.n} monthly instalments of HK${pay(s):,.2f}, the first on {due(s, 1).strftime('%d %B %Y')}
Security: none
The Borrower acknowledges receipt of a copy of this note and of a summary of Part III of the Ordinance.
"""


def c11(s: Spec) -> str:
    """A UK personal-loan welcome letter: no rate printed, the count only total / payment."""
    P = s.principal
    return f"""Thornbury Building Society
Member Lending Team, 3 Castle Street, Thornbury BS35 1HB

{uk_date(s.contract_date)}

Dear Mr Kowalczyk,

Welcome to your Thornbury personal loan

Thank you for signing your loan agreement. We have paid the amount of credit, {gbp(P)}, into your
current account today.

Your monthly repayment is {gbp(pay(s))}, collected by Direct Debit on the {due(s, 1).day}th of each month,
starting on {uk_date(due(s, 1))}. The total amount you will repay is {gbp(total_repaid(s))}
(your final repayment may differ from the others by a few pence).

There are no arrangement fees. You can repay early at any time; we may charge up to 58 days'
interest if you do. If you ever struggle to pay, please call us on 01454 000 111 straight away.

Yours sincerely,
Member Lending Team
"""


def c12(s: Spec) -> str:
    """An Illinois 45-day single-payment loan receipt with dates in words."""
    P = s.principal
    return f"""KANKAKEE RIVER LOANS - LOAN RECEIPT AND PROMISE TO PAY
Made {words_date(s.contract_date)}. Received from Kankakee River Loans, Inc. (Illinois licensee) by
Shawna Petrakis: {cur(P)} in cash, nothing withheld.
I will repay it in one payment on {words_date(end(s))}, which is {s.term_days} days from today, with
interest at {plain(s.rate_value)} percent per annum for those days: {cur(total_interest(s))}, so {cur(total_repaid(s))} in all.
No other fee. If I pay early, interest stops on the day I pay.
Borrower ________________    Teller: R. Okonkwo
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

HANDLING_EN = ["handling", "service", "other"]


def specs() -> list[Spec]:
    return [
        c("en-c01-illinois-tire-shop-weekly-loan-count-from-friday-range-above-36", c01, **USD, principal=D(1500),
          method="equal_installment", n=39, freq="week", rate_value=D("29.9"),
          fees=[Fee("set-up fee", UPFRONT_EN + ["setup"], "upfront_deducted", amount=D(90))], jurisdiction="US-IL",
          contract_date=date(2026, 10, 2), start_date=date(2026, 10, 2), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["39 weekly payments only from the Friday range; 90 kept: APR above 36%"]),
        c("en-c02-illinois-appliance-loan-amortization-table-only-just-under-36", c02, **USD, principal=D(2400),
          method="equal_installment", n=12, term_months=12, rate_value=D(33),
          # Lead's ruling (session 25): a documentation fee may be read as `application`, as the
          # corpus's five other documentation fees (en-f12, f21, w06, s03, r09) accept.
          fees=[Fee("documentation fee", UPFRONT_EN + ["documentation", "application"], "upfront_deducted", amount=D(30))],
          jurisdiction="US-IL", contract_date=date(2026, 8, 20), start_date=date(2026, 8, 20),
          lender_type="licensed_nonbank", disclose_apr=False,
          notes=["the level payment only in the table; 30 withheld: APR just under 36%"]),
        c("en-c03-california-food-truck-buyout-note-one-paragraph-quarterly-9-9", c03, **USD, principal=D(18000),
          method="equal_installment", n=8, freq="quarter", term_months=24, rate_value=D("9.9"), jurisdiction="US-CA",
          contract_date=date(2026, 4, 6), start_date=date(2026, 4, 6), lender_type="individual", disclose_apr=False,
          notes=["8 quarterly payments at 9.9%: <= 10%, lawful near the line"]),
        c("en-c04-uk-30-day-loan-sms-thread-same-day-fee-over-daily-cap", c04, **GBP, principal=D(200),
          method="bullet", freq="single", n=1, term_days=30, rate_value=D("0.78"), rate_per="day",
          fees=[Fee("same-day payout fee", HANDLING_EN + ["transfer"], "at_maturity", amount=D(5))],
          contract_date=date(2026, 11, 3), start_date=date(2026, 11, 3), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["(46.80 + 5) / 200 / 30 = 0.863% a day > 0.8%"],
          # Lead's ruling (session 26): 3 Nov - 3 Dec is 30 days and one calendar month; CONC
          # App 1.2 / CCD Annex I remark (c) allow a year of 365 days or of 12 equal months, so
          # the APRC on 1/12 of a year, (251.80 / 200)^12 - 1, is right as well.
          opts={"apr_also": [((D("251.80") / D(200)) ** 12 - 1) * 100]}),
        c("en-c05-alberta-high-cost-instalment-loan-biweekly-page-html", c05, "html", lang="en", currency="CAD",
          apr_method="us-regz", jurisdiction="CA-AB", principal=D(3000), method="equal_installment", n=52,
          freq="biweek", rate_value=D("39.9"), contract_date=date(2026, 9, 4), start_date=date(2026, 9, 4),
          lender_type="licensed_nonbank", notes=["39.9% over 52 bi-weekly payments: APR > 35%"]),
        c("en-c06-county-property-tax-bill-two-installments-not-a-loan", c06, lang="en", currency="USD", **OTHER,
          notes=["a tax bill payable in two installments: no credit extended"]),
        c("en-c07-new-york-laptop-financing-approval-screen-just-under-16", c07, **USD, principal=D(1450),
          method="equal_installment", n=12, term_months=12, rate_value=D("15.49"), jurisdiction="US-NY",
          contract_date=date(2026, 11, 12), start_date=date(2026, 11, 12), lender_type="bank", opts={"png": True},
          notes=["15.49% no fee: APR <= 16%"]),
        c("en-c08-new-york-generator-loan-two-columns-percent-fee-pdf-above-25", c08, "pdf", **USD, principal=D(3000),
          method="equal_installment", n=24, term_months=24, rate_value=D("23.9"),
          fees=[Fee("origination fee", UPFRONT_EN, "upfront_deducted", percent=D(4))], jurisdiction="US-NY",
          contract_date=date(2026, 7, 9), start_date=date(2026, 7, 9), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["4% = 120 withheld: 2,880 to the installer; APR > 25%"]),
        c("en-c09-new-york-private-note-articles-confession-of-judgment-interest-only", c09, **USD,
          principal=D(25000), method="interest_only", n=18, term_months=18, rate_value=D(12), jurisdiction="US-NY",
          contract_date=date(2026, 3, 16), start_date=date(2026, 3, 16), lender_type="individual",
          disclose_apr=False, notes=["250 a month interest, 25,000 at month 18; 12% <= 16%"]),
        c("en-c10-hong-kong-money-lender-memorandum-out-of-scope", c10, lang="en", currency="HKD", apr_method=None,
          jurisdiction="HK", principal=D(20000), method="equal_installment", n=12, term_months=12,
          rate_value=D("1.6"), rate_per="month", contract_date=date(2026, 10, 19), start_date=date(2026, 10, 19),
          lender_type="licensed_nonbank", notes=["Hong Kong: outside the bundled rulesets"]),
        c("en-c11-uk-building-society-welcome-letter-count-from-total", c11, **GBP, principal=D(7500),
          method="equal_installment", n=36, term_months=36, rate_value=D("8.9"), contract_date=date(2026, 6, 14),
          start_date=date(2026, 6, 14), lender_type="bank", opts={"no_rate_compare": True},
          notes=["count 36 = total / monthly repayment; no rate printed"]),
        c("en-c12-illinois-45-day-single-payment-receipt-dates-in-words-just-under-36", c12, **USD,
          principal=D(1000), method="bullet", freq="single", n=1, term_days=45, rate_value=D("35.5"),
          jurisdiction="US-IL", contract_date=date(2026, 11, 9), start_date=date(2026, 11, 9),
          lender_type="licensed_nonbank", disclose_apr=False, notes=["1,000 x 35.5% x 45/365 = 43.77; APR 35.50%"]),
    ]


def main() -> int:
    pboc = harmonic_newton_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = harmonic_newton_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_y, check_expectations
    return fcr.main()


# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-c01: 1,500 at 29.9% / 52 over 39 weeks: 43.05; at 36% / 52 the 39 payments are worth 1,466.97
#   > 1,410 received: the APR is above 36% (46.90%).
# * en-c02: 2,400 at 33% / 12 over 12: 237.52; at 3% a month worth 237.52 x 9.954004 = 2,364.28
#   < 2,370 received: the APR is below 36% (35.52%).
# * en-c03: 18,000 at 9.9% / 4 = 2.475% a quarter over 8: 2,507.74; 9.9% <= 10%.
# * en-c04: 200 x 0.78% x 30 = 46.80; + 5 = 51.80; 51.80 / 200 / 30 = 0.8633% a day > 0.8%.
# * en-c05: 3,000 at 39.9% / 26 over 52: 84.16; at 35% / 26 worth 3,132.76 > 3,000: above 35%.
# * en-c07: 1,450 at 15.49% / 12 over 12: 131.21; at 16% / 12 worth 1,446.15 < 1,450: below 16%.
# * en-c08: 4% x 3,000 = 120 -> 2,880; 3,000 at 23.9% / 12 over 24: 158.46; at 25% / 12 worth 2,969.00
#   > 2,880: above 25%.
# * en-c09: 25,000 x 12% / 12 = 250.00 a month; 25,250.00 at month 18.
# * en-c11: 7,500 at 8.9% / 12 over 36: 238.15; total 35 x 238.15 + 238.11 = 8,573.36;
#   8,573.36 / 238.15 = 35.9998 -> 36 repayments.
# * en-c12: 1,000 x 35.5% x 45 / 365 = 43.767 -> 43.77; 43.77 / 1,000 x 365 / 45 = 35.502% <= 36%.


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-c01"]
    assert pay(e) == D("43.05") and e.received == D(1410) and verdict["en-c01"] is True
    assert level_value(D("43.05"), D("0.36") / 52, 39) > D(1410) and " 39 " not in c01(e)
    e = by["en-c02"]
    assert pay(e) == D("237.52") and e.received == D(2370) and verdict["en-c02"] is False
    assert level_value(D("237.52"), D("0.03"), 12) < D(2370) and "installments of" not in c02(e)
    e = by["en-c03"]
    assert pay(e) == D("2507.74") and verdict["en-c03"] is False and e.cost <= 10
    e = by["en-c04"]
    assert total_interest(e) == D("46.80") and total_repaid(e) == D("251.80") and verdict["en-c04"] is True
    assert D("51.80") / 200 / 30 > D("0.008")
    e = by["en-c05"]
    assert pay(e) == D("84.16") and level_value(D("84.16"), D("0.35") / 26, 52) > D(3000) and verdict["en-c05"] is True
    e = by["en-c07"]
    assert pay(e) == D("131.21") and level_value(D("131.21"), D(16) / 1200, 12) < D(1450) and verdict["en-c07"] is False
    e = by["en-c08"]
    assert e.received == D(2880) and pay(e) == D("158.46") and verdict["en-c08"] is True
    assert level_value(D("158.46"), D(25) / 1200, 24) > D(2880)
    e = by["en-c09"]
    assert pay(e) == D(250) and e.rows[-1]["total"] == D(25250) and verdict["en-c09"] is False
    assert verdict["en-c06"] is False and verdict["en-c10"] is None and by["en-c10"].cost is None
    e = by["en-c11"]
    assert pay(e) == D("238.15") and total_repaid(e) == D("8573.36") and round(total_repaid(e) / pay(e)) == 36
    assert "%" not in c11(e) and verdict["en-c11"] is False
    e = by["en-c12"]
    assert total_interest(e) == D("43.77") and verdict["en-c12"] is False and abs(e.cost - D("35.502")) < D("0.001")


if __name__ == "__main__":
    sys.exit(main())
