#!/usr/bin/env python3
"""Held-out batch AC of the fresh phrasing corpus, English side (tests/fresh/en/en-ac*): 12 documents
written for session 29 (helper batchac-en) without reading the extractors, the rulesets' rules, the
locales or the engine's tests, to measure whether the work on batches A-AB generalises to documents
nobody has seen.

    python3 scripts/fresh_corpus_ac_en.py            # (re)write tests/fresh/en/en-ac* (txt, pdf, html, docx, png, expected.json)
    python3 scripts/fresh_corpus_ac_en.py --check    # recompute and diff the files against the committed ones

Self-contained driver and renderers; the parameters, the arithmetic, the expected.json schema and
the writers are those of fresh_corpus_ab_en.py (and through it of batches A-AA), imported, not
copied: every cost is re-derived by the solvers of batches D-AB; this batch adds `dekker_rate`:
DEKKER'S METHOD (T. J. Dekker, 1969, the secant-and-bisection ancestor of Brent's method, without
Brent's inverse quadratic interpolation or his step-size tests) on the polynomial
g(i) = sum p_k (1 + i)^-k - advance in the periodic rate i, bracket [0, 10]: each step takes the
secant point of the last two iterates b_prev, b if it lies between b and the midpoint m of the
bracket [a, b], else m; the contrapoint a is kept so that g(a) g(b) < 0, and a and b are swapped
when |g(a)| < |g(b)|; a step shorter than delta = 1e-60 is lengthened to delta toward m (Dekker's
own guard). 90-digit decimals, g by Horner's scheme in v = 1 / (1 + i). It re-solves every
multi-payment cost and must agree with the shared solver to 1e-6 pp: the Reg Z / MAPR figure is
i x ppy, the UK APRC (1 + i)^ppy - 1.

Formats: en-ac02 is a PDF (a military allotment loan in numbered clauses); en-ac03 a DOCX (a
church member's loan letter, the amounts in words); en-ac06 an HTML page (a tax-refund transfer
disclosure, not a loan); en-ac05 a PNG (a UK school-uniform loan screen: the text is set as a PDF
page by batch A's writer and rendered by `pdftoppm -r 150 -png`; `files` lists the .txt and then
the .png); the rest .txt, en-ac09 with OCR slips.

The products were checked against the NAMES of every document in tests/fresh/en (A-AB): a FLORIDA
DEFERRED PRESENTMENT with a $5 database VERIFICATION FEE left out of the box's APR (a flattened
federal box, US numeric dates); a NORTH CAROLINA MILITARY ALLOTMENT loan to a Marine with optional
credit insurance financed (numbered clauses, ISO dates, PDF); a California CHURCH MEMBER's loan to
another by letter (amounts in words, DOCX); an Illinois DAYCARE-TUITION loan app with a monthly
MEMBERSHIP fee; a UK SCHOOL-UNIFORM short-term loan in 4 FORTNIGHTLY repayments with a £20 missed
payment fee (key: value screen, "4th March 2026" dates, PNG); a TAX REFUND TRANSFER (not a loan,
HTML); a New York CELLO loan from a savings bank ("USD 1234.56" amounts, schedule table); an
Illinois TOW-YARD IMPOUND RELEASE loan agreed by e-mail ("1,234.56 dollars", biweekly); a JAMAICA
MICROCREDIT loan with OCR slips (out of scope); a UK RENT-TO-OWN SOFA on a weekly conditional sale
agreement (dotted-leader price card); a New York CO-OP corporation's loan of maintenance arrears to a
shareholder in one long paragraph; a NEW BRUNSWICK SNOWMOBILE instalment loan as questions and
answers.

FIRST READING. Measured with the frozen binary of main (/work/bin/loanlint-main) by
`scripts/accuracy.py --binary /work/bin/loanlint-main --only en-ac --jobs 1`, after every text and
expected value was committed (3870e47a, messages included; nothing was edited after the run): 82.4%
of the compared fields right (131/159); 6 of the 12 documents wholly right (en-ac02 txt and PDF,
en-ac05 txt and PNG, en-ac06 txt and HTML, en-ac07, en-ac10, en-ac11). The 28 misses are the en-ac
lines of tests/fresh/KNOWN_GAPS.tsv (written from the accuracy script's list, in its wording; no
debug build was made: the DOCX twin misses exactly what its .txt twin misses, the PDF, HTML and PNG
twins miss nothing).
Messages (the same binary's `message` subcommand with each sidecar's contract, days and received
times): 6/8 in the right tier (demand 2/2, lawful reminder 2/2, fraud 2/2, unlawful collection 0/2);
en-ac07 and en-ac08 are the lines of tests/messages_ac_en/KNOWN_MISSES.tsv.

    field                     en
    doc kind        14/16  87.5%
    principal       12/16  75.0%
    received        10/14  71.4%
    term            12/14  85.7%
    method          11/14  78.6%
    count           12/14  85.7%
    rate            11/13  84.6%
    fees            10/14  71.4%
    APR+-tol        12/15  80.0%
    violation       14/15  93.3%
    date            13/14  92.9%
    conflict            -
    all fields    131/159  82.4%

Misses by class at the first reading (the verdicts first):
* false violations: none.
* missed violations: en-ac04 (the Illinois daycare app: the principal "Tuition paid to Little
  Acorns $2,400.00" is not read, so nothing is computed and the PLPA finding on the 37.56% that the
  required $15.00 monthly membership makes is not given). en-ac01's (the APR that leaves the $5
  verification fee out), en-ac02's (the MLA MAPR with the credit insurance) and en-ac05's (the £20
  missed repayment fee) are found.
* APR absent or wrong (3 of 15): en-ac03 txt and DOCX (the church letter: nothing read, the amounts
  in words); en-ac04 (no principal).
* principal / received: en-ac03 txt and DOCX; en-ac04; en-ac09 (Jamaica, "Loan amount: J$150,000.00"
  and "Cash disbursed to borrower: J$145,500.00" not read as money: the J$ sign).
* fees: en-ac01 (neither the $50.00 deferred presentment fee nor the $5.00 verification fee of the
  itemization line is listed, though the APR counts both); en-ac04 (the membership not listed);
  en-ac09 (the processing fee read as 3% of nothing, no amount: the 4,500 is in J$); en-ac12 (the
  administration fee read as kind `management`, which the writer's list administration / handling
  / service / other lacks: a ruling is asked below).
* method / count / term / rate: en-ac03 txt and DOCX (nothing read); en-ac09 (method).
* dates: en-ac08 (the e-mail's "Date: November 13, 2026, 11:47 AM" header is not taken as the
  contract date; no other date in the thread is the signing date but the quoted "I agree" of the
  same day).
* kinds: en-ac03 txt and DOCX (the signed letter "Agreed and accepted: ..." read as other).
* messages: en-ac07 (a threatened driver's-licence suspension and wheel boot for an unsecured
  personal loan) and en-ac08 (a "recorded lien" and sheriff's sale of the house in 10 days, "we
  don't need a court", on an unsecured loan) are read as lawful reminders: no rule knows these
  false threats. en-ac02 is in the right tier, but its lawful claim is $377.68, not $352.68: the
  contract's $25.00 returned-payment fee is counted although the message names no returned payment
  (the finding itself says so).

Rulings asked of the lead (ambiguities in what is "right", no expected value changed):
* en-ac12: is an "administration fee" deducted from the loan of kind `management` (as loanlint
  reads it) or administration / handling / service / other (as written; `administration` is in
  en-z03's list)? The APR and verdict agree either way.
  Lead's ruling (session 29): `management` is accepted too: an administration fee is a charge for
  running the account, as the corpus's 账户管理费 (management) is; the APR and verdict agree either way.
* en-ac02: the expected APR is the Reg Z 29.95% (the optional premium out, as en-y03) and the
  verdict the MAPR's; should loanlint rather be held to report the MAPR 42.30% for a covered
  borrower? (It reports 29.95% and a violation today: right as written.)
* en-ac09: is "Processing fee 3% deducted at disbursement: J$4,500.00" right when read as percent 3
  with no amount (the amount is J$, which is not read)? Written: amount 4,500.
* tests/fresh/KNOWN_GAPS.tsv: the brief asked for accuracy.py's wording; the file's other lines use
  the Rust suite's wording ("expected 6000 CNY, got absent"). If the suite matches on the message,
  the 28 en-ac lines need rewording by a debug run (not made here: no cargo).

Decisions (said here so that they can be argued with):
* Kinds: every signed or accepted agreement is loan_contract (the app screen where the parent
  tapped "Accept and sign", the e-mail thread in which the borrower writes "I agree" and the money
  is sent); en-ac06 (a refund transfer: the bank receives the taxpayer's own refund and pays it on,
  less fees, with "This is not a loan" on the page; no credit is extended) is other.
* en-ac01: Florida deferred presentment (Fla. Stat. ch. 560 part IV is not in legal.md, so no state
  cap is applied): the $50 fee and the $5 verification fee are both finance charges (1026.4(a)
  [C]: imposed by the creditor as an incident to the credit), so the APR is
  55 / 500 x 365 / 14 = 286.79%; the box states 260.71% (the $50 fee alone): off by 26 pp, far
  outside 1/8 pp: a violation of Reg Z 1026.22(a)(2) [C]. Both fees are paid when the check is
  redeemed on the due date: timing at_maturity.
* en-ac02: North Carolina (not in legal.md), a covered borrower (active-duty Marine): the credit
  life / disability premium of $150.00 is "optional" and so out of the Reg Z APR (29.95%, the
  expected APR, as en-y03), but it counts in the MLA MAPR (32 CFR 232.4(c) [S], legal.md 2.1): the
  borrower gets 1,650.00 against 18 x 125.36: MAPR 42.30% > 36%: a violation (32 CFR 232.4(b) [C]).
  The premium is carried as part of the 1,800.00 amount financed and of the disbursed sum, as in
  en-y03 (no fee listed). The allotment clause (232.8, [U] in legal.md) is not what the verdict
  rests on.
* en-ac03: California; the lender is a private individual (a fellow church member): 9.75% <= 10%
  (Const. art. XV [C]): lawful near the line.
* en-ac04: Illinois; the KinderPay Plus membership of $15.00 a month is required for the loan
  ("Membership is required while your loan is open"): a participation fee in the MAPR (PLPA uses
  the MAPR [C]) and a finance charge under Reg Z as well: 2,400.00 at 24.9% plus 15.00 a month:
  37.56% > 36%: a violation. The screen states no APR. Fee kind: membership / management / service /
  other, timing per_period (the writer's list).
* en-ac05: UK HCSTC (APRC far above 100%, 8 weeks): 0.7% a day, charges 0.46% a day and under 100%
  of the credit, but a £20.00 missed-payment fee > £15 (CONC 5A default cap [C]): a violation.
* en-ac07: New York, a chartered savings bank: 14.5% with a $50 loan fee withheld: APR 15.57%
  <= 16%: lawful near the civil line.
* en-ac08: Illinois: 29.9% with a $20 processing fee withheld, biweekly: APR 35.76% <= 36%: lawful
  near the line. The fee is paid out of the loan (the tow yard is paid 1,080.00).
* en-ac09: Jamaica: outside the bundled rulesets: no cost, no verdict; the 3% processing fee is
  withheld.
* en-ac10: UK: a rent-to-own agreement that is a CONDITIONAL SALE (the customer must pay every
  instalment and owns the sofa after the last; he cannot hand it back and walk away free, unlike
  the US rent-to-own leases en-o13 / en-t04): regulated credit, loan_contract; the "credit" is the
  cash price 899.00 (no deposit); 49.9% a year nominal charged weekly, APRC 64.3% < 100% and two
  years: not HCSTC: lawful.
* en-ac11: New York; the co-op corporation (a company) converts unpaid maintenance into a loan at
  9%: <= 16%: lawful.
* en-ac12: New Brunswick: 28.9% with a $199 administration fee withheld: APR 30.54% <= 35%
  (Criminal Code s. 347 [S], the corpus's Canadian policy): lawful.

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
import fresh_corpus_ab_en as fcab  # noqa: E402
import fresh_corpus_r as fcr  # noqa: E402
from fresh_corpus import D, Fee, Spec, plain, r2  # noqa: E402
from fresh_corpus_aa_en import words_money  # noqa: E402
from fresh_corpus_ab_en import ocr_noise, usd_code  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_repaid, uk_date  # noqa: E402
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
# This batch's own solver: Dekker's method (secant or bisection, with a contrapoint)
# ---------------------------------------------------------------------------------------------


def dekker_rate(advance: Decimal, payments: list[Decimal]) -> Decimal:
    """The periodic rate i with sum p_k (1 + i)^-k = advance, by Dekker's 1969 method on [0, 10]."""
    with localcontext() as ctx:
        ctx.prec = PREC
        adv, flows = D(advance), [D(p) for p in payments]
        assert sum(flows) >= adv, "a negative rate: not handled"

        def g(i: Decimal) -> Decimal:
            v, s = 1 / (1 + i), D(0)
            for p in reversed(flows):  # Horner: s = v (p_k + s), from the last payment back
                s = v * (p + s)
            return s - adv

        delta = D("1e-60")
        a, b = D(10), D(0)  # g(0) >= 0 > g(10): the contrapoint a, the best iterate b
        ga, gb = g(a), g(b)
        if gb == 0:
            return b
        if abs(ga) < abs(gb):
            a, b, ga, gb = b, a, gb, ga
        b_prev, g_prev = a, ga
        for _ in range(5000):
            m = (a + b) / 2
            if abs(b - a) / 2 <= delta:
                return m
            s = b - gb * (b - b_prev) / (gb - g_prev) if gb != g_prev else m
            b_new = s if min(b, m) < s < max(b, m) else m
            if abs(b_new - b) < delta:  # Dekker's guard: never a step shorter than delta
                b_new = b + (delta if m > b else -delta)
            g_new = g(b_new)
            b_prev, g_prev = b, gb
            if ga * g_new > 0:  # the root is now between b and b_new: b becomes the contrapoint
                a, ga = b, gb
            b, gb = b_new, g_new
            if gb == 0:
                return b
            if abs(ga) < abs(gb):
                a, b, ga, gb = b, a, gb, ga
        raise AssertionError("Dekker's method did not converge")


