#!/usr/bin/env python3
"""Held-out batch AA of the fresh phrasing corpus, English side (tests/fresh/en/en-aa*): 12 documents
written for session 27 without reading the extractors, the rulesets' rules, the locales or the
engine's tests, to measure whether the work on batches A-Z generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_aa_en.py            # (re)write tests/fresh/en/en-aa* (txt, pdf, html, png, expected.json)
    python3 scripts/fresh_corpus_aa_en.py --check    # recompute and diff the files against the committed ones

Self-contained driver and renderers; the parameters, the arithmetic, the expected.json schema and
the writers are those of fresh_corpus_z_en.py (and through it of batches A-Z): every cost is
re-derived by the solvers of batches D-Z; this batch adds a twenty-fourth, `king_rate`: KING's
fourth-order family (King 1973) with beta = 1, worked in the periodic rate i on
g(i) = sum p_k (1 + i)^-k - advance (decreasing and convex for i > -1): the Newton point
y = i - g(i)/g'(i), then i' = y - g(y)/g'(i) x (g(i) + g(y)) / (g(i) - g(y)) (beta = 0 would be
Ostrowski's step, which batch X used; beta = 1 weights g(y) differently and is a distinct
iteration); two values and one slope per step; safeguarded by the bracket [lo, hi] that every value
of g narrows (a step leaving it falls back to the Newton point, then to the midpoint); 90-digit
decimals. It re-solves every multi-payment cost (and the Illinois MAPR of en-aa05, whose cash
application fee it counts) and must agree with the shared solver to 1e-6 pp; for the UK APRC the
periodic solution is turned into (1 + i)^ppy - 1 exactly as the shared Annex I solver's t = k/ppy
flows imply.

One document is a PNG image (en-aa06): the text is set as a PDF page by batch A's writer and rendered
by `pdftoppm -r 150 -png`; `files` lists the .txt and then the .png. PDF: en-aa05 (a two-column
loan summary). HTML: en-aa02 (an e-mail whose repayment table uses ROWSPAN cells).

The products were checked against the NAMES of every document in tests/fresh/en (A-Z): an Illinois
car-title loan RENEWED (rolled over) once, the renewal receipt alone; a UK employer-sponsored
SALARY-DEDUCTION loan in an HTML e-mail with a rowspan table; a Manitoba instalment loan in one long
paragraph above the 35% criminal rate; a New York bank loan whose Truth in Lending figures give no
count and no term (the count only from the total of payments / the payment); an Illinois loan for
IMMIGRATION LEGAL FEES paid to a law firm, as a two-column PDF, with a cash application fee that the
MAPR counts; an Illinois credit union HOLIDAY LOAN app screen (PNG) with the application fee
withheld; a NIGERIAN digital lender's loan offer in naira (out of scope); a CREDIT REPORT excerpt with
tradelines (not a loan); a New York EMPLOYER's loan to an employee with the figures in words and the
dates as "the 3rd day of November, 2026", above 25%; a UK high-cost short-term loan repaid WEEKLY
by an SMS thread just under the 0.8%-a-day rate; an Illinois loan whose box shows an APR that leaves
out the origination fee withheld; a California GODMOTHER's tuition loan agreed in an e-mail chain
with quoted replies at 9.75%.

FIRST READING. Measured with the frozen binary of main (/work/bin/loanlint-main) by
`scripts/accuracy.py --binary /work/bin/loanlint-main --only en-aa --jobs 1`, after every text and
expected value was committed (86e115e, messages included; nothing was edited after the run): 58.1%
of the compared fields right (90/155); 2 of the 12 documents wholly right (en-aa03 the Manitoba
paragraph above 35%, en-aa08 the credit report). The 65 misses are the en-aa lines of
tests/fresh/KNOWN_GAPS.tsv (written from the accuracy script's list; no debug build was made, so the
format-parity lines, if the suite wants any, are not checked: the PDF, HTML and PNG twins miss
exactly what their .txt twins miss). Messages (the same binary's `message` subcommand with each
sidecar's contract, days and received times): 6/8 in the right tier (demand 1/2, lawful reminder
2/2, fraud 2/2, unlawful collection 1/2); en-aa02 and en-aa08 are the lines of
tests/messages_aa_en/KNOWN_MISSES.tsv.

    field                     en
    doc kind        11/15  73.3%
    principal       10/15  66.7%
    received         8/14  57.1%
    term             6/14  42.9%
    method           5/14  35.7%
    count            5/14  35.7%
    rate            10/13  76.9%
    fees            10/14  71.4%
    APR+-tol         2/14  14.3%
    violation       11/14  78.6%
    date            12/14  85.7%
    conflict            -
    all fields     90/155  58.1%

Misses by class at the first reading (the verdicts first):
* false violations: en-aa04 (New York bank, no count printed: "$280.82 per month ... until the
  Total of Payments is paid" read as ONE payment a month away, so an APR of 316.44% is computed and
  the box's 15.89% is called inaccurate: us-tila-apr-inaccurate on a lawful, correctly disclosed
  loan).
* missed violations: en-aa09 (the New York employer's note: the sum in words "three thousand
  dollars" and "two and one quarter percent (2 1/4%) per month" not read: no principal, no rate,
  no APR, no finding); en-aa11 (the Illinois note: the 150 origination fee "deducted from the loan
  proceeds" with the net 1,850 stated is not taken off the amount received: the APR is computed as
  the box's 34.90%, so neither the Reg Z misdisclosure nor the 36% PLPA line is found). en-aa01's
  verdict is right (us-il-pla-apr-above-36: the 25% monthly fee annualised to 300%) though no
  principal and no APR are read.
* APR absent or wrong (12 of 14): en-aa01 (no principal: "Principal still owed (carried into this
  renewal) ... $1,200.00" not read); en-aa02 HTML and txt (the rowspan table: "Months 1 to 23 | ... |
  £135.55 each" and the last row not read as 24 monthly payments: no count, method or term); en-aa04
  (above); en-aa05 txt and PDF (the two-column summary: "How many ..... 18" / "How often ....
  monthly" in the right column not read; the "the 3rd day of November, 2026" signing date not read);
  en-aa06 txt and PNG (a screen with "Payments left 10 of 10" and "Monthly payment": no count); en-aa09
  (words); en-aa10 (the SMS "Borrow £400.00 over 8 weeks ... Repay £63.26 every week": nothing
  read); en-aa11 (fee deducted, above); en-aa12 (the e-mail chain with quoted replies read as
  `other`: nothing read).
* principal / received: en-aa01, en-aa07 (naira "₦150,000.00" not read as money), en-aa09, en-aa10,
  en-aa12 (no principal); en-aa11 received 2,000 for 1,850.
* fees: en-aa01 (the 25% "Monthly title loan fee" read as a per-period fee of 300.00: the writer
  modelled it as the loan's rate, 25% a month; a ruling is asked below); en-aa05 txt and PDF (the
  application fee "paid by you today, by card; not taken from the loan" read with timing other, not
  at_disbursement / upfront_paid); en-aa07 (the management fee in naira not read).
* method / count / term: en-aa02 (x2), en-aa05 (x2), en-aa06 (x2), en-aa10, en-aa12 nothing read;
  en-aa04 read as one bullet payment over a month.
* rate: en-aa01 (no "interest" word: the 25% is a fee; see the ruling asked), en-aa09 (words),
  en-aa12 (in a quoted reply, "9.75% a year").
* dates: en-aa05 txt and PDF ("Signed in Chicago, Illinois, on the 3rd day of November, 2026").
* kinds: en-aa04 read as loan_disclosure (a TIL statement signed at the loan date with the note:
  the writer reads it as the record of a made loan); en-aa07 read as loan_disclosure (a loan OFFER
  screen with [ACCEPT OFFER]: by the lead's session-26 ruling on pre-contract pages loanlint may be
  right; the writer's expected loan_contract is left unchanged for the lead to rule on); en-aa10 read
  as loan_disclosure (an SMS thread in which the borrower replies SIGN and the lender confirms the
  agreement is signed: the writer holds loan_contract); en-aa12 read as other (a family loan agreed
  in an e-mail chain).

Rulings asked of the lead (ambiguities in what is "right", no expected value changed):
* en-aa01: is a title lender's "monthly title loan fee (25% of principal)", the loan's whole
  finance charge, a RATE of 25% a month (as written here, fees []) or a per-period FEE of 300.00
  (as loanlint reads it)? The APR (300%) and the verdict are the same either way.
* en-aa07: a loan offer screen not yet accepted: loan_contract (as written) or loan_disclosure (as
  loanlint reads it, and as the session-26 ruling on pre-contract pages suggests)?
* en-aa04: a TIL disclosure statement signed on the loan date with "Amount paid to you directly
  ... credited to your checking account today": loan_contract (as written) or loan_disclosure?

Lead's rulings (session 27, after the run; expected files regenerated by this script):
* en-aa07 and en-aa04 are `loan_disclosure`: an offer screen not yet accepted is a pre-contract
  page (as en-d05's SECCI), and a TIL statement that refers to "your note" for the terms of
  nonpayment is the disclosure given with the note, not the note (as en-w14).
* en-aa01 stays as written (a rate of 25% a month); loanlint's per-period fee of 300.00 is the
  other fair reading of the same charge, and the APR and verdict agree: a fees/rate gap of the
  writer's choice, as en-b10's.

Decisions (said here so that they can be argued with):
* Kinds: the renewal receipt, the signed agreements, the accepted screen and the e-mail chain that
  agrees the loan are loan_contract; en-aa07 (Nigeria) is a loan out of scope: no cost, no
  verdict; en-aa08 (a credit report) is other.
* en-aa01: the receipt is of the RENEWAL: a new one-month term on the same 1,200, its own 300.00
  finance charge (25% a month), made on 2026-11-09 (after 2021-03-23): Illinois PLPA applies to
  loans "made or renewed" (legal.md [C]); APR 300.00% > 36%: a violation. The first month's fee
  already paid is history (not a fee of this contract).
* en-aa02: UK, APRC 8.19%, not high-cost short-term credit: no price cap; lawful.
* en-aa03: Manitoba, 39.9% a year, no fee, 52 biweekly payments: APR 39.90% > 35% (Criminal Code s.
  347 as amended, from 2025-01-01 [S]; the corpus's Canadian policy): a violation.
* en-aa04: New York bank, APR 15.89%, no fee: <= 16%: lawful near the civil line.
* en-aa05: Illinois; the 40.00 application fee is paid in cash at signing (at_disbursement;
  upfront_paid accepted by the shared aliases); the MAPR counts application fees (legal.md 2.1,
  Illinois row [C]): the APR with it is just under 36%: lawful near the line. The box's APR
  (the same figure) is therefore right.
* en-aa06: Illinois credit union; the 25.00 application fee withheld is in the APR: lawful.
* en-aa07: Nigeria: outside the bundled rulesets; the 3% management fee deducted is a fee.
* en-aa09: New York: 2.25% a month = 27% a year > 25%: criminal usury for a lender of any kind [C]:
  a violation (an employer is not exempt).
* en-aa10: UK HCSTC (APRC far above 100%, 8 weeks): 0.79% a day on the balance, under the 0.8%
  daily cap; charges well under 100%: lawful near the line.
* en-aa11: Illinois; the box shows 34.90% (the note rate: the 150 origination fee withheld is left
  out); the true APR is above 36% and more than 1/8 pp above the box: a violation (both reasons).
* en-aa12: a California individual (the borrower's godmother) at 9.75% <= 10%: lawful near the line.

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
import fresh_corpus_r as fcr  # noqa: E402
import fresh_corpus_z_en as fcz  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_t_en import cheque_words  # noqa: E402
from fresh_corpus_x_en import level_value  # noqa: E402
from fresh_corpus_y_en import g_and_slope  # noqa: E402
from fresh_corpus_z_en import GBP, PREC  # noqa: E402

date = dt.date


# ---------------------------------------------------------------------------------------------
# This batch's own solver: King's fourth-order family (beta = 1) in the periodic rate
# ---------------------------------------------------------------------------------------------


def king_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, by King's step (beta = 1).

    g and g' are batch Y's `g_and_slope` (the equation is the same; the iteration is this batch's).
    """
    with localcontext() as ctx:
        ctx.prec = PREC
        adv, flows = D(advance), [D(p) for p in payments]
        assert sum(flows) >= adv, "a negative rate: not handled"
        lo, hi = D(0), D(10)  # the root stays inside: g(lo) >= 0 > g(hi)
        i = D(0)
        for _ in range(300):
            gi, slope = g_and_slope(adv, flows, i)
            if gi == 0:
                return i
            lo, hi = (i, hi) if gi > 0 else (lo, i)
            y = i - gi / slope
            candidate = y
            if lo < y < hi:
                gy = g_and_slope(adv, flows, y)[0]
                if gi != gy:
                    king = y - gy / slope * (gi + gy) / (gi - gy)
                    if lo <= king <= hi:
                        candidate = king
            if not lo <= candidate <= hi:
                candidate = (lo + hi) / 2
            done = abs(candidate - i) < D("1e-70")
            i = candidate
            if done:
                break
        return i


