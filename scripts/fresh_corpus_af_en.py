#!/usr/bin/env python3
"""Held-out batch AF of the fresh phrasing corpus, English side (tests/fresh/en/en-af*): 8 documents
written for session 30 (helper batchaf-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AE generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_af_en.py            # (re)write tests/fresh/en/en-af* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_af_en.py --check    # recompute and diff the files against the committed ones

The parameters, the arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ae_en.py (and through it of batches A-AE), imported, not copied: every cost is
re-derived by the solvers of batches D-AE; this batch adds `aberth_rate`: the ABERTH-EHRLICH
simultaneous iteration on the whole polynomial P(v) = sum p_k v^k - advance in the discount factor
v = 1 / (1 + i) (all n complex roots at once, each corrected by Newton's quotient P/P' damped by the
repulsion of the other approximations: w = (P/P') / (1 - (P/P') sum_{j != k} 1 / (z_k - z_j));
cubic convergence, unlike Durand-Kerner (AE zh), which uses no derivative and converges
quadratically). Starting points on a circle of radius 1 (offset angle 0.4 rad, so that none is
real); 60-digit mpmath complex arithmetic; it stops when every correction is below 1e-50; the
answer is the one root whose imaginary part is below 1e-30 and whose real part lies in (0, 1) (by
Descartes' rule of signs P has exactly one positive root). It re-solves every multi-payment cost
and must agree with the shared solver to 1e-6 pp: the Reg Z / MAPR figure is (1/v - 1) x ppy, the
UK APRC (1/v)^ppy - 1.

Formats: en-af01 a PDF (a Georgia above-ground pool loan, a flattened TILA box), en-af02 an HTML
page (a UK vet-bill instalment loan, dd/mm/yyyy dates), en-af05 a DOCX (a California co-worker's
note, amounts in words), en-af06 a PNG (a Yukon wood-stove loan, a schedule table; set as a PDF page
by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists the .txt and then the
.png); the rest .txt, en-af03 with OCR slips.

The products were checked against the NAMES of every document in tests/fresh/en (A-AE): a GEORGIA
ABOVE-GROUND POOL loan whose TILA box states the note rate as the APR (a $199.00 processing fee
withheld, left out); a UK VET-BILL 12-month loan at a daily rate whose charges pass 100% of the
credit (HTML, "17/03/2026"); a HAWAII MARINE lance corporal's MOPED loan scanned with OCR slips
(origination fee withheld, MAPR above 36%); a New York TATTOO-REMOVAL laser treatment loan in one
long paragraph that states no count of payments (the total and the payment fix it); a California
CO-WORKER's note in words, equal payments whose method is not named (the instalment fixes it); a
YUKON WOOD-STOVE loan with an administration fee withheld, just under 35% (PNG); a home buyer's
EARNEST MONEY deposit receipt (not credit); a ZAMBIA payroll-backed loan on an app screen ("K
12,500.00", out of scope).

Figures left to be inferred or contradicting (brief, extra (b)): en-af01's box APR (17.99%, the note
rate) contradicts its own finance charge and payments (the true APR is about 23.5%); en-af04 states
the payment, the finance charge and the total of payments but no count and no last date (the total
/ the payment = 24 fix the count, and with it the term); en-af05 names no method: fifteen equal
payments at 9.6% fix the equal instalment.

FIRST READING. Measured with a copy of the frozen binary of main (/work/bin/loanlint-main copied to
/tmp/loanlint-af-<pid> before the run) by `scripts/accuracy.py --binary /tmp/loanlint-af-<pid> --only
en-af --jobs 1`, after every text, expected value and message was committed (97a6d8b6; no expected
value was edited after the run): 92.7% of the compared fields right (114/123); 4 of the 8 documents
wholly right (en-af01 txt and PDF, en-af02 txt and HTML, en-af06 txt and PNG, en-af07).
Messages (the `message` subcommand with each sidecar's contract, days and received times): 5/6 in
the right tier (demand 2/2, lawful reminder 1/1, fraud 1/1, unlawful collection 1/2).

    field                     en
    doc kind        12/12 100.0%
    principal       11/12  91.7%
    received        10/11  90.9%
    term             8/11  72.7%
    method          10/11  90.9%
    count           10/11  90.9%
    rate            11/11 100.0%
    fees            10/11  90.9%
    APR+-tol        11/11 100.0%
    violation       10/11  90.9%
    date            11/11 100.0%
    conflict            -
    all fields    114/123  92.7%

Misses by class at the first reading (the verdicts first):
* false violations: none (the three lawful-near-a-line documents, NY 15.78%, CA 9.60%, Yukon
  34.62%, are all judged lawful).
* missed violations: en-af03 (the Hawaii Marine: the APR 48.78% is computed right, but
  us-mla-mapr-above-36 stays a WARNING "if the borrower is a covered servicemember": "Lance Corporal
  ..., USMC, on active duty, 3d Marine Littoral Regiment" is not read as a covered borrower; the
  same gap as en-ae03's Navy petty officer). The other two violations are found: en-af01's box APR
  17.99% against the true 23.61% (us-tila-apr-inaccurate, txt and PDF) and en-af02's UK charges above
  100% of the credit at 0.45% a day (txt and HTML).
* APR: none (11/11 within tolerance, the OCR scan, the PNG and the count-less paragraph included).
* term: en-af04 (the NY paragraph with no count: the count 24 IS inferred from the total / the
  payment, and the method and APR are right, but the term is read as 1 month from "will pay $145.10
  each month"); en-af05 txt and DOCX (the co-worker's note: count 15 and the dates "from April 15,
  2026 through June 15, 2027" read, but no term at all).
* principal, received, method, count, fees: en-af08 only (the Zambia app screen: "K 12,500.00",
  the kwacha's "K" prefix, is not read as an amount: no principal, no disbursed, no fee, and the loan
  falls back to one bullet payment; the 18 "Monthly deduction" rows are not read as a schedule).
* kinds, rate, dates: none.
* messages: en-af05 (a collector tells the borrower's SHIFT SUPERVISOR of the debt and will call the
  workplace every day until paid: read as a lawful reminder with no finding; the third-party
  disclosure to the employer is not seen). Noticed, left alone: loanlint's lawful claim there is
  $5,097.34, the whole balance accelerated because the contract "may declare" it after 30 days
  (en-ae06's point again); the tier is unaffected because the message asks less. en-af04 lands right
  (unlawful-collection) but on the sending hour alone, cited from the China Banking Association's
  22:00-08:00 guideline for a US credit union's message, plus a WARNING that "GEFCU Recovery Desk" is
  not the lender's name (the verdict line then says "and signs of fraud"); the "every hour through
  the night" harassment itself draws no finding.
* KNOWN_GAPS.tsv / KNOWN_MISSES.tsv: the 9 en-af field misses were copied from the Rust suite's
  target/tmp/fresh_corpus_gaps.tsv (`cargo test --test suite fresh_corpus::every_field`) into
  tests/fresh/KNOWN_GAPS.tsv, and the message miss from target/tmp/messages_af_en_known_misses.tsv
  (`cargo test --test suite messages_c::`) into tests/messages_af_en/KNOWN_MISSES.tsv; both filters
  pass on this branch.

Decisions (said here so that they can be argued with; for the lead to rule on):
* Kinds: every signed agreement is loan_contract (the PDF note with its TILA box, the UK page signed
  online, the app screen "Accepted in app"). en-af07 (an earnest money deposit receipt held in escrow
  toward a purchase price, refundable on a failed contingency) is other: nothing is lent.
* en-af01: Georgia (no state rule in legal.md); the verdict rests on TILA alone: the box's 17.99% is
  the note rate and leaves out the $199.00 processing fee withheld (a prepaid finance charge); the
  true APR 23.61% is 5.6 pp off, beyond the 1/8 pp tolerance (1026.22(a)(2) [C]). The expected APR
  is the figure the schedule decides (23.61%), not the box's.
* en-af02: UK HCSTC (APRC 366%, 12 months): 0.45% a day, no fee: 0.30% of the credit a day on
  average, under the 0.8% cap, but the charges (£654.70) exceed 100% of the £600.00 credit: the total
  cost cap (CONC 5A.2.2R [C]); the £12.00 default fee is within £15. If the lead reads CONC 5A's
  daily cap as the binding test only, the verdict still stands on the total cost cap.
* en-af03: Hawaii (not in legal.md); a covered borrower (an active-duty Marine); MAPR = Reg Z APR
  48.78% (no insurance or ancillary product) above 36% [C]: a violation; the expected APR is the Reg Z
  APR, stated correctly in the document.
* en-af04: New York licensed lender, 15.78% (a $30.00 fee withheld): under 16% and within 1 pp of it:
  lawful. The count (24) and term (24 months) are expected though the text states neither: the total
  of payments / the payment decide them.
* en-af05: California, a private individual at 9.6% with no fee: APR 9.60% <= 10% (art. XV [C]):
  lawful; the method (equal instalment) is not named, the fifteen equal payments decide it.
* en-af06: Yukon: the corpus's Canadian policy (Criminal Code s. 347, 35% from 2025 [S]): 34.62%:
  lawful near the line.
* en-af08: Zambia: outside the bundled rulesets: no cost, no verdict; "Insurance & processing 2.5%"
  withheld is one fee (kinds as the shared processing list); written as percent 2.5 and amount
  312.50.
* message en-af04: the creditor itself (a credit union) collects; the FDCPA binds third-party
  collectors, so the tier rests on harassment and the night-time calls as unfair practices (CFPB
  UDAAP), graded as legal.md does not: if the lead holds that only legal.md's facts decide, the
  message may be a lawful reminder in the strict sense (loanlint says unlawful-collection).
* message en-af05: the same question for a lender's own collector disclosing the debt to the
  employer: written unlawful-collection.

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
import fresh_corpus_ae_en as fcae  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_aa_en import words_money  # noqa: E402
from fresh_corpus_ab_en import ocr_noise  # noqa: E402
from fresh_corpus_ac_en import uk_ordinal  # noqa: E402
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

# ---------------------------------------------------------------------------------------------
# This batch's own solver: Aberth-Ehrlich on the polynomial in the discount factor
# ---------------------------------------------------------------------------------------------


def aberth_v(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The discount factor v in (0, 1) with sum p_k v^k = advance, by the Aberth-Ehrlich iteration."""
    with mpmath.workdps(60):
        # coefficients, highest degree first: p_n v^n + ... + p_1 v - advance
        coef = [mpmath.mpf(str(p)) for p in reversed(payments)] + [-mpmath.mpf(str(advance))]
        n = len(coef) - 1
        dcoef = [cf * (n - j) for j, cf in enumerate(coef[:-1])]

        def horner(cs, z):
            acc = mpmath.mpc(0)
            for cf in cs:
                acc = acc * z + cf
            return acc

        zs = [mpmath.expjpi(2 * mpmath.mpf(k) / n) * mpmath.expj(mpmath.mpf("0.4")) for k in range(n)]
        for _ in range(500):
            biggest = mpmath.mpf(0)
            new = []
            for k, z in enumerate(zs):
                ratio = horner(coef, z) / horner(dcoef, z)
                repulsion = mpmath.fsum(1 / (z - zj) for j, zj in enumerate(zs) if j != k)
                w = ratio / (1 - ratio * repulsion)
                new.append(z - w)
                biggest = max(biggest, abs(w))
            zs = new
            if biggest < mpmath.mpf("1e-50"):
                break
        else:
            raise AssertionError("Aberth-Ehrlich did not converge")
        real = [z.real for z in zs if abs(z.imag) < mpmath.mpf("1e-30") and 0 < z.real < 1]
        assert len(real) == 1, ("not exactly one positive real root", real)
        return D(mpmath.nstr(real[0], 55))


