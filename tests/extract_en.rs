#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! English extractor: one test per kind of term, each with several real-world phrasings.

use crate::common;

use std::path::Path;

use loanlint::extract::en::extract;
use loanlint::read::{Document, SourceKind};
use loanlint::{
    Basis, ClauseKind, FeeKind, FeeTiming, Frequency, LenderType, Per, RateKind, RepaymentMethod,
    Terms,
};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

pub(crate) fn doc(text: &str) -> Document {
    Document::from_text(Path::new("contract.txt"), SourceKind::Text, text)
}

pub(crate) fn run(text: &str) -> Terms {
    let d = doc(text);
    let t = extract(&d);
    common::evidence::assert_quotes(&d.text, &t);
    t
}

fn has_clause(t: &Terms, k: ClauseKind) -> bool {
    t.clauses.iter().any(|c| c.kind == k)
}

// ---------- amounts ----------

#[test]
fn principal_in_several_notations_and_currencies() {
    let cases: [(&str, Decimal, &str); 6] = [
        (
            "The Lender agrees to lend the Borrower the principal sum of $5,000.00 on the terms below.",
            dec!(5000.00),
            "USD",
        ),
        ("Loan Amount: USD 5,000", dec!(5000), "USD"),
        ("Amount of credit: £1,500", dec!(1500), "GBP"),
        (
            "Principal amount: €2.000,00 (two thousand euros)",
            dec!(2000.00),
            "EUR",
        ),
        (
            "WHEREAS the Lender is willing to lend to the Borrower an amount of 2’500 Swiss Francs (CHF).",
            dec!(2500),
            "CHF",
        ),
        ("Principal Amount: 400000 Rupees", dec!(400000), "INR"),
    ];
    for (text, amount, cur) in cases {
        let t = run(text);
        let p = t
            .principal
            .unwrap_or_else(|| panic!("no principal in {text:?}"));
        assert_eq!((p.amount, p.currency.as_str()), (amount, cur), "{text}");
        assert!(!p.derived);
    }
}

#[test]
fn words_and_figures_agree_or_are_flagged() {
    let ok =
        run("Borrower promises to pay the sum of Five Thousand Dollars ($5,000.00) with interest.");
    assert_eq!(ok.principal.map(|p| p.amount), Some(dec!(5000.00)));
    assert!(ok.inconsistencies.is_empty(), "{:?}", ok.inconsistencies);

    let cents = run(
        "the principal sum of Twenty-Five Thousand Three Hundred and 50/100 Dollars ($25,300.50)",
    );
    assert!(
        cents.inconsistencies.is_empty(),
        "{:?}",
        cents.inconsistencies
    );

    let bad = run(
        "Borrower promises to pay the sum of Five Thousand Dollars ($50,000.00) with interest.",
    );
    let inc = bad
        .inconsistencies
        .iter()
        .find(|i| i.kind == "amount-words-figures-mismatch")
        .expect("mismatch reported");
    assert!(
        inc.evidence
            .text
            .contains("Five Thousand Dollars ($50,000.00)")
    );
}

#[test]
fn truth_in_lending_box_across_lines() {
    let t = run(
        "ANNUAL PERCENTAGE\nRATE\nThe cost of your credit as a\nyearly rate\n35.99%\nFINANCE CHARGE\nThe dollar amount the\ncredit will cost you.\n$412.50\nAmount Financed\nThe amount of credit\nprovided to you or on\nyour behalf.\n$1,500.00\nTotal of Payments\nThe amount you will\nhave paid after you have\nmade all payments.\n$1,912.50\n",
    );
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(35.99)));
    assert_eq!(t.finance_charge.map(|a| a.amount), Some(dec!(412.50)));
    assert_eq!(t.disbursed.map(|a| a.amount), Some(dec!(1500.00)));
    assert_eq!(t.total_of_payments.map(|a| a.amount), Some(dec!(1912.50)));
    // The APR is not the contract rate.
    assert!(t.rates.iter().all(|r| r.value != dec!(35.99)));
}

#[test]
fn net_proceeds_and_derived_disbursement() {
    let stated = run(
        "Borrower acknowledges receipt of net loan proceeds in the amount of $9,600.00, representing the stated principal of $10,000.00 less the origination fee.",
    );
    let d = stated.disbursed.expect("disbursed");
    assert_eq!(d.amount, dec!(9600.00));
    assert!(!d.derived);

    let derived = run(
        "Loan Amount: $10,000.00.\nAn origination fee of $400 will be deducted from the loan proceeds at funding.",
    );
    let d = derived.disbursed.expect("derived disbursed");
    assert_eq!(d.amount, dec!(9600.00));
    assert!(d.derived);

    let percent = run(
        "Loan amount: $2,000. A processing fee of 5% of the loan amount is withheld from the proceeds.",
    );
    assert_eq!(percent.disbursed.map(|d| d.amount), Some(dec!(1900)));
}

// ---------- rates ----------