def king_percent(s: Spec) -> Decimal:
    """The cost by King's step alone: nominal (Reg Z, MAPR) or, for the APRC, (1 + i)^ppy - 1."""
    i = king_rate(s.net_received, [r["total"] for r in s.rows])
    with localcontext() as ctx:
        ctx.prec = PREC
        ppy = fc.PPY[s.freq]
        return ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100


def king_check(s: Spec) -> None:
    if s.cost is not None and len(s.rows) > 1:
        assert abs(s.cost - king_percent(s)) < D("1e-6"), (s.name, s.cost)


def compute_aa(s: Spec) -> None:
    fcz.compute_z(s)  # batch Z's compute: the solvers of batches A-Z
    king_check(s)


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------


def ngn(x: Decimal) -> str:
    return f"N{r2(x):,.2f}".replace("N", "\u20a6")


def day_ordinal(d: dt.date) -> str:
    """2026-11-03 -> 'the 3rd day of November, 2026'."""
    n = d.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suffix} day of {d.strftime('%B')}, {d.year}"


def words_money(x: Decimal) -> str:
    """Cheque words in a sentence: 'Three Thousand and 00/100 Dollars' -> lower case words."""
    return cheque_words(x).replace(" and 00/100 Dollars", " dollars").lower()


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def aa01(s: Spec) -> str:
    """An Illinois car-title loan renewal receipt: the same 1,200 rolled over for another month."""
    P, row = s.principal, s.rows[0]
    first = date(2026, 10, 9)
    return f"""CARDINAL TITLE CASH OF ILLINOIS, INC.
4020 E State St, Rockford, IL 61108  -  Store #14  -  (815) 555-0142
================================================================
                 LOAN RENEWAL RECEIPT AND AGREEMENT
================================================================
Customer: Dwayne R. Petty              Original loan no.: RT-14-55120
Vehicle:  2012 Chevrolet Impala LT     Original loan date: {mdy(first)}

TODAY ({mdy(s.contract_date)}) YOU PAID:
  Title loan fee for the first month ................. {cur(P / 4)}
  Principal paid down ................................ $0.00
  Cash / card tendered ............................... {cur(P / 4)}

YOUR LOAN IS RENEWED ON THESE TERMS:
  Principal still owed (carried into this renewal) ... {cur(P)}
  Monthly title loan fee (25% of principal) .......... {cur(row['interest'])}
  Amount due at end of renewal term .................. {cur(row['total'])}
  Renewal due date ................................... {mdy(row['date'])}
  ANNUAL PERCENTAGE RATE ............................. {apr_text(s)}

If you cannot pay the full amount on the due date you may come in and renew again by paying the
monthly fee. Each renewal is a new loan. We hold your title until the loan is paid in full.
Customer signature: D. Petty                Store associate: K. Lindqvist
"""


