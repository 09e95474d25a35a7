#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! The LPR index table: order, coverage, values at the change points.

use crate::rules_support;

use chrono::Datelike;
use loanlint::check::IndexTable;
use rules_support::*;

fn lpr() -> IndexTable {
    checker()
        .indexes()
        .get("cn-lpr-1y")
        .cloned()
        .expect("LPR table bundled")
}

#[test]
fn monthly_from_the_reform_to_last_verified() {
    let t = lpr();
    assert_eq!(t.values.first().unwrap().from, date("2019-08-20"));
    assert_eq!(t.values.last().unwrap().from, t.last_verified);
    // One publication a month, on the 20th or within a few days after it (holidays).
    let mut month = (2019, 8);
    for v in &t.values {
        assert_eq!(
            (v.from.year(), v.from.month()),
            month,
            "gap or duplicate at {}",
            v.from
        );
        assert!((20..=25).contains(&v.from.day()), "{}", v.from);
        month = if month.1 == 12 {
            (month.0 + 1, 1)
        } else {
            (month.0, month.1 + 1)
        };
    }
}

#[test]
fn values_at_the_change_points() {
    // legal.md §1.2 change points: (publication date, 1-year LPR).
    let changes = [
        ("2019-08-20", "4.25"),
        ("2019-09-20", "4.20"),
        ("2019-11-20", "4.15"),
        ("2020-02-20", "4.05"),
        ("2020-04-20", "3.85"),
        ("2021-12-20", "3.80"),
        ("2022-01-20", "3.70"),
        ("2022-08-22", "3.65"),
        ("2023-06-20", "3.55"),
        ("2023-08-21", "3.45"),
        ("2024-07-22", "3.35"),
        ("2024-10-21", "3.10"),
        ("2025-05-20", "3.00"),
    ];
    let t = lpr();
    for (i, (d, v)) in changes.iter().enumerate() {
        assert_eq!(t.value_on(date(d)).unwrap().percent, dec(v), "{d}");
        // The day before a change still has the previous value.
        if i > 0 {
            let before = date(d).pred_opt().unwrap();
            assert_eq!(
                t.value_on(before).unwrap().percent,
                dec(changes[i - 1].1),
                "{before}"
            );
        }
    }
    assert!(t.value_on(date("2019-08-19")).is_none());
}

#[test]
fn contract_after_last_verified_gets_a_note() {
    let mut t = cn_private();
    t.rates.push(interest("13", "年利率13%"));
    let (f, _) = run(&t, None, "2026-11-15", None);
    let x = get(&f, "cn-pl-interest-above-4x-lpr");
    assert!(
        x.note
            .as_deref()
            .unwrap_or("")
            .contains("assumed unchanged"),
        "{:?}",
        x.note
    );
    let (f, _) = run(&t, None, "2026-01-15", None);
    assert!(get(&f, "cn-pl-interest-above-4x-lpr").note.is_none());
    // Last verified 2026-08-20: the value holds until the next publication (~2026-09-20).
    let (f, _) = run(&t, None, "2026-09-19", None);
    assert!(get(&f, "cn-pl-interest-above-4x-lpr").note.is_none());
    let (f, _) = run(&t, None, "2026-09-20", None);
    assert!(get(&f, "cn-pl-interest-above-4x-lpr").note.is_some());
}

#[test]
fn malformed_tables_are_rejected() {
    let ok = "id = \"x\"\nname = \"X\"\nname_zh = \"X\"\nsource = \"s\"\nlast_verified = \"2020-01-01\"\n";
    let ordered = format!(
        "{ok}[[values]]\nfrom = \"2020-01-01\"\npercent = \"1\"\n[[values]]\nfrom = 2020-02-01\npercent = 2\n"
    );
    assert_eq!(IndexTable::parse(&ordered).unwrap().values.len(), 2);
    let unordered = format!(
        "{ok}[[values]]\nfrom = \"2020-02-01\"\npercent = \"1\"\n[[values]]\nfrom = \"2020-01-01\"\npercent = \"2\"\n"
    );
    assert!(
        IndexTable::parse(&unordered)
            .unwrap_err()
            .1
            .contains("order")
    );
    let unknown =
        format!("{ok}[[values]]\nfrom = \"2020-01-01\"\npercent = \"1\"\nsource = \"x\"\n");
    assert!(
        IndexTable::parse(&unknown)
            .unwrap_err()
            .1
            .contains("unknown field")
    );
    assert!(IndexTable::parse(ok).is_err());
}

#[test]
fn a_newer_table_can_be_passed_without_rebuilding() {
    // Append a (hypothetical, test-only) 2026-09 value of 2.90% and load it with --ruleset.
    let bundled = loanlint::check::BUNDLED_INDEXES[0].1;
    let newer = bundled.replace(
        "last_verified = \"2026-08-20\"",
        "last_verified = \"2026-09-21\"",
    ) + "\n[[values]]\nfrom = \"2026-09-21\"\npercent = \"2.90\"\n";
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("cn-lpr-1y.toml");
    std::fs::write(&p, newer).unwrap();
    let c = loanlint::check::Checker::load(&[p.display().to_string()]).unwrap();
    let mut t = cn_private();
    t.rates.push(interest("11.8", "年利率11.8%"));
    let (f, _) = run_with(&c, &t, None, "2026-09-25", None, None);
    let x = get(&f, "cn-pl-interest-above-4x-lpr");
    assert_eq!(x.figures["limit_percent"], "11.6");
    assert!(
        x.note.is_none(),
        "within the verified range: no note, got {:?}",
        x.note
    );
    // The bundled table: 12% and the contract is clean.
    let (f, _) = run(&t, None, "2026-09-25", None);
    assert!(!has(&f, "cn-pl-interest-above-4x-lpr"));
}
