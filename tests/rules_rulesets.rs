#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Rulesets as data: the pinned list of rule ids, the JSON Schema, load errors with file and
//! line, user rulesets, jurisdiction selection.

use crate::rules_support;

use std::collections::BTreeSet;

use loanlint::check::{BUNDLED, BUNDLED_INDEXES, Checker, KINDS, Ruleset, RulesetError};
use loanlint::model::*;
use rules_support::*;
use serde_json::Value as Json;

/// Every bundled rule id, by ruleset. Adding, renaming or removing a rule shows up here: ids
/// are a public contract (expected results and user suppressions refer to them).
const PINNED: &[(&str, &[&str])] = &[
    (
        "cn-private-lending",
        &[
            "cn-pl-interest-above-4x-lpr",
            "cn-pl-interest-above-24-legacy",
            "cn-pl-interest-above-36-legacy",
            "cn-pl-upfront-deduction",
            "cn-pl-compound-interest",
            "cn-pl-overdue-above-4x-lpr",
            "cn-pl-default-charges-above-4x-lpr",
            "cn-pl-overdue-above-24-legacy",
            "cn-pl-default-charges-above-24-legacy",
            "cn-pl-prepayment-penalty",
            "cn-pl-transition-lpr-at-filing",
            "cn-pl-all-in-cost-above-4x-lpr",
        ],
    ),
    (
        "cn-any-lender",
        &[
            "cn-any-interest-above-36",
            "cn-any-cost-above-36",
            "cn-any-above-a-cap-whoever-lends",
            "cn-any-interest-above-24",
            "cn-any-interest-above-4x-lpr",
            "cn-any-upfront-deduction",
        ],
    ),
    (
        "cn-licensed-lending",
        &[
            "cn-lic-apr-above-36",
            "cn-lic-apr-above-24",
            "cn-lic-upfront-fee-deduction",
            "cn-lic-apr-not-disclosed",
            "cn-lic-default-charges-above-24",
        ],
    ),
    (
        "cn-microloan",
        &[
            "cn-ml-comprehensive-rate-not-stated",
            "cn-ml-deducted-at-payout",
            "cn-ml-online-principal-above-200000",
        ],
    ),
    (
        "cn-assisted-lending",
        &["cn-al-cost-above-24", "cn-al-fees-outside-stated-cost"],
    ),
    (
        "cn-consumer-protection",
        &[
            "cn-contact-list-access",
            "cn-third-party-collection",
            "cn-debt-exposure",
            "cn-home-visit-collection",
            "cn-data-sharing",
            "cn-unilateral-change",
            "cn-tied-product",
            "cn-amount-words-mismatch",
            "cn-flat-rate-understates-cost",
            "cn-stated-total-contradicts-parts",
            "cn-stated-rates-disagree",
        ],
    ),
    ("cn-contract-law", &["cn-penalty-above-loss-30"]),
    (
        "us-federal",
        &[
            "us-tila-apr-inaccurate",
            "us-mla-mapr-above-36",
            "us-mla-mandatory-arbitration",
            "us-ftc-confession-of-judgment",
            "us-ftc-waiver-of-exemptions",
            "us-ftc-wage-assignment",
            "us-ftc-household-goods-security",
            "us-ftc-late-fee-pyramiding",
            "us-stated-total-contradicts-parts",
        ],
    ),
    (
        "us-states",
        &[
            "us-ny-civil-usury",
            "us-ny-criminal-usury",
            "us-il-pla-apr-above-36",
            "us-ca-rate-cap",
        ],
    ),
    (
        "us-state-limits",
        &[
            "us-ar-civil-usury",
            "us-ca-civil-usury",
            "us-nj-criminal-usury",
            "us-sd-installment-500",
            "us-sd-installment-2000",
            "us-tx-civil-usury",
        ],
    ),
    (
        "uk-hcstc",
        &[
            "uk-hcstc-daily-cost-cap",
            "uk-hcstc-default-fee-cap",
            "uk-hcstc-total-cost-cap",
            "uk-hcstc-default-interest-above-rate",
        ],
    ),
    (
        "eu",
        &[
            "eu-fr-usury-threshold",
            "eu-it-usury-threshold",
            "eu-de-wucher",
        ],
    ),
    (
        "ca-federal",
        &[
            "ca-criminal-rate-above-35",
            "ca-payday-cost-above-14-per-100",
            "ca-on-payday-cost-above-15-per-100",
        ],
    ),
];

