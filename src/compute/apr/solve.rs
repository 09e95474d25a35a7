//! Root finding: [`solve`] brackets and converges in `f64` (module `fast`), then polishes
//! and verifies the root in `Decimal`; [`solve_reference`] is the all-`Decimal`
//! safeguarded Newton inside a bisection bracket, the fallback whenever the fast path
//! cannot vouch for its answer, and the oracle the fast path is tested against.

use rust_decimal::{Decimal, MathematicalOps};

use super::AprError;

/// One cash flow at a time made of whole periods plus a fraction.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Point {
    /// Positive for a payment by the consumer, negative for an advance.
    pub signed: Decimal,
    pub whole: u32,
    pub frac: Decimal,
}

/// How a fraction of a period is discounted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Discount {
    /// Appendix J: the fraction earns simple interest, `1 / ((1 + f·i)(1 + i)^t)`.
    SimpleFraction,
    /// IRR / APRC: `(1 + i)^-(t + f)`.
    Compound,
}

pub(crate) const MAX_ITERATIONS: u32 = 400;
/// Longest time from the start, in unit-periods: 55 years of daily periods, beyond any
/// consumer credit. Each solver step costs one multiplication per unit-period up to the
/// last flow, so a far-off date (a payment in the year 9100, found by fuzz/flows_json)
/// made one APR take tens of seconds.
const MAX_PERIODS: u32 = 20_000;
/// Largest periodic rate tried before declaring there is no solution (10^9 per period).
pub(crate) const MAX_RATE: Decimal = rust_decimal_macros::dec!(1_000_000_000);

/// A fraction of a period as the compound model evaluates it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Frac {
    Zero,
    /// `num / den` of a period (days over 365 or 366, months over 12, ...): discounted as
    /// `exp(-ln(1+x)/den)^num`, one `exp` per denominator instead of one per flow.
    Ratio {
        den: u32,
        num: u32,
    },
    /// Any other fraction: `exp(-f·ln(1+x))`.
    Raw,
}

pub(crate) const DENOMINATORS: [u32; 8] = [12, 24, 26, 52, 360, 365, 366, 30];

pub(crate) fn classify_frac(f: Decimal) -> Frac {
    if f.is_zero() {
        return Frac::Zero;
    }
    // `f = m / 10^s` exactly, so `f·den` is within 1e-20 of the whole number `num` when
    // `|m·den − num·10^s| < 10^(s−20)`: integer arithmetic, no rounding. `f64` only proposes
    // `num` (it is within 1e-13 of `f·den`, so a product farther than 1e-6 from a whole
    // number cannot be within 1e-20 of one).
    let (m, scale) = (f.mantissa(), f.scale());
    let approx = f64_of(f);
    for den in DENOMINATORS {
        let near = approx * f64::from(den);
        let num = near.round();
        if (near - num).abs() > 1e-6 {
            continue;
        }
        let exact = whole_multiple(m, scale, den, num as i128);
        if let Some(num) = exact {
            return Frac::Ratio { den, num };
        }
    }
    Frac::Raw
}

/// `10^k` for every `Decimal` scale (`k <= 28`): a table, not an exponentiation per call.
const POW10: [i128; 29] = {
    let mut out = [1_i128; 29];
    let mut k = 1;
    while k < out.len() {
        out[k] = out[k - 1] * 10;
        k += 1;
    }
    out
};

/// [`classify_frac`] of every point's fraction. A schedule repeats a few fractions (a monthly
/// series in years: twelfths), so the last few distinct ones are kept by their exact digits
/// (the same digits give the same answer).
pub(crate) fn classify_fracs(points: &[Point]) -> Vec<Frac> {
    let mut seen: [(u128, Frac); 16] = [(0, Frac::Zero); 16];
    let (mut len, mut next) = (0_usize, 0_usize);
    points
        .iter()
        .map(|p| {
            if p.frac.is_zero() {
                return Frac::Zero;
            }
            let bits = u128::from_le_bytes(p.frac.serialize());
            let known = seen.get(..len).unwrap_or(&[]);
            if let Some((_, f)) = known.iter().find(|(b, _)| *b == bits) {
                return *f;
            }
            let f = classify_frac(p.frac);
            if let Some(slot) = seen.get_mut(next) {
                *slot = (bits, f);
            }
            next = (next + 1) % 16;
            len = (len + 1).min(16);
            f
        })
        .collect()
}

/// `num` when `m / 10^scale · den` is within 1e-20 of it.
fn whole_multiple(m: i128, scale: u32, den: u32, num: i128) -> Option<u32> {
    let pow10 = |k: u32| POW10.get(usize::try_from(k).ok()?).copied();
    let gap = m
        .checked_mul(i128::from(den))?
        .checked_sub(num.checked_mul(pow10(scale)?)?)?
        .checked_abs()?;
    let within = match scale.checked_sub(20) {
        Some(e) => gap < pow10(e)?,
        None => gap == 0,
    };
    if within {
        u32::try_from(num).ok()
    } else {
        None
    }
}

