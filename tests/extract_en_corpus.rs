#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Whole-document tests on real English contracts and disclosures from the shared corpus.
//! Expected terms were checked by hand against `pdftotext` output. Each test is skipped, with
//! a printed notice, when the corpus is absent.

use crate::common;

use std::time::{Duration, Instant};

use common::corpus::{corpus_file, read_corpus};
use loanlint::extract::en::extract;
use loanlint::read::{Document, ReadOptions, SourceKind};
use loanlint::{
    Basis, ClauseKind, DisclosureForm, FeeKind, FeeTiming, Frequency, LenderType, Per, RateKind,
    RepaymentMethod, Terms,
};
use rust_decimal_macros::dec;

/// The extracted terms of a corpus file, or `None` (with a notice) when it is absent.
fn terms_of(name: &str) -> Option<(Terms, String)> {
    let doc = read_corpus(name, &ReadOptions::default())?;
    let terms = extract(&doc);
    common::evidence::assert_quotes(&doc.text, &terms);
    Some((terms, doc.text))
}

fn has_clause(t: &Terms, k: ClauseKind) -> bool {
    t.clauses.iter().any(|c| c.kind == k)
}

fn date(t: &Option<loanlint::DateTerm>) -> Option<String> {
    t.as_ref().map(|d| d.date.to_string())
}

#[test]
fn sample_loan_agreement_betterdebt() {
    let Some((t, _)) = terms_of("en_sample_loan_agreement_betterdebt.pdf") else {
        return;
    };
    let p = t.principal.as_ref().expect("principal");
    assert_eq!((p.amount, p.currency.as_str()), (dec!(25000.00), "USD"));
    let r = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest)
        .expect("rate");
    assert_eq!((r.value, r.per), (dec!(6.50), Per::Year));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(60));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(60));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(489.32)));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
    assert_eq!(date(&t.contract_date).as_deref(), Some("2026-01-15"));
    assert_eq!(date(&t.first_payment_date).as_deref(), Some("2026-02-15"));
    assert_eq!(date(&t.maturity_date).as_deref(), Some("2031-01-15"));
    let late = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("late fee");
    assert_eq!(late.amount, Some(dec!(25.00)));
    assert!(t.fees.iter().all(|f| f.kind != FeeKind::Prepayment));
    assert!(has_clause(&t, ClauseKind::Acceleration));
    let lender = t.lender.as_ref().expect("lender");
    assert!(
        lender
            .name
            .as_deref()
            .is_some_and(|n| n.starts_with("Acme Test Lending"))
    );
    assert!(t.disclosed_apr.is_none());
}

#[test]
fn texas_promissory_note() {
    let Some((t, _)) = terms_of("en_tx_promissory_note_pdftex.pdf") else {
        return;
    };
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(10000)));
    let d = t.disbursed.as_ref().expect("net proceeds");
    assert_eq!(d.amount, dec!(9600.00));
    assert!(!d.derived);
    let fee = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Origination)
        .expect("origination fee");
    assert_eq!(
        (fee.amount, fee.timing),
        (Some(dec!(400)), FeeTiming::UpfrontDeducted)
    );
    let r = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest)
        .expect("rate");
    assert_eq!((r.value, r.per), (dec!(10), Per::Year));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(3));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::Bullet)
    );
    let codes: Vec<&str> = t
        .jurisdiction_hints
        .iter()
        .map(|h| h.code.as_str())
        .collect();
    assert!(
        codes.contains(&"US-TX") && codes.contains(&"US"),
        "{codes:?}"
    );
    assert_eq!(
        t.lender.as_ref().and_then(|l| l.name.as_deref()),
        Some("Rick Gray")
    );
    assert_eq!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(LenderType::Individual)
    );
    // Words and figures agree in this note ("Ten Thousand Dollars ($10,000)").
    assert!(t.inconsistencies.is_empty(), "{:?}", t.inconsistencies);
}

