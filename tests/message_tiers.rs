#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Issue 13, batch D's classes in wordings of their own: how the tiers rank (a rule of the
//! tiers kept as data), which sums a message demands (a long subject before a linking word, a
//! sum naming the loan itself), a charge due only on an event (a returned payment) stated as a
//! range, and the Chinese basis of every finding.

use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{
    BUNDLED_RULES, ContractContext, MessageFinding, MessageReport, MessageRules, Tier, analyse,
    demanded_amount,
};
use loanlint::model::Language;
use loanlint::report::{MessagePrinter, Printer};
use rust_decimal_macros::dec;

use crate::common;

fn rules() -> &'static MessageRules {
    MessageRules::bundled().expect("bundled message rules load")
}

pub(crate) fn context(contract: &str, days: u32) -> ContractContext {
    let checker = Checker::load(&[]).unwrap();
    let path = common::samples_dir().join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    loanlint::overdue::contract_context(&analysis, &checker, Some(days))
}

pub(crate) fn ids(r: &MessageReport) -> Vec<&str> {
    r.findings.iter().map(|f| f.rule_id.as_str()).collect()
}

/// The finding of rule `id`, which must be there.
fn finding<'a>(r: &'a MessageReport, id: &str) -> &'a MessageFinding {
    r.findings
        .iter()
        .find(|f| f.rule_id == id)
        .unwrap_or_else(|| panic!("no {id} in {:?}", ids(r)))
}

/// `text` compared with the sample contract `contract` after `days` days overdue.
fn with_contract(contract: &str, days: u32, text: &str) -> MessageReport {
    analyse(text, rules(), Some(&context(contract, days)), None)
}

// ---- The rule of the tiers ----

/// zh-01: ¥10,000 over 12 months; its whole schedule is 12 × ¥916.80 ≈ ¥11,001.6, so ¥25,800
/// is far above even the whole loan.
const ZH_01: &str = "zh-01-wangdai-equal-installment.txt";
const THREAT_AND_DEMAND: &str =
    "请一次性结清全部欠款合计25,800元，否则明天就打电话给你的父母和你们单位领导。";
const FEE_IN_DEMAND: &str = "张先生，您在速借花的借款逾期已满30天。请一次性结清全部欠款合计25,800元（含本息、罚息及委外催收服务费3,000元），结清请在APP内操作。";

#[test]
fn a_collection_fee_inside_a_demand_above_the_lawful_claim_ranks_with_the_demand() {
    let r = with_contract(ZH_01, 30, FEE_IN_DEMAND);
    assert_eq!(r.demanded, Some(dec!(25800)));
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
    // The fee is still a finding, and the reason names it as part of the excess.
    let fee = finding(&r, "msg-collection-fee");
    assert!(r.tier_reason_zh.contains("其中："), "{}", r.tier_reason_zh);
    assert!(
        r.tier_reason_zh.contains(&fee.message_zh),
        "{}",
        r.tier_reason_zh
    );
    assert!(
        r.tier_reason_en.contains("Part of the excess:"),
        "{}",
        r.tier_reason_en
    );
}

#[test]
fn a_collection_fee_without_a_demand_above_the_claim_is_unlawful_collection() {
    // No contract: nothing to compare the demand with, so the fee decides.
    let r = analyse(FEE_IN_DEMAND, rules(), None, None);
    assert_eq!(r.tier, Tier::UnlawfulCollection, "{:?}", ids(&r));
    // With the contract, a demand within what is due now leaves the fee to decide too. The
    // first instalment of zh-03 (a bank loan within every cap): principal 50,000 / 24 = 2,083.33
    // and a month's interest 50,000 × 3.6% / 12 = 150.00, together 2,233.33.
    let r = with_contract(
        "zh-03-bank-compliant.txt",
        3,
        "您本期应还2,233.33元已逾期3天，另需支付催收服务费50元，请尽快存入还款账户。",
    );
    assert_eq!(r.demanded, Some(dec!(2233.33)));
    assert_eq!(r.tier, Tier::UnlawfulCollection, "{:?}", ids(&r));
}

#[test]
fn a_threat_still_outranks_a_demand_above_the_claim() {
    let r = with_contract(ZH_01, 30, THREAT_AND_DEMAND);
    assert!(
        ids(&r).contains(&"msg-demand-above-lawful-claim"),
        "{:?}",
        ids(&r)
    );
    assert_eq!(r.tier, Tier::UnlawfulCollection, "{:?}", ids(&r));
}

