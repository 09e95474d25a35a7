#!/usr/bin/env python3
"""The English renderers of held-out batch S (tests/fresh/en/en-x*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_s.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import kv_div, page  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402


def last(s: Spec, money=cur) -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f" (final payment {money(s.rows[-1]['total'])})"


def e01(s: Spec) -> str:
    """An Illinois 90-day single-payment loan whose interest is stated per diem."""
    P = s.principal
    r = s.rows[0]
    per_diem = r2(P * s.rate_value / 100 / 365)
    return f"""PRAIRIE STATE CONSUMER LENDING, INC. — Single Payment Consumer Loan Agreement
Borrower: Lorenzo Baptiste, 918 W. Jefferson St, Springfield IL 62702      Loan No. PS-55190
Loan date: {long_en(s.contract_date)}

Principal amount: {cur(P)}, paid to you by check on the loan date.
Simple interest accrues on the unpaid principal at {plain(s.rate_value)}% per annum, which is {cur(per_diem)} per diem,
for {s.term_days} days. Payment due date: {long_en(end(s))}.
You will pay one payment of {cur(r['total'])} ({cur(P)} principal plus {cur(r['interest'])} interest) on the due date.
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   Amount Financed {cur(s.net_received)}
Total of Payments {cur(total_repaid(s))}.  No other fees are charged. You may prepay at any time; interest stops
accruing on the day we receive your payment.
Signed: Lorenzo Baptiste
"""


def e02(s: Spec) -> str:
    """A New York online lender's loan repaid every other Friday: 52 biweekly payments."""
    P = s.principal
    return f"""BRIGHTPATH ONLINE LOANS LLC — Installment Loan Agreement and Truth in Lending Disclosure
Borrower: Kayla Donovan, Rochester, New York 14607            Date: {mdy(s.contract_date)}
Amount Financed {cur(s.net_received)} | Finance Charge {cur(finance_charge(s))} | ANNUAL PERCENTAGE RATE {apr_text(s)} | Total of Payments {cur(total_repaid(s))}
Your payment schedule: {s.n} payments of {cur(pay(s))}{last(s)} due every other Friday beginning {mdy(due(s, 1))},
to match your pay dates. Interest rate: {plain(s.rate_value)}% per year, simple interest, fixed.
The loan proceeds of {cur(P)} will be deposited to your checking account on {mdy(s.start_date)}. No origination fee.
"""


def e03(s: Spec) -> str:
    """A UK car dealer's PCP (personal contract purchase) with an optional final payment (PDF)."""
    P = s.principal
    price = P + 3000
    balloon = s.rows[-1]["total"] - pay(s)
    return f"""NORTHGATE MOTOR FINANCE — Personal Contract Purchase: Pre-contract Credit Information (extract)
Customer: Mr Callum Reid, 14 Brae Crescent, Dundee DD3 6HX          Date: {s.contract_date.strftime('%d/%m/%Y')}
Vehicle: 2023 Skoda Octavia Estate 1.5 TSI SE L    Cash price {gbp(price)}    Customer deposit {gbp(price - P)}
Amount of credit: {gbp(P)}
Duration: {s.n} months.  Monthly payments: {s.n} of {gbp(pay(s))}, the {s.n}th paid together with the
Optional Final Payment of {gbp(balloon)} (total final instalment {gbp(s.rows[-1]['total'])}) if you wish to own the car.
Fixed rate of interest: {plain(s.rate_value)}% per year.   Representative APR: {r2(s.cost)}%
Total amount payable (excluding deposit): {gbp(total_repaid(s))}   Total charge for credit: {gbp(total_interest(s))}
No admin fee, no option-to-purchase fee. Annual mileage 8,000; excess mileage 8p per mile if returned.
"""


def e04(s: Spec) -> str:
    """An Illinois single-payment car title loan due in one month."""
    P = s.principal
    r = s.rows[0]
    return f"""QUICKKEYS TITLE LOANS — Motor Vehicle Title Loan Agreement
Illinois License No. TL-2291        Borrower: Martha Greene, 77 E. 83rd St, Chicago IL 60619
Vehicle pledged: 2014 Honda Accord LX, VIN 1HGCR2F3XEA0xxxxx, title held by lender
Loan date: {mdy(s.contract_date)}        Due date: {mdy(end(s))}
Amount loaned to you (cash): {cur(P)}
Finance charge: {cur(r['interest'])} ({plain(s.rate_value)}% per month)
Total due in a single payment on the due date: {cur(r['total'])}
ANNUAL PERCENTAGE RATE: {apr_text(s)}
If you do not pay, we may repossess the vehicle.
"""


