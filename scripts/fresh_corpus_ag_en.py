#!/usr/bin/env python3
"""Held-out batch AG of the fresh phrasing corpus, English side (tests/fresh/en/en-ag*): 8 documents
written for session 30 (helper batchag-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AF generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_ag_en.py            # (re)write tests/fresh/en/en-ag* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ag_en.py --check    # recompute and diff the files against the committed ones

The parameters, the arithmetic, the expected.json schema and the writers are those of
fresh_corpus_af_en.py (and through it of batches A-AF), imported, not copied: every cost is
re-derived by the solvers of batches D-AF; this batch adds `graeffe_rate`: the DANDELIN-GRAEFFE
ROOT-SQUARING method on the polynomial in the growth factor x = 1 + i,
Q(x) = A x^n - p_1 x^(n-1) - ... - p_n (A the amount received, p_k the payments). The wanted root is
the one of largest modulus: for |z| <= 1/x* every other root of sum p_k z^k = A would need
|sum p_k z^k| = A with the terms not all aligned, impossible, so v* = 1/x* is the unique root of
least modulus of the polynomial in v, and x* the unique dominant root of Q. Each Graeffe step
replaces Q(x) by (-1)^n Q(x) Q(-x) read in x^2, squaring every root; after m steps the ratio of the
first two coefficients is -(sum of the squared-m-times roots), dominated by x*^(2^m), so
x* = |b_1 / b_0|^(1 / 2^m). No derivative, no starting point, no bracket; 120-digit mpmath
(unbounded exponents); m is raised until two successive estimates agree to 1e-40. It re-solves every
multi-payment cost and must agree with the shared solver to 1e-6 pp: the Reg Z / MAPR figure is
(x* - 1) x ppy, the UK APRC x*^ppy - 1.

Formats: en-ag02 an HTML page (a UK passport fast-track loan), en-ag03 a PDF (an Oklahoma Air
Force spouse's loan with a schedule table), en-ag05 a DOCX (a California bowling-league note, amounts
in words), en-ag06 a PNG (a Northwest Territories winter-tire loan; set as a PDF page by batch A's
writer and rendered by `pdftoppm -r 150 -png`; `files` lists the .txt and then the .png); the rest
.txt, en-ag08 with OCR slips.

The products were checked against the NAMES of every document in tests/fresh/en (A-AF): an Illinois
CHIMNEY REBUILD loan arranged in an E-MAIL THREAD (numeric US dates, a monthly account servicing fee
on top of 29.9%: above 36%); a UK PASSPORT FAST-TRACK 28-day loan on a web page ("4th March 2026")
whose same-day payment fee breaks 0.8% a day; an Oklahoma AIR FORCE SPOUSE's gaming-PC loan with a
schedule table (PDF; a dependent is a covered borrower; MAPR above 36%); a New York COURT-REPORTING
SCHOOL tuition loan in key: value lines ("USD 6000.00", ISO dates) that states no count and no term;
a California BOWLING-LEAGUE treasurer's note to a teammate, amounts in words, equal principal (DOCX,
just under 10%); a NORTHWEST TERRITORIES WINTER-TIRE loan whose "APR" is the note rate (PNG, true
APR just under 35%); an Oregon DMV VEHICLE REGISTRATION renewal notice (not credit); a TRINIDAD AND
TOBAGO credit union loan scanned with OCR slips ("TT$", out of scope).

Figures left to be inferred or contradicting (brief, extra (b)): en-ag04 states the rate, the monthly
payment, the final payment, the total interest and the finance charge but no count and no last date:
(principal + total interest - final) / payment + 1 = 36 fixes the count and the term; en-ag06's box
"APR: 27.9%" (the note rate) contradicts its own cost of borrowing and payments (true APR about
34.7%); the expected APR is the one the schedule decides.

FIRST READING. Measured with a copy of the frozen binary of main (/work/bin/loanlint-main copied to
/tmp/loanlint-ag-<pid> before the run) by `scripts/accuracy.py --binary /tmp/loanlint-ag-<pid> --only
en-ag --jobs 1`, after every text, expected value and message was committed (cfe248b9; no expected
value was edited after the run): 90.2% of the compared fields right (111/123); 4 of the 8 documents
wholly right (en-ag02 txt and HTML, en-ag03 txt and PDF, en-ag06 txt and PNG, en-ag07).
Messages (the `message` subcommand with each sidecar's contract, days and received time): 3/6 in
the right tier (demand 1/2, lawful reminder 1/1, fraud 1/1, unlawful collection 0/2).

    field                     en
    doc kind        12/12 100.0%
    principal       12/12 100.0%
    received        10/11  90.9%
    term             8/11  72.7%
    method           8/11  72.7%
    count           10/11  90.9%
    rate            11/11 100.0%
    fees            10/11  90.9%
    APR+-tol        10/11  90.9%
    violation       10/11  90.9%
    date            10/11  90.9%
    conflict            -
    all fields    111/123  90.2%

Misses by class at the first reading (the verdicts first):
* false violations: none (the three lawful-near-a-line documents, NY 15.47%, CA 9.76%, NWT 34.74%,
  are all judged lawful; en-ag06's misstated "APR: 27.9%" draws no finding, as decided below).
* missed violations: en-ag01 (the Illinois chimney loan in an e-mail thread: the APR 37.45% is
  computed right, fee included, but "no US state found in the contract (governing-law clause or
  address)": the lender's "Illinois consumer installment lender", "Joliet IL" and "Joliet, IL 60435"
  in the signature are not taken as the state, so the PLPA cap is not applied; only the MLA WARNING
  stays). The other two are found: en-ag02 (UK 0.84% a day, txt and HTML) and en-ag03 (the Air Force
  spouse, a dependent: MAPR 45.82% > 36% a violation, txt and PDF: the covered-borrower reading that
  missed en-ae03 / en-af03 works for "spouse and dependent of Senior Airman ..., on active duty").
* APR: en-ag04 (the NY key: value sheet with no count: "not computed (the contract lacks terms the
  computation needs)"; the payment 206.23, the final 206.35, the total interest 1,424.40 and the
  principal are all read, but the count (36) is not inferred from them, so no term, no method, no
  count; and the "Loan fee withheld from disbursement: USD 90.00" is not read as a fee: disbursed
  6000.00 instead of 5910). 5 of its fields miss on that one gap.
* term, method: en-ag05 txt and DOCX (the bowling-league note: "125.00 of principal plus the interest
  accrued ... each payment smaller than the one before", 24 payments: count 24 read, APR right, but
  no term and no method: equal principal described in words is not recognised).
* date: en-ag08 (Trinidad: "Date: 12/02/2026" read month-first as 2026-12-02; the document is from
  a dd/mm country (TT$, "W.I.") and its first deduction is "from 12/03/2026"; a dd/mm reading is the
  one expected: see Decisions).
* principal, rate, kinds: none.
* messages: en-ag02 (the NY tuition loan of this batch given as the contract: a returned autopay plus
  a 5% late charge at 3 days when the contract's late charge starts after 15 days: read as a lawful
  reminder; the contract's schedule is not built (en-ag04's count gap above), so no lawful claim is
  computed to compare with the $236.54 demanded); en-ag04 (the "Wall of Shame": name and photo in the
  branch window and on Instagram / Facebook: no finding: public shaming / publication of debtors is
  not seen); en-ag05 (a lawsuit threatened on a Texas loan last paid in 2017: no finding: the
  time-barred debt is not seen). en-ag01 (a per-diem late charge the credit union's note does not
  have) and en-ag06 (Bitcoin ATM) land right.
* KNOWN_GAPS.tsv / KNOWN_MISSES.tsv: the 12 en-ag field misses were copied from the Rust suite's
  target/tmp/fresh_corpus_gaps.tsv (`cargo test --test suite fresh_corpus::every_field`) into
  tests/fresh/KNOWN_GAPS.tsv, and the 3 message misses from target/tmp/messages_ag_en_known_misses.tsv
  (`cargo test --test suite messages_c::`) into tests/messages_ag_en/KNOWN_MISSES.tsv. The message
  sidecar en-ag02 names its contract as `../tests/fresh/en/en-ag04-...txt`, which the suite joins to
  sample-contracts/ and resolves.

Decisions (said here so that they can be argued with; for the lead to rule on):
* Kinds: every signed agreement is loan_contract (the e-mail thread ends with the signed agreement's
  terms repeated and "signed electronically"; the UK page signed online). en-ag07 (a DMV registration
  renewal notice: fees for a public service, no credit) is other.
* en-ag01: Illinois PLPA: the $9.00 monthly account servicing fee is a finance charge (and counts in
  the MAPR the PLPA uses): APR above 36%: a violation.
* en-ag02: UK HCSTC: the £12.00 same-day payment fee is a charge (payable with the repayment): with
  0.7% a day over 28 days the charges are 0.84% of the credit a day > 0.8% (CONC 5A [C]).
* en-ag03: Oklahoma (not in legal.md); the borrower is the SPOUSE of an active-duty airman (a
  dependent: a covered borrower, 32 CFR 232.3 [U in legal.md, which says "servicemembers and
  dependents" [C]]); MAPR = Reg Z APR (origination fee withheld) above 36%: a violation.
* en-ag04: New York licensed lender, about 15.4%: under 16%, lawful near the line.
* en-ag05: California individual lender: 9.25% plus a $15.00 paperwork fee withheld: APR under 10%
  (the fee counted, as the shared verdict counts the APR): lawful near the line.
* en-ag06: Northwest Territories: Criminal Code 35% [S]: about 34.7%: lawful; the misstated
  "APR: 27.9%" is no violation under legal.md (no Canadian disclosure rule in it): decision for the
  lead (a provincial/territorial cost-of-borrowing disclosure rule would make it one).
* en-ag08: Trinidad and Tobago: outside the bundled rulesets: no cost, no verdict. Its "Date:
  12/02/2026" is expected as 12 February 2026 (a dd/mm country; the first deduction "from
  12/03/2026", one month later, agrees either way, so only the country decides); if the lead holds an
  unmarked numeric date month-first in an English document, the expected contract_date is the
  writer's call to change.
* en-ag05: "paperwork fee" kinds include documentation and processing; equal principal is expected
  (the text describes it without naming it).
* message en-ag02: the lawful claim at 3 days is 206.23 + the contract's own USD 20.00 returned
  payment fee = 226.23 (the autopay was returned); the 5% late charge is not yet due (15 days).
* message en-ag04: the creditor's own staff (not a third-party collector): FDCPA 806(3) binds
  collectors; the tier rests on unfair public shaming (UDAAP) and disclosure to third parties, graded
  as legal.md does not grade US collection law.
* message en-ag05: the Texas four-year limitation (Tex. Civ. Prac. & Rem. Code 16.004) and Reg F
  1006.26(b) are not in legal.md: written unlawful-collection from the writer's knowledge, for the lead
  to rule on.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs` and are
asserted in `check_expectations`. Needs Python >= 3.11, mpmath, reportlab for the PDF and poppler's
pdftoppm for the PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from pathlib import Path

import mpmath

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_af_en as fcaf  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_aa_en import words_money  # noqa: E402
from fresh_corpus_ab_en import ocr_noise  # noqa: E402
from fresh_corpus_ac_en import uk_ordinal, usd_bare  # noqa: E402
from fresh_corpus_ad_en import ADMIN_EN, FEE_EN, ORIG_EN  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import blocks_text as fc_blocks_text  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end  # noqa: E402
from fresh_corpus_n import gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_x_en import level_value  # noqa: E402
from fresh_corpus_z_en import GBP  # noqa: E402

date = dt.date
SERVICE_EN = ["service", "management", "membership", "other"]
PAPER_EN = ["documentation", "processing", "handling", "service", "other"]

# ---------------------------------------------------------------------------------------------
# This batch's own solver: Dandelin-Graeffe root squaring on the polynomial in x = 1 + i
# ---------------------------------------------------------------------------------------------


def graeffe_x(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The dominant root x* = 1 + i of A x^n - p_1 x^(n-1) - ... - p_n, by root squaring."""
    with mpmath.workdps(120):
        lo = [-mpmath.mpf(str(p)) for p in reversed(payments)] + [mpmath.mpf(str(advance))]  # lowest first
        n = len(lo) - 1
        prev = None
        for m in range(1, 80):
            neg = [cf * (-1) ** k for k, cf in enumerate(lo)]
            prod = [mpmath.mpf(0)] * (2 * n + 1)
            for i, a in enumerate(lo):
                for j, b in enumerate(neg):
                    prod[i + j] += a * b
            lo = [prod[2 * k] * (-1) ** n for k in range(n + 1)]
            top = lo[n]
            lo = [cf / top for cf in lo]  # monic: keeps the leading coefficient 1
            est = abs(lo[n - 1]) ** (mpmath.mpf(1) / mpmath.mpf(2) ** m)
            if prev is not None and m > 6 and abs(est - prev) < mpmath.mpf("1e-40"):
                return D(mpmath.nstr(est, 60))
            prev = est
        raise AssertionError("Graeffe did not settle")


