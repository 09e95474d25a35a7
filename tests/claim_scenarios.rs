#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The lawful claim in the scenarios of issue 14, each worked out by hand (arithmetic in the
//! comments; the equal-instalment schedule was recomputed in Python with per-row cent
//! rounding), and the agreement of `check`, `overdue` and `message --contract` on every sample.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

use crate::common;

/// A licensed consumer-finance loan: 10,000 at 18%, 12 equal monthly instalments, 800 taken
/// up front, a 3-day grace period without 罚息, and an acceleration clause for misuse of funds.
const LICENSED: &str = "个人消费借款合同
贷款人：某某消费金融有限公司
借款金额：人民币10,000.00元。
放款时一次性收取服务费800元，从借款本金中扣除，借款人实际到账金额为9,200元。
借款期限12个月，自2026年1月15日起至2027年1月15日止。
年利率18%，按月等额本息还款，每月15日还款，首期还款日2026年2月15日。
借款人未按期还款的，应按逾期金额每日万分之五支付罚息。
给予3天宽限期，宽限期内还款不计罚息。
借款人挪用借款用途的，贷款人有权宣布借款全部提前到期。
";

fn contract(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("loanlint-claim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn json(args: &[&str], file: &Path) -> Value {
    let out = Command::cargo_bin("loanlint")
        .unwrap()
        .args(args)
        .args(["--format", "json", "--exit-zero"])
        .arg(file)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("not a string: {v}"))
}

fn component<'a>(part: &'a Value, key: &str) -> &'a Value {
    part["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == key)
        .unwrap_or_else(|| panic!("no {key} in {part}"))
}

#[test]
fn restated_principal_and_a_licensed_lender_above_24_percent_all_in() {
    // 800 of 10,000 taken up front: lawful principal 9,200 (share 0.92). Instalment 916.80.
    // Each row: principal × 0.92, charges at most (interest + 800 spread by balance) × 0.92
    // and at most balance × 0.92 × 24% / 12. Row 1: 766.80 × 0.92 = 705.46;
    // min((150 + 123.07) × 0.92, 10,000 × 0.92 × 0.02 = 184.00) = 184.00 -> 889.46.
    // Over the 12 rows the lawful charges come to 1,228.63: 9,200 + 1,228.63 = 10,428.63
    // against the contract's 11,001.61 (11 × 916.80 + the last row's remainder 916.81).
    let c = json(&["check"], &contract("licensed.txt", LICENSED));
    let claim = &c["lawful_claim"];
    assert_eq!(s(&claim["lawful_principal"]), "9200");
    assert_eq!(s(&claim["term_cap"]["annual_percent"]), "24");
    assert_eq!(s(&claim["rows"][0]["lawful_total"]), "889.46");
    assert_eq!(s(&claim["rows"][1]["lawful_total"]), "885.93");
    let whole = &claim["whole_loan"];
    assert_eq!(s(&whole["lawful_total"]), "10428.63");
    assert_eq!(s(&whole["contract_total"]), "11001.61");
    assert_eq!(
        s(&whole["headline_zh"]),
        "依法最多应还 ¥10,428.63（合同要求 ¥11,001.61，超出 ¥572.98）"
    );
    assert_eq!(s(&component(whole, "principal")["difference"]), "800.00");
}

#[test]
fn grace_period_charges_nothing_inside_it_and_from_the_due_date_after() {
    let path = contract("grace.txt", LICENSED);
    // Day 1 of 3 grace days: no 罚息.
    let o = json(&["overdue", "--days", "1"], &path);
    assert_eq!(s(&o["overdue"]["contract_charges"]), "0");
    assert_eq!(o["grace"]["days"], 3);
    // Day 5: past the grace period; the contract does not say charges start at its end, so
    // from the due date: 916.80 × 0.05% × 5 = 2.292.
    let o = json(&["overdue", "--days", "5"], &path);
    assert_eq!(s(&o["overdue"]["contract_charges"]), "2.2920");
}

