//! The fast path of the rate solver. `f64` finds where the root is, with the reference
//! solver's own bracket and Newton steps; `Decimal` then polishes it with Newton steps on
//! the exact net present value until a step is below the reference solver's tolerance.
//! The rate returned is that last `Decimal` step: `f64` only chose where to start.
//!
//! When every flow lies on one lattice of `n / den` periods (whole periods; or twelfths,
//! days over 365, ... under the compound model), the net present value is one polynomial
//! `Σ signed · r^n` in `r = (1 + x)^(-1/den)`: the root is polished in `r` with no
//! logarithm, exponential or division per step, and the rate is `x = (1/r)^den − 1`.
//! Otherwise the exact net present value is summed as one polynomial in `v = 1/(1+x)` per
//! distinct fraction of a period (Horner: one multiplication per unit-period), with one
//! exponential per denominator of those fractions. The derivative, which only sets the
//! size of a Newton step and not where the iteration stops, is taken in `f64`.
//!
//! Whenever a step is not what a sound start predicts, the answer is `None` and the caller
//! runs the reference solver, so a case the fast path cannot vouch for costs time, never
//! a different figure.

use rust_decimal::prelude::{FromPrimitive, ToPrimitive};
use rust_decimal::{Decimal, MathematicalOps};

use super::solve::{
    DENOMINATORS, Discount, Frac, MAX_ITERATIONS, MAX_RATE, Point, Screened, classify_frac,
};

/// The `f64` search stops when a step is below this, relative to `max(1, x)`.
const F64_TOLERANCE: f64 = 1e-15;
/// The first `Decimal` step may move the `f64` root by at most this (relative): more means
/// the `f64` sums lost too much to cancellation to be trusted.
const F64_TRUST: f64 = 1e-9;
/// The reference solver's tolerance: it stops when a step is below this, relative to
/// `max(1, x)`.
const TINY: f64 = 1e-24;
/// `Decimal` steps allowed: from a sound `f64` start, two suffice (one lands on the root,
/// the next is below the tolerance and verifies it).
const POLISH_STEPS: usize = 4;
/// Largest lattice exponent: beyond it the powers of `r` lose digits (and the polynomial is
/// long), so the per-fraction sums are used instead.
const LATTICE_MAX: u32 = 20_000;

/// A fraction of a period as `num / DENOMINATORS[den]`, when it is one.
type Ratio = Option<(usize, u32)>;

fn ratio(frac: Decimal) -> Ratio {
    match classify_frac(frac) {
        Frac::Ratio { den, num } => Some((DENOMINATORS.iter().position(|d| *d == den)?, num)),
        _ => None,
    }
}