def graeffe_percent(s: Spec) -> Decimal:
    x = graeffe_x(s.net_received, [r["total"] for r in s.rows])
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = 50
        return (x ** ppy - 1 if s.apr_method == "eu-aprc" else (x - 1) * ppy) * 100


def graeffe_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    assert abs(s.cost - graeffe_percent(s)) < D("1e-6"), (s.name, s.cost, graeffe_percent(s))


def compute_ag(s: Spec) -> None:
    fcaf.compute_af(s)  # batch AF's compute: the solvers of batches A-AF
    graeffe_check(s)


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------


def ttd(x: Decimal) -> str:
    return f"TT${r2(x):,.2f}"


def cad(x: Decimal) -> str:
    return f"${r2(x):,.2f}"


def fin(s: Spec) -> Decimal:
    """The finance charge: everything repaid beyond the amount received."""
    return total_repaid(s) - s.received


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ag01(s: Spec) -> str:
    """An Illinois chimney rebuild loan agreed in an e-mail thread, numeric US dates."""
    P, f = s.principal, s.fees[0]
    return f"""From: Loan Desk <loans@prairiehearthcredit.example>
To: Dwayne Kowalczyk-Reyes <dkreyes@example.net>
Date: {mdy(s.contract_date)} 4:12 PM
Subject: RE: RE: chimney rebuild - your loan documents (signed)

Dwayne,

Thanks, we have your e-signature on the agreement. Your loan is closed and the contractor will be paid
{mdy(s.start_date)}. For your records, here are the terms you signed:

  Lender ............ Prairie Hearth Credit, Inc. (Illinois consumer installment lender, lic. CIL-22871)
  Loan amount ....... {cur(P)}, paid to Lincolnway Masonry & Chimney, Joliet IL, for the chimney rebuild
  Interest .......... {plain(s.rate_value)}% a year on the unpaid balance
  Account servicing fee {cur(f.amount)} with every monthly payment (included in the payment below)
  Payments .......... {s.n} monthly payments of {cur(pay(s))}{last(s)}, the first on {mdy(due(s, 1))}, the last on {mdy(end(s))}
  Total of payments . {cur(total_repaid(s))}
  Finance charge .... {cur(fin(s))}
  ANNUAL PERCENTAGE RATE {r2(s.cost):.2f}%
  Late charge ....... $10.00 if a payment is more than 10 days late

Autopay from your checking account ending 4471 starts with the first payment.

Regards,
Brianna Oduya, Loan Desk, Prairie Hearth Credit, Inc., 2150 W Jefferson St, Joliet, IL 60435

-----Original Message-----
From: Dwayne Kowalczyk-Reyes
Sent: {mdy(s.contract_date)} 1:47 PM
Subject: RE: chimney rebuild - your loan documents

Signed and sent back. Quick question, the $9 a month is on top of the interest right? Just making sure.

-----Original Message-----
From: Loan Desk
Sent: {mdy(s.contract_date)} 10:03 AM
Subject: chimney rebuild - your loan documents

Hi Dwayne, attached is your loan agreement for the chimney rebuild. Yes - the servicing fee is
charged every month on top of the interest; it is already in the monthly payment amount. Please sign
by 5 PM today so we can pay the contractor.
"""


