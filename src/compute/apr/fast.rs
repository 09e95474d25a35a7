//! The fast path of the rate solver. `f64` finds where the root is, with the reference
//! solver's own bracket and Newton steps; `Decimal` then polishes it with Newton steps on
//! the exact net present value until a step is below the reference solver's tolerance.
//! The rate returned is that last `Decimal` step: `f64` only chose where to start.
//!
//! The exact net present value is summed as one polynomial in `v = 1/(1+x)` per distinct
//! fraction of a period (Horner: one multiplication per unit-period), instead of one
//! power and one discount factor per flow. The derivative, which only sets the size of a
//! Newton step and not where the iteration stops, is taken in `f64`.
//!
//! Whenever a step is not what a sound start predicts, the answer is `None` and the caller
//! runs the reference solver, so a case the fast path cannot vouch for costs time, never
//! a different figure.

use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, MathematicalOps};

use super::solve::{Discount, MAX_ITERATIONS, MAX_RATE, Point, Screened};

/// The `f64` search stops when a step is below this, relative to `max(1, x)`.
const F64_TOLERANCE: f64 = 1e-15;
/// The first `Decimal` step may move the `f64` root by at most this (relative): more means
/// the `f64` sums lost too much to cancellation to be trusted.
const F64_TRUST: f64 = 1e-9;
/// `Decimal` steps allowed: from a sound `f64` start, two suffice (one lands on the root,
/// the next is below the tolerance and verifies it).
const POLISH_STEPS: usize = 4;

/// One flow in `f64`, for the search.
struct FlowF64 {
    signed: f64,
    whole: i32,
    frac: f64,
}

/// The flows that share one fraction of a period: `Σ signed · v^whole` is one polynomial.
struct Group {
    frac: Decimal,
    /// `(whole, signed)`, the largest `whole` first.
    terms: Vec<(u32, Decimal)>,
}