def aberth_percent(s: Spec) -> Decimal:
    """The cost from the Aberth-Ehrlich discount factor: (1/v - 1) x ppy (Reg Z, MAPR) or (1/v)^ppy - 1 (APRC)."""
    v = aberth_v(s.net_received, [r["total"] for r in s.rows])
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = 50
        return ((1 / v) ** ppy - 1 if s.apr_method == "eu-aprc" else (1 / v - 1) * ppy) * 100


def aberth_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    assert abs(s.cost - aberth_percent(s)) < D("1e-6"), (s.name, s.cost, aberth_percent(s))


def compute_af(s: Spec) -> None:
    fcae.compute_ae(s)  # batch AE's compute: the solvers of batches A-AE
    aberth_check(s)


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------


def zmw(x: Decimal) -> str:
    return f"K {r2(x):,.2f}"


def dmy(d: dt.date) -> str:
    """2026-03-17 -> '17/03/2026' (UK numeric)."""
    return d.strftime("%d/%m/%Y")


def cad(x: Decimal) -> str:
    return f"${r2(x):,.2f}"


def fin(s: Spec) -> Decimal:
    """The finance charge: everything repaid beyond the amount received."""
    return total_repaid(s) - s.received


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def af01(s: Spec) -> str:
    """A Georgia above-ground pool loan: a flattened TILA box whose APR is the note rate (PDF)."""
    P, f = s.principal, s.fees[0]
    return f"""PEACH STATE BACKYARD FINANCE, INC.          1175 Pleasant Hill Rd, Lawrenceville, GA 30044
Georgia Installment Loan Note and Federal Truth-in-Lending Disclosure          Account 0419-88230

Date: {mdy(s.contract_date)}          Borrower(s): Latrice M. Okonkwo-Barnes, 2261 Sugarloaf Pkwy, Lawrenceville GA 30045
Purpose: 24 ft round above-ground pool, liner, sand filter and installation by Gwinnett Pool & Patio LLC

ANNUAL PERCENTAGE RATE The cost of your credit as a yearly rate. {plain(s.disclosed_apr_override)}% FINANCE CHARGE The dollar amount the credit will cost you. {cur(fin(s))} Amount Financed The amount of credit provided to you or on your behalf. {cur(s.received)} Total of Payments The amount you will have paid after you have made all payments as scheduled. {cur(total_repaid(s))}
Your payment schedule will be: Number of Payments {s.n} Amount of Payments {cur(pay(s))}{last(s)} When Payments Are Due Monthly beginning {mdy(due(s, 1))}
Late Charge: If a payment is more than 15 days late, you will be charged 5% of the payment. Prepayment: If you pay off early, you will not have to pay a penalty and you will not be entitled to a refund of part of the finance charge.
Security: You are giving a security interest in the pool equipment being purchased.

ITEMIZATION OF THE AMOUNT FINANCED
Amount paid to Gwinnett Pool & Patio LLC on your behalf ........ {cur(s.received)}
Prepaid finance charge: processing fee (withheld from the loan) .. {cur(f.amount)}
Principal amount of this note .................................... {cur(P)}

NOTE TERMS
1. Promise to pay. I promise to pay {cur(P)} with interest at {plain(s.rate_value)}% per annum on the unpaid principal, in the payments shown above.
2. Processing fee. A processing fee of {cur(f.amount)} is earned when this note is signed and is withheld from the loan proceeds.
3. Default. If I miss a payment by more than 30 days, the Lender may accelerate the unpaid balance after any notice Georgia law requires.

Borrower: L. M. Okonkwo-Barnes          For the Lender: T. Whitfield, Branch Manager          {mdy(s.contract_date)}
"""