def ag02(s: Spec) -> str:
    """A UK passport fast-track 28-day loan summary page (HTML), ordinal dates."""
    P, f, r = s.principal, s.fees[0], s.rows[0]
    charges = total_repaid(s) - P
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>JetSet Cash - your agreement</title></head>
<body>
<header>JetSet Cash Ltd, 40 Deansgate, Manchester M3 2AY. Authorised and regulated by the Financial Conduct Authority (FRN 940218).</header>
<h1>Your short-term loan agreement (regulated by the Consumer Credit Act 1974)</h1>
<p>Agreement no. JSC-0331-5570. You signed this agreement online on {uk_ordinal(s.contract_date)}.</p>
<p>Borrower: Ifeoma Adebayo-Clarke, Flat 6, 22 Wilmslow Road, Manchester M14 5TQ.<br>
Purpose: HM Passport Office Fast Track renewal (1 week) and travel to a family funeral in Lagos.</p>
<table border="1">
<tr><th>Amount of credit</th><td>{gbp(P)}, paid to your bank account on {uk_ordinal(s.start_date)}</td></tr>
<tr><th>Interest</th><td>{plain(s.rate_value)}% per day, fixed, on the amount of credit: {gbp(r['interest'])} over {s.term_days} days</td></tr>
<tr><th>Same-day payment fee</th><td>{gbp(f.amount)}, for sending the money within the hour, payable with your repayment</td></tr>
<tr><th>Total charge for credit</th><td>{gbp(charges)}</td></tr>
<tr><th>Repayment</th><td>one repayment of {gbp(r['total'])} on {uk_ordinal(r['date'])}</td></tr>
<tr><th>Total amount payable</th><td>{gbp(total_repaid(s))}</td></tr>
<tr><th>APR</th><td>{r2(s.cost):,.1f}%</td></tr>
</table>
<p>If you miss the repayment we may charge one default fee of &pound;15.00; interest continues at the same daily rate.
Missing payments could have severe consequences for you and make obtaining credit more difficult.</p>
<p>You may withdraw within 14 days and may repay early at any time, paying interest only for the days you had the money.</p>
</body></html>
"""


def ag03(s: Spec) -> str:
    """An Oklahoma Air Force spouse's gaming-PC loan with a schedule table (PDF)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}   {mdy(r['date'])}   {cur(r['total']):>9}   {cur(r['interest']):>8}   "
                     f"{cur(r['principal']):>9}" for r in s.rows)
    return f"""RED DIRT CONSUMER FINANCE, LLC      7420 SE 29th St, Midwest City, OK 73110
CLOSED-END CONSUMER LOAN AGREEMENT AND DISCLOSURE STATEMENT          Loan no. RD-26-04183
Date: {long_en(s.contract_date)}
Borrower: Kaylee J. Brandt-Osei, 3318 Gator Dr, Tinker AFB, OK 73145
Borrower's status (from the covered-borrower check): spouse and dependent of Senior Airman Marcus D. Osei,
USAF, on active duty, 552nd Air Control Wing, Tinker AFB.
Purpose: custom desktop computer and monitor, Moore Micro Builds, Moore OK

Amount of loan ................................. {cur(P)}
Origination fee (paid from the loan proceeds) .. {cur(f.amount)}
Paid to Moore Micro Builds for you ............. {cur(s.received)}
Interest rate .................................. {plain(s.rate_value)}% per year, simple interest
ANNUAL PERCENTAGE RATE ......................... {r2(s.cost):.2f}%
FINANCE CHARGE ................................. {cur(fin(s))}
TOTAL OF PAYMENTS .............................. {cur(total_repaid(s))}

PAYMENT SCHEDULE ({s.n} monthly payments)
  No.  Due date       Payment   Interest   Principal
{rows}

Late fee: $15.00 if a payment is 10 or more days late. You may prepay at any time without penalty.
STATEMENT OF THE MILITARY ANNUAL PERCENTAGE RATE: Federal law provides important protections to members of
the Armed Forces and their dependents relating to extensions of consumer credit. In general, the cost of
consumer credit to a member of the Armed Forces and his or her dependent may not exceed an annual percentage
rate of 36 percent. Call 1-888-555-0142 for an oral disclosure of this statement and your payment obligation.

Borrower: K. J. Brandt-Osei                    Lender: Red Dirt Consumer Finance, LLC, by T. Harjo
"""