#[test]
fn contract_rates_per_year_month_and_day() {
    let y = run(
        "The Borrower shall pay interest at the rate of 12% per annum on the unpaid principal balance.",
    );
    let r = &y.rates[0];
    assert_eq!(
        (r.kind, r.value, r.per, r.annual_percent),
        (RateKind::Interest, dec!(12), Per::Year, Some(dec!(12)))
    );
    assert_eq!(r.basis, Some(Basis::RemainingPrincipal));

    let m = run("Interest will be charged at 1.5% per month.");
    assert_eq!(
        (m.rates[0].per, m.rates[0].annual_percent),
        (Per::Month, Some(dec!(18.0)))
    );

    let d = run("We figure the interest charge using a daily periodic rate of 0.0493%.");
    let r = &d.rates[0];
    assert_eq!((r.per, r.value), (Per::Day, dec!(0.0493)));
    assert_eq!(r.day_basis, Some(365));
    assert!(r.day_basis_assumed);
    assert_eq!(r.annual_percent, Some(dec!(17.9945)));

    let d360 =
        run("Interest accrues at a daily rate of 0.05%, computed on the basis of a 360-day year.");
    assert_eq!(d360.rates[0].day_basis, Some(360));
    assert!(!d360.rates[0].day_basis_assumed);

    let words = run(
        "together with interest accrued at the rate of 10\npercent (10%) per year on any unpaid balance",
    );
    assert_eq!(words.rates.len(), 1, "{:?}", words.rates);
    assert_eq!(
        (words.rates[0].value, words.rates[0].per),
        (dec!(10), Per::Year)
    );
}

#[test]
fn apr_is_kept_apart() {
    for text in [
        "ANNUAL PERCENTAGE RATE 35.99%",
        "Your loan has an APR of 24.9% and an interest rate of 22% per annum.",
        "Representative 49.9% APR",
    ] {
        let t = run(text);
        let apr = t
            .disclosed_apr
            .as_ref()
            .unwrap_or_else(|| panic!("no APR in {text}"));
        assert!(apr.comprehensive);
        assert_eq!(apr.per, Per::Year);
        assert!(t.rates.iter().all(|r| r.value != apr.value), "{text}");
    }
}

#[test]
fn variable_rate_index_plus_margin() {
    let t = run("The interest rate is variable and equals the Prime Rate plus 2%.");
    assert!(t.rates.is_empty(), "{:?}", t.rates);
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("Prime Rate") && a.contains("2%")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn default_rate_increase() {
    let t =
        run("Interest accrues at 8% per annum. Upon default, the interest rate increases by 5%.");
    let over = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Overdue)
        .expect("default rate");
    assert_eq!(over.value, dec!(13));
    let stated =
        run("After maturity or default, interest shall accrue at a default rate of 18% per annum.");
    assert_eq!(
        stated
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Overdue)
            .map(|r| r.value),
        Some(dec!(18))
    );
}

#[test]
fn repayment_methods() {
    let cases = [
        (
            "Interest is computed on a simple interest basis.",
            RepaymentMethod::EqualInstallment,
        ),
        (
            "This is a precomputed loan; add-on interest is charged.",
            RepaymentMethod::FlatRate,
        ),
        (
            "Payments are interest-only for the first 60 months.",
            RepaymentMethod::InterestOnly,
        ),
        (
            "The entire balance is payable on demand.",
            RepaymentMethod::Bullet,
        ),
    ];
    for (text, method) in cases {
        assert_eq!(
            run(text).repayment.map(|r| r.method),
            Some(method),
            "{text}"
        );
    }
}

// ---------- schedule ----------

#[test]
fn number_amount_and_frequency_of_payments() {
    let t = run("You will repay this loan in 36 equal monthly installments of $250.00 each.");
    assert_eq!(t.installments.map(|c| c.count), Some(36));
    assert_eq!(t.payment.map(|p| p.amount), Some(dec!(250.00)));
    assert_eq!(t.frequency.map(|f| f.frequency), Some(Frequency::Monthly));

    let words = run("in twenty-six (26) bi-weekly payments of $115.38");
    assert_eq!(words.installments.map(|c| c.count), Some(26));
    assert_eq!(
        words.frequency.map(|f| f.frequency),
        Some(Frequency::Biweekly)
    );

    let semi = run("Payments are due semi-monthly on the 1st and 15th.");
    assert_eq!(
        semi.frequency.map(|f| f.frequency),
        Some(Frequency::Semimonthly)
    );

    let weekly =
        run("Your Payment Schedule: 12 weekly payments of $45.00 beginning on March 3, 2025.");
    assert_eq!(
        weekly.frequency.map(|f| f.frequency),
        Some(Frequency::Weekly)
    );
    assert_eq!(
        weekly.first_payment_date.map(|d| d.date.to_string()),
        Some("2025-03-03".into())
    );

    let single = run("Your Payment Schedule will be: 1 payment of $390.00 due on 03/06/2006.");
    assert_eq!(
        single.frequency.map(|f| f.frequency),
        Some(Frequency::Single)
    );
    assert_eq!(
        single.maturity_date.map(|d| d.date.to_string()),
        Some("2006-03-06".into())
    );
}

#[test]
fn term_dates_and_balloon() {
    let t = run(
        "Loan Term: 60 months\nFirst Payment Date: February 15, 2026\nMaturity Date: January 15, 2031\nThis Agreement is dated as of January 15, 2026.",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(60));
    assert_eq!(
        t.first_payment_date.map(|d| d.date.to_string()),
        Some("2026-02-15".into())
    );
    assert_eq!(
        t.maturity_date.map(|d| d.date.to_string()),
        Some("2031-01-15".into())
    );
    assert_eq!(
        t.contract_date.map(|d| d.date.to_string()),
        Some("2026-01-15".into())
    );

    let years = run("LOAN TERM 30 years");
    assert_eq!(years.term.and_then(|x| x.months), Some(360));
    let days = run("The term of the loan is 14 days.");
    assert_eq!(days.term.as_ref().and_then(|x| x.days), Some(14));
    assert_eq!(days.term.and_then(|x| x.months), None);
    let months = run("a FIXED 3 MONTH TERM");
    assert_eq!(months.term.and_then(|x| x.months), Some(3));

    let balloon = run("A final balloon payment of $4,000.00 is due at maturity.");
    assert!(
        balloon
            .assumptions
            .iter()
            .any(|a| a.contains("balloon") && a.contains("4000"))
    );
    let none = run("Balloon Payment NO");
    assert!(!none.assumptions.iter().any(|a| a.contains("balloon")));
}

