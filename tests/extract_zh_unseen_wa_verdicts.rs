//! Classes of failure behind batch W's Chinese misses owned by helper fixwzh1 (`zh-a*`), each
//! on texts of our own wording and a rephrasing that must read the same: a fee paid once on
//! the order or signing day and kept out of the instalments (不计入每期还款额) is paid then,
//! never each period; a loan abroad in a Chinese text (in 泰铢, 韩元, 越南盾 …, or under a
//! foreign law or court) is out of the mainland rules' scope: said so, no ruleset, no verdict;
//! a salary advance (预支) repaid in one sum on payday: the amount advanced is the principal,
//! the term the days from payout to payday, and a fee taken back with it is paid at maturity;
//! what is left of the loan once a fee is taken (扣除手续费后剩余的15,200.00元, paid on to a
//! dealer or a clinic) is the amount paid out, not a second fee; a charge for a secured
//! loan's collateral (鉴定费, 公证费, 抵押登记费) is a fee of the loan, in the cost.
//! Expected figures from `/tmp` Python (`fractions`, bisection on the monthly IRR, x 12),
//! checked by hand (a flat 5% fee over 12 months is about 5% / 6.5 x 12 = 9.2%):
//!
//! ```text
//! 6000 at 0%, 12 x 500, 300 paid on the signing day: 9.5770%
//! 4800 at 0%, 6 x 800, 150 paid with the down payment: 10.9766%
//! 16000 at 7.2% over 12 months, level 1385.90 (last 1385.94, interest rounded each month),
//!   800 taken at payout, 15200 paid out: 16.9433%
//! 30000 for 3 months at 4.8%, 30360 at the end, 150 appraisal paid on signing:
//!   (30360 / 29850 - 1) / (3/12) = 6.8342%
//! 80000 for 12 months at 6%, 84800 at the end, 500 + 300 paid on signing:
//!   84800 / 79200 - 1 = 7.0707%
//! 2000 advanced 2026-08-05, repaid 2026-09-04 (30 days) with a 70 fee: 70/2000 x 365/30 = 42.5833%
//! ```

use loanlint::model::{FeeTiming, Terms};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::{analysed, apr, near};

/// The timing of the one fee of `t` whose name contains `name`.
fn timing_of(t: &Terms, name: &str) -> Option<FeeTiming> {
    t.fees
        .iter()
        .find(|f| f.name.contains(name))
        .map(|f| f.timing)
}

fn has_violation(text: &str) -> bool {
    analysed(text)
        .report
        .findings
        .iter()
        .any(|f| f.severity == loanlint::model::Severity::Violation)
}

#[test]
fn a_fee_paid_on_the_order_or_signing_day_is_not_a_per_period_fee() {
    for (text, want) in [
        (
            "手机分期购买合同\n买方：卓文静　卖方：星辰数码专营店\n分期本金6,000.00元，共12期，每月15日还款，每期500.00元，零利率。\n分期服务费300.00元，在签订本合同当天一次性付清，不包含在月供内。\n签订日期：2026年11月15日\n",
            dec!(9.5770),
        ),
        (
            "分期付款确认书\n客户：卓文静\n本次分期金额人民币6000元，分12个月偿还，每月应还500元，不收利息；\n另收服务费300元，于签约时由客户另行缴纳，该笔费用不计入每月还款额。\n日期：2026年11月15日\n",
            dec!(9.5770),
        ),
        (
            "家具分期付款合同\n借款人：简思远　贷款人：安和消费金融有限公司\n商品总价5,800元，首付1,000元，贷款金额4,800元，分6期，每期还款800元，免息。\n手续费150元与首付款一并支付，不分摊到各期。\n签订日期：2026年12月1日\n",
            dec!(10.9766),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let timing = timing_of(t, "费");
        assert!(
            matches!(
                timing,
                Some(FeeTiming::UpfrontPaid | FeeTiming::AtDisbursement)
            ),
            "{timing:?} {text}"
        );
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
        assert!(!has_violation(text), "{text}");
    }
}

#[test]
fn a_loan_abroad_in_a_chinese_text_is_out_of_the_mainland_rules_scope() {
    for (text, currency, place) in [
        (
            "个人信用贷款约定书（中译本）\n贷款机构：汉江储蓄银行股份有限公司\n借款人：朴英洙\n贷款金额：5,000,000韩元\n贷款期间：24个月，年利率19.9%，每月等额偿还\n每月偿还额：254,020韩元\n约定日期：2026年9月1日\n",
            "KRW",
            "KR",
        ),
        (
            "消费贷款合同（译文）\n出借人：西贡信贷财务有限责任公司\n借款人：阮文安\n借款金额：越南盾 30,000,000\n期限12个月，月利率2.5%，按月付息到期还本。\n因本合同产生的争议由胡志明市人民法院管辖。\n签署日期：2026年5月20日\n",
            "VND",
            "VN",
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.currency.as_str()),
            Some(currency),
            "{text}"
        );
        assert!(a.report.rulesets_applied.is_empty(), "{text}");
        assert!(a.report.findings.is_empty(), "{text}");
        assert!(
            a.report
                .warnings
                .iter()
                .any(|w| w.contains(&format!("({place};")) && w.contains("no verdict")),
            "{:?} {text}",
            a.report.warnings
        );
    }
    // A foreign law named alone (the amounts in 元 of a translation) is enough; and a mainland
    // loan that names a foreign resident in passing is still judged (30% > 4 x LPR).
    let law_only = "借款合同（中文译本）\n出借人：曼谷信诚金融有限公司\n借款人：陈志明\n借款金额：50,000元，借期一年，年利率30%。\n本合同适用泰王国法律。\n签约日期：2026年6月1日\n";
    assert!(analysed(law_only).report.findings.is_empty());
    let mainland = "借条\n今借到王建国人民币50,000元，借期一年，年利率30%。借款人陈志明系泰国居民，现居上海。\n借款人：陈志明\n2026年6月1日\n";
    assert!(has_violation(mainland), "{mainland}");
}

