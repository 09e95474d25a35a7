//! The HCSTC daily cap on an instalment loan runs on the principal outstanding in each period
//! (CONC 5A.2.5G), not on the whole credit for the whole term. Texts written for this test.
//! £300 over 31, 30 and 31 days: at 0.8% a day of what is outstanding, level payments of
//! £152.65 (the last £152.66) charge £157.96 in all (solved in exact decimals: 300 × 1.248 ×
//! 1.24 × 1.248 = P × (1.24 × 1.248 + 1.248 + 1)); payments of £160 charge £180, more than the
//! cap allows on any path (at most £152.11 with those payments), in the finding and in the
//! lawful claim alike.

use loanlint::analysis::Analysis;

use crate::extract_zh_unseen_f::analysed;

fn uk(payments: &str, total: &str) -> String {
    format!(
        "FIXED-SUM LOAN AGREEMENT REGULATED BY THE CONSUMER CREDIT ACT 1974\nDate of agreement: 14/10/2026\nLender: Harbour Lane Credit Ltd, 3 Quay St, Bristol BS1 4DB\nBorrower: Ms Ffion Rees\nAmount of credit: £300.00\nDuration of the agreement: 3 months\nRepayments: {payments}, the first due on 14/11/2026 and then on the 14th of each month\nTotal amount payable: {total}\n"
    )
}

fn daily_cap(a: &Analysis) -> Option<String> {
    a.report
        .findings
        .iter()
        .find(|f| f.rule_id == "uk-hcstc-daily-cost-cap")
        .map(|f| format!("{:?}: {}", f.severity, f.message))
}

#[test]
fn charges_at_the_cap_on_the_balance_pass() {
    let a = analysed(&uk(
        "3 monthly repayments of £152.65 (final repayment £152.66)",
        "£457.96",
    ));
    assert!(daily_cap(&a).is_none(), "{:?}", daily_cap(&a));
}

#[test]
fn charges_above_the_cap_on_the_balance_break_it() {
    // £180 on £300 over 92 days is 0.65% a day of the whole credit, under 0.8%: the old
    // measure passed it; on the balance outstanding it is above.
    let a = analysed(&uk("3 monthly repayments of £160.00", "£480.00"));
    let f = daily_cap(&a).expect("the daily cap on the balance");
    assert!(f.starts_with("Violation"), "{f}");
    assert!(f.contains("152.11"), "{f}");
}

#[test]
fn a_payday_apr_with_grouped_thousands_is_read_whole() {
    let base = uk("3 monthly repayments of £160.00", "£480.00");
    for (line, want) in [
        ("APR .............. 1,021.4%", "1021.4"),
        ("Representative APR: 1,270%", "1270"),
        ("APR 1290.5%", "1290.5"),
    ] {
        let a = analysed(&format!("{base}{line}\n"));
        let got = a
            .report
            .terms
            .disclosed_apr
            .as_ref()
            .map(|r| r.value.normalize().to_string());
        assert_eq!(got.as_deref(), Some(want), "{line}");
    }
    // A decimal comma stays a decimal comma.
    let a = analysed(&format!("{base}Interest: 7,95% per annum\n"));
    assert!(
        a.report
            .terms
            .rates
            .iter()
            .any(|r| r.value.normalize().to_string() == "7.95")
    );
}

/// `loanlint <args> --format json <text>` on a contract written to a temporary file.
fn cli_json(args: &[&str], text: &str) -> serde_json::Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("uk.txt");
    std::fs::write(&file, text).expect("write the contract");
    let out = assert_cmd::Command::cargo_bin("loanlint")
        .expect("the binary")
        .args(args)
        .args(["--format", "json", "--exit-zero"])
        .arg(&file)
        .output()
        .expect("run loanlint");
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

fn lawful_of(part: &serde_json::Value, key: &str) -> String {
    part["components"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["key"] == key))
        .and_then(|c| c["lawful"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// The finding's maximum and the lawful claim's charges are one figure: both measure the cap
/// on what the contract's payments leave outstanding, each paying first the charges the cap
/// allows. By hand, £300 drawn 14/10/2026, £160 on 14/11 (31 days), 14/12 (30), 14/01 (31):
///   #1: 300 × 0.8% × 31 = 74.40, principal 160 − 74.40 = 85.60, left 214.40
///   #2: 214.40 × 0.8% × 30 = 51.456, principal 108.544, left 105.856
///   #3: 105.856 × 0.8% × 31 = 26.252288, principal 105.856
/// Charges at most 74.40 + 51.456 + 26.252288 = 152.108288 (£152.11; rows 74.40 + 51.46 +
/// 26.25 = 152.11), so £452.11 in all and a last instalment of 105.86 + 26.25 = £132.11.
#[test]
fn the_finding_and_the_lawful_claim_give_one_maximum() {
    let text = format!(
        "{}Late payment: if you miss a repayment we will charge interest of 0.8% a day on the overdue amount.\n",
        uk("3 monthly repayments of £160.00", "£480.00")
    );
    let check = cli_json(&["check"], &text);
    let finding = check["findings"]
        .as_array()
        .and_then(|fs| {
            fs.iter()
                .find(|f| f["rule_id"] == "uk-hcstc-daily-cost-cap")
        })
        .and_then(|f| f["message"].as_str())
        .unwrap_or_default()
        .to_string();
    assert!(finding.contains("at most GBP 152.11"), "{finding}");
    let whole = &check["lawful_claim"]["whole_loan"];
    assert_eq!(lawful_of(whole, "term_charges"), "152.11", "{whole}");
    assert_eq!(whole["lawful_total"].as_str(), Some("452.11"), "{whole}");
    // The third instalment missed, 10 days late: the instalment as restated (£132.11, above),
    // and the contract's 160 × 0.8% × 10 = 12.80 of default interest in the same proportion,
    // 12.80 × 132.11 / 160 = 10.5688 → £10.57, under the default limit 300 × 0.8% × 10 + 15 =
    // £39: £142.68 owed.
    let overdue = cli_json(&["overdue", "--missed", "3", "--days", "10"], &text);
    let due = &overdue["due_now"];
    assert_eq!(lawful_of(due, "instalments"), "132.11", "{due}");
    assert_eq!(lawful_of(due, "default_charges"), "10.57", "{due}");
    assert_eq!(due["lawful_total"].as_str(), Some("142.68"), "{due}");
}
