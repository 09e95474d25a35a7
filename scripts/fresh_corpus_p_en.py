#!/usr/bin/env python3
"""The English renderers of held-out batch P (tests/fresh/en/en-u*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_p.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end, fee  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402


def final(s: Spec, money=cur) -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f" (final payment {money(s.rows[-1]['total'])})"


def e01(s: Spec) -> str:
    """A Texas credit services organization (CSO) payday loan: a third-party lender's interest
    plus the CSO fee, both due in one payment; a two-column disclosure flattened by copy-paste."""
    P = s.principal
    i = s.rows[0]["interest"]
    return f"""QUIKCASH OF TEXAS, LLC — Registered Credit Access Business, License CAB-0917
Credit Services Agreement and Loan Disclosure
Consumer: Dwayne Mitchell, Lubbock, TX          Date: {mdy(s.contract_date)}
Third-party lender: Red River Lending Partners, LP
ANNUAL PERCENTAGE
RATE
{apr_text(s)}
FINANCE CHARGE
(includes lender interest
and CSO fee)
{cur(finance_charge(s))}
Amount Financed
{cur(s.net_received)}
Total of Payments
{cur(total_repaid(s))}
Your payment schedule: one payment of {cur(total_repaid(s))} due {mdy(end(s))} ({s.term_days} days).
Lender interest: {plain(s.rate_value)}% per year = {cur(i)}. CSO fee payable to QuikCash: {cur(fee(s))}, due with your payment.
We obtain the loan for you from the third-party lender; the loan proceeds of {cur(P)} are paid to you in cash today.
If you do not repay on time the lender may charge a returned-check fee of $30.00.
Texas Office of Consumer Credit Commissioner: 1-800-538-1579.
"""


def e02(s: Spec) -> str:
    """A credit-builder loan explained in Q&A: the proceeds are locked in a share certificate."""
    P = s.principal
    return f"""FIRST STEPS CREDIT-BUILDER LOAN — YOUR QUESTIONS ANSWERED
Buckeye Valley Federal Credit Union, Columbus, Ohio — Member: Tanisha Brooks, acct ...4471

What am I borrowing? {cur(P)}. A one-time setup fee of {cur(fee(s))} is taken out, and the remaining {cur(s.received)}
is placed in a locked share certificate in your name on {long_en(s.start_date)}. You can't withdraw it until the loan is paid.
What does it cost? Interest at {plain(s.rate_value)}% per year on the unpaid balance. The ANNUAL PERCENTAGE RATE,
which includes the setup fee, is {apr_text(s)}; the finance charge is {cur(finance_charge(s))}.
How do I pay? {s.n} monthly payments of {cur(pay(s))}{final(s)}, starting {long_en(due(s, 1))}.
What happens at the end? The certificate (plus any dividends) is released to you, and each on-time payment is
reported to the three credit bureaus.
Late payments: $15 if more than 15 days late.
Signed electronically {long_en(s.contract_date)}.
"""


def e03(s: Spec) -> str:
    """A tax-refund anticipation loan offered by a tax preparer, by e-mail: no finance charge."""
    P = s.principal
    return f"""From: TaxPoint Express <refunds@taxpoint.example.com>
To: Marisol Ortega
Subject: Your Refund Advance has been approved
Date: {long_en(s.contract_date)}

