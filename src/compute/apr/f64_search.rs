//! The `f64` half of the fast solver: the net present value and its derivative in `f64`
//! (on a lattice of `n / den` periods by Horner's rule, otherwise flow by flow, one
//! exponential per denominator) and the reference solver's bracket and safeguarded Newton
//! iteration run on it. It only says where the root is; `fast` polishes and verifies it in
//! `Decimal`.

use rust_decimal::prelude::ToPrimitive;

use super::fast::Ratio;
use super::solve::{DENOMINATORS, Discount, MAX_ITERATIONS, MAX_RATE, Screened};

/// The `f64` search stops when a step is below this, relative to `max(1, x)`.
const F64_TOLERANCE: f64 = 1e-15;

/// One flow in `f64`, for the search.
pub(super) struct FlowF64 {
    pub(super) signed: f64,
    pub(super) whole: i32,
    pub(super) frac: f64,
    pub(super) ratio: Ratio,
}

/// The net present value in `f64`, for the search.
pub(super) enum Npv64 {
    /// `Σ signed · r^n`, `r = (1 + x)^(-1/den)`: `(n, signed)`, the largest `n` first.
    Lattice {
        den: f64,
        terms: Vec<(i32, f64)>,
    },
    Flows(Vec<FlowF64>),
}

impl Npv64 {
    /// The value at rate `x` and its derivative in `x`.
    pub(super) fn eval(&self, model: Discount, x: f64) -> (f64, f64) {
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
    pub(super) fn mean_time(&self, paid: f64) -> f64 {
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
pub(super) fn lattice_root(x: f64, den: f64) -> f64 {
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
        if k == 1 {
            // A regular series: one period apart, no power to take.
            *dp = *dp * r + *p;
            *p *= r;
        } else if k > 0 {
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
pub(super) fn search(npv: &Npv64, model: Discount, screened: &Screened) -> Option<(f64, f64, f64)> {
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
