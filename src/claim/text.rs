//! The claim's headline and money in words, in both report languages.

use rust_decimal::Decimal;

use super::cents;

/// An amount with its currency sign (`¥9,200.00`, `£15.00`; other currencies by code).
pub fn money(currency: &str, amount: Decimal) -> String {
    let sign = match currency.to_ascii_uppercase().as_str() {
        "CNY" | "RMB" | "" => "¥",
        "GBP" => "£",
        "USD" => "$",
        "EUR" => "€",
        _ => "",
    };
    let value = cents(amount);
    let negative = value < Decimal::ZERO;
    let text = format!("{:.2}", value.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, "00"));
    let mut grouped = String::new();
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(ch);
    }
    let minus = if negative { "-" } else { "" };
    if sign.is_empty() {
        format!("{minus}{currency} {grouped}.{frac}")
    } else {
        format!("{minus}{sign}{grouped}.{frac}")
    }
}

/// `依法最多应还 ¥X（合同要求 ¥Y，对方要求 ¥Z，超出 ¥W）` and its English equivalent; the
/// demand is left out when there is none, and `W` is then what the contract asks above `X`.
pub fn headline(
    currency: &str,
    lawful: Decimal,
    contract: Decimal,
    demanded: Option<Decimal>,
    above: Decimal,
) -> (String, String) {
    let m = |d| money(currency, d);
    let (demand_zh, demand_en) = demanded
        .map(|d| {
            (
                format!("，对方要求 {}", m(d)),
                format!(", demanded {}", m(d)),
            )
        })
        .unwrap_or_default();
    (
        format!(
            "依法最多应还 {}（合同要求 {}{demand_zh}，超出 {}）",
            m(lawful),
            m(contract),
            m(above)
        ),
        format!(
            "Lawfully owed at most {} (contract asks {}{demand_en}, {} above)",
            m(lawful),
            m(contract),
            m(above)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_groups_thousands_and_rounds_to_the_cent() {
        assert_eq!(money("CNY", dec!(10439.505)), "¥10,439.51");
        assert_eq!(money("GBP", dec!(15)), "£15.00");
        assert_eq!(money("HKD", dec!(999.5)), "HKD 999.50");
        assert_eq!(money("USD", dec!(1234567)), "$1,234,567.00");
    }

    #[test]
    fn headline_names_the_demand_only_when_there_is_one() {
        let (zh, en) = headline("CNY", dec!(900), dec!(950), Some(dec!(1000)), dec!(100));
        assert_eq!(
            zh,
            "依法最多应还 ¥900.00（合同要求 ¥950.00，对方要求 ¥1,000.00，超出 ¥100.00）"
        );
        assert!(en.starts_with("Lawfully owed at most ¥900.00"));
        let (zh, _) = headline("CNY", dec!(900), dec!(950), None, dec!(50));
        assert_eq!(zh, "依法最多应还 ¥900.00（合同要求 ¥950.00，超出 ¥50.00）");
    }
}
