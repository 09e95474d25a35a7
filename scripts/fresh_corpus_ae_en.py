#!/usr/bin/env python3
"""Held-out batch AE of the fresh phrasing corpus, English side (tests/fresh/en/en-ae*): 8 documents
written for session 30 (helper batchae-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AD generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_ae_en.py            # (re)write tests/fresh/en/en-ae* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ae_en.py --check    # recompute and diff the files against the committed ones

The parameters, the arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ad_en.py (and through it of batches A-AD), imported, not copied: every cost is
re-derived by the solvers of batches D-AD; this batch adds `iqi_rate`: INVERSE QUADRATIC
INTERPOLATION ALONE (no bracket, no bisection fallback, unlike Brent-Dekker (L) or Chandrupatla (R),
which use it only inside a guarded bracket): the next point is where the parabola x = q(g) through
the three latest points (x_k, g(x_k)) crosses g = 0, i.e. the Lagrange form
x = sum x_a g_b g_c / ((g_a - g_b)(g_a - g_c)) over the three cyclic choices, on the polynomial
g(i) = sum p_k (1 + i)^-k - advance in the periodic rate i. The three starting points are 0.5 r,
r and 1.5 r, r the rule-of-thumb rate 2 (sum p / advance - 1) / (n + 1); the oldest point is dropped
each step; 90-digit decimals; it stops when a step is below 1e-70. It re-solves every multi-payment
cost and must agree with the shared solver to 1e-6 pp: the Reg Z / MAPR figure is i x ppy, the UK
APRC (1 + i)^ppy - 1.

Formats: en-ae03 a PDF (a Washington Navy sailor's loan: key: value lines and a schedule table),
en-ae04 an HTML page (a New York engagement-ring loan), en-ae05 a DOCX (a California teacher's note
to a former student, quarterly, amounts in words), en-ae06 a PNG (a Newfoundland and Labrador ATV
loan in one long paragraph, set as a PDF page by batch A's writer and rendered by
`pdftoppm -r 150 -png`; `files` lists the .txt and then the .png); the rest .txt, en-ae01 with OCR
slips.

The products were checked against the NAMES of every document in tests/fresh/en (A-AD): an Illinois
SEWER-LINE REPLACEMENT loan scanned with OCR slips ("USD 1234.56"); a UK FESTIVAL-TICKET short-term
loan app screen ("4th March 2026", a £24.00 missed-payment fee); a WASHINGTON NAVY SAILOR's loan
(Bremerton) with an origination fee withheld (PDF); a New York ENGAGEMENT-RING loan page (HTML,
"03/04/2026"); a California retired TEACHER's quarterly note to a former student for a nursing
licence (DOCX, amounts in words, "4 March 2026"); a NEWFOUNDLAND AND LABRADOR ATV loan in one
paragraph ("1,234.56 dollars", ISO dates, PNG); a SELF-STORAGE unit rental agreement (not credit);
a GHANA microfinance loan in an e-mail thread ("GHS 1,234.56", out of scope).

FIRST READING. Measured with the frozen binary of main (/work/bin/loanlint-main) by
`scripts/accuracy.py --binary /work/bin/loanlint-main --only en-ae --jobs 1`, after every text and
expected value was committed (fa193eff, messages included; no expected value was edited after the
run): 95.1% of the compared fields right (117/123); 4 of the 8 documents wholly right (en-ae02 the
UK app screen, en-ae04 txt and HTML, en-ae05 txt and DOCX, en-ae07 the storage rental).
Messages (the `message` subcommand with each sidecar's contract, days and received time): 4/6 in
the right tier (demand 2/2, lawful reminder 1/1, fraud 1/1, unlawful collection 0/2).

    field                     en
    doc kind        12/12 100.0%
    principal       10/12  83.3%
    received        11/11 100.0%
    term            11/11 100.0%
    method          11/11 100.0%
    count           11/11 100.0%
    rate            11/11 100.0%
    fees            10/11  90.9%
    APR+-tol        11/11 100.0%
    violation        9/11  81.8%
    date            10/11  90.9%
    conflict            -
    all fields    117/123  95.1%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: en-ae03 txt and PDF (the Washington Navy sailor: the APR 51.31% is computed
  right, but the MLA finding stays a WARNING "if the borrower is a covered servicemember": the
  borrower line "Petty Officer Second Class ... USN (active duty, USS John C. Stennis)" is not read
  as a covered borrower, where en-ad03's "spouse of SPC ..., U.S. Army, active duty" was). The other
  two violations (en-ae01 PLPA from an OCR scan, en-ae02 the UK £24.00 missed-payment fee) are found.
* APR: none (11/11 within tolerance, the PNG and the OCR scan included).
* principal: en-ae06 txt and PNG (the Newfoundland ATV loan: "5,200.00 dollars (Canadian)" read
  with currency USD: the amount is right, the "(Canadian)" after it is not read).
* fees: en-ae01 (the OCR scan: besides the right 150.00 origination fee, a second fee "Prepaid
  finance charge" of 2,450.00, the amount of the line above it, which the scan's stray mark ",'"
  ends: the fee's label and the previous line's amount joined).
* dates: en-ae08 (the Ghana e-mail: contract date none; expected 2026-02-10, the day of the reply
  that approves and disburses the loan, "Date: 10 February 2026, 10:12" in the header; see the
  decision below).
* kinds, received, term, method, count, rate: none.
* messages: en-ae05 (a voicemail from "Deputy Collins with the Civil Process Unit": the officer
  pose is found, but only as a WARNING, and the tier is demand-above-lawful-claim because loanlint
  restates the New York payday note's $390.00 to a lawful $301.84 under the NY cap, the same
  question as en-ad02's, still before the lead); en-ae06 (a threat to post the borrower's name,
  town and balance on a "Customers Who Refuse To Pay" page and on Facebook: read as a lawful
  reminder, no finding; loanlint's lawful claim there is $5,097.34, the whole balance as
  accelerated, because the contract's acceleration clause "may declare" after 30 days is taken as
  applied though no acceleration is declared: noticed, left alone).
* KNOWN_GAPS.tsv / KNOWN_MISSES.tsv: the 6 en-ae field misses were copied from the Rust suite's
  target/tmp/fresh_corpus_gaps.tsv (`cargo test --test suite fresh_corpus::every_field`) into
  tests/fresh/KNOWN_GAPS.tsv, and the 2 message misses from target/tmp/messages_ae_en_known_misses.tsv
  (`cargo test --test suite messages_c::`) into tests/messages_ae_en/KNOWN_MISSES.tsv; both filters
  pass on this branch.
* Noticed in batch AD's script, left alone: `("h", ...)` blocks are not a heading in
  fresh_corpus_c.blocks_text (it joins the string's characters as table rows), so en-ad05's .txt twin
  begins "P / R / O / M ..." one letter a line; this batch writes its title as a paragraph.
* Correction of the writer's own text (not an expected value): the README first said en-ae06's
  $176.34 was the lawful sum to bring the loan current; at 35 days after March 3 the April 3
  instalment is also due (4 days, no late charge yet): 2 x 161.34 + 15.00 = 337.68. The message
  asks LESS than is due; its tier (unlawful-collection, for the threatened publication) is
  unchanged. The README now says so.

Decisions (said here so that they can be argued with):
* Kinds: every signed or accepted agreement is loan_contract (the app screen where "Agree and sign"
  was tapped, the e-mail thread in which the loan is accepted and paid out). en-ae07 (a self-storage
  rental: monthly rent for space, a late fee, a lien sale of the contents; nothing is lent, no
  payment is deferred) is other.
* en-ae01: Illinois, a licensed non-bank; 32.9% with a $150.00 origination fee withheld from
  2,600.00: the Reg Z APR (= the MAPR: no insurance or ancillary product) is above 36%: a PLPA
  violation [C]. The box states that APR correctly (no TILA miss).
* en-ae02: UK HCSTC (APRC far above 100%, 3 monthly repayments): 0.75% a day on the balance, no
  up-front fee: charges per day under 0.8% and under 100% of the credit, but the missed-payment
  fee is £24.00 > £15 (CONC 5A default cap [C]): a violation.
* en-ae03: Washington (not in legal.md, so no state verdict); a covered borrower (an active-duty
  sailor, 32 CFR 232.3): 29.9% with a $150.00 origination fee withheld from 1,500.00: Reg Z APR =
  MAPR above 36% (32 CFR 232.4(b) [C]): a violation; the box states the APR correctly. The
  expected APR is the Reg Z APR (no fee outside the finance charge, so it is the MAPR too).
* en-ae04: New York licensed lender: 14.75% with a $40.00 fee withheld, 24 months: APR under 16%
  and within 1 pp of it: lawful near the civil line.
* en-ae05: California; the lender is a private individual (a retired teacher): 9.9% a year
  compounded quarterly, 8 quarterly payments, no fee: APR 9.9% <= 10% (Const. art. XV [C]): lawful
  near the line.
* en-ae06: Newfoundland and Labrador: 32.2% with a $125.00 administration fee withheld, 30 months:
  APR between 34% and 35% (Criminal Code s. 347 [S], the corpus's Canadian policy): lawful near
  the line.
* en-ae08: the contract date is 2026-02-10: the borrower accepted the offer on 9 February (the quoted
  e-mail) and the lender approved and disbursed on the 10th (the reply); the loan is made when the
  lender accepts and pays. If the lead holds the acceptance date (9 February), or "no date" for an
  e-mail thread, en-ae08's date miss goes.
  Lead's ruling: the acceptance date, 2026-02-09: a loan agreed by e-mail is dated by the quoted
  reply that accepts the offer (the corpus's convention since session 29, `mail_accept`); the
  lender's "approved and disbursed today" is the funding date. Expected value changed by this
  ruling, not by loanlint's reading (which gave no date at the first reading).
* en-ae05 (message): the tier written is unlawful-collection (a collector posing as a deputy with
  papers to serve: FDCPA 807(1), (13)) although the sum named is the note's own $390.00; if the lead
  rules that loanlint's NY-capped lawful claim ($301.84) stands (en-ad02's question), the message
  also demands above the lawful claim: which tier wins when both apply? The writer holds that a
  violation of the collection rules outranks an excess the collector did not itself add.
* en-ae08: Ghana: outside the bundled rulesets: no cost, no verdict; the 3% processing fee is
  withheld; the flat monthly rate is stated per month.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs` and are
asserted in `check_expectations`. Needs Python >= 3.11, reportlab for the PDF and poppler's pdftoppm
for the PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_ad_en as fcad  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_aa_en import words_money  # noqa: E402
from fresh_corpus_ab_en import ocr_noise  # noqa: E402
from fresh_corpus_ac_en import dollars, uk_ordinal, usd_bare  # noqa: E402
from fresh_corpus_ad_en import ADMIN_EN, FEE_EN, ORIG_EN  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_repaid  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import blocks_text as fc_blocks_text  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end  # noqa: E402
from fresh_corpus_n import gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_x_en import level_value  # noqa: E402
from fresh_corpus_z_en import GBP, PREC  # noqa: E402

date = dt.date

# ---------------------------------------------------------------------------------------------
# This batch's own solver: inverse quadratic interpolation alone
# ---------------------------------------------------------------------------------------------


def iqi_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic rate i with sum p_k (1 + i)^-k = advance, by inverse quadratic interpolation."""
    with localcontext() as ctx:
        ctx.prec = PREC
        adv, flows = D(advance), [D(p) for p in payments]
        assert sum(flows) > adv, "a zero or negative rate: not handled"

        def g(i: Decimal) -> Decimal:
            v, vk, total = 1 / (1 + i), D(1), -adv
            for p in flows:
                vk *= v
                total += p * vk
            return total

        r = 2 * (sum(flows) / adv - 1) / (len(flows) + 1)
        xs = [r / 2, r, 3 * r / 2]
        gs = [g(x) for x in xs]
        for _ in range(200):
            (a, b, cc), (ga, gb, gc) = xs, gs
            x = (a * gb * gc / ((ga - gb) * (ga - gc)) + b * ga * gc / ((gb - ga) * (gb - gc))
                 + cc * ga * gb / ((gc - ga) * (gc - gb)))
            assert D("-0.5") < x < 10, ("inverse quadratic interpolation left the range", x)
            gx = g(x)
            if gx == 0 or abs(x - cc) < D("1e-70"):
                return x
            xs, gs = [b, cc, x], [gb, gc, gx]
        raise AssertionError("inverse quadratic interpolation did not converge")


