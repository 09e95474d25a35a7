#!/usr/bin/env python3
"""Held-out batch AJ of the fresh phrasing corpus, English side (tests/fresh/en/en-aj*): 8 documents
written for session 32 (helper batchaj-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AI generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_aj_en.py            # (re)write tests/fresh/en/en-aj* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_aj_en.py --check    # recompute and diff the files against the committed ones

The parameters, the arithmetic, the expected.json schema and the writers are those of
fresh_corpus_ai_en.py (and through it of batches A-AI), imported, not copied: every cost is
re-derived by the solvers of batches D-AI (Cauchy included); this batch adds `kantorovich_x`: a
NEWTON iteration whose result is CERTIFIED by the NEWTON-KANTOROVICH THEOREM (Kantorovich 1948;
Ortega 1968), in exact rational arithmetic. For the growth factor x = 1 + i of
g(x) = A - p_1 x^-1 - ... - p_n x^-n (A the amount received, p_k the payments; g increasing and
concave for x > 0, one positive root), Newton runs in 60-digit decimals from x_0 = 1 (from the left
of the root of an increasing concave function the iterates rise monotonically to it) until a step is
below 1e-45. The last iterate x* is then turned into an exact Fraction and checked: eta = |g/g'|(x*),
beta = 1/|g'(x*)|, L = |g''(x* - 2 eta)| (|g''| = sum k(k+1) p_k x^-(k+2) falls as x rises, so its
largest value on the ball [x* - 2 eta, x* + 2 eta] is at the left end); if h = beta L eta <= 1/2 the
theorem puts exactly one root within r = (1 - sqrt(1 - 2h)) / (beta L) <= 2 eta of x*. The script
asserts h <= 1/2 and 2 eta < 1e-30: the rate carries a proved error bound, not a stopping rule. Not
the interval Newton of batch AI-zh (no interval extension, no contraction of an enclosure), not
Cauchy's, Halley's or any of the earlier iterations. It re-solves every multi-payment cost and must
agree with the shared solver to 1e-6 pp: the Reg Z / MAPR figure is (x - 1) x ppy, the UK APRC
x^ppy - 1.

Formats: en-aj02 an HTML page (a UK 60-day loan for a washing machine), en-aj03 a PDF (an Illinois
Navy instructor's loan with a schedule table), en-aj04 a PNG (a New York food-cart loan; set as a PDF
page by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists the .txt and then the
.png), en-aj05 a DOCX (a California note from a stepfather, dates in words); the rest .txt.

The products were checked against the NAMES of every document in tests/fresh/en (A-AI): an Illinois
BASEMENT WATERPROOFING loan confirmed by a welcome letter whose only statement of the term, the count
and the fee is the schedule table (a $6.00 monthly statement fee in its own column, per period: 32.5%
plus the fee is 36.52%, just above 36%); a UK 60-day loan for a WASHING MACHINE on a web page, a
GBP 8.00 handling fee added to the single repayment (at maturity): 0.7944% of the credit a day, just
UNDER the 0.8% cap; an Illinois loan to a NAVY RECRUIT DIVISION COMMANDER at Great Lakes (PDF) whose
cover line says "18-month loan" while its box and its schedule have 24 payments (MAPR 35.87%, just
under 36%); a New York FOOD CART and vending-permit loan on a phone screen (PNG) that states no count
and no term, only the payment, the final payment, the first and last dates and the total (25.51%,
just above 25%); a California STEPFATHER's note with every date in words and the method never named
(10.25%, just above 10%); a NAMIBIA microlender's one-month loan in a chat (N$, out of scope); a
ROOFTOP SOLAR POWER PURCHASE AGREEMENT with a yearly escalator (not credit); an Illinois 120-day
single-payment PROPERTY-TAX loan, dates as ordinal words, a $30.00 fee due with the repayment
(36.13%, just above 36%).

Figures left to be inferred or contradicting (brief): en-aj01 never writes the term, the count or
the fee in words: the 12-row table decides them; en-aj03's cover line "your 18-month loan" contradicts
the box ("Number of payments 24") and the 24-row schedule, which decide: count 24, term 24 months;
en-aj04 states neither the count nor the term: the total of payments, the payment and the final
payment fix 24 (23 x 211.28 + 211.43 = 5,070.87) and so do the first and last due dates; en-aj05
states the principal, the rate, the count and the payment, never the method nor the total: the
payment (265.49) fixes equal instalments (a flat reading would pay 293.13).

FIRST READING. Measured with a copy of the frozen binary of main (/work/bin/loanlint-main copied to
/tmp/loanlint-aj-<pid> before the run) by `scripts/accuracy.py --binary /tmp/loanlint-aj-<pid> --only
en-aj --jobs 1`, after every text, expected value and message was committed (12cdf90a; no expected
value was edited after the run). The first invocation found tesseract missing on this machine (the
PNG "unreadable": 90/124); tesseract-ocr was installed with apt-get and the SAME copy re-run; the
figures below are that second run: 81.3% of the compared fields right (100/123); 1 of the 8 documents
wholly right (en-aj07). Messages (`cargo test --test suite messages_c::`, each sidecar's contract, days and received time):
4/6 in the right tier (demand 2/2, lawful reminder 1/1, likely fraud 1/1, unlawful collection 0/2).

    field                     en
    doc kind         9/12  75.0%
    principal       11/12  91.7%
    received         9/11  81.8%
    term             7/11  63.6%
    method          11/11 100.0%
    count           11/11 100.0%
    rate            10/11  90.9%
    fees             6/11  54.5%
    APR+-tol         8/11  72.7%
    violation       10/11  90.9%
    date             8/11  72.7%
    conflict            -
    all fields    100/123  81.3%

Misses by class at the first reading (the verdicts first):
* false violations: none (en-aj03, MAPR 35.87% for a covered sailor, is judged lawful with no MLA
  finding; en-aj02, just under the UK daily cap, draws no finding, but only because no cost is
  computed at all, see APR).
* missed violations (1 of 6 forms): en-aj08 (Illinois 120-day single payment, 36.13%): "in one
  payment on the thirtieth of August 2026, 120 days after we pay the Treasurer" gives neither the
  term nor the due date ("Term: not stated"), so no cost and no PLPA finding; the handling fee IS read
  as due at maturity. Found: en-aj01 (36.52%: the per-period statement fee is counted in the cost
  from the table's payments though it is not listed as a fee), en-aj04 txt and PNG (New York 25.51%),
  en-aj05 txt and DOCX (California 10.25%).
* APR: en-aj02 txt and HTML (the term sits inside the row "0.75% per day, fixed, on GBP 300.00, for
  60 days: GBP 135.00" and the date in "GBP 443.00 on 8 August 2026": neither is read; the same class
  as en-ai02's "for 45 days" in a row heading), en-aj08 (above).
* fees / received: en-aj01 (the "Stmt fee" column and the letter's "$6.00 statement fee shown in the
  table; it is charged with every payment": no fee listed); en-aj02 txt and HTML (the handling fee
  "added to your repayment (nothing is taken off the credit)" read as DEDUCTED at payout: 292.00
  received instead of 300.00); en-aj04 txt and PNG ("Underwriting fee (kept from loan)" read right as
  withheld but as kind `application`, which the expected kinds do not list: see Decisions).
* principal: en-aj02 HTML only (None from the page; its .txt twin reads 300.00).
* kind: en-aj03 txt and PDF ("Your 18-month loan: agreement, disclosures and payment schedule", signed
  by both: loan_disclosure); en-aj06 (a chat thread "Your loan is approved ... Agreement signed
  electronically": loan_disclosure).
* term: en-aj02 txt and HTML, en-aj08 (above); en-aj06 ("Interest 25% for the month", "Repay ... in
  one payment on 25 April 2026").
* rate: en-aj06 ("Interest 25% for the month = N$500.00" read as 25% a YEAR).
* date: en-aj05 txt and DOCX (every date in words, "the fifteenth day of June, two thousand
  twenty-six": none read); en-aj08 (contract date 2026-07-30 read from the tax PARCEL NUMBER
  "30-07-26-402-011" as a day-first date; the ordinal-word dates "the second of May 2026" are not read).
* count, method: none. en-aj03's contradicting "18-month" cover line is overruled by the box and the
  schedule (24 payments, 24 months: right); en-aj04's unstated count and term are found (24, 24
  months); en-aj05's unnamed method is inferred from the payment.
* messages: en-aj04 (a false threat to have a nurse's LICENSE suspended by the state regulator by
  5 PM, 2 days late, the right sum) and en-aj06 (a GROUP TEXT telling three REFERENCES from the loan
  application, one a pastor, that the borrower is 3 days late on $161.34, with a promise to keep
  messaging the group): both read as lawful reminders with no rule; neither a threat against a
  professional licence nor a disclosure to references in the same message is caught. Right: en-aj01
  (a "servicing transfer fee"; loanlint's lawful figure is even LOWER than the contract's 211.28,
  184.94, since it restates the usurious New York instalment: the README's 211.28 is the contract's
  figure, the tier is the same), en-aj02 (the lender's own bank charge passed on), en-aj03 (the
  per-period statement fee inside the scheduled payment is NOT taken as a demand above the claim),
  en-aj05 (a Bitcoin ATM, msg-pay-unusual-method-en).
* KNOWN_GAPS.tsv / KNOWN_MISSES.tsv: the 24 en-aj lines of target/tmp/fresh_corpus_gaps.tsv (`cargo
  test --test suite fresh_corpus::every_field`) were copied into tests/fresh/KNOWN_GAPS.tsv (kept
  sorted), and the two message misses of target/tmp/messages_aj_en_known_misses.tsv into
  tests/messages_aj_en/KNOWN_MISSES.tsv.

Decisions (said here so that they can be argued with; for the lead to rule on):
* Kinds: every signed agreement or the letter confirming a signed one is loan_contract; en-aj07 (a
  power purchase agreement: electricity bought by the kWh, nothing lent, no principal) is other.
* en-aj01: Illinois PLPA (made after 2021-03-23): the APR is the MAPR (legal.md 2.3 [C]) and the
  monthly statement fee is a finance charge (a service / carrying charge imposed by the creditor as an
  incident of the credit, Reg Z 1026.4(a)-(b) [C]): 36.52% > 36%: violation.
* en-aj02: UK HCSTC (APRC far above 100%, one repayment within 60 days): charges 135.00 interest + the
  8.00 handling fee = 143.00; 143.00 / 300 / 60 = 0.7944% of the credit a day <= 0.8% (CONC 5A [C]);
  143.00 <= 300 (total cost cap [C]); one GBP 15.00 default fee (<= 15 [C]): lawful near the line.
* en-aj03: Illinois PLPA and MLA (an active-duty sailor, covered by the DoD database, as the PDF says):
  origination charge withheld, no insurance or ancillary product: MAPR = Reg Z APR 35.87% <= 36%:
  lawful near both lines. The "18-month" cover line is no violation under legal.md (the box is right).
* en-aj04: New York, a licensed lender: fee withheld, APR 25.51% > 25% (Penal Law 190.40 [C]):
  violation. Its "underwriting fee" is expected as origination / handling / service / other /
  processing (a charge for deciding and making the loan); loanlint reads it as `application`. An
  underwriting fee is charged to the borrower who got the loan, not to every applicant, so I kept
  `application` out; if the lead holds the two to be the same kind, adding it to the accepted kinds is
  the lead's ruling, not an edit of mine after the run (the cost is the same either way: it is withheld).
* en-aj05: California individual lender, personal purpose: 10.25% > 10% (Const. art. XV, legal.md
  2.3): violation, as fresh_corpus.legal_verdict grades it.
* en-aj06: Namibia: outside the bundled rulesets: no cost, no verdict.
* en-aj08: Illinois PLPA: single payment after 120 days of 1,000 + 88.77 interest + the 30.00 fee
  due at maturity: (118.77 / 1,000) x 365 / 120 = 36.13% > 36%: violation.

Hand checks (paper arithmetic, independent of the solvers) are in the comment above `specs` and are
asserted in `check_expectations`. Needs Python >= 3.11, mpmath, reportlab for the PDF and poppler's
pdftoppm for the PNG.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal, localcontext
from fractions import Fraction
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fresh_corpus as fc  # noqa: E402
import fresh_corpus_ai_en as fcai  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_aa_en import words_money  # noqa: E402
from fresh_corpus_ad_en import ORIG_EN  # noqa: E402
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
fin = fcai.fin
PAPER_EN = fcai.PAPER_EN

# ---------------------------------------------------------------------------------------------
# This batch's own solver: Newton, certified by the Newton-Kantorovich theorem in exact rationals
# ---------------------------------------------------------------------------------------------


def _g(A: Fraction, p: list[Fraction], x: Fraction) -> tuple[Fraction, Fraction, Fraction]:
    """g, g' and g'' of g(x) = A - sum p_k x^-k, exactly."""
    inv = 1 / x
    g, g1, g2 = A, Fraction(0), Fraction(0)
    pw = inv  # x^-k
    for k, pk in enumerate(p, 1):
        g -= pk * pw
        g1 += k * pk * pw * inv
        g2 -= k * (k + 1) * pk * pw * inv * inv
        pw *= inv
    return g, g1, g2


