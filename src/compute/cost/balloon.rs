//! A balloon: level payments that leave part of the principal to a larger last payment.
//! Does a stated last payment follow from the rate, and which rate makes it follow?

use rust_decimal::Decimal;

use super::cent;

/// The last payment after `count - 1` level payments of `pay` at `rate` a period (interest on
/// the balance, rounded to the cent each period): the balance left plus its interest.
/// `None` when the payments repay everything before the last.
fn last_after(principal: Decimal, rate: Decimal, pay: Decimal, count: u32) -> Option<Decimal> {
    let mut balance = principal;
    for _ in 1..count {
        let interest = cent(balance.checked_mul(rate)?);
        balance = balance.checked_sub(pay.checked_sub(interest)?)?;
        if balance <= Decimal::ZERO {
            return None;
        }
    }
    balance.checked_add(cent(balance.checked_mul(rate)?))
}

/// Do `count - 1` payments of `pay` at `rate` leave the stated `last` payment, within a cent a
/// period, and is it a balloon (larger than the level payment)?
pub(super) fn fits(
    principal: Decimal,
    rate: Decimal,
    pay: Decimal,
    count: u32,
    last: Decimal,
) -> bool {
    if count < 2 || last <= pay || count > 1200 {
        return false;
    }
    let tolerance = Decimal::new(1, 2) * Decimal::from(count);
    last_after(principal, rate, pay, count).is_some_and(|l| (l - last).abs() <= tolerance)
}

/// The periodic rate at which `count - 1` payments of `pay` and the `last` one repay
/// `principal` (bisection: the last payment grows with the rate). `None` when no rate in
/// 0..100% a period does.
pub(super) fn rate(principal: Decimal, pay: Decimal, count: u32, last: Decimal) -> Option<Decimal> {
    if count < 2 || last <= pay || count > 1200 || pay <= Decimal::ZERO {
        return None;
    }
    let at = |r: Decimal| last_after(principal, r, pay, count);
    let (mut lo, mut hi) = (Decimal::ZERO, Decimal::ONE);
    // At no interest the payments must leave at most the last one; at 100% at least.
    if at(lo).is_none_or(|l| l > last) || at(hi).is_some_and(|l| l < last) {
        return None;
    }
    for _ in 0..60 {
        let mid = (lo + hi) / Decimal::TWO;
        match at(mid) {
            Some(l) if l > last => hi = mid,
            Some(_) => lo = mid,
            None => lo = mid,
        }
    }
    let r = (lo + hi) / Decimal::TWO;
    fits(principal, r, pay, count, last).then_some(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_balloon_follows_from_its_rate_and_the_rate_from_the_balloon() {
        // Python: 20000 at 5%/12, 35 payments of 392.98 leave 8358.31; last 8358.31 + 34.83.
        let r = dec!(0.05) / dec!(12);
        assert!(fits(dec!(20000), r, dec!(392.98), 36, dec!(8393.14)));
        assert!(!fits(dec!(20000), r, dec!(392.98), 36, dec!(9000)));
        let solved = rate(dec!(20000), dec!(392.98), 36, dec!(8393.14)).unwrap();
        assert!(
            (solved * dec!(12) - dec!(0.05)).abs() < dec!(0.0001),
            "{solved}"
        );
        // Payments that repay more than the loan at no interest: no rate.
        assert!(rate(dec!(1000), dec!(600), 3, dec!(700)).is_none());
    }
}
