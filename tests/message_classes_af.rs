#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The classes of message batch AF (English) missed, in wordings of their own: the Chinese
//! guideline's night hours and daily limit are not applied to a US or UK message; calls over and
//! over or through the night, and telling the borrower's workplace (a supervisor, the front desk)
//! of the debt, are unlawful collection in English too.

use crate::message_classes_n::assert_tier;
use loanlint::message::{MessageRules, Tier, analyse_delivered};

fn at(s: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap()
}

fn rule_ids(
    text: &str,
    jurisdiction: Option<&str>,
    received: &[chrono::NaiveDateTime],
) -> Vec<String> {
    let rules = MessageRules::bundled().unwrap();
    analyse_delivered(text, rules, None, jurisdiction, received)
        .findings
        .into_iter()
        .map(|f| f.rule_id)
        .collect()
}

#[test]
fn the_chinese_night_hours_and_daily_limit_are_not_applied_to_an_english_message() {
    let polite = "Hello Pat, a reminder from Maple Ridge Credit Union that your $88.20 payment was due on June 3. You can pay online or at any branch. Thank you.";
    let night = [at("2026-06-05T23:15")];
    let many: Vec<_> = (0..8).map(|k| at(&format!("2026-06-05T1{k}:00"))).collect();
    for received in [&night[..], &many[..]] {
        let got = rule_ids(polite, None, received);
        assert!(
            !got.iter()
                .any(|g| g == "msg-sent-at-night" || g == "msg-too-frequent"),
            "{got:?}"
        );
        let got = rule_ids(polite, Some("GB"), received);
        assert!(
            !got.iter()
                .any(|g| g.starts_with("msg-sent") || g == "msg-too-frequent"),
            "{got:?}"
        );
    }
    // A Chinese message (China by default), or any message said to be Chinese: the guideline.
    let zh = "【还款提醒】您的借款本期应还1,230.00元已逾期2天，请尽快通过App还款。";
    assert!(rule_ids(zh, None, &night).contains(&"msg-sent-at-night".to_string()));
    assert!(rule_ids(zh, None, &many).contains(&"msg-too-frequent".to_string()));
    assert!(rule_ids(polite, Some("CN"), &night).contains(&"msg-sent-at-night".to_string()));
}

#[test]
fn calls_over_and_over_or_through_the_night_are_harassment() {
    for text in [
        "Delta Recovery: Chris, we have rung your mobile 14 times since midnight and we will go on ringing it every half hour until the $310.00 is settled.",
        "This is Ace Collections. We'll call you all night long if that's what it takes. Pay the $56.75 today.",
        "Kelly, your account is 5 days late. No one in that house is going to get any sleep until you pay us $120.00.",
        "Our team will not stop dialing your number every 20 minutes until your $245.00 arrears are cleared.",
    ] {
        assert!(
            rule_ids(text, None, &[]).contains(&"msg-repeated-calls-harass-en".to_string()),
            "{text}"
        );
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // The lender's own line open around the clock is not a call to the borrower.
    assert_tier(
        "Reminder from Harbor Bank: your $75.00 payment is due on the 9th. Questions? Call us 24/7 at 1-800-555-0142, day and night.",
        Tier::LawfulReminder,
    );
}

#[test]
fn telling_the_workplace_of_the_debt_is_unlawful() {
    for text in [
        "Hi Dee, Prairie Loans here. I talked to your line manager at the depot today and explained you are behind on your $400.00 loan.",
        "Sunrise Credit: we will keep phoning the hospital switchboard and your team leader every morning until the $215.40 is paid.",
    ] {
        let got = rule_ids(text, None, &[]);
        assert!(
            got.contains(&"msg-threat-contacts-en".to_string()),
            "{text}: {got:?}"
        );
        assert_tier(text, Tier::UnlawfulCollection);
    }
    // Calling the lender's own office to pay is no contact with the borrower's workplace.
    assert_tier(
        "Sunrise Credit: your $215.40 payment is due on the 14th. To pay by phone, call the main office front desk at 1-800-555-0177.",
        Tier::LawfulReminder,
    );
}

#[test]
fn calling_the_workplace_after_hearing_calls_are_not_allowed_there_is_unlawful() {
    let text = "Beacon Finance: we know there are no personal calls on shift at the plant, but we are going to keep calling your supervisor's extension until the $98.00 is in.";
    let got = rule_ids(text, None, &[]);
    assert!(
        got.contains(&"msg-calls-workplace-after-told-en".to_string()),
        "{got:?}"
    );
}

#[test]
fn a_borrower_who_mentions_the_workplace_is_not_a_collector_telling_it() {
    for text in [
        "Beacon Finance: you told us your supervisor does not want calls at the plant, so we will only text you. Your $98.00 is due Friday.",
        "Since you don't answer your phone, please call us back about the $98.00 due Friday.",
    ] {
        assert_tier(text, Tier::LawfulReminder);
    }
}