// ---------- fees ----------

#[test]
fn upfront_fees_and_how_they_are_paid() {
    let t = run(
        "Borrower agrees to pay Lender a non-refundable origination fee of Four Hundred Dollars ($400), which shall be deducted from the loan proceeds.",
    );
    let f = &t.fees[0];
    assert_eq!(
        (f.kind, f.amount, f.timing),
        (
            FeeKind::Origination,
            Some(dec!(400)),
            FeeTiming::UpfrontDeducted
        )
    );

    let admin = run("An administration fee of £50 is payable at signing and is paid in cash.");
    assert_eq!(
        admin.fees.first().map(|f| (f.kind, f.timing)),
        Some((FeeKind::Management, FeeTiming::UpfrontPaid))
    );

    let app = run("Application fee: $75. Underwriting fee: $150. Documentation fee: $25.");
    let kinds: Vec<_> = app.fees.iter().map(|f| (f.kind, f.amount)).collect();
    assert_eq!(
        kinds,
        vec![
            (FeeKind::Application, Some(dec!(75))),
            (FeeKind::Application, Some(dec!(150))),
            (FeeKind::Application, Some(dec!(25))),
        ]
    );

    let ins = run(
        "The premium for optional credit life insurance of $120.00 is financed and added to the loan.",
    );
    let f = ins
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Insurance)
        .expect("insurance");
    assert_eq!(f.amount, Some(dec!(120.00)));
    assert!(f.note.as_deref().is_some_and(|n| n.contains("financed")));

    let points = run("1 % of Loan Amount (Points) $2,110");
    let p = &points.fees[0];
    assert_eq!(
        (p.kind, p.amount, p.percent),
        (FeeKind::Origination, Some(dec!(2110)), Some(dec!(1)))
    );

    let member = run("A monthly membership fee of $9.99 is charged with each payment.");
    assert_eq!(
        member.fees.first().map(|f| (f.kind, f.timing)),
        Some((FeeKind::Membership, FeeTiming::PerPeriod))
    );
}

#[test]
fn late_returned_and_prepayment() {
    let late = run(
        "If any installment is more than 10 days late, you will pay a late charge of $25 or 5% of the unpaid installment, whichever is greater.",
    );
    let f = late
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("late fee");
    assert_eq!(
        (f.amount, f.percent, f.basis),
        (Some(dec!(25)), Some(dec!(5)), Some(Basis::Installment))
    );
    assert_eq!(f.timing, FeeTiming::OnDefault);
    assert!(
        f.note
            .as_deref()
            .is_some_and(|n| n.contains("whichever is greater"))
    );

    let nsf = run(
        "Return Item Fee: If sufficient funds are not available, you agree to pay us a Return Item Fee of $30.",
    );
    assert_eq!(
        nsf.fees.first().map(|f| (f.kind, f.amount)),
        Some((FeeKind::ReturnedPayment, Some(dec!(30))))
    );
    let nsf2 = run("A $20 NSF fee applies to each dishonored payment.");
    assert_eq!(
        nsf2.fees.first().map(|f| (f.kind, f.amount)),
        Some((FeeKind::ReturnedPayment, Some(dec!(20))))
    );

    let pre =
        run("If you repay early, a prepayment penalty of 2% of the outstanding balance applies.");
    let f = pre
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Prepayment)
        .expect("prepayment");
    assert_eq!(
        (f.percent, f.basis),
        (Some(dec!(2)), Some(Basis::TotalOutstanding))
    );
    assert!(has_clause(&pre, ClauseKind::PrepaymentPenalty));

    for text in [
        "Borrower may prepay all or part of the balance at any time without penalty.",
        "The Borrower may prepay this Note in full or in part at any time without premium or penalty.",
        "Prepayment Penalty NO",
    ] {
        let t = run(text);
        assert!(
            t.fees.iter().all(|f| f.kind != FeeKind::Prepayment),
            "{text}"
        );
        assert!(!has_clause(&t, ClauseKind::PrepaymentPenalty), "{text}");
    }
}

#[test]
fn default_terms() {
    let t = run(
        "Upon default, Lender may declare the entire unpaid balance immediately due and payable. Borrower shall pay reasonable attorneys' fees not to exceed 15% of the unpaid debt, and all collection costs. A default under any other agreement with Lender is a default under this Note.",
    );
    assert!(has_clause(&t, ClauseKind::Acceleration));
    assert!(has_clause(&t, ClauseKind::CrossDefault));
    let legal = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Legal)
        .expect("attorneys' fees");
    assert_eq!(legal.percent, Some(dec!(15)));
    assert_eq!(legal.timing, FeeTiming::OnDefault);
    assert!(
        legal
            .note
            .as_deref()
            .is_some_and(|n| n.contains("not to exceed"))
    );
    assert!(t.fees.iter().any(|f| f.kind == FeeKind::Collection));

    let plain = run("The Borrower shall repay the loan in monthly installments.");
    assert!(!has_clause(&plain, ClauseKind::Acceleration));
}

// ---------- clauses ----------

