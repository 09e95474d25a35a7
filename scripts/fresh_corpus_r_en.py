#!/usr/bin/env python3
"""The English renderers of held-out batch R (tests/fresh/en/en-w*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_r.py (split off to keep each file short)."""

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
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402


def last(s: Spec, money=cur) -> str:
    return "" if s.rows[-1]["total"] == pay(s) else f" (final payment {money(s.rows[-1]['total'])})"


def e01(s: Spec) -> str:
    """A UK home-credit (doorstep) loan collected weekly by an agent, with its collection card."""
    P = s.principal
    return f"""HOMEWISE CREDIT LTD — Home Credit Loan Agreement regulated by the Consumer Credit Act 1974
Customer: Mrs Janet Pryce, 22 Cwm Road, Merthyr Tydfil CF47 8LT        Agent: Gareth (round MT-14)

Amount of credit: {gbp(P)}, paid to you in cash by your agent on {long_en(s.start_date)}.
Repayments: {s.n} weekly repayments of {gbp(pay(s))}{last(s, gbp)}, collected at your home every Friday
by your agent, the first on {long_en(due(s, 1))}.
Total charge for credit: {gbp(total_interest(s))}        Total amount payable: {gbp(total_repaid(s))}
Rate of interest: {plain(s.rate_value)}% per year, fixed, charged on the amount of credit for the whole term.
Representative APR: {r2(s.cost)}%
There are no other charges. We do not charge for missed or late payments.
You have the right to withdraw within 14 days and to repay early at any time, and you will receive a rebate.

WEEKLY COLLECTION CARD  (agent to initial each payment)
Wk  Due        Paid   Balance
 1  {due(s, 1).strftime('%d/%m/%y')}   ____   {gbp(total_repaid(s) - pay(s))}
 2  {due(s, 2).strftime('%d/%m/%y')}   ____   {gbp(total_repaid(s) - 2 * pay(s))}
Signed: J. Pryce            Date: {s.contract_date.strftime('%d/%m/%Y')}
"""


def e02(s: Spec) -> str:
    """A precomputed (add-on) finance-company note that rebates unearned interest by the Rule of 78s (PDF)."""
    P = s.principal
    return f"""LONE STAR HOMETOWN FINANCE CO.            PRECOMPUTED CONSUMER LOAN — NOTE AND DISCLOSURE
Borrower: Darnell Whitfield, 2210 Ellis St, Waco TX 76704          Account 0447-219
Date: {mdy(s.contract_date)}

ANNUAL PERCENTAGE RATE {apr_text(s)}    FINANCE CHARGE {cur(finance_charge(s))}
AMOUNT FINANCED {cur(s.net_received)}      TOTAL OF PAYMENTS {cur(total_repaid(s))}

Cash advance to you: {cur(P)}.  Interest has been precomputed at an add-on rate of {plain(s.rate_value)}% per year
on the cash advance for the full term of {s.term_months} months and added to the amount you owe.
You will repay in {s.n} equal monthly payments of {cur(pay(s))}{last(s)}, due on the {s.start_date.day}th of each month,
starting {mdy(due(s, 1))}.
PREPAYMENT: If you pay in full early you will receive a refund of the unearned portion of the precomputed interest,
figured by the sum-of-the-digits method ("Rule of 78s").
LATE CHARGE: 5% of any payment not paid within 10 days after its due date.
No other fees are charged on this loan.
"""


def e03(s: Spec) -> str:
    """A HELOC early disclosure (open-end, secured by the home): no loan is made by it."""
    return """IMPORTANT TERMS OF OUR HOME EQUITY LINE OF CREDIT
Cascade Federal Savings — This disclosure contains important information about our Home Equity Line of Credit.
You should read it carefully and keep a copy for your records.

Availability of terms: All of the terms described below are subject to change. If these terms change (other than
the annual percentage rate) and you decide, as a result, not to open a plan, you are entitled to a refund of any
fees that you paid to us or anyone else in connection with your application.
Security interest: We will take a security interest in your home. You could lose your home if you do not meet the
obligations in your agreement with us.
Draw period: 10 years. Repayment period: 20 years. During the draw period you will make monthly payments of the
interest that has accrued on the outstanding balance.
Variable-rate feature: The annual percentage rate is based on the Prime Rate published in The Wall Street Journal
plus a margin. The maximum ANNUAL PERCENTAGE RATE that can apply is 18%. The minimum is 4.00%.
Fees and charges: appraisal ($450, paid to a third party), title search ($125), annual fee $75 (waived the first year).
Historical example: the example is based on a $10,000 outstanding balance and shows how the annual percentage rate
and the minimum payments would have changed from 2010 to 2024 under the current margin of 1.00%.
"""


