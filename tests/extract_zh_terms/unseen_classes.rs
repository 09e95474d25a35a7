//! Classes of failure found on Chinese contracts nobody had seen (issue 13), on wordings that
//! are not in the fresh corpus.

#[allow(unused_imports)]
use super::*;

fn method(t: &Terms) -> Option<RepaymentMethod> {
    t.repayment.as_ref().map(|r| r.method)
}

#[test]
fn a_percentage_restated_as_its_amount_is_one_fee() {
    for text in [
        "贷款金额：人民币20,000元。\n账户管理费：每期按贷款金额的0.5%收取，即每期100元，随每期还款一并支付。",
        "借款本金50000元整。\n乙方每期向丙方缴纳咨询服务费，为借款本金×0.4%，合计每期200.00元，与当期还款一同扣划。",
        // The fee may be stated before the principal.
        "账户管理费按贷款金额的0.5%每期收取（即每期100元）。\n贷款金额：人民币20,000元。",
    ] {
        let t = ex(text);
        assert_eq!(t.fees.len(), 1, "{text}: {:?}", t.fees);
        assert!(
            t.fees[0].amount.is_some() && t.fees[0].percent.is_some(),
            "{text}: {:?}",
            t.fees
        );
    }
}

#[test]
fn a_floor_is_not_a_restated_percentage() {
    // 1% of 1,000 is 10, not 50: the 50 is another figure, never merged into the percentage.
    let t = ex("借款金额1000元。\n手续费按借款金额的1%收取，最低收取50元，放款时一次性支付。");
    assert!(
        !t.fees
            .iter()
            .any(|f| f.amount == Some(dec!(50)) && f.percent.is_some()),
        "{:?}",
        t.fees
    );
}

#[test]
fn a_lump_sum_at_maturity_is_a_single_payment() {
    for text in [
        "借款人应于2026年3月1日之前一次性偿还本金和利息。",
        "借款本息应于借款期限届满时一次性付清。",
        "本金连同利息在到期日一并偿还。",
        "乙方须于2025年9月30日前一次还清全部借款本金。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Single),
            "{text}"
        );
    }
}

#[test]
fn principal_at_maturity_with_interest_each_period_is_interest_only() {
    for text in [
        "乙方按月支付利息，每月20日支付当月利息800元，借款期满后一次性偿还本金。",
        "借款利息按季结清。\n借款到期时一次性归还全部本金。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
    }
}

#[test]
fn a_product_name_gives_way_to_the_stated_method() {
    let t = ex("本产品为随借随还循环额度，本次借款期限二十天，本金及利息于到期之日一次性偿还。");
    assert_eq!(method(&t), Some(RepaymentMethod::Bullet));
}

#[test]
fn a_signing_date_without_a_label_sentence() {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 11, 2);
    for text in [
        "借款金额5000元。\n签字日：2024年11月2日",
        "借款金额5000元。\n甲方(盖章):\n乙方(签名):王五\n二〇二四年十一月二日",
        "借款金额5000元。\n出借人签名        借款人签名\n2024-11-02",
    ] {
        let t = ex(text);
        assert_eq!(t.contract_date.as_ref().map(|d| d.date), day, "{text}");
    }
    // A date under the signatures after other text on its line is not taken alone.
    let t = ex("借款人签名:\n还款日 2024年12月2日前");
    assert!(t.contract_date.is_none(), "{:?}", t.contract_date);
}

#[test]
fn an_app_screen_dated_by_its_submission() {
    let t = ex("贷款金额(元)\n12,500.00\n分期期数\n9期\n提交时间:2024/11/02 09:15");
    assert_eq!(
        t.contract_date.as_ref().map(|d| d.date),
        chrono::NaiveDate::from_ymd_opt(2024, 11, 2)
    );
    assert!(
        t.assumptions.iter().any(|a| a.contains("applied")),
        "{:?}",
        t.assumptions
    );
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(12500)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(9));
}

#[test]
fn a_label_in_wan_yuan_scales_its_bare_figure() {
    let t = ex("借款本金(万元)\n3.5\n期限\n12个月");
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(35000)));
}