Hi Marisol,
Good news: Peach State Bank approved your Refund Advance of {cur(P)}. The full amount will be loaded to your
TaxPoint prepaid card today, {long_en(s.start_date)}.
Refund Advance ANNUAL PERCENTAGE RATE: 0.00%. Finance charge: $0.00. There is no fee for the advance.
The advance will be repaid from your federal refund when the IRS deposits it, which we estimate for
{long_en(end(s))}. If the IRS pays less than expected you will not owe the difference.
Separately, your tax preparation fee ($189.00) and Refund Transfer fee ($39.95) will be deducted from your refund.
These are charged whether or not you take the advance.
Thanks for filing with us!
"""


def e04(s: Spec) -> str:
    """An online tribal installment lender's clickwrap agreement, to an Illinois resident (PDF)."""
    P = s.principal
    return f"""GREEN FEATHER LENDING — an economic arm of the Wakpa Sica Tribe, a sovereign nation
CONSUMER INSTALLMENT LOAN AGREEMENT (governed by tribal law)
Loan #GF-88231   Borrower: Kevin O'Neill, 2218 W Addison St, Chicago, IL 60618   Date: {mdy(s.contract_date)}
ANNUAL PERCENTAGE RATE {apr_text(s)} | FINANCE CHARGE {cur(finance_charge(s))} | Amount Financed {cur(s.net_received)} | Total of Payments {cur(total_repaid(s))}
Payment schedule: {s.n} payments of {cur(pay(s))}{final(s)} every two weeks beginning {mdy(due(s, 1))}.
Loan proceeds of {cur(P)} will be sent by ACH to your bank account on {mdy(s.start_date)}. No origination fee.
Interest accrues at a simple rate of {plain(s.rate_value)}% per year on the principal balance.
By clicking "I AGREE" you consent to the jurisdiction of the Tribal Court and waive any right to bring a class action.
[X] I AGREE   Electronic signature: Kevin O'Neill   IP 73.***.***.18
"""


def e05(s: Spec) -> str:
    """A motorcycle retail installment sales contract with an itemization (PDF)."""
    P = s.principal
    return f"""SIMPLE INTEREST MOTOR VEHICLE RETAIL INSTALLMENT SALES CONTRACT (FLORIDA)
Seller-Creditor: Gulf Coast Powersports, 900 US-19, Clearwater FL    Buyer: Amanda Reyes    Date: {mdy(s.contract_date)}
Vehicle: 2025 Kawasaki Ninja 650 ABS, VIN JKAEXEE1*S*******
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   Amount Financed {cur(P)}
Total of Payments {cur(total_repaid(s))}   Total Sale Price {cur(total_repaid(s) + 2000)}
Payment schedule: {s.n} monthly payments of {cur(pay(s))}{final(s)} beginning {mdy(due(s, 1))}.
ITEMIZATION OF AMOUNT FINANCED
1. Cash price (including sales tax) ........ $12,499.00
2. Down payment (cash) ...................... $2,000.00
3. Unpaid balance of cash price ............. $10,499.00
4. Paid to seller: dealer documentation fee ... $299.00
5. Amount Financed (3 + 4) .................. {cur(P)}
Seller assigns this contract to Sunshine Motorsports Acceptance Corp. Late charge: 5% of a payment more than 10 days late.
"""


def e06_blocks(s: Spec) -> list:
    """A residential solar loan (docx): the contractor's price includes a dealer fee."""
    P = s.principal
    return [("p", "HELIOSHARE SOLAR LOAN AGREEMENT — Summary of Terms"),
            ("p", f"Borrower: Craig and Linda Paulsen, Mesa, Arizona\tInstaller: SunPeak Energy LLC\tDate: {mdy(s.contract_date)}"),
            ("table", [["Item", "Amount"], ["Amount Financed (paid to installer on completion)", cur(P)],
                       ["Interest rate", f"{plain(s.rate_value)}% fixed"], ["ANNUAL PERCENTAGE RATE", apr_text(s)],
                       ["Term", f"{s.n} months"], ["Monthly payment", f"{cur(pay(s))}{final(s)}"],
                       ["First payment due", long_en(due(s, 1))], ["Finance charge", cur(finance_charge(s))]]),
            ("p", "The system price quoted by your installer includes a fee the installer pays us to offer this low rate;"
                  " a cash buyer may be offered a lower price.¹"),
            ("br", "You may prepay at any time without penalty.", "A $25 late fee applies after 15 days."),
            ("p", "¹ Ask your installer for the cash price before you sign.")]