/// The rate, or `None` when the fast path declines (the reference solver then decides).
/// `points` have passed [`screen`](super::solve::screen) and are worth more than the
/// advances at rate 0.
pub(crate) fn solve(points: &[Point], model: Discount, screened: &Screened) -> Option<Decimal> {
    let flows = points
        .iter()
        .map(|p| {
            Some(FlowF64 {
                signed: p.signed.to_f64()?,
                whole: i32::try_from(p.whole).ok()?,
                frac: p.frac.to_f64()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let (x, lo, hi) = search(&flows, model, screened)?;
    polish(&groups(points), &flows, model, x, (lo, hi))
}

/// Net present value of the flows at rate `x`, and its derivative, in `f64`.
fn eval_f64(flows: &[FlowF64], model: Discount, x: f64) -> (f64, f64) {
    let v = 1.0 / (1.0 + x);
    let ln = x.ln_1p();
    let (mut g, mut dg) = (0.0, 0.0);
    for p in flows {
        let base = v.powi(p.whole);
        let whole = f64::from(p.whole);
        let (disc, weight) = match model {
            Discount::SimpleFraction if p.frac == 0.0 => (base, whole * v),
            Discount::SimpleFraction => {
                let denom = 1.0 + p.frac * x;
                (base / denom, whole * v + p.frac / denom)
            }
            Discount::Compound if p.frac == 0.0 => (base, whole * v),
            Discount::Compound => (base * (-p.frac * ln).exp(), (whole + p.frac) * v),
        };
        let term = p.signed * disc;
        g += term;
        dg -= term * weight;
    }
    (g, dg)
}

/// The reference solver's bracket and safeguarded Newton iteration, in `f64`: the root
/// and the last bracket `(x, lo, hi)`.
fn search(flows: &[FlowF64], model: Discount, screened: &Screened) -> Option<(f64, f64, f64)> {
    let max_rate = MAX_RATE.to_f64()?;
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    loop {
        let (g, _) = eval_f64(flows, model, hi);
        if !g.is_finite() || g == 0.0 {
            return None;
        }
        if g < 0.0 {
            break;
        }
        lo = hi;
        hi *= 2.0;
        if hi > max_rate {
            return None;
        }
    }
    let paid = screened.paid.to_f64()?;
    let advanced = screened.advanced.to_f64()?;
    let weighted: f64 = flows
        .iter()
        .filter(|p| p.signed > 0.0)
        .map(|p| p.signed * (f64::from(p.whole) + p.frac))
        .sum();
    let mean_time = weighted / paid;
    let mut x = if mean_time > 0.0 {
        (paid - advanced) / advanced / mean_time
    } else {
        (lo + hi) / 2.0
    };
    if !(x > lo && x < hi) {
        x = (lo + hi) / 2.0;
    }
    for _ in 0..MAX_ITERATIONS {
        let (g, dg) = eval_f64(flows, model, x);
        if !g.is_finite() || !dg.is_finite() {
            return None;
        }
        if g == 0.0 {
            return Some((x, lo, hi));
        }
        if g > 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let newton = x - g / dg;
        let next = if newton > lo && newton < hi {
            newton
        } else {
            (lo + hi) / 2.0
        };
        let scale = next.abs().max(1.0);
        if (next - x).abs() <= F64_TOLERANCE * scale || hi - lo <= F64_TOLERANCE * scale {
            return Some((next, lo, hi));
        }
        x = next;
    }
    None
}

/// The flows grouped by fraction of a period, each group's terms by descending `whole`.
fn groups(points: &[Point]) -> Vec<Group> {
    let mut sorted: Vec<&Point> = points.iter().collect();
    sorted.sort_by(|a, b| a.frac.cmp(&b.frac).then(b.whole.cmp(&a.whole)));
    let mut out: Vec<Group> = Vec::new();
    for p in sorted {
        match out.last_mut() {
            Some(g) if g.frac == p.frac => g.terms.push((p.whole, p.signed)),
            _ => out.push(Group {
                frac: p.frac,
                terms: vec![(p.whole, p.signed)],
            }),
        }
    }
    out
}

fn power(v: Decimal, k: u32) -> Option<Decimal> {
    match k {
        0 => Some(Decimal::ONE),
        1 => Some(v),
        k => v.checked_powi(i64::from(k)),
    }
}

/// `Σ signed · v^whole` by Horner's rule over descending `whole`.
fn horner(terms: &[(u32, Decimal)], v: Decimal) -> Option<Decimal> {
    let mut acc = Decimal::ZERO;
    let mut prev: Option<u32> = None;
    for &(whole, signed) in terms {
        if let Some(p) = prev {
            if p != whole {
                acc = acc.checked_mul(power(v, p.checked_sub(whole)?)?)?;
            }
        }
        acc = acc.checked_add(signed)?;
        prev = Some(whole);
    }
    match prev {
        Some(last) => acc.checked_mul(power(v, last)?),
        None => Some(acc),
    }
}

/// Net present value of the flows at rate `x`, in `Decimal`.
fn npv(groups: &[Group], model: Discount, x: Decimal) -> Option<Decimal> {
    let one_x = Decimal::ONE.checked_add(x)?;
    let v = Decimal::ONE.checked_div(one_x)?;
    let ln = if model == Discount::Compound && groups.iter().any(|g| !g.frac.is_zero()) {
        Some(one_x.checked_ln()?)
    } else {
        None
    };
    let mut total = Decimal::ZERO;
    for group in groups {
        let poly = horner(&group.terms, v)?;
        let value = if group.frac.is_zero() {
            poly
        } else {
            match (model, ln) {
                (Discount::SimpleFraction, _) => {
                    poly.checked_div(Decimal::ONE.checked_add(group.frac.checked_mul(x)?)?)?
                }
                (Discount::Compound, Some(l)) => {
                    poly.checked_mul((-group.frac.checked_mul(l)?).checked_exp()?)?
                }
                (Discount::Compound, None) => return None,
            }
        };
        total = total.checked_add(value)?;
    }
    Some(total)
}

/// Newton steps in `Decimal` from the `f64` root until a step is below the reference
/// solver's tolerance; the root must stay inside the `f64` bracket (widened by the `f64`
/// trust margin).
fn polish(
    groups: &[Group],
    flows: &[FlowF64],
    model: Discount,
    start: f64,
    (lo, hi): (f64, f64),
) -> Option<Decimal> {
    let tiny = Decimal::new(1, 24);
    let inside = |x: Decimal| -> Option<Decimal> {
        let f = x.to_f64()?;
        let margin = F64_TRUST * f.abs().max(1.0);
        (f > lo - margin && f < hi + margin).then_some(x)
    };
    let mut x = Decimal::from_f64(start)?;
    for step in 0..POLISH_STEPS {
        let g = npv(groups, model, x)?;
        if g.is_zero() {
            return inside(x);
        }
        let (_, dg) = eval_f64(flows, model, x.to_f64()?);
        let delta = g.to_f64()? / dg;
        if !delta.is_finite() {
            return None;
        }
        let next_f = x.to_f64()? - delta;
        if step == 0 && delta.abs() > F64_TRUST * next_f.abs().max(1.0) {
            return None;
        }
        let next = x.checked_sub(Decimal::from_f64(delta)?)?;
        let scale = Decimal::ONE.max(next.abs());
        if (next - x).abs() <= tiny * scale {
            return inside(next);
        }
        x = next;
    }
    None
}
