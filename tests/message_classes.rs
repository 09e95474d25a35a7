#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch C missed, in wordings of their own: payment to personal
//! handles, advance fees, negated warnings, public exposure, courts' own notices, and demands
//! written in words compared with the lawful claim (what is due now, and the whole loan when
//! the message calls it in).

use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{ContractContext, MessageRules, Tier, analyse};
use rust_decimal_macros::dec;

use crate::common;

fn rules() -> &'static MessageRules {
    MessageRules::bundled().expect("bundled message rules load")
}

fn tier_and_ids(text: &str, ctx: Option<&ContractContext>) -> (Tier, Vec<String>) {
    let r = analyse(text, rules(), ctx, None);
    (r.tier, r.findings.into_iter().map(|f| f.rule_id).collect())
}

fn assert_tier(text: &str, want: Tier) {
    let (tier, ids) = tier_and_ids(text, None);
    assert_eq!(tier, want, "{text:?}: rules {ids:?}");
}

#[test]
fn payment_to_a_personal_handle_address_or_in_crypto_is_fraud() {
    for text in [
        "Pay the $212.40 by Venmo to @resolve-team-kay today to keep your account open.",
        "Send $300 with Cash App to $DebtDeskNow and text us the receipt.",
        "Please send the payment to j.walker.recovery@hotmail.com by Zelle before noon.",
        "Use PayPal friends and family so the payment clears today.",
        "Your balance can be settled in USDT; we will send the wallet address.",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
    for text in [
        "请把本期欠款兑换成比特币，转到我们发给您的钱包地址。",
        "本期还款请购买京东E卡，把卡密发给客服即可。",
        "还款请转账至以下账户，户名：张伟，开户行：农业银行。",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
    // A payment service to the lender's own business address is not a personal channel.
    assert_tier(
        "You can pay by Zelle to payments@harborlending.com or in the app.",
        Tier::LawfulReminder,
    );
}

#[test]
fn a_fee_to_release_or_unfreeze_a_loan_is_the_advance_fee_scam() {
    assert_tier(
        "Your loan of $2,000 is approved. A $75 insurance premium must be paid before we can release it.",
        Tier::LikelyFraud,
    );
    assert_tier(
        "您的借款因银行卡信息错误被冻结，需先交纳2000元押金才能解冻放款。",
        Tier::LikelyFraud,
    );
    // A late fee the agreement discloses is not an advance fee.
    assert_tier(
        "Your payment of $120.00 is 12 days late; a late fee of $15 applies under your agreement.",
        Tier::LawfulReminder,
    );
}

#[test]
fn a_negated_practice_is_a_warning_not_a_demand() {
    for text in [
        "Reminder: your payment of $88.10 is due Friday. We never ask for payment by gift card, crypto or wire, and we will not contact your employer.",
        "Your installment is due. If anyone asks you to pay by gift card or to a personal account, it is a scam: call us instead.",
        "【某某消费金融】您的借款本期应还986.00元，请通过官方App还款。我司工作人员不会以任何理由要求您转账到个人银行卡。",
        "您的账单已逾期2天，请尽快还款。如有人要求您向个人账户转账或加微信还款，均为诈骗，请勿相信。",
        "温馨提示：本公司从不委托任何人上门催收，也绝不会联系您的通讯录好友。",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
    // A condition or a double negative is still a threat or a demand.
    for (text, want) in [
        (
            "If you do not pay today, we will contact your employer.",
            Tier::UnlawfulCollection,
        ),
        (
            "We will never stop calling your employer until this is paid.",
            Tier::UnlawfulCollection,
        ),
        (
            "Don't make us post your photo on Facebook.",
            Tier::UnlawfulCollection,
        ),
        (
            "如果你不还钱，我们绝不放过你的家人，马上打给你父母。",
            Tier::UnlawfulCollection,
        ),
        (
            "本平台不会再等了，请马上转账到专员个人账户。",
            Tier::LikelyFraud,
        ),
    ] {
        assert_tier(text, want);
    }
}

#[test]
fn public_exposure_and_calls_to_the_employer_are_unlawful() {
    for text in [
        "再拖下去，你的欠款信息和照片就会做成老赖海报，发到你老家的村群里。",
        "你欠钱的事我们会发到你们小区业主群，让邻居都评评理。",
        "你老公单位的电话我们有了，明天就打过去说说。",
        "We will hang posters with your photo and the money you owe around your building.",
        "Expect a debtor list with your name shared in the neighborhood WhatsApp group.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn a_courts_own_notice_is_not_an_impostor_but_a_fee_in_its_name_is_fraud() {
    assert_tier(
        "【杭州市西湖区人民法院】张某：原告某小额贷款有限公司诉你借款合同纠纷一案已立案，案号（2026）浙0106民初4521号，诉讼材料已通过人民法院在线服务送达，请登录查收。",
        Tier::LawfulReminder,
    );
    assert_tier(
        "【杭州市西湖区人民法院】你的网贷纠纷已被起诉，请今天联系书记员处理。",
        Tier::LikelyFraud,
    );
    assert_tier(
        "【杭州市西湖区人民法院】案号（2026）浙0106民初4521号：请于今日缴纳保证金3,000元至指定账户，逾期强制执行。",
        Tier::LikelyFraud,
    );
}

fn context(contract: &str, days: u32) -> ContractContext {
    let checker = Checker::load(&[]).unwrap();
    let path = common::samples_dir().join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    loanlint::overdue::contract_context(&analysis, &checker, Some(days))
}

#[test]
fn a_demand_is_compared_with_what_is_due_now_and_with_the_whole_loan_when_called_in() {
    // zh-03: ¥50,000 at 3.6% a year over 24 months; the contract states the interest of the
    // whole term as ¥1,875.00, so the whole loan comes to ¥51,875.00 before default charges.
    // The first instalment is ¥2,233.33.
    let ctx = context("zh-03-bank-compliant.txt", 30);
    let banner = "【华川银行】您的个人消费贷款已逾期30天，";
    // Far above even the whole loan: a demand above the lawful claim, saying what it rests on.
    let r = analyse(
        &format!("{banner}现要求您一次性结清全部欠款共计人民币陆万元整。"),
        rules(),
        Some(&ctx),
        None,
    );
    assert_eq!(r.demanded, Some(dec!(60000)));
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "msg-demand-above-lawful-claim")
        .unwrap();
    assert!(
        f.message.contains("depends on the days overdue"),
        "{}",
        f.message
    );
    // Within the whole loan, when the message calls the loan in: zh-03 calls it in only after
    // three instalments in a row (or six in all) are missed, and at 30 days one is: above the
    // lawful claim, saying why.
    let whole = format!("{banner}现要求您一次性结清剩余本金及利息共计49,000元。");
    let r = analyse(&whole, rules(), Some(&ctx), None);
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim, "{:?}", r.findings);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "msg-demand-above-lawful-claim")
        .unwrap();
    assert!(
        f.message.contains("needs 3 missed instalments"),
        "{}",
        f.message
    );
    // At 65 days three are missed (10 October, November and December): it then depends on
    // acceleration, which is stated (info), not judged.
    let ctx65 = context("zh-03-bank-compliant.txt", 65);
    let r = analyse(&whole.replace("30天", "65天"), rules(), Some(&ctx65), None);
    assert_eq!(r.tier, Tier::LawfulReminder, "{:?}", r.findings);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "msg-demand-depends-on-acceleration")
        .unwrap();
    assert!(f.message.contains("acceleration"), "{}", f.message);
    // The same sum without calling the loan in is above what is due now.
    let r = analyse(
        &format!("{banner}本期应还共计49,000元。"),
        rules(),
        Some(&ctx),
        None,
    );
    assert_eq!(r.tier, Tier::DemandAboveLawfulClaim);
    // A cent or a yuan over what is due now is within the margin (rounding, a day's charges).
    let due = ctx.lawful_owed.unwrap();
    assert!(due > dec!(2233.33) && due < dec!(2260), "{due}");
    let r = analyse(
        &format!("{banner}本期应还共计{}元。", due + dec!(0.80)),
        rules(),
        Some(&ctx),
        None,
    );
    assert_eq!(r.tier, Tier::LawfulReminder, "{:?}", r.findings);
}