def aa02(s: Spec) -> str:
    """A UK employer-sponsored salary-deduction loan: HTML e-mail, rowspan repayment table."""
    P = s.principal
    regular, final = pay(s), s.rows[-1]["total"]
    span = s.n - 1
    cells = []
    for r in s.rows[:-1]:
        head = f'<td rowspan="{span}">Months 1 to {span}</td>' if r["k"] == 1 else ""
        amount = f'<td rowspan="{span}" align="right">{gbp(regular)} each</td>' if r["k"] == 1 else ""
        cells.append(f"<tr>{head}<td>{uk_date(r['date'])}</td>{amount}</tr>")
    first_rows = "\n".join(cells)
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Your Wagewise loan agreement</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<div><b>From:</b> Wagewise Employee Finance &lt;agreements@wagewise.example&gt;</div>
<div><b>To:</b> Priya Raghunathan</div>
<div><b>Date:</b> {uk_date(s.contract_date)}</div>
<div><b>Subject:</b> Signed: your fixed-sum loan agreement (repaid from your salary)</div>
<p>Dear Priya,</p>
<p>Thank you for signing your loan agreement today. Your loan is offered through your employer,
Harcourt &amp; Vale Engineering Ltd, and is repaid by deduction from your net monthly salary. Your
employer does not see why you borrowed and does not lend to you: the lender is Wagewise Employee
Finance Ltd (authorised and regulated by the Financial Conduct Authority, FRN 812204).</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th colspan="2">Key figures</th></tr>
<tr><td>Amount of credit</td><td align="right">{gbp(P)}, paid to your bank account today</td></tr>
<tr><td>Interest rate</td><td align="right">{plain(s.rate_value)}% a year, fixed</td></tr>
<tr><td>Arrangement fee</td><td align="right">none</td></tr>
<tr><td>Representative APR</td><td align="right">{f"{r2(s.cost):.1f}"}%</td></tr>
<tr><td>Total amount payable</td><td align="right">{gbp(total_repaid(s))}</td></tr>
</table>
<p>Your deductions:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Deductions</th><th>Payday</th><th>Amount</th></tr>
{first_rows}
<tr><td>Month {s.n} (last)</td><td>{uk_date(s.rows[-1]['date'])}</td><td align="right">{gbp(final)}</td></tr>
</table>
<p>If you leave Harcourt &amp; Vale before the loan is repaid, we will collect the remaining
repayments from your bank account by Direct Debit on the same dates. You can withdraw within 14 days
and repay early at any time without a fee.</p>
<p>Kind regards,</p>
<p>The Wagewise team, 20 Station Road, Reading RG1 1JX</p>
</body></html>
"""


def aa03(s: Spec) -> str:
    """A Manitoba instalment loan in one long paragraph, biweekly, above 35%."""
    P = s.principal
    return (
        "PRAIRIE CROCUS CREDIT INC. - INSTALMENT LOAN AGREEMENT (Winnipeg, Manitoba)\n\n"
        f"This agreement is made on {long_en(s.contract_date)} between Prairie Crocus Credit Inc., 1155 "
        "Portage Avenue, Winnipeg MB R3G 0S9 (the lender), and Shawna Beardy of 71 Redwood Avenue, "
        f"Winnipeg MB (you), and under it the lender advances to you the sum of CAD {cur(P)}, sent to you "
        f"by Interac e-Transfer on the date of this agreement, on which interest accrues at the fixed rate of "
        f"{plain(s.rate_value)}% per annum, calculated and payable every two weeks on the balance you owe, and you "
        f"will repay the loan and interest by {s.n} consecutive biweekly payments of CAD {cur(pay(s))} "
        + (f"(the last being CAD {cur(s.rows[-1]['total'])}) " if s.rows[-1]["total"] != pay(s) else "")
        + f"beginning on {long_en(due(s, 1))} and ending on {long_en(end(s))}, so that the total you will have "
        f"paid is CAD {cur(total_repaid(s))} and the total cost of borrowing is CAD {cur(finance_charge(s))}, "
        f"expressed as an annual percentage rate of {apr_text(s)}, with no other fee or charge payable "
        "to obtain this loan; you may prepay the whole or any part of the balance at any time without "
        "penalty, and if a payment is returned by your financial institution a fee of CAD $20.00 applies, "
        "which is not part of the cost of borrowing.\n\n"
        "Signed electronically by Shawna Beardy.   For the lender: M. Kowalchuk, Branch Manager\n"
    )


def aa04(s: Spec) -> str:
    """A New York bank loan whose disclosure gives no count and no term: count = total / payment."""
    P = s.principal
    return f"""HUDSON MERCHANTS SAVINGS BANK