#[test]
fn indian_promissory_note() {
    let Some((t, _)) = terms_of("en_in_promissory_note_wkhtml.pdf") else {
        return;
    };
    let p = t.principal.as_ref().expect("principal");
    assert_eq!((p.amount, p.currency.as_str()), (dec!(400000), "INR"));
    let r = t.rates.first().expect("rate");
    assert_eq!((r.value, r.per), (dec!(0.5), Per::Year));
    let late = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("late fee");
    assert_eq!(late.amount, Some(dec!(4000000)));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Monthly)
    );
    assert_eq!(
        t.lender.as_ref().and_then(|l| l.name.as_deref()),
        Some("Suhani")
    );
    // "Date: [Today's Date]" is a blank, not a date.
    assert!(t.contract_date.is_none());
}

#[test]
fn swiss_franc_template() {
    let Some((t, _)) = terms_of("en_chf_loan_agreement_word.pdf") else {
        return;
    };
    let p = t.principal.as_ref().expect("principal");
    assert_eq!((p.amount, p.currency.as_str()), (dec!(2500), "CHF"));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(20));
    // "installments of CHF [amount of repayment] each": not stated, and reported.
    assert!(t.payment.is_none());
    assert!(
        t.unparsed
            .iter()
            .any(|u| u.evidence.text.contains("[amount of repayment]"))
    );
    // 10% per five-week period.
    let r = t.rates.first().expect("rate");
    assert_eq!(
        (r.value, r.per, r.annual_percent),
        (dec!(2), Per::Week, Some(dec!(104)))
    );
    assert!(has_clause(&t, ClauseKind::Acceleration));
    assert!(
        t.lender.is_none(),
        "[name of lender] is a blank: {:?}",
        t.lender
    );
    assert!(t.contract_date.is_none());
}

#[test]
fn payday_loan_note_and_disclosure() {
    let Some((t, _)) = terms_of("en_payday_loan_note_disclosure_condor_testdata.pdf") else {
        return;
    };
    let apr = t.disclosed_apr.as_ref().expect("APR");
    assert_eq!(apr.value, dec!(782.14));
    assert_eq!(
        t.finance_charge.as_ref().map(|a| a.amount),
        Some(dec!(90.00))
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(300.00)));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(390.00))
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(390.00)));
    assert_eq!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
    assert_eq!(date(&t.maturity_date).as_deref(), Some("2006-03-06"));
    assert_eq!(date(&t.contract_date).as_deref(), Some("2006-02-17"));
    // "The Annual Percentage Rate is estimated based on the anticipated date the proceeds
    // will be deposited ..., which is 02/20/2006": the disclosure's own term is 14 days
    // (90 / 300 / 14 × 365 = 782.14%), not the 17 days from the application date.
    assert_eq!(date(&t.disbursement_date).as_deref(), Some("2006-02-20"));
    assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
    assert_eq!(
        t.disclosure_form.as_ref().map(|f| f.form),
        Some(DisclosureForm::TilaBox)
    );
    let nsf = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::ReturnedPayment)
        .expect("return item fee");
    assert_eq!(nsf.amount, Some(dec!(30)));
    for k in [
        ClauseKind::MandatoryArbitration,
        ClauseKind::ClassActionWaiver,
        ClauseKind::JuryTrialWaiver,
        ClauseKind::Rollover,
    ] {
        assert!(has_clause(&t, k), "{k:?}");
    }
    // No interest rate is stated: the APR must not reappear as a contract rate.
    assert!(t.rates.iter().all(|r| r.value != dec!(782.14)));
    assert_eq!(
        t.lender.as_ref().and_then(|l| l.name.as_deref()),
        Some("Ameriloan")
    );
}

