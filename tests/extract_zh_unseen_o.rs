//! Batch N's Chinese classes, in texts of our own wording, each with rephrasings that must
//! read the same. Expected figures from Python `decimal` (scripts/zh_balloon_check.py and the
//! computations in the comments), never from loanlint.

use loanlint::model::Terms;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_terms::ex;
use crate::extract_zh_unseen_f::{analysed, apr, near};

fn last_payment(t: &Terms) -> Option<Decimal> {
    t.last_payment.as_ref().map(|a| a.amount)
}

/// 150,000 over 24 months at 7.2% with a 45,000 balloon: 23 × 4,980.65 and a last payment of
/// 49,980.58 (scripts/zh_balloon_check.py): IRR × 12 = 7.20%; read as interest alone the same
/// instalment would cost 39.85%.
#[test]
fn a_balloon_auto_loan_is_level_instalments_and_a_last_lump_at_the_rate() {
    for (text, last) in [
        (
            "汽车贷款合同\n贷款人：远航汽车金融有限责任公司\n借款人：韩某\n贷款金额：人民币150,000.00元\n贷款期限：24个月\n年利率：7.2%\n还款计划：前23期每月还款4,980.65元，最后一期应还49,980.58元（含尾款）。\n签约日期：2025年10月8日\n",
            dec!(49980.58),
        ),
        (
            "汽車消費借款合同\n貸款人：遠航汽車金融有限責任公司\n借款人：韓某\n借款金額：人民幣壹拾伍萬元整\n借款期限：二十四個月\n貸款年利率７.２％（固定）\n第１期至第２３期每期償還４，９８０.６５元；\n第２４期（２０２７年１０月８日）償還４９，９８０.５８元，其中含尾款４５，０００元。\n簽約日期：２０２５年１０月８日\n",
            dec!(49980.58),
        ),
        (
            "购车分期借款合同\n甲方（贷款人）：远航汽车金融有限责任公司\n乙方（借款人）：韩某\n一、借款本金：150,000元，期限24个月，年利率7.2%。\n二、乙方每月还款4,980.65元，共24期；尾款45,000元于最后一期与当期月供一并支付。\n签订日期：2025年10月8日\n",
            dec!(49980.65),
        ),
    ] {
        let t = ex(text);
        assert_eq!(last_payment(&t), Some(last), "{text}");
        let a = analysed(text);
        assert!(near(apr(&a), dec!(7.20)), "{:?} {text}", apr(&a));
    }
}

/// The same loan with the balloon left unsaid: 4,980.65 a month at 7.2% neither repays
/// 150,000 (the annuity is 6,730.44) nor is its interest (900): no reading squares the
/// instalment with the rate, and the cost is not the 39.85% of reading it as interest alone.
#[test]
fn an_instalment_far_from_the_rate_is_not_read_as_interest_alone() {
    for text in [
        "汽车贷款合同\n贷款人：远航汽车金融有限责任公司\n借款人：韩某\n贷款金额：人民币150,000.00元\n贷款期限：24个月\n年利率：7.2%\n还款计划：每月还款4,980.65元。\n签约日期：2025年10月8日\n",
        "借款合同\n出借方：远航汽车金融有限责任公司；借款方：韩某。\n借款本金壹拾伍万元，借期二十四个月，贷款年利率百分之七点二，月供肆仟玖佰捌拾元陆角伍分。\n签约日期：2025年10月8日\n",
    ] {
        let a = analysed(text);
        assert!(apr(&a).is_none_or(|x| x < dec!(10)), "{:?} {text}", apr(&a));
        // Nor is it the top of a range: the flat reading (21,600 of interest) is the most.
        let high = a.report.apr_range.as_ref().and_then(|r| r.high_percent);
        assert!(high.is_none_or(|h| h < dec!(20)), "{high:?} {text}");
        assert!(
            a.report
                .terms
                .inconsistencies
                .iter()
                .any(|i| i.message.contains("far from")),
            "{text}"
        );
    }
}

fn violates(a: &loanlint::analysis::Analysis, rule: &str) -> bool {
    a.report
        .findings
        .iter()
        .any(|f| f.rule_id == rule && f.severity == loanlint::model::Severity::Violation)
}

