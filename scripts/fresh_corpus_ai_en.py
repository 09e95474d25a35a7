#!/usr/bin/env python3
"""Held-out batch AI of the fresh phrasing corpus, English side (tests/fresh/en/en-ai*): 8 documents
written for session 31 (helper batchai-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AH generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_ai_en.py            # (re)write tests/fresh/en/en-ai* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ai_en.py --check    # recompute and diff the files against the committed ones

The parameters, the arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ah_en.py (and through it of batches A-AH), imported, not copied: every cost is
re-derived by the solvers of batches D-AH (Bernoulli included); this batch adds `cauchy_x`:
CAUCHY'S METHOD (the second-order Taylor root; Cauchy 1829, Traub 1964 p. 94), third order, for the
growth factor x = 1 + i of g(x) = A - p_1 x^-1 - ... - p_n x^-n (A the amount received, p_k the
payments). g is increasing and concave for x > 0 with one positive root; from x_0 = 1 (g(1) = A -
total < 0) each step takes the nearer root of the quadratic Taylor model g + g' h + g'' h^2 / 2 = 0:
h = -2 g / (g' + sqrt(g'^2 - 2 g g'')); where the discriminant is negative (far from the root of a
high-cost loan) the step falls back to Newton's. Analytic derivatives, 60-digit mpmath, stop when
|h| < 1e-40. Not Halley (a Pade model), not Chebyshev (the Taylor model inverted), not super-Halley.
It re-solves every multi-payment cost and must agree with the shared solver to 1e-6 pp: the Reg Z /
MAPR figure is (x - 1) x ppy, the UK APRC x^ppy - 1.

Formats: en-ai02 an HTML page (a UK 45-day loan for an MOT failure repair), en-ai03 a PDF (a North
Dakota Air Force missile maintainer's snowblower loan with a schedule table), en-ai04 a PNG (a New
York credit union sewing-machine loan; set as a PDF page by batch A's writer and rendered by
`pdftoppm -r 150 -png`; `files` lists the .txt and then the .png), en-ai05 a DOCX (a California note
from a former landlord to his ex-tenant); the rest .txt, en-ai07 with OCR slips.

The products were checked against the NAMES of every document in tests/fresh/en (A-AH): an Illinois
COSMETOLOGY-SCHOOL KIT loan whose federal box is flattened into pipe-separated rows with "USD 1234.56"
amounts (loan fee withheld on top of 31.9%: above 36%); a UK 45-day loan paying an MOT FAILURE repair
on a web page (0.72% a day plus a GBP 15 identity verification fee taken from the credit: 0.803% of
the credit a day, above the 0.8% daily cap, though the total-cost cap and the single GBP 15 default
fee are kept); a NORTH DAKOTA AIR FORCE missile maintainer's SNOWBLOWER loan with a schedule table
(PDF; MAPR above 36%); a New York CREDIT UNION SEWING-MACHINE loan in key: value lines with long dates
(PNG, near 16%); a California note from a FORMER LANDLORD to an ex-tenant for a nursing licence exam,
amounts in words, the method never named (DOCX, just under 10%); an Illinois SNOWPLOW BLADE loan in
one long paragraph with ISO dates, biweekly, no fee (35.50%, just under 36%); a FIJI moneylender's
salary-deduction loan scanned with OCR slips (FJ$, dd/mm dates, out of scope); a MOVING COMPANY'S
BINDING ESTIMATE by e-mail with a deposit and the balance on delivery (not credit).

Figures left to be inferred or contradicting (brief, extra (b)): en-ai05 states the principal, the
rate, the count (18 monthly payments) and the payment, but never the method nor the total: the stated
$239.49 is the amortised payment, a flat reading would give 254.22: the payment fixes equal
instalments; en-ai06's paragraph says "the interest in all comes to about $238.00" (25 payments less
the principal: one payment forgotten) while its own federal disclosures in the same sentence give the
finance charge $311.56 and the total of payments $1,911.56 that the 26-payment schedule decides; the
expected values are the schedule's.

FIRST READING. Measured with a copy of the frozen binary of main (/work/bin/loanlint-main copied to
/tmp/loanlint-ai-<pid> before the run) by `scripts/accuracy.py --binary /tmp/loanlint-ai-<pid> --only
en-ai --jobs 1`, after every text, expected value and message was committed (f161c38c; no expected
value was edited after the run): 87.0% of the compared fields right (107/123); 4 of the 8 documents
wholly right (en-ai01, en-ai04 txt and PNG, en-ai07, en-ai08). Messages (the `message` subcommand with
each sidecar's contract, days and received time): 4/6 in the right tier (demand 2/2, lawful reminder
1/1, unlawful collection 1/2, fraud 0/1).

    field                     en
    doc kind        10/12  83.3%
    principal       12/12 100.0%
    received         9/11  81.8%
    term             9/11  81.8%
    method          11/11 100.0%
    count           11/11 100.0%
    rate            11/11 100.0%
    fees             9/11  81.8%
    APR+-tol         7/11  63.6%
    violation        7/11  63.6%
    date            11/11 100.0%
    conflict            -
    all fields    107/123  87.0%

Misses by class at the first reading (the verdicts first):
* false violations: none (the three lawful-near-a-line documents, NY credit union 15.57%, CA 9.93%,
  IL 35.50%, are judged lawful; en-ai06's wrong "interest in all" draws no finding, and the disclosed
  finance charge is what is used).
* missed violations (4 of 4 forms of the two documents; only en-ai01, Illinois PLPA 42.24%, is found):
  en-ai02 txt and HTML (UK MOT loan: the term "for 45 days" sits inside the table row heading
  "Interest (0.72% a day on GBP 400.00 for 45 days)" and the repayment date in "You repay, in one
  payment on 22nd May 2026": neither is read, so "Term: not stated", no schedule, no APRC and no
  daily-cap check; the fee IS read as deducted and the rate as 0.72% a day). en-ai03 txt and PDF
  (North Dakota airman: the APR 40.38% is right and the MLA rule fires, but only as a WARNING "if the
  borrower is a covered servicemember": the contract's own "borrower identified as a COVERED BORROWER
  (active duty) by the DoD MLA database" and "Airman First Class ... Missile Maintenance Squadron,
  Minot AFB" are not taken as the statement that the borrower is covered, which the rule's note says
  would make it a violation).
* APR: en-ai02 txt and HTML (none, as above); en-ai05 txt and DOCX (9.60% instead of 9.93%: the
  $10.00 "kept by the Lender for the notary and copying" is not read as a fee withheld: disbursed
  4,000 instead of 3,990 (the same gap as en-ah05's "keeps ... for drawing up this note"); the method,
  never named, IS inferred right from the stated payment, and so is the count, which is extra (b)'s
  point).
* fees / received: en-ai05 txt and DOCX (the notary and copying charge, as above).
* kind: en-ai03 PDF (loan_disclosure; its .txt twin is loan_contract: the PDF text differs only in
  layout) and en-ai06 (the one-paragraph agreement "... lends to ... signed ... borrower, and ... for
  the lender" read as loan_disclosure: probably the "federal disclosures are:" clause).
* term: en-ai02 txt and HTML only.
* principal, method, count, rate, date: none (dd/mm Fiji dates, ISO, long US and UK ordinal dates all
  right; the OCR-slipped Fiji scan is wholly right, fee deducted included).
* messages: en-ai05 (a collector who "does not deal with lawyers" and will keep calling a consumer
  known to be represented by an attorney, voicemail at 6:50 AM: read as a lawful reminder with no
  rule: neither the contact around the attorney nor the hour before 8 AM is caught; the message has no
  contract, so perhaps no jurisdiction for the hours rule). en-ai06 (a cash pickup by a "field agent"
  TONIGHT in a sealed envelope against a code word, "do NOT call the branch": read as unlawful
  collection on msg-threat-wages-en (the repossession threat) with no fraud sign: cash handed to a
  courier and the instruction not to call the lender are not fraud signs today). en-ai01 (two ACH
  re-try fees), en-ai02 (an unrequested Skip-A-Pay fee), en-ai03 (the credit union's reminder) and
  en-ai04 (abusive language, msg-insult-en, a warning) land right.
* KNOWN_GAPS.tsv / KNOWN_MISSES.tsv: the 16 en-ai lines were copied from the Rust suite's
  target/tmp/fresh_corpus_gaps.tsv (`cargo test --test suite fresh_corpus::every_field`) into
  tests/fresh/KNOWN_GAPS.tsv (kept sorted), and the two message misses from
  target/tmp/messages_ai_en_known_misses.tsv (`cargo test --test suite messages_c::`) into
  tests/messages_ai_en/KNOWN_MISSES.tsv; both filters then pass.

Decisions (said here so that they can be argued with; for the lead to rule on):
* Kinds: every signed agreement is loan_contract (the en-ai02 page is the signed agreement's summary
  sent after signing "thanks for signing on ..."; if the lead holds it to be loan_disclosure as
  approval notices are, the kind is the lead's to change); en-ai08 (a mover's binding estimate: a
  price, a refundable deposit and the balance on delivery, "nothing is lent") is other.
* en-ai01: Illinois PLPA: the loan fee withheld is a finance charge (a prepaid finance charge in the
  box itself): APR 42.24% above 36%.
* en-ai02: UK HCSTC (APRC far above 100%, repaid in 45 days): charges = 129.60 interest + the 15.00
  verification fee = 144.60; per day 144.60 / 400 / 45 = 0.8033% of the credit > 0.8% (CONC 5A [C]).
  If "amount of credit provided" is read as the 385.00 actually paid out, the figure is 0.8346%: a
  violation either way. The total-cost cap (144.60 <= 400) and the default fee (one GBP 15.00) are kept.
* en-ai03: North Dakota (not in legal.md); the borrower is an active-duty airman (MLA covered
  borrower by the DoD database); MAPR = Reg Z APR (origination charge withheld, no insurance or
  ancillary product): 40.38% > 36%: violation.
* en-ai04: New York credit union at 15.57% (fee counted): under 16%: lawful near the line (a federal
  credit union is also bound by the NCUA 18% ceiling, which it keeps).
* en-ai05: California individual lender: APR (the 10.00 notary charge counted) 9.93% < 10%: lawful
  near the line; equal_installment expected (fixed by the stated payment, not named).
* en-ai06: Illinois PLPA: no fee, APR = note rate 35.50% <= 36%: lawful near the line; the body's
  wrong "interest in all" is no violation under legal.md (the disclosures in the same sentence are
  right: TILA's finance charge is stated correctly).
* en-ai07: Fiji: outside the bundled rulesets: no cost, no verdict. Its dd/mm dates are expected
  day-first.
* message en-ai02: the Skip-A-Pay enrolment was not asked for; the note has "no fee of any kind":
  the lawful claim at 3 days is the payment alone, $207.54.
* message en-ai04: the creditor's own collections staff (the FDCPA binds third-party collectors);
  the tier rests on abuse, a false statement about credit reporting and a veiled threat (UDAAP),
  graded as legal.md does not grade US collection law.

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
import fresh_corpus_ag_en as fcag  # noqa: E402
import fresh_corpus_ah_en as fcah  # noqa: E402
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
from fresh_corpus_z_en import GBP  # noqa: E402

date = dt.date
PAPER_EN = fcag.PAPER_EN
fin = fcag.fin

# ---------------------------------------------------------------------------------------------
# This batch's own solver: Cauchy's method (the root of the second-order Taylor model)
# ---------------------------------------------------------------------------------------------


def cauchy_x(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The growth factor x = 1 + i with sum p_k x^-k = A, by Cauchy's third-order method."""
    with mpmath.workdps(60):
        A = mpmath.mpf(str(advance))
        p = [mpmath.mpf(str(v)) for v in payments]
        x = mpmath.mpf(1)
        for _ in range(500):
            g = A - mpmath.fsum(pk * x ** -(k + 1) for k, pk in enumerate(p))
            g1 = mpmath.fsum((k + 1) * pk * x ** -(k + 2) for k, pk in enumerate(p))
            g2 = -mpmath.fsum((k + 1) * (k + 2) * pk * x ** -(k + 3) for k, pk in enumerate(p))
            disc = g1 * g1 - 2 * g * g2
            h = -2 * g / (g1 + mpmath.sqrt(disc)) if disc >= 0 else -g / g1
            x += h
            if abs(h) < mpmath.mpf("1e-40"):
                return D(mpmath.nstr(x, 45))
        raise AssertionError("Cauchy's method did not settle")


