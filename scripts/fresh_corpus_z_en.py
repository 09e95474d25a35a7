#!/usr/bin/env python3
"""Held-out batch Z of the fresh phrasing corpus, English side (tests/fresh/en/en-d*): 12 documents
written for session 26 without reading the extractors, the rulesets' rules, the locales or the
engine's tests, to measure whether the work on batches A-Y generalises to documents nobody has seen.

    python3 scripts/fresh_corpus_z_en.py            # (re)write tests/fresh/en/en-d* (txt, pdf, html, png, expected.json)
    python3 scripts/fresh_corpus_z_en.py --check    # recompute and diff the files against the committed ones

Self-contained driver and renderers; the parameters, the arithmetic, the expected.json schema and
the writers are those of fresh_corpus_y_en.py (and through it of batches A-Y): every cost is
re-derived by the solvers of batches D-Y; this batch adds a twenty-third, `jarratt_rate`: JARRATT's
fourth-order method (Jarratt 1966), worked directly in the periodic rate i on
g(i) = sum p_k (1 + i)^-k - advance (decreasing and convex for i > -1): with u = g(i)/g'(i) and the
two-thirds point y = i - 2u/3, i' = i - u (3 g'(y) + g'(i)) / (6 g'(y) - 2 g'(i)) (Newton's step
when the two slopes agree); two slopes and one value per step, no second derivative; safeguarded by
the bracket [lo, hi] that every value of g narrows (a step leaving it is replaced by the midpoint);
90-digit decimals. It re-solves every multi-payment cost (and the Illinois MAPR of en-d01, which no
other solver is asked for) and must agree with the shared solver to 1e-6 pp; for the EU / UK APRC
the periodic solution is turned into (1 + i)^12 - 1 exactly as the shared Annex I solver's t = k/12
flows imply.

One document is a PNG image (en-d03): the text is set as a PDF page by batch A's writer and rendered
by `pdftoppm -r 150 -png`; `files` lists the .txt and then the .png. PDF: en-d01 (a bordered Truth in
Lending box and an itemization); HTML: en-d02 (an e-mail with the whole schedule as a table).

The products were checked against the NAMES of every document in tests/fresh/en: an Illinois
finance-company car loan whose amount financed carries a GAP waiver and a service contract (the GAP
waiver is optional under Regulation Z but counts in the Illinois MAPR); a New York credit union's
loan-approval e-mail with the full schedule table (HTML); a Nova Scotia instalment loan screen near
the 35% criminal rate (PNG); an Illinois loan agreed by SMS at an ADD-ON rate, weekly, whose count
is only the range of Fridays; a German bank's SECCI in English with EUROPEAN number formats
(8.500,00 EUR); a pay stub with a 401(k) loan deduction (not a loan); a UK six-month high-cost loan
at 0.8% a day whose charges exceed 100% of the credit; a California note between neighbours with the
amounts in WORDS at "one percent per month"; an Illinois truck-driving-school tuition loan as a
RIGHT-ALIGNED figures table whose count is only total / payment; an Indian NBFC's personal-loan
Key Fact Statement (the RBI's format, with its own APR line; out of scope); a New York online loan
confirmation with no rate, every other Monday, the count only from the first and final dates; a New
York orthodontics loan in numbered clauses repaid in EQUAL PRINCIPAL (declining payments).

FIRST READING. Measured with the frozen binary of main (/work/bin/loanlint-main) by
`scripts/accuracy.py --binary /work/bin/loanlint-main --only en-d --jobs 1`, after every text and
expected value was committed (7c18247, messages included): 81.3% of the compared fields right
(126/155); 3 of the 12 documents wholly right (en-d06 the pay stub, en-d07 the UK total-cost cap,
en-d09 the count only from total / payment); en-d02's HTML is wholly right too, its .txt twin misses
only its date. The 29 misses are the en-d lines of tests/fresh/KNOWN_GAPS.tsv (the worktree's debug
build of the same code, 903a2a0, gives the same 29 in `cargo test --test suite fresh_corpus::`; no
format-parity line). Messages (the same binary's `message` subcommand with each sidecar's contract,
days and received times, and the harness of that debug build alike): 6/8 in the
right tier (demand 2/2, lawful reminder 2/2, fraud 1/2, unlawful collection 1/2); en-z06 and en-z07
are the lines of tests/messages_z_en/KNOWN_MISSES.tsv.

    field                     en
    doc kind        14/15  93.3%
    principal       14/15  93.3%
    received        12/14  85.7%
    term             9/14  64.3%
    method           9/14  64.3%
    count            8/14  57.1%
    rate            13/13 100.0%
    fees            13/14  92.9%
    APR+-tol        11/14  78.6%
    violation       10/14  71.4%
    date            13/14  92.9%
    conflict            -
    all fields    126/155  81.3%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: en-d01 txt and PDF (the GAP waiver financed is not counted in the Illinois
  MAPR: the Reg Z APR 29.90% is read and judged under 36%); en-d08 (a California individual at "one
  percent per month": the rate, the 12.00% APR and the principal in words are all read, yet no
  finding: the lender "my neighbour Ruth Okamoto" is not taken for a non-exempt individual, or
  California not for the jurisdiction); en-d11 (no count from "every other Monday" with a first and
  a final date: no APR, so no New York usury finding).
* APR absent: en-d04 (no principal: "Amount $1,200.00" inside the SMS line not read; no count from
  the first and last Friday), en-d11 (as above), en-d12 (equal principal: no method, count or term
  from "12 equal monthly principal installments of $400.00", so no schedule and no APR).
* principal / received: en-d04 principal and received (the SMS); en-d10 received 150,000 for
  146,460 (the KFS's "Net disbursed amount" line not read).
* fees: en-d10 (the processing fee read as 2% with timing other, not the 3,540 deducted from the
  disbursal; a "Penal charges" line also read as a per-period fee).
* method / count / term: en-d03 txt and PNG ("18 monthly x $216.52" read as ONE bullet payment over
  a month); en-d04, en-d11 (count only from first and last dates: nothing read); en-d10 (count 3, no
  method); en-d12 (equal principal: nothing read).
* rates: none (13/13, the add-on 19%, 0.8% a day and 1% a month all right).
* dates: en-d02 .txt (the e-mail's "Sent: November 18, 2026" not taken as the contract date; the
  HTML twin is right).
* kinds: en-d05 read as loan_disclosure: a SECCI is by law PRE-contract information; the document
  says "Date of this information and of the agreement", and the writer expected loan_contract. A
  ruling is needed (see below).

Noticed after measuring:
* en-d01's violation_reason first said "36 x 449.26" (a payment the writer guessed before the schedule
  was computed; the schedule's payment is 448.98, the last 449.17, MAPR 36.89%). The reason string
  was corrected after the run (a provable slip of the writer's; no compared field changes; the hand
  check in `check_expectations` had already asserted 448.98).
* en-d05: SECCI as loan_contract vs loan_disclosure (the lead's session-23 ruling keeps pre-contract
  pages loan_disclosure; the writer read "the agreement" date as making it a record of a concluded
  contract). Left unchanged: the lead decides.

Lead's ruling (session 26, after the run): en-d05 is a `loan_disclosure`. The SECCI is the form the
Consumer Credit Directive requires BEFORE the contract, whatever date line it carries; earlier
batches' SECCI and pre-contract pages are expected as loan_disclosure too. Its expected kind was
changed to that (kind="loan_disclosure").

Decisions (said here so that they can be argued with):
* Kinds: signed agreements, notes, accepted loan screens, SMS agreements and confirmations of a
  made loan are loan_contract; en-d06 (a pay stub) is other; en-d10 (India) is a loan out of scope:
  no cost, no verdict.
* en-d01: the GAP waiver (895) and the service contract (1,395) are financed and paid to others on
  the borrower's behalf: principal = amount financed = disbursed = 10,590, no fee. The GAP waiver is
  "not required" and signed for: Regulation Z leaves it out of the finance charge (the APR is the
  note rate 29.90%, as the box says). The Illinois PLPA measures the APR as the MLA MAPR, which counts
  debt-cancellation fees (legal.md 2.1 [S], Illinois row [C]): 36 x 448.98 (the last 449.17) against
  10,590 - 895 = 9,695 is a MAPR of 36.89% > 36%: a violation (forced verdict, as batch Y did for en-y03). The service
  contract is a product of the car, not of the credit, and is left out of the MAPR.
* en-d03: Nova Scotia, 34.95% a year, no fee: the APR 34.95% <= 35% (Criminal Code s. 347 as
  amended [S]; the corpus's Canadian policy): lawful near the line.
* en-d04: "add-on interest 19% a year" on 1,200 over 52 weeks: 4.38 a week of interest on the
  original 1,200 and 23.08 a week of principal (flat_rate; equal_principal accepted, as the corpus
  does for a flat rate); the APR is 35.23% <= 36% (Illinois PLPA [C]): lawful near the line (the
  rule of thumb 19 x 2n/(n+1) = 37.3% would wrongly put it above).
* en-d05: Germany, no statutory cap; 6.95% borrowing rate, APRC 7.18%: lawful (§138 BGB [S]).
* en-d07: UK HCSTC (APRC far above 100%, six months): the charges, 0.8% a day on the balance
  (24.33% a month), come to more than the 500 lent: the total cost cap (CONC 5A [C]): a violation,
  though the daily charge on the amount lent is under 0.8%.
* en-d08: a California individual at one percent a month = 12% a year > 10% (Const. art. XV).
* en-d09: the 50 application fee is paid in cash at signing (at_disbursement; upfront_paid
  accepted); the Illinois MAPR counts application fees: APR 35.43% <= 36%: lawful near the line.
* en-d11: no rate is printed (rate not compared); 45% a year inside the payments: APR > 25%, New
  York's criminal line [C], for a lender of any licence (the corpus's policy).
* en-d12: 14.5% equal principal, no fee: <= 16%: lawful.

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
import fresh_corpus_y_en as fcy  # noqa: E402
from fresh_corpus_y_en import g_and_slope  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import c  # noqa: E402
from fresh_corpus_e import OTHER, USD  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_t_en import cheque_words  # noqa: E402
from fresh_corpus_x_en import level_value  # noqa: E402

date = dt.date
PREC = 90
GBP = dict(lang="en", currency="GBP", apr_method="eu-aprc", jurisdiction="GB")


# ---------------------------------------------------------------------------------------------
# This batch's own solver: Jarratt's fourth-order method in the periodic rate
# ---------------------------------------------------------------------------------------------


def jarratt_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic i >= 0 with advance = sum p_k (1 + i)^-k, by Jarratt's step.

    g and g' are batch Y's `g_and_slope` (the equation is the same; the iteration is this batch's).
    """
    with localcontext() as ctx:
        ctx.prec = PREC
        adv, flows = D(advance), [D(p) for p in payments]
        assert sum(flows) >= adv, "a negative rate: not handled"
        bracket = [D(0), D(10)]  # the root stays inside: g(lo) > 0 > g(hi)
        i = D(0)
        for _ in range(300):
            gi, slope_i = g_and_slope(adv, flows, i)
            if gi == 0:
                return i
            bracket[0 if gi > 0 else 1] = i
            u = gi / slope_i
            two_thirds = i - u * 2 / 3
            step = u
            if bracket[0] < two_thirds < bracket[1]:
                slope_y = g_and_slope(adv, flows, two_thirds)[1]
                step = u * (3 * slope_y + slope_i) / (6 * slope_y - 2 * slope_i)
            candidate = i - step
            if not bracket[0] <= candidate <= bracket[1]:
                candidate = sum(bracket) / 2
            done = abs(candidate - i) < D("1e-70")
            i = candidate
            if done:
                break
        return i