def iqi_percent(s: Spec, advance: Decimal | None = None) -> Decimal:
    """The cost by inverse quadratic interpolation alone: i x ppy (Reg Z, MAPR) or (1 + i)^ppy - 1 (APRC)."""
    i = iqi_rate(s.net_received if advance is None else advance, [r["total"] for r in s.rows])
    with localcontext() as ctx:
        ctx.prec = PREC
        ppy = fc.PPY[s.freq]
        return ((1 + i) ** ppy - 1 if s.apr_method == "eu-aprc" else i * ppy) * 100


def iqi_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    assert abs(s.cost - iqi_percent(s)) < D("1e-6"), (s.name, s.cost, iqi_percent(s))


def compute_ae(s: Spec) -> None:
    fcad.compute_ad(s)  # batch AD's compute: the solvers of batches A-AD
    iqi_check(s)


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------


def ghs(x: Decimal) -> str:
    return f"GHS {r2(x):,.2f}"


def dmy_words(d: dt.date) -> str:
    """2026-03-04 -> '4 March 2026'."""
    return f"{d.day} {d.strftime('%B')} {d.year}"


def fin(s: Spec) -> Decimal:
    """The finance charge: everything repaid beyond the amount received."""
    return total_repaid(s) - s.received


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ae01(s: Spec) -> str:
    """An Illinois sewer-line replacement loan as a scan's OCR text, 'USD 1234.56' amounts."""
    P, f = s.principal, s.fees[0]
    return ocr_noise(f"""PRAIRIE UTILITY REPAIR CREDIT CO. - INSTALLMENT LOAN CONTRACT AND DISCLOSURE STATEMENT
Licensed by the Illinois Department of Financial and Professional Regulation, CILA License No. CI-6630
Contract No. PURC-26-04178          Date of contract: {mdy(s.contract_date)}
Borrower: Dariusz W. Kowalewski, 4418 W Berteau Ave, Chicago IL 60641
Work financed: excavation and replacement of the clay sewer lateral (street to foundation) by Kedzie Brothers Sewer & Drain, Inc.
TRUTH IN LENDING DISCLOSURES
ANNUAL PERCENTAGE RATE: {r2(s.cost):.2f}%    FINANCE CHARGE: {usd_bare(fin(s))}
Amount Financed: {usd_bare(s.received)}    Total of Payments: {usd_bare(total_repaid(s))}
Your payment schedule: {s.n} monthly payments of {usd_bare(pay(s))}{last(s, usd_bare)}, the first on {mdy(due(s, 1))}, the last on {mdy(end(s))}.
ITEMIZATION OF THE AMOUNT FINANCED
Paid to Kedzie Brothers Sewer & Drain, Inc. on your behalf: {usd_bare(s.received)}
Prepaid finance charge (origination fee, kept by us from the loan): {usd_bare(f.amount)}
Principal amount of loan: {usd_bare(P)}
Interest: {plain(s.rate_value)}% per year, simple interest on the unpaid principal balance, from {mdy(s.start_date)}.
Late charge: USD 15.00 if a payment is more than 10 days late. Prepayment: no penalty; the origination fee is fully earned and not refunded.
Security: none.  Arbitration: none.
Borrower signature: D. W. Kowalewski          Date: {mdy(s.contract_date)}
For Prairie Utility Repair Credit Co.: R. Okafor, Loan Processor
Page 1 of 1     scanned {mdy(s.contract_date)} 16:22
""")


