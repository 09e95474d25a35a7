#!/usr/bin/env python3
"""The English renderers of held-out batch O (tests/fresh/en/en-t*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_o.py (split off to keep each file short)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, plain  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, fee  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402


# * en-t02 (pawn): 20% of 250 = 50 for 30 days: 50 / 250 x 365 / 30 = 243.33%.
# * en-t03 (Pay in 6): 600 / 6 = 100 a month, no charge: APR 0.
# * en-t05 (401(k)): 75 withheld: 9,925 received; 130 biweekly payments over 5 years.
# * en-t06 (title): 120% a year = 10% a month; 1.1^12 = 3.138428, 1 / 3.138428 = 0.318631;
#   1,800 x 0.1 / (1 - 0.318631) = 180 / 0.681369 = 264.17 a month.
# * en-t12: the footnoted finance charge is 85.00 above the schedule's total interest.
# * en-t13 (NY): 350 withheld from 3,000 at 21% over 12 months: APR above 25%.


def e01(s: Spec) -> str:
    """A Texas finance-company installment loan with optional credit property insurance financed."""
    P, ins = s.principal, s.opts["insurance"]
    return f"""LONE STAR HOMETOWN FINANCE, INC. — Texas Regulated Loan License No. 4471
CONSUMER INSTALLMENT NOTE, DISCLOSURE STATEMENT AND SECURITY AGREEMENT

Borrower: Lupe R. Castillo, 1204 Elm Ridge Dr., Waco, TX 76708          Date of note: {mdy(s.contract_date)}

+------------------------------+---------------------------+-----------------------------+---------------------------+
| ANNUAL PERCENTAGE RATE       | FINANCE CHARGE            | Amount Financed             | Total of Payments         |
| {apr_text(s):<28} | {cur(finance_charge(s)):<25} | {cur(s.net_received):<27} | {cur(total_repaid(s)):<25} |
+------------------------------+---------------------------+-----------------------------+---------------------------+
Your payment schedule: {s.n if pay(s) == s.rows[-1]['total'] else s.n - 1} monthly payments of {cur(pay(s))}{'' if pay(s) == s.rows[-1]['total'] else f" and a final payment of {cur(s.rows[-1]['total'])}"}, first due {mdy(due(s, 1))}.

ITEMIZATION OF AMOUNT FINANCED
  Paid to you directly ....................................... {cur(P - ins)}
  Paid to insurance company: credit property insurance ....... {cur(ins)}

INSURANCE. Credit property insurance on your household goods (TV, sofa, refrigerator) is NOT required to
obtain this loan. You have chosen it for a 18-month term for the premium shown.   I want it: X L.R.C.
SECURITY: household goods listed on Schedule A. Contract rate of interest: {plain(s.rate_value)}% per year.
Late charge: 5% of the installment if not paid within 10 days. Prepayment: no penalty.
"""


def e02(s: Spec) -> str:
    """A Florida pawn ticket: the item, the loan, a 30-day charge, the redemption amount."""
    P = s.principal
    ch = fee(s)
    return f"""SUNCOAST PAWN & GOLD #3          PAWN TRANSACTION FORM          TICKET NO. 0049817
4410 N Dale Mabry Hwy, Tampa FL 33614        License PB-1128

PLEDGOR: Marcus T. Bell   DL: B400-***-81-***   DOB 03/1988
DATE OF TRANSACTION: {mdy(s.contract_date)}        MATURITY DATE: {mdy(s.start_date + dt.timedelta(days=s.term_days))}

DESCRIPTION OF PLEDGED GOODS: Men's 14K yellow gold rope chain, 22 in., 18.4 g; Men's 14K ring w/ onyx

AMOUNT OF MONEY ADVANCED .................... {cur(P)}
PAWN SERVICE CHARGE (30 days) ............... {cur(ch)}
TOTAL AMOUNT DUE TO REDEEM BY MATURITY ...... {cur(P + ch)}
ANNUAL PERCENTAGE RATE ...................... {apr_text(s)}

You are not obligated to redeem the pledged goods. If you do not redeem or extend by the maturity date,
you have a 30-day grace period; after that the goods are forfeited to the pawnbroker and ownership passes.
Lost ticket fee $2.00.          Pledgor's thumbprint [   ]          Signature: M. T. Bell
"""


def e03(s: Spec) -> str:
    """A BNPL 'Pay in 6' checkout confirmation e-mail at 0% with a late fee."""
    P = s.principal
    rows = "\n".join(f"  Payment {r['k']}  ·  {r['date'].strftime('%b %d, %Y')}  ·  {cur(r['total'])}" for r in s.rows)
    return f"""From: Lumi Pay <no-reply@lumipay.example>
Subject: You're all set — your Pay in 6 plan for order #WX-30917

Hi Dana,