#[test]
fn a_bank_lender_in_a_table_a_letterhead_or_a_spaced_line() {
    for (text, name) in [
        (
            "| 放款机构 | 北辰银行股份有限公司 | 借款人 | 李四 |\n| 借款金额 | ¥8,000.00 | 期限 | 6个月 |",
            "北辰银行股份有限公司",
        ),
        (
            "云帆银行南湖支行\n个人贷款借据\n借款金额:人民币8,000.00元",
            "云帆银行南湖支行",
        ),
        (
            "借款人      李四      贷款银行      松原银行有限公司\n借款金额 8,000.00元",
            "松原银行有限公司",
        ),
    ] {
        let t = ex(text);
        let lender = t.lender.as_ref().expect(text);
        assert_eq!(
            lender.lender_type,
            loanlint::model::LenderType::Bank,
            "{text}"
        );
        assert_eq!(lender.name.as_deref(), Some(name), "{text}");
    }
    // A bank account is not a bank lender.
    let t = ex("出借人:王五\n借款金额8,000.00元,汇入借款人的银行账户。");
    assert_ne!(
        t.lender.as_ref().map(|l| l.lender_type),
        Some(loanlint::model::LenderType::Bank)
    );
}

#[test]
fn equal_instalments_in_other_words() {
    for text in [
        "还款方式:每月以固定金额归还本金及利息,分6期还清。",
        "借款本息按期等额清偿,共9期。",
        "乙方应按月等额归还本息。",
    ] {
        assert_eq!(
            method(&ex(text)),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

#[test]
fn a_question_and_answer_layout() {
    let t = ex(
        "问:这笔贷款借了多少?\n答:人民币6,000元。\n问:每月要还多少?\n答:540.00元。\n问:一共分多少期?\n答:共12期。",
    );
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(6000)));
    assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(540)));
    assert_eq!(t.installments.as_ref().map(|c| c.count), Some(12));
    // A question the table does not know leaves its answer as written.
    let t = ex("问:需要抵押吗?\n答:不需要。");
    assert!(t.principal.is_none());
}

#[test]
fn a_fee_timing_in_the_sentence_after_its_amount() {
    for (text, timing) in [
        (
            "账户管理费:人民币1,500元;缴纳方式:借款期满时一次性支付",
            FeeTiming::AtMaturity,
        ),
        (
            "咨询服务费120.00元,\n与每期本息一并按月收取。",
            FeeTiming::PerPeriod,
        ),
    ] {
        let t = ex(text);
        assert_eq!(fee_timing(&t), vec![timing], "{text}: {:?}", t.fees);
    }
    // A timing sentence with its own figure is about that figure, not the fee before.
    let t = ex("咨询服务费120.00元。\n利息1,000元于到期时一次性支付。");
    assert_eq!(fee_timing(&t), vec![FeeTiming::Other], "{:?}", t.fees);
}

#[test]
fn traditional_numerals_and_words() {
    let t = ex("借款金額：新臺幣參拾貳萬圓整。\n本息按月平均攤還，分36期。");
    assert_eq!(t.principal.as_ref().map(|p| p.amount), Some(dec!(320000)));
    assert_eq!(method(&t), Some(RepaymentMethod::EqualInstallment));
}

#[test]
fn principal_and_interest_together_at_the_end() {
    for text in [
        "借期届满时本息一次付清。",
        "到期时连本带息一并偿还。",
        "借款到期日,利息与本金一并支付。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::Bullet), "{text}");
    }
}

