#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The message corpus (`tests/messages/`): every message lands in the tier its sidecar names.
//! Prints the accuracy per tier and fails on any miss, quoting the reason loanlint gave.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{ContractContext, MessageRules, Tier, analyse_delivered};
use serde::Deserialize;

use crate::common;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Sidecar {
    tier: String,
    #[serde(default)]
    contract: Option<String>,
    #[serde(default)]
    days: Option<u32>,
    #[serde(default)]
    received: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/messages")
}

fn context(checker: &Checker, contract: &str, days: Option<u32>) -> ContractContext {
    let path = common::samples_dir().join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), checker)
        .unwrap_or_else(|e| panic!("{contract}: {e}"));
    loanlint::overdue::contract_context(&analysis, checker, days)
}

#[test]
fn every_corpus_message_lands_in_its_tier() {
    let rules = MessageRules::bundled().unwrap();
    let checker = Checker::load(&[]).unwrap();
    let mut names: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let (mut zh, mut en) = (0, 0);
    let mut per_tier: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for path in &names {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(path).unwrap();
        assert!(!text.trim().is_empty(), "{name}: empty message");
        let sidecar: Sidecar =
            toml::from_str(&std::fs::read_to_string(path.with_extension("toml")).unwrap())
                .unwrap_or_else(|e| panic!("{name}.toml: {e}"));
        let want = Tier::from_id(&sidecar.tier)
            .unwrap_or_else(|| panic!("{name}.toml: unknown tier {}", sidecar.tier));
        let received: Vec<NaiveDateTime> = sidecar
            .received
            .iter()
            .map(|r| NaiveDateTime::parse_from_str(r, "%Y-%m-%dT%H:%M").unwrap())
            .collect();
        let ctx = sidecar
            .contract
            .as_deref()
            .map(|c| context(&checker, c, sidecar.days));
        let report = analyse_delivered(&text, rules, ctx.as_ref(), None, &received);
        if name.starts_with("zh") {
            zh += 1;
        } else {
            en += 1;
        }
        let entry = per_tier.entry(want.id()).or_default();
        entry.1 += 1;
        if report.tier == want {
            entry.0 += 1;
        } else {
            misses.push(format!(
                "{name}: want {}, got {} ({}) rules {:?}",
                want.id(),
                report.tier.id(),
                report.tier_reason_en,
                report
                    .findings
                    .iter()
                    .map(|f| f.rule_id.as_str())
                    .collect::<Vec<_>>()
            ));
        }
    }
    for (tier, (ok, total)) in &per_tier {
        println!("{tier:<28} {ok}/{total}");
    }
    assert!(zh >= 40 && en >= 20, "corpus too small: {zh} zh, {en} en");
    assert!(
        misses.is_empty(),
        "{} of {} messages in the wrong tier:\n{}",
        misses.len(),
        names.len(),
        misses.join("\n")
    );
}