/// `d` in `f64` from its mantissa and scale (within two units in the last place): cheaper
/// than the general conversion, for the `f64` search and bounds only.
pub(crate) fn f64_of(d: Decimal) -> f64 {
    // A 96-bit mantissa converts with one rounding; 10^scale is exact up to 10^22.
    d.mantissa() as f64 / 10_f64.powi(i32::try_from(d.scale()).unwrap_or(0))
}

/// The largest numerator over `den` among the fractions.
fn max_num(fracs: &[Frac], den: u32) -> u32 {
    fracs
        .iter()
        .filter_map(|f| match f {
            Frac::Ratio { den: d, num } if *d == den => Some(*num),
            _ => None,
        })
        .max()
        .unwrap_or(0)
}

/// `r^0 ..= r^max` for `r = exp(-l/den)`.
fn root_powers(l: Decimal, den: u32, max: u32) -> Option<Vec<Decimal>> {
    let root = (-l.checked_div(Decimal::from(den))?).checked_exp()?;
    let mut out = Vec::with_capacity(max as usize + 1);
    let mut acc = Decimal::ONE;
    out.push(acc);
    for _ in 0..max {
        acc = acc.checked_mul(root)?;
        out.push(acc);
    }
    Some(out)
}

/// Net present value of the payments minus the advances at rate `x`, and its derivative.
fn eval(
    points: &[Point],
    fracs: &[Frac],
    x: Decimal,
    model: Discount,
    pows: &mut Vec<Decimal>,
) -> Option<(Decimal, Decimal)> {
    let one_x = Decimal::ONE.checked_add(x)?;
    let v = Decimal::ONE.checked_div(one_x)?;
    let max_whole = points.iter().map(|p| p.whole).max().unwrap_or(0) as usize;
    pows.clear();
    pows.push(Decimal::ONE);
    for k in 1..=max_whole {
        let prev = pows.get(k - 1).copied()?;
        pows.push(prev.checked_mul(v)?);
    }
    let ln = if model == Discount::Compound && points.iter().any(|p| !p.frac.is_zero()) {
        Some(one_x.checked_ln()?)
    } else {
        None
    };
    let mut g = Decimal::ZERO;
    let mut dg = Decimal::ZERO;
    // Powers of exp(-ln(1+x)/den), per denominator in use.
    let mut tables: Vec<(u32, Vec<Decimal>)> = Vec::new();
    for (p, frac) in points.iter().zip(fracs) {
        let base = pows.get(p.whole as usize).copied()?;
        let (disc, weight) = match model {
            Discount::SimpleFraction if p.frac.is_zero() => {
                (base, Decimal::from(p.whole).checked_mul(v)?)
            }
            Discount::SimpleFraction => {
                let denom = Decimal::ONE.checked_add(p.frac.checked_mul(x)?)?;
                let disc = base.checked_div(denom)?;
                // d/dx of the discount factor, divided by the factor.
                let w = Decimal::from(p.whole)
                    .checked_mul(v)?
                    .checked_add(p.frac.checked_div(denom)?)?;
                (disc, w)
            }
            Discount::Compound => {
                let disc = match (ln, *frac) {
                    (Some(l), Frac::Ratio { den, num }) => {
                        let table = match tables.iter().position(|(d, _)| *d == den) {
                            Some(i) => i,
                            None => {
                                tables.push((den, root_powers(l, den, max_num(fracs, den))?));
                                tables.len() - 1
                            }
                        };
                        let factor = tables.get(table)?.1.get(num as usize).copied()?;
                        base.checked_mul(factor)?
                    }
                    (Some(l), Frac::Raw) => {
                        base.checked_mul((-p.frac.checked_mul(l)?).checked_exp()?)?
                    }
                    _ => base,
                };
                let w = (Decimal::from(p.whole) + p.frac).checked_mul(v)?;
                (disc, w)
            }
        };
        let term = p.signed.checked_mul(disc)?;
        g = g.checked_add(term)?;
        dg = dg.checked_sub(term.checked_mul(weight)?)?;
    }
    Some((g, dg))
}

pub(crate) fn checked_sum(mut it: impl Iterator<Item = Decimal>) -> Result<Decimal, AprError> {
    it.try_fold(Decimal::ZERO, |acc, x| acc.checked_add(x))
        .ok_or(AprError::Overflow)
}

/// The amounts paid and advanced, once the flows pass the checks every solver makes first.
pub(crate) struct Screened {
    pub paid: Decimal,
    pub advanced: Decimal,
}