def ae02(s: Spec) -> str:
    """A UK festival-ticket short-term loan app screen: key: value lines, '4th March 2026' dates."""
    P = s.principal
    rows = "\n".join(f"  {uk_ordinal(r['date'])} .......... {gbp(r['total'])}" for r in s.rows)
    return f"""9:41                                                  4G  78%
< Back                 TENTPEG CREDIT               ? Help

Your loan agreement is signed
Agree and sign  [tapped {uk_ordinal(s.contract_date)}, 21:07]

What it's for:  Weekend camping ticket, Glastonbury-area festival + tent hire
Loan amount:  {gbp(P)}
Paid to your bank account:  {uk_ordinal(s.start_date)}
Interest rate:  {plain(s.rate_value)}% per day on the balance you owe (fixed)
Fees to take out the loan:  none
Repayments:  {s.n} monthly
{rows}
Total you'll repay:  {gbp(total_repaid(s))}
Cost of borrowing:  {gbp(total_repaid(s) - P)}
Representative APR:  {r2(s.cost):,.1f}%

If you miss a repayment
  Missed payment fee:  £24.00 (charged once)
  Interest keeps running at the same daily rate on what you owe.
  Warning: Late repayment can cause you serious money problems.
  For help, go to moneyhelper.org.uk

You can repay early at any time and pay interest only for the days you had the money.
You have 14 days to change your mind.
TentPeg Credit Ltd, Bristol. Authorised and regulated by the Financial Conduct Authority (FRN 984412).
[ View full agreement (PDF) ]   [ Make a repayment ]
"""