def dekker_percent(s: Spec, advance: Decimal | None = None) -> Decimal:
    """The cost by Dekker's method alone: nominal i x ppy (Reg Z, MAPR) or (1 + i)^ppy - 1 (APRC)."""
    i = dekker_rate(s.net_received if advance is None else advance, [r["total"] for r in s.rows])
    with localcontext() as ctx:
        ctx.prec = PREC
        ppy = fc.PPY[s.freq]
        return ((1 + i) ** ppy - 1 if s.apr_method == "eu-aprc" else i * ppy) * 100


def dekker_check(s: Spec) -> None:
    """Every multi-payment cost re-solved; the shared solver must agree to 1e-6 pp."""
    if s.cost is None or len(s.rows) < 2:
        return
    assert abs(s.cost - dekker_percent(s)) < D("1e-6"), (s.name, s.cost)


def compute_ac(s: Spec) -> None:
    fcab.compute_ab(s)  # batch AB's compute: the solvers of batches A-AB
    dekker_check(s)


# ---------------------------------------------------------------------------------------------
# Small formatters
# ---------------------------------------------------------------------------------------------


def usd_bare(x: Decimal) -> str:
    """1234.5 -> 'USD 1234.50' (no thousands separator)."""
    return f"USD {r2(x):.2f}"