def e04(s: Spec) -> str:
    """A buy-now-pay-later monthly plan with interest, as the app's confirmation screen (PNG)."""
    P = s.principal
    rows = "\n".join(f"  {r['date'].strftime('%b %d, %Y')}        {cur(r['total'])}" for r in s.rows)
    return f"""9:26                                   LTE 78%
<  Review your plan
Lumen Outdoor — order #LO-558102
Purchase amount                 {cur(P)}
Down payment today              $0.00
--------------------------------------------
{s.n} monthly payments of {cur(pay(s))}{last(s)}
APR                             {plain(s.rate_value)}%
Interest                        {cur(total_interest(s))}
Total of payments               {cur(total_repaid(s))}
--------------------------------------------
Payment schedule
{rows}
Loans are made by Prairie State Bank, member FDIC.
Rates from 0-36% APR. No late fees. No hidden fees.
Illinois resident: see disclosures.   First payment pulled {mdy(due(s, 1))}
[ Confirm and buy ]
"""


def e05(s: Spec) -> str:
    """A credit-card statement excerpt with a cash advance and its fee (HTML): a statement, not a loan offer."""
    body = """<h2>Keystone Rewards Visa — Statement</h2>
<p>Statement closing date 09/18/2025 · Payment due date 10/15/2025 · Account ending 6610</p>
""" + table_html([["Trans. date", "Description", "Amount"],
                  ["08/22", "ATM CASH ADVANCE 7-ELEVEN #3391 PHILADELPHIA PA", "$400.00"],
                  ["08/22", "CASH ADVANCE FEE (5%, min $10)", "$20.00"],
                  ["09/02", "PAYMENT - THANK YOU", "-$150.00"],
                  ["09/18", "INTEREST CHARGE ON CASH ADVANCES", "$7.53"]]) + """
<h3>Interest charge calculation</h3>
""" + table_html([["Type of balance", "Annual percentage rate (APR)", "Balance subject to interest rate", "Interest charge"],
                  ["Purchases", "24.49%", "$0.00", "$0.00"], ["Cash advances", "29.99% (v)", "$335.61", "$7.53"]]) + """
<p>New balance $277.53 · Minimum payment due $35.00 · Late payment warning: up to $40.</p>"""
    return page("Statement", body, False, "")


def e06(s: Spec) -> str:
    """A boat dealer's marine retail installment contract, simple interest, a documentation fee paid in cash at signing."""
    P = s.principal
    return f"""MARINE RETAIL INSTALLMENT CONTRACT — SIMPLE INTEREST
Seller-Creditor: Gulf Breeze Marine Sales, 4100 Gulf Blvd, Panama City Beach, FL 32408
Buyer: Luis and Carmen Ortega                                      Contract date: {mdy(s.contract_date)}
Vessel: 2025 Sea Fox 228 Commander, HIN SFX22811J425, with Yamaha F200 outboard and trailer

Cash price (incl. tax)        $56,180.00     Cash down payment          $11,180.00
Unpaid balance financed       {cur(P)}
Documentation fee             {cur(fee(s))}  paid by Buyer in cash at signing, not financed
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   Amount Financed {cur(s.net_received)}
Total of payments {cur(total_repaid(s))}
Your payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)}, beginning {mdy(due(s, 1))}.
Interest accrues on the unpaid balance at {plain(s.rate_value)}% per year. Prepayment without penalty.
Seller assigns this contract to Coastal Marine Lending, LLC.
"""


