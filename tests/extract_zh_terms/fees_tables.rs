//! The Chinese extractor on fees (timings, per-period, blanks) and tables (bordered key/value,
//! two columns, printed schedules, stated totals).

#[allow(unused_imports)]
use super::*;

// ------------------------------------------------ fees

#[test]
fn fee_timings_at_maturity_at_payout_and_on_a_date() {
    use loanlint::model::FeeKind;
    let cases = [
        (
            "账户管理费800元，于借款到期时一次性支付。",
            FeeKind::Management,
            FeeTiming::AtMaturity,
        ),
        (
            "担保费500元随最后一期还款一并收取。",
            FeeKind::Guarantee,
            FeeTiming::AtMaturity,
        ),
        (
            "审核费300元，借款人应于放款当日另行支付。",
            FeeKind::Application,
            FeeTiming::AtDisbursement,
        ),
        (
            "评估费200元，应于2025年3月20日前缴纳。",
            FeeKind::Application,
            FeeTiming::OnDate,
        ),
    ];
    for (text, kind, timing) in cases {
        let t = ex(text);
        let f = t.fees.iter().find(|f| f.kind == kind).expect(text);
        assert_eq!(f.timing, timing, "{text}");
    }
    let t = ex("评估费200元，应于2025年3月20日前缴纳。");
    assert_eq!(
        t.fees[0].due_date.as_ref().map(|d| d.date),
        ymd(2025, 3, 20)
    );
}

#[test]
fn per_period_fees() {
    use loanlint::model::{Basis, FeeKind};
    let t = ex("分期手续费按借款本金计收，每期0.75%。");
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Handling)
        .expect("fee");
    assert_eq!(
        (f.percent, f.per, f.timing, f.basis),
        (
            Some(dec!(0.75)),
            Some(Per::Month),
            FeeTiming::PerPeriod,
            Some(Basis::Principal)
        )
    );
    let t = ex("每期收取平台服务费人民币545元。");
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Service)
        .expect("fee");
    assert_eq!(
        (f.amount, f.timing),
        (Some(dec!(545)), FeeTiming::PerPeriod)
    );
}

#[test]
fn a_fee_with_a_blank_amount_is_listed_with_its_timing() {
    use loanlint::model::FeeKind;
    for (text, kind, timing) in [
        (
            "居间服务费为${serviceFee}元，由出借人在放款时从借款本金中扣除。",
            FeeKind::Consulting,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "服务费金额自甲方收取借款金额时先行扣除。",
            FeeKind::Service,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "咨询服务费人民币____元，于放款时从本金中扣除。",
            FeeKind::Consulting,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "平台服务费【  】元（从借款本金中预先扣除）。",
            FeeKind::Service,
            FeeTiming::UpfrontDeducted,
        ),
        (
            "信息服务费：{{fee}}元。",
            FeeKind::Service,
            FeeTiming::Other,
        ),
    ] {
        let t = ex(text);
        assert_eq!(t.fees.len(), 1, "{text}: {:?}", t.fees);
        let f = &t.fees[0];
        assert_eq!((f.kind, f.timing), (kind, timing), "{text}");
        assert!(
            f.amount.is_none() && f.percent.is_none() && f.amount_blank,
            "{text}"
        );
        assert!(!f.evidence.text.is_empty());
    }
    // Filled in: the same clause gives the fee with its amount, once.
    let t = ex("居间服务费人民币2,000元，从借款本金中扣除。");
    assert_eq!(t.fees.len(), 1, "{:?}", t.fees);
    assert_eq!(t.fees[0].amount, Some(dec!(2000)));
    assert!(!t.fees[0].amount_blank);
    assert_eq!(t.fees[0].timing, FeeTiming::UpfrontDeducted);
}

// ------------------------------------------------ tables

#[test]
fn bordered_key_value_tables() {
    for text in [
        "│借款金额│50,000.00元│\n│年利率│12%│\n│借款期限│12个月│",
        "| 借款金额 | 50,000.00元 |\n| 年利率 | 12% |\n| 借款期限 | 12个月 |",
        "借款金额\t50,000.00元\n年利率\t12%\n借款期限\t12个月",
        "借款金额：50,000.00元        年利率：12%\n借款期限：12个月            还款方式：等额本息",
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|a| a.amount),
            Some(dec!(50000)),
            "{text}"
        );
        let r = t
            .rates
            .iter()
            .find(|r| r.kind == RateKind::Interest)
            .expect(text);
        assert_eq!((r.value, r.per), (dec!(12), Per::Year), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12), "{text}");
    }
}

#[test]
fn two_columns_do_not_fuse_into_one_number() {
    let t =
        ex("服务费：2,000元            保证金：500元\n借款金额：30,000元          借款期限：6个月");
    let amounts: Vec<_> = t.fees.iter().filter_map(|f| f.amount).collect();
    assert_eq!(amounts, vec![dec!(2000), dec!(500)], "{:?}", t.fees);
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(30000)));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6));
}