#[test]
fn the_order_of_the_tiers_is_data() {
    // The same message under a rule file that ranks the demand first.
    let reordered = BUNDLED_RULES.replace(
        r#"order = ["likely-fraud", "unlawful-collection", "demand-above-lawful-claim"]"#,
        r#"order = ["likely-fraud", "demand-above-lawful-claim", "unlawful-collection"]"#,
    );
    assert_ne!(reordered, BUNDLED_RULES, "the bundled order line moved");
    let demand_first = MessageRules::parse(&reordered, "t.toml").unwrap();
    let ctx = context(ZH_01, 30);
    assert_eq!(
        analyse(THREAT_AND_DEMAND, &demand_first, Some(&ctx), None).tier,
        Tier::DemandAboveLawfulClaim
    );
    // A tier twice, a tier missing, or a rule of the tiers naming no rule is an error.
    for bad in [
        r#"order = ["likely-fraud", "likely-fraud", "demand-above-lawful-claim"]"#,
        r#"order = ["likely-fraud", "unlawful-collection"]"#,
    ] {
        let text = BUNDLED_RULES.replace(
            r#"order = ["likely-fraud", "unlawful-collection", "demand-above-lawful-claim"]"#,
            bad,
        );
        let e = MessageRules::parse(&text, "t.toml").expect_err(bad);
        assert!(e.to_string().contains("tiers.order"), "{e}");
    }
    let text = BUNDLED_RULES.replace(
        r#"rules = ["msg-collection-fee", "msg-collection-fee-en"]"#,
        r#"rules = ["msg-no-such-rule"]"#,
    );
    let e = MessageRules::parse(&text, "t.toml").expect_err("unknown rule");
    assert!(e.to_string().contains("msg-no-such-rule"), "{e}");
}

// ---- Which sums are demanded ----

#[test]
fn a_sum_linked_to_a_long_subject_naming_what_is_owed_is_demanded() {
    for (text, want) in [
        (
            "Your balance, including the finance charge, the daily penalty fees and our collection costs, is $1,150.00.",
            dec!(1150.00),
        ),
        (
            "The outstanding figure on your agreement, once interest and charges are added, stands at £1,020.00.",
            dec!(1020.00),
        ),
        (
            "With interest, late charges and every other fee added, what you owe has climbed to $980.",
            dec!(980),
        ),
        (
            "The total of your arrears, default interest and administration charges comes to 640 pounds.",
            dec!(640),
        ),
    ] {
        assert_eq!(demanded_amount(text, Language::En), Some(want), "{text}");
    }
    // A linking word after a subject that names no debt links nothing.
    assert_eq!(
        demanded_amount(
            "The weather in Leeds, as the forecast says, is £1,020.00 worth of rain.",
            Language::En
        ),
        None
    );
}

#[test]
fn a_sum_followed_by_a_word_for_owing_is_demanded() {
    for (text, language, want) in [
        (
            "Hi Alex, £940.00 is now overdue on agreement BPL-4471.",
            Language::En,
            Some(dec!(940.00)),
        ),
        (
            "Reminder: $1,150 remains unpaid and must be cleared this week.",
            Language::En,
            Some(dec!(1150)),
        ),
        (
            "你那28,600元至今未还，今天必须处理。",
            Language::Zh,
            Some(dec!(28600)),
        ),
        (
            "陈女士，您还有两万元仍未归还。",
            Language::Zh,
            Some(dec!(20000)),
        ),
        // The loan itself, named before the sum, is not what is owed.
        (
            "Your loan of $300 due April 15 is now late.",
            Language::En,
            None,
        ),
        ("You received $300 on April 1.", Language::En, None),
    ] {
        assert_eq!(demanded_amount(text, language), want, "{text}");
    }
}

#[test]
fn a_sum_naming_the_loan_itself_is_not_demanded() {
    for (text, language, want) in [
        (
            "Please pay your installment of $161.34 on the loan amount of $5,000 today.",
            Language::En,
            Some(dec!(161.34)),
        ),
        (
            "You borrowed $300 in April; the amount you borrowed was $300.",
            Language::En,
            None,
        ),
        (
            "您在我行的贷款金额50,000元，本期应还2,233.33元已逾期5天。",
            Language::Zh,
            Some(dec!(2233.33)),
        ),
        ("您的借款金额为10,000元，请按时还款。", Language::Zh, None),
    ] {
        assert_eq!(demanded_amount(text, language), want, "{text}");
    }
}