def kantorovich_x(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The growth factor x = 1 + i with sum p_k x^-k = A: Newton, then a Kantorovich certificate."""
    with localcontext() as ctx:
        ctx.prec = 60
        A, p = advance, payments
        x = D(1)
        for _ in range(500):
            inv = 1 / x
            g = A - sum(pk * inv ** k for k, pk in enumerate(p, 1))
            g1 = sum(k * pk * inv ** (k + 1) for k, pk in enumerate(p, 1))
            h = -g / g1
            x += h
            if abs(h) < D("1e-45"):
                break
        else:
            raise AssertionError("Newton did not settle")
    # the certificate, in exact rationals
    Af, pf, xf = Fraction(advance), [Fraction(v) for v in payments], Fraction(x)
    g, g1, _ = _g(Af, pf, xf)
    eta = abs(g / g1)
    beta = 1 / abs(g1)
    L = abs(_g(Af, pf, xf - 2 * eta)[2])
    hk = beta * L * eta
    assert hk <= Fraction(1, 2), ("Kantorovich condition fails", float(hk))
    assert 2 * eta < Fraction(1, 10**30), ("Kantorovich radius too wide", float(eta))
    return x


def kantorovich_percent(s: Spec) -> Decimal:
    x = kantorovich_x(s.net_received, [r["total"] for r in s.rows])
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = 50
        return (x ** ppy - 1 if s.apr_method == "eu-aprc" else (x - 1) * ppy) * 100


def kantorovich_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    k = kantorovich_percent(s)
    assert abs(s.cost - k) < D("1e-6"), (s.name, s.cost, k)


def compute_aj(s: Spec) -> None:
    fcai.compute_ai(s)  # batch AI's compute: the solvers of batches A-AI
    kantorovich_check(s)


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------

ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
       "twenty-ninth", "thirtieth", "thirty-first"]
YEAR_WORDS = {2026: "two thousand twenty-six", 2027: "two thousand twenty-seven", 2028: "two thousand twenty-eight"}


def day_words(d: dt.date) -> str:
    """2026-06-15 -> 'the fifteenth day of June, two thousand twenty-six'."""
    return f"the {ORD[d.day]} day of {d.strftime('%B')}, {YEAR_WORDS[d.year]}"


def ord_words(d: dt.date) -> str:
    """2026-05-02 -> 'the second of May 2026'."""
    return f"the {ORD[d.day]} of {d.strftime('%B')} {d.year}"


def nad(x: Decimal) -> str:
    return f"N${r2(x):,.2f}"


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def aj01(s: Spec) -> str:
    """An Illinois basement-waterproofing loan: a welcome letter, term, count and fee only in the table."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"{r['k']:>4}   {mdy(r['date'])}   {r['interest']:>8.2f}   {r['principal']:>9.2f}   "
                     f"{r['fees']:>6.2f}   {r['total']:>8.2f}" for r in s.rows)
    return f"""DRY HOLLOW HOME CREDIT CO.
Licensed under the Illinois Consumer Installment Loan Act
1175 N Larkin Ave, Joliet, IL 60435

{long_en(s.contract_date)}

Dear Ms. Oyelowo-Brandtner,

Welcome, and thank you for choosing Dry Hollow. Your loan of {cur(P)} was signed today and the full
amount has been paid to Three Rivers Foundation Repair for the interior drain tile, the sump pit
and the battery back-up pump at 2208 Cass St, Joliet, IL 60432.

Your loan carries interest at {plain(s.rate_value)}% per annum, simple interest on the unpaid principal.
Our account servicing is paid through the {cur(f.amount)} statement fee shown in the table; it is
charged with every payment and is not refundable.

Please keep this payment table with your loan papers. Every figure you owe is on it.

 No.   Due date     Interest   Principal    Stmt fee   Payment
{rows}

Payments are drawn from your checking account ending 4471 unless you tell us otherwise. A payment
more than 15 days late costs $15.00. You may repay in full at any time; interest stops on the day we
receive it, and no statement fee is charged after the loan is paid off.

Questions? Call Renata at (815) 555-0179, Monday to Friday.

Dry Hollow Home Credit Co.
Borrower's signature on file: A. Oyelowo-Brandtner
"""