#[test]
fn a_printed_schedule_gives_its_rows() {
    let pipes = "还款计划表\n期数 | 还款日 | 本金 | 利息 | 服务费 | 合计\n1 | 2025-02-10 | 3,000.00 | 300.00 | 45.00 | 3,345.00\n2 | 2025-03-10 | 3,000.00 | 300.00 | 45.00 | 3,345.00\n3 | 2025-04-10 | 3,000.00 | 300.00 | 45.00 | 3,345.00\n";
    let spaced = "合计        利息      期次    还款日期       本金\n3,345.00    300.00    1       2025年2月10日  3,000.00\n3,345.00    300.00    2       2025年3月10日  3,000.00\n3,345.00    300.00    3       2025年4月10日  3,000.00\n";
    let boxed = "│期数│应还本金│应还利息│应还总额│\n│1│3,000.00│300.00│3,300.00│\n│2│3,000.00│300.00│3,300.00│\n│3│3,000.00│300.00│3,300.00│";
    for (text, fees, total) in [
        (pipes, Some(dec!(45)), dec!(3345)),
        (spaced, None, dec!(3345)),
        (boxed, None, dec!(3300)),
    ] {
        let t = ex(text);
        assert_eq!(t.stated_schedule.len(), 3, "{text}");
        let r = &t.stated_schedule[1];
        assert_eq!(r.index, 2);
        assert_eq!(
            (r.principal, r.interest, r.fees, r.total),
            (Some(dec!(3000)), Some(dec!(300)), fees, Some(total)),
            "{text}"
        );
        assert!(r.evidence.text.contains("3,000.00"), "{text}");
        assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(total), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(3), "{text}");
        assert!(t.unparsed.is_empty(), "{text}: {:?}", t.unparsed);
    }
    let t = ex(pipes);
    assert_eq!(t.stated_schedule[0].date, ymd(2025, 2, 10));
}

#[test]
fn stated_totals() {
    let t = ex("还款总额：人民币12,600元。\n利息合计：600元。");
    assert_eq!(
        t.total_of_payments.as_ref().map(|a| a.amount),
        Some(dec!(12600))
    );
    assert_eq!(t.total_interest.as_ref().map(|a| a.amount), Some(dec!(600)));
    let t = ex("本合同项下借款的总利息为\n人民币壹仟贰佰元整。");
    assert_eq!(
        t.total_interest.as_ref().map(|a| a.amount),
        Some(dec!(1200))
    );
}

/// The instalment plan of issue 13, in fresh words: a count, a per-period fee on the principal
/// and a stated instalment; no method is written, so none is assumed.
#[test]
fn an_instalment_plan_with_a_per_period_fee_and_no_method() {
    use loanlint::model::{Basis, FeeKind};
    let text = "分期借款确认书\n借款本金：人民币陆仟元整（￥6,000.00）\n借款期数：12期（按月）\n分期手续费：按借款本金的0.75%每期收取，\n随每期还款一并支付。\n每期还款金额：545.00元";
    let t = ex(text);
    assert_eq!(t.principal.as_ref().map(|a| a.amount), Some(dec!(6000)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(12));
    assert_eq!(t.payment.as_ref().map(|a| a.amount), Some(dec!(545)));
    let f = t
        .fees
        .iter()
        .find(|f| f.kind == FeeKind::Handling)
        .expect("fee");
    assert_eq!(
        (f.percent, f.basis, f.timing),
        (
            Some(dec!(0.75)),
            Some(Basis::Principal),
            FeeTiming::PerPeriod
        )
    );
    assert!(t.repayment.is_none(), "{:?}", t.repayment);
    assert!(t.assumptions.iter().all(|a| !a.contains("等额本息")));
}

/// A schedule as PDF text gives it: columns one space apart, the first row glued to the header.
#[test]
fn a_schedule_from_pdf_text_with_narrow_gaps() {
    let text = "还款计划\n期次 应还日期 本金 利息 费用 应还总额1 2024-06-15 2,000.00 120.00 30.00 2,150.00\n2 2024-07-15 2,000.00 120.00 30.00 2,150.00\n3 2024-08-15 2,000.00 120.00 30.00 2,150.00\n以上还款计划仅供参考。";
    // As the PDF reader hands it over (the text reader would join the spaced CJK header).
    let d =
        loanlint::read::Document::from_pages(std::path::Path::new("s.pdf"), &[text.to_string()]);
    let t = loanlint::extract::zh::extract(&d);
    assert_eq!(
        t.stated_schedule.len(),
        3,
        "{}\n{:?}",
        d.text,
        t.stated_schedule
    );
    let r = &t.stated_schedule[0];
    assert_eq!(
        (r.index, r.date, r.principal, r.interest, r.fees, r.total),
        (
            1,
            ymd(2024, 6, 15),
            Some(dec!(2000)),
            Some(dec!(120)),
            Some(dec!(30)),
            Some(dec!(2150))
        )
    );
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(2150)));
    // Ordinary prose is no table.
    let t = ex("期数 12 期，每期还款 1,000 元，利息 100 元。\n第二期 还款 1,000 元");
    assert!(t.stated_schedule.is_empty());
}