// ---- The lawful claim of a US payday loan and a UK HCSTC loan ----

#[test]
fn a_payday_demand_is_compared_with_the_claim_and_the_returned_payment_fee_is_a_range() {
    // en-02: $300, one payment of $390 (finance charge $90); a $25 returned-payment fee applies
    // only if a payment is returned unpaid. A message that shows no returned payment is held to
    // $390 (the fee named as not counted); one that shows a payment bounced, to $415.
    let payday = "en-02-payday-single-payment.txt";
    let r = with_contract(
        payday,
        15,
        "QuickBridge: your balance, with the finance charge, penalties and agency costs added, is now $1,150.00.",
    );
    assert_eq!(r.demanded, Some(dec!(1150.00)));
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
    let exceeds = &finding(&r, "msg-demand-exceeds-contract").message;
    assert!(exceeds.contains("$390.00"), "{exceeds}");
    let lawful = finding(&r, "msg-demand-above-lawful-claim");
    assert!(
        lawful
            .message
            .contains("Returned Payment Fee $25.00 not counted"),
        "{}",
        lawful.message
    );
    assert!(
        lawful.message_zh.contains("还款被退回"),
        "{}",
        lawful.message_zh
    );
    // The payment shown returned: 390 + 25 = 415, the fee that depends on it counted.
    let r = with_contract(
        payday,
        15,
        "QuickBridge: your payment was returned unpaid. Your balance, with the finance charge, penalties and agency costs added, is now $1,150.00.",
    );
    let exceeds = &finding(&r, "msg-demand-exceeds-contract").message;
    assert!(exceeds.contains("$415.00"), "{exceeds}");
    assert!(exceeds.contains("Returned Payment Fee $25.00"), "{exceeds}");
    // $410 is within what the contract allows once the payment bounced: not above it then.
    let r = with_contract(
        payday,
        15,
        "QuickBridge: your check bounced; the amount now due on your note is $410.00.",
    );
    assert_eq!(r.demanded, Some(dec!(410.00)));
    assert!(
        !ids(&r).contains(&"msg-demand-exceeds-contract"),
        "{:?}",
        ids(&r)
    );
}

#[test]
fn a_hcstc_demand_far_above_the_cost_cap_is_above_the_lawful_claim() {
    // en-03: £300 for 30 days; every charge together is capped at 100% of the credit, so at
    // most £600, and default fees at £15: £940 is above any reading.
    let r = with_contract(
        "en-03-uk-short-term.txt",
        20,
        "BrightPenny: the sum on your agreement, with default interest and recovery charges, has risen to £940.00.",
    );
    assert_eq!(r.demanded, Some(dec!(940.00)));
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
    let f = finding(&r, "msg-demand-above-lawful-claim");
    assert_eq!(f.severity, loanlint::model::Severity::Violation);
}

// ---- The classes of the new corpus messages, in other wordings ----

fn tier(text: &str) -> Tier {
    analyse(text, rules(), None, None).tier
}

#[test]
fn a_real_case_number_makes_a_notice_of_legal_process_lawful_but_not_a_scam() {
    for text in [
        "NOTICE: A summons has been issued in Erie County Supreme Court, Index No. 2026-004417. You will be served by a process server; this notice does not ask you to pay anyone.",
        "This is Carter & Hale law firm. A lawsuit has been filed against you, Case No. 26-CV-1182, in the Superior Court of Fresno County. Call our office to discuss payment.",
    ] {
        assert_eq!(tier(text), Tier::LawfulReminder, "{text}");
    }
    // Without a case number it is still announced process that may not be real.
    assert_eq!(
        tier(
            "This is the county sheriff's office: you will be served tomorrow unless you call back."
        ),
        Tier::UnlawfulCollection
    );
    // A case number does not clear a payment by voucher.
    assert_eq!(
        tier(
            "Court clerk, Case No. 26-CV-1182: settle today with a Vanilla Reload card and read the PIN to our agent."
        ),
        Tier::LikelyFraud
    );
}

#[test]
fn a_negation_ends_where_a_new_clause_with_its_own_subject_begins() {
    assert_eq!(
        tier(
            "Since you don't answer your phone, we'll be ringing your employer's HR department on Monday."
        ),
        Tier::UnlawfulCollection
    );
    assert_eq!(
        tier("We will never contact your employer or your family about this account."),
        Tier::LawfulReminder
    );
}