Personal Installment Note - Federal Truth-in-Lending Disclosure Statement
Borrower(s): Ramon Estrella and Lucia Estrella, 88 Ferry St, Newburgh NY 12550
Loan date: {long_en(s.contract_date)}          Loan officer: D. Whitacre

   ANNUAL PERCENTAGE RATE ........ {apr_text(s)}
   FINANCE CHARGE ................ {cur(finance_charge(s))}
   Amount Financed ............... {cur(P)}
   Total of Payments ............. {cur(total_repaid(s))}

Payments: {cur(pay(s))} per month{last(s)}, the first on {long_en(due(s, 1))} and then on
the same day of each following month until the Total of Payments is paid.
Itemization: Amount paid to you directly {cur(P)} (credited to your checking account today).
Prepaid finance charge $0.00.
Late charge: 5% of the payment, if 15 days late. Prepayment: you will not pay a penalty.
Security: none. See your note for any additional information about nonpayment and default.

We have signed the note and received a completed copy of this statement on the loan date.
_______________________ Ramon Estrella          _______________________ Lucia Estrella
"""


def aa05(s: Spec) -> str:
    """An Illinois immigration-legal-fee loan, two-column summary (PDF); a cash application fee."""
    P = s.principal
    f = s.fees[0]
    left = [
        "YOUR LOAN",
        f"Loan amount ........ {cur(P)}",
        "Paid directly to:",
        "  Okafor & Ruiz Immigration",
        "  Law Group, P.C., Chicago",
        f"Interest rate ...... {plain(s.rate_value)}%/yr",
        f"Application fee .... {cur(f.amount)}",
        "  (paid by you today, by card;",
        "   not taken from the loan)",
        f"APR ................ {apr_text(s)}",
        f"Finance charge ..... {cur(finance_charge(s))}",
    ]
    right = [
        "YOUR PAYMENTS",
        f"How many ........... {s.n}",
        "How often .......... monthly",
        f"Amount ............. {cur(pay(s))}",
        f"Final payment ...... {cur(s.rows[-1]['total'])}",
        f"First due .......... {mdy(due(s, 1))}",
        f"Last due ........... {mdy(end(s))}",
        f"Total of payments .. {cur(total_repaid(s))}",
        "Late fee: $15 after 15 days",
        "Prepay any time, no penalty",
        "",
    ]
    body = "\n".join(f"{a:<40}{b}" for a, b in zip(left, right))
    return f"""PUENTE FAMILY LENDING, LLC                         Illinois Consumer Installment Lender
