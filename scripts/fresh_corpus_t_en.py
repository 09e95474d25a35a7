#!/usr/bin/env python3
"""The English renderers of held-out batch T (tests/fresh/en/en-y*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_t.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import kv_div, page  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402

ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def words_below_thousand(n: int) -> str:
    out = []
    if n >= 100:
        out.append(f"{ONES[n // 100]} Hundred")
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return " ".join(out)


def cheque_words(x: Decimal, unit: str = "Dollars") -> str:
    """2000 -> 'Two Thousand and 00/100 Dollars' (the way a cheque writes an amount)."""
    x = r2(x)
    whole, cents = int(x), int((x * 100) % 100)
    thousands, rest = divmod(whole, 1000)
    parts = []
    if thousands:
        parts.append(f"{words_below_thousand(thousands)} Thousand")
    if rest:
        parts.append(words_below_thousand(rest))
    return f"{' '.join(parts) or 'Zero'} and {cents:02d}/100 {unit}"


def e01(s: Spec) -> str:
    """A UK guarantor loan agreement: a friend guarantees; the figures in words and in pounds."""
    P = s.principal
    return f"""FAIRHAVEN GUARANTOR LOANS LTD — Fixed-sum Loan Agreement regulated by the Consumer Credit Act 1974
Borrower: Callum Reeve, 14 Tanner Row, Leeds LS2 7HH        Guarantor: Priya Nair, 3 Moor Lane, Leeds LS6 4BB
Date of agreement: {s.contract_date.day} {s.contract_date.strftime('%B %Y')}

Amount of credit: {gbp(P)} ({cheque_words(P, 'Pounds').replace(' and 00/100', '')}), paid to the Guarantor's bank account, who will pass it to the Borrower.
Duration: {s.term_months} months. Repayments: {s.n} monthly repayments of {gbp(pay(s))}{last(s, gbp)}, the first one month after the date of this agreement.
Rate of interest: {plain(s.rate_value)}% per year, fixed.   REPRESENTATIVE APR {r2(s.cost)}%
Total charge for credit: {gbp(finance_charge(s))}   Total amount payable: {gbp(total_repaid(s))}
There are no fees for setting up this loan. If the Borrower misses a repayment, we will ask the Guarantor to pay it.
"""


def e02(s: Spec) -> str:
    """A lender's adverse-action notice (not a loan: the application was declined)."""
    return """Lakeshore Community Bank
Consumer Lending Department · 400 Harbor Drive · Chicago, IL 60601

November 4, 2025

Dear Marisol Ortega,

NOTICE OF ACTION TAKEN AND STATEMENT OF REASONS

Thank you for your recent application for a personal installment loan of $7,500.00 for 36 months.
After careful review we are unable to approve your application at this time.

Principal reason(s) for our decision:
  - Debt-to-income ratio too high in relation to the amount requested
  - Limited length of credit history

Our credit decision was based in whole or in part on information obtained in a report from Equifax.
You have a right under the Fair Credit Reporting Act to know the information contained in your credit
file and to obtain a free copy of your report within 60 days. The Federal Equal Credit Opportunity Act
prohibits creditors from discriminating against credit applicants on the basis of race, color,
religion, national origin, sex, marital status or age.

Sincerely, Consumer Lending Department
"""


def e03(s: Spec) -> str:
    """An Illinois installment loan whose amount financed includes a single-premium credit life
    insurance the borrower chose."""
    P = s.principal
    premium = D(84)
    return f"""MIDWAY FINANCE CO. — Illinois Consumer Installment Loan Agreement and Disclosure
Borrower: Terrence Holloway, 77 Oak St, Peoria IL 61602          Date: {mdy(s.contract_date)}

ITEMIZATION OF AMOUNT FINANCED
  Paid to you directly                                    {cur(P - premium)}
  Paid to Heartland Life for single-premium credit life   {cur(premium)}
  Amount Financed                                         {cur(P)}

ANNUAL PERCENTAGE RATE {apr_text(s)}    FINANCE CHARGE {cur(total_interest(s))}    Total of Payments {cur(total_repaid(s))}
Your payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)}, first due {mdy(due(s, 1))}.
Interest at {plain(s.rate_value)}% per year on the unpaid balance.
Credit life insurance is not required to obtain this loan. By signing below you ask for it: premium {cur(premium)} for the
term of the loan.  Signature: T. Holloway
"""