#[test]
fn uk_fixed_sum_template_is_not_stated() {
    let Some((t, _)) = terms_of("en_uk_fixed_sum_loan_kariba.pdf") else {
        return;
    };
    assert!(t.principal.is_none());
    assert!(t.total_of_payments.is_none());
    assert!(t.disclosed_apr.is_none());
    assert!(t.rates.is_empty(), "{:?}", t.rates);
    let default = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Penalty)
        .expect("£10 default charge");
    assert_eq!(
        (default.amount, default.timing),
        (Some(dec!(10)), FeeTiming::OnDefault)
    );
    assert!(t.jurisdiction_hints.iter().any(|h| h.code == "GB"));
    assert!(
        t.unparsed
            .iter()
            .any(|u| u.evidence.text.contains("Amount of credit"))
    );
    assert!(
        t.lender
            .as_ref()
            .and_then(|l| l.name.as_deref())
            .is_some_and(|n| n.contains("Micro-E"))
    );
}

#[test]
fn cfpb_adjustable_rate_loan_estimate() {
    let Some((t, _)) = terms_of("en_cfpb_adjustable_rate_loan_estimate.pdf") else {
        return;
    };
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(211000)));
    assert_eq!(t.disclosed_apr.as_ref().map(|r| r.value), Some(dec!(4.617)));
    let r = t
        .rates
        .iter()
        .find(|r| r.kind == RateKind::Interest)
        .expect("initial rate");
    assert_eq!(r.value, dec!(4));
    // The Total Interest Percentage and the 12% cap are not rates.
    assert!(
        t.rates
            .iter()
            .all(|r| r.value != dec!(81.18) && r.value != dec!(12))
    );
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(360));
    let points = t
        .fees
        .iter()
        .find(|f| f.name.contains("Points"))
        .expect("points");
    assert_eq!(
        (points.amount, points.percent),
        (Some(dec!(2110)), Some(dec!(1)))
    );
    let late = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Late)
        .expect("late fee");
    assert_eq!(
        (late.percent, late.basis),
        (Some(dec!(5)), Some(Basis::Installment))
    );
    assert_eq!(date(&t.contract_date).as_deref(), Some("2013-02-15"));
    assert_eq!(
        t.repayment.as_ref().map(|r| r.method),
        Some(RepaymentMethod::InterestOnly)
    );
    // "$1,028–$2,068 Monthly Payment": the tail of an amount is not 68 payments.
    assert!(t.installments.is_none(), "{:?}", t.installments);
    assert_eq!(
        t.disclosure_form.as_ref().map(|f| f.form),
        Some(DisclosureForm::LoanEstimate)
    );
    // The section total "A. Origination Charges $3,110" is not a fee of its own.
    assert!(t.fees.iter().all(|f| f.amount != Some(dec!(3110))));
}

#[test]
fn loan_estimate_with_scattered_layout() {
    let Some((t, _)) = terms_of("en_loan_estimate_obo.pdf") else {
        return;
    };
    // Labels and values of the first page come out apart from each other; whatever is read
    // must be the real figure, never a neighbouring one.
    assert!(
        t.principal
            .as_ref()
            .is_none_or(|a| a.amount == dec!(156000))
    );
    assert!(
        t.disclosed_apr
            .as_ref()
            .is_none_or(|r| r.value == dec!(6.881))
    );
    assert!(t.rates.iter().any(|r| r.value == dec!(6.625)));
    let points = t
        .fees
        .iter()
        .find(|f| f.name.contains("Points"))
        .expect("points");
    assert_eq!(
        (points.amount, points.percent),
        (Some(dec!(1365)), Some(dec!(0.875)))
    );
    let uw = t
        .fees
        .iter()
        .find(|f| f.name.contains("Underwriting"))
        .expect("underwriting fee");
    assert_eq!(uw.amount, Some(dec!(895)));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(998.89)));
    // "$998.89 Monthly Payment": the cents are not 89 payments; the term is the form's own.
    assert!(t.installments.is_none(), "{:?}", t.installments);
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(360));
    assert_eq!(
        t.disclosure_form.as_ref().map(|f| f.form),
        Some(DisclosureForm::LoanEstimate)
    );
    // The APR left unread is reported, not dropped.
    if t.disclosed_apr.is_none() {
        assert!(t.unparsed.iter().any(|u| u.evidence.text.contains("6.881")));
    }
}