def jarratt_check(s: Spec) -> None:
    flows = [r["total"] for r in s.rows]
    if s.cost is None or len(flows) < 2:
        return
    i = jarratt_rate(s.net_received, flows)
    ppy = fc.PPY[s.freq]
    with localcontext() as ctx:
        ctx.prec = PREC
        other = ((1 + i) ** ppy - 1) * 100 if s.apr_method == "eu-aprc" else i * ppy * 100
    assert abs(s.cost - other) < D("1e-6"), (s.name, s.cost, other)


def compute_z(s: Spec) -> None:
    fcy.compute_y(s)  # batch Y's compute: the solvers of batches A-Y
    jarratt_check(s)


def mapr_d01(s: Spec) -> Decimal:
    """en-d01's Illinois MAPR: the GAP waiver counted as a finance charge (received less it)."""
    gap = s.opts["gap"]
    return jarratt_rate(s.received - gap, [r["total"] for r in s.rows]) * 12 * 100


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------


def eur(x: Decimal) -> str:
    """8500 -> '8.500,00 EUR' (German grouping and decimal comma)."""
    return f"{r2(x):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " EUR"


def inr(x: Decimal) -> str:
    """150000 -> 'Rs. 1,50,000.00' (Indian grouping: the last three digits, then pairs)."""
    text = f"{r2(x):.2f}"
    whole, cents = text[:-3], text[-2:]
    if len(whole) <= 3:
        return f"Rs. {whole}.{cents}"
    lead = whole[:-3]
    pairs = [lead[max(0, k - 2):k] for k in range(len(lead), 0, -2)][::-1]
    return "Rs. " + ",".join(pairs) + "," + whole[-3:] + "." + cents


