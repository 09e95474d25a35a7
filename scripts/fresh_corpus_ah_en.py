#!/usr/bin/env python3
"""Held-out batch AH of the fresh phrasing corpus, English side (tests/fresh/en/en-ah*): 8 documents
written for session 31 (helper batchah-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AG generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_ah_en.py            # (re)write tests/fresh/en/en-ah* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ah_en.py --check    # recompute and diff the files against the committed ones

The parameters, the arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ag_en.py (and through it of batches A-AG), imported, not copied: every cost is
re-derived by the solvers of batches D-AG (Graeffe included); this batch adds `bernoulli_x`:
DANIEL BERNOULLI'S METHOD (1728) for the dominant root of a polynomial. With A the amount received
and p_k the payments, Q(x) = A x^n - p_1 x^(n-1) - ... - p_n has the growth factor x* = 1 + i as its
unique root of largest modulus (batch AG's argument). Q is the characteristic polynomial of the
linear recurrence A u_k = p_1 u_(k-1) + p_2 u_(k-2) + ... + p_n u_(k-n); for a start vector with a
component along x* (all ones: the residue of the generating function at 1/x* is not 0), u_(k+1) / u_k -> x*, the error shrinking like
|x_2 / x*|^k. No derivative, no bracket, no squaring: only the recurrence, run in 60-digit mpmath
with the last n terms rescaled each step, until (after 2n steps) the ratio moves by less than 1e-35
for 3 steps. It
re-solves every multi-payment cost and must agree with the shared solver to 1e-6 pp: the Reg Z /
MAPR figure is (x* - 1) x ppy, the UK APRC x*^ppy - 1.

Formats: en-ah02 an HTML page (a UK 30-day loan for a dental emergency), en-ah03 a PDF (an Alaska Coast
Guard petty officer's loan with a schedule), en-ah04 a PNG (a Nunavut sealift order loan; set as a
PDF page by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists the .txt and then
the .png), en-ah05 a DOCX (a California note between former college roommates); the rest .txt,
en-ah07 with OCR slips.

The products were checked against the NAMES of every document in tests/fresh/en (A-AG): an Illinois
HAIL-DAMAGE INSURANCE DEDUCTIBLE loan in numbered clauses (origination fee withheld on top of 32.9%:
above 36%); a UK 30-day loan to pay a DENTAL EMERGENCY on a web page (0.78% a day, within the daily cap, but TWO default fees of
GBP 10.00 each: GBP 20.00 of default fees in total, above the GBP 15 cap); an ALASKA COAST GUARD
petty officer's loan for a chest freezer and moose-hunt gear with a schedule table (PDF; MAPR above
36%); a NUNAVUT SEALIFT ORDER loan (a year's groceries and supplies by sealift, PNG, "1,234.56
dollars", ISO dates, just under 35%); a California note from a former college roommate for a
MOTORCYCLE LICENCE COURSE and gear, amounts in words, the payment never stated (DOCX, just under
10%); a New York ADOPTION AGENCY FEE loan on
an app screen whose summary card's "total to repay" contradicts its own payment box (near 16%); a
BOTSWANA micro-lender loan scanned with OCR slips (Pula, out of scope); a homeowners' association
ANNUAL ASSESSMENT NOTICE (not credit).

Figures left to be inferred or contradicting (brief, extra (b)): en-ah05 states the principal, the
rate, the count (24 monthly payments) and the total of payments but not the payment and not the
method: the stated total 5,509.76 is the amortised one, a flat reading
would give 5,950.00: the figures fix equal instalments; en-ah06's card "Total to repay"
leaves out one payment (47 x payment), while its disclosure box states 48 payments, the finance
charge and the total of payments that the schedule decides; the expected values are the schedule's.

FIRST READING. Measured with a copy of the frozen binary of main (/work/bin/loanlint-main copied to
/tmp/loanlint-ah-<pid> before the run) by `scripts/accuracy.py --binary /tmp/loanlint-ah-<pid> --only
en-ah --jobs 1`, after every text, expected value and message was committed (118cbecb; no expected
value was edited after the run): 84.6% of the compared fields right (104/123); 4 of the 8 documents
wholly right (en-ah01, en-ah03 txt and PDF, en-ah04 txt and PNG, en-ah08). Messages (the `message`
subcommand with each sidecar's contract, days and received time): 5/6 in the right tier (demand 1/2,
lawful reminder 1/1, unlawful collection 2/2, fraud 1/1).

    field                     en
    doc kind        11/12  91.7%
    principal       11/12  91.7%
    received         8/11  72.7%
    term            10/11  90.9%
    method          10/11  90.9%
    count           10/11  90.9%
    rate            11/11 100.0%
    fees             6/11  54.5%
    APR+-tol         6/11  54.5%
    violation       10/11  90.9%
    date            11/11 100.0%
    conflict            -
    all fields    104/123  84.6%

Misses by class at the first reading (the verdicts first):
* false violations: none (the three lawful-near-a-line documents, Nunavut 34.7%, CA 9.90%, NY 15.31%,
  are judged lawful; en-ah06's card total that contradicts its box draws no finding).
* missed violations: en-ah02 txt (the UK dental loan as plain text: no term, no method, no count, no
  APR are read from the <dl> lines once the tags are gone, so no schedule and no finding; the GBP 10 +
  GBP 10 default fees are not judged against the GBP 15 total). The HTML form of the same document is
  judged a violation, but on an APRC of 2021.78% (expected 1191.22%): the "further arrears fee" (a
  default fee, payable only 14 days after a missed due date) is taken as a charge of the credit, so
  the verdict may rest on the wrong ground (the daily cap) rather than on the default-fee cap. The
  other two are found: en-ah01 (Illinois PLPA, 43.26%) and en-ah03 (Coast Guard petty officer:
  MAPR 40.27% > 36%, txt and PDF).
* APR: en-ah02 (txt none; HTML 2021.78% as above); en-ah05 txt and DOCX (9.50% instead of 9.90%: the
  $20.00 the lender "keeps ... for drawing up this note" is not read as a fee withheld: disbursed
  5,000 instead of 4,980; the method and the count ARE right, so the payment left unstated was
  inferred from the total, which is the point of extra (b)); en-ah06 (not computed: the principal in
  the card line "$8,000.00 loan · funded Feb 09, 2026" is not read, and the box gives only the amount
  financed, so nothing is computed).
* fees / received: en-ah02 txt and HTML (the further arrears fee listed as a fee of the loan), en-ah05
  txt and DOCX (the note preparation fee missed), en-ah07 (the Botswana scan: "Initiation fee 5%
  deducted: P300.00" missed: disbursed P6,000 instead of P5,700).
* kind: en-ah06 (the app's loan-details screen read as loan_disclosure; expected loan_contract: see
  Decisions).
* term, method, count: en-ah02 txt only.
* rate, date: none (the Botswana dd/mm date and the ISO and "Feb 09, 2026" dates are all right).
* messages: en-ah02 (the contract en-ah06 given: a late charge at 3 days that the contract allows only
  after 15 days, plus default interest the contract does not have: read as a lawful reminder with
  "Sum demanded: 8000.00" (the balance named in the message taken as the demand) and no lawful claim
  computed, since en-ah06's schedule is not built, as above). en-ah01 (voicemail: $24.95 above),
  en-ah03, en-ah04 (employer HR and family), en-ah05 (garnishment with no judgment), en-ah06 (Zelle to
  a Gmail "transition officer") land right.
* KNOWN_GAPS.tsv / KNOWN_MISSES.tsv: the 20 en-ah lines (the 19 field misses above and the suite's
  own en-ah02 html_vs_text line: the HTML form reads a term, a method, a count and an APR that its
  text twin does not) were copied from the Rust suite's
  target/tmp/fresh_corpus_gaps.tsv (`cargo test --test suite fresh_corpus::every_field`) into
  tests/fresh/KNOWN_GAPS.tsv, and the message miss from target/tmp/messages_ah_en_known_misses.tsv
  (`cargo test --test suite messages_c::`) into tests/messages_ah_en/KNOWN_MISSES.tsv.

Decisions (said here so that they can be argued with; for the lead to rule on):
* Kinds: every signed agreement is loan_contract; en-ah08 (an HOA assessment notice: a charge for
  common expenses, due in full, no credit) is other.
* en-ah01: Illinois PLPA: the origination fee withheld is a finance charge: APR above 36%.
* en-ah02: UK HCSTC (APR far above 100%, repaid in 30 days): charges 0.78% a day (within 0.8%),
  total charges under 100%; the GBP 10 missed-payment fee plus the GBP 10 "further arrears fee" make
  GBP 20 of default fees: "default fees <= GBP 15 in total" (legal.md §3 [C]) is broken: a violation.
* en-ah03: Alaska (not in legal.md); the borrower is an active-duty Coast Guard petty officer (the
  Coast Guard is an armed force for the MLA); MAPR = Reg Z APR (origination fee withheld): above 36%.
* en-ah04: Nunavut: Criminal Code 35% [S]: just under: lawful.
* en-ah05: California individual lender: APR (the fee counted) under 10%: lawful near the line;
  equal_installment expected (fixed by the stated total, not named).
* en-ah06: New York licensed lender at about 15.6% (fee counted): under 16%: lawful; the card's wrong
  total is no violation under legal.md (the disclosure box, which is the TILA disclosure, is right).
* en-ah06: kind loan_contract: the loan-details screen carries the signed date, the full TILA box and
  the terms of an active loan; if the lead holds an app summary screen to be loan_disclosure (as
  approval notices are, by the earlier ruling), the expected kind is the lead's to change (it was
  written before the run and is left as written).
* en-ah07: Botswana: outside the bundled rulesets: no cost, no verdict. Its dd/mm dates are expected
  day-first (a dd/mm country).
* message en-ah02: the lawful claim at 3 days is the payment alone, $219.42 (the $25.00 late charge
  starts after 15 days; the contract has no default rate; nothing was returned).
* message en-ah04: the creditor's own staff (not a third-party collector): FDCPA 805/806 bind
  collectors; the tier rests on disclosure to the employer and family and a 22:45 message (UDAAP),
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
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_aa_en import words_money  # noqa: E402
from fresh_corpus_ab_en import ocr_noise  # noqa: E402
from fresh_corpus_ac_en import dollars, uk_ordinal, usd_bare  # noqa: E402
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
PAPER_EN = fcag.PAPER_EN
fin = fcag.fin

# ---------------------------------------------------------------------------------------------
# This batch's own solver: Bernoulli's method on the recurrence whose characteristic polynomial is Q
# ---------------------------------------------------------------------------------------------


def bernoulli_x(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The dominant root x* = 1 + i of A x^n - p_1 x^(n-1) - ... - p_n, by Bernoulli's recurrence."""
    with mpmath.workdps(60):
        A = mpmath.mpf(str(advance))
        p = [mpmath.mpf(str(v)) for v in payments]
        n = len(p)
        u = [mpmath.mpf(1)] * n  # u[-1] is the newest term; all ones has a component along x*
        prev, calm = None, 0
        for step in range(400000):
            new = mpmath.fsum(p[j] * u[-1 - j] for j in range(n)) / A
            ratio = new / u[-1]
            u = [v / new for v in u[1:]] + [mpmath.mpf(1)]  # rescaled: the newest term is 1
            if prev is not None and step > 2 * n and abs(ratio - prev) < mpmath.mpf("1e-35"):
                calm += 1
                if calm >= 3:
                    return D(mpmath.nstr(ratio, 45))
            else:
                calm = 0
            prev = ratio
        raise AssertionError("Bernoulli did not settle")