/// A private loan told in one paragraph: 60,000 at 月息一分五厘 (1.5% a month), 900 of
/// interest each month for ten months, the principal at the end. 900 / 60,000 × 12 = 18.00%,
/// above 4 × LPR (3.00% in June 2025: 12%). The lender, the payout and the signing date
/// stand in running prose.
#[test]
fn a_one_paragraph_private_loan_paying_interest_monthly_is_interest_only() {
    for text in [
        "借款协议：出借人孙立平（身份证号3301**********5512）与借款人赵小军（身份证号3301**********2236）系同事关系，借款人因装修需要向出借人借款人民币陆万元整，出借人于2025年6月10日通过微信转账将该款项转给借款人，借款期限十个月，双方约定月息一分五厘，借款人应于每月10日前以微信转账支付当月利息玖佰元，借款到期时一次性归还全部本金，本协议自双方签字之日起生效。出借人孙立平，借款人赵小军，二〇二五年六月十日于杭州。",
        "借款協議\n出借人孫立平，身份證號碼3301**********5512，與借款人趙小軍（身份證號碼3301**********2236）協商一致：借款人向出借人借款人民幣60,000元，借款期限10個月，月利率1.5%，利息每月結算，借款人每月十日向出借人轉賬付息，本金於借款到期日一次性償還。借款人逾期還款的，應承擔出借人為實現債權支付的律師費。\n出借人：孫立平　借款人：趙小軍\n二〇二五年六月十日在杭州簽訂。",
    ] {
        let t = ex(text);
        assert_eq!(
            t.repayment.as_ref().map(|r| r.method),
            Some(loanlint::model::RepaymentMethod::InterestOnly),
            "{text}"
        );
        assert_eq!(
            t.lender.as_ref().map(|l| l.lender_type),
            Some(loanlint::model::LenderType::Individual),
            "{text}"
        );
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2025-06-10".to_string()),
            "{text}"
        );
        let a = analysed(text);
        assert_eq!(
            a.report.terms.installments.as_ref().map(|c| c.count),
            Some(10),
            "{text}"
        );
        assert!(near(apr(&a), dec!(18.00)), "{:?} {text}", apr(&a));
        assert!(violates(&a, "cn-pl-interest-above-4x-lpr"), "{text}");
    }
}

/// A stepped rate (阶梯利率) is carried into the schedule (scripts/zh_stepped_rate_check.py):
/// 36,000 in 24 instalments of 1,500 principal, 4.8% in year one and 7.2% in year two: the
/// cost is 5.40%, not the first step's 4.80%.
#[test]
fn a_stepped_rate_over_equal_principal_is_priced_step_by_step() {
    for text in [
        "个人消费贷款合同\n贷款人：青禾银行股份有限公司\n借款人：邱某\n贷款金额：人民币36,000.00元\n贷款期限：24个月\n利率：第一年年利率4.8%，第二年年利率7.2%，按月计息。\n还款方式：等额本金，每月归还本金1,500.00元及当期利息。\n签订日期：2025年11月3日\n",
        "個人消費貸款合同\n貸款人：青禾銀行股份有限公司　借款人：邱某\n一、借款金額叁萬陸仟元整，期限二十四個月。\n二、本合同實行階梯利率：第1期至第12期年利率4.8%；第13期起年利率7.2%。\n三、還款方式：等額本金。\n簽訂日期：2025年11月3日\n",
        "贷款合同\n贷款人：青禾银行股份有限公司\n借款人：邱某\n借款本金36,000元，分24期按等额本金方式按月归还。\n前12期月利率0.4%，第13期至第24期月利率0.6%。\n签订日期：2025年11月3日\n",
    ] {
        let t = ex(text);
        assert_eq!(t.rate_steps.len(), 1, "{text}");
        assert_eq!(t.rate_steps[0].from_instalment, 13, "{text}");
        let a = analysed(text);
        assert!(near(apr(&a), dec!(5.4018)), "{:?} {text}", apr(&a));
    }
}