2437 S Kedzie Ave, Chicago, IL 60623                License CI-7156
LOAN SUMMARY AND AGREEMENT - IMMIGRATION LEGAL SERVICES LOAN          Loan no. PFL-26-03318

Borrower: Alejandra Mendoza Quispe, 3310 W 26th St, Chicago, IL 60623
Purpose: attorney's fees for a family-based adjustment of status (Form I-485 package)

{body}

By signing, you agree to repay this loan as shown. Signed in Chicago, Illinois, on {day_ordinal(s.contract_date)}.
Borrower ______________________          Puente Family Lending, LLC ______________________
"""


def aa06(s: Spec) -> str:
    """An Illinois credit union's holiday-loan app screen (PNG); the application fee withheld."""
    P = s.principal
    f = s.fees[0]
    return f"""9:41                                              LTE  67%
<  Loans                                    Loan details
Rock Valley Community Credit Union
HOLIDAY LOAN  ****2207                        Status: Funded
Opened                 {long_en(s.contract_date)}
Loan amount            {cur(P)}
Application fee        -{cur(f.amount)} (taken from the loan)
Deposited to Share 01  {cur(s.received)}
Rate                   {plain(s.rate_value)}% fixed
APR                    {apr_text(s)}
Monthly payment        {cur(pay(s))}{last(s)}
Payments left          {s.n} of {s.n}
Next payment due       {mdy(due(s, 1))}
Payoff date            {mdy(end(s))}
[ Make a payment ]   [ Set up autopay ]   [ Statements ]
Federally insured by NCUA. Loves Park, Illinois.
"""


def aa07(s: Spec) -> str:
    """A Nigerian digital lender's loan offer screen, naira: out of scope."""
    P = s.principal
    f = s.fees[0]
    rows = "\n".join(f"  Repayment {r['k']}   {r['date'].strftime('%d/%m/%Y')}   {ngn(r['total'])}" for r in s.rows)
    return f"""KoboLift  -  Loan offer
Licensed by the FCCPC under the Digital Lending Regulations; a product of KoboLift Finance Ltd, Lagos
Date: {s.contract_date.strftime('%d/%m/%Y')}      Customer: Chukwuemeka Obi (BVN ending 5521)

Loan amount approved ........... {ngn(P)}
Management fee 3% .............. {ngn(f.amount)} (deducted at disbursement)
You will receive ............... {ngn(s.received)}
Interest ....................... {plain(s.rate_value)}% per month on the outstanding balance
Tenor .......................... {s.n} months
{rows}
Total repayment ................ {ngn(total_repaid(s))}

Late repayment attracts a 1% daily penalty on the amount overdue.
[ ACCEPT OFFER ]        [ Decline ]
"""


def aa08(_s: Spec) -> str:
    """A credit report excerpt listing tradelines: not a loan document."""
    return """EQUIFACTS CONSUMER DISCLOSURE - PAGE 3 OF 7            Report date: 11/30/2026
Consumer: Danielle M. Korhonen      File number: 4471-0092-33

ACCOUNT HISTORY
Creditor                     Type          Opened   Limit/Orig   Balance   Pay status    Monthly
MIDWEST AUTO CREDIT          Installment   03/2024  $18,450      $9,812    Current       $412
LAKE EFFECT FCU              Revolving     07/2019  $6,000       $1,148    Current       $35
NAVIENT/DEPT OF ED           Student       09/2015  $27,500      $14,330   Deferred      $0
SUMMIT BANK VISA             Revolving     01/2021  $2,500       $2,441    30 days late  $74
PRAIRIE DENTAL FINANCE       Installment   02/2025  $3,200       $1,077    Current       $146

Last 24 months (newest first) for SUMMIT BANK VISA:
OK OK 30 OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK OK

INQUIRIES (hard): SUMMIT BANK 10/14/2026; CARMAX AUTO FINANCE 03/02/2024
This is not a bill. To dispute an item, visit equifacts.example/dispute or call 1-800-555-0199.
"""


