#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure seen on English batch AB (fixer C), each tested on texts written for this
//! file in other wordings and layouts than the corpus's: a lender named by another role than
//! "lender" (landlord, employer, seller) and what the contract says that role is.

use crate::extract_en::run;
use crate::extract_en_unseen_h::{analyse, violations};

use loanlint::{LenderType, RepaymentMethod};

// ---------- a lender named by its role ----------

/// California, a private lender at 2% a month (24% a year), above the 10% of Cal. Const. art. XV.
const ROLE_LENDERS: [(&str, &str); 3] = [
    (
        "LOAN AGREEMENT\nThis agreement is made on March 3, 2027 in Fresno, California, between Dolores Quintana, owner of the house at 14 Elm Row (the landlord), and Pete Marsh, who rents its back room (the tenant). The landlord lends the tenant the principal sum of $2,000.00 for a car repair, paid today; the tenant will repay it with interest at 2% per month in 10 equal monthly payments of $222.65, the first on April 3, 2027. The landlord is an individual.",
        "Dolores Quintana",
    ),
    (
        "This note is made on 3 March 2027 at San Jose, California, between Nadia Perez (the \"Employer\") and Tom Greer, her gardener (the \"Employee\"). The Employee borrows the principal sum of $2,000.00 from the Employer, received today, and agrees to pay the Employer interest at 2% per month, repaying in 10 equal monthly payments of $222.65, the first on April 3, 2027. The Employer is a private individual and not a licensed lender.",
        "Nadia Perez",
    ),
    (
        "Loan agreement made on March 3, 2027 in San Diego, California, between Olu Adeyemi (the seller) and Rita Kane (the buyer) for the seller's used boat. The buyer owes the seller the principal sum of $2,000.00, the rest of the price, which the seller agrees to treat as a loan to the buyer at interest of 2% per month, repaid in 10 equal monthly payments of $222.65, the first on April 3, 2027.",
        "Olu Adeyemi",
    ),
];

#[test]
fn a_lender_named_by_its_role_is_read_with_what_the_contract_says_it_is() {
    for (text, name) in ROLE_LENDERS {
        let t = run(text);
        let lender = t.lender.as_ref().unwrap_or_else(|| panic!("{text}"));
        assert_eq!(lender.name.as_deref(), Some(name), "{text}");
        assert_eq!(lender.lender_type, LenderType::Individual, "{text}");
        let v = violations(&analyse(text));
        assert!(
            v.contains(&"us-ca-civil-usury".to_string()),
            "{text}: {v:?}"
        );
    }
}

#[test]
fn the_borrowing_role_is_not_the_lender() {
    // Only the tenant's side shows here: no role is shown lending, so no lender is made up.
    let text = "Agreement made on March 3, 2027 in Fresno, California, between Pete Marsh (the tenant) and Ann Lowe (the guarantor). The tenant will repay $2,000.00 in 10 monthly payments of $222.65.";
    let t = run(text);
    assert!(t.lender.is_none(), "{:?}", t.lender);
}

#[test]
fn a_denied_licence_does_not_make_the_lender_licensed() {
    let denied = "PROMISSORY NOTE\nLender: Harold Fong\nBorrower: Maribel Soto\nDate: March 3, 2027, Oakland, California\nPrincipal: $2,000.00, interest at 2% per month, 10 equal monthly payments of $222.65.\nThe Lender is not a licensed lender.\n";
    assert_eq!(
        run(denied).lender.unwrap().lender_type,
        LenderType::Individual
    );
    let licensed = denied.replace(
        "The Lender is not a licensed lender.",
        "The Lender is a licensed lender under the California Financing Law, licence no. 60DBO-1.",
    );
    assert_eq!(
        run(&licensed).lender.unwrap().lender_type,
        LenderType::LicensedNonBank
    );
}

// ---------- a loan struck in a message thread ----------

