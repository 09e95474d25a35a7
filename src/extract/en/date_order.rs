//! Countries that write numeric dates day first (12/02/2026 is 12 February), beyond those
//! `locale` already knows by their dollar or law: a loan's own currency (Trinidad and Tobago,
//! Jamaican, Ghanaian, Nigerian, Kenyan dollars, cedis, naira, shillings, rand ...) or the
//! country named in the document's head ("Couva, Trinidad, W.I.", "Accra, Ghana", "Lagos
//! State"). A US or Canadian law or place named in the document outweighs a country named in
//! passing; Canada writes both orders and is not here.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{Amount, Terms};
use crate::pattern;

/// Currencies of countries whose numeric dates are written day first (GBP, EUR and INR are
/// `dates`' own UK order, read before this).
const DAY_FIRST_CURRENCIES: [&str; 15] = [
    "TTD", "JMD", "BBD", "XCD", "BZD", "GYD", "GHS", "NGN", "KES", "UGX", "TZS", "RWF", "ZAR",
    "AUD", "NZD",
];

/// A day-first country named in the head of the document (group 0 the sign).
static COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?:Trinidad and Tobago|Trinidad & Tobago|Trinidad,? W\.\s?I\.?|Port of Spain|San Fernando, Trinidad|Tobago|Jamaica|Barbados|Guyana|Belize|St\.? Lucia|Grenada|Ghana|Accra|Kumasi|Nigeria|Lagos State|Abuja|Kenya|Nairobi|Uganda|Kampala|Tanzania|Dar es Salaam|Rwanda|Kigali|Zambia|Lusaka|South Africa|Johannesburg|Ireland|Dublin|United Kingdom|England and Wales|Scotland|Northern Ireland|Australia|New Zealand|India)(?-u:\b)")
        .expect("static regex")
});

/// How far into the document a country named counts (letterhead, parties, heading).
const HEAD: usize = 1500;

/// Why the document's numeric dates are read day first, if its currency or its country says
/// so: "the loan is in TTD, whose country writes dates day first".
pub(super) fn sign(text: &str, terms: &Terms) -> Option<String> {
    let own: Option<&Amount> = [&terms.principal, &terms.disbursed, &terms.total_of_payments]
        .into_iter()
        .flatten()
        .next();
    if let Some(a) = own.filter(|a| DAY_FIRST_CURRENCIES.contains(&a.currency.as_str())) {
        return Some(format!(
            "the loan is in {}, whose country writes dates day first",
            a.currency
        ));
    }
    // A loan in US or Canadian dollars, or under a US or Canadian law, keeps its own order.
    let american = own.is_some_and(|a| matches!(a.currency.as_str(), "USD" | "CAD"))
        || terms
            .jurisdiction_hints
            .iter()
            .any(|h| h.code == "US" || h.code.starts_with("US-") || h.code.starts_with("CA"));
    if american {
        return None;
    }
    let head = text.get(..super::floor(text, HEAD)).unwrap_or("");
    COUNTRY.find(head).map(|m| {
        format!(
            "the document names «{}», where dates are written day first",
            m.as_str()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Evidence;

    fn in_currency(code: &str) -> Terms {
        Terms {
            principal: Some(Amount {
                amount: 500.into(),
                currency: code.into(),
                evidence: Evidence::default(),
                derived: false,
            }),
            ..Terms::default()
        }
    }

    #[test]
    fn a_day_first_currency_or_country_orders_the_dates() {
        assert!(sign("", &in_currency("JMD")).is_some());
        assert!(sign("", &in_currency("GHS")).is_some());
        assert!(sign("", &in_currency("USD")).is_none());
        assert!(
            sign(
                "Kaneshie Branch, Accra, Ghana\nDate: 04/05/2026",
                &Terms::default()
            )
            .is_some_and(|s| s.contains("Accra"))
        );
        // A Canadian or US loan that names such a country keeps its order.
        assert!(sign("Our call centre is in India.", &in_currency("CAD")).is_none());
        assert!(sign("Lender: Acme, Dallas", &Terms::default()).is_none());
    }
}