def ag04(s: Spec) -> str:
    """A New York court-reporting school tuition loan, key: value, USD code, ISO dates, no count."""
    P, f = s.principal, s.fees[0]
    return f"""EMPIRE STENO ACADEMY - TUITION LOAN (made by Hudson Learner Lending Corp., NYS DFS licensed lender)
Agreement date: {s.contract_date.isoformat()}
Student / borrower: Tamsin O. Ferreira-Lindqvist, 71-14 Austin St Apt 5C, Forest Hills, NY 11375
Program: Court Reporting (realtime stenography), Empire Steno Academy, 225 Broadway, New York NY 10007
Loan principal: {usd_bare(P)}
Loan fee withheld from disbursement: {usd_bare(f.amount)}
Disbursed to the school: {usd_bare(s.received)} on {s.start_date.isoformat()}
Interest rate: {plain(s.rate_value)}% per annum, fixed, on the unpaid principal balance
Monthly payment: {usd_bare(pay(s))}
Final payment: {usd_bare(s.rows[-1]['total'])}
First payment due: {due(s, 1).isoformat()}, then on the same day of each following month until paid in full
Total interest over the life of the loan: {usd_bare(total_interest(s))}
Finance charge (interest plus loan fee): {usd_bare(fin(s))}
Annual percentage rate: {r2(s.cost):.2f}%
Late charge: 5% of the unpaid amount of the payment, if more than 15 days late
Returned payment fee: USD 20.00
Prepayment: allowed at any time without penalty; the loan fee is not refunded
Governing law: New York
Borrower signature: T. O. Ferreira-Lindqvist ({s.contract_date.isoformat()})
"""