/// Level instalments under a stepped rate are worked out again at the step: 60,000 in 12,
/// 6% for instalments 1-6 and 9% from the 7th: 5,163.99 then 5,208.85, a cost of 6.80%.
#[test]
fn a_stepped_rate_over_level_instalments_recomputes_the_instalment_at_the_step() {
    for text in [
        "借款合同\n贷款人：青禾银行股份有限公司\n借款人：邱某\n借款金额：60,000.00元\n借款期限：12个月\n还款方式：等额本息\n年利率：第1期至第6期年利率6%，第7期至第12期年利率9%。\n签订日期：2025年11月3日\n",
        "借款合同\n貸款人：青禾銀行股份有限公司；借款人：邱某。\n借款人民幣陸萬元整，按月等額本息還款，期限十二個月；前六期年化利率6%，第七期起年化利率9%。\n簽訂日期：2025年11月3日\n",
    ] {
        let a = analysed(text);
        assert!(near(apr(&a), dec!(6.7987)), "{:?} {text}", apr(&a));
    }
}

/// A stepped rate on one payment at maturity cannot be carried into its schedule: no cost
/// is reported as if the first step's rate held.
#[test]
fn a_stepped_rate_that_cannot_be_carried_is_not_priced_at_the_first_step() {
    let text = "借款合同\n贷款人：青禾银行股份有限公司\n借款人：邱某\n借款金额：20,000元\n借款期限：24个月，到期一次性还本付息。\n利率：第一年年利率5%，第二年年利率8%。\n签订日期：2025年11月3日\n";
    let a = analysed(text);
    assert!(
        apr(&a).is_none_or(|x| x > dec!(5.05)),
        "{:?} {text}",
        apr(&a)
    );
}

/// A lease whose rents buy the goods (以租代购) lends the goods' value: 4,800 repaid by 12
/// rents of 520 costs 51.44% a year (monthly IRR × 12, Python bisection on 4800 = Σ 520/(1+i)^k),
/// above the 36% line; 9,000 repaid by 24 rents of 480 costs 24.92%.
#[test]
fn a_lease_to_own_lends_the_goods_value() {
    for (text, value, cost) in [
        (
            "笔记本电脑租赁协议\n出租方：星租网络科技有限公司\n承租方：柯某\n商品价值：4,800.00元（以本协议为准）\n租期12个月，每期租金520.00元，每月10日扣款，共12期。\n租期届满且全部租金付清后，租赁物所有权归承租人所有，无需支付买断款。\n签署时间：2025-11-10 10:12:40\n",
            dec!(4800),
            dec!(51.4426),
        ),
        (
            "手機租賃服務協議\n出租方：星租網絡科技有限公司　承租方：柯某\n租賃物簽約價值：4,800元\n月租金：520元，共12期\n到期處理：☑ 付清全部租金後所有權自動轉移至承租方　□ 歸還租賃物\n簽署時間：2025-11-10 10:12:40\n",
            dec!(4800),
            dec!(51.4426),
        ),
        (
            "以租代购协议\n出租人：星租网络科技有限公司；承租人：柯某。\n设备价值人民币玖仟元整，承租人分24个月支付租金，每月租金480元。\n签署日期：2025年11月10日\n",
            dec!(9000),
            dec!(24.9239),
        ),
    ] {
        let t = ex(text);
        assert_eq!(
            t.principal.as_ref().map(|p| p.amount),
            Some(value),
            "{text}"
        );
        let a = analysed(text);
        assert!(near(apr(&a), cost), "{:?} {text}", apr(&a));
        assert_eq!(
            violates(&a, "cn-any-interest-above-36"),
            cost > dec!(36),
            "{text}"
        );
    }
}

/// A lease that ends with the goods returned lends nothing: the goods' value is no principal.
#[test]
fn a_lease_returning_the_goods_lends_nothing() {
    let text = "手机租赁服务协议\n出租方：星租网络科技有限公司　承租方：柯某\n租赁物签约价值：4,800元\n月租金：520元，共12期\n到期处理：□ 付清全部租金后所有权自动转移至承租方　☑ 归还租赁物\n签署时间：2025-11-10 10:12:40\n";
    assert!(ex(text).principal.is_none());
}