def e07(s: Spec) -> str:
    """A store's layaway ticket: goods held until paid for; no credit is extended."""
    return """HOLLOWAY'S HOME & HARDWARE — LAYAWAY AGREEMENT
Layaway #: 0098-4412        Date: 10/04/2025        Customer: Bernice Alvarez, (505) 555-0148
Item: Cedar Ridge 6-piece patio dining set, SKU 77410-22         Price: $899.00 + tax $68.91 = $967.91
Service fee: $5.00 (non-refundable)       Initial deposit today: $96.79 (10%)
Remaining balance: $871.12, to be paid within 90 days, in any amounts at any time.
Merchandise stays at the store until it is paid for in full. No interest is charged.
If you cancel, we refund what you paid except the $5.00 service fee and a $10.00 cancellation fee.
If the balance is not paid by 01/02/2026, the layaway is cancelled and the merchandise returned to stock.
Customer signature: B. Alvarez
"""


def e08(s: Spec) -> str:
    """A Canadian federal student-loan repayment schedule at 0% interest."""
    P = s.principal
    return f"""National Student Loans Service Centre
REPAYMENT SCHEDULE — CANADA STUDENT LOAN (full-time)
Borrower: Aisha Rahman                          Consolidation date: {long_en(s.start_date)}
Province of study: Ontario

Principal consolidated (Canada portion): ${P:,.2f}
Interest rate: 0.00% — interest no longer accrues on the federal portion of Canada Student Loans
Repayment term: {s.term_months} months
Monthly payment: ${pay(s):,.2f}{last(s)}
First payment due: {long_en(due(s, 1))}           Last payment due: {long_en(end(s))}
Total to be repaid: ${total_repaid(s):,.2f}

Your Ontario Student Loan is shown on a separate schedule. If you cannot afford your payments,
you may apply for the Repayment Assistance Plan (RAP) at any time.
"""


def e09(s: Spec) -> str:
    """A timeshare purchase financed by the developer, clauses in Roman numerals (PDF)."""
    P = s.principal
    return f"""PALM VISTA VACATION CLUB — PURCHASE MONEY NOTE AND SECURITY AGREEMENT
Purchasers: Gregory and Dana Whitlock                   Contract No. PV-25-30812       Date: {mdy(s.contract_date)}
Interest purchased: 154,000 annual Club Points (deeded, Orlando, Florida)

I. PURCHASE PRICE. Total price $24,000.00; deposit paid $2,400.00; balance financed {cur(P)}.
II. INTEREST. Interest accrues on the unpaid principal at {plain(s.rate_value)}% per annum, simple interest.
III. PAYMENTS. {s.n} consecutive monthly installments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}, by automatic debit.
IV. TRUTH IN LENDING. ANNUAL PERCENTAGE RATE {apr_text(s)}; FINANCE CHARGE {cur(finance_charge(s))};
    AMOUNT FINANCED {cur(s.net_received)}; TOTAL OF PAYMENTS {cur(total_repaid(s))}.
V. ANNUAL MAINTENANCE FEES. Club dues (currently $1,284/yr) are billed separately and are not part of this note.
VI. LATE CHARGE. $25.00 for any installment more than 10 days late.
VII. RESCISSION. You may cancel this contract without penalty or obligation within 10 days of signing (Fla. Stat. 721.10).
"""


def e10(s: Spec) -> str:
    """A South African micro-lender's pre-agreement quote (out of scope)."""
    P = s.principal
    return f"""PRE-AGREEMENT STATEMENT AND QUOTATION — SMALL CREDIT AGREEMENT (National Credit Act 34 of 2005)
Credit provider: Ubuntu Cash Loans (Pty) Ltd, NCRCP 18833, Polokwane
Consumer: Sipho Ndlovu, ID 8806125xxxxxx                       Date: {s.contract_date.strftime('%d/%m/%Y')}

Principal debt: R{P:,.2f}
Monthly service fee: R{fee(s):,.2f} (included in the instalment)
Interest rate: {plain(s.rate_value)}% per annum, fixed
Term: {s.n} months, instalment R{pay(s):,.2f}{last(s, lambda x: f'R{x:,.2f}')}
Total cost of credit: R{total_repaid(s):,.2f}
Credit life insurance: not required for this loan.
"""


