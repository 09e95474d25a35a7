#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The sum a message asks for, in wordings written for this test before the reader was widened:
//! tenths spoken after the unit (`916块8`), an instalment the sender has not seen arrive (那期…元
//! 还没看到到账), an instalment that "was due", and a refund promised (which is never the demand).

use loanlint::message::demanded_amount;
use loanlint::model::Language;
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn the_sum_asked_is_read_in_spoken_and_past_tense_wordings() {
    for (text, want) in [
        ("你这期的钱916块8还没还，今天记得处理一下哈。", "916.8"),
        (
            "小李，上期那2,100块5我这边还没收到，方便时转一下。",
            "2100.5",
        ),
        (
            "老王，3月那期1,480.00元我这里还没看到到账，麻烦看一下。",
            "1480.00",
        ),
        ("欠的九百一十六块八还没还，今天处理下。", "916.8"),
    ] {
        assert_eq!(demanded_amount(text, Language::Zh), Some(d(want)), "{text}");
    }
    for (text, want) in [
        (
            "Hi Jordan, your installment of $161.34 was due two days ago. Please pay it in the app today.",
            "161.34",
        ),
        (
            "The $88.20 that was due on June 3 is still outstanding.",
            "88.20",
        ),
    ] {
        assert_eq!(demanded_amount(text, Language::En), Some(d(want)), "{text}");
    }
}

#[test]
fn a_refund_promised_is_not_the_demand_and_a_date_after_the_unit_is_no_tenths() {
    let zh = "经核查可为您办理退息，退还金额3,860.00元。退款前需先缴纳验证金1,200.00元。";
    assert_eq!(demanded_amount(zh, Language::Zh), Some(d("1200.00")));
    let en =
        "You are owed a refund of $415.00. To release it, pay a $95.00 processing charge today.";
    assert_eq!(demanded_amount(en, Language::En), Some(d("95.00")));
    // 元 followed by a date: 8 is the month, not eight tenths.
    assert_eq!(
        demanded_amount("应还916元8月1日前还清。", Language::Zh),
        Some(d("916"))
    );
}