def aa09(s: Spec) -> str:
    """A New York employer's loan to an employee, figures in words, ordinal dates, 2.25% a month."""
    P = s.principal
    return f"""EMPLOYEE LOAN AGREEMENT

THIS AGREEMENT is made {day_ordinal(s.contract_date)}, at Yonkers, New York, between CASTELLANO BROTHERS
MASONRY, INC., a New York corporation (the "Company"), and TOMASZ WIERZBICKI, of 14 Vineyard Avenue,
Yonkers, New York (the "Employee").

FIRST: The Company lends to the Employee the sum of {words_money(P)}, paid to the Employee by Company
check on the date of this Agreement, to meet the Employee's family medical expenses.

SECOND: The Employee shall pay interest on the unpaid balance at two and one quarter percent (2 1/4%)
per month.

THIRD: The Employee shall repay the loan with interest in twelve (12) equal monthly installments of
{words_money(pay(s))} each{", the last installment being " + words_money(s.rows[-1]['total']) if s.rows[-1]['total'] != pay(s) else ""}, the first
installment being due on {day_ordinal(due(s, 1))} and the remaining installments on the same day of
each month thereafter.

FOURTH: The Employee authorizes the Company to withhold each installment from his wages on the
payday nearest its due date. If the Employee's employment ends, the unpaid balance becomes due
within thirty days.

FIFTH: This Agreement is governed by the laws of the State of New York.

IN WITNESS WHEREOF the parties have signed this Agreement on the day and year first written above.
CASTELLANO BROTHERS MASONRY, INC., by Vincent Castellano, President      _______________ Tomasz Wierzbicki
"""


def aa10(s: Spec) -> str:
    """A UK high-cost short-term loan repaid weekly, agreed in an SMS thread."""
    P = s.principal

    def d(x: dt.date) -> str:
        return x.strftime("%a ") + f"{x.day} {x.strftime('%b')}"

    return f"""Messages - Penny Lane Credit
{d(s.contract_date)} {s.contract_date.year}, 11:02
Penny Lane Credit: Hi Kirsty, your application is approved! Borrow {gbp(P)} over {s.n} weeks. Interest 0.79% per day on what you owe, no fees. Repay {gbp(pay(s))} every week{last(s, gbp)}, first repayment {d(due(s, 1))}, last {d(end(s))}. Total to repay {gbp(total_repaid(s))}. Representative APR {r2(s.cost):,.1f}%.
Penny Lane Credit: Read your agreement & pre-contract info: plc.example/a/77310. Reply SIGN to sign it.
Me: SIGN
Penny Lane Credit: Thanks Kirsty, your agreement is signed and {gbp(P)} is on its way to your account ending 0183 by Faster Payments. You have 14 days to withdraw.
Me: what if im late
Penny Lane Credit: A missed repayment costs a one-off {gbp(D(12))} fee. Talk to us first, we can help. Free debt advice: moneyhelper.org.uk
Penny Lane Credit Ltd, Bolton BL1 1AA. Authorised and regulated by the FCA (FRN 733201). Warning: Late repayment can cause you serious money problems.
"""


def aa11(s: Spec) -> str:
    """An Illinois loan whose box APR leaves out the origination fee withheld."""
    P = s.principal
    f = s.fees[0]
    return f"""GREAT LAKES NEIGHBOR LOANS, INC.  (Illinois Consumer Installment Loan Act licensee, CI-3308)
1919 W 95th St, Chicago, IL 60643
PROMISSORY NOTE AND DISCLOSURE                               Date: {mdy(s.contract_date)}
Borrower: Keisha Lamont Grant, 10520 S Wood St, Chicago, IL 60643

[ ANNUAL PERCENTAGE RATE: {plain(s.disclosed_apr_override)}% ]  [ Amount Financed: {cur(P)} ]  [ Monthly Payment: {cur(pay(s))} ]

I promise to pay to Great Lakes Neighbor Loans, Inc. the principal sum of {cur(P)}, with interest at
{plain(s.rate_value)}% per year on the unpaid principal balance, in {s.n} monthly installments of {cur(pay(s))}{last(s)},
due on the {due(s, 1).day}th day of each month starting {long_en(due(s, 1))}.

Origination fee: {cur(f.amount)}, deducted from the loan proceeds. Net amount sent to my bank account:
{cur(s.received)}.

Late charge: $10.00 if a payment is 10 or more days late. I may prepay this note at any time; the
origination fee is fully earned at closing and is not refunded.

Borrower signature: Keisha L. Grant             Witness: R. Banerjee
"""


