#!/usr/bin/env python3
"""The English renderers of held-out batch Q (tests/fresh/en/en-v*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_q.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge  # noqa: E402


def last(s: Spec, money=cur) -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f" (last payment {money(s.rows[-1]['total'])})"


def e01(s: Spec) -> str:
    """A California Financing Law installment loan in the $2,500-$10,000 band, with an
    administrative fee taken from the proceeds (PDF)."""
    P = s.principal
    return f"""GOLDEN POPPY FINANCIAL, INC. — California Financing Law License No. 60DBO-118833
CONSUMER INSTALLMENT LOAN AGREEMENT AND DISCLOSURE STATEMENT
Borrower: Rosa Delgado, 1418 W. Olive Ave, Fresno, CA 93728     Loan No. GP-25-07781
Date of loan: {mdy(s.contract_date)}

 ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments
 {apr_text(s)}                 | {cur(finance_charge(s))}        | {cur(s.net_received)}       | {cur(total_repaid(s))}

Itemization of Amount Financed: principal amount of loan {cur(P)}; less administrative fee {cur(fee(s))}
(paid from loan proceeds); amount paid to you directly {cur(s.received)}.
Payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}.
Interest is charged on the unpaid principal balance at the simple rate of {plain(s.rate_value)}% per year.
Late charge: if a payment is more than 10 days late, $10.00 (or $15.00 if more than 15 days late).
Prepayment: you may prepay in full or in part at any time without penalty.
This loan is made pursuant to the California Financing Law, Division 9 (commencing with Section 22000) of the
Financial Code.
"""


def e02(s: Spec) -> str:
    """An online line of credit with a monthly membership fee: one draw and its payoff plan (HTML)."""
    P = s.principal
    plan = [["Statement", "Due", "Minimum payment", "Interest", "Membership", "Principal"]] + [
        [str(r["k"]), mdy(r["date"]), cur(r["total"]), cur(r["interest"]), cur(r["fees"]), cur(r["principal"])] for r in s.rows]
    body = f"""<h1>FlexLine by Brightway</h1>
<p>Hi Jordan — here's your draw summary.</p>
{kv_div([("Credit limit", "$2,500.00"), ("This draw", cur(P)), ("Sent to", "Checking ••1182"), ("Draw date", long_en(s.start_date)),
         ("Interest rate", f"{plain(s.rate_value)}% APR (variable)"), ("Membership", f"{cur(fee(s))} / month while you have a balance")])}
<h2>Your payoff plan for this draw</h2>
{table_html(plan)}
<p class="fine">Your Brightway membership keeps your line open and includes credit monitoring. It is billed on each
statement while a balance is outstanding. The interest rate shown does not include the membership fee.
Lender: Brightway Bank, N.A. St. Louis, Missouri.</p>"""
    return page("FlexLine draw summary", body, False, "")


def e03(s: Spec) -> str:
    """An earned-wage-access app's advance with an expedite fee, the tip left at zero (PNG)."""
    P = s.principal
    return f"""10:14                                   ▂▄▆ LTE
←  Get paid early
PayNow Advance
Available: $180.00 of your earned pay
Advance amount ................. {cur(P)}
Delivery: ( ) Standard, 1-3 business days, free
          (•) Instant to debit card ••5530
Instant fee ..................... {cur(fee(s))}
You'll receive .................. {cur(s.received)}
Leave a tip? $0  $2  $4  $6  [ No tip ✓ ]
Tips are optional and don't affect your access.
Repayment: {cur(P)} auto-debited on your next payday,
{long_en(end(s))}
Requested {long_en(s.start_date)}
[ Confirm advance ]
Advances are provided by PayNow Technologies, Inc., Austin, TX.
"""