/// A zero-rate plan whose first instalment carries the fee: 12,000 in 12 instalments of
/// 1,000, the first 1,800 (1,000 + the 800 fee). Flows +12,000, −1,800, −1,000 × 11:
/// monthly IRR × 12 = 12.79% (the fee at payout would give 12.93%, with the last 11.47%).
/// The plan states no term but its count and the first due date; the date it was signed
/// stands before a time of day.
#[test]
fn a_fee_in_the_first_instalment_is_paid_then_and_the_count_gives_the_term() {
    for text in [
        "口腔分期 · 订单确认\n机构：白石口腔门诊部有限公司\n分期金额：12,000.00元（由资金方直接支付给机构）\n资金方：云岭消费金融有限公司\n分期期数：12期\n年利率：0%（免息）\n分期手续费：800.00元\n首期应还：1,800.00元（2025年6月20日）\n第2-12期每期应还：1,000.00元\n借款人：邹某　您已于2025-05-20 09:15签署《个人借款合同》，本页为合同要素摘要。\n",
        "口腔分期訂單確認\n機構：白石口腔門診部有限公司　資金方：雲嶺消費金融有限公司\n分期金額：壹萬貳仟元整\n分期期數：十二期　年利率：0%\n分期手續費：800元\n第1期還款額：1,800元（還款日：2025年6月20日）\n其餘各期每期應還1,000元\n借款人：鄒某　已於2025-05-20 09:15:31簽署借款合同。\n",
    ] {
        let t = ex(text);
        assert_eq!(
            t.contract_date.as_ref().map(|d| d.date.to_string()),
            Some("2025-05-20".to_string()),
            "{text}"
        );
        assert_eq!(
            t.first_payment_date.as_ref().map(|d| d.date.to_string()),
            Some("2025-06-20".to_string()),
            "{text}"
        );
        let fee = t.fees.iter().find(|f| f.amount == Some(dec!(800)));
        assert_eq!(
            fee.map(|f| f.timing),
            Some(loanlint::model::FeeTiming::OnDate),
            "{text}"
        );
        let a = analysed(text);
        assert_eq!(
            a.report.terms.term.as_ref().and_then(|t| t.months),
            Some(12),
            "{text}"
        );
        assert!(near(apr(&a), dec!(12.7894)), "{:?} {text}", apr(&a));
    }
}

/// A fee the instalment includes with no amount written: 30,000 in 24 level instalments at
/// 9.6% a year (0.8% a month) is 1,378.82 a month (annuity, rounded); the stated 1,498.82
/// holds 120 of fee each month. Flows +30,000, −1,498.82 × 24: IRR × 12 = 18.08%.
#[test]
fn a_fee_only_the_instalment_includes_is_the_instalment_less_the_annuity() {
    for text in [
        "个人借款合同\n贷款人：岚山消费金融有限公司\n借款人：卓某\n借款金额：人民币30,000.00元\n借款期限：24个月，按月分24期还款\n年利率：9.6%，按等额本息方式计算本息\n担保服务费按借款人与担保公司另行签订的合同收取，随每期还款一并扣收。\n每期还款金额：1,498.82元（含当期本息及担保服务费）。\n签署日期：2025年7月1日\n",
        "借款合同\n貸款人：嵐山消費金融有限公司；借款人：卓某。\n借款本金叁萬元整，期限二十四個月，年利率9.6%，還款方式：等額本息。\n月供1,498.82元（包含本金、利息和平台服務費）。\n簽署日期：2025年7月1日\n",
    ] {
        let t = ex(text);
        let fee = t.fees.iter().find(|f| f.name.ends_with("服务费"));
        assert_eq!(
            fee.and_then(|f| f.amount),
            Some(dec!(120)),
            "{:?} {text}",
            t.fees
        );
        assert_eq!(
            fee.map(|f| f.timing),
            Some(loanlint::model::FeeTiming::PerPeriod),
            "{text}"
        );
        let a = analysed(text);
        assert!(near(apr(&a), dec!(18.0757)), "{:?} {text}", apr(&a));
    }
}