def ae03(s: Spec) -> str:
    """A Washington Navy sailor's loan: key: value lines and a schedule table (PDF)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"{r['k']:>3}   {r['date'].strftime('%m/%d/%Y')}   {cur(r['total']):>9}   {cur(r['interest']):>8}   "
                     f"{cur(r['principal']):>9}" for r in s.rows)
    return f"""KITSAP HARBOR LOANS, LLC          CONSUMER LOAN DISCLOSURE AND AGREEMENT
Office: 1020 Burwell St, Bremerton, WA 98337             Loan No. KHL-0326-5521
Agreement date: {s.contract_date.strftime('%m/%d/%Y')}
Borrower: Petty Officer Second Class Tyrell J. Nakamura-Boyd, USN (active duty, USS John C. Stennis), 515 Pacific Ave Apt 9, Bremerton WA 98337
Loan amount (principal): {cur(P)}
Origination fee (withheld from the loan amount): {cur(f.amount)}
Amount financed (deposited to your account {s.start_date.strftime('%m/%d/%Y')}): {cur(s.received)}
Interest rate: {plain(s.rate_value)}% per year on the unpaid principal
ANNUAL PERCENTAGE RATE: {r2(s.cost):.2f}%
Finance charge: {cur(fin(s))}
Total of payments: {cur(total_repaid(s))}
Payments: {s.n} monthly payments of {cur(pay(s))}{last(s)}