/// The rate, or `None` when the fast path declines (the reference solver then decides).
/// `points` have passed [`screen`](super::solve::screen) and are worth more than the
/// advances at rate 0.
pub(crate) fn solve(points: &[Point], model: Discount, screened: &Screened) -> Option<Decimal> {
    if let Some(lattice) = Lattice::of(points, model) {
        let npv = Npv64::Lattice {
            den: f64::from(lattice.den),
            terms: lattice.terms_f64()?,
        };
        let (x, lo, hi) = search(&npv, model, screened)?;
        return lattice.polish(&npv, x, (lo, hi));
    }
    let flows = points
        .iter()
        .map(|p| {
            Some(FlowF64 {
                signed: p.signed.to_f64()?,
                whole: i32::try_from(p.whole).ok()?,
                frac: p.frac.to_f64()?,
                ratio: ratio(p.frac),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let npv = Npv64::Flows(flows);
    let (x, lo, hi) = search(&npv, model, screened)?;
    polish(&groups(points), &npv, model, x, (lo, hi))
}

/// One flow in `f64`, for the search.
struct FlowF64 {
    signed: f64,
    whole: i32,
    frac: f64,
    ratio: Ratio,
}

/// The net present value in `f64`, for the search.
enum Npv64 {
    /// `Σ signed · r^n`, `r = (1 + x)^(-1/den)`: `(n, signed)`, the largest `n` first.
    Lattice {
        den: f64,
        terms: Vec<(i32, f64)>,
    },
    Flows(Vec<FlowF64>),
}

impl Npv64 {
    /// The value at rate `x` and its derivative in `x`.
    fn eval(&self, model: Discount, x: f64) -> (f64, f64) {
        match self {
            Npv64::Lattice { den, terms } => {
                let r = lattice_root(x, *den);
                let (p, dp) = horner_f64(terms, r);
                (p, -dp * r / (den * (1.0 + x)))
            }
            Npv64::Flows(flows) => eval_flows(flows, model, x),
        }
    }

    /// The payments' mean time in periods, weighted by amount.
    fn mean_time(&self, paid: f64) -> f64 {
        let weighted: f64 = match self {
            Npv64::Lattice { den, terms } => terms
                .iter()
                .filter(|(_, s)| *s > 0.0)
                .map(|(n, s)| s * f64::from(*n) / den)
                .sum(),
            Npv64::Flows(flows) => flows
                .iter()
                .filter(|p| p.signed > 0.0)
                .map(|p| p.signed * (f64::from(p.whole) + p.frac))
                .sum(),
        };
        weighted / paid
    }
}

/// `(1 + x)^(-1/den)`.
fn lattice_root(x: f64, den: f64) -> f64 {
    if den == 1.0 {
        1.0 / (1.0 + x)
    } else {
        (-x.ln_1p() / den).exp()
    }
}

/// `Σ signed · r^n` and its derivative in `r`, by Horner's rule over descending `n`.
fn horner_f64(terms: &[(i32, f64)], r: f64) -> (f64, f64) {
    let (mut p, mut dp) = (0.0, 0.0);
    let shift = |p: &mut f64, dp: &mut f64, k: i32| {
        if k > 0 {
            let rk1 = r.powi(k - 1);
            *dp = *dp * rk1 * r + *p * f64::from(k) * rk1;
            *p *= rk1 * r;
        }
    };
    let mut prev: Option<i32> = None;
    for &(n, s) in terms {
        if let Some(m) = prev {
            shift(&mut p, &mut dp, m - n);
        }
        p += s;
        prev = Some(n);
    }
    shift(&mut p, &mut dp, prev.unwrap_or(0));
    (p, dp)
}

/// Net present value of the flows at rate `x`, and its derivative, in `f64`; one
/// exponential per denominator of the fractions (their powers by multiplication).
fn eval_flows(flows: &[FlowF64], model: Discount, x: f64) -> (f64, f64) {
    let v = 1.0 / (1.0 + x);
    let ln = x.ln_1p();
    let mut roots = [f64::NAN; DENOMINATORS.len()];
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
            Discount::Compound => {
                let factor = p
                    .ratio
                    .and_then(|(d, num)| ratio_factor(&mut roots, d, num, ln))
                    .unwrap_or_else(|| (-p.frac * ln).exp());
                (base * factor, (whole + p.frac) * v)
            }
        };
        let term = p.signed * disc;
        g += term;
        dg -= term * weight;
    }
    (g, dg)
}

/// `exp(-ln/den)^num` for `den = DENOMINATORS[d]`, the root kept in `roots[d]`.
fn ratio_factor(roots: &mut [f64], d: usize, num: u32, ln: f64) -> Option<f64> {
    let root = roots.get_mut(d)?;
    if root.is_nan() {
        *root = (-ln / f64::from(*DENOMINATORS.get(d)?)).exp();
    }
    Some(root.powi(i32::try_from(num).ok()?))
}

/// The reference solver's bracket and safeguarded Newton iteration, in `f64`: the root
/// and the last bracket `(x, lo, hi)`.
fn search(npv: &Npv64, model: Discount, screened: &Screened) -> Option<(f64, f64, f64)> {
    let max_rate = MAX_RATE.to_f64()?;
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    loop {
        let (g, _) = npv.eval(model, hi);
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
    let mean_time = npv.mean_time(paid);
    let mut x = if mean_time > 0.0 {
        (paid - advanced) / advanced / mean_time
    } else {
        (lo + hi) / 2.0
    };
    if !(x > lo && x < hi) {
        x = (lo + hi) / 2.0;
    }
    for _ in 0..MAX_ITERATIONS {
        let (g, dg) = npv.eval(model, x);
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

/// `x` when it lies inside the `f64` bracket widened by the `f64` trust margin.
fn inside(x: Decimal, (lo, hi): (f64, f64)) -> Option<Decimal> {
    let f = x.to_f64()?;
    let margin = F64_TRUST * f.abs().max(1.0);
    (f > lo - margin && f < hi + margin).then_some(x)
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Flows whose times are all multiples of `1/den` period.
struct Lattice {
    den: u32,
    /// `(n, signed)`: the flow at `n / den` periods, the largest `n` first.
    terms: Vec<(u32, Decimal)>,
}

impl Lattice {
    /// The lattice of `points`, when there is a small one: whole periods only, or (compound
    /// discounting) fractions that are all ratios with small denominators.
    fn of(points: &[Point], model: Discount) -> Option<Lattice> {
        let mut den = 1_u32;
        let mut placed = Vec::with_capacity(points.len());
        for p in points {
            let (num, d) = if p.frac.is_zero() {
                (0, 1)
            } else if model == Discount::Compound {
                match classify_frac(p.frac) {
                    Frac::Ratio { den, num } => (num, den),
                    _ => return None,
                }
            } else {
                return None;
            };
            den = (den / gcd(den, d)).checked_mul(d)?;
            placed.push((p.whole, num, d, p.signed));
        }
        let mut terms = Vec::with_capacity(placed.len());
        for (whole, num, d, signed) in placed {
            let n = whole.checked_mul(den)?.checked_add(num * (den / d))?;
            if n > LATTICE_MAX {
                return None;
            }
            terms.push((n, signed));
        }
        terms.sort_by_key(|t| std::cmp::Reverse(t.0));
        Some(Lattice { den, terms })
    }

    fn terms_f64(&self) -> Option<Vec<(i32, f64)>> {
        self.terms
            .iter()
            .map(|(n, s)| Some((i32::try_from(*n).ok()?, s.to_f64()?)))
            .collect()
    }

    /// Newton steps in `r` from the `f64` root until the step they make in `x` is below the
    /// reference solver's tolerance; the rate must stay inside the `f64` bracket.
    fn polish(&self, npv: &Npv64, start: f64, bracket: (f64, f64)) -> Option<Decimal> {
        let Npv64::Lattice { den, terms } = npv else {
            return None;
        };
        let rate = |r: Decimal| -> Option<Decimal> {
            let grown = Decimal::ONE
                .checked_div(r)?
                .checked_powi(i64::from(self.den))?;
            inside(grown.checked_sub(Decimal::ONE)?, bracket)
        };
        let mut r = Decimal::from_f64(lattice_root(start, *den))?;
        for step in 0..POLISH_STEPS {
            let p = horner(&self.terms, r)?;
            if p.is_zero() {
                return rate(r);
            }
            let rf = r.to_f64()?;
            let (_, dp) = horner_f64(terms, rf);
            let delta = p.to_f64()? / dp;
            // The step in `x = r^-den − 1` this step in `r` makes.
            let x = rf.powf(-den) - 1.0;
            let dx = (delta * den * (1.0 + x) / rf).abs();
            if !dx.is_finite() {
                return None;
            }
            let scale = x.abs().max(1.0);
            if step == 0 && dx > F64_TRUST * scale {
                return None;
            }
            let next = r.checked_sub(Decimal::from_f64(delta)?)?;
            if dx <= TINY * scale {
                return rate(next);
            }
            r = next;
        }
        None
    }
}

/// The flows that share one fraction of a period: `Σ signed · v^whole` is one polynomial.
struct Group {
    frac: Decimal,
    ratio: Ratio,
    /// `(whole, signed)`, the largest `whole` first.
    terms: Vec<(u32, Decimal)>,
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
                ratio: ratio(p.frac),
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
        Some(last) if last > 0 => acc.checked_mul(power(v, last)?),
        _ => Some(acc),
    }
}

/// Net present value of the flows at rate `x`, in `Decimal`: one exponential per
/// denominator of the fractions (their numerators as powers), as the reference solver.
fn npv(groups: &[Group], model: Discount, x: Decimal) -> Option<Decimal> {
    let one_x = Decimal::ONE.checked_add(x)?;
    let v = Decimal::ONE.checked_div(one_x)?;
    let ln = if model == Discount::Compound && groups.iter().any(|g| !g.frac.is_zero()) {
        Some(one_x.checked_ln()?)
    } else {
        None
    };
    let mut roots: [Option<Decimal>; DENOMINATORS.len()] = [None; DENOMINATORS.len()];
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
                    let factor = match group.ratio {
                        Some((d, num)) => {
                            let slot = roots.get_mut(d)?;
                            let root = match *slot {
                                Some(root) => root,
                                None => {
                                    let den = Decimal::from(*DENOMINATORS.get(d)?);
                                    let root = (-l.checked_div(den)?).checked_exp()?;
                                    *slot = Some(root);
                                    root
                                }
                            };
                            power(root, num)?
                        }
                        None => (-group.frac.checked_mul(l)?).checked_exp()?,
                    };
                    poly.checked_mul(factor)?
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
    npv64: &Npv64,
    model: Discount,
    start: f64,
    bracket: (f64, f64),
) -> Option<Decimal> {
    let tiny = Decimal::new(1, 24);
    let mut x = Decimal::from_f64(start)?;
    for step in 0..POLISH_STEPS {
        let g = npv(groups, model, x)?;
        if g.is_zero() {
            return inside(x, bracket);
        }
        let (_, dg) = npv64.eval(model, x.to_f64()?);
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
            return inside(next, bracket);
        }
        x = next;
    }
    None
}