def ag05(s: Spec) -> list:
    """A California bowling-league treasurer's note to a teammate, amounts in words, equal principal (DOCX)."""
    P, f = s.principal, s.fees[0]
    per = s.rows[0]["principal"]
    return [
        ("p", "PROMISSORY NOTE (PRIVATE LOAN BETWEEN TEAMMATES)"),
        ("p", f"Fresno, California, {long_en(s.contract_date)}"),
        ("p", "Lender: Gilbert A. Nakamura-Soto, 4418 N Blackstone Ave, Fresno CA 93726 (treasurer of the Tuesday Night "
              "Strikers at Sierra Lanes, lending his own money, not the league's)."),
        ("p", "Borrower: Renata L. Vukovic, 1260 E Shields Ave Apt 14, Fresno CA 93704."),
        ("p", f"1. Amount. I, the Borrower, promise to pay the Lender {words_money(P)} ({cur(P)}), lent to me for a used "
              f"transmission for my car. A paperwork fee of {words_money(f.amount)} ({cur(f.amount)}) is kept by the Lender "
              f"from the loan, so I receive {words_money(s.received)} ({cur(s.received)}) on {long_en(s.start_date)}."),
        ("p", f"2. Interest. Nine and one quarter percent ({plain(s.rate_value)}%) per year on the principal still unpaid."),
        ("p", f"3. Payments. Every month on the {s.start_date.day}th, beginning {long_en(due(s, 1))}, I will pay "
              f"{words_money(per)} ({cur(per)}) of principal plus the interest accrued on the unpaid principal for that "
              f"month, so that each payment is smaller than the one before. The first payment is {cur(pay(s))} and the "
              f"last, on {long_en(end(s))}, is {cur(s.rows[-1]['total'])}; {s.n} payments in all, totalling "
              f"{words_money(total_repaid(s))} ({cur(total_repaid(s))})."),
        ("p", "4. Prepayment. I may pay early in whole or in part without penalty."),
        ("p", "5. Governing law. California."),
        ("p", f"Borrower: R. L. Vukovic        Lender: G. A. Nakamura-Soto        {long_en(s.contract_date)}"),
    ]