def e05(s: Spec) -> str:
    """A New York insurance premium finance agreement: the down payment goes to the insurer, the rest is financed."""
    P = s.principal
    return f"""EMPIRE PREMIUM FINANCE CO. — Premium Finance Agreement (New York)
Insured: Tomasz Nowak DBA Nowak Painting, Queens NY       Agent: Liberty Brokerage
Policy: commercial auto, Harbor Mutual, term 12 months from {mdy(s.start_date)}
Total premiums {cur(P + 360)}   Less down payment paid to agent {cur(D(360))}   Unpaid balance / AMOUNT FINANCED {cur(P)}
FINANCE CHARGE {cur(finance_charge(s))}   ANNUAL PERCENTAGE RATE {apr_text(s)}   TOTAL OF PAYMENTS {cur(total_repaid(s))}
Payment schedule: {s.n} monthly installments of {cur(pay(s))}{last(s)}, first due {mdy(due(s, 1))}.
The insured assigns to us the unearned premiums; on default we may cancel the policy.
Date of agreement: {mdy(s.contract_date)}
"""


def e06(s: Spec) -> str:
    """A mobile carrier's device payment agreement page at 0% APR (HTML)."""
    P = s.principal
    body = f"""<h2>Device Payment Agreement</h2>
{kv_div([("Device", "Pixelon 9 Pro 256GB"), ("Retail price", cur(P)), ("Down payment", "$0.00"),
         ("Amount financed", cur(s.net_received)), ("ANNUAL PERCENTAGE RATE", "0.00%"), ("Finance charge", "$0.00"),
         ("Monthly device payment", f"{cur(pay(s))} x {s.n} months{last(s)}"), ("Total of payments", cur(total_repaid(s))),
         ("Agreement date", mdy(s.contract_date))])}
<p>Customer: Aaliyah Brooks, Buffalo, NY. Payments are billed on your monthly wireless bill starting {mdy(due(s, 1))}.</p>
<p>If you cancel service, the remaining device balance becomes due.</p>
<button>Accept and sign</button>"""
    return page("Device Payment Agreement", body, False, "")


def e07(s: Spec) -> str:
    """A Texas piano dealer's retail installment contract (PDF)."""
    P = s.principal
    return f"""CROSSROADS PIANO GALLERY — RETAIL INSTALLMENT CONTRACT (Texas)
Buyer: Hannah Oyelaran, 3310 Whitestone Blvd, Cedar Park TX 78613        Date: {mdy(s.contract_date)}
Item: Yamaha U1 upright piano, serial 6012xxx (used)
Cash price {cur(P + 500)}   Cash down payment {cur(D(500))}   Unpaid balance of cash price / AMOUNT FINANCED {cur(P)}
ANNUAL PERCENTAGE RATE {apr_text(s)}    FINANCE CHARGE {cur(finance_charge(s))}    TOTAL OF PAYMENTS {cur(total_repaid(s))}
Payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}.
Contract rate {plain(s.rate_value)}% per year, simple interest. No documentary fee charged.
Seller assigns this contract to Heritage Music Finance.
"""


def e08(s: Spec) -> str:
    """A personal-loan offer screen (PNG) whose payment is figured at the autopay-discounted rate."""
    P = s.principal
    return f"""9:12                                   LTE
<  Your loan offer
        {cur(P)}
   {s.n} months  ·  Fixed rate
----------------------------------------
Interest rate             {plain(s.rate_value)}%
  (includes 1.00% autopay discount;
   {plain(s.rate_value + 1)}% without autopay)
APR                       {apr_text(s)}
Monthly payment           {cur(pay(s))}
Origination fee           $0
Total interest            {cur(total_interest(s))}
----------------------------------------
Lender: Hudson Ridge Bank, N.A. (New York)
Offer date {mdy(s.contract_date)}  ·  funds next business day
          [ Accept offer ]
"""


def e09(s: Spec) -> str:
    """An SMS-style summary of an Illinois small consumer loan close to the 36% cap."""
    P = s.principal
    return (f"NorthStar Loans: Your loan of {cur(P)} is approved and funded today {mdy(s.contract_date)}. {s.n} monthly payments of "
            f"{cur(pay(s))}{last(s)} starting {mdy(due(s, 1))}. Rate {plain(s.rate_value)}% APR {apr_text(s)}. Total of payments "
            f"{cur(total_repaid(s))}. No fees. Licensed by IDFPR. Reply HELP for help, STOP to end texts.\n")