Pmt   Due date      Payment   Interest   Principal
{rows}

Late charge: $10.00 after 15 days. No prepayment penalty.
Statement of the Military Annual Percentage Rate: Federal law provides important protections to members of the Armed Forces and
their dependents relating to extensions of consumer credit. In general, the cost of consumer credit to a member of the Armed Forces
and his or her dependent may not exceed an annual percentage rate of 36 percent. Oral disclosure: 1-800-555-0147.
Signed: T. J. Nakamura-Boyd                  Kitsap Harbor Loans, LLC by M. Serrano, manager
"""


def ae04(s: Spec) -> str:
    """A New York licensed lender's engagement-ring loan page (HTML), US numeric dates."""
    P, f = s.principal, s.fees[0]
    bal, rows = P, []
    for r in s.rows:
        bal -= r["principal"]
        rows.append(f"<tr><td>{r['k']}</td><td>{mdy(r['date'])}</td><td>{cur(r['total'])}</td><td>{cur(bal)}</td></tr>")
    rows = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Loan documents - Solitaire Lending</title></head>
<body>
<header><b>Solitaire Lending Corp.</b> &mdash; licensed lender, New York State Department of Financial Services</header>
<h1>Your loan agreement</h1>
<p>Borrower: Devon A. Castellanos-Reyes, 40-12 82nd St, Jackson Heights, NY 11373. Agreement signed electronically on
{mdy(s.contract_date)}. Purpose: engagement ring (1.1 ct oval, platinum setting) from Forty-Seventh Street Gem Exchange,
paid directly by us.</p>
<table border="1">
<tr><th>Annual Percentage Rate</th><th>Finance Charge</th><th>Amount Financed</th><th>Total of Payments</th></tr>
<tr><td>{r2(s.cost):.2f}%</td><td>{cur(fin(s))}</td><td>{cur(s.received)}</td><td>{cur(total_repaid(s))}</td></tr>
</table>
<ul>
<li>Loan amount: {cur(P)}</li>
<li>Loan fee of {cur(f.amount)}, withheld from the loan amount (a prepaid finance charge)</li>
<li>Paid to Forty-Seventh Street Gem Exchange on {mdy(s.start_date)}: {cur(s.received)}</li>
<li>Interest: {plain(s.rate_value)}% simple interest per year on the unpaid balance</li>
<li>{s.n} monthly payments of {cur(pay(s))}{last(s)}, from {mdy(due(s, 1))} to {mdy(end(s))}</li>
</ul>
<h2>Payment schedule</h2>
<table border="1"><tr><th>#</th><th>Due</th><th>Payment</th><th>Balance after</th></tr>
{rows}
</table>
<p>Late charge: 5% of the payment after 15 days. You may prepay at any time without penalty; the loan fee is not refunded.</p>
</body></html>
"""


def ae05(s: Spec) -> list:
    """A California retired teacher's quarterly note to a former student, amounts in words (DOCX)."""
    P = s.principal
    return [
        ("p", "PROMISSORY NOTE"),
        ("p", f"Fresno, California, {dmy_words(s.contract_date)}"),
        ("p", "Lender: Mrs. Evangeline Tsosie-Harlan, retired high-school chemistry teacher, 1880 E Shields Ave, Fresno CA 93704."),
        ("p", "Borrower: Marisol Quintanilla-Bautista, 612 W Olive Ave Apt 4, Fresno CA 93728 (her former student)."),
        ("p", f"1. The loan. For the NCLEX-RN examination, the licence application and a review course, the Lender lends the "
              f"Borrower the sum of {words_money(P)} ({cur(P)}), handed over by cheque on {dmy_words(s.start_date)}. There is "
              f"no fee of any kind."),
        ("p", f"2. Interest. Nine point nine percent ({plain(s.rate_value)}%) a year on the unpaid principal, compounded and "
              f"payable quarterly."),
        ("p", f"3. Repayment. Eight (8) equal quarterly payments of {words_money(pay(s))} ({cur(pay(s))}){last(s)}, "
              f"the first on {dmy_words(due(s, 1))} and the last on {dmy_words(end(s))}; in all "
              f"{words_money(total_repaid(s))} ({cur(total_repaid(s))})."),
        ("p", "4. Early payment. The Borrower may pay early, in whole or in part, without penalty."),
        ("p", "5. No security. Nothing secures this note."),
        ("p", "6. Law. California law governs this note."),
        ("p", f"Signed on {dmy_words(s.contract_date)}:  E. Tsosie-Harlan (Lender)    M. Quintanilla-Bautista (Borrower)"),
    ]