def af02(s: Spec) -> str:
    """A UK vet-bill 12-month loan page (HTML), a daily rate, dd/mm/yyyy dates."""
    P = s.principal
    rows = "\n".join(f"<tr><td>{r['k']}</td><td>{dmy(r['date'])}</td><td>{gbp(r['total'])}</td></tr>" for r in s.rows)
    charges = total_repaid(s) - P
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Your PawsPay agreement</title></head>
<body>
<div class="brand">PawsPay Finance Ltd &middot; Cardiff &middot; Authorised and regulated by the Financial Conduct Authority (FRN 991207)</div>
<h1>Fixed-sum loan agreement regulated by the Consumer Credit Act 1974</h1>
<p>Agreement reference PP-26-17733, signed online by the borrower on {dmy(s.contract_date)} at 19:52.</p>
<p>Borrower: Ceri Pritchard-Lewis, 9 Heol y Nant, Whitchurch, Cardiff CF14 1JT.<br>
Purpose: cruciate ligament surgery for Bryn (Border Collie), Llandaff Vets, invoice LV-4471.</p>
<dl>
<dt>Amount of credit</dt><dd>{gbp(P)}, paid directly to Llandaff Vets on {dmy(s.start_date)}</dd>
<dt>Rate of interest</dt><dd>{plain(s.rate_value)}% per day on the outstanding balance, fixed</dd>
<dt>Fees</dt><dd>none to take out the loan</dd>
<dt>Duration</dt><dd>12 months</dd>
<dt>Repayments</dt><dd>{s.n} monthly repayments of {gbp(pay(s))}{last(s, gbp)}</dd>
<dt>Total charge for credit</dt><dd>{gbp(charges)}</dd>
<dt>Total amount payable</dt><dd>{gbp(total_repaid(s))}</dd>
<dt>APR</dt><dd>{r2(s.cost):,.1f}%</dd>
</dl>
<table border="1"><caption>Repayment schedule</caption>
<tr><th>No.</th><th>Date</th><th>Amount</th></tr>
{rows}
</table>
<p>Missed payments: a default fee of &pound;12.00 may be charged once; interest continues at the same daily rate.
Missing payments could have severe consequences for you and make obtaining credit more difficult.</p>
<p>You may withdraw within 14 days and repay early at any time; early repayment reduces the interest.</p>
</body></html>
"""


def af03(s: Spec) -> str:
    """A Hawaii Marine lance corporal's moped loan as a scan's OCR text."""
    P, f = s.principal, s.fees[0]
    return ocr_noise(f"""ALOHA WINDWARD CONSUMER LOANS LLC