#[test]
fn principal_at_the_end_after_interest_each_period() {
    for text in [
        "借款本金在借款期满后一次性偿还,利息每月15日支付。",
        "每半年结息一次。本金到期一次性偿还。",
        "到期利随本清,借款期间按季结息。",
    ] {
        let t = ex(text);
        assert_eq!(method(&t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert_ne!(t.installments.as_ref().map(|c| c.count), Some(1), "{text}");
    }
}

#[test]
fn an_unticked_single_payment_option_sets_no_frequency() {
    let t = ex("还款方式:□ 到期一次还本付息 ☑ 等额本金\n借款期限:12个月");
    assert_eq!(method(&t), Some(RepaymentMethod::EqualPrincipal));
    assert_ne!(
        t.frequency.as_ref().map(|f| f.frequency),
        Some(Frequency::Single)
    );
}

#[test]
fn a_term_between_the_start_and_the_due_date() {
    let t = ex("借款金额6,000元。\n放款日:2025年2月1日\n到期日:2025年8月1日");
    assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(6));
    assert!(
        t.assumptions.iter().any(|a| a.contains("due date")),
        "{:?}",
        t.assumptions
    );
    // A due date before the start gives no term.
    let t = ex("借款金额6,000元。\n放款日:2025年8月1日\n到期日:2025年2月1日");
    assert!(t.term.is_none(), "{:?}", t.term);
}

#[test]
fn a_method_named_as_a_kind_of_loan_is_not_this_loans() {
    let t = ex("对于采用到期一次还本付息的借款,逾期后按月结计罚息。");
    assert!(t.repayment.is_none(), "{:?}", t.repayment);
    assert!(t.installments.is_none(), "{:?}", t.installments);
}

#[test]
fn listed_options_with_none_chosen_give_no_single_payment() {
    let t =
        ex("还款方式可选:\n1.等额本息还款法。\n2.按月付息到期还本还款法。\n3.一次还本付息还款法。");
    assert!(t.repayment.is_none(), "{:?}", t.repayment);
    assert!(t.installments.is_none(), "{:?}", t.installments);
}

/// Classes of failure found on Chinese contracts nobody had seen (issue 13, second round), each
/// in wordings that are not in the fresh corpus: the amount under an instalment plan's or an
/// application form's label, a checkbox line with one option ticked, an app row labelled by a
/// question, a slashed table row, Chinese-numeral rates (百分之…点…, 月息一分五), 民國 dates,
/// the date under a 借条's signatures, a payout date standing in for the contract date, weekly
/// plans, a term counted from its start date, the count of a monthly plan worked out from its
/// term, interest taken in advance, fees of cars and memberships, fee totals.
mod unseen {
    use super::ex;
    use chrono::NaiveDate;
    use loanlint::model::{Frequency, Per, RateKind, Terms};
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    fn principal(t: &Terms) -> Option<Decimal> {
        t.principal.as_ref().map(|p| p.amount)
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn interest(t: &Terms) -> Vec<(Decimal, Per)> {
        t.rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest)
            .map(|r| (r.value, r.per))
            .collect()
    }

    #[test]
    fn an_instalment_plan_or_application_names_its_amount() {
        for (text, want) in [
            (
                "手机分期确认\n分期金额：￥4,599.00\n分期期数：6期",
                dec!(4599),
            ),
            (
                "装修贷款申请表\n申请借款金额：人民币80,000元\n",
                dec!(80000),
            ),
            (
                "账单分期\n分期本金 12,000.00元 | 手续费率 0.6%/期",
                dec!(12000),
            ),
        ] {
            assert_eq!(principal(&ex(text)), Some(want), "{text}");
        }
    }

    #[test]
    fn only_the_ticked_option_counts() {
        let t = ex("贷款期限：☐ 6个月 ☐ 12个月 ✔ 18个月\n还款期数：□ 6期 □ 12期 ■ 18期\n");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(18));
        // No tick at all: nothing is chosen.
        let t = ex("贷款期限：□ 6个月 □ 12个月\n");
        assert!(t.term.is_none(), "{:?}", t.term);
    }

    #[test]
    fn an_app_row_labelled_by_a_question() {
        let t = ex("借款确认\n借多少      ¥6,500\n借多久      9个月\n");
        assert_eq!(principal(&t), Some(dec!(6500)));
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(9));
    }

    #[test]
    fn a_slashed_table_row() {
        let t = ex("主要条款\n贷款本金 / 24,000.00元\n贷款期限 / 18个月\n");
        assert_eq!(principal(&t), Some(dec!(24000)));
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(18));
    }

    #[test]
    fn rates_in_chinese_numerals() {
        let t = ex("借款金额：5,000元。\n借款年利率为百分之十四点六。\n");
        assert_eq!(interest(&t), vec![(dec!(14.6), Per::Year)]);
        let t = ex("今借到人民币8,000元，月息一分五，半年后归还。\n");
        assert_eq!(interest(&t), vec![(dec!(1.5), Per::Month)]);
        // 分 then 厘 written out still reads as before.
        let t = ex("今借到人民币8,000元，月息一分二厘，半年后归还。\n");
        assert_eq!(interest(&t), vec![(dec!(1.2), Per::Month)]);
    }

    #[test]
    fn roc_dates_and_a_term_counted_from_its_start() {
        let t = ex(
            "借款契約\n借款金額：新臺幣100,000元。\n借款期間：自民國113年7月1日起2年。\n簽約日期：民國113年6月28日\n",
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2024, 6, 28))
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24));
        // A guarantee's period or a time limit is not the loan's term.
        for text in [
            "保证期间：自本协议生效之日起至债务履行期限届满之日起2年。",
            "当事人自知道撤销事由之日起六个月内行使撤销权。",
        ] {
            assert!(ex(text).term.is_none(), "{text}");
        }
    }

    #[test]
    fn the_date_under_a_party_line_of_an_iou() {
        let t =
            ex("借条\n今借到陈某人民币6,000元，三个月内归还。\n借款人：吴某\n二〇二三年四月二日\n");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2023, 4, 2))
        );
    }

    #[test]
    fn a_payout_date_stands_in_for_an_unwritten_contract_date() {
        let t = ex("借款详情\n借款金额  ¥1,500.00\n借款时间  2024-12-30 09:15\n借款天数  14天\n");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2024, 12, 30))
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(14));
        assert!(
            t.assumptions.iter().any(|a| a.contains("contract date")),
            "{:?}",
            t.assumptions
        );
        // A signing date written is never replaced.
        let t = ex("放款日期：2024年3月2日\n签订日期：2024年3月1日\n");
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            Some(ymd(2024, 3, 1))
        );
    }

    #[test]
    fn weekly_and_biweekly_plans() {
        let t = ex("借款金额：2,000元\n按周还款，每周一扣款，共10周\n");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Weekly)
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(10));
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(70));
        let t = ex("借款金额：2,000元\n每两周还款一次，共6次\n");
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Biweekly)
        );
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(6));
    }

    #[test]
    fn the_count_of_a_monthly_plan_from_its_term() {
        let t =
            ex("借款金额：30,000元。\n借款期限：叁拾陆个月。\n还款方式：等额本金，按月还款。\n");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(36));
        assert!(t.assumptions.iter().any(|a| a.contains("instalments")));
        // A single repayment at maturity has one instalment, not twelve.
        let t = ex("借款金额：30,000元。\n借款期限：12个月。\n到期一次性还本付息。\n");
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(1));
    }

    #[test]
    fn a_count_of_monthly_periods_is_a_term_in_months() {
        let t = ex("借款金额：9,000元\n贷款期限：24期（按月）\n");
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(24));
        assert_eq!(t.installments.as_ref().map(|c| c.count), Some(24));
    }

    #[test]
    fn interest_taken_in_advance_names_its_amount() {
        // Deducted, with the amount in the same clause and no amount paid out stated.
        let t =
            ex("借款本金：50,000元。\n借款利息2,500.00元于放款时由出借人预先从借款本金中扣除。\n");
        assert_eq!(
            t.interest_deducted.as_ref().map(|a| a.amount),
            Some(dec!(2500))
        );
        // Collected in advance at payout: the same charge, worked out from what was paid out.
        let t = ex(
            "借款本金：50,000元。\n本期利息由出借人在放款时预先收取。\n借款人实际到账金额为47,000.00元。\n",
        );
        assert_eq!(
            t.interest_deducted.as_ref().map(|a| a.amount),
            Some(dec!(3000))
        );
    }

    #[test]
    fn fees_of_cars_memberships_and_at_maturity() {
        use loanlint::model::{FeeKind, FeeTiming};
        let t = ex(
            "借款金额：80,000元。\nGPS安装费：900元，放款时从借款金额中扣除。\n会员服务费每月29元，随月供扣收。\n",
        );
        let got: Vec<(FeeKind, FeeTiming, Option<Decimal>)> = t
            .fees
            .iter()
            .map(|f| (f.kind, f.timing, f.amount))
            .collect();
        assert!(
            got.contains(&(FeeKind::Other, FeeTiming::UpfrontDeducted, Some(dec!(900)))),
            "{got:?}"
        );
        assert!(
            got.contains(&(FeeKind::Membership, FeeTiming::PerPeriod, Some(dec!(29)))),
            "{got:?}"
        );
        let t = ex("借款金额：20,000元。\n平台费：45.00元，按期随每期还款一并支付。\n");
        assert_eq!(
            t.fees
                .iter()
                .map(|f| (f.kind, f.timing, f.amount))
                .collect::<Vec<_>>(),
            vec![(FeeKind::Service, FeeTiming::PerPeriod, Some(dec!(45)))]
        );
        let t = ex("借款金额：20,000元。\n咨询服务费1,200元，于还款到期日随本息一并支付。\n");
        assert_eq!(
            t.fees.iter().map(|f| f.timing).collect::<Vec<_>>(),
            vec![FeeTiming::AtMaturity]
        );
    }

    #[test]
    fn a_first_due_date_a_month_after_the_start_makes_the_plan_monthly() {
        let t = ex(
            "借款金额：3,600元\n分期数：4期\n放款日：2024年2月10日\n首期还款日：2024年3月10日\n",
        );
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Monthly)
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(4));
        // Three weeks after the start says nothing of a month.
        let t =
            ex("借款金额：3,600元\n分期数：4期\n放款日：2024年2月10日\n首期还款日：2024年3月2日\n");
        assert!(t.frequency.is_none(), "{:?}", t.frequency);
    }

    #[test]
    fn interest_paid_with_the_principal_at_maturity_is_one_payment() {
        use loanlint::model::RepaymentMethod;
        let t = ex("借款金额：10,000元。\n借款利息按年利率9%计算，期满时与本金一并偿还。\n");
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::Bullet)
        );
    }

    #[test]
    fn a_bare_figure_in_cents_under_an_amount_label_is_money() {
        let t = ex("借款单\n借款金额 6,800.00 | 借款期限 30天 | 日息万分之三\n");
        assert_eq!(principal(&t), Some(dec!(6800)));
        // A count or a code is not an amount.
        let t = ex("借款单\n借款金额 6800 | 借款期限 30天\n");
        assert_eq!(principal(&t), None);
    }

    #[test]
    fn methods_in_app_and_summary_wordings() {
        use loanlint::model::RepaymentMethod;
        let method = |text: &str| ex(text).repayment.map(|r| r.method);
        assert_eq!(
            method("借款金额：6,000元\n还款：按月等额分期还款，月供¥530.00\n"),
            Some(RepaymentMethod::EqualInstallment)
        );
        assert_eq!(
            method("借款金额：6,000元\n月利率：0.8%（以借款本金计息，每月利息48.00元）\n"),
            Some(RepaymentMethod::FlatRate)
        );
    }

    #[test]
    fn a_fee_as_a_percentage_and_its_amount_in_two_sentences_is_one_fee() {
        let t = ex(
            "分期金额：10,000.00元\n分期服务费：按分期金额的0.5%/期收取\n每期应还：本金1,000.00元 + 分期服务费50.00元 = 1,050.00元\n",
        );
        assert_eq!(t.fees.len(), 1, "{:?}", t.fees);
        assert_eq!(t.fees[0].amount, Some(dec!(50)));
        assert_eq!(t.fees[0].percent, Some(dec!(0.5)));
        assert_eq!(t.payment.as_ref().map(|p| p.amount), Some(dec!(1050)));
    }
}