#[test]
fn ftc_credit_practices_clauses() {
    let cases = [
        (
            "Borrower authorizes any attorney to appear in any court and confess judgment against Borrower.",
            ClauseKind::ConfessionOfJudgment,
        ),
        (
            "This note contains a cognovit provision.",
            ClauseKind::ConfessionOfJudgment,
        ),
        (
            "Borrower waives all homestead and personal property exemptions.",
            ClauseKind::WaiverOfExemptions,
        ),
        (
            "You hereby assign to us a portion of your wages and salary until the debt is paid.",
            ClauseKind::WageAssignment,
        ),
        (
            "You grant us a security interest in your household goods, furniture and appliances.",
            ClauseKind::HouseholdGoodsSecurity,
        ),
        (
            "We may impose a late charge on unpaid late charges.",
            ClauseKind::LateFeePyramiding,
        ),
        (
            "Any dispute shall be resolved by binding arbitration administered by the AAA.",
            ClauseKind::MandatoryArbitration,
        ),
        (
            "You agree that you will not bring, join or participate in any class action against us.",
            ClauseKind::ClassActionWaiver,
        ),
        (
            "EACH PARTY WAIVES ANY RIGHT TO A TRIAL BY JURY.",
            ClauseKind::JuryTrialWaiver,
        ),
        (
            "We may change the terms of this agreement, including the interest rate, at any time.",
            ClauseKind::UnilateralChange,
        ),
        (
            "Borrower consents to the exclusive jurisdiction of the courts of Cook County, Illinois.",
            ClauseKind::DistantForum,
        ),
        (
            "This Agreement is governed by the laws of the Otoe-Missouria Tribe of Indians, a sovereign nation.",
            ClauseKind::TribalOrOffshoreLaw,
        ),
        (
            "This agreement shall be governed by the laws of Malta.",
            ClauseKind::TribalOrOffshoreLaw,
        ),
        (
            "Interest will be charged on unpaid interest and compounded monthly.",
            ClauseKind::CompoundInterest,
        ),
        (
            "This Note will be renewed on the Due Date unless you tell us otherwise.",
            ClauseKind::Rollover,
        ),
        (
            "YOU ARE WAIVING YOUR RIGHT TO A JURY TRIAL.",
            ClauseKind::JuryTrialWaiver,
        ),
        (
            "Any claim will be decided by arbitration and not in court.",
            ClauseKind::MandatoryArbitration,
        ),
        (
            "Lender may, at its sole discretion, change the interest rate and fees.",
            ClauseKind::UnilateralChange,
        ),
        (
            "The terms of this Agreement may be changed by us at any time without notice.",
            ClauseKind::UnilateralChange,
        ),
        (
            "Any action shall be brought exclusively in the courts of Sioux County, Iowa.",
            ClauseKind::DistantForum,
        ),
        (
            "You waive any defenses, set-off or counterclaims you may have against any assignee.",
            ClauseKind::WaiverOfDefences,
        ),
        (
            "A default under any other loan agreement with us is a default under this Note.",
            ClauseKind::CrossDefault,
        ),
    ];
    for (text, kind) in cases {
        let t = run(text);
        assert!(
            has_clause(&t, kind),
            "{kind:?} not found in {text:?}: {:?}",
            t.clauses
        );
    }
    // Harmless wording does not trigger them.
    let benign = run(
        "You may cancel this loan within three business days. The borrower may ask a court to decide any dispute.",
    );
    assert!(benign.clauses.is_empty(), "{:?}", benign.clauses);
}

// ---------- jurisdiction, lender ----------

#[test]
fn governing_law_hints() {
    let codes = |text: &str| -> Vec<String> {
        run(text)
            .jurisdiction_hints
            .into_iter()
            .map(|h| h.code)
            .collect()
    };
    assert_eq!(
        codes("This Agreement is governed by the laws of the State of New York."),
        vec!["US-NY", "US"]
    );
    // "governed by Illinois law" names the governing law as plainly as "the laws of".
    assert_eq!(codes("governed by Illinois law"), vec!["US-IL", "US"]);
    assert_eq!(
        codes("Illinois law shall govern this Note."),
        vec!["US-IL", "US"]
    );
    assert_eq!(
        codes("This Note shall be governed by the laws of the State\nof California."),
        vec!["US-CA", "US"]
    );
    assert_eq!(
        codes("in accordance with the laws of the State of Texas"),
        vec!["US-TX", "US"]
    );
    assert_eq!(
        codes("This agreement is governed by the law of England and Wales."),
        vec!["GB"]
    );
    assert_eq!(
        codes("A credit agreement regulated by the Consumer Credit Act 1974."),
        vec!["GB"]
    );
    let tribal = codes("governed by tribal law of the Tribe, a sovereign nation");
    assert!(tribal.contains(&"US-TRIBAL".to_string()));
}

#[test]
fn lender_name_and_type() {
    let t = run(
        "This Loan Agreement is made between First Ficus Bank, N.A. (\"Lender\") and Jane Doe (\"Borrower\").",
    );
    let l = t.lender.expect("lender");
    assert_eq!(l.name.as_deref(), Some("First Ficus Bank, N.A."));
    assert_eq!(l.lender_type, LenderType::Bank);

    let person = run("Lender: Suhani Rao\nBorrower: Riyan");
    assert_eq!(
        person.lender.map(|l| l.lender_type),
        Some(LenderType::Individual)
    );

    let blank = run(
        "This Agreement is made on [date] between [name of lender] (\"Lender\") and [name of borrower].",
    );
    assert!(blank.lender.is_none());
    assert!(blank.contract_date.is_none());
}