def ag06(s: Spec) -> str:
    """A Northwest Territories winter-tire loan; the 'APR' shown is the note rate (PNG)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}  {r['date'].isoformat()}  {cad(r['total']):>8}" for r in s.rows)
    return f"""GREAT SLAVE AUTO CREDIT CORP. - Yellowknife, NT
LOAN AGREEMENT - WINTER PACKAGE (amounts in Canadian dollars)
Date: {s.contract_date.isoformat()}   Borrower: Noel P. Beaulieu-Kakfwi, 4920 50th Ave, Yellowknife NT X1A 1C4
For: 4 studded winter tires on steel rims, block heater and remote starter (Frame Lake Tire & Auto)
Loan amount: {cad(P)}     Administration fee (taken from the loan): {cad(f.amount)}
Paid to Frame Lake Tire & Auto on {s.start_date.isoformat()}: {cad(s.received)}
Interest rate: {plain(s.rate_value)}% per year    APR: {plain(s.disclosed_apr_override)}%
Cost of borrowing (interest and fee): {cad(fin(s))}
{s.n} monthly payments of {cad(pay(s))}{last(s, cad)}    Total of payments: {cad(total_repaid(s))}
  No  Due        Payment
{rows}
NSF fee $45.00. You may prepay without charge. The goods are security for this loan.
Signed: N. P. Beaulieu-Kakfwi        For Great Slave Auto Credit: D. Lafferty
"""


def ag07(_s: Spec) -> str:
    """An Oregon DMV vehicle registration renewal notice (not credit)."""
    return """OREGON DEPARTMENT OF TRANSPORTATION - DRIVER AND MOTOR VEHICLE SERVICES
VEHICLE REGISTRATION RENEWAL NOTICE
Notice date: 03/02/2026
Owner: Harriet M. Lindgren-Obi, 2290 NW Glisan St, Portland OR 97210
Vehicle: 2019 Subaru Outback, plate 483 KLV, VIN 4S4BSANC8K3******
Registration expires: 04/30/2026
Renewal period: 2 years
Registration fee ............ $126.00
Title and plate fees ........ $0.00
Portland/Multnomah County vehicle registration fee ... $112.00
Total due ................... $238.00
Pay online at DMV2U, by mail with the stub below, or at any DMV office before the expiry date.
A late renewal is not charged a late fee, but driving with expired tags may result in a citation.
This notice is not a bill for credit and no payment plan or financing is offered.
"""


def ag08(s: Spec) -> str:
    """A Trinidad and Tobago credit union loan scanned with OCR slips (out of scope)."""
    P, f = s.principal, s.fees[0]
    return ocr_noise(f"""CARONI TEACHERS' CREDIT UNION CO-OPERATIVE SOCIETY LIMITED
