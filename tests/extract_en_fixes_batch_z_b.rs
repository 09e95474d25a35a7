#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes of failure of the held-out batch Z (`en-d*`) in extraction, each tested on documents
//! written for this file in other wordings than the corpus's: a count times its payment written
//! with a times sign or an "@"; an e-mail's "Sent:" header run onto the other headers' line; a
//! Key Fact Statement's net disbursed amount, processing fee, EMI count and penal charges.

use crate::extract_en::run;

use loanlint::model::{FeeKind, FeeTiming, Frequency};
use rust_decimal_macros::dec;

// ---------- count times payment ----------

#[test]
fn a_count_times_its_payment_gives_count_payment_and_frequency() {
    for (text, count, payment, freq) in [
        (
            "Harbourview Credit Ltd.\nAmount borrowed   CAD $2,400.00\nRepayment         24 monthly x $129.37 (last one $129.30)\nFirst payment     01/15/2027\n",
            24,
            dec!(129.37),
            Some(Frequency::Monthly),
        ),
        (
            "Loan of $900.00 from Westway Loans.\nYou repay it in 26 x $41.20 biweekly, first on March 6, 2026.\n",
            26,
            dec!(41.20),
            Some(Frequency::Biweekly),
        ),
        (
            "Cash advance: $1,500.00\nSchedule: 12 monthly payments @ $142.05, starting 2026-07-01\n",
            12,
            dec!(142.05),
            Some(Frequency::Monthly),
        ),
        (
            "Amount of credit: $600.00\nRepayment: $27.50 x 26 weeks beginning Friday, May 8, 2026\n",
            26,
            dec!(27.50),
            Some(Frequency::Weekly),
        ),
        (
            "Principal $3,000.00. 36 payments at $118.20 per month.\n",
            36,
            dec!(118.20),
            Some(Frequency::Monthly),
        ),
    ] {
        let t = run(text);
        assert_eq!(
            t.installments.as_ref().map(|c| c.count),
            Some(count),
            "{text}"
        );
        assert_eq!(
            t.payment.as_ref().map(|p| p.amount),
            Some(payment),
            "{text}"
        );
        assert_eq!(t.frequency.as_ref().map(|f| f.frequency), freq, "{text}");
    }
}

#[test]
fn a_charge_times_months_is_not_the_payment() {
    let text = "Amount of loan: $1,200.00\nMembership fee $10.00 x 12 months\nYou will make 24 monthly payments of $61.02.\n";
    let t = run(text);
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24));
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(61.02)));
}

// ---------- an e-mail's headers run onto one line ----------

#[test]
fn a_sent_header_after_the_other_headers_dates_the_email() {
    for (text, date) in [
        (
            "From: Lakeside Lending <loans@lakeside.example> To: Sam LeeSubject: Your loan is ready - first payment due date insideSent: March 3, 2026\nHi Sam,\nYour loan of $2,000.00 was paid out today. You repay it in 12 monthly payments of $183.21, the first on April 3, 2026.\n",
            "2026-03-03",
        ),
        (
            "From: Oak Street Credit Union To: Priya Nair Subject: Funds released | Date: 05/02/2026\nDear Priya, your $4,000.00 loan is in your account. 24 monthly payments of $193.16 begin on 06/02/2026.\n",
            "2026-05-02",
        ),
    ] {
        let signed = run(text).contract_date.map(|d| d.date.to_string());
        assert_eq!(signed.as_deref(), Some(date), "{text}");
    }
}

// ---------- an Indian Key Fact Statement ----------

// 1.5% of 2,00,000 = 3,000, plus 18% GST = 3,540, deducted: 1,96,460 reaches the borrower.
const KFS: &str = "KEY FACT STATEMENT\nLender: Pragati Finance Ltd (NBFC), Pune     Date: 02-11-2026\n 1  Sanctioned loan amount                 Rs. 2,00,000.00\n 2  Tenure of the loan                     36 months\n 3  Instalment                             36 EMIs of Rs. 6,646.52 each, monthly\n 4  Rate of interest                       13.5% p.a., fixed\n 5  Fees/charges payable to RE             Processing fee 1.5% plus GST 18% = Rs. 3,540.00, deducted upfront from the disbursal\n 6  Net disbursed amount                   Rs. 1,96,460.00\n 7  Penal charges                          24% p.a. on the overdue instalment\n";

#[test]
fn a_key_fact_statement_gives_net_disbursal_fee_and_emi_count() {
    let t = run(KFS);
    assert_eq!(
        t.principal.as_ref().map(|a| a.amount),
        Some(dec!(200000.00))
    );
    assert_eq!(
        t.disbursed.as_ref().map(|a| a.amount),
        Some(dec!(196460.00))
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(36));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(6646.52)));
    let costs: Vec<_> = t
        .fees
        .iter()
        .filter(|f| f.timing != FeeTiming::OnDefault)
        .collect();
    assert_eq!(costs.len(), 1, "{:?}", t.fees);
    assert_eq!(costs[0].amount, Some(dec!(3540.00)));
    assert_eq!(costs[0].timing, FeeTiming::UpfrontDeducted);
    // The penal charges are a charge on default, not a cost of the loan.
    assert!(
        t.fees
            .iter()
            .filter(|f| f.name.to_ascii_lowercase().contains("penal"))
            .all(|f| matches!(f.kind, FeeKind::Penalty | FeeKind::Late)),
        "{:?}",
        t.fees
    );
}
