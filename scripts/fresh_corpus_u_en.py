#!/usr/bin/env python3
"""The English renderers of held-out batch U (tests/fresh/en/en-z*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_u.py (split off to keep each file short)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_t_en import cheque_words  # noqa: E402

ORDINAL_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
                "twenty-ninth", "thirtieth", "thirty-first"]


def words_date(d: dt.date) -> str:
    """2026-03-15 -> 'the fifteenth day of March, 2026'."""
    return f"the {ORDINAL_DAYS[d.day - 1]} day of {d.strftime('%B')}, {d.year}"


def e01(s: Spec) -> str:
    """A BNPL 'Pay in 6' checkout page (HTML): 0% APR, six monthly payments, a missed-payment fee
    that applies only if a payment is missed."""
    P = s.principal
    plan = [["Payment", "Due", "Amount"]] + [[f"{r['k']} of {s.n}", long_en(r["date"]), cur(r["total"])] for r in s.rows]
    body = f"""<h2>Review your plan</h2>
{kv_div([("Merchant", "Northloom Furniture"), ("Order total", cur(P)), ("Plan", f"Pay in {s.n}: monthly"),
         ("Today's payment", "$0.00 (first payment in one month)"), ("APR", "0%"), ("Interest", "$0.00"),
         ("Total of payments", cur(total_repaid(s))), ("Plan start", long_en(s.contract_date))])}
{table_html(plan)}
<p>Missed-payment fee: if a payment is not received within 10 days of its due date we may charge a fee of up to $10
for that payment. No fee is charged when you pay on time. Loans made by Lakeshore Pay Bank, Member FDIC, under its
Illinois lending authority.</p>"""
    return page("Pay in 6", body, False, "")


def e02(s: Spec) -> str:
    """A Georgia pawn ticket: one payment at the end of 30 days, a pawn charge, the federal box."""
    P = s.principal
    f = s.fees[0]
    return f"""PEACH STATE PAWN & GOLD  #3
2291 Memorial Dr SE, Atlanta, GA 30317
PAWN TICKET No. 0077412         Date of pledge: {mdy(s.contract_date)}
Pledgor: Darnell T. Higgins     ID: GA DL ****5820
Description of pledged goods: Gibson Les Paul Studio guitar, serial 2180xxxx, with hard case
AMOUNT FINANCED: {cur(P)}         FINANCE CHARGE (pawn service charge): {cur(f.amount)}
ANNUAL PERCENTAGE RATE: {apr_text(s)}
TOTAL OF PAYMENTS (redemption amount): {cur(total_repaid(s))}
Maturity date: {mdy(end(s))} ({s.term_days} days). You may redeem the goods by paying the redemption amount
on or before the maturity date. If you do not redeem within the 30-day grace period after maturity, the pledged goods
are forfeited to the pawnbroker and you owe nothing further.
Pledgor signature: ______________________
"""


def e03(s: Spec) -> str:
    """A UK hire purchase agreement (PDF): a deposit, the credit, monthly instalments and an
    option-to-purchase fee payable with the last instalment."""
    P = s.principal
    f = s.fees[0]
    return f"""HIRE PURCHASE AGREEMENT regulated by the Consumer Credit Act 1974
Owner (creditor): Pennine Motor Finance Ltd, Halifax HX1 2AB
Hirer: Ms Bethany Crowther, 14 Moorfield Road, Huddersfield HD3 4LP
Goods: 2023 Skoda Octavia 1.5 TSI SE, registration YK23 XMF
Cash price of goods: {gbp(P + D(2500))}
Advance payment (deposit): {gbp(D(2500))}
Amount of credit: {gbp(P)}
Duration of agreement: {s.n} months
Rate of interest: {plain(s.rate_value)}% per annum fixed
Repayments: {s.n} monthly instalments of {gbp(pay(s) if s.rows[0]['total'] == s.rows[1]['total'] else s.rows[0]['total'])},
the first due one month after the date of this agreement, then on the same day of each following month; the
option-to-purchase fee of {gbp(f.amount)} is payable with the final instalment ({gbp(s.rows[-1]['total'])} in total).
Total charge for credit: {gbp(finance_charge(s))}
Total amount payable (including the deposit): {gbp(total_repaid(s) + D(2500))}
APR: {r2(s.cost).normalize():f}%
Title: the goods remain the property of the owner until all sums and the option-to-purchase fee are paid.
Date of agreement: {uk_date(s.contract_date)}
Signed by the hirer: B. Crowther
"""


def e04(s: Spec) -> str:
    """An Illinois installment loan's federal box with the itemization: part of the amount financed
    paid to the borrower directly, part on the borrower's account with another lender."""
    P = s.principal
    f = s.fees[0]
    af = s.received
    return f"""PRAIRIE STATE CONSUMER LOANS, INC. - Installment Loan Agreement and Disclosure
Borrower: Kendra M. Lowe, Peoria, Illinois          Date: {mdy(s.contract_date)}
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   Amount Financed {cur(af)}   Total of Payments {cur(total_repaid(s))}
Your payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}.
Itemization of the Amount Financed of {cur(af)}:
  Amount given to you directly: {cur(af - 1800)}
  Amount paid on your account with Heartland Title & Loan (acct ending 0457): {cur(D(1800))}
  Prepaid finance charge (origination fee): {cur(f.amount)}
  Principal amount of this note: {cur(P)}
Interest accrues at {plain(s.rate_value)}% per year on the unpaid principal.
"""


