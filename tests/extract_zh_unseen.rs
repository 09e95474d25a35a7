//! Classes of failure found on Chinese contracts nobody had seen (issue 13, batch C), each
//! on wordings of our own and a rephrasing that must read the same (metamorphic pairs): rows
//! of a label and a figure are whole fields, a question label with its figure on the next
//! line, `k/n` schedule indexes, a bare `N期` between middle dots, bracketed labels, signing
//! "with" the other party, weekly and monthly plan words, a rate in brackets glossing the word
//! before them, the amount drawn on a credit line.

use chrono::NaiveDate;
use loanlint::model::{FeeKind, Frequency, Per, RateKind, RepaymentMethod, Terms};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;

fn principal(t: &Terms) -> Option<Decimal> {
    t.principal.as_ref().map(|a| a.amount)
}

fn count(t: &Terms) -> Option<u32> {
    t.installments.as_ref().map(|c| c.count)
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn rows_of_a_label_and_a_figure_are_separate_fields() {
    for text in [
        "贷款单编号 LN88231907\n贷款本金 6500.00\n放款日期 2025-03-02\n约定到期日 2025-05-01（用款60天）\n资金方 北辰消费金融有限公司\n",
        "贷款单编号：LN88231907\n贷款本金：6,500.00元\n放款日期：2025年3月2日\n约定到期日：2025年5月1日（用款60天）\n资金方：北辰消费金融有限公司\n",
    ] {
        let t = ex(text);
        assert_eq!(principal(&t), Some(dec!(6500)), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(60), "{text}");
        assert_eq!(
            t.disbursement_date.as_ref().map(|d| d.date),
            date(2025, 3, 2),
            "{text}"
        );
    }
}

#[test]
fn a_question_label_reads_its_figure_on_the_same_or_next_line() {
    for text in [
        "贷多少\n￥7,200.00\n还几期 9期\n",
        "贷多少 7200元\n还几期\n9期\n",
    ] {
        let t = ex(text);
        assert_eq!(principal(&t), Some(dec!(7200)), "{text}");
        assert_eq!(count(&t), Some(9), "{text}");
    }
}

#[test]
fn a_schedule_indexed_period_of_periods_is_read() {
    let text = "期次 | 应还日 | 本金 | 利息 | 合计\n1/3 | 2025-02-10 | 1,000.00 | 30.00 | 1,030.00\n2/3 | 2025-03-10 | 1,000.00 | 20.00 | 1,020.00\n3/3 | 2025-04-10 | 1,000.00 | 10.00 | 1,010.00\n";
    let t = ex(text);
    assert_eq!(t.stated_schedule.len(), 3);
    assert_eq!(count(&t), Some(3));
    // The same rows numbered plainly read the same.
    let plain = text
        .replace("1/3", "1")
        .replace("2/3", "2")
        .replace("3/3", "3");
    assert_eq!(ex(&plain).stated_schedule.len(), 3);
}

#[test]
fn a_bare_count_between_middle_dots_is_the_number_of_instalments() {
    for text in [
        "贷款 ¥6,000.00 · 24期 · 年利率 9.6%\n",
        "贷款金额 ¥6,000.00 · 24期 · 等额本息\n",
    ] {
        let t = ex(text);
        assert_eq!(principal(&t), Some(dec!(6000)), "{text}");
        assert_eq!(count(&t), Some(24), "{text}");
    }
}

#[test]
fn a_bracketed_label_names_the_term() {
    for text in [
        "【借款期限】 9个月（2025年1月5日—2025年10月5日）\n",
        "〔借款期限〕9个月\n",
    ] {
        let t = ex(text);
        assert_eq!(t.term.as_ref().and_then(|x| x.months), Some(9), "{text}");
    }
}

#[test]
fn signing_with_the_other_party_dates_the_contract() {
    for text in [
        "出借人钱某于2024年8月1日和借款人孙某签订本借条，借款金额5000元。\n",
        "甲方于2024年8月1日同乙方签署本协议，借款金额5000元。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2024, 8, 1),
            "{text}"
        );
    }
}

#[test]
fn weekly_plan_words_give_the_frequency_and_term() {
    for text in [
        "借款金额3000元，还款方式：按周分期，共8期。\n",
        "借款金额3000元，每周一期，共8期。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.frequency.as_ref().map(|f| f.frequency),
            Some(Frequency::Weekly),
            "{text}"
        );
        assert_eq!(count(&t), Some(8), "{text}");
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(56), "{text}");
    }
}

#[test]
fn principal_returned_each_month_is_a_monthly_plan() {
    for text in [
        "借款金额12000元，借款期限24个月，采用等额本金方式，每月归还本金500元及当期利息。\n",
        "借款金额12000元，借款期限24个月，等额本金，按月归还本金500元并支付利息。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualPrincipal),
            "{text}"
        );
        assert_eq!(count(&t), Some(24), "{text}");
    }
}