def aj02(s: Spec) -> str:
    """A UK 60-day loan for a washing machine (HTML), a handling fee added to the single repayment."""
    P, r, f = s.principal, s.rows[0], s.fees[0]
    charges = total_repaid(s) - s.received
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>SpinCycle Credit - agreement summary</title></head>
<body>
<div class="brand">SpinCycle Credit Ltd &bull; 41 Deansgate, Manchester M3 2BW &bull; FCA firm reference 974410</div>
<h2>Summary of your loan agreement</h2>
<p>Agreement SC-0617-22, made on {s.contract_date.strftime('%A')} {s.contract_date.day} {s.contract_date.strftime('%B %Y')}.
The money went straight to Hallam Appliances for your new washing machine (delivery and removal of the old one included).</p>
<table class="summary">
<tr><td>Credit</td><td>{gbp(P)}, paid out on {s.start_date.day} {s.start_date.strftime('%B %Y')}</td></tr>
<tr><td>Interest</td><td>{plain(s.rate_value)}% per day, fixed, on {gbp(P)}, for {s.term_days} days: {gbp(r['interest'])}</td></tr>
<tr><td>Handling fee</td><td>{gbp(f.amount)}, added to your repayment (nothing is taken off the credit)</td></tr>
<tr><td>Your one repayment</td><td>{gbp(r['total'])} on {r['date'].day} {r['date'].strftime('%B %Y')}</td></tr>
<tr><td>Total cost of credit</td><td>{gbp(charges)}</td></tr>
<tr><td>Representative APR</td><td>{r2(s.cost):,.1f}%</td></tr>
</table>
<p>If you pay late we may charge a single default fee of &pound;15.00 and keep charging {plain(s.rate_value)}% per day
on what is overdue. You have 14 days to withdraw. Early repayment is free: you pay interest only for the days you had the money.</p>
<p class="warn">Warning: late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.</p>
</body></html>
"""


def aj03(s: Spec) -> str:
    """An Illinois loan to a Navy instructor at Great Lakes (PDF): '18-month' cover line, 24 payments."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"  {r['k']:>2}   {mdy(r['date'])}   {cur(r['total']):>9}   {cur(r['interest']):>8}   "
                     f"{cur(r['principal']):>9}" for r in s.rows)
    return f"""LAKESHORE ANCHOR FINANCIAL, LLC - 3120 Grand Ave, Waukegan, IL 60085 - IL CILA license CI-7751
Your 18-month loan: agreement, disclosures and payment schedule          Dated {mdy(s.contract_date)}
Borrower: Chief Petty Officer Dariela M. Fonseca-Lindahl, Recruit Training Command, Naval Station Great Lakes
Military Lending Act status: COVERED BORROWER - active duty (checked against the DoD MLA database today)
Purpose: household move - a used minivan's transmission rebuild and two months' storage unit

TRUTH IN LENDING DISCLOSURES
  Annual Percentage Rate ......... {r2(s.cost):.2f}%
  Finance Charge ................. {cur(fin(s))}
  Amount Financed ................ {cur(s.received)}
  Total of Payments .............. {cur(total_repaid(s))}
  Number of payments ............. {s.n}     Amount of each: {cur(pay(s))}{last(s)}
  When due ....................... monthly, from {mdy(due(s, 1))}

ITEMIZATION: loan principal {cur(P)}; less origination charge kept by Lakeshore Anchor {cur(f.amount)};
paid to you by direct deposit {cur(s.received)}. Interest: {plain(s.rate_value)}% simple, on the unpaid principal.

   #   Due          Payment     Interest    Principal
{rows}

Statement of the Military Annual Percentage Rate: federal law provides important protections to members
of the Armed Forces and their dependents relating to extensions of consumer credit. In general, the cost
of consumer credit to a member of the Armed Forces and his or her dependent may not exceed an annual
percentage rate of 36 percent. For an oral statement call (847) 555-0121.
No credit insurance, debt protection or other product is sold with this loan. Late charge: $10.00 after
15 days. No prepayment penalty. Illinois law governs.
Borrower: D. M. Fonseca-Lindahl                     For Lakeshore Anchor Financial: P. Okonjo
"""


