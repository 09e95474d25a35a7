#!/usr/bin/env python3
"""The English renderers of held-out batch V (tests/fresh/en/en-e*), one per document; the specs,
the arithmetic and the writer are in fresh_corpus_v.py (split off to keep each file short)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fresh_corpus import D, Spec, plain, r2  # noqa: E402
from fresh_corpus_b import long_en, mdy, total_interest, total_repaid, uk_date  # noqa: E402
from fresh_corpus_b import usd as cur  # noqa: E402
from fresh_corpus_c import kv_div, page, table_html  # noqa: E402
from fresh_corpus_i import pay  # noqa: E402
from fresh_corpus_m import due, end  # noqa: E402
from fresh_corpus_n import apr_text, finance_charge, gbp  # noqa: E402
from fresh_corpus_s_en import last  # noqa: E402
from fresh_corpus_t_en import cheque_words  # noqa: E402
from fresh_corpus_u_en import words_date  # noqa: E402


def e01(s: Spec) -> str:
    """A UK pawnbroking agreement (a ring in pawn): one repayment at the end of six months."""
    P = s.principal
    return f"""PAWN AGREEMENT regulated by the Consumer Credit Act 1974
Pawnbroker: Albion Pawnbrokers Ltd, 41 Corporation Street, Birmingham B2 4LP
Pawnor: Ms Shireen Akhtar, 7 Grove Lane, Handsworth, Birmingham B21 9ES
Article taken in pawn: 18ct yellow gold diamond solitaire ring, 0.50ct, valued at {gbp(P * 2)}
Amount of credit: {gbp(P)}. Duration of the agreement: {s.term_months} months.
Interest: {plain(s.rate_value)}% per month on the amount of credit, simple, payable with the credit on redemption.
Total amount payable to redeem at the end of the agreement: {gbp(total_repaid(s))}, on {uk_date(end(s))}.
APR: {apr_text(s)}. There are no other charges.
If you do not redeem, the article may be sold; any surplus after the sale will be paid to you.
Date: {uk_date(s.contract_date)}      Pawn receipt number: AP-2026-0883
"""


def e02(s: Spec) -> str:
    """A US boat dealer's retail installment sale contract (PDF): the federal box and the
    itemization as a table."""
    P = s.principal
    cash = P + D(3500)
    return f"""RETAIL INSTALLMENT SALE CONTRACT - SIMPLE FINANCE CHARGE
Seller-Creditor: Prairie Ridge Marine, 4100 N Main St, Rockford, IL 61103
Buyer: Teresa M. Lindqvist, 88 Maple Ln, Loves Park, IL 61111
Boat: 2025 Bayliner Element M17 with 115 HP outboard and trailer, HIN BAY41207L425
ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments | Total Sale Price
{apr_text(s)} | {cur(finance_charge(s))} | {cur(P)} | {cur(total_repaid(s))} | {cur(total_repaid(s) + D(3500))}
Your payment schedule: {s.n} payments of {cur(pay(s))}{last(s)} monthly beginning {mdy(due(s, 1))}
ITEMIZATION OF AMOUNT FINANCED
1 Cash price (including sales tax) | {cur(cash)}
2 Down payment (cash) | {cur(D(3500))}
3 Unpaid balance of cash price (1 - 2) | {cur(P)}
4 Other charges paid to others | $0.00
5 Amount Financed (3 + 4) | {cur(P)}
The Seller-Creditor intends to assign this contract to Lakeview Marine Credit LLC.
Date of contract: {mdy(s.contract_date)}      Buyer signs X____________  Co-buyer signs X____________
"""


def e03(s: Spec) -> str:
    """A veterinary clinic's payment plan page (HTML): 0% interest, a set-up fee paid today, four
    monthly payments."""
    P = s.principal
    f = s.fees[0]
    plan = [["Payment", "Date", "Amount"]] + [[f"{r['k']}", long_en(r["date"]), cur(r["total"])] for r in s.rows]
    body = f"""<h2>Payment plan confirmed</h2>
{kv_div([("Patient", "Biscuit (canine, 6 yrs)"), ("Treatment", "TPLO knee surgery and aftercare"),
         ("Amount on plan", cur(P)), ("Plan set-up fee (paid today by card)", cur(f.amount)), ("Interest", "0%"),
         ("Monthly payment", cur(pay(s))), ("Number of payments", str(s.n)), ("Plan agreed", long_en(s.contract_date))])}
{table_html(plan)}
<p>Plans are provided by Whisker Finance LLC, Springfield, Illinois. The set-up fee is not refundable.</p>"""
    return page("Payment plan", body, False, "")


def e04(s: Spec) -> str:
    """A fertility-treatment (IVF) loan: an origination fee taken from the loan, the federal box."""
    P = s.principal
    f = s.fees[0]
    return f"""FERTILITY TREATMENT LOAN AGREEMENT AND DISCLOSURE