#[test]
fn sec_credit_agreement_is_out_of_scope_and_fast() {
    let Some(doc) = read_corpus(
        "en_sec_credit_agreement_ribbon.pdf",
        &ReadOptions::default(),
    ) else {
        return;
    };
    let start = Instant::now();
    let t = extract(&doc);
    let took = start.elapsed();
    eprintln!("extract on {} bytes took {took:?}", doc.text.len());
    // Linear work: well under a second in release; generous for unoptimised test builds.
    assert!(took < Duration::from_secs(20), "{took:?}");
    assert!(t.assumptions.iter().any(|a| a.starts_with("out-of-scope:")));
    assert!(t.principal.is_none() && t.rates.is_empty() && t.fees.is_empty());
}

#[test]
fn synthetic_credit_agreement_is_out_of_scope() {
    let Some((t, _)) = terms_of("en_synthetic_credit_agreement_reportlab.pdf") else {
        return;
    };
    assert!(t.assumptions.iter().any(|a| a.starts_with("out-of-scope:")));
    assert!(t.principal.is_none());
}

/// The `.html` twin of a corpus file as plain text: scripts dropped, cell and line ends as
/// line breaks, other tags removed, the common entities decoded.
fn html_twin(name: &str) -> Option<Document> {
    let path = corpus_file(name)?;
    let raw = std::fs::read(&path).expect("readable html");
    let html = String::from_utf8_lossy(&raw);
    let scripts =
        loanlint::pattern::regex(r"(?is)<(script|style)[^>]*>.*?</(?:script|style)>").ok()?;
    let breaks =
        loanlint::pattern::regex(r"(?i)<br\s*/?>|</(?:p|div|tr|td|th|li|h\d|table)>").ok()?;
    let tags = loanlint::pattern::regex(r"<[^>]*>").ok()?;
    let text = scripts.replace_all(&html, "");
    let text = breaks.replace_all(&text, "\n");
    let text = tags.replace_all(&text, "");
    let text = text
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&pound;", "£")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    Some(Document::from_text(&path, SourceKind::Text, &text))
}

#[test]
fn payday_html_twin_reads_the_same_box() {
    let Some(doc) = html_twin("en_payday_loan_note_disclosure_condor_testdata.html") else {
        return;
    };
    let t = extract(&doc);
    assert_eq!(
        t.disclosed_apr.as_ref().map(|r| r.value),
        Some(dec!(782.14))
    );
    assert_eq!(t.disbursed.as_ref().map(|a| a.amount), Some(dec!(300.00)));
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(390.00))
    );
    // The box's own figure, not the renewal sentence's "finance charge of $ 90.00".
    let fc = t.finance_charge.as_ref().expect("finance charge");
    assert_eq!(fc.amount, dec!(90.00));
    assert!(
        fc.evidence.text.starts_with("FINANCE CHARGE"),
        "{:?}",
        fc.evidence.text
    );
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    assert_eq!(date(&t.maturity_date).as_deref(), Some("2006-03-06"));
    assert!(has_clause(&t, ClauseKind::MandatoryArbitration));
}

#[test]
fn kariba_html_twin_is_not_stated() {
    let Some(doc) = html_twin("en_uk_fixed_sum_loan_kariba.html") else {
        return;
    };
    let t = extract(&doc);
    assert!(t.principal.is_none() && t.total_of_payments.is_none() && t.disclosed_apr.is_none());
    assert!(t.rates.is_empty());
    assert!(
        t.fees
            .iter()
            .any(|f| f.kind == FeeKind::Penalty && f.amount == Some(dec!(10)))
    );
    assert!(t.jurisdiction_hints.iter().any(|h| h.code == "GB"));
}