45-1048 Kamehameha Hwy, Kaneohe, HI 96744          Loan No. AWC-2605-0332
CONSUMER LOAN AGREEMENT AND DISCLOSURE
Date of loan: {long_en(s.contract_date)}
Borrower: Lance Corporal Keoni R. Vasquez-Alapai, USMC, on active duty, 3d Marine Littoral Regiment, MCB Hawaii Kaneohe Bay
Purpose: 2024 Honda Ruckus moped (used) from Windward Scooter Works
Amount of loan: {cur(P)}
Origination fee (deducted from the loan at closing): {cur(f.amount)}
Amount paid to Windward Scooter Works for you: {cur(s.received)}
Interest: {plain(s.rate_value)}% per year, simple interest on the unpaid principal
ANNUAL PERCENTAGE RATE: {r2(s.cost):.2f}%
FINANCE CHARGE: {cur(fin(s))}
Total of payments: {cur(total_repaid(s))}
Payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)}, first due {long_en(due(s, 1))}, last due {long_en(end(s))}
Late charge: $10.00 if 10 days late.  Prepayment: no penalty.
Military Annual Percentage Rate statement: Federal law provides important protections to members of the Armed Forces and
their dependents relating to extensions of consumer credit. In general, the cost of consumer credit to a member of the Armed
Forces and his or her dependent may not exceed an annual percentage rate of 36 percent.
Borrower signature: K. R. Vasquez-Alapai          Lender: AWC by P. Kealoha, loan officer
""")


def af04(s: Spec) -> str:
    """A New York tattoo-removal loan in one long paragraph; no count, no last date."""
    P, f = s.principal, s.fees[0]
    return (f"CLEAN SLATE MEDICAL CREDIT CORP. - CONSUMER LOAN AGREEMENT (licensed lender, New York State Department of "
            f"Financial Services). This agreement is made on {long_en(s.contract_date)} between Clean Slate Medical Credit "
            f"Corp., 350 Fifth Avenue, Suite 4410, New York, NY 10118 (the lender) and Aurelio P. Santangelo-Whitby, 118 "
            f"Bay Ridge Pkwy, Brooklyn, NY 11209 (the borrower), who borrows {cur(P)} to pay for a course of picosecond laser "
            f"tattoo removal at Gowanus Skin & Laser PLLC; a loan fee of {cur(f.amount)} is withheld from the loan and "
            f"{cur(s.received)} is paid to Gowanus Skin & Laser PLLC on {long_en(s.start_date)}; interest accrues at "
            f"{plain(s.rate_value)}% per annum on the declining principal balance and the borrower will pay {cur(pay(s))} "
            f"each month{last(s)}, beginning {long_en(due(s, 1))} and on the same day of every month after that, until the "
            f"total of payments of {cur(total_repaid(s))} has been paid; the finance charge (interest and the loan fee) is "
            f"{cur(fin(s))} and the annual percentage rate is {r2(s.cost):.2f}%; a late charge of $15.00 applies to a "
            f"payment more than 15 days late; the borrower may prepay at any time without penalty but the loan fee is not "
            f"refunded; this loan is unsecured and is governed by New York law. Signed electronically by A. P. "
            f"Santangelo-Whitby on {long_en(s.contract_date)}.\n")


def af05(s: Spec) -> list:
    """A California co-worker's note, amounts in words, the method unnamed (DOCX)."""
    P = s.principal
    d = s.contract_date
    return [
        ("p", "LOAN AGREEMENT BETWEEN CO-WORKERS"),
        ("p", f"Made at Sacramento, California, on the {uk_ordinal(d).split(' ')[0]} day of {d.strftime('%B')}, {d.year}."),
        ("p", "Lender: Rosalind Q. Abernathy-Tran, 5120 J Street, Sacramento CA 95819 (nurse, Sutter Medical Center)."),
        ("p", "Borrower: Desmond K. Oyelaran, 2407 Q Street Apt 11, Sacramento CA 95816 (respiratory therapist, same unit)."),
        ("p", f"1. Loan. The Lender lends the Borrower {words_money(P)} ({cur(P)}) for the deposit and first month's "
              f"rent of an apartment, paid by Zelle on {long_en(s.start_date)}. No fee of any kind is charged."),
        ("p", f"2. Interest. Nine and six tenths percent ({plain(s.rate_value)}%) per year on the balance still owed."),
        ("p", f"3. Repayment. Fifteen payments of {words_money(pay(s))} ({cur(pay(s))}) each{last(s)}, one a month on the "
              f"fifteenth, from {long_en(due(s, 1))} through {long_en(end(s))}; {words_money(total_repaid(s))} "
              f"({cur(total_repaid(s))}) in all."),
        ("p", "4. Early payment. The Borrower may pay more or pay everything early; interest stops on what is repaid."),
        ("p", "5. Law. California law governs this agreement."),
        ("p", f"Signed: R. Q. Abernathy-Tran (Lender)    D. K. Oyelaran (Borrower)    {long_en(d)}"),
    ]


