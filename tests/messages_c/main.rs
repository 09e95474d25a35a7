#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Held-out batches of the message corpus (`tests/messages_c/` batch C, `tests/messages_d/` batch D,
//! `tests/messages_e/` batch E, `tests/messages_f/` batch F, `tests/messages_g/` batch G,
//! `tests/messages_h/` batch H, `tests/messages_i/` batch I, `tests/messages_j/` batch J,
//! `tests/messages_k/` batch K, `tests/messages_l/` batch L, `tests/messages_m/` batch M,
//! `tests/messages_n/` batch N, `tests/messages_o/` batch O, `tests/messages_p/` batch P,
//! `tests/messages_q/` batch Q, `tests/messages_r/` batch R,
//! `tests/messages_s/` batch S, `tests/messages_t/` batch T, `tests/messages_u/` batch U,
//! `tests/messages_v/` batch V, `tests/messages_w_zh/` batch W-zh, `tests/messages_x_en/` batch X-en,
//! `tests/messages_x_zh/` batch X-zh, `tests/messages_y_zh/` batch Y-zh, `tests/messages_y_en/`
//! batch Y-en, `tests/messages_z_en/` batch Z-en, `tests/messages_z_zh/` batch Z-zh,
//! `tests/messages_aa_zh/` batch AA-zh, `tests/messages_aa_en/` batch AA-en,
//! `tests/messages_ab_en/` batch AB-en, `tests/messages_ab_zh/` batch AB-zh, `tests/messages_ac_en/`
//! batch AC-en, `tests/messages_ac_zh/` batch AC-zh, `tests/messages_ad_en/` batch AD-en,
//! `tests/messages_ad_zh/` batch AD-zh):
//! messages written without reading `tests/messages/` or the message rules. One loop runs every
//! batch: each message must land in the tier its sidecar names or be listed in its directory's
//! `KNOWN_MISSES.tsv` (a strict ratchet: the list only shrinks). Prints the accuracy per tier and
//! language for each batch.

use crate::fresh_support as support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use loanlint::analysis::{AnalysisOptions, analyse_file_full};
use loanlint::check::Checker;
use loanlint::message::{ContractContext, MessageRules, Tier, analyse_delivered};
use serde::Deserialize;
use support::Miss;

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

/// A held-out batch: its directory under `tests/`, its label and the fewest messages it may hold.
struct Batch {
    dir: &'static str,
    label: &'static str,
    min: usize,
}

const BATCHES: &[Batch] = &[
    Batch {
        dir: "messages_c",
        label: "C",
        min: 30,
    },
    Batch {
        dir: "messages_d",
        label: "D",
        min: 16,
    },
    Batch {
        dir: "messages_e",
        label: "E",
        min: 16,
    },
    Batch {
        dir: "messages_f",
        label: "F",
        min: 16,
    },
    Batch {
        dir: "messages_g",
        label: "G",
        min: 16,
    },
    Batch {
        dir: "messages_h",
        label: "H",
        min: 16,
    },
    Batch {
        dir: "messages_i",
        label: "I",
        min: 16,
    },
    Batch {
        dir: "messages_j",
        label: "J",
        min: 16,
    },
    Batch {
        dir: "messages_k",
        label: "K",
        min: 16,
    },
    Batch {
        dir: "messages_l",
        label: "L",
        min: 16,
    },
    Batch {
        dir: "messages_m",
        label: "M",
        min: 14,
    },
    Batch {
        dir: "messages_n",
        label: "N",
        min: 14,
    },
    Batch {
        dir: "messages_o",
        label: "O",
        min: 16,
    },
    Batch {
        dir: "messages_p",
        label: "P",
        min: 16,
    },
    Batch {
        dir: "messages_q",
        label: "Q",
        min: 16,
    },
    Batch {
        dir: "messages_r",
        label: "R",
        min: 16,
    },
    Batch {
        dir: "messages_s",
        label: "S",
        min: 16,
    },
    Batch {
        dir: "messages_t",
        label: "T",
        min: 16,
    },
    Batch {
        dir: "messages_u",
        label: "U",
        min: 16,
    },
    Batch {
        dir: "messages_v",
        label: "V",
        min: 16,
    },
    Batch {
        dir: "messages_w_en",
        label: "W-en",
        min: 8,
    },
    Batch {
        dir: "messages_w_zh",
        label: "W-zh",
        min: 8,
    },
    Batch {
        dir: "messages_x_en",
        label: "X-en",
        min: 8,
    },
    Batch {
        dir: "messages_x_zh",
        label: "X-zh",
        min: 8,
    },
    Batch {
        dir: "messages_y_zh",
        label: "Y-zh",
        min: 8,
    },
    Batch {
        dir: "messages_y_en",
        label: "Y-en",
        min: 8,
    },
    Batch {
        dir: "messages_z_en",
        label: "Z-en",
        min: 8,
    },
    Batch {
        dir: "messages_z_zh",
        label: "Z-zh",
        min: 8,
    },
    Batch {
        dir: "messages_aa_zh",
        label: "AA-zh",
        min: 8,
    },
    Batch {
        dir: "messages_aa_en",
        label: "AA-en",
        min: 8,
    },
    Batch {
        dir: "messages_ab_en",
        label: "AB-en",
        min: 8,
    },
    Batch {
        dir: "messages_ab_zh",
        label: "AB-zh",
        min: 8,
    },
    Batch {
        dir: "messages_ac_en",
        label: "AC-en",
        min: 8,
    },
    Batch {
        dir: "messages_ac_zh",
        label: "AC-zh",
        min: 8,
    },
    Batch {
        dir: "messages_ad_en",
        label: "AD-en",
        min: 6,
    },
    Batch {
        dir: "messages_ae_en",
        label: "AE-en",
        min: 6,
    },
    Batch {
        dir: "messages_af_en",
        label: "AF-en",
        min: 6,
    },
    Batch {
        dir: "messages_ag_en",
        label: "AG-en",
        min: 6,
    },
    Batch {
        dir: "messages_ah_en",
        label: "AH-en",
        min: 6,
    },
    Batch {
        dir: "messages_ai_en",
        label: "AI-en",
        min: 6,
    },
    Batch {
        dir: "messages_aj_en",
        label: "AJ-en",
        min: 6,
    },
    Batch {
        dir: "messages_ad_zh",
        label: "AD-zh",
        min: 6,
    },
    Batch {
        dir: "messages_ae_zh",
        label: "AE-zh",
        min: 6,
    },
    Batch {
        dir: "messages_af_zh",
        label: "AF-zh",
        min: 6,
    },
    Batch {
        dir: "messages_ag_zh",
        label: "AG-zh",
        min: 6,
    },
    Batch {
        dir: "messages_ah_zh",
        label: "AH-zh",
        min: 6,
    },
    Batch {
        dir: "messages_ai_zh",
        label: "AI-zh",
        min: 6,
    },
    Batch {
        dir: "messages_aj_zh",
        label: "AJ-zh",
        min: 6,
    },
];