def bernoulli_percent(s: Spec) -> Decimal:
    x = bernoulli_x(s.net_received, [r["total"] for r in s.rows])
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = 50
        return (x ** ppy - 1 if s.apr_method == "eu-aprc" else (x - 1) * ppy) * 100


def bernoulli_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    assert abs(s.cost - bernoulli_percent(s)) < D("1e-6"), (s.name, s.cost, bernoulli_percent(s))


def compute_ah(s: Spec) -> None:
    fcag.compute_ag(s)  # batch AG's compute: the solvers of batches A-AG
    bernoulli_check(s)


def bwp(x: Decimal) -> str:
    return f"P{r2(x):,.2f}"


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ah01(s: Spec) -> str:
    """An Illinois hail-damage insurance deductible loan, numbered clauses, numeric dates."""
    P, f = s.principal, s.fees[0]
    return f"""TRI-COUNTY STORM RECOVERY LENDING, INC.
Licensed under the Illinois Consumer Installment Loan Act, License No. CI-5518
1190 N Lake St, Aurora, IL 60506

INSTALLMENT LOAN AGREEMENT                                           Loan No. TSR-26-0719

Date: {mdy(s.contract_date)}
Borrower: Marisol T. Okonkwo-Haas, 417 Prairie Rose Ln, Oswego, IL 60543

1. Purpose. You are borrowing to pay the {cur(P)} wind and hail deductible under your homeowners policy (claim
   HO-77-31904, storm of 02/11/2026) to Fox Valley Roofing & Siding, which is repairing your roof and gutters.
2. Amount. The principal amount of this loan is {cur(P)}. An origination fee of {cur(f.amount)} is deducted
   from the loan, and {cur(s.received)} is paid to Fox Valley Roofing & Siding on {mdy(s.start_date)}.
3. Interest. Interest accrues at {plain(s.rate_value)}% per year on the unpaid principal balance.
4. Payments. You will pay {s.n} monthly installments of {cur(pay(s))}{last(s)}, due on the {s.start_date.day}th day
   of each month, beginning {mdy(due(s, 1))} and ending {mdy(end(s))}.
5. Truth in Lending disclosures. ANNUAL PERCENTAGE RATE {r2(s.cost):.2f}%. FINANCE CHARGE {cur(fin(s))}.
   Amount Financed {cur(s.received)}. Total of Payments {cur(total_repaid(s))}.
6. Late charge. If a payment is more than 10 days late you will be charged $15.00.
7. Prepayment. You may prepay in full or in part at any time; the origination fee is fully earned and
   is not refunded.
8. Governing law. This agreement is governed by the laws of the State of Illinois.

Borrower: /s/ Marisol T. Okonkwo-Haas      Lender: Tri-County Storm Recovery Lending, Inc., by R. Szymanski
"""