def e04(s: Spec) -> str:
    """A furniture store's retail installment contract with single-premium credit insurance
    financed at the buyer's option (PDF)."""
    ins = s.opts["insurance"]
    cash_price, down = s.opts["cash_price"], s.opts["down"]
    return f"""HOMESTEAD FURNITURE GALLERY — RETAIL INSTALLMENT CONTRACT AND SECURITY AGREEMENT
Buyer: Kendra Willis, 220 Peachtree Ct, Macon, GA 31204           Contract date: {mdy(s.contract_date)}
Items purchased: 3-pc sectional (Harbor Grey), 2 recliners, delivery
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   AMOUNT FINANCED {cur(s.net_received)}
TOTAL OF PAYMENTS {cur(total_repaid(s))}   TOTAL SALE PRICE {cur(total_repaid(s) + down)}
ITEMIZATION: 1. Cash price {cur(cash_price)}  2. Down payment {cur(down)}  3. Unpaid balance of cash price {cur(cash_price - down)}
  4. Single-premium credit life and disability insurance {cur(ins)}  5. Amount financed (3 + 4) {cur(s.net_received)}
Credit insurance is not required to obtain credit and will not be provided unless you sign and agree to pay the
additional cost. [X] I want credit life and disability insurance. Premium {cur(ins)} for the term of credit.
Signature: Kendra Willis
PAYMENT SCHEDULE: {s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}.
Simple interest at {plain(s.rate_value)}% per year on the unpaid balance. Late charge: 5% of the installment if 15 days late.
"""


def e05(s: Spec) -> str:
    """An Ohio short-term loan with a monthly maintenance fee and an origination fee withheld; a
    schedule with odd columns."""
    P = s.principal
    rows = "\n".join(f"  {r['k']:>2}   {mdy(r['date'])}   {cur(r['interest']):>8}   {cur(r['fees']):>8}   {cur(r['principal']):>9}   {cur(r['total']):>9}"
                     for r in s.rows)
    return f"""BUCKEYE QUICK LOANS LLC — Ohio Short-Term Loan Act Licensee
Loan Agreement No. 5530-204                                   Date: {mdy(s.contract_date)}
Borrower: Travis Kline, Dayton, OH
Principal {cur(P)}. Origination fee {cur(s.fees[0].amount)} deducted from the proceeds; check issued {cur(s.received)}.
Interest {plain(s.rate_value)}% per annum. Monthly maintenance fee {cur(s.fees[1].amount)}.
ANNUAL PERCENTAGE RATE {apr_text(s)}  FINANCE CHARGE {cur(finance_charge(s))}  AMOUNT FINANCED {cur(s.net_received)}
  #    due          interest   maint.fee   principal    you pay
{rows}
Total of payments {cur(total_repaid(s))}.
You may cancel this loan by returning the full principal by 5 p.m. of the next business day.
"""


def e06(s: Spec) -> str:
    """A personal loan offer by e-mail whose origination fee is stated only as a percentage."""
    P = s.principal
    return f"""Subject: Your loan offer is ready, Priya
From: Lumen Lending <offers@lumenlending.example>
Date: {long_en(s.contract_date)}

Priya, congratulations! Here is the offer you selected:
  Loan amount: {cur(P)}
  Term: {s.term_months} months
  Interest rate: {plain(s.rate_value)}% fixed
  Monthly payment: {cur(pay(s))}{last(s)}
  Origination fee: {plain(s.fees[0].percent)}% of the loan amount, deducted from your loan proceeds before funding
  APR: {apr_text(s)}
Your funds will be deposited on {long_en(s.start_date)}; your first payment is due {long_en(due(s, 1))}.
Loans are made by Lumen Lending LLC, licensed by the Illinois Department of Financial and Professional
Regulation, for residents of Illinois (Naperville, IL 60540 on file).
"""


