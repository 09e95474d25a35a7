#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Message classes of held-out batch AI, in wordings written for this test: cash handed to a
//! courier at the door and "do not call the branch" (fraud signs), a collector who will not deal
//! with the borrower's lawyer (unlawful collection), and a surcharge for a "lost rate" added to
//! the instalment (a demand above the lawful claim); each with lawful reminders that use the same
//! words without the sign.

use std::path::Path;

use chrono::NaiveDateTime;
use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{MessageRules, Tier, analyse_delivered};

use crate::message_classes_n::assert_tier;

#[test]
fn cash_for_a_courier_at_the_door_is_likely_fraud() {
    for text in [
        "Hi Dana, this is Ridgeway Auto Credit. Your account is 4 days late. A driver from our office will stop by at 8pm, have $420 cash ready for him.",
        "Your installment is overdue. To avoid repossession, place $265 cash in an envelope and give it to our messenger at 7 PM. He will say the code word ORCHARD.",
        "逾期提醒：今晚我司工作人员将上门收取现金1,850元，请提前把钱装进信封，对上暗号再交给他。",
        "您的分期已逾期，明天上午会有跑腿小哥上门，现金交给他即可，无需再走APP。",
    ] {
        assert_tier(text, Tier::LikelyFraud);
    }
    for text in [
        "Your payment of $120 is past due. You can pay in cash at any of our branches, or in the app. Call the branch at 555-0100 with questions.",
        "您本期账单916.80元已逾期1天，可通过APP或到网点以现金方式还款，如有疑问请联系官方客服。",
        "请勿使用第三方平台代还，切勿联系非官方客服，谨防诈骗。您本期应还916.80元已逾期1天，请在官方APP还款。",
        "Never tell anyone your one-time code. Your payment of $88 is 2 days late; please pay in the app.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}

#[test]
fn a_collector_who_will_not_deal_with_the_borrower_s_lawyer_is_unlawful() {
    for text in [
        "Your lawyer sent us a notice. Noted. We will continue contacting you directly about the $800 balance.",
        "Listen, we never talk to attorneys. Pay the $450 you owe today.",
        "Ms. Park, the loan is yours, not your attorney's. Call us back about the $1,020 balance.",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    for text in [
        "If you are represented by an attorney, please send us their name and number and we will contact them instead of you.",
        "We have received your attorney's letter. All further communication will go to your attorney.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}

fn tier_of(message: &str, contract: &str, days: u32, received: &str) -> Tier {
    let checker = Checker::load(&[]).expect("bundled rulesets");
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-contracts")
        .join(contract);
    let analysis =
        analyse_file_full(&path, &AnalysisOptions::default(), &checker).expect("sample contract");
    let ctx = loanlint::overdue::contract_context(&analysis, &checker, Some(days));
    let rules = MessageRules::bundled().expect("bundled message rules");
    let received = [NaiveDateTime::parse_from_str(received, "%Y-%m-%dT%H:%M").expect("time")];
    analyse_delivered(message, rules, Some(&ctx), None, &received).tier
}

#[test]
fn a_surcharge_for_a_lost_rate_added_to_the_instalment_is_above_the_lawful_claim() {
    // zh-01: 12 x 916.80, first due 15 April 2025; 罚息 0.1% a day on the sum overdue. Two days
    // late: the instalment and its 罚息 (916.80 x 0.1% x 2 = 1.83) are the contract's; a 300.00
    // "rate difference" is no charge the contract knows, and the law caps default charges. The
    // words of the whole term (全部剩余期数) only say how the surcharge was worked out.
    let demand = "【速借花】张晓明，您第1期916.80元已逾期2天，罚息1.83元；因逾期您的优惠利率已取消，全部剩余期数的利息已按原价重算，需补缴利息差额300.00元，今日须还1,218.63元。";
    assert_eq!(
        tier_of(
            demand,
            "zh-01-wangdai-equal-installment.txt",
            2,
            "2025-04-17T10:00"
        ),
        Tier::DemandAboveLawfulClaim
    );
}