def cauchy_percent(s: Spec) -> Decimal:
    x = cauchy_x(s.net_received, [r["total"] for r in s.rows])
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = 50
        return (x ** ppy - 1 if s.apr_method == "eu-aprc" else (x - 1) * ppy) * 100


def cauchy_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    assert abs(s.cost - cauchy_percent(s)) < D("1e-6"), (s.name, s.cost, cauchy_percent(s))


def compute_ai(s: Spec) -> None:
    fcah.compute_ah(s)  # batch AH's compute: the solvers of batches A-AH
    cauchy_check(s)


def fjd(x: Decimal) -> str:
    return f"FJ${r2(x):,.2f}"


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ai01(s: Spec) -> str:
    """An Illinois cosmetology-school kit loan: the federal box flattened into a table, 'USD 1234.56'."""
    P, f = s.principal, s.fees[0]
    return f"""GOLDEN SHEARS STUDENT CREDIT, LLC   |   Illinois Consumer Installment Loan Act licensee CI-6027
4410 W Irving Park Rd, Chicago, IL 60641   |   Loan No. GSC-26-1183   |   Date {mdy(s.contract_date)}
Borrower: Yesenia D. Kowalczyk-Abara, 3517 N Kedzie Ave Apt 2R, Chicago, IL 60618
Purpose: student kit (shears, clipper set, mannequin heads) and state board exam fee, Lakeview Academy of Cosmetology
ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments
{r2(s.cost):.2f}% | {usd_bare(fin(s))} | {usd_bare(s.received)} | {usd_bare(total_repaid(s))}
The cost of your credit as a yearly rate | The dollar amount the credit will cost you | The amount of credit provided to you or on your behalf | The amount you will have paid after you have made all payments as scheduled
Number of Payments | Amount of Payments | When Payments Are Due
{s.n} | {usd_bare(pay(s))}{last(s, usd_bare)} | Monthly beginning {mdy(due(s, 1))}
Itemization: Loan amount {usd_bare(P)} | Prepaid finance charge (loan fee, kept by us) {usd_bare(f.amount)} | Paid to Lakeview Academy of Cosmetology {usd_bare(s.received)}
Note rate: {plain(s.rate_value)}% simple interest per annum on the unpaid balance. Final payment due {mdy(end(s))}.
Late charge: USD 15.00 if a payment is 10 or more days late. Prepayment: no penalty; the loan fee is not refunded.
Governing law: Illinois.   Borrower signature: Y. D. Kowalczyk-Abara   For the lender: T. Grabowski
"""


