//! The English extractor on clauses (FTC credit practices), jurisdiction and lender, scope,
//! blanks and unread sentences, and whole agreements of several kinds.

#[allow(unused_imports)]
use super::*;

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
        Some((FeeKind::Handling, FeeTiming::UpfrontPaid))
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
