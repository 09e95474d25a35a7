//! EU/UK APRC time: each flow's distance from the first drawdown in years (Directive
//! 2008/48 Annex I remark (c), UK CONC App 1.2: a year has 365 days (366 in a leap year),
//! 52 weeks or 12 equal months).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

use super::solve::Point;
use super::{
    AprError, EuTimeBasis, Flow, Flows, UnitPeriod, both_dated, date_of, dates, first_advance,
    signed_points, stated_unit, time_of,
};

/// How the default basis ([`EuTimeBasis::Periods`]) measures dated intervals, by the
/// period the flows repeat on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    /// Whole months as twelfths of a year, then days over 365.
    Months,
    /// Whole weeks as 52nds of a year, then days over 365.
    Weeks,
    /// Whole years, then days over 365 (366).
    Calendar,
}

/// A monthly (or semimonthly) series in months, a weekly one in weeks; anything else (a
/// single repayment, whose term is stated in days) in actual days.
fn measure_of(series: Option<UnitPeriod>) -> Measure {
    match series {
        Some(UnitPeriod::Months(_) | UnitPeriod::Semimonth) => Measure::Months,
        Some(UnitPeriod::Weeks(_)) => Measure::Weeks,
        Some(UnitPeriod::Days(n)) if n % 7 == 0 => Measure::Weeks,
        _ => Measure::Calendar,
    }
}

/// The note that states how times were measured (the convention is an assumption).
fn note(basis: EuTimeBasis, measure: Measure) -> &'static str {
    match (basis, measure) {
        (EuTimeBasis::EqualMonths, _) => "time in years: 12 equal months, then days / 365",
        (_, Measure::Calendar) => "time in years: whole years counted back, then days / 365 (366)",
        (_, Measure::Months) => {
            "time in years: a monthly series, whole months as twelfths of a year (12 equal \
             months), then the days left over (counted back to the drawdown) / 365"
        }
        (_, Measure::Weeks) => {
            "time in years: a weekly series, whole weeks as 52nds of a year, then the days left \
             over (counted back to the drawdown) / 365"
        }
    }
}

/// Whole weeks from `start` to `later` as 52nds of a year, then the days left over / 365.
fn years_weeks(start: NaiveDate, later: NaiveDate) -> Option<(u32, Decimal)> {
    let days = (later - start).num_days();
    if days < 0 {
        return None;
    }
    let weeks = days / 7;
    let frac = dates::ratio(weeks % 52, 52) + dates::ratio(days % 7, 365);
    Some((u32::try_from(weeks / 52).ok()?, frac))
}

/// EU/UK: each flow's time in years from the first drawdown. `series` is the period the
/// dated flows repeat on, when they run in a series (the stated unit-period, or the most
/// frequent common period): it chooses the default measure.
pub(super) fn year_points_of(
    flows: &Flows,
    adv: &[Flow],
    pay: &[Flow],
    series: Option<UnitPeriod>,
) -> Result<(Vec<Point>, Vec<String>), AprError> {
    let mut notes = Vec::new();
    let points = if both_dated(adv, pay)? {
        let start = first_advance(adv)?;
        let basis = flows.eu_time_basis.unwrap_or_default();
        let measure = match basis {
            EuTimeBasis::Calendar => Measure::Calendar,
            EuTimeBasis::EqualMonths => Measure::Months,
            EuTimeBasis::Periods => measure_of(series),
        };
        notes.push(note(basis, measure).to_string());
        signed_points(adv, pay, |f| {
            let d = date_of(f).ok_or(AprError::Overflow)?;
            match measure {
                Measure::Calendar => dates::years_calendar(start, d),
                Measure::Months => dates::years_equal_months(start, d, f.anchor_day),
                Measure::Weeks => years_weeks(start, d),
            }
            .ok_or_else(|| {
                AprError::Invalid(format!("a flow on {d} falls before the first drawdown"))
            })
        })?
    } else {
        let unit = stated_unit(flows)?;
        let w = unit.per_year();
        notes.push(format!(
            "time in years: unit-periods of one {unit} ({} per year)",
            w.round_dp(6).normalize()
        ));
        // A whole number of periods per year (12 months, 52 weeks, 24 semimonths, ...): whole
        // periods split into years and a remainder over `w`, each remainder's quotient made
        // once (a series repeats them). Otherwise one division per flow.
        let per_year = w
            .to_u32()
            .filter(|n| w.fract().is_zero() && (1..=366).contains(n));
        let mut quotients: Vec<Option<Decimal>> = vec![None; per_year.map_or(0, |n| n as usize)];
        signed_points(adv, pay, |f| {
            let t = time_of(f)?;
            if let (Some(n), true) = (per_year, t.fraction.is_zero()) {
                let rest = t.periods % n;
                let slot = quotients.get_mut(rest as usize).ok_or(AprError::Overflow)?;
                let q = *slot.get_or_insert_with(|| dates::ratio(i64::from(rest), i64::from(n)));
                return Ok((t.periods / n, q));
            }
            let years = (Decimal::from(t.periods) + t.fraction)
                .checked_div(w)
                .ok_or(AprError::Overflow)?;
            let whole = years.floor();
            Ok((whole.to_u32().ok_or(AprError::Overflow)?, years - whole))
        })?
    };
    Ok((points, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    /// Every way of measuring time states itself in a Chinese report in Chinese, not quoted in
    /// English.
    #[test]
    fn every_time_note_has_its_chinese() {
        let bases = [
            EuTimeBasis::Periods,
            EuTimeBasis::Calendar,
            EuTimeBasis::EqualMonths,
        ];
        let measures = [Measure::Months, Measure::Weeks, Measure::Calendar];
        for basis in bases {
            for measure in measures {
                let en = note(basis, measure);
                let zh = crate::i18n::from_english(Language::Zh, en);
                assert!(
                    !zh.contains(en) && !zh.is_ascii(),
                    "{basis:?}/{measure:?}: {en:?} -> {zh:?}"
                );
            }
        }
    }
}