Thanks for shopping at Westcliff Outdoor. Your purchase of {cur(P)} is split into {s.n} monthly payments.

{rows}

Interest: $0.00     APR: 0%     Total you'll pay: {cur(total_repaid(s))}

Payments are taken automatically from your Visa debit ending 4471. If a payment can't be collected we'll
retry after 3 days; if it's still missed, a late fee of up to $10 applies (never more than 25% of the order).
Loans to California residents are made or arranged under a California Financing Law license.

Lumi Pay, Inc., San Francisco, CA
"""


def e04(_s: Spec) -> str:
    return """BRIGHTWAY RENT-TO-OWN — RENTAL-PURCHASE AGREEMENT
Store #112, 905 Route 9, Albany NY 12205                        Agreement date: 08/14/2025

Customer: Tanya Wilkes
Property: Samsung 65" QLED TV model QN65Q70D, serial 0K7J3CA****, new

Weekly rental payment .................... $27.99 (plus tax)
Number of weekly payments to own ......... 78
Total of payments to own ................. $2,183.22
Cash price ............................... $1,099.00
Cost of rental (difference) .............. $1,084.22

THIS IS A RENTAL-PURCHASE AGREEMENT. YOU WILL NOT OWN THE PROPERTY UNTIL YOU MAKE ALL 78 PAYMENTS
OR USE THE EARLY PURCHASE OPTION. YOU MAY END THIS AGREEMENT AT ANY TIME WITHOUT PENALTY BY
RETURNING THE PROPERTY IN GOOD REPAIR AND PAYING ANY PAST-DUE RENT. This is not a credit sale.

Early purchase option: at any time, 55% of the remaining total of payments.
Reinstatement: if you miss a payment you may reinstate within 7 days without losing your rights.
Customer signature: T. Wilkes
"""


def e05(s: Spec) -> str:
    """A 401(k) plan loan: biweekly payroll deductions, a processing fee withheld from the check."""
    P = s.principal
    return f"""NORTHWIND MANUFACTURING 401(k) SAVINGS PLAN
PARTICIPANT LOAN — PROMISSORY NOTE AND PAYROLL DEDUCTION AUTHORIZATION

Participant: Gregory P. Haines, Employee ID 22718, Grand Rapids, Michigan
Vested account balance on {mdy(s.contract_date)}: $48,310.27 (the loan may not exceed 50%)

Loan amount requested ............................ {cur(P)}
Loan processing fee (deducted from the check) .... {cur(fee(s))}
Net check to participant .......................... {cur(s.received)}
Interest rate ..................................... {plain(s.rate_value)}% (prime rate of 7.50% + 1%, fixed for the term)
Term .............................................. 5 years
Repayment ......................................... {s.n} biweekly payroll deductions of {cur(pay(s))}{'' if pay(s) == s.rows[-1]['total'] else f" (the last {cur(s.rows[-1]['total'])})"}
                                                    beginning with the paycheck of {mdy(due(s, 1))}

The interest you pay is credited to your own plan account. If your employment ends, the outstanding
balance must be repaid by the due date of your tax return or it is treated as a distribution.
Annual percentage rate (including the fee): {apr_text(s)}
Participant signature: G. P. Haines
"""


def e06(s: Spec) -> str:
    """An Arizona car title loan, fields flattened from a two-column form."""
    P = s.principal
    return f"""DESERT SUN TITLE LOANS LLC   Arizona Consumer Lender License CL-0993
VEHICLE TITLE LOAN AGREEMENT   Phoenix, AZ   Date {mdy(s.contract_date)}
Borrower Rosa Q. Jimenez   Vehicle 2015 Chevrolet Malibu LT   Title No. AZ*******8831   Loan value $4,200.00
Principal amount {cur(P)}   Interest rate {plain(s.rate_value)}% per annum   Term {s.term_months} months
Monthly payment {cur(pay(s))}   Number of payments {s.n}   First payment {mdy(due(s, 1))}
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   AMOUNT FINANCED {cur(s.net_received)}   TOTAL OF PAYMENTS {cur(total_repaid(s))}
Lien: we will hold a lien on your title until the loan is paid. You keep the vehicle.
No origination fee. Title lien recording fee paid by lender. Late fee $15 after 10 days.
IF YOU DO NOT REPAY, WE MAY REPOSSESS YOUR VEHICLE.   Borrower initials R.Q.J.
"""


def e07(s: Spec) -> str:
    """A UK guarantor loan: pre-contract summary with the guarantor's section."""
    P = s.principal
    return f"""PRE-CONTRACT CREDIT INFORMATION (Standard European Consumer Credit Information)
Guarantor loan — Ashgrove Guarantor Finance plc, Leeds LS1 4AP

1. Borrower: Ms Chloe Barker, Hull HU5 2NB          Guarantor: Mr Martin Barker (father), Hull HU7 0QA

2. Key features
   Total amount of credit ........................ {gbp(P)} (paid to the GUARANTOR's bank account, who passes it on)
   Duration ...................................... {s.term_months} months
   Instalments ................................... {s.n} monthly payments of {gbp(pay(s))}{'' if pay(s) == s.rows[-1]['total'] else f", final payment {gbp(s.rows[-1]['total'])}"}
   Total amount you will have to pay ............. {gbp(total_repaid(s))}

3. Costs of the credit
   Borrowing rate ................................ {plain(s.rate_value)}% a year, fixed
   APR ........................................... {apr_text(s)}
   Fees .......................................... none
   Missing payments: £10 letter fee; if you do not pay, we will ask your guarantor to pay.

4. The guarantor must be a homeowner or tenant, aged 21-75, and must confirm by phone call.
   Right of withdrawal: 14 days. Early repayment: allowed at any time; no charge.
First payment: {uk_date(due(s, 1))}.   Date: {uk_date(s.contract_date)}.
"""