def ai02(s: Spec) -> str:
    """A UK 45-day loan for an MOT failure repair (HTML), ordinal dates, a verification fee deducted."""
    P, r, f = s.principal, s.rows[0], s.fees[0]
    charges = total_repaid(s) - s.received
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>GarageGap - your loan</title></head>
<body>
<header><b>GarageGap Credit Ltd</b> &middot; 2 Wellington Place, Leeds LS1 4AP &middot; Authorised and regulated by the Financial Conduct Authority, FRN 962208</header>
<h1>Your 45-day loan for your MOT repair</h1>
<p>Hi Kieran, thanks for signing on {uk_ordinal(s.contract_date)}. Your car (a 2014 Vauxhall Corsa) failed its MOT at Kirkstall Road Motors and
this loan pays for the brake discs, pads and a front tyre.</p>
<table>
<tr><th>Amount of credit</th><td>{gbp(P)}</td></tr>
<tr><th>Identity verification fee (taken from the credit)</th><td>{gbp(f.amount)}</td></tr>
<tr><th>Paid to Kirkstall Road Motors on {uk_ordinal(s.start_date)}</th><td>{gbp(s.received)}</td></tr>
<tr><th>Interest ({plain(s.rate_value)}% a day on {gbp(P)} for {s.term_days} days)</th><td>{gbp(r['interest'])}</td></tr>
<tr><th>Total charge for credit</th><td>{gbp(charges)}</td></tr>
<tr><th>You repay, in one payment on {uk_ordinal(r['date'])}</th><td>{gbp(r['total'])}</td></tr>
<tr><th>APR</th><td>{r2(s.cost):,.0f}%</td></tr>
</table>
<p>Late payment: we may charge one default fee of &pound;15.00 and interest at the same daily rate on the
amount overdue. You can withdraw within 14 days and repay early without a charge.</p>
<footer>Borrowing for a long time? A short-term loan is not suitable for long-term borrowing.</footer>
</body></html>
"""


def ai03(s: Spec) -> str:
    """A North Dakota Air Force missile maintainer's snowblower loan, schedule table (PDF)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}  {mdy(r['date'])}  {cur(r['total']):>9}  {cur(r['interest']):>8}  "
                     f"{cur(r['principal']):>9}" for r in s.rows)
    return f"""PRAIRIE SENTINEL CONSUMER FINANCE CO. - 1900 S Broadway, Minot, ND 58701
LOAN AGREEMENT AND FEDERAL DISCLOSURE STATEMENT             Contract date {mdy(s.contract_date)}
Borrower: Airman First Class Tobiah J. Rasmussen-Oyelaran, 91st Missile Maintenance Squadron, Minot AFB
Military Lending Act: borrower identified as a COVERED BORROWER (active duty) by the DoD MLA database.
For: a two-stage snowblower and winter tires (Magic City Power Equipment)

  Principal of the loan                   {cur(P)}
  Loan origination charge, withheld       {cur(f.amount)}
  Amount Financed (paid to the seller)    {cur(s.received)}
  Simple interest rate                    {plain(s.rate_value)}%
  ANNUAL PERCENTAGE RATE                  {r2(s.cost):.2f}%
  FINANCE CHARGE                          {cur(fin(s))}
  Total of Payments                       {cur(total_repaid(s))}

  No. Due          Payment  Interest  Principal
{rows}

Statement of the Military Annual Percentage Rate: federal law provides important protections to members
of the Armed Forces and their dependents relating to extensions of consumer credit. In general, the cost
of consumer credit to a member of the Armed Forces and his or her dependent may not exceed an annual
percentage rate of 36 percent. Call 1-701-555-0143 for an oral statement of your payment obligation.
Late charge $15.00 after 15 days. You may prepay at any time.
Borrower: T. J. Rasmussen-Oyelaran                 Lender: Prairie Sentinel Consumer Finance Co., by M. Haugen
"""


