#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Chinese classes of held-out batch AC (fixer B), on texts of our own wording, each in more
//! than one wording: a lender introduced by a tie of place or acquaintance (同村村民 某某,
//! 房东 某某, 师傅 某某) is a person, so the private-lending provisions add the overdue interest
//! and the daily 违约金 together against 4 × LPR (Art. 29), while a village committee is a body,
//! not a person.
//! Expected values are read off the texts by hand; the arithmetic is in the comments.

use loanlint::model::{LenderType, Severity};

use crate::extract_zh_unseen_f::analysed;

fn rule_ids(a: &loanlint::analysis::Analysis) -> Vec<(String, Severity)> {
    a.report
        .findings
        .iter()
        .map(|f| (f.rule_id.clone(), f.severity))
        .collect()
}

#[test]
fn a_lender_named_by_a_tie_of_place_or_acquaintance_is_a_person_and_default_charges_add_up() {
    // The agreed rate (6% or 9%) is lawful; overdue 10% a year + 0.05% a day (18.25%) = 28.25%,
    // or 8% + 0.04% a day (14.6%) = 22.6%: above 4 × LPR (3.00% in 2026) = 12% only together.
    let texts = [
        "借款合同\n甲方（出借人）：本村村民 彭家旺\n乙方（借款人）：孙立秋\n第一条 借款金额人民币50,000元，借款期限自2026年5月8日起至2027年5月8日止，共12个月。\n第二条 年利率6%，利息3,000元与本金到期一并偿还。\n第三条 乙方逾期还款的，逾期部分按年利率10%计收逾期利息，并按逾期金额每日万分之五向甲方支付违约金。\n签订日期：2026年5月8日\n",
        "借款协议\n出借人：房东 钱宝林\n借款人：周晓燕\n借款金额：50,000.00元；借款期限：一年，自2026年5月8日至2027年5月8日；年利率9%，到期一次还本付息。\n逾期未还的，自逾期之日起按年利率8%支付逾期利息，同时每日按未还金额的0.04%支付违约金。\n2026年5月8日\n",
        "借款协议书\n出借人：师傅 龚长河\n借款人：徒弟 冉小东\n一、借款人民币伍万元整（50,000元），期限12个月，自2026年5月8日起至2027年5月8日止。\n二、年利率6%，到期一次还本付息。\n三、逾期还款的，按年利率10%计付逾期利息，另按每日万分之五支付违约金。\n日期：2026年5月8日\n",
    ];
    for text in texts {
        let a = analysed(text);
        let lender = a.report.terms.lender.as_ref().unwrap();
        assert_eq!(lender.lender_type, LenderType::Individual, "{text}");
        let ids = rule_ids(&a);
        assert!(
            ids.iter()
                .any(|(id, s)| *s == Severity::Violation
                    && id == "cn-pl-default-charges-above-4x-lpr"),
            "{text}: {ids:?}"
        );
        // The agreed rate alone is lawful.
        assert!(
            !ids.iter()
                .any(|(id, _)| id == "cn-pl-interest-above-4x-lpr"),
            "{text}: {ids:?}"
        );
    }
}

#[test]
fn a_village_committee_lending_is_a_body_not_a_person() {
    for name in ["青石村村民委员会", "村民委员会", "东湖社区居委会"] {
        let text = format!(
            "借款协议\n出借人：{name}\n借款人：孙立秋\n借款金额人民币50,000元，借款期限12个月，自2026年5月8日起至2027年5月8日止，年利率6%，到期一次还本付息。\n2026年5月8日\n"
        );
        let a = analysed(&text);
        let lender = a.report.terms.lender.as_ref().unwrap();
        assert_eq!(lender.lender_type, LenderType::Company, "{text}");
    }
}

fn kept_and_apr(text: &str) -> (Option<rust_decimal::Decimal>, Option<rust_decimal::Decimal>) {
    let a = analysed(text);
    (
        a.report.terms.interest_deducted.as_ref().map(|i| i.amount),
        crate::extract_zh_unseen_f::apr(&a),
    )
}

#[test]
fn the_stated_total_decides_that_interest_kept_at_payout_is_not_paid_again() {
    use rust_decimal_macros::dec;
    // No words say the interest is taken at payout; the figures do. 20,000 at 1% a month for
    // 6 months = 1,200 of interest; 18,800 received; 20,000 due at maturity: the 1,200 was
    // kept back. (20,000 / 18,800 − 1) × 12 / 6 = 12.766%.
    let bullet = "借款合同\n贷款人：青峰小额贷款有限公司\n借款人：莫小川\n借款本金：20,000.00元\n月利率：1%\n借款期限：6个月，自2026年6月1日至2026年12月1日\n利息：1,200.00元\n到账金额：18,800.00元\n到期还款金额：20,000.00元\n还款方式：到期一次性还本\n签订日期：2026年6月1日\n";
    let (kept, apr) = kept_and_apr(bullet);
    assert_eq!(kept, Some(dec!(1200)), "{bullet}");
    let apr = apr.unwrap();
    assert!((apr - dec!(12.766)).abs() < dec!(0.01), "{apr}");
    // Equal principal over 3 months: 120 + 80 + 40 = 240 of interest; 11,760 paid out;
    // 4,000 a month repays the principal alone: the 240 was kept back.
    let instalments = "借款合同\n贷款人：青峰小额贷款有限公司\n借款人：莫小川\n借款本金：12,000.00元，借款期限3个月，自2026年6月1日起，月利率1%，按月等额本金还款。\n实际放款金额：11,760.00元\n每月应还：4,000.00元\n签订日期：2026年6月1日\n";
    assert_eq!(
        kept_and_apr(instalments).0,
        Some(dec!(240)),
        "{instalments}"
    );
    // Words that the interest is collected at payout, with a verb of their own (预收).
    let words = "借款详情\n借款金额：6,000.00元\n年利率：12%\n借款期限：2个月\n借款利息：120.00元（放款时一次性预收）\n到账金额：5,880.00元\n到期应还：6,000.00元\n还款方式：到期一次性还本\n申请时间：2026年6月1日\n";
    assert_eq!(kept_and_apr(words).0, Some(dec!(120)), "{words}");
    // The total due includes the interest: 200 short at payout is not interest kept back.
    let charged = "借款合同\n贷款人：青峰小额贷款有限公司\n借款人：莫小川\n借款本金：20,000.00元\n月利率：1%\n借款期限：6个月，自2026年6月1日至2026年12月1日\n到账金额：19,800.00元\n到期还款金额：21,200.00元\n还款方式：到期一次性还本付息\n签订日期：2026年6月1日\n";
    assert_eq!(kept_and_apr(charged).0, None, "{charged}");
}