def e08(s: Spec) -> str:
    """A UK credit-union loan in a member's letter: 1% a month on the reducing balance."""
    P = s.principal
    return f"""Riverside Community Credit Union Ltd
12 Market Place, Wakefield WF1 1DH — authorised by the PRA, regulated by the FCA and the PRA

{uk_date(s.contract_date)}

Dear Mr Hussain,

Good news — your loan application (member no. 30218) has been approved and {gbp(P)} will be paid into your
account today.

You'll repay {gbp(pay(s))} a month for {s.n} months{'' if pay(s) == s.rows[-1]['total'] else f", with a final payment of {gbp(s.rows[-1]['total'])}"}, starting on {uk_date(due(s, 1))}.
Interest is charged at {plain(s.rate_value)}% a month on the reducing balance. There are no fees.
Total interest: {gbp(total_interest(s))}. Total repayable: {gbp(total_repaid(s))}. APR: {apr_text(s)}.

Remember you can pay off early at any time and only pay interest up to that day. Please keep saving with
us too — even £5 a week builds up.

Kind regards,
Lending Team
"""


def e09(s: Spec) -> str:
    """An Irish licensed moneylender's home-collected loan; the APR only in a footnote."""
    P = s.principal
    return f"""HEARTH HOME CREDIT DAC — Licensed Moneylender (Central Bank of Ireland ML-1187)
MONEYLENDING AGREEMENT — Consumer Credit Act 1995

Borrower: Siobhán Kelly, 14 Ard Mhuire, Limerick V94 ****           Agent: Pádraig Ryan (calls monthly)
Date: {s.contract_date.strftime('%d/%m/%Y')}

Cash lent to you today: {cur(P, '€')}
Repayable in {s.n} monthly instalments of {cur(pay(s), '€')}{'' if pay(s) == s.rows[-1]['total'] else f" (last {cur(s.rows[-1]['total'], '€')})"} collected at your home,
first on {s.rows[0]['date'].strftime('%d/%m/%Y')}.
Total amount repayable: {cur(total_repaid(s), '€')}¹
Cost of credit: {cur(total_interest(s), '€')}¹

WARNING: THIS IS A HIGH-COST LOAN.
¹ APR {apr_text(s)}. Interest is charged at a flat {plain(s.rate_value)}% a year on the amount lent for the term;
no other charges, no collection charges. You may repay early and receive a rebate.
Signed: S. Kelly
"""


def e10(_s: Spec) -> str:
    return """PARAMOUNT RECOVERY SOLUTIONS, INC.
P.O. Box 88120, Columbus, OH 43208                                         October 21, 2025

Jordan M. Pierce
3318 Linden Ave, Dayton, OH 45410

Re: Your account with Quickstep Online Lending, LLC — Account No. ****4417

Paramount Recovery Solutions is a debt collector. We are trying to collect a debt that you owe to Quickstep
Online Lending, LLC. We will use any information you give us to help collect the debt.

Our information shows:
  You took out an installment loan of $2,500.00 on March 3, 2024 at 29.9% with account number ****4417.
  As of December 5, 2024, you owed:                                $2,118.46
  Between December 5, 2024 and today:
    You were charged this amount in interest:                    + $0.00
    You were charged this amount in fees:                        + $0.00
    You paid or were credited this amount toward the debt:       – $250.00
  Total amount of the debt now:                                    $1,868.46

How can you dispute the debt? Call or write to us by November 25, 2025 to dispute all or part of the debt.
If you do not, we will assume that our information is correct.
"""


