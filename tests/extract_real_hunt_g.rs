//! Default charges in P2P platform templates (session 26): a sentence that states an overdue
//! interest and a 违约金 each with its own figure gives each its own period (每日 governs the
//! 罚息 it is written with, not the 违约金 of X% of the principal joined to it by 且/并/另/同时);
//! a 违约金 for repaying early is a prepayment charge, never a default charge; a 违约金 on the
//! month's instalment computed each month is read as charged each month, and said so. Texts
//! written for this test, each class in several wordings and both orders.

use loanlint::analysis::Analysis;
use loanlint::model::{FeeKind, Finding, Per, RateKind};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

const HEAD: &str = "借款合同\n出借人(甲方): 李国庆  借款人(乙方): 钱芳\n借款本金人民币12,000元,借款期限12个月,年利率10%,按月等额本息还款。\n";

/// (kind, period) of the rates read with value `value`.
fn rates_of(text: &str, value: Decimal) -> Vec<(RateKind, Per)> {
    analysed(text)
        .report
        .terms
        .rates
        .iter()
        .filter(|r| r.value == value)
        .map(|r| (r.kind, r.per))
        .collect()
}

/// The finding that sums the default charges (SPC 2020 Art. 29).
fn default_charges_sum(a: &Analysis) -> Option<&Finding> {
    a.report
        .findings
        .iter()
        .find(|f| f.rule_id == "cn-pl-default-charges-above-4x-lpr")
}

#[test]
fn each_charge_in_one_sentence_keeps_its_own_period() {
    // (clause, overdue figure, its period, penalty figure)
    let cases = [
        (
            "乙方逾期的,每日按逾期本金的0.3%收取罚息,且乙方应向甲方支付借款本金6%的违约金。",
            dec!(0.3),
            Per::Day,
            dec!(6),
        ),
        (
            "逾期超过五日的,每日按照借款金额的0.8%收取罚息并加收合同金额15%的违约金,每周单独计算。",
            dec!(0.8),
            Per::Day,
            dec!(15),
        ),
        (
            "乙方未按时还款的,按日收取未还本金0.2%的罚息,同时一次支付借款本金4%的违约金。",
            dec!(0.2),
            Per::Day,
            dec!(4),
        ),
        (
            "乙方应按借款本金的7%向甲方支付违约金,另每日按逾期金额的0.4%计收罚息。",
            dec!(0.4),
            Per::Day,
            dec!(7),
        ),
        (
            "乙方逾期还款的,应支付借款本金9%的违约金,并且每天按未还金额的0.25%收取罚息。",
            dec!(0.25),
            Per::Day,
            dec!(9),
        ),
    ];
    for (clause, overdue, per, penalty) in cases {
        let text = format!("{HEAD}{clause}\n");
        assert_eq!(
            rates_of(&text, overdue),
            vec![(RateKind::Overdue, per)],
            "{clause}"
        );
        assert_eq!(
            rates_of(&text, penalty),
            vec![(RateKind::Penalty, Per::Once)],
            "{clause}"
        );
    }
}

#[test]
fn a_late_fee_joined_to_a_penalty_keeps_its_own_period_too() {
    let cases = [
        "乙方逾期的,每日按逾期金额的0.15%收取滞纳金,并按借款本金的5%收取违约金。",
        "乙方应支付借款本金5%的违约金,另按每日逾期金额0.15%收取逾期管理费。",
    ];
    for clause in cases {
        let a = analysed(&format!("{HEAD}{clause}\n"));
        let terms = &a.report.terms;
        let penalty: Vec<_> = terms
            .rates
            .iter()
            .filter(|r| r.value == dec!(5))
            .map(|r| (r.kind, r.per))
            .collect();
        assert_eq!(penalty, vec![(RateKind::Penalty, Per::Once)], "{clause}");
        let late: Vec<_> = terms
            .fees
            .iter()
            .filter(|f| f.percent == Some(dec!(0.15)))
            .map(|f| (f.kind, f.per))
            .collect();
        assert_eq!(late, vec![(FeeKind::Late, Some(Per::Day))], "{clause}");
    }
}

#[test]
fn a_late_fee_on_the_overdue_sum_beside_a_daily_overdue_rate_stays_daily() {
    // No period of its own, on the overdue sum like the 罚息 before it: read as daily, as before.
    let text =
        format!("{HEAD}逾期的,每日按逾期本金的0.1%收取罚息,另按逾期金额的0.2%收取逾期管理费。\n");
    let a = analysed(&text);
    let late: Vec<_> = a
        .report
        .terms
        .fees
        .iter()
        .filter(|f| f.percent == Some(dec!(0.2)))
        .map(|f| (f.kind, f.per))
        .collect();
    assert_eq!(late, vec![(FeeKind::Late, Some(Per::Day))]);
}

#[test]
fn one_charge_in_steps_still_takes_the_period_of_the_sentence() {
    let text = format!(
        "{HEAD}逾期三十日以内的,每日按逾期金额的0.05%计收罚息,逾期超过三十日的,按逾期金额的0.08%计收罚息。\n"
    );
    assert_eq!(
        rates_of(&text, dec!(0.08)),
        vec![(RateKind::Overdue, Per::Day)]
    );
}