#[test]
fn a_lawful_process_named_is_a_notice_and_taking_without_one_is_a_threat() {
    for text in [
        "If the loan becomes 60 days past due, the vehicle may be repossessed as your agreement and state law permit.",
        "Under the security agreement and state law we may take possession of the car after December 20.",
        "We may repossess the vehicle after the date above. You have the right to cure the default by paying $412.",
        "法院已裁定准许拍卖您抵押的车辆，我行将依照裁定申请强制执行。",
        "【西湖区人民法院】（2026）浙0106执1234号案件：请于7日内履行判决，逾期本院将依法对你采取罚款、拘留措施。",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
    for text in [
        "Our guys are coming for your truck on Friday, no judge needed.",
        "We'll start docking your paycheck next week until this is paid.",
        "再不还钱，明天就把你的车拖走。",
        "这个月不处理，我们直接扣你的工资。",
        "再不还款就把你的车拖走，不用走法院。",
        "逾期不还，我们将依法对你采取拘留措施。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
}

#[test]
fn a_fee_item_named_after_a_visit_is_a_charge_and_a_visit_in_the_same_sentence_a_threat() {
    let (_, ids) = tier_and_ids(
        "欠款合计5,200元（含本金、利息及上门处置费600元），请今日结清。",
        None,
    );
    assert!(ids.contains(&"msg-collection-fee".to_string()), "{ids:?}");
    assert!(!ids.contains(&"msg-threat-visit".to_string()), "{ids:?}");
    let (_, ids) = tier_and_ids("欠款含上门处置费600元，今天不还明天就安排同事上门。", None);
    assert!(ids.contains(&"msg-threat-visit".to_string()), "{ids:?}");
    assert_tier(
        "我们的外访人员这周会去你老家村里走一趟。",
        Tier::UnlawfulCollection,
    );
}

#[test]
fn a_court_clerks_signature_is_no_officer_posed_as() {
    for text in [
        "NOTICE OF HEARING - Harlan County Magistrate Court. Case No. 26-SC-0419. A hearing on the claim of Bluegate Lending against you is set for April 2, 2027 at 9:00 AM. You may appear and answer. Issued by M. Ortega, Deputy Clerk.",
        "Summons issued March 3, 2027 in Docket 27-CV-118 (Bluegate Lending v. you). Answer within 20 days at the court. Deputy Court Clerk T. Baines",
    ] {
        let (_, ids) = tier_and_ids(text, None);
        assert!(
            !ids.iter().any(|i| i == "msg-poses-as-officer-en"),
            "{text:?}: {ids:?}"
        );
    }
    // A deputy named as the one who comes for the debt is still one posed as.
    let (_, ids) = tier_and_ids(
        "This is Deputy Harlow. Pay the $640 you owe Bluegate Lending today or we will serve a warrant at your home.",
        None,
    );
    assert!(
        ids.iter().any(|i| i == "msg-poses-as-officer-en"),
        "{ids:?}"
    );
}

#[test]
fn an_apps_own_warning_against_personal_accounts_is_no_request_to_pay_one() {
    // Batch L: the app tells the borrower where NOT to pay; in a demand (an unlawful one,
    // even) that warning is no sign of fraud. Each wording comes with a rephrasing.
    let warned = [
        "【安信花】您的借款已逾期12天，应还合计3,260.00元。请在App“我的账单”中还款，勿向任何个人账户或微信转账。",
        "【安信花】借款逾期12天，欠款3260元。还款只认App内的还款入口，不要把钱打到个人银行卡上。",
        "Your loan is 12 days past due: $3,260.00 is owed. Pay in the app only, and never send money to a personal account.",
        "Your loan is 12 days late and $3,260.00 is owed. Please pay through the app, not into a personal account.",
    ];
    for text in warned {
        let (_, ids) = tier_and_ids(text, None);
        assert!(
            !ids.iter().any(|id| id.starts_with("msg-pay-")),
            "{text:?}: rules {ids:?}"
        );
    }
    // The same demand that asks for a personal account is still the fraud sign.
    for text in [
        "【安信花】您的借款已逾期12天，应还合计3,260.00元，请转到专员个人账户。",
        "Your loan is 12 days past due: send the $3,260.00 to my personal account today.",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
}
