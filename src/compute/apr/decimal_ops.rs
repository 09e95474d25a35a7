//! `Decimal` helpers for the fast solver's polish: powers of one base kept per schedule,
//! `e^z` for small `z` without `rust_decimal`'s wide arithmetic, and a cheap short decimal
//! near an `f64`. Each states the roundings it makes; the error bounds in `fast` count them.

use rust_decimal::prelude::FromPrimitive;
use rust_decimal::{Decimal, MathematicalOps};

use super::solve::f64_of;

/// Powers of one base, the few exponents a schedule's gaps use kept: no allocation.
/// `wide`: each power rounded once (`rust_decimal`'s wide `powi`, for the lattice, whose
/// bound counts `2·log2` roundings per power); otherwise by plain multiplications, one
/// rounding each, which the other forms' bounds count (one per unit of exponent).
#[derive(Clone, Copy)]
pub(crate) struct Powers {
    base: Decimal,
    kept: [(u32, Decimal); 6],
    len: usize,
    wide: bool,
}

/// `base^k` by square-and-multiply in plain `Decimal` products.
pub(crate) fn powu_plain(base: Decimal, k: u32) -> Option<Decimal> {
    let (mut acc, mut sq, mut k) = (Decimal::ONE, base, k);
    loop {
        if k & 1 == 1 {
            acc = acc.checked_mul(sq)?;
        }
        k >>= 1;
        if k == 0 {
            return Some(acc);
        }
        sq = sq.checked_mul(sq)?;
    }
}

impl Powers {
    pub(crate) fn new(base: Decimal) -> Self {
        Powers {
            base,
            kept: [(0, Decimal::ZERO); 6],
            len: 0,
            wide: false,
        }
    }

    pub(crate) fn wide(base: Decimal) -> Self {
        Powers {
            wide: true,
            ..Powers::new(base)
        }
    }

    pub(crate) fn get(&mut self, k: u32) -> Option<Decimal> {
        match k {
            0 => return Some(Decimal::ONE),
            1 => return Some(self.base),
            _ => {}
        }
        let kept = self.kept.get(..self.len)?;
        if let Some((_, p)) = kept.iter().find(|(e, _)| *e == k) {
            return Some(*p);
        }
        let p = if self.wide {
            self.base.checked_powi(i64::from(k))?
        } else if let Some((_, p)) = kept.iter().find(|(e, _)| *e + 1 == k) {
            p.checked_mul(self.base)?
        } else {
            powu_plain(self.base, k)?
        };
        if let Some(slot) = self.kept.get_mut(self.len) {
            *slot = (k, p);
            self.len += 1;
        }
        Some(p)
    }
}

/// `1/k` for the Taylor series of [`exp_small`].
static INVERSES: std::sync::LazyLock<[Decimal; 48]> = std::sync::LazyLock::new(|| {
    let mut out = [Decimal::ONE; 48];
    for (k, slot) in out.iter_mut().enumerate().skip(1) {
        *slot = Decimal::ONE / Decimal::from(k);
    }
    out
});

/// `e^z` for `|z| <= 1/2` by Taylor's series in Horner's form, `1 + z(1 + z/2(1 + z/3 …))`:
/// only the outermost product rounds at the size of the result (each inner rounding is
/// scaled down by `z`), so the result is within about one unit of the 28th place; larger
/// arguments go to `rust_decimal`'s `exp`.
pub(crate) fn exp_small(z: Decimal) -> Option<Decimal> {
    let zf = f64_of(z).abs();
    if zf > 0.5 {
        return z.checked_exp();
    }
    // Terms up to z^n/n!, the first left out below 1e-30.
    let (mut n, mut term) = (0_usize, 1.0_f64);
    while term >= 1e-30 && n < 46 {
        n += 1;
        term *= zf / n as f64;
    }
    let mut acc = Decimal::ONE;
    for k in (1..=n).rev() {
        let zk = z.checked_mul(*INVERSES.get(k)?)?;
        acc = Decimal::ONE.checked_add(zk.checked_mul(acc)?)?;
    }
    Some(acc)
}

/// A short decimal within a few units of the 17th significant digit of `f` (at most 28
/// places): cheaper than the exact conversion, and the start and the step need no more
/// (their conversions are counted in `fast::step_error`).
pub(crate) fn decimal_near(f: f64) -> Option<Decimal> {
    if f == 0.0 {
        return Some(Decimal::ZERO);
    }
    if !f.is_finite() {
        return None;
    }
    let magnitude = f.abs().log10().floor();
    let scale = (16.0 - magnitude).clamp(0.0, 28.0);
    let scaled = (f * 10_f64.powi(scale as i32)).round();
    if !scaled.is_finite() || scaled.abs() >= 1e18 {
        return Decimal::from_f64(f);
    }
    Decimal::try_from_i128_with_scale(scaled as i128, scale as u32).ok()
}