def ai04(s: Spec) -> str:
    """A New York credit union sewing-machine loan, key: value lines, long dates (PNG)."""
    P, f = s.principal, s.fees[0]
    return f"""EMPIRE NEEDLE WORKERS FEDERAL CREDIT UNION - 212 W 35th St, New York, NY 10001
SHARE MEMBER LOAN - NOTE AND DISCLOSURE
Date of note: {long_en(s.contract_date)}
Member: Shirin A. Baptiste-Lindqvist, member no. 55-09172, 461 Ocean Ave, Brooklyn, NY 11226
Purpose: an industrial lockstitch sewing machine and a coverstitch machine for a home alterations business
Loan amount: {cur(P)}
Loan fee (subtracted from the proceeds): {cur(f.amount)}
Proceeds deposited to share draft: {cur(s.received)} on {long_en(s.start_date)}
Interest rate: {plain(s.rate_value)}% per year, fixed
Payments: {s.n} monthly payments of {cur(pay(s))}{last(s)}
First payment: {long_en(due(s, 1))}; final payment: {long_en(end(s))}
Total of payments: {cur(total_repaid(s))}
Finance charge: {cur(fin(s))}
Annual percentage rate: {r2(s.cost):.2f}%
Late charge: none. Prepayment: permitted without penalty.
Member signature: S. A. Baptiste-Lindqvist        Loan officer: D. Ferreira
"""