def e04(s: Spec) -> str:
    """A UK short-term loan's e-mail confirmation: a daily rate for 35 days, one repayment."""
    P = s.principal
    r = s.rows[0]
    return f"""From: Brightpenny <loans@brightpenny.co.uk>
Subject: Your loan is on its way

Hi Jordan,

Good news, we've sent {gbp(P)} to your account ending 4410 today ({s.contract_date.day} {s.contract_date.strftime('%B %Y')}).
Interest is charged at {plain(s.rate_value)}% per day for the {s.term_days} days of your loan.
You'll repay {gbp(r['total'])} in one go on {end(s).day} {end(s).strftime('%B %Y')} ({gbp(P)} borrowed + {gbp(r['interest'])} interest).
There are no other fees. Representative example on our website. Brightpenny is a trading name of Brightpenny Credit Ltd,
authorised and regulated by the Financial Conduct Authority.
"""


def e05(s: Spec) -> str:
    """A California promissory note between relatives: amounts written as on a cheque, 12% a year."""
    P = s.principal
    r = s.rows[0]
    return f"""PROMISSORY NOTE

Los Angeles, California                                            {long_en(s.contract_date)}

For value received, I, Daniel Whitfield, promise to pay to my cousin Rebecca Whitfield the principal sum of
{cheque_words(P)} ({cur(P)}), together with simple interest at twelve percent (12%) per annum, in one
payment of {cheque_words(r['total'])} ({cur(r['total'])}) on {long_en(end(s))}.
The money was handed over by personal check on the date of this note. There are no other charges.
Borrower: Daniel Whitfield                Lender: Rebecca Whitfield
"""


def e06(s: Spec) -> str:
    """A New York personal loan with a balloon payment at the end (PDF)."""
    P = s.principal
    return f"""EMPIRE CIRCLE LENDING — Personal Loan Agreement (Balloon)            Date: {mdy(s.contract_date)}
Borrower: Keisha Montgomery, 58 Grand St, Albany NY 12207

AMOUNT FINANCED {cur(P)}   ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(total_interest(s))}   TOTAL OF PAYMENTS {cur(total_repaid(s))}
Payment schedule: {s.n - 1} monthly payments of {cur(pay(s))} beginning {mdy(due(s, 1))}, and one final BALLOON PAYMENT of
{cur(s.rows[-1]['total'])} due {mdy(end(s))}.
Interest rate {plain(s.rate_value)}% per year, simple interest on the unpaid balance.
THIS LOAN IS NOT PAYABLE IN FULL BY THE REGULAR PAYMENTS. YOU WILL OWE A LARGE FINAL PAYMENT.
No origination fee. Proceeds sent to the borrower by ACH.
"""


def e07(s: Spec) -> str:
    """A stand-alone ACH debit authorization page (HTML): no loan terms."""
    body = f"""<h2>Recurring ACH Debit Authorization</h2>
{kv_div([("Customer", "Devon Alvarez"), ("Bank", "First Prairie Bank"), ("Routing number", "0719xxxxx"),
         ("Account (checking)", "xxxx5512"), ("Debit amount", "the payment amount shown on each billing statement"),
         ("Frequency", "monthly, on the due date")])}
<p>I authorize Northstar Servicing LLC to initiate electronic debits from the account above. This authorization stays in
effect until I cancel it by writing to Northstar at least three business days before a debit. I may revoke it at any time.
It is not a condition of any credit.</p>
<button>I authorize</button>"""
    return page("ACH Authorization", body, False, "")


def e08(s: Spec) -> str:
    """An Illinois lender's approval screen with biweekly payments (PNG)."""
    P = s.principal
    return f"""You're approved!
Loan amount                    {cur(P)}
Payment                        {cur(pay(s))} every 2 weeks
Number of payments             {s.n}
Interest rate                  {plain(s.rate_value)}%
APR                            {apr_text(s)}
First payment                  {mdy(due(s, 1))}
Total you'll pay               {cur(total_repaid(s))}
No fees. Funds by next business day.
Loan made by Lincolnway Loans, Inc. (Illinois)
{mdy(s.contract_date)}
[ Accept loan ]
"""


def e09(s: Spec) -> str:
    """An SMS of a New York online 14-day loan with a flat fee."""
    P = s.principal
    r = s.rows[0]
    return (f"QuickBridge: Hi Sam, your ${int(P)} advance was deposited today {mdy(s.contract_date)}. Repay {cur(r['total'])} "
            f"(${int(P)} + {cur(r['fees'])} fee) on {mdy(end(s))}, {s.term_days} days from now, auto-debited from your "
            f"checking. Reply HELP for help.\n")