def ah02(s: Spec) -> str:
    """A UK 30-day loan for an emergency dental bill (HTML), ordinal dates, two default fees."""
    P, r = s.principal, s.rows[0]
    charges = total_repaid(s) - P
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>ToothFairy Loans - agreement summary</title></head>
<body>
<p>ToothFairy Loans Ltd, Unit 3, Temple Quay, Bristol BS1 6DZ. Authorised and regulated by the Financial Conduct Authority (FRN 951774).</p>
<h2>Fixed-sum loan agreement regulated by the Consumer Credit Act 1974 - summary</h2>
<p>Customer: Callum R. Whitfield-Nwosu, 14 Gloucester Road, Bristol BS7 8AE. Agreement signed online on {uk_ordinal(s.contract_date)}.</p>
<p>What it is for: emergency root canal treatment and a crown at Harbourside Dental Care.</p>
<dl>
<dt>Amount of credit</dt><dd>{gbp(P)}, sent to your bank account on {uk_ordinal(s.start_date)}</dd>
<dt>Interest</dt><dd>{plain(s.rate_value)}% per day (fixed) on the amount of credit for {s.term_days} days: {gbp(r['interest'])}</dd>
<dt>Total charge for credit</dt><dd>{gbp(charges)}</dd>
<dt>Your repayment</dt><dd>one payment of {gbp(r['total'])} on {uk_ordinal(r['date'])}</dd>
<dt>Total amount payable</dt><dd>{gbp(total_repaid(s))}</dd>
<dt>Representative APR</dt><dd>{r2(s.cost):,.0f}%</dd>
</dl>
<h3>If you pay late</h3>
<p>If your repayment is not received on the due date we will charge a missed payment fee of &pound;10.00.
If it is still unpaid 14 days after the due date we will charge a further arrears fee of &pound;10.00.
Interest continues at {plain(s.rate_value)}% per day on the amount of credit outstanding.
Missing payments could have severe consequences and make obtaining credit more difficult.</p>
<p>You can withdraw within 14 days of signing and can repay early at any time.</p>
</body></html>
"""


def ah03(s: Spec) -> str:
    """An Alaska Coast Guard petty officer's loan with a schedule table (PDF)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}  {r['date'].isoformat()}  {cur(r['total']):>9}  {cur(r['interest']):>8}  "
                     f"{cur(r['principal']):>9}  {cur(P - sum(q['principal'] for q in s.rows[:r['k']])):>9}"
                     for r in s.rows)
    return f"""NORTHERN LIGHTS SMALL LOANS, LLC - 3001 Tongass Ave, Ketchikan, AK 99901
CONSUMER LOAN AGREEMENT, FEDERAL DISCLOSURES AND PAYMENT SCHEDULE
Agreement date: {s.contract_date.isoformat()}                 Account: NLS-4471-26
Borrower: Petty Officer Second Class Dante R. Halvorsen-Ybarra, USCG, Cutter ANACAPA, Base Ketchikan
Covered borrower status: ACTIVE DUTY (confirmed through the DoD MLA database on {s.contract_date.isoformat()})
Use of proceeds: chest freezer, meat grinder and hunting gear (Tongass Outfitters)

  Loan amount                               {cur(P)}
  Origination fee (subtracted from proceeds)  {cur(f.amount)}
  Amount financed / paid to Tongass Outfitters  {cur(s.received)}
  Contract interest rate                    {plain(s.rate_value)}% per year
  ANNUAL PERCENTAGE RATE                    {r2(s.cost):.2f}%
  FINANCE CHARGE                            {cur(fin(s))}
  TOTAL OF PAYMENTS                         {cur(total_repaid(s))}

  #   Due date      Payment   Interest   Principal    Balance
{rows}

MILITARY LENDING ACT DISCLOSURE: Federal law provides important protections to members of the Armed
Forces and their dependents relating to extensions of consumer credit. In general, the cost of consumer
credit to a member of the Armed Forces and his or her dependent may not exceed an annual percentage rate
of 36 percent. Oral disclosure: 1-907-555-0188.
Late fee $20.00 after 10 days. No prepayment penalty.
Borrower: D. R. Halvorsen-Ybarra                  Lender: Northern Lights Small Loans, LLC, by K. Amundsen
"""


