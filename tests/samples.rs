#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Every bundled sample contract, as PDF and as text, against its hand-written expected results
//! (`sample-contracts/*.expected.json`: terms, APR, rule ids; the arithmetic is in `_notes`).

use crate::common;

use std::path::{Path, PathBuf};

use loanlint::check::Checker;
use loanlint::{AnalysisOptions, Report, analyse_file};
use rust_decimal::Decimal;
use serde_json::Value;

fn expected_files() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(common::samples_dir())
        .expect("sample-contracts/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".expected.json"))
        .collect();
    v.sort();
    v
}

fn dec(v: &Value) -> Decimal {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("expected a decimal string, got {v}"))
}

fn enum_str<T: serde::Serialize>(t: &T) -> String {
    serde_json::to_value(t)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn analyse(path: &Path) -> Report {
    let checker = Checker::load(&[]).expect("bundled rulesets load");
    analyse_file(path, &AnalysisOptions::default(), &checker)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Compare one report with the expected results; collect every mismatch rather than stop at the first.
fn compare(report: &Report, exp: &Value, errors: &mut Vec<String>) {
    let name = &report.file;
    let t = &report.terms;
    let e = &exp["terms"];
    let mut check = |ok: bool, what: String| {
        if !ok {
            errors.push(format!("{name}: {what}"));
        }
    };
    check(
        report.language.code() == exp["language"].as_str().unwrap_or(""),
        format!("language {:?}", report.language),
    );
    if let Some(p) = e.get("principal").filter(|v| !v.is_null()) {
        check(
            t.principal.as_ref().map(|a| a.amount) == Some(dec(p)),
            format!(
                "principal {:?} != {p}",
                t.principal.as_ref().map(|a| a.amount)
            ),
        );
        if let Some(c) = e["currency"].as_str() {
            check(
                t.principal.as_ref().is_some_and(|a| a.currency == c),
                format!("currency != {c}"),
            );
        }
    }
    if let Some(d) = e.get("disbursed").filter(|v| !v.is_null()) {
        check(
            t.disbursed.as_ref().map(|a| a.amount) == Some(dec(d)),
            format!(
                "disbursed {:?} != {d}",
                t.disbursed.as_ref().map(|a| a.amount)
            ),
        );
    }
    if let Some(term) = e.get("term").filter(|v| !v.is_null()) {
        let months = term["months"].as_u64().map(|m| m as u32);
        let days = term["days"].as_u64().map(|m| m as u32);
        let got = t.term.as_ref().map(|x| (x.months, x.days));
        let ok = got.is_some_and(|(m, d)| {
            (months.is_none() || m == months) && (days.is_none() || d == days)
        });
        check(ok, format!("term {got:?} != {term}"));
    }
    if let Some(r) = e["repayment"].as_str() {
        let got = t.repayment.as_ref().map(|x| enum_str(&x.method));
        check(
            got.as_deref() == Some(r),
            format!("repayment {got:?} != {r}"),
        );
    }
    if let Some(n) = e["installments"].as_u64() {
        check(
            t.installments.as_ref().map(|c| c.count as u64) == Some(n),
            format!(
                "installments {:?} != {n}",
                t.installments.as_ref().map(|c| c.count)
            ),
        );
    }
    for (key, got) in [
        ("payment", t.payment.as_ref().map(|a| a.amount)),
        (
            "finance_charge",
            t.finance_charge.as_ref().map(|a| a.amount),
        ),
        (
            "total_of_payments",
            t.total_of_payments.as_ref().map(|a| a.amount),
        ),
    ] {
        if let Some(v) = e.get(key).filter(|v| !v.is_null()) {
            check(got == Some(dec(v)), format!("{key} {got:?} != {v}"));
        }
    }
    for (key, got) in [
        (
            "first_payment_date",
            t.first_payment_date.as_ref().map(|x| x.date.to_string()),
        ),
        (
            "maturity_date",
            t.maturity_date.as_ref().map(|x| x.date.to_string()),
        ),
    ] {
        if let Some(v) = e[key].as_str() {
            check(got.as_deref() == Some(v), format!("{key} {got:?} != {v}"));
        }
    }
    if let Some(apr) = e.get("disclosed_apr").filter(|v| !v.is_null()) {
        let got = t.disclosed_apr.as_ref().map(|r| r.value);
        let want = apr.get("value").map_or_else(|| dec(apr), dec);
        check(
            got == Some(want),
            format!("disclosed_apr {got:?} != {want}"),
        );
    }
    if let Some(d) = e["contract_date"].as_str() {
        let got = t.contract_date.as_ref().map(|x| x.date.to_string());
        check(
            got.as_deref() == Some(d),
            format!("contract_date {got:?} != {d}"),
        );
    }
    if let Some(l) = e["lender_type"].as_str() {
        let got = t.lender.as_ref().map(|x| enum_str(&x.lender_type));
        check(
            got.as_deref() == Some(l),
            format!("lender_type {got:?} != {l}"),
        );
    }
    for rate in e["rates"].as_array().into_iter().flatten() {
        let found = t.rates.iter().any(|r| {
            enum_str(&r.kind) == rate["kind"].as_str().unwrap_or("")
                && enum_str(&r.per) == rate["per"].as_str().unwrap_or("")
                && r.value == dec(&rate["value"])
        });
        check(
            found,
            format!(
                "rate {rate} not found in {:?}",
                t.rates
                    .iter()
                    .map(|r| (r.kind, r.value, r.per))
                    .collect::<Vec<_>>()
            ),
        );
    }
    for fee in e["fees"].as_array().into_iter().flatten() {
        let found = t.fees.iter().any(|f| {
            enum_str(&f.kind) == fee["kind"].as_str().unwrap_or("")
                && enum_str(&f.timing) == fee["timing"].as_str().unwrap_or("")
                && fee.get("amount").is_none_or(|a| f.amount == Some(dec(a)))
                && fee.get("percent").is_none_or(|p| f.percent == Some(dec(p)))
        });
        check(
            found,
            format!(
                "fee {fee} not found in {:?}",
                t.fees
                    .iter()
                    .map(|f| (&f.name, f.kind, f.timing, f.amount, f.percent))
                    .collect::<Vec<_>>()
            ),
        );
    }
    for clause in e["clauses"].as_array().into_iter().flatten() {
        let c = clause.as_str().unwrap_or("");
        check(
            t.clauses.iter().any(|x| enum_str(&x.kind) == c),
            format!("clause {c} not found"),
        );
    }
    if let Some(apr) = exp.get("apr").filter(|v| !v.is_null()) {
        match &report.apr {
            None => check(
                false,
                format!("no APR computed (warnings: {:?})", report.warnings),
            ),
            Some(got) => {
                check(
                    got.method == apr["method"].as_str().unwrap_or(""),
                    format!("APR method {} != {}", got.method, apr["method"]),
                );
                let tol = Decimal::new(1, 2); // 0.01 percentage point
                let nominal = dec(&apr["nominal_percent"]);
                check(
                    (got.nominal_percent - nominal).abs() <= tol,
                    format!("nominal APR {} != {nominal}", got.nominal_percent),
                );
                if let Some(eff) = apr.get("effective_percent").filter(|v| !v.is_null()) {
                    check(
                        (got.effective_percent - dec(eff)).abs() <= tol,
                        format!("effective APR {} != {eff}", got.effective_percent),
                    );
                }
            }
        }
    }
    let mut want: Vec<&str> = exp["rule_ids"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str())
        .collect();
    want.sort_unstable();
    let mut got: Vec<&str> = report.findings.iter().map(|f| f.rule_id.as_str()).collect();
    got.sort_unstable();
    got.dedup();
    check(
        got == want,
        format!("rule ids {got:?} != expected {want:?}"),
    );
    for f in &report.findings {
        check(
            !f.citation.is_empty(),
            format!("finding {} has no citation", f.rule_id),
        );
    }
}

#[test]
fn there_are_at_least_eight_samples_in_both_languages() {
    let files = expected_files();
    assert!(files.len() >= 8, "{} expected-results files", files.len());
    let zh = files
        .iter()
        .filter(|p| p.to_string_lossy().contains("/zh-"))
        .count();
    let en = files
        .iter()
        .filter(|p| p.to_string_lossy().contains("/en-"))
        .count();
    assert!(zh >= 4 && en >= 4, "zh {zh}, en {en}");
    for exp in &files {
        let stem = exp
            .to_string_lossy()
            .trim_end_matches(".expected.json")
            .to_string();
        assert!(
            Path::new(&format!("{stem}.pdf")).is_file(),
            "{stem}.pdf missing"
        );
        assert!(
            Path::new(&format!("{stem}.txt")).is_file(),
            "{stem}.txt missing"
        );
    }
}

#[test]
fn every_sample_pdf_matches_its_expected_results() {
    let mut errors = Vec::new();
    for exp_path in expected_files() {
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&exp_path).expect("read"))
            .expect("expected json");
        let pdf = common::samples_dir().join(exp["file"].as_str().expect("file"));
        compare(&analyse(&pdf), &exp, &mut errors);
    }
    assert!(
        errors.is_empty(),
        "{} mismatches:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn every_sample_text_matches_its_expected_results() {
    let mut errors = Vec::new();
    for exp_path in expected_files() {
        let exp: Value = serde_json::from_str(&std::fs::read_to_string(&exp_path).expect("read"))
            .expect("expected json");
        let txt =
            common::samples_dir().join(exp["file"].as_str().expect("file").replace(".pdf", ".txt"));
        compare(&analyse(&txt), &exp, &mut errors);
    }
    assert!(
        errors.is_empty(),
        "{} mismatches:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

#[test]
fn chinese_text_comes_out_of_the_pdf_intact() {
    for exp_path in expected_files()
        .iter()
        .filter(|p| p.to_string_lossy().contains("/zh-"))
    {
        let stem = exp_path
            .to_string_lossy()
            .trim_end_matches(".expected.json")
            .to_string();
        let pdf = loanlint::read::read_file(Path::new(&format!("{stem}.pdf")), &Default::default())
            .expect("pdf reads");
        let txt = std::fs::read_to_string(format!("{stem}.txt")).expect("txt");
        // Every CJK character of the source must come out of the PDF, in order, none replaced.
        let strip = |s: &str| {
            s.chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .collect::<String>()
        };
        let (from_pdf, from_txt) = (strip(&pdf.text), strip(&txt));
        assert!(!from_txt.is_empty());
        assert_eq!(
            from_pdf, from_txt,
            "{stem}: Chinese text differs between PDF and source"
        );
    }
}

#[test]
fn json_output_of_every_sample_matches_the_schema() {
    for exp_path in expected_files() {
        let exp: Value =
            serde_json::from_str(&std::fs::read_to_string(&exp_path).expect("read")).expect("json");
        let pdf = common::samples_dir().join(exp["file"].as_str().expect("file"));
        let v = serde_json::to_value(analyse(&pdf)).expect("serialise");
        common::validate_against("schema/report.schema.json", &v)
            .unwrap_or_else(|e| panic!("{}: {e}", pdf.display()));
    }
}