def e07_blocks(s: Spec) -> list:
    """A family promissory note (docx): aunt to nephew, low interest, monthly payments."""
    P = s.principal
    return [
        ("p", "PROMISSORY NOTE"),
        ("p", f"For value received, I, Marcus Bell of Sacramento, California, promise to pay to my aunt, Loretta Bell of"
              f" Oakland, California, the principal sum of {cur(P)}, with interest on the unpaid balance at {plain(s.rate_value)}% per year."),
        ("table", [["Payments", f"{s.n} monthly payments of {cur(pay(s))}{last(s)}"], ["First payment", long_en(due(s, 1))],
                   ["Funds advanced", long_en(s.start_date)], ["Prepayment", "Allowed at any time without penalty"]]),
        ("p", "If any payment is more than 30 days late the whole balance may be called due. No fees are charged."),
        ("br", f"Signed {long_en(s.contract_date)}", "Marcus Bell, Borrower", "Loretta Bell, Lender"),
    ]


def e08(s: Spec) -> str:
    """A loan modification agreement: a past-due balance re-amortised at a lower rate."""
    P = s.principal
    return f"""LOAN MODIFICATION AGREEMENT
Lender: Lone Prairie Credit Union, Abilene, Texas        Member: Daniel Ruiz        Original loan no. 44-8812
Effective date: {long_en(s.contract_date)}
Recitals: The Member is behind on the original personal loan of October 2023. To avoid default, the parties agree:
1. Modified principal balance. The unpaid principal, accrued interest and late charges are combined into a
   modified principal balance of {cur(P)} as of {long_en(s.start_date)}. No new funds are advanced.
2. Interest. Interest accrues on the modified balance at {plain(s.rate_value)}% per year (previously 17.9%).
3. Payments. {s.n} monthly payments of {cur(pay(s))}{last(s)}, the first due {long_en(due(s, 1))}.
4. No modification fee is charged. All other terms of the original note remain in effect.
Member signature: Daniel Ruiz          For the Credit Union: A. Moreno, Collections Supervisor
"""


def e09(s: Spec) -> str:
    """A British Columbia payday loan agreement: a fee per $100 borrowed, one payment."""
    P = s.principal
    return f"""CASHWAY FINANCIAL (B.C.) LTD. — Licensed payday lender, Consumer Protection BC licence 88213
PAYDAY LOAN AGREEMENT                                  Agreement date: {long_en(s.contract_date)}
Borrower: Kyle Anderson, Surrey, BC
Amount of loan: {cur(P)} (paid by e-transfer on {long_en(s.start_date)})
Cost of borrowing: $15.00 for every $100 borrowed = {cur(fee(s))}
Total amount to repay: {cur(total_repaid(s))} on {long_en(end(s))} (term {s.term_days} days)
Annual percentage rate: {apr_text(s)}
Dishonoured payment fee: $20.00. You may cancel within 2 business days without any charge.
"""


def e10(s: Spec) -> str:
    """A Singapore licensed moneylender's note of contract (out of scope)."""
    P = s.principal
    return f"""NOTE OF CONTRACT FOR MONEYLENDER'S LOAN (Moneylenders Act 2008)
Moneylender: Lion City Credit Pte. Ltd., licence 12/2025    Borrower: Tan Wei Ming
Date of loan: {s.contract_date.isoformat()}
Principal: S${r2(P):,.2f}    Administrative fee (deducted on disbursement): S${r2(fee(s)):,.2f}
Amount disbursed: S${r2(s.received):,.2f}
Interest: {plain(s.rate_value)}% per month on the outstanding principal
Repayment: {s.n} monthly instalments of S${r2(pay(s)):,.2f}{last(s, lambda x: f'S${r2(x):,.2f}')}, first due {due(s, 1).isoformat()}
Late interest: 4% per month on the amount repaid late; late fee S$60 per month.
Borrower's acknowledgement: I confirm the terms were explained to me in English.
"""