Lender: Bloomfield Family Lending, Inc., Chicago, Illinois (Illinois consumer installment lender)
Borrower: Naomi R. Feldstein        Clinic paid directly: Lakeside Reproductive Medicine, S.C.
Loan amount: {cur(P)}. Origination fee: {cur(f.amount)} ({plain(f.amount / P * 100)}% of the loan amount), deducted from
the loan proceeds. Amount paid to the clinic on your behalf: {cur(P - f.amount)}.
Interest rate: {plain(s.rate_value)}% fixed.
ANNUAL PERCENTAGE RATE {apr_text(s)} | FINANCE CHARGE {cur(finance_charge(s))} | Amount Financed {cur(P - f.amount)} |
Total of Payments {cur(total_repaid(s))}
Payment schedule: {s.n} monthly payments of {cur(pay(s))}{last(s)} starting {long_en(due(s, 1))}.
Date: {long_en(s.contract_date)}
"""


def e05(s: Spec) -> str:
    """A New York bank's personal loan note: simple interest with daily accrual, per diem stated,
    dates in words."""
    P = s.principal
    per_diem = r2(P * s.rate_value / 100 / 365)
    return f"""PROMISSORY NOTE - PERSONAL INSTALLMENT LOAN
Hudson Crest Savings Bank, 500 Route 9, Poughkeepsie, New York
Made on {words_date(s.contract_date)}, by Marisol Quintero ("Borrower").
For value received, Borrower promises to pay {cheque_words(P)} ({cur(P)}) with interest at {plain(s.rate_value)}% per
annum, simple interest, accruing daily on the unpaid principal on the basis of a 365-day year. The per diem interest on
the original principal is {cur(per_diem)}.
Borrower shall pay {s.n} consecutive monthly installments of {cur(pay(s))}{last(s)}, the first on {words_date(due(s, 1))},
and the last on {words_date(end(s))}.
ANNUAL PERCENTAGE RATE {apr_text(s)}. FINANCE CHARGE {cur(finance_charge(s))}. No origination fee.
Borrower signature ______________________
"""


def e06(s: Spec) -> str:
    """A UK car insurer's 'pay monthly' credit agreement: the premium less a deposit, ten monthly
    instalments."""
    P = s.principal
    return f"""CREDIT AGREEMENT regulated by the Consumer Credit Act 1974 - pay monthly for your insurance
Lender: Meridian Premium Credit Ltd, Chelmsford        Borrower: Mr Rhys Pritchard, Cardiff CF14 3NB
Policy: Comprehensive motor insurance, policy no. MOT-7718201, annual premium {gbp(P + D(96))}
Deposit paid today: {gbp(D(96))}. Amount of credit (paid to the insurer): {gbp(P)}.
Repayments: {s.n} monthly instalments of {gbp(pay(s))}{last(s, gbp)} by direct debit, the first on {uk_date(due(s, 1))}.
Rate of interest: {plain(s.rate_value)}% a year fixed. Total charge for credit: {gbp(total_interest(s))}.
Total amount payable: {gbp(total_repaid(s) + D(96))} (including the deposit). APR {apr_text(s)}.
Date of agreement: {uk_date(s.contract_date)}
"""


def e07(s: Spec) -> str:
    """A jewelry store's retail installment contract with a voluntary credit life insurance premium
    financed and signed for."""
    P = s.principal
    return f"""RETAIL INSTALLMENT CONTRACT AND SECURITY AGREEMENT