// ---------- scope, blanks, unparsed ----------

#[test]
fn commercial_credit_agreement_is_flagged_not_read() {
    let t = run(
        "CREDIT AGREEMENT among ACME CORP., as Borrower, the Lenders party hereto, and BIG BANK, N.A., as Administrative Agent. The Term Loan Facility of $250,000,000 bears interest at Term SOFR plus 3.25% per annum.",
    );
    assert!(t.assumptions.iter().any(|a| a.starts_with("out-of-scope:")));
    assert!(t.principal.is_none());
    assert!(t.rates.is_empty());
}

#[test]
fn blank_template_is_not_stated() {
    let t = run(
        "KEY FINANCIAL INFORMATION\n\nAmount of credit: £ [!! #### !!]\n\nTotal Amount Payable: £ ________\n\nAPR: [ ]\n\nLoan setup fee (admin fee): [!! #### !!]\n",
    );
    assert!(t.principal.is_none());
    assert!(t.total_of_payments.is_none());
    assert!(t.disclosed_apr.is_none());
    assert!(t.fees.is_empty());
    assert!(t.unparsed.len() >= 3, "{:?}", t.unparsed);
    assert!(
        t.unparsed
            .iter()
            .any(|u| u.reason == "money" && u.evidence.text.contains("Amount of credit"))
    );
}

#[test]
fn unread_money_and_rate_sentences_are_reported() {
    let t = run(
        "Loan Amount: $1,000.\nThe Servicer may retain $35 from each remittance for its trouble.\nA surcharge of 3% applies to card payments.",
    );
    assert_eq!(t.principal.map(|p| p.amount), Some(dec!(1000)));
    let texts: Vec<&str> = t
        .unparsed
        .iter()
        .map(|u| u.evidence.text.as_str())
        .collect();
    assert!(texts.iter().any(|x| x.contains("$35")), "{texts:?}");
    assert!(texts.iter().any(|x| x.contains("3%")), "{texts:?}");
    assert!(
        !texts.iter().any(|x| x.contains("Loan Amount")),
        "{texts:?}"
    );
}

#[test]
fn template_placeholders_are_reported_not_invented() {
    let t = run(
        "Loan Details:\n\nLoan Amount: {{loanAmount}}\n\nInterest Rate: {{interestRate}}\n\nLoan Term: {{loanTerm}}\n\nLender: [Lender Name]\n",
    );
    assert!(t.principal.is_none() && t.rates.is_empty() && t.term.is_none() && t.lender.is_none());
    let reasons: Vec<&str> = t.unparsed.iter().map(|u| u.reason.as_str()).collect();
    assert!(
        reasons.contains(&"money") && reasons.contains(&"rate"),
        "{reasons:?}"
    );
}

#[test]
fn an_article_is_not_a_count() {
    let t = run("A bi-weekly payment plan can be smart for people who get paid bi-weekly.");
    assert!(t.installments.is_none(), "{:?}", t.installments);
}

#[test]
fn maturity_is_not_acceleration() {
    let t = run(
        "The entire principal amount shall be due and payable on the termination of this Loan Agreement.",
    );
    assert!(!has_clause(&t, ClauseKind::Acceleration), "{:?}", t.clauses);
    let a = run(
        "Failure to pay for 90 days constitutes default, at which point the full remaining balance may become due immediately.",
    );
    assert!(has_clause(&a, ClauseKind::Acceleration));
    let b = run(
        "If Borrower defaults, the unpaid balance shall become immediately due and payable at Lender's option.",
    );
    assert!(has_clause(&b, ClauseKind::Acceleration));
}

#[test]
fn a_sentence_is_not_a_lender_name() {
    let t = run(
        "LENDER MAY INCUR AS A DIRECT OR INDIRECT CONSEQUENCE OF THE USE\nLender:  California Tax Credit Allocation Committee\n",
    );
    assert_eq!(
        t.lender.and_then(|l| l.name),
        Some("California Tax Credit Allocation Committee".to_string())
    );
}