#[test]
fn exposure_before_neighbours_and_a_visit_to_the_workplace_are_unlawful_but_a_visit_fee_is_a_fee() {
    for text in [
        "再拖下去，我们就当着你邻居的面把这笔账讲清楚。",
        "你的欠款单和照片今晚就会出现在你们小区门口的宣传栏上。",
        "明天一早我们的人就去你上班的地方等你。",
    ] {
        assert_eq!(tier(text), Tier::UnlawfulCollection, "{text}");
    }
    let r = analyse(
        "本期账单含上门外访费200元，请于今日还清。",
        rules(),
        None,
        None,
    );
    assert!(!ids(&r).contains(&"msg-threat-visit"), "{:?}", ids(&r));
    assert!(ids(&r).contains(&"msg-collection-fee"), "{:?}", ids(&r));
}

// ---- The Chinese basis ----

#[test]
fn every_bundled_rule_has_a_chinese_basis_and_note_and_the_chinese_report_shows_them() {
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    for rule in &rules().rules {
        assert!(han(&rule.citation_zh), "{}: no Chinese basis", rule.id);
        if let Some(note) = &rule.note {
            assert!(
                loanlint::i18n::rule_note_zh(note).is_some(),
                "{}: no Chinese note in locales/zh-rule-notes.toml",
                rule.id
            );
        }
    }
    let r = analyse(
        "你再不还钱，我们就打电话给你的父母和你们公司领导。",
        rules(),
        None,
        None,
    );
    let f = finding(&r, "msg-threat-contacts");
    assert!(han(&f.citation_zh) && f.citation_zh != f.citation);
    let mut out = Vec::new();
    MessagePrinter {
        lang: Some(Language::Zh),
    }
    .print(&mut out, &r)
    .unwrap();
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains(&f.citation_zh), "{out}");
    assert!(!out.contains(&f.citation), "{out}");
    let in_english = loanlint::i18n::t(Language::Zh, "report.note_in_english");
    assert!(!out.contains(in_english), "{out}");
}

// ---- Issue 16's loose end: why the cost was not computed, in Chinese ----

#[test]
fn the_reason_the_cost_was_not_computed_is_given_in_chinese() {
    use loanlint::compute::apr::AprError;
    use loanlint::compute::cost::CostError;
    use loanlint::compute::schedule::ScheduleError;
    let reasons = [
        CostError::Missing("the principal".into()),
        CostError::Missing("a positive amount disbursed".into()),
        CostError::Missing("the number of instalments or the term".into()),
        CostError::Missing("the number of instalments".into()),
        CostError::Missing("a complete printed schedule".into()),
        CostError::Missing("an interest rate, a payment or a finance charge".into()),
        CostError::Missing("an interest rate per period (a one-off rate was stated)".into()),
        CostError::Missing("something new".into()),
        CostError::NotComputed(
            "only a comprehensive annualised rate is stated, no interest rate: not guessed".into(),
        ),
        CostError::Schedule("an amount or rate is out of range".into()),
        CostError::Schedule(
            ScheduleError::Invalid("instalment without a due date".into()).to_string(),
        ),
        CostError::Schedule(ScheduleError::Overflow.to_string()),
        CostError::Apr(AprError::NoSolution("no sign change".into()).to_string()),
        CostError::Apr(AprError::Invalid("no payment".into()).to_string()),
    ];
    let english = loanlint::i18n::t(Language::Zh, "report.english_source");
    let mut seen = std::collections::BTreeSet::new();
    for e in reasons {
        let zh = loanlint::i18n::from_english(
            Language::Zh,
            &format!("annualised cost not computed: {e}"),
        );
        assert!(zh.starts_with("未能计算年化成本："), "{e}: {zh}");
        assert!(!zh.contains("英文") && !zh.contains(english), "{e}: {zh}");
        assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{e}: {zh}");
        seen.insert(zh);
    }
    // Each missing term is named: the reasons are not one line for all.
    assert!(seen.len() >= 10, "{seen:?}");
    assert!(
        seen.contains("未能计算年化成本：合同缺少本金，无法编制还款计划"),
        "{seen:?}"
    );
}

// ---- The days overdue, with no instalment named: the widest lawful reading ----