def aj04(s: Spec) -> str:
    """A New York food-cart loan on a phone screen (PNG): no count, no term; payment, final and total."""
    P, f = s.principal, s.fees[0]
    return f"""9:41                                           LTE  82%
< Loans                 CART CAPITAL NY
---------------------------------------------------
Loan CC-88104 - ACTIVE
Signed {short(s.contract_date)}
Borrower: Yusuf Adebayo-Marchetti, Jackson Heights, Queens NY 11372
For: a stainless steel food cart + mobile vending permit fees
---------------------------------------------------
Loan amount                               {cur(P)}
Underwriting fee (kept from loan)          -{cur(f.amount)}
Sent to your bank {short(s.start_date)}          {cur(s.received)}
---------------------------------------------------
Interest rate (fixed, per year)              {plain(s.rate_value)}%
Monthly payment                             {cur(pay(s))}
Last payment ({short(end(s))})              {cur(s.rows[-1]['total'])}
First payment due                         {short(due(s, 1))}
Total you will pay                        {cur(total_repaid(s))}
APR                                          {r2(s.cost):.2f}%
---------------------------------------------------
Late? A $20.00 fee after 10 days.  Pay early any time, no penalty.
Cart Capital NY LLC - licensed lender, NYS DFS
      [ Make a payment ]      [ Statements ]
"""