fn corpus_dir(batch: &Batch) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(batch.dir)
}

fn context(checker: &Checker, contract: &str, days: Option<u32>) -> ContractContext {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sample-contracts")
        .join(contract);
    let analysis = analyse_file_full(&path, &AnalysisOptions::default(), checker)
        .unwrap_or_else(|e| panic!("{contract}: {e}"));
    loanlint::overdue::contract_context(&analysis, checker, days)
}

/// Every message of one batch: the misses and the (right, total) count per language and tier.
type Tally = BTreeMap<(String, &'static str), (usize, usize)>;

fn run_batch(batch: &Batch, rules: &MessageRules, checker: &Checker) -> (Vec<Miss>, Tally) {
    let mut names: Vec<PathBuf> = std::fs::read_dir(corpus_dir(batch))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    let mut per_tier = Tally::new();
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
            .map(|c| context(checker, c, sidecar.days));
        let report = analyse_delivered(&text, rules, ctx.as_ref(), None, &received);
        let lang = name.split('-').next().unwrap_or("?").to_string();
        let entry = per_tier.entry((lang, want.id())).or_default();
        entry.1 += 1;
        if report.tier == want {
            entry.0 += 1;
        } else {
            misses.push(Miss {
                file: format!("{name}.txt"),
                field: want.id().to_string(),
                detail: format!(
                    "got {} ({}) rules {:?}",
                    report.tier.id(),
                    report.tier_reason_en,
                    report
                        .findings
                        .iter()
                        .map(|f| f.rule_id.as_str())
                        .collect::<Vec<_>>()
                ),
            });
        }
    }
    (misses, per_tier)
}

#[test]
fn every_held_out_message_lands_in_its_tier_or_a_listed_miss() {
    let rules = MessageRules::bundled().unwrap();
    let checker = Checker::load(&[]).unwrap();
    let mut failures = Vec::new();
    for batch in BATCHES {
        let (misses, per_tier) = run_batch(batch, rules, &checker);
        let (right, total) = per_tier
            .values()
            .fold((0, 0), |(r, t), (ok, n)| (r + ok, t + n));
        for ((lang, tier), (ok, n)) in &per_tier {
            println!("{} {lang} {tier:<28} {ok}/{n}", batch.label);
        }
        println!(
            "batch {} messages: {right}/{total} in the right tier",
            batch.label
        );
        assert!(
            total >= batch.min,
            "batch {} too small: {total} messages",
            batch.label
        );
        let proposal = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("{}_known_misses.tsv", batch.dir));
        if let Err(msg) = support::ratchet(
            &misses,
            &corpus_dir(batch).join("KNOWN_MISSES.tsv"),
            &proposal,
        ) {
            failures.push(format!("batch {}: {msg}", batch.label));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn known_misses_name_real_messages_and_tiers() {
    for batch in BATCHES {
        let dir = corpus_dir(batch);
        for (file, tier) in support::load_gaps(&dir.join("KNOWN_MISSES.tsv")) {
            assert!(
                dir.join(&file).is_file(),
                "{}/KNOWN_MISSES.tsv names a missing message {file}",
                batch.dir
            );
            assert!(
                Tier::from_id(&tier).is_some(),
                "{}/KNOWN_MISSES.tsv names an unknown tier {tier}",
                batch.dir
            );
        }
    }
}
