//! The fast path of the rate solver. `f64` finds where the root is, with the reference
//! solver's own bracket and Newton steps; `Decimal` then evaluates the exact net present
//! value there and makes one Newton step from it. The rate returned is that `Decimal`
//! step: `f64` only chose where to start, and sizes the step and its error bound.
//!
//! The step is verified, not iterated to a standstill: with `f64` bounds on the derivative
//! and the curvature near the start, the distance from the new point to the exact root is
//! bounded by the derivative's rounding, the Newton remainder (quadratic in the step) and
//! the rounding of the `Decimal` sum. When that bound is below [`ACCEPT`] (relative) the
//! step is the answer; otherwise another `Decimal` step is made from it, at most
//! [`POLISH_STEPS`] in all. From a sound `f64` start one evaluation suffices.
//!
//! The start is the `f64` root as a short decimal (about 17 digits), so the one evaluation
//! multiplies short numbers. Where the net present value is evaluated:
//! - every flow on one lattice of `n / den` periods (whole periods; or twelfths, days over
//!   365, ... under the compound model): one polynomial `Σ signed · r^n` in
//!   `r = (1 + x)^(-1/den)`, by Horner's rule, the powers of `r` the gaps need kept; the
//!   rate is `x = (1/r)^den − 1`;
//! - otherwise, compound discounting (dated EU flows: days over 365 and over 366): the
//!   variable is `u = ln(1 + x)`, so that no logarithm is needed, only `exp(-u)` and one
//!   `exp(-u/den)` per denominator in use, their powers by running products over the
//!   fractions in order; the rate is `x = e^u − 1` (a three-term series for the step);
//! - otherwise (Appendix J's simple-interest fractions) the rate `x` itself, one
//!   polynomial in `v = 1/(1 + x)` per distinct fraction.
//!
//! Whenever a step is not what a sound start predicts, the answer is `None` and the caller
//! runs the reference solver, so a case the fast path cannot vouch for costs time, never
//! a different figure.

use rust_decimal::{Decimal, MathematicalOps};

use super::decimal_ops::{Powers, decimal_near, exp_small, powu_plain};

use super::f64_search::{FlowF64, Npv64, lattice_root, search};
use super::solve::{DENOMINATORS, Discount, Frac, Point, Screened, classify_fracs, f64_of};

/// The first `Decimal` step may move the `f64` root by at most this (relative): more means
/// the `f64` sums lost too much to cancellation to be trusted.
const F64_TRUST: f64 = 1e-9;
/// The verified error bound a rate must meet, relative to `max(1, x)`: the reports carry
/// 20 places of a percent (1e-22 of a rate), and the reference solver's own figure moves by
/// about 1e-25 with its starting point.
const ACCEPT: f64 = 1e-23;
/// `Decimal` steps allowed: from a sound `f64` start one suffices.
const POLISH_STEPS: usize = 3;
/// Largest lattice exponent: beyond it the powers of `r` lose digits (and the polynomial is
/// long), so the per-fraction sums are used instead.
const LATTICE_MAX: u32 = 20_000;
/// Relative rounding of one `Decimal` operation (96-bit mantissa), with a margin.
const DECIMAL_ULP: f64 = 2e-28;
/// Relative rounding of one `f64` operation.
const F64_ULP: f64 = 1.2e-16;

/// A fraction of a period as `num / DENOMINATORS[den]`, when it is one.
pub(super) type Ratio = Option<(usize, u32)>;

fn ratio(frac: Frac) -> Ratio {
    match frac {
        Frac::Ratio { den, num } => Some((DENOMINATORS.iter().position(|d| *d == den)?, num)),
        _ => None,
    }
}