#[test]
fn acceleration_only_when_its_condition_holds() {
    // Misuse of funds only: a late payment does not trigger it.
    let o = json(
        &["overdue", "--days", "40", "--missed", "1"],
        &contract("misuse.txt", LICENSED),
    );
    assert_eq!(o["acceleration"]["applies"], false);
    assert!(o["overdue"]["if_accelerated_owed"].is_null());
    // "逾期超过30天": not at 30 days, yes at 31.
    let text = LICENSED.replace("借款人挪用借款用途的，", "借款人逾期超过30天的，");
    let path = contract("after30.txt", &text);
    let o = json(&["overdue", "--days", "30", "--missed", "1"], &path);
    assert_eq!(o["acceleration"]["applies"], false);
    let o = json(&["overdue", "--days", "31", "--missed", "1"], &path);
    assert_eq!(o["acceleration"]["applies"], true);
    // Balance after instalment 1: 10,000 − 766.80 = 9,233.20; lawful × 0.92 = 8,494.54.
    let acc = component(&o["due_now"], "accelerated_balance");
    assert_eq!(s(&acc["contract"]), "9233.20");
    assert_eq!(s(&acc["lawful"]), "8494.54");
}

#[test]
fn two_missed_instalments_each_by_its_own_due_date() {
    // Due 2026-02-15 and 2026-03-15; today 2026-04-01: 45 and 17 days.
    // Contract: 916.80 × 0.05% × 45 = 20.628; × 17 = 7.7928.
    // Law: #1 min(20.628 × 889.46 / 916.80 = 20.013, 889.46 × 24% × 45 / 365 = 26.32) = 20.01;
    //      #2 min(7.7928 × 885.93 / 916.80 = 7.530, 885.93 × 24% × 17 / 365 = 9.90) = 7.53.
    // Due now by law: 889.46 + 885.93 + 20.01 + 7.53 = 1,802.93.
    let path = contract("two.txt", LICENSED);
    let o = json(
        &["overdue", "--missed", "1,2", "--today", "2026-04-01"],
        &path,
    );
    let days: Vec<u64> = o["missed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["days_overdue"].as_u64().unwrap())
        .collect();
    assert_eq!(days, vec![45, 17]);
    assert_eq!(s(&o["due_now"]["lawful_total"]), "1802.93");
    // The same from a date range.
    let o = json(
        &["overdue", "--since", "2026-02-01", "--today", "2026-04-01"],
        &path,
    );
    assert_eq!(s(&o["due_now"]["lawful_total"]), "1802.93");
}

#[test]
fn a_demand_above_the_lawful_claim() {
    // 30 days: contract 916.80 + 916.80 × 0.05% × 30 = 930.552; law 889.46 +
    // min(13.752 × 889.46 / 916.80 = 13.342, 889.46 × 24% × 30 / 365 = 17.55) = 902.80.
    // Demanded 944.30: 41.50 above the lawful claim.
    let path = contract("demand.txt", LICENSED);
    let o = json(
        &[
            "overdue",
            "--days",
            "30",
            "--missed",
            "1",
            "--demanded",
            "944.30",
        ],
        &path,
    );
    assert_eq!(s(&o["due_now"]["lawful_total"]), "902.80");
    assert_eq!(s(&o["due_now"]["above_lawful"]), "41.50");
    assert_eq!(
        s(&o["due_now"]["headline_zh"]),
        "依法最多应还 ¥902.80（合同要求 ¥930.55，对方要求 ¥944.30，超出 ¥41.50）"
    );
}

#[test]
fn a_2019_private_loan_collected_in_2026() {
    // IOU of 10,000 formed 2019-05-20, 1,500 interest taken up front, 6 months: principal
    // 8,500; term interest at most 24% (2015 regime) × 8,500 / 2 = 1,020 (the contract's
    // 1,500 scaled to 8,500 is 1,275): 9,520. From 2020-08-20 the cap is 4 × LPR (3.00%)
    // = 12%, and default charges after that date are measured by it: at most
    // 9,520 × 12% × 30 / 365 = 93.90 for 30 days (the IOU states no default charge).
    let path = common::samples_dir().join("zh-05-iou-2019-upfront-interest.txt");
    let c = json(&["check"], &path);
    let claim = &c["lawful_claim"];
    assert_eq!(s(&claim["whole_loan"]["lawful_total"]), "9520.00");
    assert_eq!(s(&claim["later_cap"]["from"]), "2020-08-20");
    assert_eq!(s(&claim["later_cap"]["annual_percent"]), "12.00");
    let o = json(&["overdue", "--days", "30", "--missed", "1"], &path);
    let max: rust_decimal::Decimal = s(&o["overdue"]["legal_max_charges"]).parse().unwrap();
    assert_eq!(max.round_dp(2).to_string(), "93.90");
}

#[test]
fn uk_default_fee_cap() {
    // £300 for 30 days, £81 interest. Default: 0.9% a day on £381 plus a £25 fee.
    // 1 day: contract 3.429 + 25 = 28.43; HCSTC: 300 × 0.8% × 1 + £15 default fees = 17.40.
    // The instalment by law: the term's interest held to the daily cost cap, 300 × 0.8% × 30
    // days = 72 (the contract's 0.9% a day asks 81): 372. Due now by law: 372 + 17.40 = 389.40.
    let path = common::samples_dir().join("en-03-uk-short-term.txt");
    let o = json(&["overdue", "--days", "1"], &path);
    let part = &o["due_now"];
    assert_eq!(s(&component(part, "default_charges")["lawful"]), "17.40");
    assert_eq!(s(&part["lawful_total"]), "389.40");
}

#[test]
fn check_overdue_and_message_report_the_same_lawful_claim_on_every_sample() {
    let message = contract(
        "message.txt",
        "您的借款已逾期，请尽快还款。Your loan is past due.\n",
    );
    let mut compared = 0;
    // One form a sample: the claim is computed from the terms, and each sample's PDF is read to
    // the same terms by `samples` and `sample_goldens` (the PDFs doubled this test's spawns).
    let texts = common::fixtures::all_samples()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"));
    for sample in texts {
        let c = json(&["check"], &sample);
        let o = json(&["overdue", "--days", "30"], &sample);
        let m = json(
            &[
                "message",
                "--contract",
                sample.to_str().unwrap(),
                "--days",
                "30",
            ],
            &message,
        );
        let name = sample.display();
        assert_eq!(
            c["lawful_claim"], o["lawful_claim"],
            "check vs overdue: {name}"
        );
        assert_eq!(
            c["lawful_claim"], m["lawful_claim"],
            "check vs message: {name}"
        );
        assert_eq!(o["due_now"], m["due_now"], "overdue vs message: {name}");
        assert!(!c["lawful_claim"].is_null(), "no lawful claim: {name}");
        compared += 1;
    }
    assert!(compared >= 9, "only {compared} samples");
}

#[test]
fn uk_total_cost_cap_leaves_room_measured_on_the_lawful_interest() {
    // £300 for 30 days at 0.9% a day: the contract's interest is £81, the daily cost cap holds
    // it to 300 × 0.8% × 30 = £72 (instalment by law 372). 100 days late: the contract asks
    // 0.9% × 381 × 100 = 342.90 + the £25 fee = 367.90; the daily cap allows 300 × 0.8% × 100
    // + £15 = 255; the 100% total cost cap leaves 300 − 72 = 228 beyond the lawful interest
    // (not 300 − 81 = 219: the £9 the law cuts is no cost). Due now by law 372 + 228 = 600, all
    // charges 72 + 228 = 300, exactly 100% of the credit.
    use loanlint::analysis::{AnalysisOptions, analyse_file_full};
    use loanlint::check::Checker;
    use loanlint::overdue::{OverdueRequest, assess};
    let checker = Checker::load(&[]).unwrap();
    let path = common::samples_dir().join("en-03-uk-short-term.txt");
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), &checker).unwrap();
    let request = OverdueRequest {
        days: 100,
        ..OverdueRequest::default()
    };
    let report = assess(&analysis, &checker, &request).unwrap();
    let part = report.due_now.expect("a missed instalment");
    let lawful = |key: &str| {
        part.components
            .iter()
            .find(|c| c.key == key)
            .map(|c| c.lawful.round_dp(2).to_string())
    };
    assert_eq!(lawful("instalments").as_deref(), Some("372.00"));
    assert_eq!(lawful("default_charges").as_deref(), Some("228.00"));
    assert_eq!(part.lawful_total.round_dp(2).to_string(), "600.00");
}

