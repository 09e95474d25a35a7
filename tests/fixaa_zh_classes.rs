#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Classes behind batch AA's Chinese misses (session 27), on texts of our own wording, each in
//! more than one wording or layout: a non-financial firm lending its own money, named in running
//! prose or in a shop's or a workshop's name, is a company under the private-lending provisions
//! (a licensed lender's name stays licensed); a rate set as a multiple of the LPR with no figure
//! is read with the LPR in force, and a cap beside a stated rate is not the rate; a term in weeks
//! paid weekly gives the count; a collection message that works 罚息 out on the whole principal
//! while asking only for the overdue instalment claims no acceleration.
//! Expected values are read off the texts by hand; the arithmetic is in the comments.

use loanlint::message::{MessageRules, Tier, analyse};
use loanlint::model::{LenderType, Severity};
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;
use crate::message_tiers::{context, ids};

fn lender_type(text: &str) -> Option<LenderType> {
    analysed(text).report.terms.lender.map(|l| l.lender_type)
}

#[test]
fn a_trading_firm_named_in_prose_is_a_company_lender() {
    let texts = [
        "借款合同：出借方临江鑫达建材有限公司（统一社会信用代码91330000MA0000000X）与借款方赵小军经协商一致，借款金额人民币50,000元，借款期限6个月，月利率1.5%，到期一次还本付息，签订日期2026年5月10日。",
        "今有出借人华茂贸易有限责任公司，向借款人钱大伟出借人民币80,000元，年利率18%，借期一年，到期还本付息。2026年4月1日",
        "出借人：城东老张五金商行　　借款人：刘海\n借款金额30,000元，借款期限3个月，月息2分，到期一次还清。\n签订日期：2026年3月1日\n",
        "出借人：永兴服装厂　　借款人：陈芳\n借款金额20,000元，借期6个月，月利率1%，到期还本付息。\n签订日期：2026年3月1日\n",
    ];
    for text in texts {
        assert_eq!(lender_type(text), Some(LenderType::Company), "{text}");
    }
}

#[test]
fn a_licensed_lender_named_in_prose_stays_licensed() {
    let text = "借款协议：出借方临江市恒信小额贷款有限公司（统一社会信用代码91330000MA0000001Y）与借款方孙丽经协商一致，借款金额人民币20,000元，借款期限12个月，年利率18%，签订日期2026年5月10日。";
    assert_eq!(lender_type(text), Some(LenderType::Microloan));
}

/// 1.3% a month is 15.6% a year, above 4 x the 1-year LPR (3.00% since 2025-05-20 in the bundled
/// table: 12%): a company's private loan, so a violation, not only a warning.
#[test]
fn a_trading_company_above_four_times_lpr_is_a_violation() {
    let text = "借款协议：出借方顺发商贸有限公司（统一社会信用代码91330000MA0000002Z）与借款方周记小吃店（个体工商户，经营者周平）约定：借款金额人民币100,000.00元，于2026年6月1日转账，借款期限12个月，月利率为1.3%，每月支付利息1,300.00元，到期归还本金，本协议自2026年6月1日起生效。";
    let report = analysed(text).report;
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.severity == Severity::Violation && f.rule_id.contains("4x-lpr")),
        "{:?}",
        report
            .findings
            .iter()
            .map(|f| (&f.rule_id, f.severity))
            .collect::<Vec<_>>()
    );
}

/// The 1-year LPR in force on 2026-07-01 in the bundled table is 3.00%: 4 x 3.00% = 12%, and
/// 3 x 3.00% = 9%.
#[test]
fn a_rate_set_as_a_multiple_of_the_lpr_is_read_with_the_lpr_in_force() {
    let cases = [
        (
            "借款协议\n出借人：吴明　　借款人：郑华\n一、借款金额100,000元。\n二、借款期限一年，自2026年7月1日至2027年7月1日。\n三、借款年利率按合同成立时一年期贷款市场报价利率（LPR）的四倍确定。\n签订日期：2026年7月1日\n",
            dec!(12),
        ),
        (
            "借条\n今借到吴明人民币100,000元，借期一年，利率为四倍LPR，按季付息，到期还本。\n借款人：郑华\n借款日期：2026年7月1日\n",
            dec!(12),
        ),
        (
            "借款协议\n出借人：吴明　　借款人：郑华\n借款金额100,000元，借期一年，借款利率为一年期LPR的3倍，到期一次还本付息。\n签订日期：2026年7月1日\n",
            dec!(9),
        ),
    ];
    for (text, want) in cases {
        let t = analysed(text).report.terms;
        let got: Vec<_> = t.rates.iter().filter_map(|r| r.annual_percent).collect();
        assert_eq!(got.first().copied(), Some(want), "{text}\n{:?}", t.rates);
    }
}

/// A stated 10% a year with a cap of 4 x LPR beside it: the rate is 10%, the cap is not a rate.
#[test]
fn a_cap_of_four_times_the_lpr_is_not_the_rate() {
    let text = "借款协议\n出借人：吴明　　借款人：郑华\n借款金额100,000元，借期一年，年利率10%，且不得超过合同成立时一年期贷款市场报价利率的四倍。\n签订日期：2026年7月1日\n";
    let t = analysed(text).report.terms;
    let got: Vec<_> = t.rates.iter().filter_map(|r| r.annual_percent).collect();
    assert_eq!(got, [dec!(10)], "{:?}", t.rates);
}

