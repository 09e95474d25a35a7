//! The claim's headline and money in words, in both report languages.

use rust_decimal::Decimal;

/// An amount with its currency sign (`¥9,200.00`, `£15.00`); no currency reads as yuan.
pub fn money(currency: &str, amount: Decimal) -> String {
    money_in(currency, amount, crate::model::Language::En)
}

/// [`money`] in the report language: in Chinese a currency with no sign is named in words.
pub fn money_in(currency: &str, amount: Decimal, lang: crate::model::Language) -> String {
    let code = if currency.is_empty() || currency.eq_ignore_ascii_case("RMB") {
        "CNY"
    } else {
        currency
    };
    crate::report::display_amount_in(amount, code, lang)
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
    let z = |d| money_in(currency, d, crate::model::Language::Zh);
    let (demand_zh, demand_en) = demanded
        .map(|d| {
            (
                format!("，对方要求 {}", z(d)),
                format!(", demanded {}", m(d)),
            )
        })
        .unwrap_or_default();
    (
        format!(
            "依法最多应还 {}（合同要求 {}{demand_zh}，超出 {}）",
            z(lawful),
            z(contract),
            z(above)
        ),
        format!(
            "Lawfully owed at most {} (contract asks {}{demand_en}, {} above)",
            m(lawful),
            m(contract),
            m(above)
        ),
    )
}

impl super::ClaimComponent {
    /// The component's name, its three figures side by side (`合同 ¥X | 依法 ¥Y | 差额 ¥Z`)
    /// and its arithmetic, in the report language.
    pub fn side_by_side(&self, currency: &str, zh: bool) -> (&str, String, &str) {
        let lang = match zh {
            true => crate::model::Language::Zh,
            false => crate::model::Language::En,
        };
        let m = |d| money_in(currency, d, lang);
        let (name, arithmetic, words) = if zh {
            (&self.name_zh, &self.arithmetic_zh, ["合同", "依法", "差额"])
        } else {
            (
                &self.name_en,
                &self.arithmetic_en,
                ["contract", "law", "difference"],
            )
        };
        let figures = format!(
            "{} {} | {} {} | {} {}",
            words[0],
            m(self.contract),
            words[1],
            m(self.lawful),
            words[2],
            m(self.difference)
        );
        (name, figures, arithmetic)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn money_groups_thousands_and_rounds_to_the_cent() {
        assert_eq!(money("CNY", dec!(10439.505)), "¥10,439.51");
        assert_eq!(money("GBP", dec!(15)), "£15.00");
        assert_eq!(money("HKD", dec!(999.5)), "999.50 HKD");
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
