#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! `letter`: every sum a letter names is a figure of the lawful-claim computation (as
//! `overdue` reports it for the same situation), and `--evidence` writes a complete folder
//! whose manifest hashes the inputs (checked against an independent SHA-256).

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::common;

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("loanlint")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// `¥1,234.50` for `1234.5`, as the letters write money.
fn money(sign: &str, v: &Value) -> String {
    let d: rust_decimal::Decimal = v.as_str().unwrap().parse().unwrap();
    let s = format!("{:.2}", d.round_dp(2));
    let (int, frac) = s.split_once('.').unwrap();
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}.{frac}")
}

#[test]
fn every_sum_in_the_letters_is_a_figure_of_the_lawful_claim() {
    let amount = loanlint::pattern::regex(r"[¥£$][0-9,]+\.[0-9]{2}").unwrap();
    for (contract, message, sign) in [
        ("zh-01-wangdai-equal-installment.txt", "zh-15.txt", "¥"),
        ("en-03-uk-short-term.txt", "en-10.txt", "£"),
    ] {
        let contract = common::samples_dir().join(contract);
        let message = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/messages")
            .join(message);
        let (c, m) = (contract.to_str().unwrap(), message.to_str().unwrap());
        let letters: Value = serde_json::from_slice(&run(&[
            "letter",
            "--format",
            "json",
            "--today",
            "2026-12-01",
            "--days",
            "30",
            "--message",
            m,
            c,
        ]))
        .unwrap();
        let msg: Value = serde_json::from_slice(&run(&[
            "message",
            "--format",
            "json",
            "--exit-zero",
            "--days",
            "30",
            "--contract",
            c,
            m,
        ]))
        .unwrap();
        let demanded = msg["demanded"].as_str().unwrap().to_string();
        let overdue: Value = serde_json::from_slice(&run(&[
            "overdue",
            "--format",
            "json",
            "--exit-zero",
            "--days",
            "30",
            "--demanded",
            &demanded,
            c,
        ]))
        .unwrap();
        let part = &overdue["due_now"];
        let mut allowed = BTreeSet::new();
        for key in ["contract_total", "lawful_total", "above_lawful", "demanded"] {
            allowed.insert(money(sign, &part[key]));
        }
        for comp in part["components"].as_array().unwrap() {
            for key in ["contract", "lawful", "difference"] {
                allowed.insert(money(sign, &comp[key]));
            }
        }
        let letters = letters.as_array().unwrap();
        assert!(letters.len() >= 2, "{letters:?}");
        for l in letters {
            let md = l["markdown"].as_str().unwrap();
            assert!(md.contains(&money(sign, &part["lawful_total"])), "{md}");
            for found in amount.find_iter(md) {
                assert!(
                    allowed.contains(found.as_str()),
                    "{} names {} which the claim does not have ({allowed:?})",
                    l["kind"],
                    found.as_str()
                );
            }
        }
    }
}

#[test]
fn evidence_folder_is_complete_with_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("evidence");
    let contract = common::samples_dir().join("zh-01-wangdai-equal-installment.txt");
    let message = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages/zh-15.txt");
    run(&[
        "letter",
        "--today",
        "2026-12-01",
        "--days",
        "30",
        "--message",
        message.to_str().unwrap(),
        "--evidence",
        target.to_str().unwrap(),
        contract.to_str().unwrap(),
    ]);
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(target.join("manifest.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["date"], "2026-12-01");
    assert_eq!(manifest["version"], env!("CARGO_PKG_VERSION"));
    let want: String = Sha256::digest(std::fs::read(&contract).unwrap())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(manifest["inputs"][0]["sha256"], want.as_str());
    let rulesets = manifest["rulesets"].as_array().unwrap();
    assert!(
        rulesets
            .iter()
            .any(|r| r["file"] == "rulesets/messages/collection.toml")
    );
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("rulesets/cn-licensed-lending.toml"),
    )
    .unwrap();
    let want: String = Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert!(rulesets.iter().any(|r| r["sha256"] == want.as_str()));
    for f in manifest["files"].as_array().unwrap() {
        let name = f["file"].as_str().unwrap();
        let bytes = std::fs::read(target.join(name)).unwrap();
        let got: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(f["sha256"], got.as_str(), "{name}");
    }
    // A second run into the same folder is refused and leaves it as it was.
    let again = Command::cargo_bin("loanlint")
        .unwrap()
        .args(["letter", "--evidence", target.to_str().unwrap()])
        .arg(&contract)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "a staging folder was left behind");
}