def ai05(s: Spec) -> list:
    """A California note from a former landlord, amounts in words, the method never named (DOCX)."""
    P, f = s.principal, s.fees[0]
    d = s.contract_date
    return [
        ("p", "PROMISSORY NOTE (PERSONAL LOAN)"),
        ("p", f"Fresno, California, {d.strftime('%B')} {d.day}, {d.year}."),
        ("p", "Lender: Harutyun V. Castellanos-Pike, 1240 E Olive Ave, Fresno CA 93728, a retired landlord lending "
              "his own money to a former tenant."),
        ("p", "Borrower: Noor-ul-Ain M. Whitcombe, 3318 N Blackstone Ave Apt 14, Fresno CA 93726."),
        ("p", f"1. Loan. The Lender lends the Borrower {words_money(P)} ({cur(P)}) for the licensed vocational nurse "
              f"examination, a review course and scrubs. {words_money(f.amount).capitalize()} ({cur(f.amount)}) of it "
              f"is kept by the Lender for the notary and copying, and {words_money(s.received)} ({cur(s.received)}) "
              f"is paid to the Borrower today."),
        ("p", f"2. Interest. Interest is charged at nine point six percent ({plain(s.rate_value)}%) a year."),
        ("p", f"3. Repayment. The Borrower pays eighteen ({s.n}) monthly payments of {words_money(pay(s))} "
              f"({cur(pay(s))}){last(s)}, beginning {long_en(due(s, 1))} and ending {long_en(end(s))}."),
        ("p", "4. Early payment. The Borrower may pay more or pay off at any time without penalty."),
        ("p", "5. Law. The law of California governs this note."),
        ("p", "Borrower: N. M. Whitcombe            Lender: H. V. Castellanos-Pike"),
    ]