def dollars(x: Decimal) -> str:
    """1234.5 -> '1,234.50 dollars'."""
    return f"{r2(x):,.2f} dollars"


def jmd(x: Decimal) -> str:
    return f"J${r2(x):,.2f}"


def cad(x: Decimal) -> str:
    return f"${r2(x):,.2f} CAD"


def uk_ordinal(d: dt.date) -> str:
    """2026-03-04 -> '4th March 2026'."""
    n = d.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix} {d.strftime('%B')} {d.year}"


def short_mon(d: dt.date) -> str:
    """2026-11-09 -> 'Nov 9, 2026'."""
    return f"{d.strftime('%b')} {d.day}, {d.year}"


# ---------------------------------------------------------------------------------------------
# Renderers, one per document
# ---------------------------------------------------------------------------------------------


def ac01(s: Spec) -> str:
    """A Florida deferred presentment: the federal box flattened to two lines; the APR leaves out a fee."""
    P, fee, ver = s.principal, s.fees[0], s.fees[1]
    face = total_repaid(s)
    return f"""SUNCOAST CHECK ADVANCE, INC.  |  Deferred Presentment Agreement  |  Licensed under Ch. 560, Part IV, Florida Statutes
Store #12, 4410 W Hillsborough Ave, Tampa FL 33614        Transaction No. TPA-12-558201        Date: {mdy(s.contract_date)}
Customer: Darnell R. Whitfield, 3917 N Armenia Ave, Tampa FL 33607        Check No. 1184 drawn on Suncoast Credit Union
ANNUAL PERCENTAGE RATE  FINANCE CHARGE  Amount Financed  Total of Payments
{r2(s.disclosed_apr_override):.2f}%  {cur(face - P)}  {cur(P)}  {cur(face)}
Payment schedule: one payment of {cur(face)} on {mdy(due(s, 1))}, when we deposit your check, unless you redeem it before then in cash.
Itemization: cash to you {cur(P)}. Fee for deferred presentment (10% of the currency provided) {cur(fee.amount)}. Verification fee (state database) {cur(ver.amount)}.
Your check is written for {cur(face)} and is dated {mdy(due(s, 1))}. Term: {s.term_days} days. You may not have another deferred presentment transaction open with any provider.
If your check is returned unpaid we may charge the fee allowed by s. 68.065, F.S. Grace period: 60 days if you call us before the due date and agree to credit counseling.
Customer: D. R. Whitfield                                  Suncoast Check Advance, Inc., by K. Ngata, store manager
"""