#[test]
fn a_salary_advance_repaid_in_one_sum_on_payday_is_priced_over_its_days() {
    for text in [
        "工资预支服务确认\n问：这次预支了多少？\n答：2,000.00元，2026年8月5日已打入您的工资卡。\n问：何时还？\n答：下一个发薪日（2026年9月4日）由公司从工资中代扣，一次性扣回。\n问：有利息吗？\n答：不计利息，只收预支服务费70.00元，发薪日与预支款一并扣回。\n问：钱是谁出的？\n答：由安盈网络小额贷款有限公司出资。\n",
        "薪资预支协议\n资金方：安盈网络小额贷款有限公司　预支人：柯晓东\n预支金额：2,000.00元，于2026年8月5日到账。\n还款：预支人应于2026年9月4日（发薪日）一次性归还，由用工单位从工资中代扣。\n本预支不计利息；预支服务费70.00元，还款日与预支本金一并扣回。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(dec!(2000)),
            "{text}"
        );
        assert_eq!(t.term.as_ref().and_then(|x| x.days), Some(30), "{text}");
        assert_eq!(
            timing_of(t, "服务费"),
            Some(FeeTiming::AtMaturity),
            "{text}"
        );
        assert!(near(apr(&a), dec!(42.5833)), "{:?} {text}", apr(&a));
        // 42.58% > 36%: a violation for a licensed lender (141号 [S]).
        assert!(has_violation(text), "{text}");
    }
}

#[test]
fn what_is_left_after_a_fee_is_taken_is_the_payout_not_a_fee() {
    for text in [
        "汽车消费分期合同\n借款人：龚子健　贷款人：恒通汽车金融有限公司\n借款金额：16,000.00元，期限12个月，年利率7.2%，按月等额本息还款，每月还款1,385.90元（最后一期1,385.94元）。\n手续费：800.00元，放款时一次性扣除。\n放款：扣除手续费后剩余的15,200.00元由贷款人直接划付至经销商账户。\n签订日期：2026年10月20日\n",
        "医美分期服务协议\n甲方（贷款人）：和悦消费金融有限公司　乙方（借款人）：韦小青\n一、乙方申请借款16,000元，借款期限12个月，年化利率7.2%，等额本息，每期还款额1,385.90元，末期1,385.94元。\n二、乙方同意甲方在发放借款时先行扣收服务费800元，扣减服务费之后的余款15,200元由甲方按乙方委托支付给医疗机构。\n三、签约日期：2026年10月20日。\n",
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let fees: Vec<_> = t.fees.iter().map(|f| (f.amount, f.timing)).collect();
        assert_eq!(
            fees,
            [(Some(dec!(800)), FeeTiming::UpfrontDeducted)],
            "{text}"
        );
        assert_eq!(
            t.disbursed.as_ref().map(|d| d.amount),
            Some(dec!(15200)),
            "{text}"
        );
        assert!(near(apr(&a), dec!(16.9433)), "{:?} {text}", apr(&a));
        // The deduction itself is a violation (141号 [S]), whatever the cost.
        assert!(has_violation(text), "{text}");
    }
}

#[test]
fn a_charge_for_the_collateral_is_a_fee_in_the_cost() {
    for (text, fees, want) in [
        (
            "银行黄金质押借款单\n借款人　　 孟晓雯\n质押物　　 金条2根，净重200克\n借款金额　 30,000.00元\n借款期限　 3个月\n年利率　　 4.8%\n还款方式　 到期一次还本付息，到期应还30,360.00元\n鉴定费　　 150.00元，签约时另行现金支付\n贷款人　　 鑫源银行股份有限公司\n签约日期　 2026年9月1日\n",
            dec!(150),
            dec!(6.8342),
        ),
        (
            "汽车抵押借款合同要素\n| 贷款人 | 顺达小额贷款有限公司 |\n| 借款人 | 邓家豪 |\n| 借款本金 | 80,000.00元 |\n| 借款期限 | 12个月 |\n| 年利率 | 6% |\n| 还款方式 | 到期一次性还本付息 |\n| 公证费 | 500.00元（签约当日由借款人支付） |\n| 抵押登记费 | 300.00元（签约当日由借款人支付） |\n| 签订日期 | 2026年3月5日 |\n",
            dec!(800),
            dec!(7.0707),
        ),
    ] {
        let a = analysed(text);
        let t = &a.report.terms;
        let paid: rust_decimal::Decimal = t
            .fees
            .iter()
            .filter(|f| f.timing == FeeTiming::UpfrontPaid)
            .filter_map(|f| f.amount)
            .sum();
        assert_eq!(paid, fees, "{:?} {text}", t.fees);
        assert!(near(apr(&a), want), "{:?} {text}", apr(&a));
    }
}