def words_money(x: Decimal) -> str:
    """213.24 -> 'two hundred thirteen dollars and twenty-four cents' style, from the cheque words."""
    return cheque_words(x).replace(" and 00/100 Dollars", " dollars").lower()


def rjust_rows(pairs: list[tuple[str, str]], width: int = 64) -> str:
    return "\n".join(f"{k}{v:>{width - len(k)}}" for k, v in pairs)


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def d01(s: Spec) -> str:
    """An Illinois finance-company car loan, TIL box as a bordered table (PDF); GAP and VSC financed."""
    P, gap, vsc = s.principal, s.opts["gap"], s.opts["vsc"]
    seller = P - gap - vsc
    cells = [("ANNUAL PERCENTAGE RATE", apr_text(s)), ("FINANCE CHARGE", cur(finance_charge(s))),
             ("Amount Financed", cur(P)), ("Total of Payments", cur(total_repaid(s)))]
    bar = "+" + "+".join("-" * 24 for _ in cells) + "+"
    head = "|" + "|".join(f" {k:<23}" for k, _ in cells) + "|"
    vals = "|" + "|".join(f"{v:>23} " for _, v in cells) + "|"
    return f"""PRAIRIE STATE AUTO CREDIT CORP.  -  DIRECT VEHICLE LOAN NOTE AND DISCLOSURE
Licensed under the Illinois Consumer Installment Loan Act          Note No. PSAC-2611-0389
Borrower: Terrence Oyelaran, 2207 N Knoxville Ave, Peoria, IL 61604      Date: {mdy(s.contract_date)}
Vehicle: 2019 Honda CR-V EX, VIN 5J6RW2H56KL0XXXXX, bought from a private seller

{bar}
{head}
{vals}
{bar}
Payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)}, the first due {mdy(due(s, 1))}.
Interest rate on the unpaid balance: {plain(s.rate_value)}% per year. Security: the vehicle above.
Late charge: $15 if a payment is 10 days late. Prepayment: no penalty.

ITEMIZATION OF AMOUNT FINANCED
  Paid to the seller, Dolores Kemp (payoff of the purchase price)   {cur(seller):>12}
  Paid to Midwest Auto Protection for the service contract          {cur(vsc):>12}
  Paid to us for the GAP waiver                                     {cur(gap):>12}
  Amount Financed                                                   {cur(P):>12}

GAP WAIVER. GAP is not required to obtain this loan and will not be provided unless you sign and
agree to pay the extra charge. I want GAP; the charge is {cur(gap)} for the term of the loan.
Signature: T. Oyelaran
SERVICE CONTRACT. Optional; 36 months / 36,000 miles; {cur(vsc)}. Signature: T. Oyelaran

Borrower ____________________            Prairie State Auto Credit Corp. ____________________
"""


