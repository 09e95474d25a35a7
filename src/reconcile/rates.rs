//! Two yearly interest rates stated for one loan (`年利率10.8%` in the clauses, `年化利率 21.36%`
//! in a summary box): when the schedule at one of them costs the other, within the tolerance a
//! disclosure is rounded to, the other is the loan's annualised cost, not a second interest
//! rate. Read as an interest rate, it would price the loan a second time.

use rust_decimal::Decimal;

use crate::compute::apr::Method;
use crate::compute::cost;
use crate::model::{Inferred, Per, Rate, RateKind, Terms};

/// How far a stated annualised cost may be from the computed one: a figure rounded to
/// hundredths of a percent, with room for the schedule's cents.
const TOLERANCE_PP: Decimal = Decimal::from_parts(5, 0, 0, false, 2);

fn yearly_interest(r: &Rate) -> Option<Decimal> {
    (r.kind == RateKind::Interest && !r.comprehensive && r.per == Per::Year)
        .then(|| r.annual_percent.unwrap_or(r.value))
}

/// Mark as comprehensive each yearly "interest" rate that is the annualised cost of the
/// schedule at another stated rate, and write the inference down.
pub(super) fn settle(terms: &mut Terms, method: Method) {
    let yearly: Vec<(usize, Decimal)> = terms
        .rates
        .iter()
        .enumerate()
        .filter_map(|(k, r)| yearly_interest(r).map(|v| (k, v)))
        .collect();
    if yearly.len() < 2 || yearly.iter().all(|(_, v)| *v == yearly[0].1) {
        return;
    }
    for &(k, _) in &yearly {
        let mut alone = terms.clone();
        for &(j, _) in &yearly {
            if let (true, Some(r)) = (j != k, alone.rates.get_mut(j)) {
                r.comprehensive = true;
            }
        }
        let Ok(priced) = cost::assess(&alone, method) else {
            continue;
        };
        let apr = priced.apr.nominal_percent;
        let all_in: Vec<usize> = yearly
            .iter()
            .filter(|(j, v)| *j != k && (*v - apr).abs() <= TOLERANCE_PP)
            .map(|(j, _)| *j)
            .collect();
        if all_in.is_empty() {
            continue;
        }
        let rate_quote = terms.rates[k].evidence.clone();
        for j in all_in {
            let Some(r) = terms.rates.get_mut(j) else {
                continue;
            };
            r.comprehensive = true;
            let reason = format!(
                "two yearly rates are stated: at «{}» the schedule costs {}% a year ({}), which is «{}»: that figure is the loan's annualised cost, not a second interest rate",
                rate_quote.text,
                apr.round_dp(2).normalize(),
                method.id(),
                r.evidence.text
            );
            let evidence = vec![rate_quote.clone(), r.evidence.clone()];
            let value = format!("{}% is the annualised cost", r.value.normalize());
            terms.inferred.push(Inferred {
                field: "rates".into(),
                value,
                reason,
                evidence,
            });
        }
        return;
    }
}