def ae06(s: Spec) -> str:
    """A Newfoundland and Labrador ATV loan in one long paragraph, '1,234.56 dollars', ISO dates (PNG)."""
    P, f = s.principal, s.fees[0]
    return (f"TERRA NOVA POWERSPORTS CREDIT LTD., CORNER BROOK, NEWFOUNDLAND AND LABRADOR - LOAN AGREEMENT AND "
            f"DISCLOSURE STATEMENT.\nOn {s.contract_date.isoformat()} Shauna M. Pittman-Rideout, of 14 Riverside Dr, "
            f"Deer Lake NL A8A 1B2, borrows {dollars(P)} (Canadian)\nfrom Terra Nova Powersports Credit Ltd. to buy a "
            f"2025 Can-Am Outlander 700 ATV from Humber Valley Motorsports; an administration fee of\n{dollars(f.amount)} "
            f"is deducted from the loan, so {dollars(s.received)} is paid to Humber Valley Motorsports on "
            f"{s.start_date.isoformat()};\ninterest is {plain(s.rate_value)}% a year on the unpaid balance, calculated "
            f"monthly; the loan is repaid in {s.n} monthly payments of\n{dollars(pay(s))}{last(s, dollars)} from "
            f"{due(s, 1).isoformat()} to {end(s).isoformat()}, {dollars(total_repaid(s))} in all; the total cost of "
            f"borrowing,\ninterest and the administration fee, is {dollars(fin(s))} and the annual percentage rate is "
            f"{r2(s.cost):.2f}%; the ATV secures the loan\n(a security interest registered in the Personal Property "
            f"Registry); NSF fee 45.00 dollars; prepayment at any time without charge.\nSigned: S. Pittman-Rideout. "
            f"For the lender: G. Tobin, credit manager.\n")


def ae07(_s: Spec) -> str:
    """A self-storage unit rental agreement in numbered clauses, US numeric dates (not credit)."""
    return """NORTH FORK SELF STORAGE - RENTAL AGREEMENT
Facility: 2290 Route 25, Riverhead, NY 11901          Agreement No. NFS-11873          Date: 03/04/2026
Occupant: Bronwyn L. Achterberg, 77 Hallett Ave, Riverhead NY 11901
Unit: C-114 (10 ft x 15 ft, climate controlled, ground floor)

1. Term. Month to month, starting 03/04/2026. Either party may end this agreement with 10 days' written notice.
2. Rent. $189.00 per month, payable in advance on the 4th of each month, first month paid today together with
   a one-time $25.00 administrative fee and a $12.00 disc lock. Rent is for the use of the space only; the
   Operator does not lend money or take possession of the Occupant's goods as security for any loan.
3. Late fee. If rent is not received within 5 days of its due date a late fee of $20.00 is charged.
4. Lien. The Operator has a lien on the stored property for unpaid rent under New York Lien Law section 182;
   after 60 days' default the contents may be sold at public auction after the notices that law requires.
5. Insurance. The Occupant must insure the stored goods; the Operator's protection plan is $14.00 per month (optional).
6. Access. 6:00 AM - 10:00 PM daily with the Occupant's gate code.
7. Prohibited items. No food, flammables, hazardous materials, firearms or living things.

Total paid today: $189.00 + $25.00 + $12.00 = $226.00 (card ending 6021).
Occupant: B. L. Achterberg          Manager: J. Halvorsen
"""


def ae08(s: Spec) -> str:
    """A Ghana microfinance loan in an e-mail thread, 'GHS 1,234.56' (out of scope)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}. {r['date'].strftime('%d/%m/%Y')}   {ghs(r['total'])}" for r in s.rows)
    return f"""From: Loans Desk, Adom Savings and Loans PLC <loans@adomsl.example.com.gh>
To: Efua Ansah-Mensah <efua.am@example.com>
Date: {s.start_date.strftime('%d %B %Y')}, 10:12
Subject: RE: Loan No. ASL/KSI/26/0931 - disbursed

Dear Madam Efua,

Thank you for accepting the offer. Your loan of {ghs(P)} for the provision shop stock has been approved
and disbursed today to your MTN mobile money wallet, less the 3% processing fee of {ghs(f.amount)}: you
received {ghs(s.received)}.