/// Each thread: a sum handed over now, a larger sum sent back once, and the time to it (days).
const THREADS: [(&str, i64, i64, u32); 3] = [
    (
        "WhatsApp chat with Dre\n3/2/27, 8:01 PM - Kim: can u spot me till friday week\n3/2/27, 8:03 PM - Dre: ok $300 today, pay me back $360 in 10 days. my fee is $60\n3/2/27, 8:04 PM - Kim: deal\n",
        300,
        360,
        10,
    ),
    (
        "Facebook Messenger\nLoanz4U: We can do £200 right away and you hand back £250 within 3 weeks, no questions asked.\nYou: ok agreed, this is our agreement\nLoanz4U: sent\n",
        200,
        250,
        21,
    ),
    (
        "Text messages, 4 March 2027\nMe: need 1000 for rent\nMarco: I'll give you $1,000 now and you send it back $1,150 in four weeks. Fine?\nMe: yes thank you\n",
        1000,
        1150,
        28,
    ),
];

#[test]
fn a_loan_struck_in_messages_is_one_repayment_of_the_sum_sent_back() {
    for (text, lent, back, days) in THREADS {
        let t = run(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(lent.into()),
            "{text}"
        );
        assert_eq!(
            t.total_of_payments.as_ref().map(|p| p.amount),
            Some(back.into()),
            "{text}"
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(t.term.as_ref().and_then(|c| c.days), Some(days), "{text}");
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet),
            "{text}"
        );
    }
    // The lender's own fee, said in the thread, is read with its amount.
    let t = run(THREADS[0].0);
    assert!(
        t.fees.iter().any(|f| f.amount == Some(60.into())),
        "{:?}",
        t.fees
    );
}

#[test]
fn a_smaller_sum_back_or_no_sum_now_is_no_such_loan() {
    // Paying back less than was handed over is no loan's repayment; a sum with no "now" is
    // an offer's size, not the deal.
    for text in [
        "Chat\nAna: $500 now, you send back $400 in 2 weeks and we're square\n",
        "Chat\nAna: loans from $500, pay me back $650 in 2 weeks\n",
    ] {
        let t = run(text);
        assert!(
            t.total_of_payments.is_none(),
            "{text}: {:?}",
            t.total_of_payments
        );
    }
}

// ---------- a schedule table whose heading comes last ----------

/// $1,000.00 over 4 monthly payments at 12% a year: payment 256.28 (the last 256.29),
/// interest 10.00, 7.54, 5.05, 2.54 (hand arithmetic: balance × 1%, rounded half up).
fn four_rows(currency: &str, bars: bool) -> String {
    let rows = [
        ("1", "02/01/27", "256.28", "10.00"),
        ("2", "03/01/27", "256.28", "7.54"),
        ("3", "04/01/27", "256.28", "5.05"),
        ("4", "05/01/27", "256.29", "2.54"),
    ];
    let sep = if bars { " | " } else { "     " };
    rows.iter()
        .map(|(n, d, p, i)| format!("  {n}{sep}{d}{sep}{currency}{p}{sep}{currency}{i}\n"))
        .collect()
}

#[test]
fn a_schedule_whose_heading_row_comes_last_is_read() {
    for (currency, bars, heading) in [
        (
            "USD ",
            false,
            "  ---   --------   -------   --------\n  No.   Due date   Payment   of which interest\n",
        ),
        ("$", true, "  # | Due | Amount you pay | Interest part\n"),
        (
            "",
            false,
            "\n  Instalment   Date   Total payment   Interest\n",
        ),
    ] {
        let text = format!(
            "PERSONAL LOAN NOTE, Columbus, Ohio, dated 01/01/27\nAmount financed: $1,000.00\nInterest rate: 12% per annum\n\nREPAYMENT SCHEDULE\n{}{heading}\nLate charge: $15.00.\n",
            four_rows(currency, bars)
        );
        let t = run(&text);
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(4), "{text}");
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some("256.28".parse().unwrap()),
            "{text}"
        );
    }
}

// ---------- a scan's specks after a full stop ----------

#[test]
fn specks_after_a_rate_sentence_do_not_join_it_to_the_late_charge() {
    for specks in [" ,'", " `", "  ’.", " ,"] {
        let text = format!(
            "INSTALLMENT LOAN AGREEMENT\nContract date: 03/01/2027\nAmount Financed $1,000.00\n12 monthly payments of $93.22 beginning 04/01/2027.\nInterest accrues at 22.5% per year on the unpaid principal balance.{specks}\nLate charge: if a payment is more than 10 days late you will be charged $10.00.\n"
        );
        let t = run(&text);
        let rates: Vec<_> = t.rates.iter().map(|r| (r.kind, r.value)).collect();
        assert_eq!(
            rates,
            vec![(loanlint::RateKind::Interest, "22.5".parse().unwrap())],
            "{text}"
        );
    }
}

