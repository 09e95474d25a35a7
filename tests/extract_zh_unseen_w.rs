//! Classes of failure found on Chinese documents of batch R (`zh-w*`), each on texts of our own
//! wording and a rephrasing that must read the same (metamorphic pairs): dates with a two-digit
//! year and a lender introduced by a relation; a bridge advance whose amount follows 出借/垫付…款
//! and whose daily 借款费用 is its interest; a mutual-aid fund's 占用费 as interest; a premium paid
//! in instalments (the premium is the amount financed); amounts in ringgit; an approval notice's
//! own date. Expected figures come from `scripts/unseen_w_zh_expected.py` (Python `decimal`):
//!
//! ```text
//! private: 40000 at 2% a month, 800 a month, principal at 4 months: 24.00%
//! bridge: 300000 at 0.08% a day for 20 days, 4800 with the principal: 29.20%
//! mutual aid: 8000 at 5% a year, 400 with the principal after 12 months: 5.00%
//! premium: 4800 in 12 parts of 400 + 28.80 (0.6% of the premium): 13.0342%
//! ```

use loanlint::model::{Per, RepaymentMethod, Terms};
use rust_decimal_macros::dec;

use crate::extract_en_unseen_h::violations;
use crate::extract_zh_unseen_f::{analysed, apr, date, interest, method, near};
use crate::extract_zh_unseen_h::{count, months, principal};

fn contract_date(t: &Terms) -> Option<chrono::NaiveDate> {
    t.contract_date.as_ref().map(|d| d.date)
}