#[test]
fn a_term_in_weeks_paid_weekly_gives_the_count() {
    let cases = [
        (
            "借款合同\n贷款人：利丰小额贷款有限公司\n借款人：何秀英\n1. 借款金额人民币5,000.00元，2026年9月1日放款。\n2. 借款期限12周，按周等额本息还款，每周还款440.00元。\n3. 年化利率（单利）20%。\n签约日期：2026年9月1日\n",
            12,
        ),
        (
            "借款合同\n贷款人：利丰小额贷款有限公司\n借款人：何秀英\n借款金额8,000元；借款期限：二十周；还款方式：每周还款一次，等额本息；年利率18%。\n签约日期：2026年9月1日\n",
            20,
        ),
    ];
    for (text, want) in cases {
        let t = analysed(text).report.terms;
        assert_eq!(t.installments.map(|c| c.count), Some(want), "{text}");
        assert_eq!(t.term.and_then(|x| x.days), Some(want * 7), "{text}");
    }
}

/// zh-03: the first instalment 2,233.33 overdue 6 days; penalty interest at the contract's 5.4%
/// a year on a 360-day basis on that instalment: 2,233.33 x 5.4% / 360 x 6 = 2.01. A message
/// working the penalty out on the whole principal (50,000 x 5.4% / 360 x 6 = 45.00) and asking
/// 2,278.33 with no word that the loan was called in demands above the lawful claim.
const ZH_03: &str = "zh-03-bank-compliant.txt";

#[test]
fn penalty_on_the_whole_principal_without_acceleration_is_above_the_lawful_claim() {
    let rules = MessageRules::bundled().unwrap();
    let ctx = context(ZH_03, 6);
    let texts = [
        "【华川银行】王女士您好，您的贷款第1期还款2,233.33元已逾期6天，罚息按照全部借款本金50,000.00元计收，共45.00元，请今日还款合计2,278.33元。",
        "尊敬的客户：您第1期应还2,233.33元逾期6天，逾期罚息以贷款剩余全部本金为基数计算为45.00元，本期共需还款2,278.33元，请及时处理。",
    ];
    for text in texts {
        let r = analyse(text, rules, Some(&ctx), None);
        assert_eq!(r.demanded, Some(dec!(2278.33)), "{text}");
        assert_eq!(
            r.tier,
            Tier::DemandAboveLawfulClaim,
            "{text}\n{:?}",
            ids(&r)
        );
    }
}

fn fee_names(text: &str) -> Vec<String> {
    analysed(text)
        .report
        .terms
        .fees
        .iter()
        .map(|f| f.name.clone())
        .collect()
}

/// A price the loan pays to the lender itself or a school: the loan's purpose, not its charge.
#[test]
fn a_price_the_loan_pays_is_not_a_charge_of_the_loan() {
    let texts = [
        "培训费分期借款协议\n甲方（出借人）：启航职业培训有限公司\n乙方（借款人）：韦小宝\n乙方应向甲方缴纳培训费人民币24,000.00元，现由甲方出借同等金额给乙方，专项用于缴纳上述培训费。\n一、借款金额人民币24,000.00元，期限12个月，月利率1%，按月等额本息还款。\n签订日期：2026年3月1日\n",
        "借款协议\n出借人：远洋船员服务有限公司　　借款人：马涛\n马涛应付船员派遣服务费30,000元，本借款30,000元直接冲抵该服务费，视为已交付。借款期限10个月，年利率12%，每月等额还本付息。\n签订日期：2026年3月1日\n",
    ];
    for text in texts {
        assert_eq!(fee_names(text), Vec::<String>::new(), "{text}");
    }
}

/// The same fee word as a charge of the loan (800 on a loan of 24,000, nothing said to be paid
/// with the loan) stays a fee.
#[test]
fn a_fee_the_loan_does_not_pay_stays_a_fee() {
    let text = "借款协议\n出借人：启航职业培训有限公司　　借款人：韦小宝\n借款金额人民币24,000.00元，期限12个月，月利率1%，按月等额本息还款；借款人于放款时另付服务费800元。\n签订日期：2026年3月1日\n";
    assert_eq!(fee_names(text).len(), 1, "{text}");
}

/// Rate 0 written without a percent sign, with a fee paid at signing: the cost is the fee's.
/// 120,000 in 12 payments of 10,000 for 115,200 received (4% = 4,800 paid at signing): the
/// monthly IRR x 12 is about 7.5%; it is only checked to be positive and below 10%.
#[test]
fn an_executed_rate_of_zero_without_a_percent_sign_is_read() {
    let texts = [
        "设备按揭贷款合同\n贷款人：某某银行股份有限公司\n借款人：鲁达\n贷款金额人民币120,000.00元，贷款期限12个月，每月还款10,000.00元，首期还款日2026年5月1日。\n本专案利息由厂家补贴，借款人执行利率为0。\n借款人应于签约当日向经销商支付手续费4,800.00元。\n签约日期：2026年4月1日\n",
        "分期贷款合同\n贷款人：某某银行股份有限公司\n借款人：鲁达\n贷款金额120,000元，期限12个月，每月还款10,000元；实际年利率：0；借款人于签约日向经销商支付按揭手续费4,800元。\n签约日期：2026年4月1日\n",
    ];
    for text in texts {
        let a = analysed(text);
        let rates: Vec<_> = a.report.terms.rates.iter().map(|r| r.value).collect();
        assert_eq!(rates, [dec!(0)], "{text}");
        let apr = crate::extract_zh_unseen_f::apr(&a).unwrap_or_default();
        assert!(apr > dec!(5) && apr < dec!(10), "{text}: {apr}");
    }
}
