#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The message classes batch U missed, in wordings of their own (each with a rephrased twin):
//! * a "debt optimisation" agent offering to suspend interest or negotiate the debt (停息挂账,
//!   债务优化, 协商还款) for a fee paid first is likely fraud, and a lender's own free hardship
//!   route is not;
//! * a "credit repair" fee the lender adds to the loan's own sum, paid in its own app, is a charge
//!   above the lawful claim; the same offer from a stranger (no demand for the loan) stays fraud,
//!   and a reminder with the contract's lawful penalty interest stays lawful.

use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{ContractContext, MessageRules, Tier, analyse};

use crate::common;

fn verdict(text: &str, ctx: Option<&ContractContext>) -> (Tier, Vec<String>) {
    let rules = MessageRules::bundled().expect("bundled message rules load");
    let r = analyse(text, rules, ctx, None);
    (r.tier, r.findings.into_iter().map(|f| f.rule_id).collect())
}

fn context(contract: &str, days: u32) -> ContractContext {
    let checker = Checker::load(&[]).unwrap();
    let path = common::samples_dir().join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    loanlint::overdue::contract_context(&analysis, &checker, Some(days))
}

const RELIEF: &str = "【网贷减负服务】好消息：依据最新监管政策，您的网贷逾期可办理停息挂账，免除全部罚息，剩余本金分48期慢慢还。今日先缴纳1,680元方案服务费即可为您加急办理。";
// Rephrased: a "negotiation team", another fee name, no date pressure.
const RELIEF_2: &str = "您好，我们是专业的债务协商团队，可代您与各家贷款平台协商还款、减免利息，成功率很高。只需先支付咨询费900元，签约后马上启动。";

// The lender's own hardship route, free of charge.
const HARDSHIP: &str = "【华川银行】如您近期还款确有困难，可登录华川银行手机银行申请协商还款或延期还款，我行不收取任何费用。";
const HARDSHIP_2: &str = "【华川银行】温馨提示：本行提供个性化分期与协商还款服务，全程免费办理，请通过官方App或客服热线申请。";

#[test]
fn a_fee_first_debt_relief_offer_is_fraud_and_a_free_hardship_route_is_not() {
    for text in [RELIEF, RELIEF_2] {
        let (tier, ids) = verdict(text, None);
        assert_eq!(tier, Tier::LikelyFraud, "{text:?}: {ids:?}");
        assert!(
            ids.iter().any(|i| i == "msg-debt-relief-fee"),
            "{text:?}: {ids:?}"
        );
    }
    for text in [HARDSHIP, HARDSHIP_2] {
        let (tier, ids) = verdict(text, None);
        assert_eq!(tier, Tier::LawfulReminder, "{text:?}: {ids:?}");
    }
}

// zh-03 (华川银行): first instalment 2,233.33; penalty interest at the contract's 5.4% a year on
// a 360-day basis. At 30 days: 2,233.33 x 0.054 / 360 x 30 = 10.049985 -> 10.05; lawful 2,243.38.
// With a 500.00 "credit repair" fee: 2,743.38.
const LENDER_REPAIR: &str = "【华川银行】您本期应还2,233.33元已逾期30天，产生罚息10.05元，另需缴纳征信修复费500.00元方可恢复正常征信记录，合计应还2,743.38元，请登录华川银行手机银行App还款。";
// Rephrased: the fee named 信用修复服务费, the total first.
const LENDER_REPAIR_2: &str = "【华川银行】您的贷款逾期30天，请于今日通过本行手机银行归还共计2,743.38元，其中本期本金利息2,233.33元、罚息10.05元、信用修复服务费500元，缴清后我行将为您修复征信。";
// The lawful reminder: the instalment and the contract's penalty interest only.
const LENDER_LAWFUL: &str = "【华川银行】您本期应还2,233.33元已逾期30天，按合同约定产生罚息10.05元，合计应还2,243.38元，请登录华川银行手机银行App还款。";
const LENDER_LAWFUL_2: &str = "【华川银行】尊敬的客户，您的贷款已逾期30天，请尽快通过本行手机银行归还共计2,243.38元（本期2,233.33元，罚息10.05元）。";
// A stranger's credit repair offer, demanding no sum of the loan.
const STRANGER_REPAIR: &str = "【信用无忧】您的征信有逾期记录？我们可在3个工作日内为您修复征信、删除不良记录，缴纳服务费800元即可办理。";
const STRANGER_REPAIR_2: &str =
    "专业洗白征信，网贷逾期记录七天内消除，不成功不收费，定金300元，详询客服。";

#[test]
fn a_credit_repair_fee_in_the_lenders_demand_is_above_the_lawful_claim() {
    let ctx = context("zh-03-bank-compliant.txt", 30);
    for text in [LENDER_REPAIR, LENDER_REPAIR_2] {
        let (tier, ids) = verdict(text, Some(&ctx));
        assert_eq!(tier, Tier::DemandAboveLawfulClaim, "{text:?}: {ids:?}");
    }
    for text in [LENDER_LAWFUL, LENDER_LAWFUL_2] {
        let (tier, ids) = verdict(text, Some(&ctx));
        assert_eq!(tier, Tier::LawfulReminder, "{text:?}: {ids:?}");
    }
    for text in [STRANGER_REPAIR, STRANGER_REPAIR_2] {
        for c in [None, Some(&ctx)] {
            let (tier, ids) = verdict(text, c);
            assert_eq!(tier, Tier::LikelyFraud, "{text:?}: {ids:?}");
        }
    }
}