#[test]
fn long_consumer_text_stays_fast() {
    let block = "Borrower promises to pay the principal sum of $2,000.00 with interest at 19.9% per annum.\n\
        A late fee of $15 applies to each payment more than 10 days late.\n\
        The Servicer may retain $3.50 from each remittance.\n\
        Any dispute shall be resolved by binding arbitration.\n\n";
    let text = block.repeat(1_300_000 / block.len());
    let start = std::time::Instant::now();
    let t = run(&text);
    let took = start.elapsed();
    // Linear work: ~1 s in release; an unoptimised build gets a generous bound.
    assert!(took < std::time::Duration::from_secs(60), "{took:?}");
    assert_eq!(t.principal.map(|p| p.amount), Some(dec!(2000.00)));
    assert_eq!(t.fees.len(), 1);
    assert!(t.unparsed.len() <= 300);
    assert!(
        t.assumptions.iter().any(|a| a.contains("not listed")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn figures_then_words_in_brackets() {
    let ok = run("Principal amount: €2.000,00 (two thousand euros)");
    assert!(ok.inconsistencies.is_empty(), "{:?}", ok.inconsistencies);
    let bad = run("Loan Amount: USD 5,000 (five hundred US dollars)");
    assert_eq!(bad.inconsistencies.len(), 1, "{:?}", bad.inconsistencies);
    assert_eq!(bad.inconsistencies[0].kind, "amount-words-figures-mismatch");
    // Brackets that are not an amount in words are left alone.
    let other = run("A fee of $25 (payable monthly) applies.");
    assert!(other.inconsistencies.is_empty());
}

#[test]
fn military_allotment_is_a_wage_assignment() {
    let t = run("As a condition of this loan you must establish a military allotment to repay us.");
    assert!(has_clause(&t, ClauseKind::WageAssignment));
}

#[test]
fn tila_payment_schedule_box() {
    let t = run(
        "Number of Payments: 12\nAmount of Payments: $104.17\nWhen Payments Are Due: Monthly beginning 03/01/2025\n\nThe loan shall be repaid in full on or before December 31, 2026.\nA documentation fee of $150.00 is due at closing.",
    );
    assert_eq!(t.installments.map(|c| c.count), Some(12));
    assert_eq!(t.payment.map(|p| p.amount), Some(dec!(104.17)));
    assert_eq!(t.frequency.map(|f| f.frequency), Some(Frequency::Monthly));
    assert_eq!(
        t.first_payment_date.map(|d| d.date.to_string()),
        Some("2025-03-01".into())
    );
    assert_eq!(
        t.maturity_date.map(|d| d.date.to_string()),
        Some("2026-12-31".into())
    );
    assert_eq!(
        t.fees.first().map(|f| (f.kind, f.timing)),
        Some((FeeKind::Application, FeeTiming::UpfrontPaid))
    );
}

#[test]
fn apr_label_in_an_earlier_sentence_does_not_take_the_interest_rate() {
    let t = run("The APR does not include some fees.\nInterest accrues at 12% per annum.");
    assert!(t.disclosed_apr.is_none(), "{:?}", t.disclosed_apr);
    assert_eq!(t.rates.first().map(|r| r.value), Some(dec!(12)));
}

#[test]
fn prose_label_keeps_to_its_sentence() {
    let t = run(
        "The loan amount is shown in the schedule attached to this agreement. The Servicer may keep $50 for its trouble.",
    );
    assert!(t.principal.is_none(), "{:?}", t.principal);
}

#[test]
fn whole_installment_agreement() {
    let text = "CONSUMER INSTALLMENT LOAN AGREEMENT\nDate of Agreement: March 1, 2025        Lender: Prairie State Finance, Inc.\n\n\
PROMISE TO PAY: For value received, I promise to pay to you or your order the principal amount of One Thousand Five Hundred and 00/100 Dollars ($1,500.00), plus interest on the unpaid balance at the rate of 36.00% per year until paid in full.\n\n\
ANNUAL PERCENTAGE RATE: 59.87%   FINANCE CHARGE: $612.40   Amount Financed: $1,425.00   Total of Payments: $2,037.40\n\
Your payment schedule will be 12 monthly payments of $169.78 beginning April 1, 2025.\n\
Itemization of Amount Financed: Amount given to you directly $1,425.00; Prepaid finance charge (origination fee) $75.00.\n\n\
Late Charge: If any payment is not paid in full within 10 days after it is due, I agree to pay a late charge of $15.00 or 5% of the unpaid amount of the payment, whichever is less.\n\
Returned Check Charge: I agree to pay a fee of $25.00 for any check returned unpaid.\n\
Prepayment: If I pay off early, I will not have to pay a penalty.\n\
Governing Law: This agreement is governed by the laws of the State of Illinois.\n";
    let t = run(text);
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(1500.00)));
    assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(1425.00)));
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(612.40))
    );
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(2037.40))
    );
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(59.87)));
    assert_eq!(
        t.rates.iter().map(|r| r.value).collect::<Vec<_>>(),
        vec![dec!(36.00)]
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(169.78)));
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date.to_string()),
        Some("2025-03-01".into())
    );
    let lender = t.lender.as_ref().expect("lender");
    assert_eq!(
        (lender.name.as_deref(), lender.lender_type),
        (Some("Prairie State Finance, Inc."), LenderType::Company)
    );
    let pfc = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Origination)
        .expect("prepaid finance charge");
    assert_eq!(
        (pfc.amount, pfc.timing),
        (Some(dec!(75.00)), FeeTiming::UpfrontDeducted)
    );
    let late = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("late charge");
    assert_eq!(
        (late.amount, late.percent, late.basis),
        (Some(dec!(15.00)), Some(dec!(5)), Some(Basis::Installment))
    );
    let nsf = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::ReturnedPayment)
        .expect("returned check");
    assert_eq!(nsf.amount, Some(dec!(25.00)));
    assert!(t.fees.iter().all(|f| f.kind != FeeKind::Prepayment));
    assert!(t.jurisdiction_hints.iter().any(|h| h.code == "US-IL"));
}

#[test]
fn uk_fixed_sum_agreement() {
    let t = run(
        "FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974\n\nKey financial information\nAmount of credit: £500.00\nDuration of the agreement: 6 months\nRepayments: 6 monthly repayments of £104.50\nTotal amount payable: £627.00\nRate of interest: 39.9% p.a. fixed\nAPR: 79.5%\n\nMissing payments: If you miss a payment we will charge a default fee of £12.\nInterest on arrears will be charged at the contractual rate of 39.9% per annum.\n",
    );
    assert_eq!(
        t.principal
            .as_ref()
            .map(|a| (a.amount, a.currency.as_str())),
        Some((dec!(500.00), "GBP"))
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(627.00))
    );
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(79.5)));
    let r = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest)
        .expect("contract rate");
    assert_eq!((r.value, r.per), (dec!(39.9), Per::Year));
    assert!(
        !t.assumptions.iter().any(|a| a.contains("no period stated")),
        "{:?}",
        t.assumptions
    );
    assert!(t.rates.iter().any(|r| r.kind == RateKind::Overdue));
    let fee = t
        .fees
        .iter()
        .find(|f| f.name == "default fee")
        .expect("default fee");
    // Charged for a missed payment: a late-payment fee (the sample en-03 reads it so too).
    assert_eq!(fee.kind, FeeKind::Late);
    assert_eq!((fee.amount, fee.percent), (Some(dec!(12)), None));
    assert!(t.jurisdiction_hints.iter().any(|h| h.code == "GB"));
}