def af06(s: Spec) -> str:
    """A Yukon wood-stove loan with a schedule table, ISO dates (PNG)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}  {r['date'].isoformat()}  {cad(r['total']):>9}  {cad(r['interest']):>8}  "
                     f"{cad(r['principal']):>9}" for r in s.rows)
    return f"""KLONDIKE HEARTH & HOME CREDIT LTD. - Whitehorse, Yukon
Instalment Loan Agreement and Disclosure Statement (all amounts in Canadian dollars)
Agreement date: {s.contract_date.isoformat()}     Borrower: Marguerite T. Sidney-Joe, 31 Tagish Rd, Marsh Lake YT Y0B 1Y1
Purpose: Blaze King Chinook wood stove, chimney kit and installation
Loan amount: {cad(P)}   Administration fee (deducted from the loan): {cad(f.amount)}
Advanced to Northern Comfort Stoves on {s.start_date.isoformat()}: {cad(s.received)}
Interest rate: {plain(s.rate_value)}% per year   APR: {r2(s.cost):.2f}%   Cost of borrowing: {cad(fin(s))}
{s.n} monthly payments of {cad(pay(s))}{last(s, cad)}   Total of payments: {cad(total_repaid(s))}
  No  Due date     Payment  Interest  Principal
{rows}
NSF fee $40.00. Prepay any time without charge. The stove is security for this loan.
Signed: M. T. Sidney-Joe          For the lender: R. Carmacks
"""


def af07(_s: Spec) -> str:
    """A home buyer's earnest money deposit receipt, key: value lines, ISO dates (not credit)."""
    return """EARNEST MONEY DEPOSIT RECEIPT
Escrow holder: Cascade Ridge Title & Escrow, Inc., 4410 Commercial St SE, Salem, OR 97302
Escrow no.: CRT-2026-00871
Date received: 2026-04-16
Buyer(s): Priyanka N. Halvorsen-Iyer and Tobias J. Halvorsen
Seller(s): Estate of Walter E. Grunwald, by Lisbeth Grunwald, personal representative
Property: 1829 Mission St SE, Salem, OR 97302
Purchase price (per the accepted offer dated 2026-04-14): $412,500.00
Earnest money received: $10,000.00 by wire
Held in: trust account at Willamette Valley Bank, non-interest bearing
Applied: to the buyer's funds at closing, scheduled 2026-05-29
Refund: to the buyer if a contingency (inspection by 2026-04-28, financing by 2026-05-15) fails, as the offer provides;
        otherwise released to the seller as liquidated damages if the buyer defaults.
Fees: escrow fee per the closing statement, split 50/50; no charge for holding this deposit.
This receipt is not a loan, a promise to lend or a commitment to finance the purchase.
Received by: D. Mbeki-Landry, escrow officer
"""


