#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! `overdue` on every sample contract at 1, 7, 30 and 90 days, the first instalment missed
//! (`--missed 1`; without it every instalment due within the days counts). Every figure below was worked
//! out by hand from the contract's own default clause and the applicable legal limit (the
//! arithmetic is in the comments); the test compares to the cent.

use assert_cmd::Command;
use rust_decimal::Decimal;

use crate::common;

/// (charges under the contract, legal maximum of charges, excess) after `days`, to the cent.
fn run(sample: &str, days: u32) -> (Decimal, Option<Decimal>, Option<Decimal>) {
    let path = common::samples_dir().join(sample);
    let out = Command::cargo_bin("loanlint")
        .unwrap()
        .args([
            "overdue",
            "--format",
            "json",
            "--exit-zero",
            "--days",
            &days.to_string(),
            // One missed instalment, the first: the situation the figures below are for.
            "--missed",
            "1",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let o = &v["overdue"];
    let d = |x: &serde_json::Value| {
        x.as_str()
            .map(|s| s.parse::<Decimal>().unwrap().round_dp(2))
    };
    (
        d(&o["contract_charges"]).unwrap(),
        d(&o["legal_max_charges"]),
        d(&o["excess"]),
    )
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn check(sample: &str, rows: &[(u32, &str, Option<&str>, Option<&str>)]) {
    for (days, charges, max, excess) in rows {
        let got = run(sample, *days);
        let want = (dec(charges), max.map(dec), excess.map(dec));
        assert_eq!(got, want, "{sample} after {days} days");
    }
}

#[test]
fn zh01_penalty_interest_on_the_overdue_instalment_against_24_percent() {
    // Missed instalment 916.80 (等额本息, 10,000 at 18%: 10000 × 0.015 / (1 − 1.015^−12)).
    // 罚息: overdue amount × 0.1% a day = 0.9168 a day.
    // Lawful claim: 800 was taken up front, so the principal is 9,200 (share 0.92); the
    // instalment restated: principal 766.80 × 0.92 = 705.46, charges at most
    // 9,200 × 24% / 12 = 184.00 -> 889.46.
    // Licensed lender: default charges at most 24% a year on the lawful overdue amount
    // = 889.46 × 24% / 365 = 0.584850 a day.
    // 1 day: 0.92 vs 0.58 (excess 0.33); 7: 6.42 vs 4.09 (2.32); 30: 27.50 vs 17.55 (9.96);
    // 90: 82.51 vs 52.64 (29.88).
    check(
        "zh-01-wangdai-equal-installment.txt",
        &[
            (1, "0.92", Some("0.58"), Some("0.33")),
            (7, "6.42", Some("4.09"), Some("2.32")),
            (30, "27.50", Some("17.55"), Some("9.96")),
            (90, "82.51", Some("52.64"), Some("29.88")),
        ],
    );
}

#[test]
fn zh02_no_default_charge_under_4x_lpr() {
    // No default charge in the contract. Private lending formed 2025-06-01: 4 × LPR 3.00%
    // = 12% a year. The missed instalment restated: 1,666.67 of principal + at most
    // 20,000 × 12% / 12 = 200 of interest (the flat 300 is above it) = 1,866.67;
    // 1,866.67 × 12% / 365 = 0.613700 a day.
    check(
        "zh-02-monthly-flat-rate.txt",
        &[
            (1, "0", Some("0.61"), Some("0")),
            (7, "0", Some("4.30"), Some("0")),
            (30, "0", Some("18.41"), Some("0")),
            (90, "0", Some("55.23"), Some("0")),
        ],
    );
}

#[test]
fn zh03_bank_penalty_rate_counted_once() {
    // 罚息 = contract rate 3.6% + 50% = 5.4% a year (stated twice in one sentence: counted
    // once), on the missed instalment 2,233.33 (base not stated: assumed the overdue amount):
    // a day is the yearly rate / 360 (clause 4.2, 日利率=年利率/360):
    // 2,233.33 × 5.4% / 360 = 0.3349995 a day. Limit 24% a year: 1.468491 a day (/365).
    check(
        "zh-03-bank-compliant.txt",
        &[
            (1, "0.33", Some("1.47"), Some("0")),
            (7, "2.34", Some("10.28"), Some("0")),
            (30, "10.05", Some("44.05"), Some("0")),
            (90, "30.15", Some("132.16"), Some("0")),
        ],
    );
}

#[test]
fn zh04_stacked_default_charges() {
    // Missed instalment: the first month's interest 99.58 (先息后本).
    // 罚息 0.05% a day = 0.04979/day; 违约金 5% once = 4.979; 催收服务费 0.5% a day = 0.4979/day.
    // 1 day: 0.04979 + 4.979 + 0.4979 = 5.52669; 7: 0.34853 + 4.979 + 3.4853 = 8.81283;
    // 30: 1.4937 + 4.979 + 14.937 = 21.4097; 90: 4.4811 + 4.979 + 44.811 = 54.2711.
    // Limit 24% a year on 99.58 = 0.0654773/day: 0.07, 0.46, 1.96, 5.89.
    check(
        "zh-04-default-charges-contacts.txt",
        &[
            (1, "5.53", Some("0.07"), Some("5.46")),
            (7, "8.81", Some("0.46"), Some("8.35")),
            (30, "21.41", Some("1.96"), Some("19.45")),
            (90, "54.27", Some("5.89"), Some("48.38")),
        ],
    );
}

#[test]
fn zh05_2019_iou_collected_now_uses_the_current_standard_after_2020_08_20() {
    // The 2019 IOU states no default charge. Formed before 2020-08-20: the delay now falls
    // after 2020-08-20, measured by the current standard (Art. 31): 4 × LPR 3.00% = 12%.
    // Lawful amount: 8,500 received + interest at most 24% a year on it for the term
    // (the contract's own 1,500 on 10,000 scaled to 8,500 = 1,275; the cap for the 6-month
    // term is 8,500 × 24% / 2 = 1,020) = 9,520. 9,520 × 12% / 365 = 3.129863 a day.
    check(
        "zh-05-iou-2019-upfront-interest.txt",
        &[
            (1, "0", Some("3.13"), Some("0")),
            (7, "0", Some("21.91"), Some("0")),
            (30, "0", Some("93.90"), Some("0")),
            (90, "0", Some("281.69"), Some("0")),
        ],
    );
}

#[test]
fn en01_late_charge_is_the_greater_of_15_and_5_percent() {
    // Late charge: greater of $15 and 5% × 161.34 = 8.07 -> $15, once, and only for a payment
    // "more than 10 days late" (nothing on days 1 to 10). The returned-payment fee is only for a
    // returned payment: not counted. The US rulesets set no overall cap.
    check(
        "en-01-us-installment-origination.txt",
        &[
            (1, "0", None, None),
            (7, "0", None, None),
            (10, "0", None, None),
            (11, "15.00", None, None),
            (30, "15.00", None, None),
            (90, "15.00", None, None),
        ],
    );
}

#[test]
fn en02_and_en04_have_no_late_charges() {
    // en-02: only a returned-payment fee (not counted); en-04: no default charge.
    for sample in [
        "en-02-payday-single-payment.txt",
        "en-04-us-credit-union-clean.txt",
    ] {
        check(
            sample,
            &[
                (1, "0", None, None),
                (7, "0", None, None),
                (30, "0", None, None),
                (90, "0", None, None),
            ],
        );
    }
}

#[test]
fn en03_uk_default_interest_and_fee_against_the_hcstc_caps() {
    // Default interest 0.9% a day on £381 = 3.429/day, plus the £25 default fee once.
    // 1: 28.43; 7: 49.00; 30: 127.87; 90: 333.61.
    // HCSTC: 0.8% a day of the £300 credit + £15 default fees: 17.40, 31.80, 87.00, 231.00,
    // and all charges at most 100% of the credit: the lawful interest of the term is held to
    // 300 × 0.8% × 30 days = 72 (the contract's 81 is above the daily cost cap), so 300 − 72 =
    // 228 is left, and 228 at 90 (333.61 − 228 = 105.61 above).
    check(
        "en-03-uk-short-term.txt",
        &[
            (1, "28.43", Some("17.40"), Some("11.03")),
            (7, "49.00", Some("31.80"), Some("17.20")),
            (30, "127.87", Some("87.00"), Some("40.87")),
            (90, "333.61", Some("228.00"), Some("105.61")),
        ],
    );
}

#[test]
fn without_missed_every_instalment_due_within_the_days_counts_and_the_note_says_so() {
    // en-01: instalments of 161.34 due on the 3rd of each month from 2025-03-03 (the next on
    // 2025-04-03, 31 days later). 45 days overdue: #1 is 45 days late, #2 14 days, both past
    // the 10 days of the late charge: 2 × 161.34 + 2 × 15.00 = 352.68; and past the 30 days
    // that make a default ("fail to make any payment within 30 days after it is due"), so the
    // rest of the principal may be called: 5,000 less the principal of #1 and #2 (119.67 and
    // 120.67) = 4,759.66, 5,112.34 in all. At 20 days only #1 was due, and no default yet.
    let path = common::samples_dir().join("en-01-us-installment-origination.txt");
    let json = |days: &str| -> serde_json::Value {
        let out = Command::cargo_bin("loanlint")
            .unwrap()
            .args(["overdue", "--format", "json", "--exit-zero", "--days", days])
            .arg(&path)
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let v = json("45");
    let missed: Vec<u64> = v["missed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["days_overdue"].as_u64().unwrap())
        .collect();
    assert_eq!(missed.len(), 2, "{missed:?}");
    assert_eq!(missed[0], 45);
    assert_eq!(
        dec(v["due_now"]["contract_total"].as_str().unwrap()).round_dp(2),
        dec("5112.34")
    );
    assert_eq!(v["acceleration"]["applies"], true);
    let notes = v["assumptions"].to_string();
    assert!(notes.contains("#1 (161.34), #2 (161.34)"), "{notes}");
    let v = json("20");
    assert_eq!(v["missed"].as_array().unwrap().len(), 1);
    assert_eq!(v["acceleration"]["applies"], false);
    assert!(v["assumptions"].to_string().contains("only #1 (161.34)"));
}

#[test]
fn en03_uk_claim_holds_the_term_interest_to_the_daily_cost_cap() {
    // £300 for 30 days (12 May to 11 June 2025) at 0.9% a day: £81 of interest. The HCSTC
    // daily cost cap allows 0.8% a day of the credit outstanding: 300 × 0.008 × 30 = £72.00,
    // within the total cost cap of 100% of the credit (£300). Lawful claim: 300 + 72 = £372.
    let path = common::samples_dir().join("en-03-uk-short-term.txt");
    let out = Command::cargo_bin("loanlint")
        .unwrap()
        .args(["overdue", "--format", "json", "--exit-zero", "--days", "1"])
        .arg(&path)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let claim = &v["lawful_claim"];
    assert_eq!(claim["term_cap"]["rule_id"], "uk-hcstc-daily-cost-cap");
    let parts = claim["whole_loan"]["components"].as_array().unwrap();
    let part = |key: &str| {
        parts
            .iter()
            .find(|c| c["key"] == key)
            .map(|c| dec(c["lawful"].as_str().unwrap()))
            .unwrap()
    };
    assert_eq!(part("term_charges"), dec("72.00"));
    assert_eq!(part("total"), dec("372.00"));
}