def ac02(s: Spec) -> str:
    """A North Carolina military allotment loan in numbered clauses with ISO dates (PDF)."""
    P, prem = s.principal, s.opts["premium"]
    return f"""FORTRESS MILITARY LOANS, LLC - INSTALLMENT NOTE AND ALLOTMENT AGREEMENT
Office: 1208 Lejeune Blvd, Jacksonville, NC 28540                    Note No. FML-26-4471
Date of note: {s.contract_date.isoformat()}

Borrower: LCpl Brandon T. Okafor, USMC, active duty, 2d Combat Engineer Bn, Camp Lejeune NC
Lender: Fortress Military Loans, LLC (a North Carolina consumer finance licensee)

1. Amount. The amount financed is {cur(P)}: {cur(P - prem)} paid to you by direct deposit on
   {s.start_date.isoformat()}, and {cur(prem)} paid on your behalf to Liberty Shield Life for optional
   credit life and disability insurance, which you chose on the separate insurance form.
2. Interest. Simple interest at {plain(s.rate_value)}% per year on the unpaid balance.
3. Disclosures. ANNUAL PERCENTAGE RATE {r2(s.cost):.2f}%. FINANCE CHARGE {cur(total_repaid(s) - P)}.
   Total of payments {cur(total_repaid(s))}. (The premium of the optional insurance is not a finance
   charge and is not in the annual percentage rate.)
4. Payments. {s.n} monthly payments of {cur(pay(s))}{last(s)}, due on the 1st of each month, the first on
   {due(s, 1).isoformat()} and the last on {end(s).isoformat()}.
5. Allotment. You will start a military allotment (DD Form 2558) to us for {cur(pay(s))} a month.
   The allotment must stay in place until this note is paid.
6. Late charge. $15.00 on a payment more than 10 days late.
7. Prepayment. You may pay this note early at any time without penalty; unearned insurance premium
   will be refunded.
8. Statement of the Military Annual Percentage Rate. Federal law provides important protections
   to members of the Armed Forces and their dependents relating to extensions of consumer credit.
   Call 1-800-555-0142 for an oral statement of the MAPR and your payment obligation.

Signed: B. T. Okafor (Borrower)          for Fortress Military Loans, LLC: R. Dunmore, manager
"""


def ac03(s: Spec) -> list:
    """A California church member's loan to another, by letter: the amounts in words (DOCX)."""
    P = s.principal
    blocks = [
        ("p", "Iglesia Bautista Emanuel - Fellowship Hall Office"),
        ("p", "Fresno, California"),
        ("p", long_en(s.contract_date)),
        ("p", "Dear Brother Ernesto,"),
        ("p", f"As we talked after Wednesday service, I am glad to lend you and Lucia {words_money(P)} "
              f"({cur(P)}) for the repairs to your roof. I will transfer the money to your account at "
              f"Valley First Credit Union today, {long_en(s.start_date)}, and there is no fee of any kind."),
        ("p", f"We agreed that you will pay me back with interest at nine and three quarters percent a "
              f"year on what is still owed, in twenty-four monthly payments: twenty-three of {words_money(pay(s))} "
              f"each and a last one of {words_money(s.rows[-1]['total'])}, "
              f"starting on {long_en(due(s, 1))} and ending on {long_en(end(s))}. Altogether you "
              f"will have paid me {words_money(total_repaid(s))}."),
        ("p", "If you can pay sooner, pay sooner; there is no penalty. If a month is hard, come and talk "
              "to me before the payment date and we will work it out between us."),
        ("p", "I am not a bank or a lender by trade; this is one member of the congregation helping another."),
        ("p", "In Christ,"),
        ("p", "Rosalinda Ybarra, 1520 E Shields Ave, Fresno CA 93704"),
        ("p", "Agreed and accepted: Ernesto Galindo    Lucia Galindo"),
    ]
    return blocks


def ac04(s: Spec) -> str:
    """An Illinois daycare-tuition loan app screen with a monthly membership fee."""
    P, f = s.principal, s.fees[0]
    return f"""10:02                                   LTE  61%
KinderPay                                      Help
-------------------------------------------------------
 Loan accepted - Little Acorns Early Learning (Naperville, IL)
 Parent: Aisha Rahman                        {short_mon(s.contract_date)}
-------------------------------------------------------
 Tuition paid to Little Acorns               {cur(P)}
 Interest rate                               {plain(s.rate_value)}% per year
 Term                                        {s.n} months
 KinderPay Plus membership                   {cur(f.amount)} / month
   (required while your loan is open; billed with each payment)
 Monthly payment                             {cur(pay(s))}{last(s)}
   = principal and interest {cur(pay(s) - f.amount)} + membership {cur(f.amount)}
 First payment                               {short_mon(due(s, 1))}
 Last payment                                {short_mon(end(s))}
 Total you will pay                          {cur(total_repaid(s))}
-------------------------------------------------------
 Late fee $10 if a payment is 15 days late.
 [ Accept and sign ]  signed {short_mon(s.contract_date)} 9:58 AM
 KinderPay Lending LLC, Illinois Consumer Installment Loan Act license CI-6318
"""


def ac05(s: Spec) -> str:
    """A UK school-uniform loan summary screen: 4 fortnightly repayments, ordinal dates (PNG)."""
    P = s.principal
    rows = "\n".join(f"  Repayment {r['k']}: {uk_ordinal(r['date'])} - {gbp(r['total'])}" for r in s.rows)
    return f"""UniformReady Credit - your loan
Status: Agreement signed {uk_ordinal(s.contract_date)}
Borrower: Ms Kerry-Ann Doyle, Sunderland
Paid to: Northern Schoolwear Ltd (blazers, PE kit, shoes x 3 children)
Amount of credit: {gbp(P)}
Interest: 0.7% per day on the outstanding balance
Fees: none to take out the loan
Repayments: 4, every two weeks
{rows}
Total amount payable: {gbp(total_repaid(s))}
Total charge for credit: {gbp(total_repaid(s) - P)}
Representative APR: {r2(s.cost):,.1f}%
Missed repayment fee: £20.00 for each missed repayment
UniformReady Credit Ltd, authorised and regulated by the FCA (FRN 966204)
Warning: Late repayment can cause you serious money problems.
"""