#[test]
fn a_rate_in_brackets_glosses_the_word_before_them() {
    for text in [
        "借款金额20000元，每月应还款2,100元，其中含本金、利息（月利率0.8%）及管理费（每月50元）。\n",
        "借款金额20000元，每月应还款2,100元，已包括本金、利息(月利率0.8%)与账户管理费(每月50元)。\n",
    ] {
        let t = ex(text);
        let interest: Vec<_> = t
            .rates
            .iter()
            .filter(|r| r.kind == RateKind::Interest)
            .map(|r| (r.value, r.per))
            .collect();
        assert_eq!(interest, vec![(dec!(0.8), Per::Month)], "{text}");
        let fees: Vec<_> = t
            .fees
            .iter()
            .map(|f| (f.kind, f.amount, f.percent))
            .collect();
        assert_eq!(
            fees,
            vec![(FeeKind::Management, Some(dec!(50)), None)],
            "{text}"
        );
    }
    // A fee's own rate in brackets stays the fee's.
    let t = ex("借款金额20000元，另收平台服务费（月费率0.5%）。\n");
    assert!(
        t.rates.iter().all(|r| r.kind != RateKind::Interest),
        "{:?}",
        t.rates
    );
    assert_eq!(t.fees.first().and_then(|f| f.percent), Some(dec!(0.5)));
}

#[test]
fn the_amount_drawn_on_a_credit_line_is_the_principal() {
    for text in [
        "授信额度为人民币100,000元。\n本次用款金额：人民币20,000元，分12期按月等额本息还款。\n",
        "循环额度合同项下，本次支用金额为人民币20,000元，额度为人民币100,000元，按月等额本息，分12期。\n",
    ] {
        let t = ex(text);
        assert_eq!(principal(&t), Some(dec!(20000)), "{text}");
        assert_eq!(count(&t), Some(12), "{text}");
    }
}

#[test]
fn a_total_of_the_instalment_and_a_fee_is_not_the_fee() {
    for text in [
        "贷款金额：80,000.00元\n贷款期限：24期（月）\n还款方式：等额本息，月供3,600.00元\n车辆损失险保费：每期60.00元，连同月供一起扣收（每月共计扣收3,660.00元）\n",
        "贷款金额：80,000.00元\n贷款期限：24期（月）\n还款方式：等额本息，月供3,600.00元\n车损险保费：每期60.00元，随月供一并扣收（每月合计扣款3,660.00元）\n",
    ] {
        let t = ex(text);
        let fees: Vec<_> = t.fees.iter().map(|f| (f.kind, f.amount)).collect();
        assert_eq!(fees, vec![(FeeKind::Insurance, Some(dec!(60)))], "{text}");
    }
}

#[test]
fn a_level_instalment_marked_equal_is_an_annuity() {
    for text in [
        "借款本金：人民币30,000.00元；还款期数：12期；每期还款额：2,650.00元（等额）；\n",
        "借款本金30000元，还款期数12期，月供2650元(等额)。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

#[test]
fn a_count_from_a_term_without_a_frequency_is_said_as_assumed() {
    for text in [
        "借款本金 30,000.00元\n借款期限 12个月\n还款方式 等额本金\n",
        "借款本金：30000元；借款期限：一年（12个月）；还款方式：等额本金。\n",
    ] {
        let t = ex(text);
        assert_eq!(count(&t), Some(12), "{text}");
        assert!(
            t.assumptions.iter().any(|a| a.contains("assumed")),
            "{text}: {:?}",
            t.assumptions
        );
    }
}

#[test]
fn a_set_up_fee_taken_at_drawdown_in_traditional_script() {
    for text in [
        "第一條 借款金額：新臺幣貳拾萬元整。\n第二條 開辦費：新臺幣3,000元，於撥款時由借款金額中扣收。\n第三條 償還方式：按月平均攤還本息，共三十六期。\n",
        "一、借款金額新臺幣200,000元。\n二、本借款之開辦費為新臺幣3,000元，由貸款銀行於撥款時自借款金額中扣收。\n三、借款人應每月平均攤還本息，分三十六期清償。\n",
    ] {
        let t = ex(text);
        let fees: Vec<_> = t
            .fees
            .iter()
            .map(|f| (f.kind, f.amount, f.timing))
            .collect();
        assert_eq!(
            fees,
            vec![(
                FeeKind::Origination,
                Some(dec!(3000)),
                loanlint::model::FeeTiming::UpfrontDeducted
            )],
            "{text}"
        );
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(RepaymentMethod::EqualInstallment),
            "{text}"
        );
    }
}

#[test]
fn zhi_that_is_not_a_period_does_not_hide_the_signing_date() {
    for text in [
        "借款人周某于2025年3月8日与青石银行股份有限公司签订本合同，借款金额10万元，贷款资金受托支付至商户账户。\n",
        "本合同由借款人周某于2025年3月8日同贷款人签署，借款金额10万元，款项划转至借款人账户。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date),
            date(2025, 3, 8),
            "{text}"
        );
    }
}