#[test]
fn a_penalty_for_repaying_early_is_a_prepayment_charge() {
    let clauses = [
        (
            "乙方要求提前还款的,需支付借款金额的3%作为提前还款的违约金。",
            dec!(3),
        ),
        (
            "乙方提前清偿全部借款的,应按剩余本金的2%向甲方支付违约金。",
            dec!(2),
        ),
        (
            "如乙方提前还款,则需要支付借款金额的1.5%作提前还款为违约金。",
            dec!(1.5),
        ),
        (
            "乙方应支付借款本金2.5%的违约金,如乙方选择提早结清借款。",
            dec!(2.5),
        ),
    ];
    for (clause, value) in clauses {
        let text = format!("{HEAD}{clause}\n逾期的,按逾期金额每日万分之五计收罚息。\n");
        let a = analysed(&text);
        let terms = &a.report.terms;
        assert!(
            !terms.rates.iter().any(|r| r.value == value),
            "{clause}: {:?}",
            terms.rates
        );
        assert!(
            terms
                .fees
                .iter()
                .any(|f| f.kind == FeeKind::Prepayment && f.percent == Some(value)),
            "{clause}: {:?}",
            terms.fees
        );
        let sum = default_charges_sum(&a);
        assert!(
            sum.is_none_or(|f| !f.figures.contains_key("penalty_percent")),
            "{clause}: {sum:?}"
        );
    }
}

#[test]
fn a_penalty_when_the_lender_calls_the_loan_in_for_late_payment_stays_a_default_charge() {
    let text = format!(
        "{HEAD}乙方逾期超过三十日的,甲方有权要求乙方提前清偿全部借款,并按借款本金的5%支付违约金。\n"
    );
    assert_eq!(
        rates_of(&text, dec!(5)),
        vec![(RateKind::Penalty, Per::Once)]
    );
}

#[test]
fn a_penalty_on_the_months_instalment_computed_each_month_is_monthly_and_said_so() {
    let clauses = [
        "乙方未按约定还款的,按照当月应还本息的8%计收逾期违约金,不低于50元,每月单独计算。",
        "乙方逾期的,按当期应还款额的8%计收违约金,按月分别计算。",
    ];
    for clause in clauses {
        let a = analysed(&format!("{HEAD}{clause}\n"));
        let terms = &a.report.terms;
        let penalty: Vec<_> = terms
            .rates
            .iter()
            .filter(|r| r.value == dec!(8))
            .map(|r| (r.kind, r.per))
            .collect();
        assert_eq!(penalty, vec![(RateKind::Penalty, Per::Month)], "{clause}");
        assert!(
            terms
                .assumptions
                .iter()
                .any(|s| s.contains("8% a month") && s.contains("other reading")),
            "{clause}: {:?}",
            terms.assumptions
        );
        let sum = default_charges_sum(&a).expect("8% a month is above four times the LPR");
        // 8% a month of the overdue instalment: 96% a year.
        assert_eq!(
            sum.figures.get("penalty_percent").map(String::as_str),
            Some("96")
        );
        assert!(
            sum.note
                .as_deref()
                .is_some_and(|n| n.contains("each month")),
            "{clause}: {:?}",
            sum.note
        );
    }
    // Without a month's instalment as its basis, a 违约金 stays once.
    let text = format!("{HEAD}乙方逾期的,按借款本金的8%计收违约金,每月单独计算。\n");
    assert_eq!(
        rates_of(&text, dec!(8)),
        vec![(RateKind::Penalty, Per::Once)]
    );
}

/// One-off default charges alone above 4 × LPR only over the assumed days late: the finding
/// depends on how late the payment is, so it is a warning that says so; a daily overdue rate
/// above the line by itself keeps it a violation.
#[test]
fn one_off_default_charges_alone_make_a_warning_that_says_how_late() {
    let date = "签订日期：2025年3月1日\n";
    let one_off = [
        "借款人逾期的，应按逾期金额的2%一次性支付违约金。\n",
        "如乙方未按期还款，须另行支付逾期本息合计2%的违约金。\n",
    ];
    for clause in one_off {
        let text = format!("{HEAD}{date}{clause}");
        let a = analysed(&text);
        let f = default_charges_sum(&a).unwrap_or_else(|| panic!("{text}: no sum finding"));
        assert_eq!(f.severity, loanlint::model::Severity::Warning, "{text}");
        // The note gives the lateness below which the total is above the line.
        let note = f.note.clone().unwrap_or_default();
        assert!(note.contains("days late"), "{text}: {note}");
    }
    let daily = format!("{HEAD}{date}逾期罚息按日0.05%计收，并按逾期金额的2%支付违约金。\n");
    let a = analysed(&daily);
    let f = default_charges_sum(&a).expect("the daily rate alone is 18.25% a year");
    assert_eq!(f.severity, loanlint::model::Severity::Violation);
}