def ac06(_s: Spec) -> str:
    """A tax refund transfer disclosure page: the bank passes the taxpayer's own refund on, less fees."""
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Refund Transfer Disclosure - TaxPoint</title></head>
<body>
<header>TaxPoint Tax Service &middot; Office 0412 &middot; Dayton, OH</header>
<h1>Refund Transfer (RT) Application and Disclosure</h1>
<p><b>This is not a loan.</b> A Refund Transfer is a temporary bank account opened at Buckeye Settlement
Bank, N.A. to receive your federal tax refund. No credit is extended to you, there is no interest, and
you do not have to repay anything if the IRS pays less than expected: you simply receive less.</p>
<table border="1">
<tr><th>Item</th><th>Amount</th></tr>
<tr><td>Expected federal refund (Form 1040, line 35a)</td><td>$2,377.90</td></tr>
<tr><td>Refund Transfer fee (bank)</td><td>$39.95</td></tr>
<tr><td>Tax preparation fee (TaxPoint)</td><td>$189.00</td></tr>
<tr><td>Amount you will receive by direct deposit</td><td>$2,148.95</td></tr>
</table>
<p>The fees are taken out of your refund when the IRS deposits it, usually within 21 days of
e-filing. If you paid your preparation fee today you may choose to pay with the Refund Transfer
instead, and you may also file without an RT and pay nothing to the bank.</p>
<p>Taxpayer: Marisol Vega &middot; E-filed 02/09/2026 &middot; Signed electronically 02/09/2026</p>
</body></html>
"""


def ac07(s: Spec) -> str:
    """A New York savings bank's cello loan: key lines and a schedule table, 'USD 1234.56' amounts."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"{r['k']:>3}  {long_en(r['date']):<20}{usd_bare(r['total']):>14}{usd_bare(r['interest']):>14}"
                     f"{usd_bare(r['principal']):>14}" for r in s.rows)
    return f"""EMPIRE STATE SAVINGS BANK, FSB - INSTRUMENT LOAN NOTE AND DISCLOSURE
Branch: 1780 Broadway, New York NY 10019           Note: ESSB-IL-2026-3302
Date of note: {long_en(s.contract_date)}
Borrower: Yuki Tanabe-Morales, 412 W 46th St Apt 5C, New York NY 10036
Purpose: purchase of a cello (Jay Haide l'Ancienne, 2019) from Tarisio Strings, New York

Note amount: {usd_bare(P)}
Loan fee (withheld from the proceeds): {usd_bare(f.amount)}
Paid to Tarisio Strings for you: {usd_bare(s.received)}
Interest rate: {plain(s.rate_value)}% per year, fixed
ANNUAL PERCENTAGE RATE: {r2(s.cost):.2f}%
Finance charge: {usd_bare(total_repaid(s) - s.received)}
Total of payments: {usd_bare(total_repaid(s))}
Payments: {s.n} monthly payments of {usd_bare(pay(s))}{last(s, usd_bare)}

No.  Due date                   Payment      Interest     Principal
{rows}

Late charge: 2% of the late payment after 15 days. Prepayment without penalty; the loan fee is not
refunded. The instrument secures this note.
Borrower: Yuki Tanabe-Morales            Empire State Savings Bank, FSB, by L. Ferraro, AVP
"""


def ac08(s: Spec) -> str:
    """An Illinois tow-yard impound release loan agreed by e-mail, '1,234.56 dollars', biweekly."""
    P, f = s.principal, s.fees[0]
    return f"""From: Loans Desk <loans@releasefunds.example>
To: Terrell Banks <tbanks88@example.com>
Date: {long_en(s.contract_date)}, 11:47 AM
Subject: RE: RE: impound release - your loan documents (ReleaseFunds Illinois LLC)

Terrell,

Thanks, we have your "I agree" below. Here is the summary again for your records. We paid
{dollars(s.received)} to Windy City Towing & Storage this morning, so your 2019 Nissan Altima can be
picked up at 2301 S Throop St today. The loan amount is {dollars(P)}; our processing fee of
{dollars(f.amount)} was taken out of it. Interest is {plain(s.rate_value)}% a year on the unpaid balance.
You repay in {s.n} payments of {dollars(pay(s))} every other Friday{last(s, dollars)}, from
{long_en(due(s, 1))} to {long_en(end(s))}, by debit from your Chase checking account. Total of
payments: {dollars(total_repaid(s))}. Finance charge: {dollars(total_repaid(s) - s.received)}.
ANNUAL PERCENTAGE RATE: {r2(s.cost):.2f}%.

No prepayment penalty. A returned debit costs 25.00 dollars.

Marco Delgado
ReleaseFunds Illinois LLC, licensed under the Illinois Consumer Installment Loan Act (CI-7720)

> From: Terrell Banks
> Date: {long_en(s.contract_date)}, 11:31 AM
> I agree to the loan terms you sent. please pay the tow yard, my car has been there 3 days
>
> > From: Loans Desk
> > Date: {long_en(s.contract_date)}, 10:58 AM
> > Attached are your loan documents. Reply "I agree" to sign electronically.
"""


def ac09(s: Spec) -> str:
    """A Jamaica microcredit loan agreement as a scan's OCR text (out of scope)."""
    P, f = s.principal, s.fees[0]
    rows = "\n".join(f"{r['k']}   {r['date'].strftime('%d/%m/%Y')}   {jmd(r['total'])}" for r in s.rows)
    return ocr_noise(f"""ISLAND GROWTH MICROCREDIT LIMITED - LOAN AGREEMENT (Registered under the Microcredit Act, 2021, Jamaica)
Branch: 22 Main Street, May Pen, Clarendon           Loan No. IGM-CL-88104
Date: {s.contract_date.strftime('%d/%m/%Y')}
Borrower: Mrs Sharlene A. Campbell, Denbigh District, May Pen P.O., Clarendon. TRN 118-442-907
Purpose: stock for a cook shop (market stall, May Pen market)
Loan amount: {jmd(P)}    Processing fee 3% deducted at disbursement: {jmd(f.amount)}    Cash disbursed to borrower: {jmd(s.received)}
Interest: {plain(s.rate_value)}% per month on the reducing balance
Repayment: {s.n} monthly instalments of {jmd(pay(s))}{last(s, jmd)}
Schedule:
{rows}
Total repayable: {jmd(total_repaid(s))}
Late payment: J$1,500.00 for each instalment more than 7 days late.
Guarantor: Mr Devon Campbell (husband). Governing law: Jamaica.
Borrower signature: S. A. Campbell        For the lender: O. Richards, loan officer
""")