def ai06(s: Spec) -> str:
    """An Illinois snowplow-blade loan in one long paragraph, ISO dates, biweekly; a wrong figure in the body."""
    P = s.principal
    wrong_fin = pay(s) * (s.n - 1) - P  # the paragraph's 'interest in all' forgets one payment
    return (f"SNOWLINE EQUIPMENT LENDING, INC., an Illinois licensed consumer installment lender (license "
            f"CI-6314), 88 E Main St, Mundelein, IL 60060, on {s.contract_date.isoformat()} lends to Reggie T. "
            f"Olamide-Vasquez, 902 Hawley St, Mundelein, IL 60060, who plows driveways each winter, the sum of "
            f"{cur(P)}, paid on {s.start_date.isoformat()} to Lake County Truck & Plow for a 7'6\" straight "
            f"plow blade and its mount; no fee of any kind is charged; interest is {plain(s.rate_value)}% a year "
            f"on the unpaid balance, and the borrower repays {s.n} biweekly payments of {cur(pay(s))}"
            f"{last(s)} from {due(s, 1).isoformat()} to {end(s).isoformat()}, so that the interest in all comes "
            f"to about {cur(wrong_fin)}; the federal disclosures are: annual percentage rate {r2(s.cost):.2f}%, "
            f"finance charge {cur(fin(s))}, amount financed {cur(s.received)}, total of payments "
            f"{cur(total_repaid(s))}; a payment 10 days late costs $10.00; prepayment is free; Illinois law "
            f"governs; signed R. T. Olamide-Vasquez, borrower, and K. Brandt for the lender.\n")


def ai07(s: Spec) -> str:
    """A Fiji moneylender loan scanned with OCR slips (out of scope)."""
    P, f = s.principal, s.fees[0]
    return ocr_noise(f"""VITI EASY CASH PTE LIMITED - licensed moneylender, Reserve Bank of Fiji   Ref VEC/LA/26/0517
Lot 7 Ratu Mara Road, Samabula, Suva, Fiji
LOAN AGREEMENT dated {s.contract_date.strftime('%d/%m/%Y')}
Borrower: Mereoni T. Vakaloloma-Singh, bus driver, Sunbeam Transport, Nausori
Loan amount: {fjd(P)}
Establishment fee {plain(f.percent)}% deducted at drawdown: {fjd(f.per_payment(P))}
Net amount paid to the borrower: {fjd(s.received)}
Interest: {plain(s.rate_value)}% per month on the reducing balance
Repayment: {s.n} monthly instalments of {fjd(pay(s))}{last(s, fjd)} by salary deduction, first due {due(s, 1).strftime('%d/%m/%Y')}
Total repayable: {fjd(total_repaid(s))}
The borrower authorises Sunbeam Transport to deduct each instalment from her wages.
Signed by the borrower in the presence of a Justice of the Peace.
""")