def ah04(s: Spec) -> str:
    """A Nunavut sealift order loan, '1,234.56 dollars', ISO dates (PNG)."""
    P, f = s.principal, s.fees[0]
    return f"""QIKIQTANI HOME SUPPLY CREDIT LTD. - Iqaluit, Nunavut
SEALIFT ORDER LOAN AGREEMENT
Date: {s.contract_date.isoformat()}
Borrower: Looee K. Arnaquq-Bergeron, House 1182, Apex, Iqaluit NU X0A 0H0
Goods: 2026 sealift order (dry groceries, drums of fuel, a chest freezer, a snow machine cover) shipped
on the first sealift from Montreal, paid to Northern Sealift Orders Inc.
Amount of the loan: {dollars(P)}
Administration fee (deducted): {dollars(f.amount)}
Paid to Northern Sealift Orders on {s.start_date.isoformat()}: {dollars(s.received)}
Interest: {plain(s.rate_value)}% per annum on the balance owing
Repayment: {s.n} monthly payments of {dollars(pay(s))}{last(s, dollars)}
First payment: {due(s, 1).isoformat()}   Last payment: {end(s).isoformat()}
Total of all payments: {dollars(total_repaid(s))}
Total cost of borrowing (interest and fee): {dollars(fin(s))}
Annual percentage rate: {r2(s.cost):.2f}%
Prepay at any time without penalty. NSF charge 40.00 dollars.
Signed: L. K. Arnaquq-Bergeron      For the lender: P. Kilabuk
"""