#[test]
fn rule_ids_are_pinned_unique_and_kebab_case() {
    let c = checker();
    let loaded: Vec<(String, Vec<String>)> = c
        .rulesets()
        .iter()
        .map(|rs| {
            (
                rs.id.clone(),
                rs.rules.iter().map(|r| r.id.clone()).collect(),
            )
        })
        .collect();
    let pinned: Vec<(String, Vec<String>)> = PINNED
        .iter()
        .map(|(id, rules)| {
            (
                id.to_string(),
                rules.iter().map(|s| s.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(loaded, pinned);
    let all: Vec<String> = c.rules().into_iter().map(|r| r.rule_id).collect();
    let unique: BTreeSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), all.len(), "rule ids must be unique");
    let kebab = loanlint::pattern::regex(r"^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
    assert!(all.iter().all(|id| kebab.is_match(id)));
}

#[test]
fn every_rule_has_docs_citation_and_summaries() {
    let c = checker();
    for r in c.rules() {
        assert!(!r.citation.trim().is_empty(), "{}", r.rule_id);
        assert!(
            !r.summary_en.trim().is_empty() && !r.summary_zh.trim().is_empty(),
            "{}",
            r.rule_id
        );
        assert!(
            r.summary_zh
                .chars()
                .any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)),
            "{}",
            r.rule_id
        );
        for section in [
            "**What it checks.**",
            "**Why it matters.**",
            "**Example clause.**",
            "**Legal basis.**",
        ] {
            assert!(
                r.kind_docs.contains(section),
                "{} docs lack {section}",
                r.kind
            );
        }
        // The line points at the rule in its file: the entry's header or its id.
        let text = BUNDLED
            .iter()
            .find(|(id, _)| *id == r.ruleset_id)
            .unwrap()
            .1;
        let line = text.lines().nth(r.line - 1).unwrap();
        let next = text.lines().nth(r.line).unwrap_or("");
        // A rule made from a US state-table row points at the row (`[[states]]`, then its code).
        let state_row = line.trim() == "[[states]]"
            && r.rule_id
                .strip_prefix("us-")
                .and_then(|rest| rest.get(..2))
                .is_some_and(|c| next.contains(&format!("\"{}\"", c.to_uppercase())));
        assert!(
            line.contains(&r.rule_id)
                || (line.trim() == "[[rules]]" && next.contains(&r.rule_id))
                || state_row,
            "{}: line {} is `{line}`",
            r.rule_id,
            r.line
        );
        assert_eq!(r.file, format!("rulesets/{}.toml", r.ruleset_id));
    }
}

#[test]
fn unconfirmed_facts_carry_a_visible_note() {
    // Rules resting on [S]/[U] facts in the legal reference must say so.
    let c = checker();
    for id in [
        "cn-pl-interest-above-24-legacy",
        "cn-pl-interest-above-36-legacy",
        "cn-pl-overdue-above-24-legacy",
        "cn-pl-default-charges-above-24-legacy",
        "cn-lic-apr-above-36",
        "cn-lic-apr-above-24",
        "cn-lic-upfront-fee-deduction",
        "cn-lic-apr-not-disclosed",
        "cn-lic-default-charges-above-24",
        "cn-third-party-collection",
        "cn-ml-comprehensive-rate-not-stated",
        "cn-ml-deducted-at-payout",
        "cn-ml-online-principal-above-200000",
        "cn-al-cost-above-24",
        "us-mla-mandatory-arbitration",
        "us-ny-civil-usury",
        "uk-hcstc-default-fee-cap",
        "eu-fr-usury-threshold",
        "eu-it-usury-threshold",
        "eu-de-wucher",
    ] {
        let r = c.rule(id).unwrap();
        let note = r.note.unwrap_or_default();
        assert!(
            note.contains("[S]") || note.contains("[U]") || note.contains("quarter"),
            "{id}: {note}"
        );
    }
    // The whole EU ruleset says its thresholds change quarterly.
    assert!(
        c.ruleset("eu")
            .unwrap()
            .note
            .as_deref()
            .unwrap_or("")
            .contains("quarter")
    );
}

// The JSON Schema (a file of its own).
mod schema;
use schema::{schema, schema_errors};

// ---- Load errors name file and line ----

fn load_text(text: &str) -> Result<Checker, RulesetError> {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("mine.toml");
    std::fs::write(&p, text).unwrap();
    Checker::load(&[p.display().to_string()])
}

const MINE: &str = r#"id = "my-rules"
name = "My rules"
description = "A test ruleset."
jurisdictions = ["CN"]

[[rules]]
id = "my-rate-above-10"
kind = "rate-cap"
severity = "warning"
citation = "House policy"
summary_en = "Rate above 10%"
summary_zh = "利率超过10%"
params = { measure = "contract-rate", cap = { cap_percent = "10" } }
"#;

#[test]
fn errors_name_file_and_line() {
    let cases = [
        (
            MINE.replace(
                "severity = \"warning\"",
                "severity = \"warning\"\ncolour = \"red\"",
            ),
            10,
            "unknown field `colour`",
        ),
        (
            MINE.replace("kind = \"rate-cap\"", "kind = \"rate-capp\""),
            8,
            "unknown rule kind `rate-capp`",
        ),
        (
            MINE.replace("cap_percent = \"10\"", "cap_percnt = \"10\""),
            13,
            "unknown field `cap_percnt`",
        ),
        (
            MINE.replace(
                "cap_percent = \"10\"",
                "cap_percent = \"10\", index = \"cn-lpr-1y\"",
            ),
            13,
            "only one of",
        ),
        (
            MINE.replace("cap_percent = \"10\"", "index = \"us-prime\""),
            6,
            "unknown index table `us-prime`",
        ),
        (
            MINE.replace("my-rate-above-10", "cn-pl-interest-above-4x-lpr"),
            6,
            "already used",
        ),
        (MINE.replace("my-rate-above-10", "My_Rate"), 6, "kebab-case"),
        (
            MINE.replace(
                "severity = \"warning\"",
                "severity = \"warning\"\nnot_lender_types = [\"unknown\"]",
            ),
            6,
            "cannot list `unknown`",
        ),
        (
            MINE.replace(
                "severity = \"warning\"",
                "severity = \"warning\"\nnot_lender_types = [\"hobbyist\"]",
            ),
            10,
            "unknown variant `hobbyist`",
        ),
        (
            MINE.replace("severity = \"warning\"", "severity = \"fatal\""),
            9,
            "unknown variant `fatal`",
        ),
    ];
    for (text, line, what) in cases {
        let err = load_text(&text).unwrap_err().to_string();
        assert!(err.contains("mine.toml: "), "{err}");
        assert!(
            err.contains(&format!("line {line}:")),
            "expected line {line}: {err}"
        );
        assert!(err.contains(what), "expected `{what}`: {err}");
    }
    assert!(matches!(
        Checker::load(&["no-such-ruleset".into()]),
        Err(RulesetError::Unknown(_))
    ));
}

#[test]
fn user_ruleset_is_applied_and_can_replace_a_bundled_one() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("mine.toml");
    std::fs::write(&p, MINE).unwrap();
    let c = Checker::load(&[p.display().to_string()]).unwrap();
    let mut t = cn_licensed();
    t.rates.push(interest("11", "年利率11%"));
    let (f, a) = run_with(&c, &t, None, "2025-06-01", None, None);
    let x = get(&f, "my-rate-above-10");
    assert_eq!(x.rule.file, p.display().to_string());
    assert_eq!(x.rule.line, Some(6));
    assert!(
        a.iter()
            .any(|r| r.id == "my-rules" && r.reason.contains("--ruleset"))
    );

    // A newer French threshold: same id `eu`, replaces the bundled example.
    let eu = BUNDLED.iter().find(|(id, _)| *id == "eu").unwrap().1;
    let newer = eu.replace("cap_percent = \"20.23\"", "cap_percent = \"22.5\"");
    let p2 = dir.path().join("eu-2026q4.toml");
    std::fs::write(&p2, newer).unwrap();
    let c = Checker::load(&[p2.display().to_string()]).unwrap();
    assert_eq!(c.rulesets().iter().filter(|r| r.id == "eu").count(), 1);
    let mut fr = Terms {
        principal: Some(amount("2000", "EUR", "Montant du crédit : 2 000 €")),
        ..Terms::default()
    };
    fr.jurisdiction_hints.push(hint("FR", "droit français"));
    let k = cost("eu-aprc", "20", "21.9", "2000", "230", "0");
    let (f, _) = run_with(&c, &fr, Some(&k), "2026-11-01", None, None);
    assert!(!has(&f, "eu-fr-usury-threshold"), "21.9% < 22.5%");
    let (f, _) = run(&fr, Some(&k), "2026-11-01", None);
    assert!(
        has(&f, "eu-fr-usury-threshold"),
        "bundled 20.23% still applies without the override"
    );
}