def ai08(_s: Spec) -> str:
    """A moving company's binding estimate: a deposit and the balance on delivery (not credit)."""
    return """From: bookings@lakesidevanlines.example
To: Dmitri & Aoife Szabo-Okafor
Subject: Your binding estimate no. LVL-26-3390 (Madison WI to Minneapolis MN)
Date: 2026-04-02

Hello Dmitri and Aoife, here is your binding estimate for the move on 2026-05-16:
  Loading, 3 movers, 26-ft truck ................ $1,450.00
  Line haul, 270 miles .......................... $1,180.00
  Packing materials ............................. $170.00
  Total binding price ........................... $2,800.00
  Deposit to reserve the date (due 2026-04-09) .. $300.00
  Balance due on delivery (card or certified check) $2,500.00
The price will not go up on moving day. The deposit is refunded in full if you cancel by 2026-05-02.
We do not offer financing or payment plans; there is no interest and nothing is lent.
Lakeside Van Lines LLC, USDOT 3318042
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# 1. en-ai01: 2,500 - 125 = 2,375 received; first interest 2,500 x 31.9% / 12 = 66.46.
# 2. en-ai01: at 36% / 12 = 3% a month the 12 payments are worth more than 2,375: APR above 36%.
# 3. en-ai02: 400 x 0.72% x 45 = 129.60 interest; repaid 529.60; charges 129.60 + 15 = 144.60;
#    144.60 / 400 / 45 = 0.8033% a day > 0.8%; 144.60 < 400 (total cost cap kept); default fee 15.
# 4. en-ai03: 1,800 - 108 = 1,692 received; first interest 1,800 x 28% / 12 = 42.00; at 3% a month
#    the 12 payments are worth more than 1,692: MAPR above 36%.
# 5. en-ai04: 5,000 - 75 = 4,925 received; first interest 5,000 x 14.5% / 12 = 60.42; at 16% / 12 the
#    36 payments are worth less than 4,925 and at 15% / 12 more.
# 6. en-ai05: 4,000 - 10 = 3,990 received; a flat reading would pay 4,000 x (1 + 9.6% x 1.5) / 18 =
#    254.22 a month, the stated payment is below 240: the payment fixes equal instalments.
# 7. en-ai05: the 18 payments at 10% / 12 are worth less than 3,990: APR under 10%.
# 8. en-ai06: no fee, biweekly equal instalments: APR = the note rate 35.5%: under 36%; first
#    interest 1,600 x 35.5% / 26 = 21.85; the paragraph's 'interest in all' is one payment short.
# 9. en-ai07: 3,000 x 2% = 60.00 deducted: 2,940.00 paid; 3,000 x 1.5% = 45.00 first interest.
# 10. en-ai08: 1,450 + 1,180 + 170 = 2,800 = 300 + 2,500; nothing lent.


def specs() -> list[Spec]:
    return [
        c("en-ai01-illinois-cosmetology-school-kit-loan-flattened-tila-table-usd-code-fee-withheld-above-36",
          ai01, **USD, principal=D(2500), method="equal_installment", n=12, term_months=12, rate_value=D("31.9"),
          fees=[Fee("loan fee", ORIG_EN, "upfront_deducted", amount=D(125))], jurisdiction="US-IL",
          contract_date=date(2026, 3, 11), start_date=date(2026, 3, 11), lender_type="licensed_nonbank",
          notes=["31.9% on 2,500 and 125 withheld: APR above 36%"]),
        c("en-ai02-uk-mot-failure-repair-45-day-loan-html-verification-fee-deducted-over-daily-cap", ai02, "html",
          **GBP, principal=D(400), method="bullet", freq="single", n=1, term_days=45, rate_value=D("0.72"),
          rate_per="day", fees=[Fee("identity verification fee", ["other", "service", "handling", "processing"],
                                    "upfront_deducted", amount=D(15))],
          contract_date=date(2026, 4, 7), start_date=date(2026, 4, 7), lender_type="licensed_nonbank",
          opts={"default_fee": D(15)},
          notes=["0.72% a day for 45 days plus a 15.00 fee taken from the credit: 0.803% of the credit a day > 0.8%"]),
        c("en-ai03-north-dakota-air-force-missile-maintainer-snowblower-loan-schedule-pdf-mapr-above-36", ai03,
          "pdf", **USD, principal=D(1800), method="equal_installment", n=12, term_months=12, rate_value=D("28"),
          fees=[Fee("loan origination charge", ORIG_EN, "upfront_deducted", amount=D(108))], jurisdiction="US-ND",
          contract_date=date(2026, 1, 14), start_date=date(2026, 1, 14), lender_type="licensed_nonbank",
          verdict=True, verdict_reason=("covered borrower (an active-duty airman): the MAPR equals the Reg Z APR "
                                        "(origination charge withheld; no insurance or ancillary product): above 36% "
                                        "(MLA, 32 CFR 232.4(b) [C]); North Dakota law is not covered"),
          notes=["28% and 108 withheld from 1,800 for an active-duty servicemember: MAPR above 36%"]),
        c("en-ai04-new-york-credit-union-sewing-machine-loan-key-value-long-dates-png-near-16", ai04, **USD,
          principal=D(5000), method="equal_installment", n=36, term_months=36, rate_value=D("14.5"),
          fees=[Fee("loan fee", ORIG_EN, "upfront_deducted", amount=D(75))], jurisdiction="US-NY",
          contract_date=date(2026, 3, 2), start_date=date(2026, 3, 2), lender_type="credit_union",
          opts={"png": True}, notes=["14.5% and 75 withheld from 5,000 over 36 months: APR between 15% and 16%"]),
        c("en-ai05-california-former-landlord-note-words-method-unnamed-docx-just-under-10", ai05, "docx", **USD,
          principal=D(4000), method="equal_installment", n=18, term_months=18, rate_value=D("9.6"),
          fees=[Fee("notary and copying charge", PAPER_EN, "upfront_deducted", amount=D(10))], jurisdiction="US-CA",
          contract_date=date(2026, 2, 20), start_date=date(2026, 2, 20), lender_type="individual",
          disclose_apr=False,
          notes=["9.6%, 18 monthly payments, 10 withheld; the method is not named: the payment fixes it; APR < 10%"]),
        c("en-ai06-illinois-snowplow-blade-loan-one-paragraph-iso-dates-biweekly-interest-figure-contradicts-just-under-36",
          ai06, **USD, principal=D(1600), method="equal_installment", n=26, freq="biweek", rate_value=D("35.5"),
          jurisdiction="US-IL", contract_date=date(2026, 10, 6), start_date=date(2026, 10, 6),
          lender_type="licensed_nonbank",
          notes=["35.5% biweekly, no fee: APR 35.50% <= 36%; the body's 'interest in all' forgets one payment"]),
        c("en-ai07-fiji-moneylender-salary-deduction-loan-ocr-scan-out-of-scope", ai07, lang="en", currency="FJD",
          apr_method=None, jurisdiction="FJ", principal=D(3000), method="equal_installment", n=12, term_months=12,
          rate_value=D("1.5"), rate_per="month",
          fees=[Fee("establishment fee", FEE_EN + ["administration"], "upfront_deducted", percent=D(2))],
          contract_date=date(2026, 2, 23), start_date=date(2026, 2, 23), lender_type="licensed_nonbank",
          notes=["Fiji: outside the bundled rulesets; 2% of 3,000 = 60.00 deducted; 1.5% a month reducing"]),
        c("en-ai08-moving-company-binding-estimate-email-deposit-balance-on-delivery-not-credit", ai08, lang="en",
          currency="USD", **OTHER, notes=["a mover's binding estimate: a price, a deposit and the balance, nothing lent"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-ai01"]  # 1-2
    assert e.received == D(2375) and e.rows[0]["interest"] == D("66.46")
    assert level_value(pay(e), D("0.03"), 12) > D(2375) and e.cost > 36 and verdict["en-ai01"] is True
    e = by["en-ai02"]  # 3
    assert e.rows[0]["interest"] == D("129.60") and total_repaid(e) == D("529.60") and e.received == D(385)
    assert D("144.60") / 400 / 45 > D("0.008") and D("144.60") < 400 and verdict["en-ai02"] is True
    assert e.cost >= 100 and "&pound;15.00" in ai02(e)
    e = by["en-ai03"]  # 4
    assert e.received == D(1692) and e.rows[0]["interest"] == D("42.00")
    assert level_value(pay(e), D("0.03"), 12) > D(1692) and e.cost > 36 and verdict["en-ai03"] is True
    e = by["en-ai04"]  # 5
    assert e.received == D(4925) and e.rows[0]["interest"] == D("60.42")
    assert level_value(pay(e), D("0.16") / 12, 36) < D(4925) < level_value(pay(e), D("0.15") / 12, 36)
    assert 15 < e.cost < 16 and verdict["en-ai04"] is False
    e = by["en-ai05"]  # 6-7
    assert e.received == D(3990) and pay(e) < 240 and r2(D(4000) * (1 + D("0.096") * D("1.5")) / 18) == D("254.22")
    pv10 = sum(r["total"] / (1 + D("0.10") / 12) ** r["k"] for r in e.rows)
    assert pv10 < D(3990) and 9 < e.cost < 10 and verdict["en-ai05"] is False
    txt = fc_blocks_text(ai05(e))
    assert "four thousand dollars" in txt and "equal" not in txt and "amortiz" not in txt
    e = by["en-ai06"]  # 8
    assert e.received == D(1600) and e.rows[0]["interest"] == D("21.85")
    assert abs(e.cost - D("35.5")) < D("0.01") and verdict["en-ai06"] is False
    assert cur(pay(e) * 25 - 1600) in ai06(e) and cur(fin(e)) in ai06(e) and pay(e) * 25 - 1600 != fin(e)
    e = by["en-ai07"]  # 9
    assert e.received == D("2940.00") and e.rows[0]["interest"] == D(45) and e.cost is None
    assert verdict["en-ai07"] is None
    assert "$2,800.00" in ai08(by["en-ai08"]) and 1450 + 1180 + 170 == 300 + 2500 and verdict["en-ai08"] is False


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = (cauchy_x(D(99000), [D("8833.3")] * 12) - 1) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = (cauchy_x(D(5000), [D(130)] * 48) - 1) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ai, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