def ac10(s: Spec) -> str:
    """A UK rent-to-own sofa on a weekly conditional sale agreement: a dotted-leader price card."""
    P = s.principal

    def lead(label: str, value: str) -> str:
        return f"{label} {'.' * (44 - len(label))} {value}"

    lines = "\n".join([
        lead("Cash price", gbp(P)),
        lead("Deposit", "£0.00"),
        lead("Amount of credit", gbp(P)),
        lead("Interest rate (fixed, per year)", f"{plain(s.rate_value)}%"),
        lead("Weekly payment", gbp(pay(s)) + last(s, gbp)),
        lead("Number of weekly payments", str(s.n)),
        lead("First payment", uk_date(due(s, 1))),
        lead("Last payment", uk_date(end(s))),
        lead("Total charge for credit", gbp(total_repaid(s) - P)),
        lead("Total amount payable", gbp(total_repaid(s))),
        lead("APR", f"{r2(s.cost):.1f}%"),
    ])
    return f"""HOMESTYLE WEEKLY - CONDITIONAL SALE AGREEMENT regulated by the Consumer Credit Act 1974
Store: 14 Church Street, Rotherham S60 1PD            Agreement no. HW-ROT-20931
Customer: Mr Callum Ashworth, 7 Greasbrough Road, Rotherham S61 4LJ
Goods: Harlow 3-seater fabric sofa, charcoal, delivered {uk_date(s.start_date)}

{lines}

You become the owner of the sofa when you have paid every weekly payment. Until then it belongs to
HomeStyle Weekly Ltd. You may pay off early and get a rebate of interest. If you miss a payment we may
charge £5.00 for a reminder letter.
Signed by the customer on {uk_date(s.contract_date)}: C. Ashworth     For HomeStyle Weekly Ltd: J. Pearce
"""


def ac11(s: Spec) -> str:
    """A New York co-op corporation's loan of maintenance arrears to a shareholder: one paragraph."""
    P = s.principal
    return (f"MAINTENANCE ARREARS LOAN AGREEMENT. On {long_en(s.contract_date)}, 310 Riverside Owners Corp., a "
            f"New York cooperative housing corporation (the Corporation), and Dolores M. Fitzgerald, "
            f"holder of the shares allocated to Apartment 9B (the Shareholder), agree as follows: the "
            f"Shareholder owes {cur(P)} of unpaid monthly maintenance for May through October 2026, and "
            f"instead of starting a proceeding the Board of Directors has resolved to treat that sum as a loan "
            f"by the Corporation to the Shareholder as of {long_en(s.start_date)}; the loan bears simple interest at "
            f"{plain(s.rate_value)}% per year on the unpaid balance and is repaid in {s.n} equal monthly "
            f"installments of {cur(pay(s))}{last(s)}, due with the regular maintenance on the first of each month "
            f"from {long_en(due(s, 1))} through {long_en(end(s))}, for a total of {cur(total_repaid(s))} "
            f"including {cur(total_repaid(s) - P)} of interest; no fee is charged for this arrangement; if the "
            f"Shareholder misses two installments the whole balance becomes due and the Corporation may "
            f"pursue its remedies under the proprietary lease; the Shareholder may prepay at any time. Signed "
            f"for the Corporation by Howard Lin, President, and by the Shareholder, Dolores M. Fitzgerald.\n")


def ac12(s: Spec) -> str:
    """A New Brunswick snowmobile instalment loan as questions and answers."""
    P, f = s.principal, s.fees[0]
    return f"""MIRAMICHI POWERSPORTS CREDIT LTD. - YOUR LOAN IN QUESTIONS AND ANSWERS
Loan agreement MPC-NB-60415, signed at Miramichi, New Brunswick, on {long_en(s.contract_date)}
Borrower: Pierre-Luc Savoie, 88 Rue Principale, Neguac NB E9G 1N4

Q. How much am I borrowing?
A. {cad(P)}, for a 2026 Ski-Doo Renegade from Miramichi Powersports.
Q. Is anything taken off?
A. Yes. Our administration fee of {cad(f.amount)} is deducted, so the dealer receives {cad(s.received)} for you.
Q. What interest rate do I pay?
A. {plain(s.rate_value)}% per year, calculated monthly on the unpaid balance.
Q. How do I repay?
A. {s.n} monthly payments of {cad(pay(s))}{last(s, cad)}, the first on {long_en(due(s, 1))}, the last on {long_en(end(s))}.
Q. What will it cost me in total?
A. Total of payments {cad(total_repaid(s))}; total cost of borrowing (interest and the fee) {cad(total_repaid(s) - s.received)}.
Q. What is the annual percentage rate?
A. {r2(s.cost):.2f}%.
Q. Can I pay early?
A. Yes, at any time, with no penalty.
Q. What if a payment bounces?
A. An NSF charge of $45.00. The snowmobile secures the loan.

Signed: P.-L. Savoie                    Miramichi Powersports Credit Ltd., per A. Cormier
"""


# ---------------------------------------------------------------------------------------------
# Specs
# ---------------------------------------------------------------------------------------------