/// A loan from a place no bundled ruleset covers (New Zealand): there is no law to measure a
/// claim by, so no "lawfully owed" figure is given, though the cost is still computed.
#[test]
fn no_lawful_claim_where_no_ruleset_applies() {
    let texts = [
        (
            "nz.txt",
            "PERSONAL LOAN AGREEMENT (Auckland, New Zealand)\nLender: Kiwi Quick Loans Limited, Auckland, New Zealand.\nGoverned by the laws of New Zealand.\nPrincipal: NZ$4,000.00\nEstablishment fee of NZ$200.00 deducted from the advance; you receive NZ$3,800.00.\nInterest: 2.5% per month on the unpaid balance.\nRepayment: 12 monthly instalments of NZ$389.95.\n",
        ),
        (
            "nz-twin.txt",
            "Loan contract under New Zealand law\nThe lender (Kiwi Quick Loans Limited of Auckland, New Zealand) lends you NZ$4,000.00; its establishment fee of NZ$200.00 is kept back, so NZ$3,800.00 is paid to you.\nYou repay the loan by twelve monthly instalments of NZ$389.95, interest being 2.5% per month on the balance.\n",
        ),
    ];
    for (name, text) in texts {
        let c = json(&["check"], &contract(name, text));
        assert!(
            c["rulesets_applied"]
                .as_array()
                .is_none_or(|a| a.is_empty()),
            "{name}: {}",
            c["rulesets_applied"]
        );
        assert!(c["cost"].is_object(), "{name}: no cost computed");
        assert!(
            c["lawful_claim"].is_null(),
            "{name}: a lawful claim with no law: {}",
            c["lawful_claim"]
        );
    }
}