Interest is {plain(s.rate_value)}% per month flat on the loan amount. You will repay {s.n} monthly instalments of
{ghs(pay(s))}{last(s, ghs)}:
{rows}
Total repayable: {ghs(total_repaid(s))}.

A penalty of 1% per week applies to any instalment in arrears. Your husband, Mr Kojo Ansah, has signed
as guarantor. Regulated by the Bank of Ghana under the Non-Bank Financial Institutions Act, 2008.

Regards,
Abena Osei-Tutu, Loans Officer, Adom Savings and Loans PLC, Adum, Kumasi

> From: Efua Ansah-Mensah
> Sent: {(s.start_date - dt.timedelta(days=1)).strftime('%d %B %Y')}, 18:40
> I accept the loan offer of {ghs(P)} over {s.n} months as explained by Mr Boateng. My signed form is attached.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-ae01: 2,600 x 32.9% / 12 = 71.28 of interest in the first month; 2,600 - 150 = 2,450
#   received; at 3% a month the 18 payments are worth more than 2,450 (level_value): above 36%.
# * en-ae02: 0.75% x 365 / 12 = 22.8125% a month; 400 x 0.228125 = 91.25 of interest first; the
#   charges (total repaid - 400) over 400 over 90 days are under 0.8% a day and under 400; the
#   missed-payment fee 24.00 > 15.00.
# * en-ae03: 1,500 x 29.9% / 12 = 37.38 first interest; 1,500 - 150 = 1,350 received; at 3% a
#   month the 12 payments are worth more than 1,350: MAPR (= APR) above 36%.
# * en-ae04: 4,200 x 14.75% / 12 = 51.63 first interest; 4,160 received; at 16% / 12 the 24
#   payments are worth less than 4,160 and at 15% / 12 more: APR between 15% and 16%.
# * en-ae05: 6,000 x 9.9% / 4 = 148.50 of interest in the first quarter; 8 payments at 2.475% a
#   quarter are worth 6,000 (to the cent) and at 2.5% less than 6,000: APR <= 10%.
# * en-ae06: 5,200 - 125 = 5,075 received; at 35% / 12 the 30 payments are worth less than 5,075
#   and at 34% / 12 more: APR between 34% and 35%.
# * en-ae07: 189 + 25 + 12 = 226.
# * en-ae08: 8,000 x 3% = 240 withheld: 7,760 paid; flat 4.5% of 8,000 = 360 of interest a month;
#   8,000 / 6 = 1,333.33 of principal: 1,693.33 a month, 10,160.00 in all.

NAVY_REASON = ("covered borrower (an active-duty Navy petty officer): the MAPR equals the Reg Z APR here (the 150.00 "
               "origination fee withheld is a finance charge; no insurance or ancillary product): above 36% (MLA, "
               "32 CFR 232.4(b) [C]); Washington law is not covered by the reference")