def e11(_s: Spec) -> str:
    return """IN THE COUNTY COURT OF THE THIRTEENTH JUDICIAL CIRCUIT
IN AND FOR HILLSBOROUGH COUNTY, FLORIDA
CIVIL DIVISION                                              CASE NO.: 25-CC-061442

HARBORVIEW CONSUMER FINANCE, LLC,
    Plaintiff,
v.
DESMOND A. FOSTER,
    Defendant.

SUMMONS

THE STATE OF FLORIDA:
To Each Sheriff of the State: YOU ARE COMMANDED to serve this summons and a copy of the complaint in this
action on defendant DESMOND A. FOSTER.

The complaint alleges that on June 2, 2023 Defendant signed a promissory note for $6,000.00 at 24% interest
payable in 36 monthly installments of $235.39, defaulted on the payment due March 2, 2025, and owes
$4,177.82 in principal plus accrued interest of $309.15.

Each defendant is required to serve written defenses to the complaint on plaintiff's attorney, Renee L.
Ostrowski, Esq., 100 N. Tampa St., Suite 2400, Tampa, FL 33602, within 20 days after service of this summons,
exclusive of the day of service. If you fail to do so, a default will be entered against you.

DATED on October 2, 2025.                         CINDY STUART, Clerk of the Court
                                                  By: ____________ Deputy Clerk
"""


def e12(s: Spec) -> str:
    """An Illinois loan with a numbered schedule table; the footnoted finance charge contradicts it."""
    P = s.principal
    rows = "\n".join(f" {r['k']:>2}. {r['date'].isoformat()}   {cur(r['total']):>10}   {cur(r['principal']):>10}   {cur(r['interest']):>8}"
                     for r in s.rows)
    return f"""PRAIRIE STATE CREDIT CO. — Illinois Consumer Installment Loan Act License CI-2290
Borrower: Nadia F. Osei, Peoria, IL               Loan date: {s.contract_date.isoformat()}      Loan amount: {cur(P)}†

REPAYMENT SCHEDULE
 No. Due date        Payment    Principal  Interest
{rows}

† Simple interest at {plain(s.rate_value)}% per year. Finance charge: {cur(total_interest(s) + 85)}. No fees of any kind.
  The whole loan amount is paid to you by direct deposit. Late charge $10 after 15 days.
"""


def e13(s: Spec) -> str:
    """A New York lender's approval e-mail: a processing fee withheld takes the APR above 25%."""
    P = s.principal
    return f"""From: approvals@empirequickfunds.example
To: k.alvarez@example.com
Date: {s.contract_date.strftime('%a, %d %b %Y')} 14:06 -0400
Subject: Approved! Your $3,000 personal loan

Hi Kevin,

Congratulations — you're approved. Here are your loan details:

  • Loan amount: {cur(P)}
  • Processing fee: {cur(fee(s))}, deducted from your loan proceeds
  • You'll receive: {cur(s.received)} by ACH to your Chase account ending 5521 (Brooklyn, NY)
  • Interest rate: {plain(s.rate_value)}% fixed
  • Payments: {s.n} monthly payments of {cur(pay(s))}{'' if pay(s) == s.rows[-1]['total'] else f", final payment {cur(s.rows[-1]['total'])}"}, starting {long_en(due(s, 1))}

Please e-sign your note in the portal within 48 hours. No prepayment penalty.

Empire Quick Funds
"""


def e14(s: Spec) -> str:
    """A loan to an active-duty soldier near a Georgia base; an application fee withheld (MLA MAPR)."""
    P = s.principal
    return f"""LIBERTY COUNTY SERVICE LOANS, INC. — Hinesville, Georgia (outside Fort Stewart gate 3)
LOAN AGREEMENT AND FEDERAL DISCLOSURES                                    Date: {mdy(s.contract_date)}

Borrower: SPC Tyrell J. Greene, 3rd Infantry Division — covered borrower (active duty; DoD MLA database
check completed {mdy(s.contract_date)}, certificate on file)

Loan amount ....................... {cur(P)}
Application fee (withheld) ........ {cur(fee(s))}
Net proceeds by direct deposit .... {cur(s.received)}
Contract interest rate ............ {plain(s.rate_value)}% per year, simple interest
Payments .......................... {s.n} monthly payments of {cur(pay(s))}{'' if pay(s) == s.rows[-1]['total'] else f" (last {cur(s.rows[-1]['total'])})"}, first {mdy(due(s, 1))}

ANNUAL PERCENTAGE RATE {apr_text(s)} | FINANCE CHARGE {cur(finance_charge(s))} | AMOUNT FINANCED {cur(s.net_received)} | TOTAL OF PAYMENTS {cur(total_repaid(s))}

STATEMENT OF MILITARY APR: Federal law provides important protections to members of the Armed Forces and
their dependents relating to extensions of consumer credit. In general, the cost of consumer credit to a
member of the Armed Forces and his or her dependent may not exceed an annual percentage rate of 36 percent.
Payment by allotment is optional. Borrower: T. J. Greene
"""