// ---------- the cost of borrowing said in a sentence ----------

/// CAD 1,000.00 at 24% a year over 6 monthly payments of 178.53 (hand arithmetic: total
/// 1,071.18, interest 71.18) and a CAD 50.00 arranging fee taken at payout: cost 121.18.
fn ontario_loan(cost_sentence: &str) -> String {
    format!(
        "MAPLE RIVER LOANS INC. LOAN AGREEMENT\nMade at Toronto, Ontario on March 1, 2027\n1. Loan. The Lender lends the Borrower CAD 1,000.00 (the \"Principal\").\n2. Fee. An arranging fee of CAD 50.00 is taken from the Principal at payout.\n3. Interest. Interest is 24% per annum on the unpaid Principal.\n4. Repayment. 6 monthly payments of CAD 178.53, the first on April 1, 2027.\n5. {cost_sentence}\n"
    )
}

#[test]
fn the_cost_of_borrowing_said_in_a_sentence_is_the_finance_charge() {
    for sentence in [
        "The total cost of borrowing over the term, interest and arranging fee, is CAD 121.18.",
        "Your cost of borrowing for this loan will be CAD 121.18 in all.",
        "The total cost of borrowing, interest plus the fee, comes to CAD 121.18.",
    ] {
        let t = run(&ontario_loan(sentence));
        assert_eq!(
            t.finance_charge.as_ref().map(|f| f.amount),
            Some("121.18".parse().unwrap()),
            "{sentence}"
        );
    }
}

#[test]
fn the_laws_limit_on_the_cost_of_borrowing_is_not_this_loans_charge() {
    for sentence in [
        "Under provincial law the maximum total cost of borrowing is CAD 14.00 per CAD 100 borrowed.",
        "The total cost of borrowing allowed by the regulations is $14 for every $100 borrowed.",
        "Cost of borrowing is $15 per $100 borrowed.",
    ] {
        let t = run(&ontario_loan(sentence));
        assert!(
            t.finance_charge.is_none(),
            "{sentence}: {:?}",
            t.finance_charge
        );
    }
}

// ---------- an itemization's label over its figure ----------

/// A financed purchase: $3,000.00 paid to the seller, a $120.00 fee paid apart by card (so
/// the Amount Financed is 2,880.00), 12 monthly payments of $285.00.
fn financed_purchase(itemization: &str) -> String {
    format!(
        "SUNNY PATH FINANCE, LLC - CONSUMER INSTALLMENT LOAN\nContract date: 03/01/2027\nBorrower: Lee Park, 12 Oak St, Dayton, OH 45402\nFEDERAL TRUTH IN LENDING DISCLOSURES\nAmount Financed $2,880.00   Total of Payments $3,420.00\nYour payment schedule will be: 12 payments of $285.00 due monthly beginning 04/01/2027.\n{itemization}\nPrepaid finance charge: origination fee $120.00, paid by you today by credit card.\n"
    )
}

#[test]
fn an_itemized_amount_paid_for_the_borrower_with_its_figure_on_the_next_line_is_the_principal() {
    for itemization in [
        "ITEMIZATION: Amount paid to seller on your behalf\n$3,000.00.",
        "Itemization of amount financed - amount paid to the dealer on your behalf\n  $3,000.00",
        "ITEMIZATION\nAmount paid directly to the clinic for you\n$3,000.00",
    ] {
        let t = run(&financed_purchase(itemization));
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some("3000.00".parse().unwrap()),
            "{itemization}"
        );
    }
}

#[test]
fn a_sentence_under_the_rows_is_no_heading() {
    let text = "Pay in 3 with Fernpay\nOrder total: £150.00\nPaid today (2 March 2027): £50.00\n\nInstalment 2 of 3: £50.00 on 2 April 2027\nInstalment 3 of 3: £50.00 on 2 May 2027\n\nInterest: none. There are no fees if you pay on time.\n";
    let t = run(text);
    assert_eq!(
        t.payment.as_ref().map(|p| p.amount),
        Some("50.00".parse().unwrap())
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(2));
}