def ah05(s: Spec) -> list:
    """A California note between former roommates, amounts in words, the payment not stated (DOCX)."""
    P, f = s.principal, s.fees[0]
    d = s.contract_date
    return [
        ("p", "PROMISSORY NOTE"),
        ("p", f"Made at Sacramento, California, on the {d.day}th day of {d.strftime('%B')}, {d.year}."),
        ("p", "Lender: Oluwaseun J. Abernathy-Quist, 2715 K St Apt 9, Sacramento CA 95816 (the Borrower's former "
              "college roommate, lending personal savings)."),
        ("p", "Borrower: Desmond P. Villanueva-Roth, 880 Alhambra Blvd, Sacramento CA 95816."),
        ("p", f"I. The Borrower promises to repay the Lender the principal sum of {words_money(P)} ({cur(P)}), lent for "
              f"a motorcycle safety course, a licence test and riding gear. The Lender keeps "
              f"{words_money(f.amount)} ({cur(f.amount)}) for drawing up this note, so that "
              f"{words_money(s.received)} ({cur(s.received)}) is handed over on the day this note is signed."),
        ("p", f"II. Interest runs at nine and one half percent ({plain(s.rate_value)}%) per year on the principal "
              f"unpaid from time to time."),
        ("p", f"III. The principal and interest are repaid in twenty-four ({s.n}) equal monthly payments, the first on "
              f"{long_en(due(s, 1))} and the last on {long_en(end(s))}, totalling "
              f"{words_money(total_repaid(s))} ({cur(total_repaid(s))})."),
        ("p", "IV. The Borrower may repay all or part early at any time without penalty."),
        ("p", "V. This note is governed by the law of California."),
        ("p", "Borrower: D. P. Villanueva-Roth            Lender: O. J. Abernathy-Quist"),
    ]