#[test]
fn bundled_id_on_the_command_line_forces_the_ruleset() {
    let c = Checker::load(&["uk-hcstc".into()]).unwrap();
    // A CNY contract would never get the UK ruleset; requested, it applies.
    let mut t = cn_private();
    t.fees.push(fee(
        "逾期费",
        FeeKind::Late,
        Some("50"),
        FeeTiming::OnDefault,
        "逾期费50元",
    ));
    let (_, a) = run_with(&c, &t, None, "2024-01-01", None, None);
    assert!(
        a.iter()
            .any(|r| r.id == "uk-hcstc" && r.reason.contains("--ruleset"))
    );
}

#[test]
fn jurisdiction_flag_can_name_a_ruleset() {
    let mut t = cn_private();
    t.rates.push(interest("30", "年利率30%"));
    let (f, a) = run(&t, None, "2025-06-01", Some("cn-licensed-lending"));
    assert_eq!(applied(&a), vec!["cn-licensed-lending"]);
    assert!(has(&f, "cn-lic-apr-above-24"));
    assert!(!has(&f, "cn-pl-interest-above-4x-lpr"));
}

#[test]
fn findings_are_sorted_and_deterministic() {
    let mut t = cn_private();
    t.rates.push(interest("40", "年利率40%"));
    t.rates
        .push(rate(RateKind::Overdue, "0.1", Per::Day, "逾期日0.1%"));
    t.clauses
        .push(clause(ClauseKind::ContactListAccess, "授权读取通讯录"));
    t.clauses
        .push(clause(ClauseKind::CompoundInterest, "计收复利"));
    t.fees.push(fee(
        "提前还款违约金",
        FeeKind::Prepayment,
        None,
        FeeTiming::Other,
        "提前还款违约金",
    ));
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(f.len() >= 5, "{:?}", ids(&f));
    for w in f.windows(2) {
        assert!(
            w[0].severity > w[1].severity
                || (w[0].severity == w[1].severity && w[0].rule_id <= w[1].rule_id),
            "{:?}",
            ids(&f)
        );
    }
    let (g, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(f, g);
}

#[test]
fn no_jurisdiction_no_rules() {
    let t = Terms {
        principal: Some(amount("1000", "XYZ", "1000 units")),
        ..Terms::default()
    };
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(f.is_empty() && a.is_empty());
}

#[test]
fn chinese_words_alone_select_china() {
    let t = Terms {
        rates: vec![interest("30", "年利率30%")],
        ..Terms::default()
    };
    let (f, a) = run(&t, None, "2025-06-01", None);
    // No lender named: the rules for every lender type (issue 17).
    assert!(has(&f, "cn-any-interest-above-4x-lpr"));
    assert!(a.iter().any(|r| r.reason.contains("Chinese")));
}

#[test]
fn extreme_values_do_not_panic() {
    // Amounts and rates at the edge of Decimal, zeros and tiny divisors: every rule runs on
    // them (forced with every bundled id) and must not panic.
    let all: Vec<String> = BUNDLED.iter().map(|(id, _)| id.to_string()).collect();
    let c = Checker::load(&all).unwrap();
    let huge = "79228162514264337593543950335";
    for (p, r, n) in [
        (huge, huge, 1u32),
        ("0", "0", 0),
        ("0.0000001", "1000000000", 2),
        (huge, "0.0000001", 1000),
    ] {
        let mut t = Terms {
            principal: Some(amount(p, "CNY", "本金")),
            disbursed: Some(amount("0.0000000001", "CNY", "到账")),
            term: days(n, "期限"),
            installments: Some(Count {
                count: n,
                evidence: ev("期数"),
            }),
            payment: Some(amount(r, "CNY", "每期")),
            total_of_payments: Some(amount(huge, "CNY", "合计")),
            ..Terms::default()
        };
        for kind in [RateKind::Interest, RateKind::Overdue, RateKind::Penalty] {
            let mut x = rate(kind, r, Per::Day, "利率");
            x.annual_percent = None;
            x.basis = Some(Basis::TotalOutstanding);
            t.rates.push(x);
            let mut y = rate(kind, r, Per::Once, "一次");
            y.markup_percent = Some(dec(huge));
            y.annual_percent = None;
            t.rates.push(y);
        }
        let mut f = fee("费", FeeKind::Late, Some(r), FeeTiming::OnDefault, "费用");
        f.percent = Some(dec(r));
        f.per = Some(Per::Day);
        t.fees.push(f.clone());
        f.timing = FeeTiming::UpfrontDeducted;
        f.basis = Some(Basis::Principal);
        t.fees.push(f);
        t.repayment = Some(Repayment {
            method: RepaymentMethod::FlatRate,
            evidence: ev("等本等息"),
        });
        t.disclosed_apr = Some(interest(r, "APR"));
        let k = cost("us-regz", r, huge, p, huge, huge);
        for cost in [None, Some(&k)] {
            let _ = run_with(&c, &t, cost, "2025-06-01", None, Some(dec(huge)));
            let _ = run_with(
                &c,
                &t,
                cost,
                "2019-06-01",
                Some("US-CA,FR,IT,DE,US-NY,US-IL,GB"),
                None,
            );
        }
    }
}

#[test]
fn select_for_reports_rules_in_force_by_date() {
    let c = checker();
    let t = cn_private();
    let count = |d: &str| {
        let sel = c.select_for(&t, None, date(d));
        let pl = sel
            .iter()
            .find(|s| s.ruleset.id == "cn-private-lending")
            .unwrap();
        pl.rules.iter().map(|r| r.id.as_str()).collect::<Vec<_>>()
    };
    let old = count("2020-08-19");
    assert!(
        old.contains(&"cn-pl-interest-above-36-legacy")
            && !old.contains(&"cn-pl-interest-above-4x-lpr")
    );
    let new = count("2020-08-20");
    assert!(
        !new.contains(&"cn-pl-interest-above-36-legacy")
            && new.contains(&"cn-pl-interest-above-4x-lpr")
    );
}

#[test]
fn rule_info_carries_parameters_and_kind_docs() {
    let c = checker();
    let r = c.rule("cn-pl-interest-above-4x-lpr").unwrap();
    assert_eq!(r.kind, "rate-cap");
    assert!(
        r.params.contains("index = \"cn-lpr-1y\"") && r.params.contains("multiple = \"4\""),
        "{}",
        r.params
    );
    assert!(r.kind_docs.starts_with("# rate-cap"));
    assert_eq!(r.valid_from, Some(date("2020-08-20")));
    let r = c.rule("us-ca-rate-cap").unwrap();
    assert_eq!(r.regions.as_deref(), Some(&["US-CA".to_string()][..]));
    assert!(c.rule("no-such-rule").is_none());
    for k in KINDS {
        assert!(k.docs.contains("**Parameters.**"), "{}", k.name);
    }
}

#[test]
fn numbers_and_toml_dates_are_accepted() {
    let text = MINE
        .replace("cap_percent = \"10\"", "cap_percent = 10.5")
        .replace(
            "severity = \"warning\"",
            "severity = \"warning\"\nvalid_from = 2024-01-01",
        );
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("mine.toml");
    std::fs::write(&p, &text).unwrap();
    assert!(
        schema_errors(&text).is_empty(),
        "{:?}",
        schema_errors(&text)
    );
    let c = Checker::load(&[p.display().to_string()]).unwrap();
    let mut t = cn_licensed();
    t.rates.push(interest("10.6", "年利率10.6%"));
    let (f, _) = run_with(&c, &t, None, "2024-01-01", None, None);
    assert_eq!(get(&f, "my-rate-above-10").figures["limit_percent"], "10.5");
    let (f, _) = run_with(&c, &t, None, "2023-12-31", None, None);
    assert!(!has(&f, "my-rate-above-10"));
    t.rates[0] = interest("10.5", "年利率10.5%");
    let (f, _) = run_with(&c, &t, None, "2024-01-01", None, None);
    assert!(!has(&f, "my-rate-above-10"), "at the cap is not above it");
}

#[test]
fn schema_inconsistency_kinds_match_the_model() {
    let s = schema();
    let listed: Vec<&str> = s["$defs"]["inconsistency-kind"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Json::as_str)
        .collect();
    let code: Vec<&str> = InconsistencyKind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(listed, code);
}

#[test]
fn an_unknown_inconsistency_kind_is_a_load_error_with_its_line() {
    let text = MINE
        .replace("kind = \"rate-cap\"", "kind = \"inconsistency\"")
        .replace(
            "params = { measure = \"contract-rate\", cap = { cap_percent = \"10\" } }",
            "params = { kinds = [\"amount-words-mismatch\"] }",
        );
    let err = load_text(&text).unwrap_err().to_string();
    assert!(err.contains("mine.toml: line 13:"), "{err}");
    assert!(
        err.contains("unknown variant `amount-words-mismatch`"),
        "{err}"
    );
    assert!(
        !schema_errors(&text).is_empty(),
        "the schema rejects it too"
    );
    let known = text.replace("amount-words-mismatch", "stated-figures-mismatch");
    assert!(
        schema_errors(&known).is_empty(),
        "{:?}",
        schema_errors(&known)
    );
    let c = load_text(&known).unwrap();
    let mut t = cn_licensed();
    t.inconsistencies.push(Inconsistency {
        kind: InconsistencyKind::StatedFiguresMismatch.as_str().into(),
        message: "还款总额12,000元 vs 计算得出11,200元".into(),
        evidence: ev("还款总额：12,000元"),
    });
    let (f, _) = run_with(&c, &t, None, "2025-06-01", None, None);
    assert!(get(&f, "my-rate-above-10").message.contains("11,200"));
}

/// The `.toml` file stems in a folder of the repository, sorted.
fn stems(folder: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut v: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no .toml files in {}", dir.display());
    v
}

#[test]
fn every_ruleset_file_is_bundled_under_its_own_id() {
    let mut bundled: Vec<String> = BUNDLED.iter().map(|(id, _)| id.to_string()).collect();
    bundled.sort();
    assert_eq!(bundled, stems("rulesets"));
    let mut indexes: Vec<String> = BUNDLED_INDEXES
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
    indexes.sort();
    assert_eq!(indexes, stems("rulesets/index"));
    for (id, text) in BUNDLED {
        let rs = Ruleset::parse(text, id, true).unwrap();
        assert_eq!(&rs.id, id, "rulesets/{id}.toml declares id `{}`", rs.id);
        assert!(rs.order.is_some(), "bundled {id} states its order");
    }
}

#[test]
fn a_truncated_file_gets_a_message_not_a_blank() {
    // The TOML parser says nothing for a file that ends at `key =`: the error must still say
    // what is wrong, with the line.
    let end = MINE.find("cap_percent = ").unwrap() + "cap_percent =".len();
    let err = load_text(&MINE[..end]).unwrap_err().to_string();
    let (_, message) = err.split_once("line 13: ").expect("names the line");
    assert!(message.contains("incomplete"), "{err}");
    for (id, text) in BUNDLED {
        let end = text.rfind('=').unwrap() + 1;
        let err = Ruleset::parse(&text[..end], id, true).unwrap_err();
        assert!(!err.1.trim().is_empty(), "{id}: {err:?}");
    }
}