def af08(s: Spec) -> str:
    """A Zambia payroll-backed loan on an app screen, 'K 12,500.00' (out of scope)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"   {r['date'].strftime('%d %b %Y')}    {zmw(r['total'])}" for r in s.rows)
    return f"""09:14                                   Airtel  82%
<  MUBUYU SALARY LOANS                       ( ? )

LOAN APPROVED - Ref MSL/LSK/26/44102
Employer check-off: Ministry of Education (payroll deduction)
Customer: Chanda Mwansa-Phiri, teacher, Kabulonga Girls Secondary
Accepted in app: {s.contract_date.strftime('%d %b %Y')} 08:57

Loan amount            {zmw(P)}
Insurance & processing {plain(f.percent)}%  -{zmw(f.per_payment(P))}
To your Zanaco account {zmw(s.received)}
Interest               {plain(s.rate_value)}% per month, reducing balance
Term                   {s.n} months
Monthly deduction      {zmw(pay(s))}{last(s, zmw)}
Deductions:
{rows}
Total repayable        {zmw(total_repaid(s))}

Licensed by the Bank of Zambia as a non-deposit-taking microfinance institution.
[ Done ]   [ Statement ]
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# 1. en-af01: 3,800 x 17.99% / 12 = 56.97 of interest in the first month; 3,800 - 199 = 3,601 received.
# 2. en-af01: the 24 payments are worth more than 3,601 at 23% / 12 and less at 24% / 12: the APR is
#    between 23% and 24%, so the box's 17.99% is more than 1/8 pp off.
# 3. en-af02: 0.45% x 365 / 12 = 13.6875% a month; 600 x 0.136875 = 82.13 of interest first.
# 4. en-af02: the charges (total repaid - 600) exceed 600 (the total cost cap) though over 365 days
#    they are under 0.8% of 600 a day; the APRC is far above 100%.
# 5. en-af03: 1,800 x 27.5% / 12 = 41.25 first interest; 1,620 received; at 3% a month the 12
#    payments are worth more than 1,620: the APR (= MAPR) is above 36%.
# 6. en-af04: 3,000 x 14.75% / 12 = 36.88 first interest; 2,970 received; 23 x 145.10 + 145.19 =
#    3,337.30 + 145.19 = 3,482.49, the stated total: the count is 24.
# 7. en-af04: at 16% / 12 the 24 payments are worth less than 2,970, at 15% / 12 more.
# 8. en-af05: 4,500 x 9.6% / 12 = 36.00 first interest; at 10% / 12 the 15 payments are worth less
#    than 4,500: the APR is under 10%.
# 9. en-af06: 3,400 - 95 = 3,305 received; at 35% / 12 the 24 payments are worth less than 3,305
#    and at 34% / 12 more: APR between 34% and 35%.
# 10. en-af07: the receipt's $10,000.00 is a deposit toward a price, nothing lent.
# 11. en-af08: 12,500 x 2.5% = 312.50 withheld: 12,187.50 paid; 12,500 x 4% = 500.00 first interest.

