//! Shared by `tests/fresh_corpus.rs` and `tests/metamorphic.rs`: running loanlint on a corpus file,
//! reading decimals out of its JSON report, and the strict ratchet of known gaps.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use loanlint::check::Checker;
use loanlint::{AnalysisOptions, analyse_file};
use rust_decimal::Decimal;
use serde_json::Value;

pub fn fresh_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fresh")
}

pub fn checker() -> Checker {
    Checker::load(&[]).expect("bundled rulesets load")
}

/// The `check --format json` report of one file, or why it could not be read.
pub fn analyse(path: &Path, checker: &Checker) -> Result<Value, String> {
    let report = analyse_file(path, &AnalysisOptions::default(), checker)
        .map_err(|e| format!("{}: cannot be read: {e}", path.display()))?;
    serde_json::to_value(report).map_err(|e| e.to_string())
}

/// A decimal written as a JSON string (or number).
pub fn dec(v: &Value) -> Option<Decimal> {
    match v {
        Value::String(s) => s.parse().ok(),
        Value::Number(n) => n.to_string().parse().ok(),
        _ => None,
    }
}

/// `a.b.c` inside a JSON value, `Value::Null` when absent.
pub fn at<'a>(v: &'a Value, path: &str) -> &'a Value {
    path.split('.')
        .try_fold(v, |v, key| v.get(key))
        .unwrap_or(&Value::Null)
}

/// The terms that must not change when a contract is only restyled, as comparable strings.
/// Evidence is left out on purpose: only values are compared.
pub fn term_values(report: &Value) -> BTreeMap<&'static str, String> {
    let t = &report["terms"];
    let amount = |path: &str| dec(at(t, path)).map_or("none".into(), |d| d.normalize().to_string());
    let mut out = BTreeMap::new();
    out.insert(
        "principal",
        format!(
            "{} {}",
            amount("principal.amount"),
            at(t, "principal.currency")
        ),
    );
    out.insert("disbursed", amount("disbursed.amount"));
    out.insert(
        "term",
        format!(
            "months {} days {}",
            at(t, "term.months"),
            at(t, "term.days")
        ),
    );
    out.insert("repayment", at(t, "repayment.method").to_string());
    out.insert("installments", at(t, "installments.count").to_string());
    let mut rates: Vec<String> = t["rates"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            format!(
                "{} {} per {}",
                r["kind"].as_str().unwrap_or("?"),
                dec(&r["value"]).map_or("?".into(), |d| d.normalize().to_string()),
                r["per"].as_str().unwrap_or("?")
            )
        })
        .collect();
    rates.sort();
    out.insert("rates", rates.join("; "));
    let mut fees: Vec<String> = t["fees"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            format!(
                "{} {} amount {} percent {}",
                f["kind"].as_str().unwrap_or("?"),
                f["timing"].as_str().unwrap_or("?"),
                dec(&f["amount"]).map_or("-".into(), |d| d.normalize().to_string()),
                dec(&f["percent"]).map_or("-".into(), |d| d.normalize().to_string()),
            )
        })
        .collect();
    fees.sort();
    out.insert("fees", fees.join("; "));
    let apr = &report["apr"];
    out.insert(
        "apr",
        if apr.is_null() {
            "none".into()
        } else {
            format!(
                "{} {}",
                apr["method"].as_str().unwrap_or("?"),
                dec(&apr["nominal_percent"])
                    .map_or("?".into(), |d| d.round_dp(6).normalize().to_string())
            )
        },
    );
    out
}

/// One wrong field of one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Miss {
    pub file: String,
    pub field: String,
    pub detail: String,
}

/// A ratchet file: `file<TAB>field<TAB>reason` lines; `#` comments and blank lines ignored.
pub fn load_gaps(path: &Path) -> BTreeSet<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = BTreeSet::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(
            cols.len() == 3 && !cols[2].trim().is_empty(),
            "{}:{}: expected `file<TAB>field<TAB>reason`, got {line:?}",
            path.display(),
            n + 1
        );
        assert!(
            out.insert((cols[0].to_string(), cols[1].to_string())),
            "{}:{}: duplicate entry {line:?}",
            path.display(),
            n + 1
        );
    }
    out
}

/// The strict ratchet: every miss must be listed, and every listed gap must still be a miss
/// (so the list can only shrink). Returns the failure message, if any. Also writes the current
/// misses as a ready-made ratchet file to `proposal` so that a fixed gap is easy to remove.
pub fn ratchet(misses: &[Miss], gaps_file: &Path, proposal: &Path) -> Result<(), String> {
    let gaps = load_gaps(gaps_file);
    let proposed: String = misses
        .iter()
        .map(|m| {
            format!(
                "{}\t{}\t{}\n",
                m.file,
                m.field,
                m.detail.replace(['\t', '\n'], " ")
            )
        })
        .collect();
    let _ = std::fs::write(proposal, proposed);
    let now: BTreeSet<(String, String)> = misses
        .iter()
        .map(|m| (m.file.clone(), m.field.clone()))
        .collect();
    let new: Vec<String> = misses
        .iter()
        .filter(|m| !gaps.contains(&(m.file.clone(), m.field.clone())))
        .map(|m| format!("  {} [{}]: {}", m.file, m.field, m.detail))
        .collect();
    let fixed: Vec<String> = gaps
        .iter()
        .filter(|g| !now.contains(*g))
        .map(|(f, field)| format!("  {f} [{field}]"))
        .collect();
    let mut msg = String::new();
    if !new.is_empty() {
        msg += &format!(
            "{} field(s) wrong that {} does not list:\n{}\n",
            new.len(),
            gaps_file.display(),
            new.join("\n")
        );
    }
    if !fixed.is_empty() {
        msg += &format!(
            "{} gap(s) listed in {} are now right: delete their lines (the list only shrinks):\n{}\n",
            fixed.len(),
            gaps_file.display(),
            fixed.join("\n")
        );
    }
    if msg.is_empty() {
        Ok(())
    } else {
        msg += &format!("(the current misses are in {})", proposal.display());
        Err(msg)
    }
}