# Hand checks on paper (independent of every solver), asserted in `check_expectations`:
# * en-ac01: 50 + 5 = 55 of fees; 55 / 500 = 0.11 x 365 / 14 = 2.867857 -> 286.79%; the box's
#   50 / 500 x 365 / 14 = 2.607143 -> 260.71%: 26.07 pp apart, far outside 1/8 pp.
# * en-ac02: 1,800 at 29.95% / 12 = 2.495833% a month over 18: 125.36 (the last 125.38); the MAPR
#   advance is 1,800 - 150 = 1,650; at 3% a month the 18 payments are worth 125.36 x 13.753513 =
#   1,724.1 > 1,650: the MAPR is above 36% (42.30%).
# * en-ac03: 6,000 at 9.75% / 12 over 24: 276.18; at 10% / 12 the 24 payments are worth
#   276.18 x 21.670855 = 5,985.0 < 6,000: the APR is below 10% (9.75%).
# * en-ac04: 2,400 x 24.9% / 12 = 49.80 of interest in the first month; 227.99 + 15.00 = 242.99; at 3%
#   a month the 12 payments are worth 242.99 x 9.954004 = 2,418.7 > 2,400: above 36% (37.56%).
# * en-ac05: 0.7% x 365 / 26 = 9.826923% a fortnight; 350 x 0.09826923 = 34.39 of interest first;
#   charges 439.99 - 350 = 89.99; 89.99 / 350 / 56 days = 0.459% a day <= 0.8%; 89.99 <= 350; 20 > 15.
# * en-ac06: 2,377.90 - 39.95 - 189.00 = 2,148.95.
# * en-ac07: 4,800 at 14.5% / 12 over 24: 231.60; 4,750 received; at 16% / 12 the payments are worth
#   231.60 x 20.4235 = 4,730.1 < 4,750: the APR is below 16% (15.57%).
# * en-ac08: 1,100 at 29.9% / 26 = 1.15% a fortnight over 16: 75.66; 1,080 received; at 36% / 26 the
#   payments are worth 75.66 x 14.2637 = 1,079.2 < 1,080: the APR is (just) below 36% (35.76%).
# * en-ac09: 150,000 x 3% = 4,500 withheld: 145,500 received; first interest 150,000 x 4.5% = 6,750.
# * en-ac10: 49.9% / 52 = 0.959615% a week; ln(1.00959615) = 0.0095504 x 52 = 0.49662, e^ = 1.6432:
#   APRC 64.3% < 100%.
# * en-ac11: 7,200 x 9% / 12 = 54.00 of interest in the first month; 18 payments of 429.10.
# * en-ac12: 9,500 - 199 = 9,301 received; at 35% / 12 the 36 payments of 397.59 are worth
#   397.59 x 22.1063 = 8,789.2 < 9,301: the APR is below 35% (30.54%).

FEE_EN = ["service", "handling", "other", "origination", "processing"]
MEMBER_EN = ["membership", "management", "service", "other"]
ORIG_EN = ["origination", "handling", "service", "other"]
ADMIN_EN = ["administration", "handling", "service", "other", "management"]  # management: lead's ruling


def specs() -> list[Spec]:
    return [
        c("en-ac01-florida-deferred-presentment-verification-fee-flattened-box-apr-leaves-fee-out", ac01, **USD,
          principal=D(500), method="bullet", n=1, freq="single", term_days=14, rate_value=None,
          fees=[Fee("deferred presentment fee", FEE_EN, "at_maturity", amount=D(50)),
                Fee("verification fee", FEE_EN, "at_maturity", amount=D(5))],
          jurisdiction="US-FL", contract_date=date(2026, 11, 16), start_date=date(2026, 11, 16),
          lender_type="licensed_nonbank", disclosed_apr_override=D("260.71"), opts={"no_rate_compare": True},
          notes=["the box's APR counts the 50 fee only: 50/500 x 365/14 = 260.71%; with the 5 verification fee 286.79%"]),
        c("en-ac02-north-carolina-military-allotment-loan-optional-credit-insurance-mapr-pdf", ac02, "pdf", **USD,
          principal=D(1800), method="equal_installment", n=18, term_months=18, rate_value=D("29.95"),
          jurisdiction="US-NC", contract_date=date(2026, 11, 1), start_date=date(2026, 11, 1),
          lender_type="licensed_nonbank", opts={"premium": D(150)}, verdict=True,
          verdict_reason="covered borrower (active-duty Marine): the MAPR counts the 150.00 credit insurance premium "
          "(32 CFR 232.4(c) [S]): 1,650.00 received against 18 x 125.36 = 42.30% > 36% (MLA, 32 CFR 232.4(b) [C]); "
          "the Reg Z APR stays 29.95%",
          notes=["1,650 to the borrower + 150 optional credit insurance premium = 1,800 financed"]),
        c("en-ac03-california-church-member-loan-letter-amounts-in-words-docx-just-under-10", ac03, "docx", **USD,
          principal=D(6000), method="equal_installment", n=24, term_months=24, rate_value=D("9.75"),
          jurisdiction="US-CA", contract_date=date(2026, 11, 8), start_date=date(2026, 11, 8),
          lender_type="individual", disclose_apr=False, notes=["9.75% a year, no fee: <= 10%"]),
        c("en-ac04-illinois-daycare-tuition-loan-app-monthly-membership-fee-above-36", ac04, **USD,
          principal=D(2400), method="equal_installment", n=12, term_months=12, rate_value=D("24.9"),
          fees=[Fee("membership", MEMBER_EN, "per_period", amount=D(15))], jurisdiction="US-IL",
          contract_date=date(2026, 11, 9), start_date=date(2026, 11, 9), lender_type="licensed_nonbank",
          disclose_apr=False, notes=["24.9% plus a required 15.00 a month membership: MAPR above 36%"]),
        c("en-ac05-uk-school-uniform-loan-fortnightly-ordinal-dates-png-default-fee-20", ac05, **GBP,
          principal=D(350), method="equal_installment", n=4, freq="biweek", term_days=56, rate_value=D("0.7"),
          rate_per="day", contract_date=date(2026, 11, 20), start_date=date(2026, 11, 20),
          lender_type="licensed_nonbank", opts={"png": True, "default_fee": D(20)},
          notes=["0.7% a day, 4 fortnightly repayments; within 0.8% a day and 100%, but a 20.00 missed-payment fee > 15"]),
        c("en-ac06-tax-refund-transfer-disclosure-html-not-a-loan", ac06, "html", lang="en", currency="USD", **OTHER,
          notes=["a refund transfer: the taxpayer's own refund passed on less fees; no credit extended"]),
        c("en-ac07-new-york-cello-loan-savings-bank-usd-code-schedule-near-16", ac07, **USD, principal=D(4800),
          method="equal_installment", n=24, term_months=24, rate_value=D("14.5"),
          fees=[Fee("loan fee", ORIG_EN, "upfront_deducted", amount=D(50))], jurisdiction="US-NY",
          contract_date=date(2026, 11, 12), start_date=date(2026, 11, 12), lender_type="bank",
          notes=["14.5% and 50 withheld: 4,750 to the seller; APR 15.57% <= 16%"]),
        c("en-ac08-illinois-tow-yard-impound-release-loan-email-biweekly-just-under-36", ac08, **USD,
          principal=D(1100), method="equal_installment", n=16, freq="biweek", rate_value=D("29.9"),
          fees=[Fee("processing fee", FEE_EN, "upfront_deducted", amount=D(20))], jurisdiction="US-IL",
          contract_date=date(2026, 11, 13), start_date=date(2026, 11, 13), lender_type="licensed_nonbank",
          notes=["29.9% and 20 withheld: 1,080 to the tow yard; biweekly APR 35.76% <= 36%"]),
        c("en-ac09-jamaica-microcredit-loan-ocr-scan-out-of-scope", ac09, lang="en", currency="JMD", apr_method=None,
          jurisdiction="JM", principal=D(150000), method="equal_installment", n=6, term_months=6,
          rate_value=D("4.5"), rate_per="month",
          fees=[Fee("processing fee", FEE_EN, "upfront_deducted", amount=D(4500))],
          contract_date=date(2026, 11, 17), start_date=date(2026, 11, 17), lender_type="licensed_nonbank",
          notes=["Jamaica: outside the bundled rulesets; 3% of 150,000 = 4,500 deducted"]),
        c("en-ac10-uk-rent-to-own-sofa-weekly-conditional-sale-price-card", ac10, **GBP, principal=D(899),
          method="equal_installment", n=104, freq="week", rate_value=D("49.9"),
          contract_date=date(2026, 11, 14), start_date=date(2026, 11, 14), lender_type="licensed_nonbank",
          notes=["a conditional sale: 899 credit, 104 weekly payments, APRC 64.3%: not HCSTC"]),
        c("en-ac11-new-york-co-op-maintenance-arrears-loan-one-paragraph", ac11, **USD, principal=D(7200),
          method="equal_installment", n=18, term_months=18, rate_value=D(9), jurisdiction="US-NY",
          contract_date=date(2026, 11, 1), start_date=date(2026, 11, 1), lender_type="company",
          disclose_apr=False, notes=["9% on 7,200 over 18 months, no fee: <= 16%"]),
        c("en-ac12-new-brunswick-snowmobile-loan-questions-and-answers-admin-fee", ac12, lang="en", currency="CAD",
          apr_method="us-regz", jurisdiction="CA-NB", principal=D(9500), method="equal_installment", n=36,
          term_months=36, rate_value=D("28.9"), fees=[Fee("administration fee", ADMIN_EN, "upfront_deducted",
                                                          amount=D(199))],
          contract_date=date(2026, 11, 19), start_date=date(2026, 11, 19), lender_type="licensed_nonbank",
          notes=["28.9% and 199 withheld: 9,301 to the dealer; APR 30.54% <= 35%"]),
    ]