#[test]
fn a_private_loan_dated_with_two_digit_years_has_its_term_and_breaks_the_cap() {
    for text in [
        "借条\n出借人：表姐 郑丽娟　　借款人：何建新\n何建新向郑丽娟借款40,000.00元，24年11月20日微信转账。\n按月息2分计息，每月20号前付利息800.00元，4个月后即25年3月20日连本带息一次还清。\n借款人：何建新\n24年11月20日\n",
        "借  据\n借款人何建新今向同事郑丽娟借款人民币肆万元整（40000元），'24/11/20 以转账方式交付。\n利息：月利率2%，每月20日付当月利息800元；本金于4个月后（25.3.20）一次性归还。\n借款人（签字）：何建新　　'24/11/20\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(40000)), "{text}");
        assert_eq!(contract_date(t), date(2024, 11, 20), "{text}");
        assert_eq!(months(t), Some(4), "{text}");
        assert_eq!(count(t), Some(4), "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::InterestOnly), "{text}");
        assert!(near(apr(&a), dec!(24.00)), "{:?} {text}", apr(&a));
        assert!(
            violations(&a).iter().any(|v| v.contains("4x-lpr")),
            "{:?} {text}",
            violations(&a)
        );
    }
}

#[test]
fn a_bare_dotted_number_below_a_plausible_year_is_no_date() {
    // 12.3.1 is a clause number, not 2012-03-01.
    let a = analysed(
        "借款合同\n12.3.1 借款人应按时还款。\n借款金额：10,000.00元，借款期限：6个月，年利率12%，等额本息。\n",
    );
    assert_eq!(contract_date(&a.report.terms), None);
}

#[test]
fn a_bridge_advance_reads_its_amount_and_its_daily_charge_as_interest() {
    for text in [
        "过桥垫资协议\n出借人（甲方）：某某投资咨询有限公司\n借款人（乙方）：钟某\n1、甲方为乙方垫付赎楼款300,000.00元，于2025年9月1日直接划至乙方按揭银行还款账户。\n2、借款期限：20天，自放款之日起算，至2025年9月21日止。\n3、垫资费：按日0.08%收取，20天共计4,800.00元，于还款时与本金一并支付，到期应还304,800.00元。\n甲方（盖章）　　乙方：钟某　　签订日期：2025年9月1日\n",
        "赎楼借款合同\n甲方（出借方）：某某投资咨询有限公司　乙方（借款方）：钟某\n第一条 甲方向乙方出借过桥资金人民币300,000.00元，用于结清乙方房产的按揭贷款，2025年9月1日放款。\n第二条 借款期限20天（2025年9月1日至2025年9月21日）。\n第三条 借款费用：按借款金额每日万分之八计收，按实际天数计算，合计4,800.00元，到期与本金一并偿还。\n签署日期：2025年9月1日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(300000)), "{text}");
        assert_eq!(interest(t), vec![(dec!(0.08), Per::Day)], "{text}");
        assert!(near(apr(&a), dec!(29.20)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_mutual_aid_funds_occupancy_fee_is_its_interest() {
    for text in [
        "互助资金借款协议\n借款社员：蒙桂英　　互助社：某村扶贫互助资金协会\n经理事会审议，同意借给蒙桂英互助金8,000.00元，用于种植柑橘。\n借款期限12个月，自2025年5月6日起至2026年5月6日止。\n资金占用费：按年5%收取，到期时与本金一并交回，计400.00元，本息合计8,400.00元。\n日期：2025年5月6日\n",
        "村互助社借款借据\n借款人蒙桂英借用互助金8000元，借期一年（2025年5月6日至2026年5月6日）。\n资金使用费年5%，到期连同本金一次交还，共计8,400.00元。\n借款人：蒙桂英　　2025年5月6日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(8000)), "{text}");
        assert_eq!(interest(t), vec![(dec!(5), Per::Year)], "{text}");
        assert_eq!(method(t), Some(RepaymentMethod::Bullet), "{text}");
        assert_eq!(count(t), Some(1), "{text}");
        assert!(near(apr(&a), dec!(5.00)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn a_premium_paid_in_instalments_is_the_amount_financed() {
    for text in [
        "车险保费分期付款协议\n投保人：邵文斌　　分期服务方：某某消费金融有限公司\n本期保费合计4,800.00元，由分期服务方于2025年7月10日代投保人全额支付给保险公司，投保人分期归还：\n一、分期期数：12期，每月10日还款，首期还款日2025年8月10日；\n二、分期手续费：每期按保费总额的0.6%收取，即每期28.80元，不另收利息；\n三、每期应还：分摊保费400.00元＋手续费28.80元＝428.80元。\n投保人签字：邵文斌　　日期：2025年7月10日\n",
        "保险费分期服务确认书\n客户：邵文斌\n全年保险费总额为4,800.00元（由资金方代为垫付），分12期归还，每月10日扣款。\n手续费：按保险费总额的0.6%每期收取（每期28.80元），分期不另计利息。\n每期扣款：每期保费400.00元＋手续费28.80元，合计428.80元。\n确认日期：2025年7月10日\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(4800)), "{text}");
        assert_eq!(count(t), Some(12), "{text}");
        assert!(
            t.fees.iter().all(|f| !f.name.contains("保")),
            "{:?} {text}",
            t.fees
        );
        assert!(near(apr(&a), dec!(13.0342)), "{:?} {text}", apr(&a));
    }
}

#[test]
fn amounts_in_ringgit_are_read_in_their_currency() {
    for text in [
        "放贷交易备忘录\n借款人：陈美玲\n本金：RM3,000.00\n利率：每年12%（按本金固定计算）\n还款期：6个月，每月还款RM530.00\n",
        "放贷交易备忘录\n借款人：陈美玲\n贷款本金 3,000.00令吉，年利率12%（固定利率，按原始本金计），分6个月还清，每月供款530.00令吉。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(principal(t), Some(dec!(3000)), "{text}");
        assert_eq!(
            t.principal.as_ref().map(|p| p.currency.as_str()),
            Some("MYR"),
            "{text}"
        );
    }
}

#[test]
fn an_approval_notice_is_dated_when_the_lender_issued_it() {
    for text in [
        "个人贷款审批结果通知\n尊敬的 周女士：\n您申请的个人消费贷款已审批通过：\n· 贷款金额：80,000.00元\n· 贷款期限：36个月\n· 年利率：4.2%\n· 还款方式：等额本息\n· 放款日期：2025.4.18\n某某银行个人贷款中心　2025.4.15\n",
        "贷款批复通知书\n周女士：经审核，您的贷款申请已获批准。贷款金额8万元，期限36个月，年利率4.2%，按月等额本息还款，预计放款日期2025年4月18日。\n某某银行某某支行　　2025年4月15日\n",
    ] {
        let a = analysed(text);
        assert_eq!(contract_date(&a.report.terms), date(2025, 4, 15), "{text}");
    }
}

#[test]
fn a_tax_form_claiming_mortgage_interest_lends_nothing() {
    use crate::document_kind_unseen::kind_of;
    for text in [
        "个人所得税专项附加扣除信息表（住房贷款利息）\n扣除年度：2025\n纳税人：孔德明　　扣除方式：由扣缴义务人办理\n贷款银行：某某农村商业银行　　贷款合同编号：NS-2019-00871\n首次还款日期：2019年3月15日　　贷款期限（月数）：240\n扣除金额：每月1,000元\n纳税人签字：孔德明　　填报日期：2025年1月6日\n",
        "住房贷款利息 专项附加扣除 填报表\n纳税年度 2025年\n姓名 孔德明\n贷款合同编号 NS-2019-00871，贷款期限240个月，首次还款日期2019-03-15\n按每月1000元标准扣除（全年12,000元）\n填报日期：2025-01-06\n",
    ] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, loanlint::DocumentKind::Other, "{reason} {text}");
    }
}