#[test]
fn payday_style_terms() {
    let t = run(
        "This loan is made by Big Sky Cash, a tribal lending entity wholly owned by the Chippewa Cree Tribe, a sovereign nation.\nWe charge a fee of $15 for every $100 borrowed.\nInterest accrues at 0.8% per day on the outstanding principal.\nYou will make 10 bi-weekly payments of $120.00 each beginning on 05/02/2025.\n",
    );
    let fee = t.fees.first().expect("per-$100 charge");
    assert_eq!(
        (fee.percent, fee.basis),
        (Some(dec!(15)), Some(Basis::Principal))
    );
    let r = t.rates.first().expect("daily rate");
    assert_eq!((r.per, r.annual_percent), (Per::Day, Some(dec!(292.0))));
    assert!(t.jurisdiction_hints.iter().any(|h| h.code == "US-TRIBAL"));
    assert!(has_clause(&t, ClauseKind::TribalOrOffshoreLaw));
    assert_eq!(t.frequency.map(|f| f.frequency), Some(Frequency::Biweekly));
    assert!(t.unparsed.is_empty(), "{:?}", t.unparsed);
}

#[test]
fn bare_term_label() {
    let t = run("Term: 12 months\nLoan Amount: $3,000");
    assert_eq!(t.term.and_then(|x| x.months), Some(12));
}

#[test]
fn disclosure_box_read_as_lines_takes_figures_by_column_order_and_sum() {
    // A Truth in Lending box whose columns came out line by line: headings and descriptions
    // interleaved, then the figures.
    let text = "DISCLOSURE OF CREDIT TERMS:\n\
        Total of Payments\n\
        ANNUAL PERCENTAGE  Amount Financed\n\
        FINANCE CHARGE  The amount you will\n\
        RATE  The amount of credit\n\
        The dollar amount the  have paid after you have\n\
        The cost of your credit as a  provided to you or on\n\
        credit will cost you.  made the scheduled\n\
        yearly rate  your behalf.\n\
        $125.40  payments.\n\
        36.25%  $1,000.00\n\
        $1,125.40\n\
        You will make 6 monthly payments of $187.57.\n";
    let t = run(text);
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(36.25)));
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(125.40))
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(1000.00)));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(1125.40))
    );
    assert!(t.rates.iter().all(|r| r.value != dec!(36.25)));
    // Figures that do not add up are not assigned by position.
    let t = run(&text.replace("$1,125.40", "$1,200.00"));
    assert_ne!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(1200.00))
    );
    // Headings that carry their own figures are read label by label, even when the figures
    // after them happen to add up.
    let t = run("Annual Percentage Rate  10.00%
        Finance Charge  $100.00
        Amount Financed  $1,000.00
        Total of Payments  $1,100.00
        Security deposit of $1,000.00 and a purchase price of $2,100.00.
");
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(100.00))
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(1000.00)));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(1100.00))
    );
}

#[test]
fn table_row_label_and_value_two_spaces_apart_name_the_lender() {
    for (text, name) in [
        (
            "Loan Summary\nLender  Acme Finance LLC\nLoan Amount  $10,000.00\n",
            "Acme Finance LLC",
        ),
        (
            "Borrower  Jane Roe  Creditor  Harbor Credit Union\n",
            "Harbor Credit Union",
        ),
    ] {
        let t = run(text);
        assert_eq!(
            t.lender.as_ref().and_then(|l| l.name.as_deref()),
            Some(name),
            "{text}"
        );
    }
    // A single space is prose, not a cell gap.
    let t = run("Lender may charge a late fee of $15.00.\n");
    assert!(t.lender.is_none());
}

// ---- Figures glued together, date pairs, disclosure forms (fresh wordings) ----

fn extracted(text: &str) -> Terms {
    let d = doc(text);
    let t = extract(&d);
    common::evidence::assert_quotes(&d.text, &t);
    t
}

#[test]
fn the_tail_of_an_amount_is_never_a_count() {
    // Label after the value, in several flattened layouts.
    for text in [
        "Projected figures   $1,412.89 Monthly Payment   years 1-30",
        "Your estimate | $2,068 Monthly Payment | includes escrow",
        "Range of amounts: $1,028–$2,068 Monthly Payment\n",
        "Cost breakdown\n$415.20 Bi-weekly Installment\nDue every other Friday",
        "You may buy a $12 monthly payment protection plan.",
    ] {
        let t = extracted(text);
        assert!(t.installments.is_none(), "{text}: {:?}", t.installments);
        assert!(t.term.is_none(), "{text}: {:?}", t.term);
    }
    let t = extracted("Number of payments: 1,200 (see schedule).");
    assert!(t.installments.is_none(), "{:?}", t.installments);
    let t = extracted(
        "The Borrower shall repay the advance in 18 monthly instalments of $230.10 each.",
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(18));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(230.10)));
}