def e07(s: Spec) -> str:
    """A medical credit card's deferred-interest promotion on a dental procedure; key term in a footnote."""
    P = s.principal
    return f"""CAREFLEX CARD — PROMOTIONAL PURCHASE RECEIPT
Provider: Lehigh Family Dental, Allentown PA        Patient/Cardholder: Gregory Hahn        {mdy(s.contract_date)}
Procedure: implant and crown, tooth #19                          Charged to card: {cur(P)}
Promotion: NO INTEREST IF PAID IN FULL WITHIN {s.n} MONTHS*
Suggested monthly payment to pay off by {mdy(end(s))}: {cur(pay(s))}{final(s)}
Minimum monthly payment due: $108.00 (paying only the minimum will NOT pay off the promotional balance in time)

* Interest will be charged to your account from the purchase date if the promotional balance is not paid in full
within {s.n} months. Standard purchase APR 26.99% variable. Minimum interest charge $2.00.
"""


def e08(s: Spec) -> str:
    """A loan to an active-duty servicemember: MLA statement and a numbered payment schedule."""
    P = s.principal
    rows = "\n".join(f"  {r['k']:>2}. {mdy(r['date'])}   {cur(r['total']):>9}" for r in s.rows)
    return f"""PATRIOT FINANCIAL SERVICES, INC. — Norfolk, Virginia (Consumer Finance License CFI-212)
Installment Loan Agreement No. 55310
Borrower: SPC Jordan Ellis, USA (covered borrower per DoD MLA database check of {mdy(s.contract_date)})
Amount of loan paid to you: {cur(P)} on {mdy(s.start_date)}. No fees are charged.
Interest rate: {plain(s.rate_value)}% per annum, simple interest.    ANNUAL PERCENTAGE RATE {apr_text(s)}
STATEMENT OF MILITARY ANNUAL PERCENTAGE RATE: Federal law provides important protections to members of the
Armed Forces and their dependents relating to extensions of consumer credit. In general, the cost of consumer
credit to a member of the Armed Forces and his or her dependent may not exceed an annual percentage rate of 36 percent.
Payment schedule:
{rows}
Total of payments: {cur(total_repaid(s))}
Call 1-800-555-0143 for an oral disclosure of the above.
"""


def e09(s: Spec) -> str:
    """A UK logbook loan (bill of sale over the borrower's car), as a letter."""
    P = s.principal
    return f"""MotorMoney Ltd, 14 Aire Street, Leeds LS1 4PR — authorised and regulated by the Financial Conduct Authority

{uk_date(s.contract_date)}
Dear Mr Whitfield,
Your logbook loan — agreement LB-66104
Thank you for choosing MotorMoney. We have today paid {gbp(P)} to your bank account. Your loan is secured by a
bill of sale over your Vauxhall Astra (registration YK17 ***), which you keep and drive as normal while you repay.
You will repay {s.n} monthly instalments of {gbp(pay(s))}{final(s, gbp)}, the first on {uk_date(due(s, 1))}.
The rate of interest is {plain(s.rate_value)}% a year (fixed) and the representative APR is {r2(s.cost)}%.
Total amount payable: {gbp(total_repaid(s))}. There are no other fees; a £12 charge applies to each missed payment letter.
If you fall behind we may, after a default notice, take the car and sell it.
Yours sincerely, Collections & Lending Team
"""


def e10(s: Spec) -> str:
    """A UK pay-in-3 checkout screen, as a borrower's screenshot (PNG)."""
    P = s.principal
    return f"""9:41                                    ●●● 5G
< Back           Pay in 3 with Splitly
Order from Harlow & Finch Home · £{plain(r2(P))}
Nothing to pay today — your 3 payments:
{uk_date(due(s, 1))}    {gbp(s.rows[0]['total'])}
{uk_date(due(s, 2))}    {gbp(s.rows[1]['total'])}
{uk_date(due(s, 3))}    {gbp(s.rows[2]['total'])}
0% interest · no fees if you pay on time
Late fee: up to £6 per missed payment
Agreement date {uk_date(s.contract_date)}
[ Confirm order ]
"""