Southern Main Road, Couva, Trinidad, W.I.     Loan Approval & Agreement     Ref CTCU/LN/26/0913
Date: {s.contract_date.strftime('%d/%m/%Y')}
Member: Shivani R. Ramcharan-Baptiste, Member No. 10447, Claxton Bay
Purpose: roof repairs after the storm (galvanize sheets and labour)
Loan amount: {ttd(P)}
Processing fee {plain(f.percent)}% deducted: {ttd(f.per_payment(P))}
Net cheque to member: {ttd(s.received)}
Interest: {plain(s.rate_value)}% per month on the reducing balance
Repayment: {s.n} monthly instalments of {ttd(pay(s))}{last(s, ttd)} by salary deduction, from {due(s, 1).strftime('%d/%m/%Y')}
Total repayable: {ttd(total_repaid(s))}
Security: members' shares of TT$5,000.00 pledged; loan protection insurance by CUNA Caribbean.
Signed by the member and two guarantors before the Credit Committee.
""")


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# 1. en-ag01: 2,400 x 29.9% / 12 = 59.80 of interest in the first month; the $9.00 fee x 12 = 108.00.
# 2. en-ag01: the 12 payments (fee included) are worth more than 2,400 at 36% / 12 = 3% a month: the
#    APR is above 36%, though the note rate alone is 29.9%.
# 3. en-ag02: 300 x 0.7% x 28 = 58.80 interest; + 12.00 fee = 70.80; 70.80 / 300 / 28 = 0.843% a day
#    > 0.8%; repaid 370.80.
# 4. en-ag03: 1,500 - 120 = 1,380 received; 1,500 x 29% / 12 = 36.25 first interest; at 3% a month
#    the 12 payments are worth more than 1,380: MAPR above 36%.
# 5. en-ag04: 6,000 x 14.4% / 12 = 72.00 first interest; 6,000 - 90 = 5,910 received; the count:
#    (6,000 + total interest - final) / payment + 1 = 36.
# 6. en-ag04: at 16% / 12 the 36 payments are worth less than 5,910 and at 15% / 12 more.
# 7. en-ag05: 3,000 / 24 = 125.00 principal a month; first interest 3,000 x 9.25% / 12 = 23.13;
#    first payment 148.13; 3,000 - 15 = 2,985 received; total interest = 9.25%/12 x 125 x (24 x 25 / 2)
#    = 289.06 (to the cent, by the rounded rows); at 10% the schedule is worth less than 2,985.
# 8. en-ag06: 2,200 - 105 = 2,095 received; 2,200 x 27.9% / 12 = 51.15 first interest; at 35% / 12
#    the 18 payments are worth less than 2,095, at 34% / 12 more; "APR: 27.9%" is the note rate.
# 9. en-ag07: the $238.00 total = 126 + 112; no credit.
# 10. en-ag08: 15,000 x 1.5% = 225.00 deducted: 14,775.00 paid; 15,000 x 1% = 150.00 first interest.


def specs() -> list[Spec]:
    return [
        c("en-ag01-illinois-chimney-rebuild-loan-email-thread-monthly-servicing-fee-above-36", ag01, **USD,
          principal=D(2400), method="equal_installment", n=12, term_months=12, rate_value=D("29.9"),
          fees=[Fee("account servicing fee", SERVICE_EN, "per_period", amount=D(9))], jurisdiction="US-IL",
          contract_date=date(2026, 3, 4), start_date=date(2026, 3, 4), lender_type="licensed_nonbank",
          notes=["29.9% on 2,400 plus 9.00 a month with each payment: APR above 36%"]),
        c("en-ag02-uk-passport-fast-track-28-day-loan-html-ordinal-dates-same-day-fee-over-daily-cap", ag02,
          "html", **GBP, principal=D(300), method="bullet", freq="single", n=1, term_days=28,
          rate_value=D("0.7"), rate_per="day",
          fees=[Fee("same-day payment fee", ["other", "service", "handling"], "at_maturity", amount=D(12))],
          contract_date=date(2026, 3, 4), start_date=date(2026, 3, 4), lender_type="licensed_nonbank",
          opts={"default_fee": D(15)},
          notes=["0.7% a day for 28 days plus a 12.00 same-day fee: 0.843% of the credit a day > 0.8%"]),
        c("en-ag03-oklahoma-air-force-spouse-gaming-pc-loan-schedule-table-pdf-mapr-above-36", ag03, "pdf",
          **USD, principal=D(1500), method="equal_installment", n=12, term_months=12, rate_value=D("29"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(120))], jurisdiction="US-OK",
          contract_date=date(2026, 4, 9), start_date=date(2026, 4, 9), lender_type="licensed_nonbank",
          verdict=True, verdict_reason=("covered borrower (the spouse and dependent of an active-duty airman): the MAPR "
                                        "equals the Reg Z APR (origination fee withheld; no insurance or ancillary "
                                        "product): above 36% (MLA, 32 CFR 232.4(b) [C]); Oklahoma law is not covered"),
          notes=["29% and 120 withheld from 1,500 for a servicemember's spouse: MAPR above 36%"]),
        c("en-ag04-new-york-court-reporting-school-loan-key-value-usd-code-no-count-near-16", ag04, **USD,
          principal=D(6000), method="equal_installment", n=36, term_months=36, rate_value=D("14.4"),
          fees=[Fee("loan fee", ORIG_EN, "upfront_deducted", amount=D(90))], jurisdiction="US-NY",
          contract_date=date(2026, 2, 17), start_date=date(2026, 2, 17), lender_type="licensed_nonbank",
          notes=["14.4% and 90 withheld; no count stated: the principal, total interest, payment and final fix 36"]),
        c("en-ag05-california-bowling-league-teammate-note-words-equal-principal-docx-just-under-10", ag05, "docx",
          **USD, principal=D(3000), method="equal_principal", n=24, term_months=24, rate_value=D("9.25"),
          fees=[Fee("paperwork fee", PAPER_EN, "upfront_deducted", amount=D(15))], jurisdiction="US-CA",
          contract_date=date(2026, 3, 10), start_date=date(2026, 3, 10), lender_type="individual",
          disclose_apr=False,
          notes=["9.25% a year, 125.00 of principal a month plus interest, 15.00 withheld: APR under 10%"]),
        c("en-ag06-northwest-territories-winter-tire-loan-note-rate-as-apr-png-near-35", ag06, lang="en",
          currency="CAD", apr_method="us-regz", jurisdiction="CA-NT", principal=D(2200), method="equal_installment",
          n=18, term_months=18, rate_value=D("27.9"),
          fees=[Fee("administration fee", ADMIN_EN, "upfront_deducted", amount=D(105))],
          contract_date=date(2026, 1, 21), start_date=date(2026, 1, 21), lender_type="licensed_nonbank",
          disclosed_apr_override=D("27.90"), opts={"png": True},
          notes=["27.9% and 105 withheld: APR between 34% and 35%; the stated 'APR: 27.9%' is the note rate"]),
        c("en-ag07-oregon-dmv-vehicle-registration-renewal-notice-not-credit", ag07, lang="en", currency="USD",
          **OTHER, notes=["a registration renewal notice: public fees, nothing lent"]),
        c("en-ag08-trinidad-credit-union-roof-repair-loan-ocr-scan-out-of-scope", ag08, lang="en", currency="TTD",
          apr_method=None, jurisdiction="TT", principal=D(15000), method="equal_installment", n=24, term_months=24,
          rate_value=D("1"), rate_per="month",
          fees=[Fee("processing fee", FEE_EN, "upfront_deducted", percent=D("1.5"))],
          contract_date=date(2026, 2, 12), start_date=date(2026, 2, 12), lender_type="licensed_nonbank",
          notes=["Trinidad and Tobago: outside the bundled rulesets; 1.5% of 15,000 = 225.00 deducted; 1% a month reducing"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-ag01"]  # 1-2
    assert e.rows[0]["interest"] == D("59.80") and sum(r["fees"] for r in e.rows) == D(108)
    assert level_value(pay(e), D("0.03"), 12) > D(2400) and e.cost > 36 and verdict["en-ag01"] is True
    e = by["en-ag02"]  # 3
    assert e.rows[0]["interest"] == D("58.80") and total_repaid(e) == D("370.80")
    assert D("70.80") / 300 / 28 > D("0.008") and e.cost >= 100 and verdict["en-ag02"] is True
    e = by["en-ag03"]  # 4
    assert e.received == D(1380) and e.rows[0]["interest"] == D("36.25")
    assert level_value(pay(e), D("0.03"), 12) > D(1380) and e.cost > 36 and verdict["en-ag03"] is True
    e = by["en-ag04"]  # 5-6
    assert e.rows[0]["interest"] == D("72.00") and e.received == D(5910)
    assert (e.principal + total_interest(e) - e.rows[-1]["total"]) / pay(e) + 1 == 36
    assert level_value(pay(e), D("0.16") / 12, 36) < D(5910) < level_value(pay(e), D("0.15") / 12, 36)
    assert 15 < e.cost < 16 and verdict["en-ag04"] is False
    assert " 36 " not in ag04(e) and "thirty-six" not in ag04(e)
    e = by["en-ag05"]  # 7
    assert e.rows[0]["principal"] == D(125) and e.rows[0]["interest"] == D("23.13") and pay(e) == D("148.13")
    assert e.received == D(2985) and abs(total_interest(e) - D("289.06")) <= D("0.05")
    pv10 = sum(r["total"] / (1 + D("0.10") / 12) ** r["k"] for r in e.rows)
    assert pv10 < D(2985) and e.cost < 10 and verdict["en-ag05"] is False
    assert "three thousand dollars" in fc_blocks_text(ag05(e))
    e = by["en-ag06"]  # 8
    assert e.received == D(2095) and e.rows[0]["interest"] == D("51.15")
    assert level_value(pay(e), D("0.35") / 12, 18) < D(2095) < level_value(pay(e), D("0.34") / 12, 18)
    assert 34 < e.cost < 35 and e.verdict is False and "APR: 27.9%" in ag06(e)
    assert "$238.00" in ag07(by["en-ag07"]) and verdict["en-ag07"] is False  # 9
    e = by["en-ag08"]  # 10
    assert e.received == D("14775.00") and e.rows[0]["interest"] == D(150) and e.cost is None
    assert verdict["en-ag08"] is None


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = (graeffe_x(D(99000), [D("8833.3")] * 12) - 1) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = (graeffe_x(D(5000), [D(130)] * 48) - 1) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ag, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