/// The rate, or `None` when the fast path declines (the reference solver then decides).
/// `points` have passed [`screen`](super::solve::screen) and are worth more than the
/// advances at rate 0.
pub(crate) fn solve(points: &[Point], model: Discount, screened: &Screened) -> Option<Decimal> {
    let fracs = classify_fracs(points);
    if let Some(lattice) = Lattice::of(points, &fracs, model) {
        let npv = Npv64::Lattice {
            den: f64::from(lattice.den),
            terms: lattice.terms_f64()?,
        };
        let (x, lo, hi) = search(&npv, model, screened)?;
        let form = Form::Lattice(&lattice);
        return polish(&form, &npv, x, (lo, hi));
    }
    let mut last: Option<(Decimal, f64)> = None;
    let flows = points
        .iter()
        .zip(&fracs)
        .map(|(p, frac)| {
            // A series repeats its amount: convert it once.
            let signed = match last {
                Some((d, f)) if d == p.signed => f,
                _ => f64_of(p.signed),
            };
            last = Some((p.signed, signed));
            Some(FlowF64 {
                signed,
                whole: i32::try_from(p.whole).ok()?,
                frac: f64_of(p.frac),
                ratio: ratio(*frac),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let npv = Npv64::Flows(flows);
    let (x, lo, hi) = search(&npv, model, screened)?;
    let groups = groups(points, &fracs);
    let form = match model {
        Discount::Compound => Form::Compound(&groups),
        Discount::SimpleFraction => Form::Simple(&groups),
    };
    polish(&form, &npv, x, (lo, hi))
}

/// `x` when it lies inside the `f64` bracket widened by the `f64` trust margin.
fn inside(x: Decimal, (lo, hi): (f64, f64)) -> Option<Decimal> {
    let f = f64_of(x);
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
    fn of(points: &[Point], fracs: &[Frac], model: Discount) -> Option<Lattice> {
        let mut den = 1_u32;
        let mut placed = Vec::with_capacity(points.len());
        for (p, frac) in points.iter().zip(fracs) {
            let (num, d) = match (frac, model) {
                (Frac::Zero, _) => (0, 1),
                (Frac::Ratio { den, num }, Discount::Compound) => (*num, *den),
                _ => return None,
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
        let mut last: Option<(Decimal, f64)> = None;
        self.terms
            .iter()
            .map(|(n, s)| {
                let f = match last {
                    Some((d, f)) if d == *s => f,
                    _ => f64_of(*s),
                };
                last = Some((*s, f));
                Some((i32::try_from(*n).ok()?, f))
            })
            .collect()
    }
}

/// `Σ signed · base^n` by Horner's rule over descending `n`.
fn horner(terms: &[(u32, Decimal)], powers: &mut Powers) -> Option<Decimal> {
    let mut acc = Decimal::ZERO;
    let mut prev: Option<u32> = None;
    for &(n, signed) in terms {
        if let Some(p) = prev {
            if p != n {
                acc = acc.checked_mul(powers.get(p.checked_sub(n)?)?)?;
            }
        }
        acc = acc.checked_add(signed)?;
        prev = Some(n);
    }
    match prev {
        Some(last) if last > 0 => acc.checked_mul(powers.get(last)?),
        _ => Some(acc),
    }
}

/// The flows that share one fraction of a period: `Σ signed · v^whole` is one polynomial.
struct Group {
    frac: Decimal,
    ratio: Ratio,
    /// `(whole, signed)`, the largest `whole` first.
    terms: Vec<(u32, Decimal)>,
}

/// The flows grouped by fraction of a period (in increasing order), each group's terms by
/// descending `whole`.
fn groups(points: &[Point], fracs: &[Frac]) -> Vec<Group> {
    // Ordered by the fraction in `f64` (distinct ratios differ by far more than its
    // rounding; comparing decimals of unlike scales is slow), then by descending `whole`.
    // Two fractions equal only in `f64` may interleave: each run of one exact fraction
    // becomes its own group, and the sum is the same.
    let mut sorted: Vec<(&Point, &Frac, f64)> = points
        .iter()
        .zip(fracs)
        .map(|(p, f)| (p, f, f64_of(p.frac)))
        .collect();
    sorted.sort_unstable_by(|(a, _, fa), (b, _, fb)| fa.total_cmp(fb).then(b.whole.cmp(&a.whole)));
    let mut out: Vec<Group> = Vec::new();
    for (p, frac, _) in sorted {
        match out.last_mut() {
            Some(g) if g.frac == p.frac => g.terms.push((p.whole, p.signed)),
            _ => out.push(Group {
                frac: p.frac,
                ratio: ratio(*frac),
                terms: vec![(p.whole, p.signed)],
            }),
        }
    }
    out
}

/// The running power `root^num` of one denominator's root, over the fractions in order.
#[derive(Clone, Copy)]
struct Running {
    powers: Powers,
    num: u32,
    value: Decimal,
}

/// The variable the `Decimal` Newton step is taken in, and the flows it evaluates.
enum Form<'a> {
    /// `r = (1 + x)^(-1/den)` on a lattice.
    Lattice(&'a Lattice),
    /// `u = ln(1 + x)`, compound discounting off a lattice.
    Compound(&'a [Group]),
    /// `x`, Appendix J's simple-interest fractions.
    Simple(&'a [Group]),
}

/// The products (and roundings of the root) one `e^-u` stands for at `u`: `2·den + 2`
/// when it is the `den`-th power of a root (see [`derived_den`]), else 1.
fn derived_amplification(groups: &[Group], u: f64) -> f64 {
    derived_den(groups, u)
        .and_then(|d| DENOMINATORS.get(d))
        .map_or(1.0, |den| 2.0 * f64::from(*den) + 2.0)
}

/// The `f64` picture near a point: the derivative in the form's variable, the same sum of
/// absolute values (for its rounding), a bound on the second derivative there, the
/// amounts' total (for the `Decimal` rounding), and how fast the second derivative can grow
/// per unit of the variable (its logarithmic rate), with the counts the rounding bounds use.
#[derive(Default)]
struct Local {
    slope: f64,
    abs_slope: f64,
    curvature: f64,
    size: f64,
    reach: f64,
    terms: f64,
    /// The largest exponent a `Decimal` power takes.
    power: f64,
}

impl Local {
    fn add(&mut self, signed: f64, phi: f64, rate: f64, curve: f64, reach: f64) {
        let a = signed.abs();
        self.slope += signed * phi * rate;
        self.abs_slope += a * phi * rate.abs();
        self.curvature += a * phi * curve;
        self.size += a;
        self.reach = self.reach.max(reach);
        self.terms += 1.0;
    }
}

impl Form<'_> {
    /// The start, in the form's variable, for the `f64` rate `x`.
    fn start(&self, x: f64) -> f64 {
        match self {
            Form::Lattice(l) => lattice_root(x, f64::from(l.den)),
            Form::Compound(_) => x.ln_1p(),
            Form::Simple(_) => x,
        }
    }

    /// The net present value at `y` in `Decimal`, and (compound) `e^-y`.
    fn value(&self, y: Decimal) -> Option<(Decimal, Decimal)> {
        match self {
            Form::Lattice(l) => Some((horner(&l.terms, &mut Powers::wide(y))?, Decimal::ONE)),
            Form::Compound(groups) => compound_value(groups, y),
            Form::Simple(groups) => {
                let one_x = Decimal::ONE.checked_add(y)?;
                let mut powers = Powers::new(Decimal::ONE.checked_div(one_x)?);
                let mut total = Decimal::ZERO;
                for g in groups.iter() {
                    let poly = horner(&g.terms, &mut powers)?;
                    let value = if g.frac.is_zero() {
                        poly
                    } else {
                        poly.checked_div(Decimal::ONE.checked_add(g.frac.checked_mul(y)?)?)?
                    };
                    total = total.checked_add(value)?;
                }
                Some((total, Decimal::ONE))
            }
        }
    }

    /// The `f64` picture at `y`.
    fn local(&self, npv: &Npv64, y: f64) -> Local {
        let mut loc = Local::default();
        match (self, npv) {
            (Form::Lattice(_), Npv64::Lattice { terms, .. }) => {
                // The point `y` is exact: only the powers' rounding counts, one per halving
                // of the largest gap. The powers of `y` by running products from the nearest
                // term (a magnitude for the bound: their own rounding is far below its
                // margins).
                let (mut phi, mut at) = (1.0_f64, 0_i32);
                let mut widest = terms.last().map_or(0, |t| t.0);
                let mut next: Option<i32> = None;
                for &(n, s) in terms.iter().rev() {
                    phi *= if n - at == 1 { y } else { y.powi(n - at) };
                    at = n;
                    if let Some(m) = next.replace(n) {
                        widest = widest.max(n - m);
                    }
                    let n = f64::from(n);
                    loc.add(s, phi, n / y, n * (n - 1.0) / (y * y), n / y);
                }
                loc.power = 2.0 * f64::from(widest.max(1)).log2();
            }
            (Form::Compound(groups), Npv64::Flows(flows)) => {
                // Each whole period is one product by `e^-u`, or `den` of them (and the
                // root's rounding `den` times) when it is the root's power.
                let per_whole = derived_amplification(groups, y);
                for p in flows {
                    let t = f64::from(p.whole) + p.frac;
                    loc.add(p.signed, (-y * t).exp(), -t, t * t, t);
                    let num = p.ratio.map_or(0.0, |(_, num)| f64::from(num));
                    loc.power = loc.power.max(f64::from(p.whole) * per_whole + num);
                }
            }
            (Form::Simple(_), Npv64::Flows(flows)) => {
                let v = 1.0 / (1.0 + y);
                for p in flows {
                    let (w, f) = (f64::from(p.whole), p.frac);
                    let denom = 1.0 + f * y;
                    let phi = v.powi(p.whole) / denom;
                    let rate = -(w * v + f / denom);
                    loc.add(p.signed, phi, rate, (w + f) * (w + f) + w + f * f, w + f);
                    loc.power = loc.power.max(w);
                }
            }
            _ => {}
        }
        loc
    }

    /// How far `x` moves per unit of the variable at `y` (`x` the `f64` rate there).
    fn dx_dy(&self, y: f64, x: f64) -> f64 {
        match self {
            Form::Lattice(l) => f64::from(l.den) * (1.0 + x) / y,
            Form::Compound(_) => 1.0 + x,
            Form::Simple(_) => 1.0,
        }
    }

    /// The rate at `y − step`, given `e^-y` (compound) from the evaluation at `y`.
    fn rate(&self, next: Decimal, step: Decimal, grown_inv: Decimal) -> Option<Decimal> {
        match self {
            Form::Lattice(l) => {
                let inv = Decimal::ONE.checked_div(next)?;
                // Plain products (counted in `polish`: `inv >= 1`, so each rounds by at most
                // one unit in the 28th significant digit).
                let grown = if l.den == 1 {
                    inv
                } else {
                    powu_plain(inv, l.den)?
                };
                grown.checked_sub(Decimal::ONE)
            }
            // e^(y − step) = e^y (1 − step + step²/2 − …): the next term is below 1e-27 of
            // the rate once the step is below 1e-9, and it is counted in the bound.
            Form::Compound(_) => {
                let series = Decimal::ONE
                    .checked_sub(step)?
                    .checked_add(step.checked_mul(step)?.checked_div(Decimal::TWO)?)?;
                series.checked_div(grown_inv)?.checked_sub(Decimal::ONE)
            }
            Form::Simple(_) => Some(next),
        }
    }
}

/// The largest `den · whole` for which `e^-u` is taken as the `den`-th power of the root
/// `e^(-u/den)` rather than its own exponential: the power multiplies the root's rounding
/// by `den`, and each whole period by as much again (counted in [`Form::local`]).
const DERIVE_MAX: u32 = 1500;

/// The denominator (index) whose root gives `e^-u`, when the flows are short enough (and
/// `u` at most 1, so that `e^-u` is not small).
fn derived_den(groups: &[Group], u: f64) -> Option<usize> {
    if !(0.0..=1.0).contains(&u) {
        return None;
    }
    let max_whole = groups
        .iter()
        .filter_map(|g| g.terms.first())
        .map(|t| t.0)
        .max()?;
    let d = groups
        .iter()
        .filter(|g| !g.frac.is_zero())
        .filter_map(|g| g.ratio)
        .map(|(d, _)| d)
        .min_by_key(|d| DENOMINATORS.get(*d).copied().unwrap_or(u32::MAX))?;
    let den = *DENOMINATORS.get(d)?;
    (den.checked_mul(max_whole.max(1))? <= DERIVE_MAX).then_some(d)
}

/// The root `e^(-u/den)` of one denominator (index `d`).
fn den_root(u: Decimal, d: usize) -> Option<Decimal> {
    let den = Decimal::from(*DENOMINATORS.get(d)?);
    exp_small(-u.checked_div(den)?)
}

/// The net present value `Σ signed · e^(-u t)` at `u`, and `e^-u`: `Horner` in `e^-u` per
/// fraction, times the fraction's `e^(-u num/den)` as a running product per denominator.
fn compound_value(groups: &[Group], u: Decimal) -> Option<(Decimal, Decimal)> {
    let mut running: [Option<Running>; DENOMINATORS.len()] = [None; DENOMINATORS.len()];
    let v = match derived_den(groups, f64_of(u)) {
        Some(d) => {
            let root = den_root(u, d)?;
            let slot = running.get_mut(d)?;
            *slot = Some(Running {
                powers: Powers::new(root),
                num: 0,
                value: Decimal::ONE,
            });
            powu_plain(root, *DENOMINATORS.get(d)?)?
        }
        None => (-u).checked_exp()?,
    };
    let mut powers = Powers::new(v);
    let mut total = Decimal::ZERO;
    for g in groups {
        let poly = horner(&g.terms, &mut powers)?;
        let factor = match g.ratio {
            _ if g.frac.is_zero() => Decimal::ONE,
            Some((d, num)) => {
                let slot = running.get_mut(d)?;
                let run = match slot {
                    Some(run) => run,
                    None => slot.insert(Running {
                        powers: Powers::new(den_root(u, d)?),
                        num: 0,
                        value: Decimal::ONE,
                    }),
                };
                // Fractions come in increasing order, so the gap is not negative.
                let gap = num.checked_sub(run.num)?;
                run.value = run.value.checked_mul(run.powers.get(gap)?)?;
                run.num = num;
                run.value
            }
            None => (-g.frac.checked_mul(u)?).checked_exp()?,
        };
        total = total.checked_add(poly.checked_mul(factor)?)?;
    }
    Some((total, v))
}

/// A bound on the distance from `y − delta` to the root, in the variable, where `delta` is
/// the Newton step `g / slope` from `y`; `None` when the picture is not sound.
fn step_error(loc: &Local, delta: f64) -> Option<f64> {
    let slope = loc.slope.abs();
    if !(slope > 0.0 && slope.is_finite()) {
        return None;
    }
    // The `Decimal` sum: each term's powers and products, each rounding relative to the
    // amounts' total (discount factors are at most 1), plus the absolute floor of 28 places.
    let ops = 4.0 * loc.terms + 2.0 * loc.power + 64.0;
    let evaluation = ops * DECIMAL_ULP * (loc.size + 1.0) / slope;
    // The `f64` slope, the conversions of the value and the step.
    let slope_rel = 8.0 * F64_ULP + (loc.terms + 8.0) * F64_ULP * loc.abs_slope / slope;
    let distance = 2.0 * (delta.abs() + evaluation);
    let spread = loc.reach * distance;
    if !(spread <= 0.5 && slope_rel <= 0.1) {
        return None;
    }
    // Newton's remainder: |g''| at most `curvature · e^spread` between `y` and the root.
    let remainder = loc.curvature * spread.exp() * distance * distance / (2.0 * slope);
    let bound = slope_rel * delta.abs() * 2.0 + remainder + evaluation;
    bound.is_finite().then_some(bound)
}

/// Newton steps in `Decimal` from the `f64` root until the verified error bound of the
/// rate is below [`ACCEPT`]; the rate must stay inside the `f64` bracket (widened by the
/// `f64` trust margin).
fn polish(form: &Form, npv: &Npv64, start: f64, bracket: (f64, f64)) -> Option<Decimal> {
    let mut y = decimal_near(form.start(start))?;
    for step in 0..POLISH_STEPS {
        let (g, grown_inv) = form.value(y)?;
        let yf = f64_of(y);
        let loc = form.local(npv, yf);
        let delta = if g.is_zero() {
            0.0
        } else {
            f64_of(g) / loc.slope
        };
        // Every step stays within the `f64` trust margin of the `f64` root.
        let x = start;
        let dx = delta.abs() * form.dx_dy(yf, x).abs();
        let scale = x.abs().max(1.0);
        if !dx.is_finite() || (step == 0 && dx > F64_TRUST * scale) {
            return None;
        }
        let err = step_error(&loc, delta)?;
        let step_dec = if delta == 0.0 {
            Decimal::ZERO
        } else {
            decimal_near(delta)?
        };
        let next = y.checked_sub(step_dec)?;
        // Compound: the series' next term, and the rounding of `e^-y` the rate divides by
        // (relative to it, `(1 + x)` times its absolute rounding).
        let series = match form {
            Form::Compound(groups) => {
                delta.abs().powi(3)
                    + derived_amplification(groups, yf) * DECIMAL_ULP * (1.0 + x.abs())
            }
            _ => 0.0,
        };
        // Lattice: `x = (1/r)^den − 1` from the rounded `1/r` (one rounding) by at most
        // `2·log2(den)` rounded products, each error at most doubled per squaring after it:
        // within `(2·den + 8)` roundings of `1 + x`.
        let rate_rounding = match form {
            Form::Lattice(l) if l.den > 1 => {
                (2.0 * f64::from(l.den) + 8.0) * DECIMAL_ULP * (1.0 + x.abs())
            }
            _ => 0.0,
        };
        let err_x = (err + series) * form.dx_dy(yf, x).abs() + rate_rounding;
        if err_x.is_finite() && err_x <= ACCEPT * scale {
            return inside(form.rate(next, step_dec, grown_inv)?, bracket);
        }
        y = next;
    }
    None
}
