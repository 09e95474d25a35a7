#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Intimidation by its kind (`rulesets/messages/intimidation.toml`): damage to the borrower's
//! property, being watched or followed, being held, and menace in general words, each in wordings
//! written for this test (no held-out message's sentence); and lawful reminders that mention the
//! same objects (a door, a car, a school, the police) without a threat, which must stay lawful.

use crate::message_classes_n::assert_tier;
use loanlint::message::{MessageRules, Tier, analyse};

fn rule_ids(text: &str) -> Vec<String> {
    let rules = MessageRules::bundled().unwrap();
    analyse(text, rules, None, None)
        .findings
        .into_iter()
        .map(|f| f.rule_id)
        .collect()
}

fn assert_fires(text: &str, rule: &str) {
    let got = rule_ids(text);
    assert!(got.iter().any(|g| g == rule), "{text:?}: {got:?}");
    assert_tier(text, Tier::UnlawfulCollection);
}

#[test]
fn damage_to_the_borrowers_property_is_unlawful_collection() {
    for text in [
        "老周，钱再拖下去，今晚兄弟们就给你家大门泼一桶红漆，让整栋楼都看看。",
        "明天中午前不到账，你那辆白色面包车的四个轮胎就别想要了，我们会把车胎全扎了。",
        "你店里的玻璃门我们看着挺碍眼的，再不还就把你店的招牌给砸了。",
        "欠款一天不清，你家门锁我们就一天给你用502堵上。",
        "再装死，我们就在你家楼道墙上喷“欠债还钱”四个大字。",
        "逾期三天了还不还？信不信我们把你家的电闸拉了，断你家的电。",
    ] {
        assert_fires(text, "msg-threat-property-damage");
    }
    for text in [
        "Tell Jordan that if the $410 isn't in by Monday, someone may slash his tires in the parking lot.",
        "We would hate for somebody to superglue the locks on your front door, Ms. Ortiz. Pay the balance.",
        "Keep ignoring us and we'll spray-paint DEADBEAT across your garage door.",
    ] {
        assert_fires(text, "msg-threat-property-damage-en");
    }
}

#[test]
fn being_watched_or_followed_is_unlawful_collection() {
    for text in [
        "刘女士，你女儿在实验小学三年级二班，几点放学我们都清楚。",
        "这几天我们的人一直盯着你，你躲到哪里都没用。",
        "你老公每天几点下班、车停在哪儿，我们都摸得一清二楚。",
        "我们已经安排人在你公司楼下蹲守你了。",
    ] {
        assert_fires(text, "msg-stalking");
    }
    for text in [
        "Our guys have been parked outside your apartment since Tuesday. Call us back.",
        "We know which school your daughter goes to, Mr. Keane. Settle the $900 this week.",
        "Don't think you can hide. We followed your wife home from work yesterday.",
    ] {
        assert_fires(text, "msg-stalking-en");
    }
}

#[test]
fn being_held_is_unlawful_collection() {
    for text in [
        "找到你就把你带回公司，钱不还清不让你走。",
        "再不接电话，兄弟们上门把你锁起来，什么时候家里人送钱来什么时候放。",
    ] {
        assert_fires(text, "msg-threat-detention");
    }
}

#[test]
fn menace_in_general_words_is_unlawful_collection() {
    for text in [
        "张先生，今天是最后期限，过了今晚，我保证让你一家人没好日子过。",
        "钱不还，你儿子上学路上出点什么意外，可别怪我们。",
        "我劝你识相一点，真把我们逼急了，什么事都做得出来。",
        "你可以继续躲，到时候别怪我们手下无情。",
    ] {
        assert_fires(text, "msg-intimidation");
    }
    for text in [
        "Pay the $275 by 5pm or you will be sorry, Dana.",
        "If the account isn't current by Friday we will take matters into our own hands.",
        "You don't want to find out what happens when our field team gets involved. Pay today.",
    ] {
        assert_fires(text, "msg-intimidation-en");
    }
}

/// The same objects (a door, a car, a child's school, the police), named without a threat: a
/// lawful reminder, a lender's promise not to do these things, a warning against scams.
#[test]
fn lawful_reminders_that_name_the_same_things_stay_lawful() {
    for text in [
        "【安信分期】尊敬的客户，您的车贷本期应还2,315.40元已逾期1天，请今日通过App还款，逾期将按合同计收罚息并报送征信。",
        "您好，您本月账单已逾期2天，我司不会上门、不会跟踪或联系您的家人，请尽快登录App处理。",
        "提醒：近期有不法分子冒充我司催收人员，声称要给借款人家门泼油漆，请勿轻信，还款请认准官方App。",
        "温馨提示：孩子开学季，您本期分期1,080.00元将于9月5日到期，请提前存入还款卡。",
        "Hi Sam, this is Harbor Credit Union. Your auto loan payment of $318.55 was due yesterday. You can pay in the app or at any branch. We will follow up with you by phone next week.",
        "Reminder from Lakeside Finance: your payment is 3 days past due. We will never come to your home or contact your employer. Call 800-555-0142 to set up a plan.",
        "Your car loan is 2 days late. If the payment remains unpaid, a $15 late fee applies on day 10 as stated in your agreement.",
    ] {
        let got = rule_ids(text);
        for rule in [
            "msg-threat-property-damage",
            "msg-stalking",
            "msg-threat-detention",
            "msg-intimidation",
            "msg-threat-property-damage-en",
            "msg-stalking-en",
            "msg-intimidation-en",
        ] {
            assert!(!got.iter().any(|g| g == rule), "{text:?}: {got:?}");
        }
        assert_tier(text, Tier::LawfulReminder);
    }
}

/// Third parties and ways of telling them that the named-tactic rules did not list (a pastor, a
/// landlord, an ex-wife, customers, a licensing board; flyers, placards, a village loudspeaker,
/// the debt written on parcels), probed before the rules were widened.
#[test]
fn the_debt_told_to_anyone_around_the_borrower_is_unlawful_collection() {
    for text in [
        "Your pastor and the whole congregation at Grace Fellowship will hear about this debt on Sunday.",
        "If the balance isn't cleared, we'll have someone at your daughter's graduation ceremony to discuss it with you.",
        "Immigration might be very interested in your status if this account is not paid by Friday.",
        "We will file a complaint with your nursing licensing board about your unpaid debt.",
        "We'll let your landlord know you don't pay your debts so he can decide whether to renew your lease.",
        "We are going to call every one of your customers and tell them you are a fraud.",
        "Pay today, or your ex-wife gets a call from us about the money you owe.",
        "你们村口的大喇叭我们已经联系好了，明天就广播你欠钱不还的事。",
        "我们会把你的欠款信息印成传单，在你们厂门口发。",
        "你前妻的电话我们也有，要不要我们跟她聊聊你借钱的事？",
        "你再拖，我们就天天给你的快递柜、外卖都填上“欠债还钱”。",
        "我们会派人每天在你上班的写字楼大堂举牌子。",
        "不还的话，我们让你身边的人都知道你借网贷不还。",
    ] {
        assert_tier(text, Tier::UnlawfulCollection);
    }
    for text in [
        "Please let us know if your employer or address has changed. Call the credit union at 555-0100.",
        "You can make a payment at any branch. We will notify the credit bureaus if the account stays delinquent.",
        "【惠民分期】您的账单已逾期1天，请尽快还款。如需协商，可拨打客服热线，我们将为您办理。",
        "您好，我们不会让您的家人知道此事，也不会联系您的单位，请您尽快与我们联系处理逾期账单。",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}