def e10(s: Spec) -> str:
    """A utility's budget billing plan: equal monthly bills, no credit."""
    return """COMMONWEALTH GAS & ELECTRIC — Budget Billing Enrollment Confirmation
Account 4402-118-907   Service address: 51 Linden Ave, Worcester MA 01609
Date: 10/02/2025
Your Budget Billing amount is $164.00 per month, based on your last 12 months of usage ($1,968.00).
We will review your plan every 6 months. At the end of the plan year, any difference between your actual
charges and your budget payments will be settled on your August bill. There is no fee or interest for Budget Billing.
You may leave the plan at any time; any balance will then be due on your next bill.
"""


def e11(s: Spec) -> str:
    """A Philippine lending company's disclosure statement (pesos): outside the bundled rulesets."""
    P = s.principal
    return f"""MABUHAY LENDING CORPORATION  (SEC Reg. No. CS2019xxxxx, CA No. 2841)
DISCLOSURE STATEMENT ON LOAN TRANSACTION (As required under R.A. 3765, Truth in Lending Act)
Borrower: Maria Luz Santos, Brgy. San Isidro, Antipolo City, Rizal
1. Loan Granted  PHP {P:,.2f}     Date: {mdy(s.contract_date)}
2. Finance charges: interest of {plain(s.rate_value)}% per annum, diminishing balance
3. Net proceeds of loan  PHP {P:,.2f}
4. Payment: {s.n} monthly amortizations of PHP {pay(s):,.2f}{last(s, lambda x: f'PHP {x:,.2f}')}
5. Total amount to be paid  PHP {total_repaid(s):,.2f}
"""


def e12(s: Spec) -> str:
    """A New York hearing-aid financing agreement from a licensed lender (PDF)."""
    P = s.principal
    return f"""CLEARSOUND PATIENT FINANCING — Closed-End Credit Agreement
Licensed Lender (NY DFS)                     Patient: Gerald Whitcombe, Albany NY 12203
Provider: Capital District Audiology         Purchase: 2 hearing aids, fitting and 3-year service plan
Date: {mdy(s.contract_date)}
AMOUNT FINANCED {cur(P)} (paid directly to the provider)
ANNUAL PERCENTAGE RATE {apr_text(s)}     FINANCE CHARGE {cur(finance_charge(s))}     TOTAL OF PAYMENTS {cur(total_repaid(s))}
{s.n} monthly payments of {cur(pay(s))}{last(s)}; first payment {mdy(due(s, 1))}.
Interest rate {plain(s.rate_value)}% fixed. No application, origination or prepayment fees.
"""


def e13(s: Spec) -> str:
    """An Illinois credit union's used-car loan paid every other Friday (biweekly)."""
    P = s.principal
    return f"""LAKESHORE EMPLOYEES CREDIT UNION — Vehicle Loan Note and Disclosure
Member: Ricardo Salazar, Joliet IL 60435        Note date: {mdy(s.contract_date)}
Collateral: 2021 Toyota RAV4 LE
Loan amount {cur(P)}, paid to the selling dealer.
Interest rate {plain(s.rate_value)}% per annum.   ANNUAL PERCENTAGE RATE {apr_text(s)}
Payments: {s.n} bi-weekly payments of {cur(pay(s))}{last(s)} by payroll deduction, every other Friday
from {mdy(due(s, 1))} to {mdy(end(s))}.   FINANCE CHARGE {cur(finance_charge(s))}   TOTAL OF PAYMENTS {cur(total_repaid(s))}
"""


def e14(s: Spec) -> str:
    """A chat transcript with an online lender's agent: an Illinois loan with an origination fee kept back."""
    P = s.principal
    return f"""Chat transcript — FastLane Funding support — {mdy(s.contract_date)}
Agent Brianna: Hi Devon! Good news, your loan is approved for {cur(P)}.
Devon Price: great. how much do I actually get?
Agent Brianna: We keep a {cur(fee(s))} origination fee out of the loan, so {cur(s.received)} goes to your bank account today.
Devon Price: and the payments?
Agent Brianna: {s.n} monthly payments of {cur(pay(s))}{last(s)}, first one on {mdy(due(s, 1))}. Interest rate is {plain(s.rate_value)}% on the full {cur(P)}.
Devon Price: ok. I live in Peoria IL btw
Agent Brianna: No problem, we lend in Illinois. Please e-sign the agreement in your inbox to finish.
"""