def specs() -> list[Spec]:
    return [
        c("en-ae01-illinois-sewer-line-replacement-loan-ocr-scan-usd-code-fee-withheld-above-36", ae01, **USD,
          principal=D(2600), method="equal_installment", n=18, term_months=18, rate_value=D("32.9"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(150))], jurisdiction="US-IL",
          contract_date=date(2026, 4, 14), start_date=date(2026, 4, 14), lender_type="licensed_nonbank",
          notes=["32.9% and 150 withheld: 2,450 to the sewer contractor; APR above 36%"]),
        c("en-ae02-uk-festival-ticket-loan-app-screen-ordinal-dates-missed-payment-fee-24", ae02, **GBP,
          principal=D(400), method="equal_installment", n=3, term_months=3, rate_value=D("0.75"), rate_per="day",
          contract_date=date(2026, 3, 4), start_date=date(2026, 3, 5), lender_type="licensed_nonbank",
          opts={"default_fee": D(24)},
          notes=["0.75% a day on the balance, no fee: within the daily and total caps; the 24.00 missed-payment fee "
                 "is above the 15.00 default cap"]),
        c("en-ae03-washington-navy-sailor-loan-origination-withheld-schedule-pdf-mapr-above-36", ae03, "pdf", **USD,
          principal=D(1500), method="equal_installment", n=12, term_months=12, rate_value=D("29.9"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(150))], jurisdiction="US-WA",
          contract_date=date(2026, 5, 19), start_date=date(2026, 5, 19), lender_type="licensed_nonbank",
          verdict=True, verdict_reason=NAVY_REASON,
          notes=["29.9% and 150 withheld from 1,500: APR = MAPR above 36% for an active-duty sailor"]),
        c("en-ae04-new-york-engagement-ring-loan-html-numeric-dates-fee-withheld-near-16", ae04, "html", **USD,
          principal=D(4200), method="equal_installment", n=24, term_months=24, rate_value=D("14.75"),
          fees=[Fee("loan fee", ORIG_EN, "upfront_deducted", amount=D(40))], jurisdiction="US-NY",
          contract_date=date(2026, 3, 4), start_date=date(2026, 3, 4), lender_type="licensed_nonbank",
          notes=["14.75% and 40 withheld: APR just under 16%"]),
        c("en-ae05-california-retired-teacher-note-quarterly-words-docx-just-under-10", ae05, "docx", **USD,
          principal=D(6000), method="equal_installment", n=8, freq="quarter", term_months=24, rate_value=D("9.9"),
          jurisdiction="US-CA", contract_date=date(2026, 3, 4), start_date=date(2026, 3, 4),
          lender_type="individual", disclose_apr=False, notes=["9.9% a year paid quarterly, no fee: <= 10%"]),
        c("en-ae06-newfoundland-atv-loan-one-paragraph-dollars-iso-dates-png-near-35", ae06, lang="en",
          currency="CAD", apr_method="us-regz", jurisdiction="CA-NL", principal=D(5200), method="equal_installment",
          n=30, term_months=30, rate_value=D("32.2"),
          fees=[Fee("administration fee", ADMIN_EN, "upfront_deducted", amount=D(125))],
          contract_date=date(2026, 6, 9), start_date=date(2026, 6, 9), lender_type="licensed_nonbank",
          opts={"png": True}, notes=["32.2% and 125 withheld: APR between 34% and 35%"]),
        c("en-ae07-self-storage-unit-rental-agreement-numbered-clauses-not-credit", ae07, lang="en", currency="USD",
          **OTHER, notes=["monthly rent for storage space, a late fee and a lien sale: nothing is lent"]),
        c("en-ae08-ghana-microfinance-loan-email-thread-flat-monthly-out-of-scope", ae08, lang="en", currency="GHS",
          apr_method=None, jurisdiction="GH", principal=D(8000), method="flat_rate", n=6, term_months=6,
          rate_value=D("4.5"), rate_per="month",
          fees=[Fee("processing fee", FEE_EN, "upfront_deducted", amount=D(240))],
          contract_date=date(2026, 2, 9), start_date=date(2026, 2, 10), lender_type="licensed_nonbank",
          notes=["Ghana: outside the bundled rulesets; 3% of 8,000 = 240 deducted; flat 4.5% a month"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-ae01"]
    assert e.rows[0]["interest"] == D("71.28") and e.received == D(2450)
    assert level_value(pay(e), D("0.03"), 18) > D(2450) and e.cost > 36 and verdict["en-ae01"] is True
    e = by["en-ae02"]
    charges = total_repaid(e) - e.principal
    assert e.rows[0]["interest"] == D("91.25") and charges / 400 / 90 * 100 < D("0.8") and charges < 400
    assert e.cost >= 100 and verdict["en-ae02"] is True and "£24.00" in ae02(e)
    e = by["en-ae03"]
    assert e.rows[0]["interest"] == D("37.38") and e.received == D(1350)
    assert level_value(pay(e), D("0.03"), 12) > D(1350) and e.cost > 36 and verdict["en-ae03"] is True
    e = by["en-ae04"]
    assert e.rows[0]["interest"] == D("51.63") and e.received == D(4160)
    assert level_value(pay(e), D("0.16") / 12, 24) < D(4160) < level_value(pay(e), D("0.15") / 12, 24)
    assert 15 < e.cost < 16 and verdict["en-ae04"] is False
    e = by["en-ae05"]
    assert e.rows[0]["interest"] == D("148.50") and level_value(pay(e), D("0.025"), 8) < D(6000)
    assert abs(level_value(pay(e), D("0.02475"), 8) - 6000) < D("0.05") and verdict["en-ae05"] is False
    assert "six thousand dollars" in fc_blocks_text(ae05(e))
    e = by["en-ae06"]
    assert e.received == D(5075) and level_value(pay(e), D("0.35") / 12, 30) < D(5075)
    assert level_value(pay(e), D("0.34") / 12, 30) > D(5075) and e.verdict is False
    assert D(189) + 25 + 12 == D(226) and "$226.00" in ae07(by["en-ae07"]) and verdict["en-ae07"] is False
    e = by["en-ae08"]
    assert e.received == D(7760) and e.rows[0]["interest"] == D(360) and pay(e) == D("1693.33")
    assert total_repaid(e) == D("10160.00") and e.cost is None and verdict["en-ae08"] is None


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = iqi_rate(D(99000), [D("8833.3")] * 12) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = iqi_rate(D(5000), [D(130)] * 48) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ae, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