def e11(s: Spec) -> str:
    """An Ontario instalment loan's disclosure quoting the total cost of borrowing."""
    P = s.principal
    return f"""NORTHBRIDGE CONSUMER LENDING — Ontario
Cost of Borrowing Disclosure Statement (Consumer Protection Act, 2002)
Borrower: Priya Raman, Brampton ON          Agreement date: {long_en(s.contract_date)}
Principal (amount advanced to you): ${P:,.2f} CAD, deposited {long_en(s.start_date)}
Term: {s.term_months} months    Interest rate: {plain(s.rate_value)}% per annum, calculated and compounded monthly
Annual percentage rate (APR): {r2(s.cost)}%
Payments: {s.n} monthly payments of ${pay(s):,.2f}{final(s, lambda x: f'${x:,.2f}')}, first due {long_en(due(s, 1))}
Total cost of borrowing over the term: ${finance_charge(s):,.2f}   (no fees; interest only)
Prepayment: you may prepay in full or in part at any time without charge.
NSF fee: $45.00 per dishonoured payment.
"""


def e12(_s: Spec) -> str:
    """A motor insurance policy schedule with monthly premium instalments: not a loan."""
    return """HIGHGATE MUTUAL INSURANCE — MOTOR POLICY SCHEDULE
Policy number: HM-MTR-4471203        Policyholder: Rebecca Thornton, 22 Mill Lane, Bristol BS3 1QT
Period of cover: 12 September 2025 to 11 September 2026 (both dates inclusive)
Vehicle: Ford Focus 1.0 EcoBoost, registration WU19 ***      Cover: Comprehensive      Use: Social, domestic, commuting
Compulsory excess: £250      Voluntary excess: £150      No-claims discount: 6 years (protected)
Annual premium (including Insurance Premium Tax at 12%): £684.00
Payment method: annual premium paid by card on 12 September 2025 (no instalment charge)
Named drivers: Rebecca Thornton; Daniel Thornton
Endorsements: 015 Windscreen cover (£75 excess); 102 Courtesy car while under repair
This schedule forms part of your policy and must be read with the policy booklet.
"""


def e13(_s: Spec) -> str:
    """A checking-account statement showing a loan payment and a paycheck: not a loan (PDF)."""
    return """CASCADE COMMUNITY BANK — Everyday Checking Statement
Account holder: Michael & Erin Duval     Account ...8812     Statement period: 09/01/2025 - 09/30/2025
Beginning balance ......................................... $2,418.77
Date     Description                                      Withdrawals     Deposits     Balance
09/01    Payroll deposit - Northwind Logistics                           2,310.45     4,729.22
09/03    Auto loan payment #23 - Cascade Auto Loan ...4410    412.36                    4,316.86
09/05    Rent - Parkview Apartments                         1,450.00                    2,866.86
09/12    Card purchase - Fred Meyer #221                      186.40                    2,680.46
09/15    Payroll deposit - Northwind Logistics                           2,310.45     4,990.91
09/18    Transfer to savings ...3391                          500.00                    4,490.91
09/30    Interest paid (0.05% APY)                                           0.17     4,491.08
Ending balance ............................................ $4,491.08
Overdraft fee this period: $0.00     Total overdraft fees year-to-date: $0.00
"""


def e14(s: Spec) -> str:
    """An Illinois storefront installment loan: origination fee withheld; the stated Total of
    Payments contradicts the payment schedule."""
    P = s.principal
    stated = total_repaid(s) + 60
    return f"""PRAIRIE STATE CASH — Consumer Installment Loan, Springfield, Illinois
Borrower: Shawna Greene                     Loan date: {mdy(s.contract_date)}
Loan amount {cur(P)}; origination fee {cur(fee(s))} deducted; cash to you {cur(s.received)}
ANNUAL PERCENTAGE RATE {apr_text(s)}      Total of Payments {cur(stated)}
Payments: {s.n} monthly payments of {cur(pay(s))}{final(s)} beginning {mdy(due(s, 1))}
Interest: {plain(s.rate_value)}% per year on the unpaid principal balance.
Late charge: $15 after 10 days. Prepayment: no penalty; the origination fee is not refundable.
"""
