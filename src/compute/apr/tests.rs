use super::*;
use rust_decimal_macros::dec;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn smoke() {
    let f = Flows::from_json(r#"{"advances":[{"amount":"1000","date":"1994-01-01"}],"payments":[{"amount":"1200","date":"1995-07-01"}]}"#).unwrap();
    for m in [Method::EuAprc, Method::UsRegz, Method::CnIrr] {
        let r = compute(&f, m).unwrap();
        eprintln!("{}", serde_json::to_string(&r).unwrap());
    }
    let q = QuickForm {
        amount: dec!(100000),
        deducted: dec!(1000),
        payment: dec!(8833.3),
        count: 12,
        every: UnitPeriod::Months(1),
        first: None,
        start: None,
    };
    for m in [Method::EuAprc, Method::UsRegz, Method::CnIrr] {
        let r = compute(&q.flows().unwrap(), m).unwrap();
        eprintln!("{}", serde_json::to_string(&r).unwrap());
    }
    let q = QuickForm {
        amount: dec!(100000),
        deducted: dec!(1000),
        payment: dec!(8833.3),
        count: 12,
        every: UnitPeriod::Months(1),
        first: Some(d("2025-02-15")),
        start: Some(d("2025-01-15")),
    };
    for m in [Method::EuAprc, Method::UsRegz, Method::CnIrr] {
        let r = compute(&q.flows().unwrap(), m).unwrap();
        eprintln!("{} {:?}", serde_json::to_string(&r).unwrap(), r.notes);
    }
}