def e05(s: Spec) -> str:
    """A New York promissory note between former colleagues: its only term is the maturity date,
    written with the start date in words."""
    P = s.principal
    return f"""PROMISSORY NOTE
{cheque_words(P)} ({cur(P)})                                   Albany, New York
Made on {words_date(s.contract_date)}.
FOR VALUE RECEIVED, the undersigned, Priya Raman ("Borrower"), promises to pay to the order of Thomas
Okafor ("Holder") the principal sum stated above, together with simple interest on the unpaid principal at
the rate of {plain(s.rate_value)} percent per annum from the date hereof. This Note matures on
{words_date(end(s))}, on which date the entire principal and all accrued interest, being
{cheque_words(total_repaid(s))} ({cur(total_repaid(s))}), shall be due and payable in one sum.
The Borrower may prepay this Note in whole or in part at any time without penalty.
This Note is governed by the laws of the State of New York.
Borrower: Priya Raman                   Witness: Lucia Ferraro
"""


def e06(s: Spec) -> str:
    """A bank's certificate of deposit account disclosure (not credit)."""
    return """FIRST HARBOR SAVINGS BANK - Certificate of Deposit Account Disclosure
Account: 12-Month Promotional CD          Opened: 03/02/2026          Owner: Gloria Estes
Opening deposit: $25,000.00          Minimum to open: $1,000.00
Interest rate: 4.15%          Annual Percentage Yield (APY): 4.23%
Interest is compounded monthly and credited monthly to this account.
Term: 12 months. Maturity date: 03/02/2027. This CD will renew automatically for a 12-month term at the rate
then offered unless you withdraw the funds within the 10-day grace period after maturity.
Early withdrawal penalty: if you withdraw any principal before maturity, we will impose a penalty equal to
180 days of simple interest on the amount withdrawn.
FDIC insured up to $250,000 per depositor, per insured bank, for each account ownership category.
"""


def e07(s: Spec) -> str:
    """An Illinois single-payment vehicle title loan approval screen (PNG): a monthly rate, the whole
    sum due after one month."""
    P = s.principal
    return f"""AutoCash Title Loans - Illinois
Your loan is approved!
Vehicle: 2016 Ford Fusion SE  (title held by lender)
Loan amount                {cur(P)}
Monthly interest rate      {plain(s.rate_value)}%
Term                       1 month (single payment)
Due date                   {long_en(end(s))}
Payment due                {cur(total_repaid(s))}
Finance charge             {cur(total_interest(s))}
ANNUAL PERCENTAGE RATE     {apr_text(s)}
Funds sent to debit card ending 7702 on {long_en(s.start_date)}
[ Sign & get cash ]
"""


def e08(s: Spec) -> str:
    """A UK short-term lender's e-mail: three monthly repayments, a daily rate, a late fee."""
    P = s.principal
    return f"""Subject: Your Quidly loan is on its way

Hi Connor,

Good news: {gbp(P)} has been sent to your Monzo account today, {uk_date(s.start_date)}.

Your repayments
  {uk_date(due(s, 1))}: {gbp(s.rows[0]['total'])}
  {uk_date(due(s, 2))}: {gbp(s.rows[1]['total'])}
  {uk_date(due(s, 3))}: {gbp(s.rows[2]['total'])}
Total to repay: {gbp(total_repaid(s))} (interest {gbp(total_interest(s))})
Interest: {plain(s.rate_value)}% per day, fixed (representative APR {r2(s.cost).normalize():f}%)

If a repayment is late we will charge a late payment fee of {gbp(D(s.opts["default_fee"]))}, and interest keeps
running at the same daily rate on the overdue amount.

Quidly Finance Ltd is authorised and regulated by the Financial Conduct Authority.
"""