def short(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def aj05(s: Spec) -> list:
    """A California stepfather's note, every date in words, the method never named (DOCX)."""
    P = s.principal
    return [
        ("p", "PROMISSORY NOTE"),
        ("p", f"Made at Sacramento, California, on {day_words(s.contract_date)}."),
        ("p", "Lender: Teodoro B. Vasquez-Ahlgren, 5519 Fair Oaks Blvd, Carmichael, California 95608, stepfather of the "
              "Borrower, lending his own savings."),
        ("p", "Borrower: Mireille K. Ahlgren-Dube, 2711 J Street Apt 3, Sacramento, California 95816."),
        ("p", f"1. The Lender lends the Borrower {words_money(P)} ({cur(P)}), handed over by cashier's check on "
              f"{day_words(s.start_date)}, so that she can buy a reliable used car to reach her new job."),
        ("p", f"2. Interest runs on the unpaid balance at ten and one quarter percent ({plain(s.rate_value)}%) a year."),
        ("p", f"3. The Borrower repays the loan in {words_int(s.n)} ({s.n}) payments of {words_money(pay(s))} "
              f"({cur(pay(s))}){last(s)}, one each month, the first on {day_words(due(s, 1))} and the last on "
              f"{day_words(end(s))}."),
        ("p", "4. No fee of any kind is charged. The Borrower may pay ahead or pay everything off at any time."),
        ("p", "5. This note is governed by the laws of the State of California."),
        ("p", "Signed: M. K. Ahlgren-Dube, Borrower            T. B. Vasquez-Ahlgren, Lender"),
    ]


def words_int(n: int) -> str:
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = {2: "twenty", 3: "thirty", 4: "forty"}
    if n < 20:
        return ones[n]
    return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")


def aj06(s: Spec) -> str:
    """A Namibian microlender's one-month loan in a chat thread (out of scope)."""
    P, r = s.principal, s.rows[0]
    d, e = s.contract_date, r["date"]
    return f"""[{d.strftime('%d/%m/%Y')}, 08:12] Kalahari QuickCash (Windhoek): Good morning Ndapewa! Your loan is approved.
[{d.strftime('%d/%m/%Y')}, 08:12] Kalahari QuickCash (Windhoek): Amount: {nad(P)} paid to your Bank Windhoek account today.
[{d.strftime('%d/%m/%Y')}, 08:13] Kalahari QuickCash (Windhoek): Interest {plain(s.rate_value)}% for the month = {nad(r['interest'])}. No other charges.
[{d.strftime('%d/%m/%Y')}, 08:13] Kalahari QuickCash (Windhoek): Repay {nad(r['total'])} in one payment on {e.day} {e.strftime('%B %Y')} (your pay day) by debit order.
[{d.strftime('%d/%m/%Y')}, 08:20] Ndapewa S. Amupolo: Ok thank you. So I pay {nad(r['total'])} on the {e.day}th?
[{d.strftime('%d/%m/%Y')}, 08:21] Kalahari QuickCash (Windhoek): Yes. Agreement signed electronically, ref KQC-2026-55190. Registered with NAMFISA as a microlender.
[{d.strftime('%d/%m/%Y')}, 08:21] Kalahari QuickCash (Windhoek): Governed by the laws of the Republic of Namibia.
"""


def aj07(_s: Spec) -> str:
    """A rooftop solar power purchase agreement with a yearly escalator (not credit)."""
    return """SUNRIDGE HOME ENERGY - RESIDENTIAL POWER PURCHASE AGREEMENT (SUMMARY OF KEY TERMS)
Customer: Priyanka & Owen Delacroix-Mbeki, 77 Larch Lane, Flagstaff, AZ 86001     Agreement date: 2026-04-14

What you are buying: the electricity produced by a 7.2 kW solar system that Sunridge installs, owns,
insures and maintains on your roof. You do not buy the system and you are not borrowing money.

Price of electricity, year 1 ............ $0.119 per kWh
Annual price escalator ................... 2.9% each year on the anniversary
Estimated year-1 production .............. 11,400 kWh  (estimated year-1 cost $1,356.60)
Term ..................................... 20 years from the date the system is switched on
Installation cost to you ................. $0.00
Monthly bill ............................. kWh produced that month x the price per kWh; no fixed payment

There is no loan, no interest, no finance charge and no annual percentage rate. If you sell your home,
the buyer may take over this agreement or you may buy the system at its fair market value.
Sunridge Home Energy LLC, ROC license 338812
"""


def aj08(s: Spec) -> str:
    """An Illinois 120-day single-payment property-tax loan: ordinal word dates, a fee at maturity."""
    P, r, f = s.principal, s.rows[0], s.fees[0]
    return f"""WILL COUNTY TAX-TIME LOANS, INC. (Illinois Consumer Installment Loan Act licence CI-6990)
803 Plainfield Rd, Joliet, Illinois 60435

SINGLE-PAYMENT LOAN AGREEMENT

This agreement is made on {ord_words(s.contract_date)} between Will County Tax-Time Loans, Inc. ("we")
and Cornelius T. Abernathy-Osei, 1904 Ingalls Ave, Joliet, Illinois 60435 ("you").

1. We lend you {cur(P)}, which we pay on {ord_words(s.start_date)} directly to the Will County Treasurer
   for the second installment of your 2025 real estate taxes (parcel 30-07-26-402-011).
2. You will repay everything in one payment on {ord_words(r['date'])}, {s.term_days} days after we pay the Treasurer.
3. Interest is {plain(s.rate_value)}% a year, simple, on {cur(P)} for those {s.term_days} days: {cur(r['interest'])}.
4. A loan handling fee of {cur(f.amount)} is due together with the repayment. It is not taken from the loan.
5. Your one payment: {cur(P)} + {cur(r['interest'])} + {cur(f.amount)} = {cur(r['total'])}.
6. If the payment is more than 10 days late we may charge $15.00. You may repay early; interest is then
   charged only to the day of repayment, but the handling fee stays due.
7. Illinois law governs this agreement.

Signed: C. T. Abernathy-Osei (borrower)        M. Rutkowski, for Will County Tax-Time Loans, Inc.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# 1. en-aj01: 3,000 x 32.5% / 12 = 81.25 first interest; 12 payments of the level instalment + 6.00;
#    at 3% a month the 12 payments (fee included) are worth more than 3,000: APR above 36%; without
#    the fee (32.5%) they would be under 36%.
# 2. en-aj02: 300 x 0.75% x 60 = 135.00; + 8.00 = 143.00 charges; repaid 443.00; 143 / 300 / 60 =
#    0.007944 < 0.008; 143 < 300.
# 3. en-aj03: 2,400 - 72 = 2,328 received; first interest 2,400 x 32.5% / 12 = 65.00; at 3% a month the
#    24 payments are worth less than 2,328, at 2.9% a month more: APR between 34.8% and 36%.
# 4. en-aj04: 4,000 - 60 = 3,940 received; first interest 4,000 x 23.9% / 12 = 79.67; at 25% / 12 the
#    24 payments are worth more than 3,940: APR above 25%; 23 x pay + last = the total shown.
# 5. en-aj05: 10.25% > 10% with no fee: APR = the note rate; a flat reading would pay
#    7,000 x (1 + 10.25% x 2.5) / 30 = 293.13 a month; the stated payment (265.49) is below 290.
# 6. en-aj06: 2,000 x 25% = 500.00 interest; 2,500.00 repaid.
# 7. en-aj08: 1,000 x 27% x 120 / 365 = 88.77; 1,000 + 88.77 + 30 = 1,118.77; 0.11877 x 365 / 120 =
#    36.125% > 36%; without the fee 8.877% x 365 / 120 = 27.00%.


def specs() -> list[Spec]:
    return [
        c("en-aj01-illinois-basement-waterproofing-loan-welcome-letter-schedule-table-monthly-statement-fee-above-36",
          aj01, **USD, principal=D(3000), method="equal_installment", n=12, term_months=12, rate_value=D("32.5"),
          fees=[Fee("statement fee", ["service", "management", "account", "other", "administration"], "per_period",
                    amount=D(6))],
          jurisdiction="US-IL", contract_date=date(2026, 5, 19), start_date=date(2026, 5, 19),
          lender_type="licensed_nonbank", disclose_apr=False,
          notes=["32.5% plus a 6.00 statement fee in each of 12 payments: APR above 36%; the term, count and fee "
                 "are stated only by the schedule table"]),
        c("en-aj02-uk-washing-machine-60-day-loan-html-handling-fee-added-to-repayment-just-under-daily-cap", aj02,
          "html", **GBP, principal=D(300), method="bullet", freq="single", n=1, term_days=60, rate_value=D("0.75"),
          rate_per="day", fees=[Fee("handling fee", ["handling", "service", "processing", "other"], "at_maturity",
                                    amount=D(8))],
          contract_date=date(2026, 6, 9), start_date=date(2026, 6, 9), lender_type="licensed_nonbank",
          opts={"default_fee": D(15)},
          notes=["0.75% a day for 60 days plus an 8.00 fee paid with the repayment: 0.7944% of the credit a day <= 0.8%"]),
        c("en-aj03-illinois-navy-recruit-instructor-transmission-loan-schedule-pdf-cover-says-18-months-mapr-just-under-36",
          aj03, "pdf", **USD, principal=D(2400), method="equal_installment", n=24, term_months=24, rate_value=D("32.5"),
          fees=[Fee("origination charge", ORIG_EN, "upfront_deducted", amount=D(72))], jurisdiction="US-IL",
          contract_date=date(2026, 7, 8), start_date=date(2026, 7, 8), lender_type="licensed_nonbank",
          notes=["32.5% and 72 withheld from 2,400 over 24 months: MAPR just under 36%; the cover line's '18-month' "
                 "contradicts the box and the 24-row schedule, which decide"]),
        c("en-aj04-new-york-food-cart-loan-phone-screen-png-no-count-no-term-total-fixes-them-above-25", aj04, **USD,
          principal=D(4000), method="equal_installment", n=24, term_months=24, rate_value=D("23.9"),
          fees=[Fee("underwriting fee", ORIG_EN + ["processing"], "upfront_deducted", amount=D(60))],
          jurisdiction="US-NY", contract_date=date(2026, 4, 6), start_date=date(2026, 4, 6),
          lender_type="licensed_nonbank", opts={"png": True},
          notes=["23.9% and 60 withheld from 4,000: APR just above 25%; the count and term are not written: the "
                 "total, the payment, the last payment and the dates fix 24 months"]),
        c("en-aj05-california-stepfather-used-car-note-dates-in-words-method-unnamed-docx-just-over-10", aj05, "docx",
          **USD, principal=D(7000), method="equal_installment", n=30, term_months=30, rate_value=D("10.25"),
          jurisdiction="US-CA", contract_date=date(2026, 6, 15), start_date=date(2026, 6, 15),
          lender_type="individual", disclose_apr=False,
          notes=["10.25% by an individual lender for a personal purpose: above the 10% of Const. art. XV; the "
                 "method is not named: the payment fixes equal instalments"]),
        c("en-aj06-namibia-microlender-one-month-loan-chat-thread-out-of-scope", aj06, lang="en", currency="NAD",
          apr_method=None, jurisdiction="NA", principal=D(2000), method="bullet", freq="single", n=1,
          term_months=1, rate_value=D("25"), rate_per="month", contract_date=date(2026, 3, 25),
          start_date=date(2026, 3, 25), lender_type="licensed_nonbank",
          notes=["Namibia: outside the bundled rulesets; 25% for one month on 2,000 = 500"]),
        c("en-aj07-rooftop-solar-power-purchase-agreement-yearly-escalator-not-credit", aj07, lang="en",
          currency="USD", **OTHER, notes=["a power purchase agreement: electricity bought by the kWh, nothing lent"]),
        c("en-aj08-illinois-property-tax-120-day-single-payment-loan-ordinal-word-dates-fee-at-maturity-just-over-36",
          aj08, **USD, principal=D(1000), method="bullet", freq="single", n=1, term_days=120, rate_value=D("27"),
          fees=[Fee("loan handling fee", ["handling", "service", "processing", "other"], "at_maturity", amount=D(30))],
          jurisdiction="US-IL", contract_date=date(2026, 5, 2), start_date=date(2026, 5, 2),
          lender_type="licensed_nonbank", disclose_apr=False,
          notes=["27% for 120 days plus a 30.00 fee due with the repayment: APR 36.13% > 36%"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-aj01"]  # 1
    assert e.received == D(3000) and e.rows[0]["interest"] == D("81.25") and e.rows[0]["fees"] == D(6)
    assert level_value(pay(e), D("0.03"), 12) > D(3000) and e.cost > 36 and verdict["en-aj01"] is True
    assert level_value(pay(e) - 6, D("0.03"), 12) < D(3000)
    txt = aj01(e)
    assert "12 " not in txt.split("Please keep")[0] and "twelve" not in txt and "month" not in txt.split("No.")[0]
    e = by["en-aj02"]  # 2
    assert e.rows[0]["interest"] == D("135.00") and total_repaid(e) == D("443.00") and e.received == D(300)
    assert D(143) / 300 / 60 < D("0.008") and D(143) < 300 and verdict["en-aj02"] is False and e.cost >= 100
    e = by["en-aj03"]  # 3
    assert e.received == D(2328) and e.rows[0]["interest"] == D("65.00")
    assert level_value(pay(e), D("0.03"), 24) < D(2328) < level_value(pay(e), D("0.029"), 24)
    assert D("34.8") < e.cost < 36 and verdict["en-aj03"] is False and "18-month" in aj03(e)
    e = by["en-aj04"]  # 4
    assert e.received == D(3940) and e.rows[0]["interest"] == D("79.67")
    assert level_value(pay(e), D("0.25") / 12, 24) > D(3940) and 25 < e.cost < 26 and verdict["en-aj04"] is True
    assert pay(e) * 23 + e.rows[-1]["total"] == total_repaid(e)
    txt = aj04(e)
    assert "24" not in txt and "month" not in txt.lower().replace("monthly payment", "")
    e = by["en-aj05"]  # 5
    assert abs(e.cost - D("10.25")) < D("0.01") and verdict["en-aj05"] is True
    assert r2(D(7000) * (1 + D("0.1025") * D("2.5")) / 30) == D("293.13") and pay(e) < 290
    txt = fc_blocks_text(aj05(e))
    assert "seven thousand dollars" in txt and "equal" not in txt and "amortiz" not in txt and "2026" not in txt
    e = by["en-aj06"]  # 6
    assert e.rows[0]["interest"] == D(500) and total_repaid(e) == D(2500) and verdict["en-aj06"] is None
    assert verdict["en-aj07"] is False
    e = by["en-aj08"]  # 7
    assert e.rows[0]["interest"] == D("88.77") and total_repaid(e) == D("1118.77")
    assert abs(e.cost - D("0.11877") * 365 / 120 * 100) < D("1e-9") and e.cost > 36 and verdict["en-aj08"] is True


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = (kantorovich_x(D(99000), [D("8833.3")] * 12) - 1) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = (kantorovich_x(D(5000), [D(130)] * 48) - 1) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_aj, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