HAWAII_REASON = ("covered borrower (an active-duty Marine lance corporal): the MAPR equals the Reg Z APR here (the "
                 "origination fee withheld is a finance charge; no insurance or ancillary product): above 36% (MLA, "
                 "32 CFR 232.4(b) [C]); Hawaii law is not covered by the reference")


def specs() -> list[Spec]:
    return [
        c("en-af01-georgia-above-ground-pool-loan-flattened-tila-box-note-rate-as-apr-pdf", af01, "pdf", **USD,
          principal=D(3800), method="equal_installment", n=24, term_months=24, rate_value=D("17.99"),
          fees=[Fee("processing fee", FEE_EN, "upfront_deducted", amount=D(199))], jurisdiction="US-GA",
          contract_date=date(2026, 5, 7), start_date=date(2026, 5, 7), lender_type="licensed_nonbank",
          disclosed_apr_override=D("17.99"),
          notes=["17.99% and a 199.00 processing fee withheld; the box's APR is the note rate"]),
        c("en-af02-uk-vet-bill-twelve-month-loan-daily-rate-html-over-total-cost-cap", af02, "html", **GBP,
          principal=D(600), method="equal_installment", n=12, term_months=12, rate_value=D("0.45"), rate_per="day",
          contract_date=date(2026, 3, 17), start_date=date(2026, 3, 17), lender_type="licensed_nonbank",
          opts={"default_fee": D(12)},
          notes=["0.45% a day on the balance over 12 months: under 0.8% a day, but the charges pass 100% of the credit"]),
        c("en-af03-hawaii-marine-moped-loan-ocr-scan-origination-withheld-mapr-above-36", af03, **USD,
          principal=D(1800), method="equal_installment", n=12, term_months=12, rate_value=D("27.5"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(180))], jurisdiction="US-HI",
          contract_date=date(2026, 5, 26), start_date=date(2026, 5, 26), lender_type="licensed_nonbank",
          verdict=True, verdict_reason=HAWAII_REASON,
          notes=["27.5% and 180 withheld from 1,800: APR = MAPR above 36% for an active-duty Marine"]),
        c("en-af04-new-york-tattoo-removal-loan-one-paragraph-no-count-near-16", af04, **USD,
          principal=D(3000), method="equal_installment", n=24, term_months=24, rate_value=D("14.75"),
          fees=[Fee("loan fee", ORIG_EN, "upfront_deducted", amount=D(30))], jurisdiction="US-NY",
          contract_date=date(2026, 3, 23), start_date=date(2026, 3, 23), lender_type="licensed_nonbank",
          notes=["14.75% and 30 withheld; the count (24) only from the total / the payment: APR just under 16%"]),
        c("en-af05-california-co-worker-note-words-method-unnamed-docx-just-under-10", af05, "docx", **USD,
          principal=D(4500), method="equal_installment", n=15, term_months=15, rate_value=D("9.6"),
          jurisdiction="US-CA", contract_date=date(2026, 3, 15), start_date=date(2026, 3, 15),
          lender_type="individual", disclose_apr=False,
          notes=["9.6% a year, fifteen equal payments, no fee: <= 10%; the method is the equal instalment"]),
        c("en-af06-yukon-wood-stove-loan-schedule-table-iso-dates-png-near-35", af06, lang="en",
          currency="CAD", apr_method="us-regz", jurisdiction="CA-YT", principal=D(3400), method="equal_installment",
          n=24, term_months=24, rate_value=D("31.5"),
          fees=[Fee("administration fee", ADMIN_EN, "upfront_deducted", amount=D(95))],
          contract_date=date(2026, 5, 12), start_date=date(2026, 5, 12), lender_type="licensed_nonbank",
          opts={"png": True}, notes=["31.5% and 95 withheld: APR between 34% and 35%"]),
        c("en-af07-home-purchase-earnest-money-deposit-receipt-iso-dates-not-credit", af07, lang="en",
          currency="USD", **OTHER,
          notes=["an earnest money deposit held in escrow toward a purchase price: nothing is lent"]),
        c("en-af08-zambia-payroll-loan-app-screen-kwacha-out-of-scope", af08, lang="en", currency="ZMW",
          apr_method=None, jurisdiction="ZM", principal=D(12500), method="equal_installment", n=18, term_months=18,
          rate_value=D("4"), rate_per="month",
          fees=[Fee("insurance & processing", FEE_EN, "upfront_deducted", percent=D("2.5"))],
          contract_date=date(2026, 2, 23), start_date=date(2026, 2, 23), lender_type="licensed_nonbank",
          notes=["Zambia: outside the bundled rulesets; 2.5% of 12,500 = 312.50 deducted; 4% a month reducing"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-af01"]  # 1-2
    assert e.rows[0]["interest"] == D("56.97") and e.received == D(3601)
    assert level_value(pay(e), D("0.23") / 12, 24) > D(3601) > level_value(pay(e), D("0.24") / 12, 24)
    assert 23 < e.cost < 24 and verdict["en-af01"] is True and "17.99% FINANCE CHARGE" in af01(e)
    e = by["en-af02"]  # 3-4
    assert D("0.45") * 365 / 12 == D("13.6875") and e.rows[0]["interest"] == D("82.13")
    charges = total_repaid(e) - e.principal
    assert charges > 600 and charges / 600 / 365 < D("0.008") and e.cost >= 100 and verdict["en-af02"] is True
    e = by["en-af03"]  # 5
    assert e.rows[0]["interest"] == D("41.25") and e.received == D(1620)
    assert level_value(pay(e), D("0.03"), 12) > D(1620) and e.cost > 36 and verdict["en-af03"] is True
    e = by["en-af04"]  # 6-7
    assert e.rows[0]["interest"] == D("36.88") and e.received == D(2970)
    assert 23 * pay(e) + e.rows[-1]["total"] == total_repaid(e) == D("3482.49")
    assert level_value(pay(e), D("0.16") / 12, 24) < D(2970) < level_value(pay(e), D("0.15") / 12, 24)
    assert 15 < e.cost < 16 and verdict["en-af04"] is False and "24" not in af04(e).replace("2026", "")
    e = by["en-af05"]  # 8
    assert e.rows[0]["interest"] == D("36.00") and level_value(pay(e), D("0.10") / 12, 15) < D(4500)
    assert verdict["en-af05"] is False and "four thousand five hundred dollars" in fc_blocks_text(af05(e))
    e = by["en-af06"]  # 9
    assert e.received == D(3305) and level_value(pay(e), D("0.35") / 12, 24) < D(3305)
    assert level_value(pay(e), D("0.34") / 12, 24) > D(3305) and e.verdict is False
    assert "$10,000.00" in af07(by["en-af07"]) and verdict["en-af07"] is False  # 10
    e = by["en-af08"]  # 11
    assert e.received == D("12187.50") and e.rows[0]["interest"] == D(500) and e.cost is None
    assert verdict["en-af08"] is None


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = (1 / aberth_v(D(99000), [D("8833.3")] * 12) - 1) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = (1 / aberth_v(D(5000), [D(130)] * 48) - 1) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_af, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