def e11(s: Spec) -> str:
    """The FTC's Notice to Cosigner, filled in by a credit union: not itself a loan."""
    return """NOTICE TO COSIGNER
You are being asked to guarantee this debt. Think carefully before you do. If the borrower doesn't pay the debt,
you will have to. Be sure you can afford to pay if you have to, and that you want to accept this responsibility.
You may have to pay up to the full amount of the debt if the borrower does not pay. You may also have to pay late
fees or collection costs, which increase this amount.
The creditor can collect this debt from you without first trying to collect from the borrower. The creditor can use
the same collection methods against you that can be used against the borrower, such as suing you, garnishing your
wages, etc. If this debt is ever in default, that fact may become a part of your credit record.
This notice is not the contract that makes you liable for the debt.

Creditor: Tri-County Teachers Credit Union       Borrower: Kyle Brennan       Cosigner: Maureen Brennan
Loan: vehicle loan, amount requested $14,500.00          Date: 08/11/2025
Cosigner's signature acknowledging receipt: Maureen Brennan
"""


def e12(s: Spec) -> str:
    """A hospital's own interest-free payment plan for a patient balance."""
    P = s.principal
    return f"""ST. BRIDGET'S MEDICAL CENTER — PATIENT PAYMENT PLAN AGREEMENT
Patient / Guarantor: Tomasz Nowak               Account: 88120-4471            Date: {mdy(s.contract_date)}
Balance after insurance: {cur(P)} (emergency visit 05/30/2025)

The hospital agrees to accept payment of this balance in {s.n} monthly payments of {cur(pay(s))}{last(s)},
the first due {mdy(due(s, 1))} and the rest on the same day of each following month.
No interest, finance charge or fee will be charged on this plan.
If two payments in a row are missed the plan ends and the remaining balance becomes due; the account will not be
reported to a credit bureau while the plan is kept. Financial assistance is available: ask for form FA-2.
Guarantor signature: T. Nowak          Patient Financial Services, Albany NY
"""


def e13(s: Spec) -> str:
    """An Illinois signature loan whose disclosure box prints a payment with two digits swapped."""
    P = s.principal
    p = pay(s)
    cents = f"{p:.2f}"
    swapped = cents[:-5] + cents[-4] + cents[-5] + cents[-3:] if cents[-5] != cents[-4] else cents[:-3] + ".00"
    return f"""PRAIRIE SIGNATURE LOANS, INC. — Illinois Consumer Installment Loan Act Licensee
LOAN AGREEMENT                                        Loan date: {mdy(s.contract_date)}
Borrower: Keisha Monroe, Peoria, IL

| ANNUAL PERCENTAGE RATE {apr_text(s)} | FINANCE CHARGE {cur(finance_charge(s))} | Amount Financed {cur(s.net_received)} |
| Total of Payments {cur(total_repaid(s))} | Your payment: {s.n} payments of ${swapped} monthly |

1. Promise to pay. I promise to pay {cur(P)} with interest at {plain(s.rate_value)}% per year on the unpaid balance.
2. Payments. I will pay {s.n} monthly installments of {cur(p)}{last(s)}, beginning {mdy(due(s, 1))}.
3. Fees. No origination fee or other charge is made on this loan.
4. Prepayment. I may prepay at any time without penalty.
"""


def e14(s: Spec) -> str:
    """A bank debt-consolidation loan paid straight to three card issuers, printed in two columns (PDF)."""
    P = s.principal
    return f"""MERIDIAN SAVINGS BANK                          |  PAYOFF DISBURSEMENTS (paid directly by us)
Debt Consolidation Loan — Disclosure            |  Citi card ending 2231 ......... $6,180.00
Borrower: Priya Raman, Yonkers NY               |  Discover ending 9902 .......... $4,915.00
Date: {mdy(s.contract_date)}                               |  Capital One ending 4470 ....... {cur(s.received - 6180 - 4915)}
Loan amount: {cur(P)}                          |  Total paid to creditors ....... {cur(s.received)}
Origination fee: {plain(s.fees[0].percent)}% ({cur(fee(s))}), deducted     |  Paid to you ....................... $0.00
  from the loan amount                          |
ANNUAL PERCENTAGE RATE: {apr_text(s)}                   |  Interest rate: {plain(s.rate_value)}% fixed
FINANCE CHARGE: {cur(finance_charge(s))}                      |  {s.n} monthly payments of {cur(pay(s))}{last(s)}
Amount Financed: {cur(s.net_received)}                    |  First payment: {mdy(due(s, 1))}
Total of Payments: {cur(total_repaid(s))}                  |  No prepayment penalty.
"""