/// The checks made before any solving, identical for both solvers: range, at least one
/// advance and one payment.
pub(crate) fn screen(points: &[Point]) -> Result<Screened, AprError> {
    let paid = checked_sum(
        points
            .iter()
            .filter(|p| p.signed > Decimal::ZERO)
            .map(|p| p.signed),
    )?;
    let advanced = checked_sum(
        points
            .iter()
            .filter(|p| p.signed < Decimal::ZERO)
            .map(|p| -p.signed),
    )?;
    // Longer is a misreading, and the table of powers below would cost too much time.
    if points.iter().any(|p| p.whole > MAX_PERIODS) {
        return Err(AprError::Invalid(format!(
            "a flow lies more than {MAX_PERIODS} unit-periods from the start"
        )));
    }
    if paid.is_zero() || advanced.is_zero() {
        return Err(AprError::NoSolution(
            "the flows need at least one advance and one payment".into(),
        ));
    }
    Ok(Screened { paid, advanced })
}

/// The error when the payments at rate 0 do not cover the advances.
pub(crate) fn never_repaid(s: &Screened) -> AprError {
    AprError::NoSolution(format!(
        "the payments ({}) never repay the amount advanced ({})",
        s.paid, s.advanced
    ))
}

/// The periodic rate `x >= 0` at which payments and advances balance: the `f64` search
/// then the `Decimal` polish, or [`solve_reference`] whenever the fast path declines.
/// Same errors, and the same figure once rounded to the 20 places the reports carry.
pub(crate) fn solve(points: &[Point], model: Discount) -> Result<Decimal, AprError> {
    let screened = screen(points)?;
    // At rate 0 every discount factor is exactly 1: the net sum is exact.
    let g0 = checked_sum(points.iter().map(|p| p.signed))?;
    if g0.is_zero() {
        return Ok(Decimal::ZERO);
    }
    if g0 < Decimal::ZERO {
        return Err(never_repaid(&screened));
    }
    match super::fast::solve(points, model, &screened) {
        Some(x) => Ok(x),
        None => solve_reference(points, model),
    }
}

/// The periodic rate `x >= 0` at which payments and advances balance, all in `Decimal`.
///
/// Errors when the payments never repay the advances (no non-negative root), when no
/// root lies below [`MAX_RATE`], on overflow, or when the iteration does not settle.
pub(crate) fn solve_reference(points: &[Point], model: Discount) -> Result<Decimal, AprError> {
    let Screened { paid, advanced } = screen(points)?;
    let fracs = classify_fracs(points);
    let mut pows = Vec::new();
    let overflow = || AprError::Overflow;
    let (g0, _) = eval(points, &fracs, Decimal::ZERO, model, &mut pows).ok_or_else(overflow)?;
    if g0.is_zero() {
        return Ok(Decimal::ZERO);
    }
    if g0 < Decimal::ZERO {
        return Err(never_repaid(&Screened { paid, advanced }));
    }
    // Bracket: g(lo) > 0 > g(hi).
    let mut lo = Decimal::ZERO;
    let mut hi = Decimal::ONE;
    loop {
        let (g, _) = eval(points, &fracs, hi, model, &mut pows).ok_or_else(overflow)?;
        if g < Decimal::ZERO {
            break;
        }
        if g.is_zero() {
            return Ok(hi);
        }
        lo = hi;
        hi *= Decimal::TWO;
        if hi > MAX_RATE {
            return Err(AprError::NoSolution(
                "no periodic rate balances the payments and the advances".into(),
            ));
        }
    }
    // A first guess from simple interest over the mean time of the payments.
    let weighted = points
        .iter()
        .filter(|p| p.signed > Decimal::ZERO)
        .try_fold(Decimal::ZERO, |acc, p| {
            acc.checked_add(p.signed.checked_mul(Decimal::from(p.whole) + p.frac)?)
        })
        .ok_or(AprError::Overflow)?;
    let mean_time = weighted.checked_div(paid).ok_or(AprError::Overflow)?;
    let mut x = if mean_time > Decimal::ZERO {
        (paid - advanced)
            .checked_div(advanced)
            .and_then(|q| q.checked_div(mean_time))
            .unwrap_or(hi)
    } else {
        (lo + hi) / Decimal::TWO
    };
    if x <= lo || x >= hi {
        x = (lo + hi) / Decimal::TWO;
    }
    let tiny = Decimal::new(1, 24);
    for _ in 0..MAX_ITERATIONS {
        let (g, dg) = eval(points, &fracs, x, model, &mut pows).ok_or_else(overflow)?;
        if g.is_zero() {
            return Ok(x);
        }
        if g > Decimal::ZERO {
            lo = x;
        } else {
            hi = x;
        }
        let newton = if dg.is_zero() {
            None
        } else {
            g.checked_div(dg).and_then(|s| x.checked_sub(s))
        };
        let next = match newton {
            Some(n) if n > lo && n < hi => n,
            _ => (lo + hi) / Decimal::TWO,
        };
        let scale = Decimal::ONE.max(next.abs());
        if (next - x).abs() <= tiny * scale || (hi - lo) <= tiny * scale {
            return Ok(next);
        }
        x = next;
    }
    Err(AprError::NoConvergence(MAX_ITERATIONS))
}