def e10(s: Spec) -> str:
    """A New Zealand lender's loan summary in dollars (out of scope)."""
    P = s.principal
    return f"""KOWHAI FINANCE LIMITED — Initial Disclosure Statement (Credit Contracts and Consumer Finance Act 2003)
Borrower: Aroha Tane, Hamilton          Date: {s.contract_date.day}/{s.contract_date.month}/{s.contract_date.year}
Amount of credit: NZ{cur(P)}      Annual interest rate: {plain(s.rate_value)}% fixed
Repayments: {s.n} monthly payments of NZ{cur(pay(s))}{last(s, lambda x: 'NZ' + cur(x))}
Total interest charges: NZ{cur(total_interest(s))}      Total amount repayable: NZ{cur(total_repaid(s))}
No establishment fee. Financial Services Provider Register FSP 100xxxx.
"""


def e11_blocks(s: Spec) -> list:
    """A Texas auto refinance contract with a GAP waiver financed (DOCX)."""
    P = s.principal
    gap = D(595)
    return [
        ("p", "LONE STAR AUTO REFINANCE — Loan and Security Agreement (Texas)"),
        ("br", f"Borrower: Ramon Echevarria, 2201 Alamo St, San Antonio TX 78210", f"Date: {mdy(s.contract_date)}",
         "Vehicle: 2022 Toyota Tacoma SR5"),
        ("t", [["Itemization", "Amount"], ["Payoff to prior lienholder (Alamo Credit Union)", cur(P - gap)],
               ["Optional GAP waiver", cur(gap)], ["Amount Financed", cur(P)]]),
        ("p", f"ANNUAL PERCENTAGE RATE {apr_text(s)}. FINANCE CHARGE {cur(total_interest(s))}. Total of Payments {cur(total_repaid(s))}."),
        ("p", f"You will make {s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}. Contract rate {plain(s.rate_value)}% simple interest."),
        ("p", "GAP is optional and not required for this loan. No processing fee is charged."),
    ]


def e12(s: Spec) -> str:
    """An Illinois loan whose 'deferred origination fee' is paid with the last instalment."""
    P = s.principal
    f = fee(s)
    return f"""PRAIRIE LINK CREDIT, LLC — Consumer Installment Loan (Illinois)          Loan date {mdy(s.contract_date)}
Borrower: Ashley Dunmore, Rockford IL

We lend you {cur(P)}; all of it is deposited to your account. Interest: {plain(s.rate_value)}% per annum on the declining balance.
Deferred origination fee: {cur(f)}, not taken from your loan proceeds; it is added to your final payment.
Schedule: {s.n - 1} monthly payments of {cur(pay(s))} from {mdy(due(s, 1))}, and a final payment of {cur(s.rows[-1]['total'])}
on {mdy(end(s))} (regular payment plus the deferred origination fee).
Total of payments {cur(total_repaid(s))}.
"""


def e13(s: Spec) -> str:
    """An Illinois weekly-payment loan at exactly 36%."""
    P = s.principal
    return f"""NORTHSIDE CASH & LOAN — Weekly Installment Loan                 Chicago, Illinois
Borrower: Luis Ferreira            Loan date: {long_en(s.contract_date)}
Amount loaned to you: {cur(P)}     Interest rate: {plain(s.rate_value)}% per year (simple interest)
You pay {cur(pay(s))} every week for {s.n} weeks{last(s)}, starting {long_en(due(s, 1))}.
Total of payments {cur(total_repaid(s))}; Finance charge {cur(total_interest(s))}; ANNUAL PERCENTAGE RATE {apr_text(s)}.
No other fees.
"""


def e14(s: Spec) -> str:
    """A New York car-repair shop's financing: 0% for 12 months, an enrollment fee paid at signing,
    amounts also in words."""
    P = s.principal
    return f"""METRO AUTO CARE — Repair Financing Agreement (financed by Hudson Retail Credit)
Customer: Omar Haddad, Yonkers NY                 Date: {mdy(s.contract_date)}
Repair invoice financed: {cur(P)} ({cheque_words(P)}), paid by Hudson Retail Credit directly to Metro Auto Care.
Promotional rate: 0.00% for the full term. Payments: {s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}.
Enrollment fee: {cur(fee(s))} ({cheque_words(fee(s))}), payable by the customer in cash at signing; it is not financed.
Total of payments: {cur(total_repaid(s))}.
"""
