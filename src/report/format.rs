//! Display helpers. Numbers are rounded only here, for display: half away from zero
//! (`MidpointAwayFromZero`, the usual commercial rounding), to 2 decimals unless said otherwise.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::model::Language;

/// The language a human report is written in.
pub type Lang = Language;

/// `12345.6` -> `12,345.60` (with the currency symbol when known).
pub fn display_amount(amount: Decimal, currency: &str) -> String {
    let rounded = amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero);
    let s = format!("{rounded:.2}");
    let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "00"));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let symbol = match currency {
        "CNY" => "¥",
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        _ => "",
    };
    if symbol.is_empty() {
        format!("{sign}{grouped}.{frac} {currency}")
    } else {
        format!("{sign}{symbol}{grouped}.{frac}")
    }
}

/// An amount as [`display_amount`] writes it; in Chinese a currency with no sign is named in
/// words (`50,000.00 港元`, not `50,000.00 HKD`).
pub fn display_amount_in(amount: Decimal, currency: &str, lang: Language) -> String {
    let shown = display_amount(amount, currency);
    let key = format!("currency.{currency}");
    match shown.strip_suffix(currency) {
        Some(figure) if lang == Language::Zh && crate::i18n::has(lang, &key) => {
            format!("{figure}{}", crate::i18n::t(lang, &key))
        }
        _ => shown,
    }
}

/// A percentage rounded half away from zero to `dp` decimals, with trailing `%`.
pub fn display_percent(value: Decimal, dp: u32) -> String {
    let r = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    format!("{r:.prec$}%", prec = dp as usize)
}

/// A rate value as stated (no rounding beyond trimming zeros).
pub fn display_rate_value(value: Decimal) -> String {
    format!("{}%", value.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn a_currency_with_no_sign_is_named_in_chinese_words() {
        assert_eq!(
            display_amount_in(dec!(50000), "HKD", Language::Zh),
            "50,000.00 港元"
        );
        assert_eq!(
            display_amount_in(dec!(1234.5), "TWD", Language::Zh),
            "1,234.50 新台币"
        );
        assert_eq!(
            display_amount_in(dec!(50000), "HKD", Language::En),
            "50,000.00 HKD"
        );
        assert_eq!(display_amount_in(dec!(8), "CNY", Language::Zh), "¥8.00");
        // A code the catalogue does not name stays a code.
        assert_eq!(display_amount_in(dec!(1), "XYZ", Language::Zh), "1.00 XYZ");
    }

    #[test]
    fn amounts_group_and_round() {
        assert_eq!(display_amount(dec!(12345.675), "CNY"), "¥12,345.68");
        assert_eq!(display_amount(dec!(300), "USD"), "$300.00");
        assert_eq!(display_amount(dec!(-1000000.5), "XYZ"), "-1,000,000.50 XYZ");
    }

    #[test]
    fn percents_round_half_up() {
        assert_eq!(display_percent(dec!(12.345), 2), "12.35%");
        assert_eq!(display_percent(dec!(782.1428571), 2), "782.14%");
        assert_eq!(display_rate_value(dec!(0.0500)), "0.05%");
    }
}