/// The tier of `text` against `ctx`, and its findings (rule, message).
fn message_tier(
    text: &str,
    ctx: &loanlint::message::ContractContext,
    received: &str,
) -> (loanlint::message::Tier, Vec<(String, String)>) {
    let rules = loanlint::message::MessageRules::bundled().unwrap();
    let at = chrono::NaiveDateTime::parse_from_str(received, "%Y-%m-%dT%H:%M").unwrap();
    let r = loanlint::message::analyse_delivered(text, rules, Some(ctx), None, &[at]);
    let found = r
        .findings
        .iter()
        .map(|f| (f.rule_id.clone(), f.message.clone()))
        .collect();
    (r.tier, found)
}

/// The context of a sample contract with no days overdue given.
fn context_no_days(contract: &str) -> loanlint::message::ContractContext {
    use loanlint::analysis::{AnalysisOptions, analyse_file_full};
    let checker = loanlint::check::Checker::load(&[]).unwrap();
    let path = crate::common::samples_dir().join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    loanlint::overdue::contract_context(&analysis, &checker, None)
}

#[test]
fn interest_for_periods_not_yet_run_asked_now_is_above_the_lawful_claim() {
    use loanlint::message::Tier;
    // zh-02: 1,966.67 a month (300 of it interest); the acceleration clause reaches the remaining
    // principal and the interest ALREADY due. 30 days late on the first instalment.
    let ctx = crate::message_tiers::context("zh-02-monthly-flat-rate.txt", 30);
    let texts = [
        // 6 × 300 = 1,800 of interest for months to come, with this month's 1,966.67.
        "李志强，7月那期1,966.67元已经逾期一个月了。剩余6期的利息共1,800元你一次性付清，连同这期一共3,766.67元，明天前转给我。",
        // Said as interest not yet due.
        "志强，你违约了，我有权让借款全部提前到期。未到期的利息2,400元今天先付，加上7月的1,966.67元，合计4,366.67元。",
    ];
    for text in texts {
        let (tier, ids) = message_tier(text, &ctx, "2025-07-31T10:00");
        assert_eq!(tier, Tier::DemandAboveLawfulClaim, "{text}: {ids:?}");
    }
    // The same message when the contract's acceleration makes 全部本息 due: it depends on the
    // acceleration, and is stated, not judged.
    let callable = loanlint::message::ContractContext {
        future_interest_callable: true,
        ..ctx.clone()
    };
    let (tier, ids) = message_tier(texts[1], &callable, "2025-07-31T10:00");
    assert_eq!(tier, Tier::LawfulReminder, "{ids:?}");
    // Interest of a month already run, asked with the instalment, is no future interest.
    let (_, found) = message_tier(
        "志强，7月的本金1,666.67元和利息300元还没还，一共1,966.67元，请尽快转账。",
        &ctx,
        "2025-07-31T10:00",
    );
    assert!(
        !found.iter().any(|(_, m)| m.contains("not yet run")),
        "{found:?}"
    );
}

#[test]
fn a_message_naming_a_due_date_still_ahead_is_a_reminder_not_a_late_demand() {
    use loanlint::message::Tier;
    // zh-02's second instalment, 1,966.67, falls due on 2025-08-01. No reminder words: the date
    // named and the day the message came decide.
    let ctx = context_no_days("zh-02-monthly-flat-rate.txt");
    let text =
        "志强，8月1日那期本金1,666.67元加利息300元，一共1,966.67元，照旧转到我建行尾号2285的卡上。";
    let (tier, ids) = message_tier(text, &ctx, "2025-07-28T09:00");
    assert_eq!(tier, Tier::LawfulReminder, "{ids:?}");
    // Sent after that date, the same words ask for a payment already late: measured against
    // the lawful claim (1,866.67 on the first instalment at 4 × LPR).
    let (tier, ids) = message_tier(text, &ctx, "2025-08-06T09:00");
    assert_eq!(tier, Tier::DemandAboveLawfulClaim, "{ids:?}");
    // Words of a coming date, in the spoken way (过两天就是…了).
    let spoken = "志强，再过两天就到还款日了，这期1,966.67元记得转我。";
    let (tier, ids) = message_tier(spoken, &ctx, "2025-08-06T09:00");
    assert_eq!(tier, Tier::LawfulReminder, "{ids:?}");
}
