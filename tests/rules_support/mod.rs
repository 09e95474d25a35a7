//! Builders for hand-made contract terms, shared by the `rules_*` tests.
#![allow(dead_code, clippy::unwrap_used)] // test builders: a bad literal is a test failure

use std::str::FromStr;

use chrono::NaiveDate;
use loanlint::check::{CheckInput, CheckOutcome, Checker};
use loanlint::compute::cost::LoanCost;
use loanlint::model::*;
use rust_decimal::Decimal;

pub fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Evidence for a sentence (offsets are arbitrary but distinct per text).
pub fn ev(text: &str) -> Evidence {
    let start = text.len() * 7 % 1000;
    Evidence {
        page: None,
        text: text.to_string(),
        start,
        end: start + text.chars().count(),
        low_confidence: false,
        ..Default::default()
    }
}

pub fn amount(x: &str, currency: &str, text: &str) -> Amount {
    Amount {
        amount: dec(x),
        currency: currency.into(),
        evidence: ev(text),
        derived: false,
    }
}

/// A rate with its simple annualisation filled in as the extractor would.
pub fn rate(kind: RateKind, value: &str, per: Per, text: &str) -> Rate {
    let v = dec(value);
    let annual = match per {
        Per::Day => v.checked_mul(Decimal::from(365)),
        Per::Week => v.checked_mul(Decimal::from(52)),
        Per::Month => v.checked_mul(Decimal::from(12)),
        Per::Year => Some(v),
        Per::Once => None,
    };
    Rate {
        kind,
        value: v,
        per,
        annual_percent: annual,
        day_basis: (per == Per::Day).then_some(365),
        day_basis_assumed: false,
        label: String::new(),
        comprehensive: false,
        basis: None,
        markup_percent: None,
        evidence: ev(text),
    }
}

pub fn interest(annual: &str, text: &str) -> Rate {
    rate(RateKind::Interest, annual, Per::Year, text)
}

pub fn fee(name: &str, kind: FeeKind, amount: Option<&str>, timing: FeeTiming, text: &str) -> Fee {
    Fee {
        name: name.into(),
        kind,
        amount: amount.map(dec),
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

pub fn clause(kind: ClauseKind, text: &str) -> Clause {
    Clause {
        kind,
        evidence: ev(text),
    }
}

pub fn lender(t: LenderType, text: &str) -> Option<Party> {
    Some(Party {
        name: None,
        lender_type: t,
        evidence: ev(text),
    })
}

pub fn hint(code: &str, text: &str) -> JurisdictionHint {
    JurisdictionHint {
        code: code.into(),
        evidence: ev(text),
    }
}

pub fn months(n: u32, text: &str) -> Option<LoanTerm> {
    Some(LoanTerm {
        months: Some(n),
        days: None,
        evidence: ev(text),
    })
}

pub fn days(n: u32, text: &str) -> Option<LoanTerm> {
    Some(LoanTerm {
        months: None,
        days: Some(n),
        evidence: ev(text),
    })
}

/// A Chinese private loan of CNY 10,000 between individuals, no rate yet.
pub fn cn_private() -> Terms {
    Terms {
        principal: Some(amount(
            "10000",
            "CNY",
            "借款金额：人民币壹万元整（¥10,000.00）",
        )),
        lender: lender(LenderType::Individual, "出借人：张三"),
        term: months(12, "借款期限为12个月"),
        ..Terms::default()
    }
}

/// A Chinese consumer-finance loan of CNY 10,000.
pub fn cn_licensed() -> Terms {
    Terms {
        principal: Some(amount("10000", "CNY", "借款金额：人民币10,000元")),
        lender: lender(LenderType::ConsumerFinance, "贷款人：某某消费金融有限公司"),
        term: months(12, "借款期限12期"),
        ..Terms::default()
    }
}

/// A US closed-end loan of USD 1,000.
pub fn us_loan() -> Terms {
    Terms {
        principal: Some(amount("1000", "USD", "Amount Financed $1,000.00")),
        lender: lender(LenderType::LicensedNonBank, "Lender: Quick Cash LLC"),
        term: months(12, "12 monthly payments"),
        ..Terms::default()
    }
}

/// A cost with the given APR and totals (the crate's one test stub of `LoanCost`).
pub fn cost(
    method: &str,
    nominal: &str,
    effective: &str,
    net: &str,
    interest: &str,
    fees: &str,
) -> LoanCost {
    loanlint::check::testing::loan_cost(method, nominal, effective, net, interest, fees)
        .expect("the stub cost's literals are decimals")
}

pub fn checker() -> Checker {
    Checker::load(&[]).expect("bundled rulesets load")
}

/// Run the bundled checker.
pub fn run(
    terms: &Terms,
    cost: Option<&LoanCost>,
    on: &str,
    jurisdiction: Option<&str>,
) -> (Vec<Finding>, Vec<AppliedRuleset>) {
    run_with(&checker(), terms, cost, on, jurisdiction, None)
}

pub fn run_with(
    c: &Checker,
    terms: &Terms,
    cost: Option<&LoanCost>,
    on: &str,
    jurisdiction: Option<&str>,
    regz_apr: Option<Decimal>,
) -> (Vec<Finding>, Vec<AppliedRuleset>) {
    c.check(&CheckInput {
        terms,
        cost,
        contract_date: date(on),
        jurisdiction,
        regz_apr,
        lender: None,
    })
}

/// Run the bundled checker and keep everything it says (jurisdiction, notices).
pub fn outcome(
    terms: &Terms,
    cost: Option<&LoanCost>,
    on: &str,
    jurisdiction: Option<&str>,
) -> CheckOutcome {
    checker().check_outcome(&CheckInput {
        terms,
        cost,
        contract_date: date(on),
        jurisdiction,
        regz_apr: None,
        lender: None,
    })
}

pub fn ids(f: &[Finding]) -> Vec<&str> {
    f.iter().map(|x| x.rule_id.as_str()).collect()
}

pub fn has(f: &[Finding], id: &str) -> bool {
    f.iter().any(|x| x.rule_id == id)
}

pub fn get<'a>(f: &'a [Finding], id: &str) -> &'a Finding {
    f.iter()
        .find(|x| x.rule_id == id)
        .unwrap_or_else(|| panic!("no finding {id} in {:?}", ids(f)))
}

pub fn applied(a: &[AppliedRuleset]) -> Vec<&str> {
    a.iter().map(|x| x.id.as_str()).collect()
}