/// en-04: a US credit-union loan of level monthly payments of $207.54 (its own disclosure), no
/// rate cap on default charges under the bundled rules, so two missed payments are owed in full.
const EN_04: &str = "en-04-us-credit-union-clean.txt";
const TWO_PAYMENTS: &str = "Member notice: two monthly payments of $207.54 on your loan are unpaid. Please pay the past-due total of $415.08 so that your account is brought up to date.";

#[test]
fn a_demand_for_every_instalment_due_within_the_days_overdue_is_not_above_the_claim() {
    // 50 days after the first missed due date the next monthly payment has fallen due too.
    let r = with_contract(EN_04, 50, TWO_PAYMENTS);
    assert_eq!(r.demanded, Some(dec!(415.08)));
    assert_ne!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
    // 10 days late only the first payment is due: the same demand is above the claim.
    let r = with_contract(EN_04, 10, TWO_PAYMENTS);
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
}

// ---- Batch H's classes: a warning does not hide a demand; an officer's title alone is no scam ----

/// A demand far above zh-01's whole schedule (about ¥11,001.6), with a field visit announced.
const VISIT_AND_DEMAND: &str = "您在易借平台的借款已逾期30天，截至今日您的应还总额为人民币24,500.00元，须于今日内一次性结清。逾期未处理的，将安排外访人员上门走访核实。";
const BY_SEVERITY: &str = r#"tiers = ["unlawful-collection", "demand-above-lawful-claim"]"#;

#[test]
fn an_announced_field_visit_does_not_hide_a_demand_above_the_lawful_claim() {
    let ctx = context(ZH_01, 30);
    let r = analyse(VISIT_AND_DEMAND, rules(), Some(&ctx), None);
    assert!(ids(&r).contains(&"msg-threat-visit"), "{:?}", ids(&r));
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", ids(&r));
    // The outranked tier is reported (its letter, a complaint, is still written).
    assert_eq!(r.tier_outranked, Some(Tier::UnlawfulCollection));
    let visit = finding(&r, "msg-threat-visit");
    assert!(
        r.tier_reason_zh.contains("另有风险提示：") && r.tier_reason_zh.contains(&visit.message_zh),
        "{}",
        r.tier_reason_zh
    );
    // Without a contract to weigh the demand, the visit decides.
    assert_eq!(
        analyse(VISIT_AND_DEMAND, rules(), None, None).tier,
        Tier::UnlawfulCollection
    );
    // The rule is data: without it the order decides; lawful-reminder cannot be weighed.
    let without = BUNDLED_RULES.replace(BY_SEVERITY, "tiers = []");
    assert_ne!(without, BUNDLED_RULES, "the bundled by_severity line moved");
    let plain = MessageRules::parse(&without, "t.toml").unwrap();
    let r = analyse(VISIT_AND_DEMAND, &plain, Some(&ctx), None);
    assert_eq!(r.tier, Tier::UnlawfulCollection);
    assert_eq!(r.tier_outranked, None);
    let bad = BUNDLED_RULES.replace(BY_SEVERITY, r#"tiers = ["lawful-reminder"]"#);
    let e = MessageRules::parse(&bad, "t.toml").expect_err("lawful-reminder weighed");
    assert!(e.to_string().contains("tiers.by_severity"), "{e}");
}

#[test]
fn an_officers_title_is_unlawful_collection_and_a_scam_only_with_a_sign_of_one() {
    for text in [
        "This is Detective Ray Alvarez. Your unpaid installment loan is now a theft case and you will be arrested at work on Friday unless you call me back today.",
        "Deputy Sandra Kirk, badge number 4471, calling about your past-due loan with Summit Credit. Phone me before 5 PM or a warrant goes out.",
    ] {
        let r = analyse(text, rules(), None, None);
        assert!(
            ids(&r).contains(&"msg-poses-as-officer-en"),
            "{text}: {:?}",
            ids(&r)
        );
        assert_eq!(r.tier, Tier::UnlawfulCollection, "{text}: {:?}", ids(&r));
    }
    // With a sign of fraud (payment by gift card, a federal agency named) it is a scam.
    for text in [
        "This is Detective Ray Alvarez. Clear your unpaid loan today with two $500 Target gift cards or you will be arrested.",
        "FBI Agent Paul Greer here: your unpaid loan is under federal investigation; call back today.",
    ] {
        assert_eq!(tier(text), Tier::LikelyFraud, "{text}");
    }
}