#[test]
fn percentages_and_dates_do_not_start_inside_a_figure() {
    use loanlint::extract::en::number::{find_percents, first_date};
    assert!(find_percents("a balance of 1,234.5% is impossible").is_empty());
    let p = find_percents("rate 7.25% fixed");
    assert_eq!(
        p.iter().map(|p| p.value).collect::<Vec<_>>(),
        vec![dec!(7.25)]
    );
    assert!(first_date("ref 21,5/12/2024", false).is_none());
    let d = first_date("on 03/04/2025", false).expect("date");
    assert_eq!(d.date.to_string(), "2025-03-04");
    assert!(d.ambiguous);
    let d = first_date("on 25/04/2025", true).expect("date");
    assert!(!d.ambiguous);
}

#[test]
fn a_transaction_date_and_a_due_date_make_a_single_payment() {
    let t = extracted(
        "SHORT-TERM ADVANCE\nTransaction Date: 04/01/2025\nDue Date: 04/15/2025\n\
         Amount Financed: $400.00\nFinance Charge: $60.00\nTotal of Payments: $460.00\n",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-04-01".into()));
    assert_eq!(date_of(&t.maturity_date), Some("2025-04-15".into()));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
    assert!(t.term.as_ref().is_some_and(|x| x.months.is_none()));
    // 04/01 could be 4 January: the order assumed is said.
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("month-first") && a.contains("04/01/2025")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn month_name_dates_in_both_orders() {
    let t = extracted(
        "Date of Loan: March 3, 2025. Payment Due: March 31, 2025. \
         You will repay $575.00 in one payment.",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-03-03".into()));
    assert_eq!(date_of(&t.maturity_date), Some("2025-03-31".into()));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
    let t = extracted(
        "Amount of credit £300.\nFunding Date 3 March 2025\nMaturity Date 17 March 2025\n",
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
}

#[test]
fn numeric_dates_follow_the_currency() {
    // Sterling: day first, 3 April to 1 May.
    let t = extracted(
        "Total amount of credit: £250.00\nFunding date: 03/04/2025\nRepayment date: 01/05/2025\n",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-04-03".into()));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
    assert!(t.assumptions.iter().any(|a| a.contains("day-first")));
    // Dollars: month first, 4 March to 1 April.
    let t = extracted("Amount Financed: $250.00\nFunding date: 03/04/2025\nDue date: 04/01/2025\n");
    assert_eq!(date_of(&t.disbursement_date), Some("2025-03-04".into()));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(28));
}

#[test]
fn a_first_payment_date_is_not_the_maturity_date() {
    let t = extracted(
        "Loan Date: 01/10/2025. Your first payment due on 02/10/2025. \
         You agree to 12 monthly payments of $88.85.",
    );
    assert!(t.maturity_date.is_none(), "{:?}", t.maturity_date);
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    // A year-long span with no count is not guessed to be one payment.
    let t = extracted("Loan Date: January 5, 2025\nMaturity Date: January 5, 2026\n");
    assert!(t.installments.is_none() && t.frequency.is_none());
}

#[test]
fn an_apr_based_on_a_funding_date_records_it() {
    let t = extracted(
        "ANNUAL PERCENTAGE RATE 390.00%. This APR is calculated on the basis that your funds \
         arrive on the anticipated funding date, June 2, 2025. Your single payment of $345.00 \
         is due June 16, 2025.",
    );
    assert_eq!(date_of(&t.disbursement_date), Some("2025-06-02".into()));
    assert!(
        t.assumptions
            .iter()
            .any(|a| a.contains("based on the funding date 2025-06-02")),
        "{:?}",
        t.assumptions
    );
}

#[test]
fn disclosure_forms() {
    use loanlint::DisclosureForm;
    let form = |text: &str| extracted(text).disclosure_form.map(|f| f.form);
    assert_eq!(
        form(
            "| ANNUAL PERCENTAGE RATE | FINANCE CHARGE | Amount Financed | Total of Payments |\n| 24.9% | $310.22 | $1,500.00 | $1,810.22 |\n"
        ),
        Some(DisclosureForm::TilaBox)
    );
    assert_eq!(
        form("Harbor Credit Union\nLoan Estimate    LOAN TERM 20 years\nLoan Amount $180,000\n"),
        Some(DisclosureForm::LoanEstimate)
    );
    assert_eq!(
        form(
            "Closing Disclosure\nThis form is a statement of final loan terms and closing costs.\nLoan Amount $95,500\n"
        ),
        Some(DisclosureForm::ClosingDisclosure)
    );
    assert_eq!(
        form(
            "PRE-CONTRACT CREDIT INFORMATION\n(Standard European Consumer Credit Information)\nTotal amount of credit £2,000\n"
        ),
        Some(DisclosureForm::Secci)
    );
    // A loan agreement that mentions a Loan Estimate in prose is not one.
    assert_eq!(
        form(
            "LOAN AGREEMENT\nThe Borrower received a Loan Estimate before signing. Principal amount $5,000.\n"
        ),
        None
    );
}

#[test]
fn a_level_schedule_inferred_from_a_count_and_a_payment_says_so() {
    let t = extracted("Borrower will make 24 payments of $212.47 to Lender.");
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::EqualInstallment)
    );
    assert!(
        t.assumptions.iter().any(|a| a.contains("level")),
        "{:?}",
        t.assumptions
    );
}

fn date_of(d: &Option<loanlint::DateTerm>) -> Option<String> {
    d.as_ref().map(|d| d.date.to_string())
}
