#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The fresh phrasing corpus (`tests/fresh/{zh,en}`): contracts written from parameters by
//! `scripts/fresh_corpus.py` (batch A, `*-f*`), `fresh_corpus_b.py` (B, `*-g*`) and
//! `fresh_corpus_c.py` (C, `*-h*`, some also as `.html` app pages and `.docx` files),
//! `fresh_corpus_d.py` (D, `*-i*`), `fresh_corpus_e.py` (E, `*-j*`) … `fresh_corpus_j.py` (J,
//! `*-o*`; one letter a batch, each written by someone who had not read the code) in layouts
//! and wordings that no other test uses, each with an `expected.json` computed independently of
//! the crate (Python decimals, several IRR solvers that must agree).
//!
//! Every field is compared; what is wrong today must be listed in `tests/fresh/KNOWN_GAPS.tsv`
//! (`file<TAB>field<TAB>reason`). The ratchet is strict both ways: an unlisted wrong field fails,
//! and a listed field that is now right fails too, so the list only shrinks. A file that cannot be
//! read always fails.

use crate::fresh_support as support;

use std::path::{Path, PathBuf};

use rust_decimal::Decimal;
use serde_json::Value;
use support::{Miss, analyse, at, checker, dec, fresh_dir, term_values};

/// Every `*.expected.json` of the corpus, sorted.
fn expected_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for lang in ["zh", "en"] {
        let dir = fresh_dir().join(lang);
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let p = entry.unwrap().path();
            if p.to_string_lossy().ends_with(".expected.json") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn load(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn show(v: &Value) -> String {
    if v.is_null() {
        "absent".into()
    } else {
        v.to_string()
    }
}

fn same_decimal(got: &Value, want: &Value) -> bool {
    matches!((dec(got), dec(want)), (Some(a), Some(b)) if a == b)
}

/// An amount field (`principal`, `disbursed`, `interest_deducted`): null expected means
/// loanlint must report nothing.
fn check_amount(t: &Value, e: &Value, key: &str, out: &mut Vec<(String, String)>) {
    let Some(want) = e.get(key) else { return };
    let got = &t[key];
    let ok = if want.is_null() {
        got.is_null()
    } else {
        same_decimal(&got["amount"], want)
            && (key != "principal" || got["currency"] == e["currency"])
    };
    if !ok {
        let want_s = if want.is_null() {
            "null".to_string()
        } else if key == "principal" {
            format!(
                "{} {}",
                want.as_str().unwrap_or("?"),
                e["currency"].as_str().unwrap_or("")
            )
        } else {
            want.as_str().unwrap_or("?").to_string()
        };
        out.push((
            key.to_string(),
            format!(
                "expected {want_s}, got {} {}",
                show(&got["amount"]),
                got["currency"].as_str().unwrap_or("")
            ),
        ));
    }
}

fn fee_matches(got: &Value, want: &Value) -> bool {
    let in_list = |list: &Value, v: &Value| {
        list.as_array()
            .is_some_and(|l| l.iter().any(|x| x.as_str() == v.as_str()))
    };
    if !in_list(&want["kinds"], &got["kind"]) || !in_list(&want["timing"], &got["timing"]) {
        return false;
    }
    if want["amount_blank"] == Value::Bool(true) {
        return got["amount_blank"] == Value::Bool(true)
            && got["amount"].is_null()
            && got["percent"].is_null();
    }
    (!want["amount"].is_null() && same_decimal(&got["amount"], &want["amount"]))
        || (!want["percent"].is_null() && same_decimal(&got["percent"], &want["percent"]))
}

/// Default charges are not part of the cost; they are not compared as fees.
fn is_cost_fee(f: &Value) -> bool {
    f["timing"] != "on_default"
        && !matches!(
            f["kind"].as_str(),
            Some("late" | "collection" | "legal" | "prepayment" | "returned_payment" | "penalty")
        )
}

/// Every field of one report against its expected values: (field, what is wrong).
fn compare(report: &Value, exp: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let t = &report["terms"];
    let e = &exp["terms"];
    let kind = at(report, "document.kind");
    if kind != &exp["document_kind"] {
        out.push((
            "document_kind".into(),
            format!("expected {}, got {}", exp["document_kind"], show(kind)),
        ));
    }
    for key in ["principal", "disbursed", "interest_deducted"] {
        check_amount(t, e, key, &mut out);
    }
    if let Some(alts) = e["term"].as_array() {
        let ok = alts.iter().any(|alt| {
            ["months", "days"]
                .iter()
                .all(|k| alt.get(*k).is_none_or(|v| &t["term"][*k] == v))
        });
        if !ok {
            out.push((
                "term".into(),
                format!(
                    "expected {}, got months {} days {}",
                    e["term"],
                    show(&t["term"]["months"]),
                    show(&t["term"]["days"])
                ),
            ));
        }
    }
    if let Some(methods) = e["repayment"].as_array() {
        let got = at(t, "repayment.method");
        if !methods.contains(got) {
            out.push((
                "repayment".into(),
                format!("expected one of {}, got {}", e["repayment"], show(got)),
            ));
        }
    }
    if let Some(n) = e.get("installments") {
        let got = at(t, "installments.count");
        if got != n {
            out.push((
                "installments".into(),
                format!("expected {n}, got {}", show(got)),
            ));
        }
    }
    if let Some(rate) = e.get("rate") {
        let interest: Vec<&Value> = t["rates"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|r| r["kind"] == "interest")
            .collect();
        let ok = interest
            .iter()
            .any(|r| same_decimal(&r["value"], &rate["value"]) && r["per"] == rate["per"]);
        if !ok {
            let got: Vec<String> = interest
                .iter()
                .map(|r| {
                    format!(
                        "{} per {}",
                        r["value"].as_str().unwrap_or("?"),
                        r["per"].as_str().unwrap_or("?")
                    )
                })
                .collect();
            out.push((
                "rate".into(),
                format!(
                    "expected {} per {}, got [{}]",
                    rate["value"].as_str().unwrap_or("?"),
                    rate["per"].as_str().unwrap_or("?"),
                    got.join(", ")
                ),
            ));
        }
    }
    if let Some(fees) = e["fees"].as_array() {
        let got: Vec<&Value> = t["fees"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|f| is_cost_fee(f))
            .collect();
        let mut used = vec![false; got.len()];
        let mut missing = Vec::new();
        for want in fees {
            match (0..got.len()).find(|&i| !used[i] && fee_matches(got[i], want)) {
                Some(i) => used[i] = true,
                None => missing.push(want["name"].as_str().unwrap_or("?").to_string()),
            }
        }
        if !missing.is_empty() || got.len() != fees.len() {
            let seen: Vec<String> = got
                .iter()
                .map(|f| {
                    format!(
                        "{}/{}/{}/amount {}/percent {}",
                        f["name"].as_str().unwrap_or("?"),
                        f["kind"].as_str().unwrap_or("?"),
                        f["timing"].as_str().unwrap_or("?"),
                        f["amount"].as_str().unwrap_or("-"),
                        f["percent"].as_str().unwrap_or("-")
                    )
                })
                .collect();
            out.push((
                "fees".into(),
                format!(
                    "missing [{}]; {} expected, got [{}]",
                    missing.join(", "),
                    fees.len(),
                    seen.join("; ")
                ),
            ));
        }
    }
    if let Some(date) = e.get("contract_date") {
        let got = at(t, "contract_date.date");
        if got != date {
            out.push((
                "contract_date".into(),
                format!("expected {date}, got {}", show(got)),
            ));
        }
    }
    if let Some(apr) = exp.get("apr") {
        let got = &report["apr"];
        if apr.is_null() {
            if !got.is_null() {
                out.push((
                    "apr".into(),
                    format!(
                        "expected none, got {} {}",
                        got["method"], got["nominal_percent"]
                    ),
                ));
            }
        } else {
            let field = apr["field"].as_str().unwrap_or("nominal_percent");
            let tol: Decimal = dec(&apr["tolerance_pp"]).unwrap();
            let want = dec(&apr["percent"]).unwrap();
            // A lead's ruling may accept the figure of the law's other time basis as well.
            let also: Vec<Decimal> = apr["percent_also"]
                .as_array()
                .map(|a| a.iter().filter_map(dec).collect())
                .unwrap_or_default();
            let ok = got["method"] == apr["method"]
                && dec(&got[field]).is_some_and(|g| {
                    std::iter::once(want)
                        .chain(also.iter().copied())
                        .any(|w| (g - w).abs() <= tol)
                });
            if !ok {
                out.push((
                    "apr".into(),
                    format!(
                        "expected {} {want}% ±{tol}, got {} {}",
                        apr["method"].as_str().unwrap_or("?"),
                        show(&got["method"]),
                        show(&got[field])
                    ),
                ));
            }
        }
    }
    let violations: Vec<&str> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["severity"] == "violation")
        .filter_map(|f| f["rule_id"].as_str())
        .collect();
    if let Some(want) = exp["violation"].as_bool() {
        if want == violations.is_empty() {
            out.push((
                "violation".into(),
                format!(
                    "expected {want} ({}), got [{}]",
                    exp["violation_reason"].as_str().unwrap_or(""),
                    violations.join(", ")
                ),
            ));
        }
    }
    // A contract whose stated figures contradict each other must say so (quoting both sides).
    if exp["inconsistency"] == true
        && report["terms"]["inconsistencies"]
            .as_array()
            .is_none_or(|found| found.is_empty())
    {
        out.push((
            "inconsistency".into(),
            "expected an inconsistency between stated figures, got none".into(),
        ));
    }
    if exp["document_kind"] == "other" {
        let rules: Vec<&str> = report["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["rule_id"].as_str())
            .collect();
        if !rules.is_empty() {
            out.push((
                "lending_findings".into(),
                format!("a non-loan got findings [{}]", rules.join(", ")),
            ));
        }
    }
    out
}

#[test]
fn the_corpus_is_large_and_complete() {
    let files = expected_files();
    let count = |lang: &str| {
        files
            .iter()
            .filter(|p| p.to_string_lossy().contains(&format!("/{lang}/")))
            .count()
    };
    assert!(count("zh") >= 40, "{} Chinese documents", count("zh"));
    assert!(count("en") >= 20, "{} English documents", count("en"));
    let (mut pdfs, mut pages, mut words) = (0, 0, 0);
    for exp_path in &files {
        let exp = load(exp_path);
        let listed = exp["files"].as_array().unwrap();
        assert!(
            listed
                .first()
                .and_then(Value::as_str)
                .is_some_and(|f| f.ends_with(".txt")),
            "{}: the text form comes first (the other forms are compared with it)",
            exp_path.display()
        );
        for f in listed {
            let p = exp_path.parent().unwrap().join(f.as_str().unwrap());
            assert!(
                p.is_file(),
                "{} lists {}, which is missing",
                exp_path.display(),
                p.display()
            );
            let is = |ext: &str| usize::from(p.extension().is_some_and(|x| x == ext));
            pdfs += is("pdf");
            pages += is("html");
            words += is("docx");
        }
        assert!(
            exp["document_kind"].is_string() && exp.get("violation").is_some(),
            "{}",
            exp_path.display()
        );
    }
    assert!(pdfs >= 10, "{pdfs} PDFs");
    assert!(pages >= 6, "{pages} HTML pages");
    assert!(words >= 4, "{words} Word files");
}

#[test]
fn every_field_is_right_or_a_listed_gap() {
    let checker = checker();
    let mut misses = Vec::new();
    let mut unreadable = Vec::new();
    for exp_path in expected_files() {
        let exp = load(&exp_path);
        let dir = exp_path.parent().unwrap();
        let lang = dir.file_name().unwrap().to_string_lossy().to_string();
        let mut reports = Vec::new();
        for f in exp["files"].as_array().unwrap() {
            let name = f.as_str().unwrap();
            let rel = format!("{lang}/{name}");
            match analyse(&dir.join(name), &checker) {
                Err(e) => unreadable.push(e),
                Ok(report) => {
                    for (field, detail) in compare(&report, &exp) {
                        misses.push(Miss {
                            file: rel.clone(),
                            field,
                            detail,
                        });
                    }
                    reports.push((rel, report));
                }
            }
        }
        // The same contract gives the same terms whether read as text, PDF, HTML or DOCX: every
        // other form is compared with the `.txt` listed first.
        if let [(_, txt), others @ ..] = &reports[..] {
            let a = term_values(txt);
            for (other_name, other) in others {
                let ext = Path::new(other_name)
                    .extension()
                    .map_or(String::new(), |x| x.to_string_lossy().to_string());
                let b = term_values(other);
                let differ: Vec<String> = a
                    .iter()
                    .filter(|(k, v)| b.get(*k) != Some(*v))
                    .map(|(k, v)| {
                        format!(
                            "{k}: text {v} / {ext} {}",
                            b.get(k).map_or("-", |s| s.as_str())
                        )
                    })
                    .collect();
                if !differ.is_empty() {
                    misses.push(Miss {
                        file: other_name.clone(),
                        field: format!("{ext}_vs_text"),
                        detail: differ.join("; "),
                    });
                }
            }
        }
    }
    assert!(
        unreadable.is_empty(),
        "unreadable corpus files:\n{}",
        unreadable.join("\n")
    );
    misses.sort();
    let proposal = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fresh_corpus_gaps.tsv");
    if let Err(msg) = support::ratchet(&misses, &fresh_dir().join("KNOWN_GAPS.tsv"), &proposal) {
        panic!("{msg}");
    }
}

#[test]
fn known_gaps_name_real_files_and_fields() {
    const FIELDS: &[&str] = &[
        "document_kind",
        "principal",
        "disbursed",
        "interest_deducted",
        "term",
        "repayment",
        "installments",
        "rate",
        "fees",
        "contract_date",
        "apr",
        "violation",
        "inconsistency",
        "lending_findings",
        "pdf_vs_text",
        "html_vs_text",
        "docx_vs_text",
        "png_vs_text",
    ];
    for (file, field) in support::load_gaps(&fresh_dir().join("KNOWN_GAPS.tsv")) {
        assert!(
            fresh_dir().join(&file).is_file(),
            "KNOWN_GAPS.tsv names a missing file {file}"
        );
        assert!(
            FIELDS.contains(&field.as_str()),
            "KNOWN_GAPS.tsv names an unknown field {field}"
        );
    }
}