def ah06(s: Spec) -> str:
    """A New York adoption agency fee loan on an app screen; the card's total contradicts the box."""
    P, f = s.principal, s.fees[0]
    wrong_total = pay(s) * (s.n - 1)
    return f"""9:41                                            LTE  87%
< Loans                      Loan details
HearthStone Family Credit Corp.   (licensed lender, NY DFS)
----------------------------------------------------------------
 YOUR LOAN IS ACTIVE
 {cur(P)} loan  ·  funded {s.start_date.strftime('%b %d, %Y')}
 Total to repay  {cur(wrong_total)}
 Next payment    {cur(pay(s))} due {due(s, 1).strftime('%b %d, %Y')}
----------------------------------------------------------------
 Purpose: home study and placement fee, Empire Bridges Adoption Services, Albany NY
 Borrower: Priya S. Calloway-Mendel, 58 Lark St, Albany, NY 12210
 Signed: {s.contract_date.strftime('%b %d, %Y')}
----------------------------------------------------------------
 FEDERAL TRUTH IN LENDING DISCLOSURES
 ANNUAL PERCENTAGE RATE ........ {r2(s.cost):.2f}%
 FINANCE CHARGE ................ {cur(fin(s))}
 Amount Financed ............... {cur(s.received)}
 Total of Payments ............. {cur(total_repaid(s))}
 Payment schedule: {s.n} payments of {cur(pay(s))}{last(s)} monthly from {due(s, 1).strftime('%b %d, %Y')}
 Interest rate {plain(s.rate_value)}% fixed. Origination fee {cur(f.amount)} deducted from the loan.
 Late charge: $25.00 if a payment is more than 15 days late. Returned payment: $15.00.
 Governing law: New York.
----------------------------------------------------------------
 [ Make a payment ]   [ Autopay: ON ]   [ Documents ]
"""


def ah07(s: Spec) -> str:
    """A Botswana micro-lender loan, scanned with OCR slips (out of scope)."""
    P, f = s.principal, s.fees[0]
    return ocr_noise(f"""KGALAGADI QUICK CASH (PTY) LTD - Registered with NBFIRA as a micro lender
Plot 2113, Main Mall, Gaborone, Botswana                Loan Agreement No. KQC/2026/0388
Date: {s.contract_date.strftime('%d/%m/%Y')}
Client: Boitumelo M. Sebego-Tau, Omang 448127119, teacher at Ledumang Senior Secondary School
Loan amount: {bwp(P)}
Initiation fee {plain(f.percent)}% deducted: {bwp(f.per_payment(P))}
Amount paid to client: {bwp(s.received)}
Interest: {plain(s.rate_value)}% per month on the outstanding balance
Instalments: {s.n} x {bwp(pay(s))}{last(s, bwp)} by payroll deduction, first on {due(s, 1).strftime('%d/%m/%Y')}
Total repayable: {bwp(total_repaid(s))}
The client consents to payroll deduction through the Government Payroll.
Signed by the client and witnessed at the branch.
""")