/// A US loan whose origination fee is withheld: US law does not restate the principal, and the
/// claim's arithmetic says the withheld fee is a charge instead of "nothing taken up front".
/// (5,000 face, 150 withheld: 4,850 received.)
#[test]
fn withheld_fee_named_when_the_principal_is_not_restated() {
    let texts = [
        (
            "us.txt",
            "INSTALLMENT LOAN AGREEMENT\nLender: Prairie Credit Company, Des Moines, Iowa.\nLoan amount: $5,000.00. An origination fee of $150.00 is withheld from the loan proceeds; $4,850.00 is paid to you.\nInterest rate: 12% per year. Repayment: 24 monthly payments of $235.37.\n",
        ),
        (
            "us-twin.txt",
            "Iowa installment note. Prairie Credit Company of Des Moines, Iowa lends you $5,000.00 at an interest rate of 12% per year; you repay it in 24 monthly payments of $235.37. We keep $150.00 from the proceeds as an origination fee, so you receive $4,850.00.\n",
        ),
    ];
    for (name, text) in texts {
        let c = json(&["check"], &contract(name, text));
        let p = component(&c["lawful_claim"]["whole_loan"], "principal");
        assert_eq!(s(&p["lawful"]), "5000.00", "{name}: {p}");
        let en = s(&p["arithmetic_en"]);
        assert!(
            en.contains("150.00 taken up front") && !en.contains("nothing taken"),
            "{name}: {en}"
        );
        assert!(
            s(&p["arithmetic_zh"]).contains("预先扣除的150.00"),
            "{name}: {p}"
        );
    }
}
