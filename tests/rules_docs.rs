#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Every rule is documented: what it checks, why it matters, an example clause, its legal
//! basis and parameters, a grade and its dates of force; an unconfirmed rule is no violation.

use crate::rules_support;

use loanlint::check::kinds::doc_sections;
use loanlint::check::{Checker, Grade};
use loanlint::model::Severity;
use rules_support::checker;

#[test]
fn every_rule_has_docs_a_citation_and_a_grade() {
    let c = checker();
    let rules = c.rules();
    assert!(rules.len() > 40);
    for r in &rules {
        let d = doc_sections(r.kind_docs);
        for (part, text) in [
            ("what it checks", d.what),
            ("why it matters", d.why),
            ("example clause", d.example),
            ("legal basis", d.basis),
            ("parameters", d.params),
        ] {
            assert!(!text.trim().is_empty(), "{}: no {part}", r.rule_id);
        }
        assert!(!r.citation.trim().is_empty(), "{}: no citation", r.rule_id);
        assert!(!r.summary_en.trim().is_empty() && !r.summary_zh.trim().is_empty());
        if r.grade == Grade::U {
            assert_ne!(r.severity, Severity::Violation, "{}", r.rule_id);
        }
        if r.grade == Grade::S {
            let note = r.note.as_deref().unwrap_or("");
            assert!(
                note.contains("[S]") || note.contains("secondary"),
                "{}: an [S] rule says its source is secondary",
                r.rule_id
            );
        }
    }
}

#[test]
fn an_unconfirmed_violation_is_rejected_on_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("u.toml");
    std::fs::write(
        &path,
        r#"id = "u-test"
name = "u"
description = "u"
jurisdictions = ["XX"]
[[rules]]
id = "u-rule"
kind = "rate-cap"
severity = "violation"
citation = "somewhere"
summary_en = "u"
summary_zh = "u"
note = "a cap nobody confirmed [U]"
params = { measure = "contract-rate", cap = { cap_percent = "10" } }
"#,
    )
    .unwrap();
    let err = Checker::load(&[path.display().to_string()]).unwrap_err();
    assert!(err.to_string().contains("at most a warning"), "{err}");
}

/// `rules show cn-al-cost-above-24` in one language.
fn show(lang: loanlint::Language) -> String {
    use loanlint::report::{Printer, RuleDetailsPrinter};
    let c = checker();
    let listing = loanlint::rule_listing::by_id(&c, "cn-al-cost-above-24").unwrap();
    let mut out = Vec::new();
    RuleDetailsPrinter { lang }
        .print(&mut out, &listing)
        .unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn rules_show_prints_every_part_in_the_report_language() {
    let zh = show(loanlint::Language::Zh);
    for label in [
        "检查内容",
        "为何重要",
        "条款示例",
        "法律依据",
        "参数",
        "可信度",
        "2025-10-01",
    ] {
        assert!(zh.contains(label), "{label} in\n{zh}");
    }
    let en = show(loanlint::Language::En);
    for label in [
        "What it checks",
        "Why it matters",
        "Example clause",
        "Legal basis",
        "Parameters",
        "secondary source",
    ] {
        assert!(en.contains(label), "{label} in\n{en}");
    }
}
