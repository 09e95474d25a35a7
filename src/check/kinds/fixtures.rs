//! Test fixtures for the kinds: hand-built terms and a one-rule evaluator.

use std::collections::BTreeMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::{Context, Hit, RuleKind};
use crate::check::index::IndexTable;
use crate::check::{BUNDLED_INDEXES, CheckInput};
use crate::compute::cost::LoanCost;
use crate::model::*;

/// A decimal literal; a mistyped one fails the test instead of reading as 0.
pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|e| panic!("bad decimal literal {s:?}: {e}"))
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("bad date {y}-{m}-{d}"))
}

pub fn ev(text: &str) -> Evidence {
    Evidence {
        page: None,
        text: text.into(),
        start: text.len(),
        end: text.len() * 2,
        low_confidence: false,
        ..Default::default()
    }
}

pub fn rate(kind: RateKind, value: &str, per: Per, text: &str) -> Rate {
    Rate {
        kind,
        value: dec(value),
        per,
        annual_percent: None,
        day_basis: None,
        day_basis_assumed: false,
        label: String::new(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence: ev(text),
    }
}

pub fn fee(kind: FeeKind, amount: &str, timing: FeeTiming, text: &str) -> Fee {
    Fee {
        name: text.into(),
        kind,
        amount: Some(dec(amount)),
        percent: None,
        basis: None,
        per: None,
        timing,
        payee: None,
        note: None,
        evidence: ev(text),
        due_date: None,
        amount_blank: false,
    }
}

pub fn money(x: &str, cur: &str) -> Amount {
    Amount {
        amount: dec(x),
        currency: cur.into(),
        evidence: ev(&format!("{cur} {x}")),
        derived: false,
    }
}

pub fn cost(nominal: &str, effective: &str, net: &str, interest: &str, fees: &str) -> LoanCost {
    crate::check::testing::loan_cost("cn-irr", nominal, effective, net, interest, fees)
        .expect("the stub cost's literals are decimals")
}

/// Parse a kind from inline TOML parameters (`measure = "contract-rate", cap = {...}`),
/// unvalidated.
pub fn parsed_kind(name: &str, params: &str) -> RuleKind {
    let v: toml::Value = toml::from_str(params).unwrap_or_else(|e| panic!("{e}"));
    RuleKind::parse(name, v).unwrap_or_else(|e| panic!("{e}"))
}

/// Parse and validate a kind from inline TOML parameters.
pub fn kind(name: &str, params: &str) -> RuleKind {
    let k = parsed_kind(name, params);
    k.validate().unwrap_or_else(|e| panic!("{e}"));
    k
}

/// One contract to evaluate kinds on.
pub struct Fx {
    pub terms: Terms,
    pub cost: Option<LoanCost>,
    pub date: NaiveDate,
    pub regz: Option<Decimal>,
    indexes: BTreeMap<String, IndexTable>,
}

impl Fx {
    /// CNY 10,000 principal, contract date 2025-06-01.
    pub fn new() -> Fx {
        let mut indexes = BTreeMap::new();
        for (id, text) in BUNDLED_INDEXES {
            let t = IndexTable::parse(text).unwrap_or_else(|e| panic!("index {id}: {e:?}"));
            indexes.insert(t.id.clone(), t);
        }
        Fx {
            terms: Terms {
                principal: Some(money("10000", "CNY")),
                ..Terms::default()
            },
            cost: None,
            date: ymd(2025, 6, 1),
            regz: None,
            indexes,
        }
    }

    pub fn on(mut self, y: i32, m: u32, d: u32) -> Fx {
        self.date = ymd(y, m, d);
        self
    }

    pub fn eval(&self, k: &RuleKind) -> Option<Hit> {
        let input = CheckInput {
            terms: &self.terms,
            cost: self.cost.as_ref(),
            contract_date: self.date,
            jurisdiction: None,
            regz_apr: self.regz,
            lender: None,
        };
        let cx = Context {
            input: &input,
            indexes: &self.indexes,
        };
        k.evaluate(&cx)
    }
}

#[test]
#[should_panic(expected = "bad decimal literal")]
fn a_mistyped_decimal_fails_the_test() {
    // `1O` (letter O) used to read as 0 and let a test pass by accident.
    dec("1O");
}