def ah08(_s: Spec) -> str:
    """A homeowners' association annual assessment notice (not credit)."""
    return """WILLOW CREEK ESTATES HOMEOWNERS ASSOCIATION, INC.
c/o Summit Ridge Community Management, 6200 Eagle Run Rd, Columbus, OH 43230
2026 ANNUAL ASSESSMENT NOTICE                                   Statement date: 01/05/2026
Owner: Gregor and Anneliese Pruitt-Danjuma, 7741 Cattail Ct, Westerville, OH 43082   Account WCE-0442
Annual assessment (common areas, pond, snow removal, reserves) ......... $620.00
Pool and clubhouse amenity charge ....................................... $180.00
Total 2026 assessment due 02/01/2026 ..................................... $800.00
An assessment not paid by 03/01/2026 is charged a $25.00 late fee under Article VII of the Declaration,
and unpaid assessments may become a lien on the lot. The Association does not offer payment plans,
financing or credit; this notice is not a loan.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# 1. en-ah01: 3,000 - 150 = 2,850 received; first interest 3,000 x 32.9% / 12 = 82.25.
# 2. en-ah01: at 36% / 12 = 3% a month the 12 payments are worth more than 2,850: APR above 36%.
# 3. en-ah02: 250 x 0.78% x 30 = 58.50 interest; repaid 308.50; 58.50 / 250 / 30 = 0.78% a day
#    <= 0.8%; default fees 10 + 10 = 20 > 15.
# 4. en-ah03: 2,000 - 140 = 1,860 received; first interest 2,000 x 30% / 12 = 50.00; at 3% a month
#    the 18 payments are worth more than 1,860: MAPR above 36%.
# 5. en-ah04: 4,500 - 150 = 4,350 received; first interest 4,500 x 31% / 12 = 116.25; at 35% / 12
#    the 24 payments are worth less than 4,350 and at 34% / 12 more.
# 6. en-ah05: 5,000 - 20 = 4,980 received; a flat reading would total 5,000 x (1 + 9.5% x 2) =
#    5,950.00; the amortised total is below 5,550 (23 x 229.57 + 229.65 = 5,509.76 by the rows).
# 7. en-ah05: the 24 payments at 10% / 12 are worth less than 4,980: APR under 10%.
# 8. en-ah06: 8,000 - 160 = 7,840 received; first interest 8,000 x 14.2% / 12 = 94.67; the card's
#    total is one payment short of the box's; at 16% / 12 the 48 payments are worth less than 7,840.
# 9. en-ah07: 6,000 x 5% = 300.00 deducted: 5,700.00 paid; 6,000 x 2.5% = 150.00 first interest.
# 10. en-ah08: 620 + 180 = 800.00; no credit.


def specs() -> list[Spec]:
    return [
        c("en-ah01-illinois-hail-damage-insurance-deductible-loan-numbered-clauses-origination-withheld-above-36",
          ah01, **USD, principal=D(3000), method="equal_installment", n=12, term_months=12, rate_value=D("32.9"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(150))], jurisdiction="US-IL",
          contract_date=date(2026, 3, 4), start_date=date(2026, 3, 4), lender_type="licensed_nonbank",
          notes=["32.9% on 3,000 and 150 withheld: APR above 36%"]),
        c("en-ah02-uk-dental-emergency-30-day-loan-html-two-default-fees-over-15", ah02, "html", **GBP,
          principal=D(250), method="bullet", freq="single", n=1, term_days=30, rate_value=D("0.78"),
          rate_per="day", contract_date=date(2026, 3, 4), start_date=date(2026, 3, 4),
          lender_type="licensed_nonbank", opts={"default_fee": D(20)},
          notes=["0.78% a day for 30 days: within 0.8%; default fees 10 + 10 = 20 > the 15 cap"]),
        c("en-ah03-alaska-coast-guard-petty-officer-freezer-loan-schedule-pdf-mapr-above-36", ah03, "pdf", **USD,
          principal=D(2000), method="equal_installment", n=18, term_months=18, rate_value=D("30"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(140))], jurisdiction="US-AK",
          contract_date=date(2026, 4, 14), start_date=date(2026, 4, 14), lender_type="licensed_nonbank",
          verdict=True, verdict_reason=("covered borrower (an active-duty Coast Guard petty officer): the MAPR equals "
                                        "the Reg Z APR (origination fee withheld; no insurance or ancillary product): "
                                        "above 36% (MLA, 32 CFR 232.4(b) [C]); Alaska law is not covered"),
          notes=["30% and 140 withheld from 2,000 for an active-duty servicemember: MAPR above 36%"]),
        c("en-ah04-nunavut-sealift-order-loan-dollars-words-iso-dates-png-near-35", ah04, lang="en", currency="CAD",
          apr_method="us-regz", jurisdiction="CA-NU", principal=D(4500), method="equal_installment", n=24,
          term_months=24, rate_value=D("31"),
          fees=[Fee("administration fee", ADMIN_EN, "upfront_deducted", amount=D(150))],
          contract_date=date(2026, 5, 20), start_date=date(2026, 5, 20), lender_type="licensed_nonbank",
          opts={"png": True}, notes=["31% and 150 withheld from 4,500: APR between 34% and 35%"]),
        c("en-ah05-california-former-roommate-note-words-payment-unstated-docx-just-under-10", ah05, "docx", **USD,
          principal=D(5000), method="equal_installment", n=24, term_months=24, rate_value=D("9.5"),
          fees=[Fee("note preparation fee", PAPER_EN, "upfront_deducted", amount=D(20))], jurisdiction="US-CA",
          contract_date=date(2026, 3, 14), start_date=date(2026, 3, 14), lender_type="individual",
          disclose_apr=False,
          notes=["9.5%, 24 equal monthly payments, 20 withheld; the payment is not stated: the total fixes it; APR < 10%"]),
        c("en-ah06-new-york-adoption-fee-loan-app-screen-card-total-contradicts-box-near-16", ah06, **USD,
          principal=D(8000), method="equal_installment", n=48, term_months=48, rate_value=D("14.2"),
          fees=[Fee("origination fee", ORIG_EN, "upfront_deducted", amount=D(160))], jurisdiction="US-NY",
          contract_date=date(2026, 2, 9), start_date=date(2026, 2, 9), lender_type="licensed_nonbank",
          notes=["14.2% and 160 withheld from 8,000 over 48 months: under 16%; the card's total omits one payment"]),
        c("en-ah07-botswana-micro-lender-payroll-loan-ocr-scan-pula-out-of-scope", ah07, lang="en", currency="BWP",
          apr_method=None, jurisdiction="BW", principal=D(6000), method="equal_installment", n=12, term_months=12,
          rate_value=D("2.5"), rate_per="month",
          fees=[Fee("initiation fee", FEE_EN + ["administration"], "upfront_deducted", percent=D(5))],
          contract_date=date(2026, 2, 16), start_date=date(2026, 2, 16), lender_type="licensed_nonbank",
          notes=["Botswana: outside the bundled rulesets; 5% of 6,000 = 300.00 deducted; 2.5% a month reducing"]),
        c("en-ah08-homeowners-association-annual-assessment-notice-not-credit", ah08, lang="en", currency="USD",
          **OTHER, notes=["an HOA assessment notice: charges for common expenses, nothing lent"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-ah01"]  # 1-2
    assert e.received == D(2850) and e.rows[0]["interest"] == D("82.25")
    assert level_value(pay(e), D("0.03"), 12) > D(2850) and e.cost > 36 and verdict["en-ah01"] is True
    e = by["en-ah02"]  # 3
    assert e.rows[0]["interest"] == D("58.50") and total_repaid(e) == D("308.50")
    assert D("58.50") / 250 / 30 <= D("0.008") and e.cost >= 100 and verdict["en-ah02"] is True
    assert "&pound;10.00" in ah02(e) and "further arrears fee" in ah02(e)
    e = by["en-ah03"]  # 4
    assert e.received == D(1860) and e.rows[0]["interest"] == D("50.00")
    assert level_value(pay(e), D("0.03"), 18) > D(1860) and e.cost > 36 and verdict["en-ah03"] is True
    e = by["en-ah04"]  # 5
    assert e.received == D(4350) and e.rows[0]["interest"] == D("116.25")
    assert level_value(pay(e), D("0.35") / 12, 24) < D(4350) < level_value(pay(e), D("0.34") / 12, 24)
    assert 34 < e.cost < 35 and e.verdict is False
    e = by["en-ah05"]  # 6-7
    assert e.received == D(4980) and total_repaid(e) < D(5550) and D(5000) * (1 + D("0.095") * 2) == D(5950)
    pv10 = sum(r["total"] / (1 + D("0.10") / 12) ** r["k"] for r in e.rows)
    assert pv10 < D(4980) and 9 < e.cost < 10 and verdict["en-ah05"] is False
    txt = fc_blocks_text(ah05(e))
    assert "five thousand dollars" in txt and cur(pay(e)) not in txt
    e = by["en-ah06"]  # 8
    assert e.received == D(7840) and e.rows[0]["interest"] == D("94.67")
    assert level_value(pay(e), D("0.16") / 12, 48) < D(7840)
    assert 15 < e.cost < 16 and verdict["en-ah06"] is False
    assert cur(pay(e) * 47) in ah06(e) and cur(total_repaid(e)) in ah06(e) and pay(e) * 47 != total_repaid(e)
    e = by["en-ah07"]  # 9
    assert e.received == D("5700.00") and e.rows[0]["interest"] == D(150) and e.cost is None
    assert verdict["en-ah07"] is None
    assert "$800.00" in ah08(by["en-ah08"]) and verdict["en-ah08"] is False  # 10


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = (bernoulli_x(D(99000), [D("8833.3")] * 12) - 1) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = (bernoulli_x(D(5000), [D(130)] * 48) - 1) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ah, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