def e11(_s: Spec) -> str:
    """A merchant cash advance: a purchase of future receivables, not a loan."""
    return """REVENUE PURCHASE AGREEMENT
Purchaser: Summit Capital Funding LLC        Seller: Bella Vista Pizzeria LLC (d/b/a Bella Vista), Tampa, FL
Purchase price paid to Seller: $40,000.00
Purchased amount (receivables sold): $54,000.00 (factor rate 1.35)
Specified percentage: 12% of each day's card and ACH receipts, remitted daily; estimated daily remittance $270.00
This is a sale of future receivables and not a loan. There is no fixed term and no interest rate. If the Seller's
receipts fall, the remittance falls with them; the Seller may request a reconciliation each month.
Origination fee of $1,200.00 and UCC filing fee of $195.00 are deducted from the purchase price.
Guarantor: Marco Rinaldi (performance guaranty only).
"""


def e12(_s: Spec) -> str:
    """An adverse-action notice after a declined application (PDF): no credit."""
    return """STATEMENT OF CREDIT DENIAL, TERMINATION OR CHANGE
Date: September 30, 2025
Applicant: Aaliyah Johnson, 55 Maple St, Hartford, CT 06106
Description of account, transaction, or requested credit: Personal loan of $7,500.00 for 48 months
Description of action taken: Your application has been declined.
Principal reasons for credit denial:
 - Debt-to-income ratio too high
 - Limited length of credit history
Our credit decision was based in whole or in part on information obtained in a report from Equifax Information Services
LLC, P.O. Box 740241, Atlanta, GA 30374, 1-800-685-1111. You have a right to a free copy of your report within 60 days.
Your credit score: 612 (range 300-850). Key factors: number of recent inquiries; proportion of balances to limits.
NOTICE: The federal Equal Credit Opportunity Act prohibits creditors from discriminating against credit applicants ...
Nutmeg Community Bank, 10 Asylum St, Hartford, CT 06103
"""


def e13(s: Spec) -> str:
    """A New York personal loan whose Amount Financed box contradicts its own itemization (PDF)."""
    P = s.principal
    stated_af = s.net_received + 100
    return f"""EMPIRE STATE CONSUMER LOANS — LOAN AGREEMENT
Borrower: Grace Kim, Queens, NY 11354                      Date: {mdy(s.contract_date)}
+------------------+------------------+------------------+------------------+
| ANNUAL PERCENTAGE| FINANCE CHARGE   | Amount Financed  | Total of Payments|
| RATE {apr_text(s):<12}| {cur(finance_charge(s)):<16} | {cur(stated_af):<16} | {cur(total_repaid(s)):<16} |
+------------------+------------------+------------------+------------------+
Itemization: loan amount {cur(P)} minus origination fee {cur(fee(s))} withheld at funding = paid to you {cur(s.received)}.
Payments: {s.n} monthly payments of {cur(pay(s))}{last(s)}, first due {mdy(due(s, 1))}.
Interest: {plain(s.rate_value)}% simple interest per year.
Late charge: $20.00 or 5% of the unpaid installment, whichever is less, after 15 days.
"""


def e14(s: Spec) -> str:
    """An Illinois car-title installment loan, receipt-style, with an odd schedule."""
    P = s.principal
    rows = "\n".join(f"{r['k']:>3}  {mdy(r['date'])}  {cur(r['total']):>9}  int {cur(r['interest']):>8}  prin {cur(r['principal']):>9}"
                     for r in s.rows)
    return f"""*** AUTO EQUITY LOANS OF ILLINOIS ***
Store #27, Joliet IL     Customer: Brandon Hayes     Vehicle: 2014 Ford Fusion, VIN ...7763
Date {mdy(s.contract_date)}   Loan amount {cur(P)} (cash paid today)
Simple interest {plain(s.rate_value)}%/yr     APR {apr_text(s)}     Finance charge {cur(finance_charge(s))}
Lien kept on title until paid.
PMT  DUE         AMOUNT     SPLIT
{rows}
TOTAL {cur(total_repaid(s))}   (interest {cur(total_interest(s))})
Customer signature ______ B. Hayes
"""