def aa12(s: Spec) -> str:
    """A California godmother's tuition loan agreed in an e-mail chain with quoted replies."""
    P = s.principal
    return f"""From: Marisela Gutierrez-Park <marisela.gp@mailbox.example>
To: Danica Park <danicap@mailbox.example>
Date: {long_en(s.contract_date)}, 8:14 PM
Subject: Re: Re: nursing school money

Deal, mija. I'll transfer the {cur(P)} to your account tomorrow morning so it lands before the
tuition deadline. Printing this thread and we'll both sign it on Sunday.
Love, Madrina

On {long_en(s.contract_date)}, 6:40 PM, Danica Park wrote:
> Madrina, thank you thank you. I ran it through the calculator: {cur(P)} at
> {plain(s.rate_value)}% over {s.n} months comes to {cur(pay(s))} a month{last(s)}, starting
> {long_en(due(s, 1))} (the month after I start at Kaiser). Total would be {cur(total_repaid(s))}.
> Does that look right?
>
> On {long_en(s.contract_date)}, 2:05 PM, Marisela Gutierrez-Park wrote:
>> I can lend you the {cur(P)} for the San Diego program. I don't want to charge you
>> much but your uncle says I should charge something so it's a real loan. Let's say
>> {plain(s.rate_value)}% a year, paid monthly over three years. No fees, pay it off early whenever.
>> Both of us live in Chula Vista so California law I guess.
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-aa01: 1,200 x 25% = 300.00 for one month; (1,500 / 1,200 - 1) x 12 = 0.25 x 12 = 300.00% > 36%.
# * en-aa02: 3,000 at 7.9% / 12 = 0.658333% a month over 24: 1 - 1.00658333^-24 = 0.145708;
#   19.75 / 0.145708 = 135.545 -> 135.55 (the last 135.43); APRC 1.00658333^12 - 1 = 8.19%.
# * en-aa03: 39.9% / 26 = 1.534615% a fortnight over 52: 70.13 (the last 70.44); at 35% / 26 the 52
#   payments are worth 70.13 x 37.22 = 2,610.5 > 2,500: the APR is above 35%.
# * en-aa04: 8,000 at 15.89% / 12 over 36: 280.82; at 16% / 12 the annuity factor is 28.4438 and
#   280.82 x 28.4438 = 7,987.6 < 8,000: the APR is below 16%; 36 = the total 10,109.59 / 280.82
#   rounded up (35 x 280.82 = 9,828.70, the last 280.89).
# * en-aa05: 4,500 at 34.6% / 12 over 18: 323.97; received net of the 40 card fee 4,460; at 3% a
#   month the 18 payments are worth 323.97 x 13.753513 = 4,455.7 < 4,460: the MAPR is below 36%
#   (35.86%); without the fee it is the note rate 34.60%.
# * en-aa06: 1,200 at 17.9% / 12 over 10: 130.06; 1,175 received; at 2% a month worth
#   130.06 x 8.982585 = 1,168.3 < 1,175: the APR is below 24% (22.69%).
# * en-aa09: 3,000 at 2.25% a month over 12: 1 - 1.0225^-12 = 0.234333; 67.50 / 0.234333 = 288.05;
#   2.25 x 12 = 27% > 25%.
# * en-aa10: 0.79% x 365 / 52 = 5.5452% a week; 400 over 8 weeks: 63.26 (the last 63.25), 506.07
#   payable; charges 106.07 / 400 / 56 days = 0.47% a day <= 0.8%; 106.07 <= 400.
# * en-aa11: 2,000 at 34.9% / 12 over 24: 116.93; 1,850 received; at 3% a month the 24 payments are
#   worth 116.93 x 16.935542 = 1,980.3 > 1,850: the APR is above 36% (43.71%), 8.8 pp above the box.
# * en-aa12: 12,000 at 9.75% / 12 over 36: 385.80 (the last 385.78); 9.75% <= 10%.

APPLICATION_EN = ["application", "origination", "handling", "other"]
ORIGINATION_EN = ["origination", "handling", "service", "other"]


def specs() -> list[Spec]:
    return [
        c("en-aa01-illinois-car-title-loan-renewal-receipt-rolled-over-once", aa01, **USD, principal=D(1200),
          method="bullet", n=1, freq="single", term_months=1, rate_value=D(25), rate_per="month",
          jurisdiction="US-IL", contract_date=date(2026, 11, 9), start_date=date(2026, 11, 9),
          lender_type="licensed_nonbank",
          notes=["the renewal: a new one-month term on the same 1,200 at 25% a month (300.00); the first month's fee paid today is not a fee of this renewal"]),
        c("en-aa02-uk-salary-deduction-employee-loan-email-rowspan-table-html", aa02, "html", **GBP,
          principal=D(3000), method="equal_installment", n=24, term_months=24, rate_value=D("7.9"),
          contract_date=date(2026, 11, 16), start_date=date(2026, 11, 16), lender_type="licensed_nonbank",
          notes=["(1 + 0.079/12)^12 - 1 = 8.19%: not high-cost short-term credit"]),
        c("en-aa03-manitoba-instalment-loan-one-paragraph-biweekly-above-35", aa03, lang="en", currency="CAD",
          apr_method="us-regz", jurisdiction="CA-MB", principal=D(2500), method="equal_installment", n=52,
          freq="biweek", rate_value=D("39.9"), contract_date=date(2026, 11, 12), start_date=date(2026, 11, 12),
          lender_type="licensed_nonbank", notes=["39.9% no fee: APR 39.90% > 35%"]),
        c("en-aa04-new-york-bank-tila-statement-no-count-no-term-near-16", aa04, **USD, principal=D(8000),
          method="equal_installment", n=36, term_months=36, rate_value=D("15.89"), jurisdiction="US-NY",
          contract_date=date(2026, 11, 20), start_date=date(2026, 11, 20), lender_type="bank",
          kind="loan_disclosure", opts={"no_rate_compare": True},
          notes=["no rate, count or term printed: 36 only from the total of payments / the payment; APR 15.89% <= 16%"]),
        c("en-aa05-illinois-immigration-legal-fee-loan-two-column-pdf-cash-application-fee", aa05, "pdf", **USD,
          principal=D(4500), method="equal_installment", n=18, term_months=18, rate_value=D("34.6"),
          fees=[Fee("application fee", APPLICATION_EN, "at_disbursement", amount=D(40))], jurisdiction="US-IL",
          contract_date=date(2026, 11, 3), start_date=date(2026, 11, 3), lender_type="licensed_nonbank",
          notes=["the 40 application fee paid by card at signing: in the MAPR; APR just under 36%"]),
        c("en-aa06-illinois-credit-union-holiday-loan-app-screen-fee-withheld", aa06, **USD, principal=D(1200),
          method="equal_installment", n=10, term_months=10, rate_value=D("17.9"),
          fees=[Fee("application fee", APPLICATION_EN, "upfront_deducted", amount=D(25))], jurisdiction="US-IL",
          contract_date=date(2026, 11, 2), start_date=date(2026, 11, 2), lender_type="credit_union",
          opts={"png": True}, notes=["the 25 fee withheld: 1,175 deposited; APR about 22%"]),
        c("en-aa07-nigeria-digital-lender-loan-offer-naira-out-of-scope", aa07, lang="en", currency="NGN",
          apr_method=None, jurisdiction="NG", principal=D(150000), method="equal_installment", n=3,
          term_months=3, rate_value=D(9), rate_per="month",
          fees=[Fee("management fee", ["management", "service", "handling", "other"], "upfront_deducted",
                    amount=D(4500))],
          contract_date=date(2026, 11, 25), start_date=date(2026, 11, 25), lender_type="licensed_nonbank",
          kind="loan_disclosure", notes=["Nigeria: outside the bundled rulesets; 3% of 150,000 = 4,500 deducted"]),
        c("en-aa08-credit-report-tradelines-excerpt-not-a-loan", aa08, lang="en", currency="USD", **OTHER,
          notes=["a consumer credit report page: it lists loans, extends none"]),
        c("en-aa09-new-york-employer-loan-to-employee-words-ordinal-dates-above-25", aa09, **USD, principal=D(3000),
          method="equal_installment", n=12, term_months=12, rate_value=D("2.25"), rate_per="month",
          jurisdiction="US-NY", contract_date=date(2026, 11, 3), start_date=date(2026, 11, 3), lender_type="company",
          disclose_apr=False, notes=["2.25% a month = 27% a year > 25%"]),
        c("en-aa10-uk-weekly-short-term-loan-sms-thread-just-under-daily-cap", aa10, **GBP, principal=D(400),
          method="equal_installment", n=8, freq="week", term_days=56, rate_value=D("0.79"), rate_per="day",
          contract_date=date(2026, 11, 6), start_date=date(2026, 11, 6), lender_type="licensed_nonbank",
          opts={"default_fee": D(12)},
          notes=["0.79% a day on the balance, 5.53% a week, 8 weekly repayments; charges far under 100%"]),
        c("en-aa11-illinois-note-box-apr-leaves-out-origination-fee-withheld", aa11, **USD, principal=D(2000),
          method="equal_installment", n=24, term_months=24, rate_value=D("34.9"),
          fees=[Fee("origination fee", ORIGINATION_EN, "upfront_deducted", amount=D(150))], jurisdiction="US-IL",
          contract_date=date(2026, 11, 18), start_date=date(2026, 11, 18), lender_type="licensed_nonbank",
          disclosed_apr_override=D("34.9"),
          notes=["the box's 34.90% leaves out the 150 withheld; 1,850 received"]),
        c("en-aa12-california-godmother-tuition-loan-email-chain-quoted-replies", aa12, **USD, principal=D(12000),
          method="equal_installment", n=36, term_months=36, rate_value=D("9.75"), jurisdiction="US-CA",
          contract_date=date(2026, 11, 19), start_date=date(2026, 11, 19), lender_type="individual",
          disclose_apr=False, notes=["9.75% <= 10%, a California individual lender"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-aa01"]
    assert e.rows[0]["interest"] == D(300) and e.cost == D(300) and verdict["en-aa01"] is True
    e = by["en-aa02"]
    assert pay(e) == D("135.55") and abs(e.cost - D("8.19")) < D("0.005") and verdict["en-aa02"] is False
    e = by["en-aa03"]
    assert level_value(pay(e), D("0.35") / 26, 52) > D(2500) and e.verdict is True
    e = by["en-aa04"]
    assert pay(e) == D("280.82") and level_value(pay(e), D(16) / 1200, 36) < D(8000) and verdict["en-aa04"] is False
    assert " 36 " not in aa04(e) and "15.89%" in aa04(e) and "month" in aa04(e)
    e = by["en-aa05"]
    assert pay(e) == D("323.97") and e.net_received == D(4460) and level_value(D("323.97"), D("0.03"), 18) < D(4460)
    assert king_percent(e) < 36 and verdict["en-aa05"] is False
    e = by["en-aa06"]
    assert pay(e) == D("130.06") and e.received == D(1175) and level_value(pay(e), D("0.02"), 10) < D(1175)
    assert verdict["en-aa06"] is False
    assert verdict["en-aa07"] is None and by["en-aa07"].cost is None and by["en-aa07"].received == D(145500)
    assert verdict["en-aa08"] is False
    e = by["en-aa09"]
    assert pay(e) == D("288.05") and verdict["en-aa09"] is True and "$" not in aa09(e)
    e = by["en-aa10"]
    assert pay(e) == D("63.26") and total_repaid(e) == D("506.07") and verdict["en-aa10"] is False
    assert e.cost >= 100  # high-cost short-term credit: the caps apply
    e = by["en-aa11"]
    assert pay(e) == D("116.93") and e.received == D(1850) and level_value(pay(e), D("0.03"), 24) > D(1850)
    assert king_percent(e) > 36 and verdict["en-aa11"] is True
    e = by["en-aa12"]
    assert pay(e) == D("385.80") and verdict["en-aa12"] is False


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = king_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = king_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_aa, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