def e09(s: Spec) -> str:
    """A New York bank's Truth in Lending disclosure written in sentences, amounts also in words."""
    P = s.principal
    return f"""HUDSON VALLEY COMMUNITY BANK
Truth in Lending Disclosure - Personal Loan No. 55-20418
Borrower: Anthony Russo, Kingston, New York. Date: {long_en(s.contract_date)}.
You are borrowing {cheque_words(P)} ({cur(P)}), all of it paid to you; no part of the loan is used to pay any fee.
The cost of your credit as a yearly rate (the ANNUAL PERCENTAGE RATE) is {apr_text(s)}. The dollar amount the
credit will cost you (the FINANCE CHARGE) is {cur(finance_charge(s))}. When you have made all {s.n} payments you
will have paid {cheque_words(total_repaid(s))} ({cur(total_repaid(s))}).
Each monthly payment is {cur(pay(s))}{last(s)}; the first is due on {long_en(due(s, 1))}.
Interest rate: {plain(s.rate_value)}% fixed. Late charge: 5% of the payment if more than 15 days late.
"""


def e10(s: Spec) -> str:
    """An Irish moneylender's agreement in euro (out of scope)."""
    P = s.principal
    return f"""SHANNONSIDE CREDIT DAC - Moneylending Agreement
Licensed moneylender, Central Bank of Ireland licence ML/0xxx
Borrower: Siobhan Kearney, Limerick
Amount of credit: EUR {P:,.2f}
Repayable by {s.n} weekly collections of EUR {pay(s):,.2f}{last(s, lambda x: f"EUR {x:,.2f}")}
Rate of interest: {plain(s.rate_value)}% per annum
Date: {uk_date(s.contract_date)}
WARNING: THIS IS A HIGH COST LOAN.
"""


def e11(s: Spec) -> str:
    """An Illinois loan whose disclosed APR is the note rate, although an origination fee is kept
    out of the payout."""
    P = s.principal
    f = s.fees[0]
    return f"""LAKEVIEW LENDING LLC - Consumer Installment Loan (Illinois)
Borrower: Marisol Vega           Loan date: {mdy(s.contract_date)}
Loan amount (principal): {cur(P)}
Origination fee, deducted from the loan proceeds: {cur(f.amount)}
Net proceeds deposited to you: {cur(s.received)}
ANNUAL PERCENTAGE RATE: {s.disclosed_apr_override}%
Term: {s.n} months. Monthly payment: {cur(pay(s))}{last(s)}, first due {mdy(due(s, 1))}.
Total of payments: {cur(total_repaid(s))}
Interest rate on principal: {plain(s.rate_value)}% simple.
"""


def e12(s: Spec) -> str:
    """A New York installment loan offered by SMS at a rate near 30%."""
    P = s.principal
    return (f"SnapLend: Maya, your {cur(P)} loan is approved! {s.n} monthly payments of {cur(pay(s))}"
            f"{last(s)}, APR {apr_text(s)}, first due {mdy(due(s, 1))}. Funds land in your account today "
            f"({mdy(s.start_date)}). NY residents: loan by SnapLend Inc. Reply STOP to opt out.\n")


def e13(s: Spec) -> str:
    """An Ohio short-term installment loan: an interest rate plus a monthly maintenance fee."""
    P = s.principal
    return f"""BUCKEYE QUICK LOANS - Ohio Short-Term Loan Act Installment Agreement
Borrower: Rachel Dunmore, Dayton, OH              Date: {mdy(s.contract_date)}
Amount financed: {cur(P)}
Interest: {plain(s.rate_value)}% per year on the unpaid balance
Monthly maintenance fee: {cur(fee(s))} per month, payable with each installment
Payments: {s.n} monthly installments of {cur(pay(s))}{last(s)}, beginning {mdy(due(s, 1))}
FINANCE CHARGE {cur(finance_charge(s))}      Total of Payments {cur(total_repaid(s))}
ANNUAL PERCENTAGE RATE {apr_text(s)}
"""


def e14(s: Spec) -> str:
    """An auto lender's payoff quote letter (not a credit agreement)."""
    return """Great Lakes Auto Credit
P.O. Box 7720, Toledo, OH 43615

November 18, 2026

Re: Payoff quote - Account 8830-114927 (2021 Chevrolet Equinox)

Dear Mr. Salazar,

As you requested, the amount required to pay your account in full is $9,412.66 if received by December 3, 2026.
This figure includes the unpaid principal of $9,380.14 and interest of $32.52 accrued to that date at $2.71 per day.
If your payment arrives after December 3, 2026, add $2.71 for each additional day.
Once the payoff clears we will release our lien and mail the title to you within 10 business days.

Sincerely,
Payoff Department
"""