def check_expectations(all_specs: list[Spec]) -> None:
    """Hand checks of the comment above `specs`, asserted on the computed figures."""
    by = {s.name[:7]: s for s in all_specs}
    verdict = {k: fc.legal_verdict(s)[0] for k, s in by.items()}
    e = by["en-ac01"]
    assert total_repaid(e) == D(555) and r2(e.cost) == D("286.79") and verdict["en-ac01"] is True
    assert r2(D(50) / 500 * 365 / 14 * 100) == e.disclosed_apr_override
    e = by["en-ac02"]
    assert pay(e) == D("125.36") and e.rows[-1]["total"] == D("125.38") and r2(e.cost) == D("29.95")
    assert level_value(pay(e), D("0.03"), 18) > D(1650) and dekker_percent(e, D(1650)) > 36 and verdict["en-ac02"] is True
    assert "125.36" in ac02(e) and "$150.00" in ac02(e)
    e = by["en-ac03"]
    assert pay(e) == D("276.18") and level_value(pay(e), D("0.10") / 12, 24) < D(6000) and verdict["en-ac03"] is False
    text = fc_blocks_text(ac03(e))
    assert "six thousand dollars" in text and "two hundred seventy-six and 18/100 dollars" in text
    e = by["en-ac04"]
    assert e.rows[0]["interest"] == D("49.80") and pay(e) == D("242.99")
    assert level_value(pay(e), D("0.03"), 12) > D(2400) and 36 < dekker_percent(e) and verdict["en-ac04"] is True
    e = by["en-ac05"]
    charges = total_repaid(e) - e.principal
    assert e.rows[0]["interest"] == D("34.39") and pay(e) == D(110) and charges == D("89.99")
    assert charges / 350 / 56 * 100 < D("0.8") and charges <= 350 and e.cost >= 100 and verdict["en-ac05"] is True
    assert D("2377.90") - D("39.95") - D(189) == D("2148.95") and "$2,148.95" in ac06(by["en-ac06"])
    assert verdict["en-ac06"] is False
    e = by["en-ac07"]
    assert pay(e) == D("231.60") and e.received == D(4750) and level_value(pay(e), D("0.16") / 12, 24) < D(4750)
    assert 15 < e.cost < 16 and verdict["en-ac07"] is False
    e = by["en-ac08"]
    assert pay(e) == D("75.66") and e.received == D(1080) and level_value(pay(e), D("0.36") / 26, 16) < D(1080)
    assert 35 < e.cost < 36 and verdict["en-ac08"] is False
    e = by["en-ac09"]
    assert e.received == D(145500) and e.rows[0]["interest"] == D(6750) and e.cost is None and verdict["en-ac09"] is None
    e = by["en-ac10"]
    assert pay(e) == D("13.70") and abs(e.cost - D("64.32")) < D("0.01") and verdict["en-ac10"] is False
    e = by["en-ac11"]
    assert e.rows[0]["interest"] == D(54) and pay(e) == D("429.10") and verdict["en-ac11"] is False
    e = by["en-ac12"]
    assert e.received == D(9301) and level_value(pay(e), D("0.35") / 12, 36) < D(9301) and e.verdict is False


def main() -> int:
    """Batch R's writer (fresh_corpus_r.main) over this batch's specs, compute and hand checks."""
    pboc = dekker_rate(D(99000), [D("8833.3")] * 12) * 1200  # PBoC 2021 No. 3 example
    assert abs(pboc - D("12.8038")) < D("0.001"), pboc
    mw = dekker_rate(D(5000), [D(130)] * 48) * 1200  # MathWorks annurate(48, 130, 5000) x 12
    assert abs(mw - D("11.317539")) < D("0.0001"), mw
    fcr.specs, fcr.compute_r, fcr.check_expectations = specs, compute_ac, check_expectations
    return fcr.main()


if __name__ == "__main__":
    sys.exit(main())