Seller: Gemline Jewelers, Queens Center Mall, Elmhurst, NY 11373        Buyer: Rosa M. Delgado
Merchandise: 14K white gold engagement ring, 1.0 ct, SKU 88-2041
Cash price {cur(D(2750))}  less down payment {cur(D(350))}  = unpaid balance {cur(D(2400))}
Credit life insurance premium (optional) {cur(P - D(2400))}  Amount financed {cur(P)}
Credit life insurance is not required to obtain credit. I want credit life insurance. Signature: Rosa M. Delgado
ANNUAL PERCENTAGE RATE {apr_text(s)}   FINANCE CHARGE {cur(finance_charge(s))}   Total of payments {cur(total_repaid(s))}
{s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {mdy(due(s, 1))}.   Contract date {mdy(s.contract_date)}
"""


def e08(s: Spec) -> str:
    """A California private loan note with a balloon payment (PDF); dates in words."""
    P = s.principal
    balloon_row = s.rows[-1]
    return f"""PROMISSORY NOTE SECURED BY DEED OF TRUST (BALLOON PAYMENT)
Date: {words_date(s.contract_date)}        Place: Fresno, California
Borrower: Anthony Ruiz        Lender: Helen Okafor, an individual
Principal: {cheque_words(P)} ({cur(P)}). Interest: {plain(s.rate_value)}% per year on the unpaid balance.
Payments: {s.n - 1} monthly payments of {cur(pay(s))}, the first due {words_date(due(s, 1))}, and a final payment of
{cur(balloon_row['total'])} due {words_date(end(s))}, which includes the unpaid balance of {cur(balloon_row['principal'])}.
NOTICE TO BORROWER: THIS NOTE HAS A BALLOON PAYMENT. YOU MAY HAVE TO REFINANCE OR SELL THE PROPERTY TO PAY IT.
Secured by a deed of trust on 1450 E Shields Ave, Fresno, CA. No fees are charged by the Lender.
"""


def e09(s: Spec) -> str:
    """A pre-settlement (lawsuit) funding e-mail: repaid only if the case is won: not a loan."""
    return """From: Summit Case Funding <funding@summitcasefunding.example>
Subject: Your pre-settlement funding is approved - Case: Ortiz v. Northline Trucking (Kings County)
Hi Marco,
We approved $5,000 in pre-settlement funding against your personal-injury claim. This is NOT a loan: you repay
only if your case settles or you win, and only from the proceeds. If you lose, you owe us nothing.
Amount owed to us from the proceeds: $5,000 plus a use fee of 3% per month, compounded every six months,
capped at 2 times the funding. Your attorney must sign the acknowledgment before we wire the money.
Sent October 19, 2026
"""


def e10(s: Spec) -> str:
    """An online installment loan's approval screen (PNG): payments every other Friday."""
    P = s.principal
    return f"""Loan approved - your plan
Loan amount            {cur(P)}
Payment schedule       every 2 weeks ({s.n} payments)
Each payment           {cur(pay(s))}{last(s)}
First payment          {long_en(due(s, 1))}
Last payment           {long_en(end(s))}
Interest rate          {plain(s.rate_value)}% APR
Finance charge         {cur(finance_charge(s))}
Total of payments      {cur(total_repaid(s))}
Funds deposited        {long_en(s.contract_date)}
Lender: Lakefront Installment Credit, licensed by the Illinois Department of Financial and Professional Regulation
"""


def e11(s: Spec) -> str:
    """An Indian gold loan pledge receipt, amounts in lakh notation (out of scope)."""
    P = s.principal
    interest = s.rows[0]["interest"]

    def inr(x: D) -> str:
        whole = f"{int(x)}"
        head, tail = whole[:-3], whole[-3:]
        groups = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return "Rs. " + ",".join(groups + [tail]) + f".{int((x % 1) * 100):02d}"

    return f"""SWARNA GOLD LOAN - PLEDGE CARD
Lender: Kaveri Gold Finance Ltd (NBFC), Branch: Jayanagar, Bengaluru
Borrower: Smt. Lakshmi Narayan      Gold ornaments: 2 bangles, 1 chain, 22 carat, net weight 48.600 g
Loan amount: {inr(P)} (Rupees One Lakh Twenty Thousand only)
Scheme: Bullet repayment - principal and interest in one payment at the end of {s.term_months} months
Rate of interest: {plain(s.rate_value)}% per annum. Interest at maturity: {inr(interest)}. Total payable: {inr(P + interest)}
Date of loan: {s.contract_date.strftime('%d-%m-%Y')}      Due date: {end(s).strftime('%d-%m-%Y')}
"""


def e12(s: Spec) -> str:
    """A bail bond premium payment plan: the premium less a down payment, a flat installment fee
    each month, no interest."""
    P = s.principal
    f = s.fees[0]
    return f"""LONE STAR BAIL BONDS - PREMIUM PAYMENT PLAN AGREEMENT
Defendant: Jamal K. Oduya        Indemnitor: Patrice Oduya        Bond amount: $15,000.00 (Harris County)
Premium (10% of bond): $1,500.00. Down payment today: $300.00. Balance on plan: {cur(P)}.
The balance is payable in {s.n} monthly payments of {cur(pay(s))} ({cur(P / s.n)} premium + {cur(f.amount)} installment fee),
due on the {due(s, 1).day}th of each month from {long_en(due(s, 1))}. No interest is charged.
Date: {long_en(s.contract_date)}        Indemnitor signature X____________
"""


def e13(s: Spec) -> str:
    """A New York lender's text message with the rate written in words."""
    P = s.principal
    return f"""GothamLend: Hi Priya, your loan of {cur(P)} was funded today ({long_en(s.contract_date)}). Interest rate: twenty-four
and ninety-nine hundredths percent a year (APR {apr_text(s)}). {s.n} monthly payments of {cur(pay(s))}{last(s)}, first due
{long_en(due(s, 1))}. Reply HELP for help, STOP to opt out.
"""


def e14(s: Spec) -> str:
    """A compact-tractor dealer's 0% retail installment promotion for a homeowner."""
    P = s.principal
    return f"""GREENACRE EQUIPMENT - RETAIL INSTALLMENT CONTRACT (CONSUMER GOODS)
Buyer: Owen Castellano, 212 Pine Hollow Rd, Rhinebeck, NY (personal, family or household use)
Equipment: compact utility tractor 25 HP with loader, S/N CT25-0099812
Cash price {cur(P + D(4000))}. Down payment {cur(D(4000))}. Amount financed {cur(P)}.
Promotional financing: 0% for {s.n} months. ANNUAL PERCENTAGE RATE 0.00%. FINANCE CHARGE $0.00.
{s.n} monthly payments of {cur(pay(s))}{last(s)} beginning {long_en(due(s, 1))}. Total of payments {cur(total_repaid(s))}.
Date: {long_en(s.contract_date)}
"""