def d02(s: Spec) -> str:
    """A New York credit union's approval e-mail (HTML) with the schedule table."""
    P = s.principal
    rows = "\n".join(
        f"<tr><td>{r['k']}</td><td>{mdy(r['date'])}</td><td align=\"right\">{cur(r['total'])}</td>"
        f"<td align=\"right\">{cur(r['principal'])}</td><td align=\"right\">{cur(r['interest'])}</td></tr>"
        for r in s.rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Your loan is funded</title></head>
<body style="font-family:Arial,sans-serif">
<p>From: Mohawk Valley Federal Credit Union &lt;loans@mvfcu.example&gt;<br>
To: Ana Lucia Ferreira<br>Subject: Your personal loan is funded - welcome!<br>Sent: {long_en(s.contract_date)}</p>
<p>Hi Ana Lucia,</p>
<p>Good news: your personal loan of <b>{cur(P)}</b> was deposited to your share draft account today.
Your rate is {plain(s.rate_value)}% APR, fixed, with no origination fee, and you'll repay it over {s.term_months}
months. Here is your repayment schedule:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>#</th><th>Due</th><th>Payment</th><th>Principal</th><th>Interest</th></tr>
{rows}
</table>
<p>Total of payments: {cur(total_repaid(s))}. Finance charge: {cur(finance_charge(s))}.</p>
<p>Questions? Reply to this e-mail or visit any branch in Utica or Rome, NY.<br>
Mohawk Valley FCU - Federally insured by NCUA</p>
</body></html>
"""


def d03(s: Spec) -> str:
    """A Nova Scotia instalment loan screen (PNG)."""
    P = s.principal
    return f"""10:07                                         5G  82%
  X   Loan agreement signed
Bluenose Consumer Loans Ltd. - Halifax, Nova Scotia
Borrower            Kiera MacIsaac, Dartmouth NS
Amount borrowed     CAD {cur(P)}
Annual rate         {plain(s.rate_value)}%
APR                 {apr_text(s)}
Payments            {s.n} monthly x {cur(pay(s))}{last(s)}
First payment       {mdy(due(s, 1))}
Cost of borrowing   {cur(finance_charge(s))}
Fees                none
Signed              {mdy(s.contract_date)} 14:22 AST
Funds will arrive by Interac e-Transfer within 1 hour.     [ View PDF ]
"""


def d04(s: Spec) -> str:
    """An Illinois loan agreed by SMS at an add-on rate, weekly; the count only from the Fridays."""
    P = s.principal
    return f"""[Fri {mdy(s.contract_date)} 9:12 AM] RockRiver QuickPay: Hi Deshawn, your loan is ready. Amount {cur(P)}, add-on interest 19% per yr, paid weekly every Friday.
[9:13 AM] RockRiver QuickPay: Weekly pmt {cur(pay(s))} (last one {cur(s.rows[-1]['total'])}). First pmt {mdy(due(s, 1))}, last pmt {mdy(end(s))}.
[9:13 AM] RockRiver QuickPay: No fees. Reply YES to accept the loan terms & e-sign at rrqp.example/s/8841.
[9:20 AM] Me: YES
[9:21 AM] RockRiver QuickPay: Accepted. {cur(P)} is on its way to your debit card ending 4471. RockRiver QuickPay LLC, Rockford IL, lic. CI-4417.
[9:40 AM] Me: can i pay early
[9:41 AM] RockRiver QuickPay: Yes anytime, no penalty. Reply STOP to opt out.
"""


def d05(s: Spec) -> str:
    """A German bank's SECCI in English with European number formats."""
    P = s.principal
    return f"""STANDARD EUROPEAN CONSUMER CREDIT INFORMATION
1. Identity and contact details of the creditor
   Creditor: Rheinufer Bank AG, Rheinallee 12, 40545 Düsseldorf
2. Description of the main features of the credit product
   Type of credit:                          Instalment loan (Ratenkredit), purpose: car repair
   Total amount of credit:                  {eur(P)}
   Conditions governing the drawdown:       paid out in full to your current account
   Duration of the credit agreement:        {s.term_months} months
   Instalments:                             {s.n} monthly instalments of {eur(pay(s))}{last(s, eur)}, first due on {due(s, 1).strftime('%d.%m.%Y')}
   Total amount you will have to pay:       {eur(total_repaid(s))}
3. Costs of the credit
   Borrowing rate:                          {plain(s.rate_value).replace('.', ',')} % p.a., fixed for the whole term
   Annual percentage rate of charge (APRC): {f"{r2(s.cost):.2f}".replace('.', ',')} %
   Other costs:                             none; no processing fee is charged
   Costs in the case of late payments:      statutory default interest (5 percentage points above base rate)
4. Other important legal aspects
   Right of withdrawal: yes, 14 days.   Early repayment: yes; compensation max. 1 % of the amount repaid.
Borrower: Jonas Albers, Düsseldorf          Date of this information and of the agreement: {s.contract_date.strftime('%d.%m.%Y')}
"""


def d06(_s: Spec) -> str:
    """A pay stub with a 401(k) plan-loan repayment: not a loan document."""
    return """NORTHGATE LOGISTICS, INC.                                       EARNINGS STATEMENT
Employee: Luis Carrasco (ID 40718)      Pay period: 11/08/2026 - 11/21/2026      Pay date: 11/27/2026
EARNINGS                 RATE      HOURS        CURRENT          YTD
Regular                 24.75      80.00       1,980.00    45,540.00
Overtime                37.13       6.50         241.35     3,911.62
Gross pay                                      2,221.35    49,451.62
DEDUCTIONS
Federal income tax                               187.40     4,310.20
Social Security                                  137.72     3,066.00
Medicare                                          32.21       717.05
Illinois state tax                               109.96     2,447.86
401(k) 5% pre-tax                                111.07     2,472.58
401(k) Loan #2 repayment                          86.15     1,981.45
Medical plan                                      74.30     1,708.90
Net pay                                        1,482.54
401(k) Loan #2 balance after this payment: 3,102.44     Direct deposit to acct ****2290
"""


def d07(s: Spec) -> str:
    """A UK six-month high-cost loan at 0.8% a day: charges above 100% of the credit."""
    P = s.principal
    return f"""Subject: Your Quickbridge loan - agreement summary
From: Quickbridge Finance Ltd <agreements@quickbridge.example> (FCA authorised, FRN 700114)
Date: {uk_date(s.contract_date)}

Dear Ms Adeyemi,

Thank you for signing your fixed-sum loan agreement today. Summary of what you agreed:

  Amount of credit ........ {gbp(P)}, paid to your bank account today
  Interest ................ 0.8% per day on the amount you still owe (the maximum daily rate allowed)
  Repayments .............. {s.n} monthly repayments of {gbp(pay(s))}{last(s, gbp)}, the first on {uk_date(due(s, 1))}
  Total charge for credit . {gbp(finance_charge(s))}
  Total amount payable .... {gbp(total_repaid(s))}
  Representative APR ...... {r2(s.cost):,}%
  Fees .................... none; a missed repayment costs {gbp(D(15))} once

Warning: late repayment can cause you serious money problems. For help, go to moneyhelper.org.uk.

Quickbridge Finance Ltd, 4 Pinfold Street, Sheffield S1 2GU
"""


def d08(s: Spec) -> str:
    """A California note between neighbours, the amounts in words, one percent a month."""
    P = s.principal
    return f"""PROMISSORY NOTE

Fresno, California, {long_en(s.contract_date)}

I, Gabriel Santoyo, of 418 E Alluvial Avenue, Fresno, borrow from my neighbour Ruth Okamoto, of 422 E
Alluvial Avenue, Fresno, the sum of {words_money(P)}, which I received from her today by personal
check. I promise to repay it with interest at one percent per month on the unpaid balance, in twelve
equal monthly payments of {words_money(pay(s))} each (the last payment {words_money(s.rows[-1]['total'])}),
beginning one month from today and on the same day of each month after that, until paid in full.
If a payment is more than fifteen days late the whole balance may be declared due. I may pay early
without any charge.

_________________________ Gabriel Santoyo, Borrower
_________________________ Ruth Okamoto, Lender
"""


def d09(s: Spec) -> str:
    """An Illinois truck-school tuition loan as a right-aligned figures table; count = total / payment."""
    P = s.principal
    f = s.fees[0]
    pairs = [("Tuition financed (paid to Prairie Wind CDL Academy)", cur(P)),
             ("Application fee (paid by you in cash today)", cur(f.amount)),
             ("Interest rate (simple, on the unpaid balance)", f"{plain(s.rate_value)}%"),
             ("Monthly payment", cur(pay(s))),
             ("Final payment", cur(s.rows[-1]["total"])),
             ("Total of payments", cur(total_repaid(s))),
             ("First payment due", mdy(due(s, 1)))]
    return f"""HEARTLAND TUITION FINANCE, LLC
Joliet, Illinois - Consumer Installment Lender License No. CI-6023
TRAINING LOAN AGREEMENT                                    Account 77-20418
Student / Borrower: Marcus Whitfield, 1506 Cass St, Joliet, IL 60432
Program: Class A CDL, 160 hours, Prairie Wind CDL Academy, Channahon, IL

{rjust_rows(pairs)}

Payments are due on the {due(s, 1).day}th of each month until the Total of payments is paid.
Date of agreement: {mdy(s.contract_date)}. Late charge: $10 after 10 days. You may prepay at any
time without penalty. If you withdraw from the program within 7 days, the tuition is refunded to us
and this loan is cancelled.
Borrower ____________________            For Heartland Tuition Finance ____________________
"""


def d10(s: Spec) -> str:
    """An Indian NBFC's Key Fact Statement in lakh grouping: out of scope."""
    P = s.principal
    f = s.fees[0]
    apr = r2(jarratt_rate(s.received, [r["total"] for r in s.rows]) * 12 * 100)
    return f"""KEY FACT STATEMENT (KFS)
Shreeji Finserv Private Limited (NBFC, RBI Registration No. N-13.02417), Ahmedabad
Date: {s.contract_date.strftime('%d-%m-%Y')}        Loan account: SFPL/PL/26/118904
Applicant: Hetal Rajeshbhai Patel, Maninagar, Ahmedabad 380008
Part 1 - Interest rate and fees/charges
 1  Loan amount sanctioned                    {inr(P)}
 2  Loan term                                 {s.term_months} months
 3  Instalment details                        {s.n} EMIs of {inr(pay(s))}, monthly, first EMI on {due(s, 1).strftime('%d-%m-%Y')}
 4  Interest rate (%) and type                {plain(s.rate_value)}% p.a., fixed, reducing balance
 5  Fee / charges payable to the RE           Processing fee 2% + GST 18% = {inr(f.amount)}, deducted from the disbursal
 6  Net disbursed amount                      {inr(s.received)}
 7  Total amount to be paid by the borrower   {inr(total_repaid(s))}
 8  Annual Percentage Rate - effective annualised rate   {apr}%
Part 2 - Other qualitative information
 Penal charges: 2% per month on the overdue EMI. Grievance officer: Ms. Kavita Desai, 079-40XXXX10.
"""


def d11(s: Spec) -> str:
    """A New York online loan confirmation, no rate, every other Monday; the count only from dates."""
    P = s.principal
    return f"""Lumen Cash Online - Loan Confirmation
Confirmation #LCO-5530271          {long_en(s.contract_date)}

Hello Brianna,

Your loan has been funded. Keep this e-mail for your records.

Loan amount deposited to your checking account: {cur(P)}
Your payment: {cur(pay(s))} every other Monday{last(s)}
First payment date: {long_en(due(s, 1))}
Final payment date: {long_en(end(s))}
Finance charge: {cur(finance_charge(s))}
There are no origination, processing or prepayment fees.

Payments are debited automatically from the account ending 0917. To change a payment date, log in
at lumencash.example at least 3 business days before it.

Lumen Cash Online, LLC - 75 Broad Street, New York, NY 10004
"""


def d12(s: Spec) -> str:
    """A New York orthodontics loan in numbered clauses, equal principal (declining payments)."""
    P = s.principal
    first, final = s.rows[0], s.rows[-1]
    return f"""BRIGHTSMILE PATIENT LENDING CORP. - PATIENT LOAN AGREEMENT
Patient / Borrower: Naomi Feldstein (for her son Eli), 31 Linden Blvd, Brooklyn, NY 11226
Provider: Flatbush Family Orthodontics, P.C.

1. Loan. We lend you {cur(P)} for Eli's orthodontic treatment and pay it directly to the Provider on
   {long_en(s.contract_date)}, the date of this Agreement.
2. Interest. Interest is charged at {plain(s.rate_value)}% per year on the unpaid principal balance, computed
   monthly at one-twelfth of that rate.
3. Repayment. You will repay the principal in {s.n} equal monthly principal installments of
   {cur(first['principal'])}, each with the interest then due, so that your payments go down every month: the first
   payment, due {long_en(due(s, 1))}, is {cur(first['total'])}, and the last, due {long_en(end(s))}, is {cur(final['total'])}.
4. Fees. There are no origination, application or prepayment fees. A payment more than 15 days late
   costs $10.
5. Prepayment. You may pay the whole balance at any time; interest stops on the day we receive it.
6. Governing law. The laws of the State of New York.

Borrower ____________________            Brightsmile Patient Lending Corp. ____________________
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-d01: 10,590 at 29.9% / 12 over 36: 448.98; at 3% a month the 36 payments are worth
#   448.98 x 21.832252 = 9,802.26 > 9,695 (received less the 895 GAP waiver): the MAPR is above 36%.
# * en-d02: 6,500 at 15.75% / 12 over 24: 317.48; at 16% / 12 the annuity factor
#   (1 - 1.013333^-24) / 0.013333 = 20.4236, and 317.48 x 20.4236 = 6,484.07 < 6,500: APR < 16%.
# * en-d04: 1,200 x 19% / 52 = 4.3846 -> 4.38 a week of interest (227.76 in all); 1,200 / 52 =
#   23.08 (x 51 = 1,177.08, the last 22.92); 27.46 a week, the last 27.30; at 36% / 52 the 52
#   payments are worth less than 1,200: the APR is below 36% (35.23%).
# * en-d07: 0.8% x 365 / 12 = 24.3333% a month; 500 x 0.243333 / (1 - 1.243333^-6) = 166.82 (the
#   schedule's last 166.88 takes up the pennies): 1,000.98 payable, charges 500.98 > 500.
# * en-d08: 2,400 at 1% a month over 12: 2,400 x 0.01 / (1 - 1.01^-12) = 213.24; 12% > 10%.
# * en-d09: 6,000 at 34.5% / 12 over 24: 349.53; at 3% a month worth 349.53 x 16.935542 = 5,919.5
#   < 5,950 received net of the 50 fee: the APR is below 36% (35.43%).
# * en-d11: 1,800 at 45% / 26 over 26 fortnights; at 25% / 26 the payments are worth more than
#   1,800: the APR is above 25%.
# * en-d12: 4,800 / 12 = 400 a month; first 400 + 4,800 x 14.5% / 12 = 58.00 -> 458.00; last
#   400 + 400 x 14.5% / 12 = 4.83 -> 404.83.

APPLICATION_EN = ["application", "origination", "handling", "other"]


def specs() -> list[Spec]:
    return [
        c("en-d01-illinois-used-car-loan-gap-waiver-and-service-contract-financed-til-box-pdf", d01, "pdf", **USD,
          principal=D(10590), method="equal_installment", n=36, term_months=36, rate_value=D("29.9"),
          jurisdiction="US-IL", contract_date=date(2026, 11, 6), start_date=date(2026, 11, 6),
          lender_type="licensed_nonbank", opts={"gap": D(895), "vsc": D(1395)}, verdict=True,
          verdict_reason="Illinois PLPA: the APR is the MLA MAPR, which counts the 895 GAP waiver (a debt-cancellation "
                         "fee): 9,695 against 36 x 448.98 (the last 449.17) is a MAPR of 36.89% > 36% (legal.md "
                         "Illinois row [C], 2.1 [S]); the Reg Z APR (GAP optional and signed for) stays 29.90%",
          notes=["amount financed 10,590 = 8,300 to the seller + 1,395 service contract + 895 GAP waiver"]),
        c("en-d02-new-york-credit-union-funded-email-schedule-table-html", d02, "html", **USD, principal=D(6500),
          method="equal_installment", n=24, term_months=24, rate_value=D("15.75"), jurisdiction="US-NY",
          contract_date=date(2026, 11, 18), start_date=date(2026, 11, 18), lender_type="bank", disclose_apr=False,
          notes=["15.75% no fee: APR <= 16%, lawful near New York's civil line"]),
        c("en-d03-nova-scotia-instalment-loan-signed-screen-near-35", d03, lang="en", currency="CAD",
          apr_method="us-regz", jurisdiction="CA-NS", principal=D(3000), method="equal_installment", n=18,
          term_months=18, rate_value=D("34.95"), contract_date=date(2026, 11, 27), start_date=date(2026, 11, 27),
          lender_type="licensed_nonbank", opts={"png": True}, notes=["34.95% no fee: APR <= 35%"]),
        c("en-d04-illinois-sms-loan-add-on-rate-weekly-count-from-first-and-last-friday", d04, **USD,
          principal=D(1200), method="flat_rate", method_accept=["equal_principal"], n=52, freq="week",
          rate_value=D(19), jurisdiction="US-IL", contract_date=date(2026, 10, 16), start_date=date(2026, 10, 16),
          lender_type="licensed_nonbank", disclose_apr=False,
          notes=["add-on 19%: 4.38 interest + 23.08 principal a week; 52 Fridays only from the first and last date; APR 35.23% <= 36%"]),
        c("en-d05-germany-car-repair-loan-secci-european-number-format", d05, lang="en", currency="EUR",
          apr_method="eu-aprc", jurisdiction="DE", principal=D(8500), method="equal_installment", n=48,
          term_months=48, rate_value=D("6.95"), contract_date=date(2026, 9, 22), start_date=date(2026, 9, 22),
          lender_type="bank", kind="loan_disclosure", notes=["(1 + 0.0695/12)^12 - 1 = 7.18%"]),
        c("en-d06-pay-stub-401k-loan-repayment-deduction-not-a-loan", d06, lang="en", currency="USD", **OTHER,
          notes=["an employer's earnings statement: a plan-loan deduction is listed, no credit is extended here"]),
        c("en-d07-uk-six-month-loan-email-daily-rate-charges-above-total-cost-cap", d07, **GBP, principal=D(500),
          method="equal_installment", n=6, term_months=6, rate_value=D("0.8"), rate_per="day",
          contract_date=date(2026, 10, 12), start_date=date(2026, 10, 12), lender_type="licensed_nonbank",
          notes=["0.8% x 365 / 12 = 24.33% a month; charges 500.98 > 500 (100% cap)"]),
        c("en-d08-california-neighbours-note-amounts-in-words-one-percent-a-month", d08, **USD, principal=D(2400),
          method="equal_installment", n=12, term_months=12, rate_value=D(1), rate_per="month",
          jurisdiction="US-CA", contract_date=date(2026, 8, 30), start_date=date(2026, 8, 30),
          lender_type="individual", disclose_apr=False, notes=["1% a month = 12% a year > 10%"]),
        c("en-d09-illinois-truck-driving-school-loan-right-aligned-figures-count-from-total", d09, **USD,
          principal=D(6000), method="equal_installment", n=24, term_months=24, rate_value=D("34.5"),
          fees=[Fee("application fee", APPLICATION_EN, "at_disbursement", amount=D(50))], jurisdiction="US-IL",
          contract_date=date(2026, 9, 14), start_date=date(2026, 9, 14), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["24 only from total / payment; the 50 fee paid in cash: APR 35.43% <= 36%"]),
        c("en-d10-india-nbfc-personal-loan-key-fact-statement-out-of-scope", d10, lang="en", currency="INR",
          apr_method=None, jurisdiction="IN", principal=D(150000), method="equal_installment", n=24,
          term_months=24, rate_value=D(16),
          fees=[Fee("processing fee", ["handling", "origination", "service", "other"], "upfront_deducted",
                    amount=D(3540))],
          contract_date=date(2026, 11, 20), start_date=date(2026, 11, 20), lender_type="licensed_nonbank",
          notes=["India: outside the bundled rulesets; 2% + 18% GST = 3,540 deducted"]),
        c("en-d11-new-york-online-loan-confirmation-no-rate-every-other-monday", d11, **USD, principal=D(1800),
          method="equal_installment", n=26, freq="biweek", rate_value=D(45), jurisdiction="US-NY",
          contract_date=date(2026, 11, 2), start_date=date(2026, 11, 2), lender_type="licensed_nonbank",
          disclose_apr=False, opts={"no_rate_compare": True},
          notes=["no rate printed; 26 payments only from the first and final dates; APR 45% > 25%"]),
        c("en-d12-new-york-orthodontics-loan-numbered-clauses-equal-principal", d12, **USD, principal=D(4800),
          method="equal_principal", n=12, term_months=12, rate_value=D("14.5"), jurisdiction="US-NY",
          contract_date=date(2026, 10, 1), start_date=date(2026, 10, 1), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["400 principal a month + interest: 458.00 down to 404.83"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:6]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-d01"]
    assert pay(e) == D("448.98") and e.received == D(10590) and verdict["en-d01"] is True
    assert level_value(D("448.98"), D("0.03"), 36) > D(9695) and mapr_d01(e) > 36 and e.cost < 30
    e = by["en-d02"]
    assert pay(e) == D("317.48") and level_value(pay(e), D(16) / 1200, 24) < D(6500) and verdict["en-d02"] is False
    e = by["en-d03"]
    assert level_value(pay(e), D(35) / 1200, 18) < D(3000) and e.verdict is False
    e = by["en-d04"]
    assert e.rows[0]["interest"] == D("4.38") and e.rows[0]["principal"] == D("23.08")
    assert pay(e) == D("27.46") and e.rows[-1]["total"] == D("27.30") and total_interest(e) == D("227.76")
    assert level_value(D("27.46"), D("0.36") / 52, 52) < D(1200) and verdict["en-d04"] is False
    assert " 52 " not in d04(e)
    e = by["en-d05"]
    assert abs(e.cost - D("7.18")) < D("0.005") and verdict["en-d05"] is False
    assert verdict["en-d06"] is False
    e = by["en-d07"]
    assert pay(e) == D("166.82") and total_repaid(e) == D("1000.98") and verdict["en-d07"] is True
    e = by["en-d08"]
    assert pay(e) == D("213.24") and verdict["en-d08"] is True and "$" not in d08(e)
    e = by["en-d09"]
    assert pay(e) == D("349.53") and level_value(D("349.53"), D("0.03"), 24) < D(5950) and verdict["en-d09"] is False
    assert " 24 " not in d09(e)
    assert verdict["en-d10"] is None and by["en-d10"].cost is None and by["en-d10"].received == D(146460)
    e = by["en-d11"]
    assert level_value(pay(e), D(25) / 2600, 26) > D(1800) and verdict["en-d11"] is True and "%" not in d11(e)
    e = by["en-d12"]
    assert e.rows[0]["total"] == D("458.00") and e.rows[-1]["total"] == D("404.83") and verdict["en-d12"] is False


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = jarratt_rate(D(99000), [D("8833.3")] * 12) * 12 * 100  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = jarratt_rate(D(5000), [D(130)] * 48) * 12 * 100  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_z, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
