//! The last place a US state is read from: a large city whose name alone tells the state, said
//! as the place of the loan ("Chicago area", "I live in Houston", "based in Phoenix"). It stands
//! only when nothing else names a state (no governing law, no address, no licence), and says so.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use super::clauses::push_hint;
use crate::model::Terms;
use crate::pattern;

/// (city, state code) from `data/us_cities.tsv`.
static CITIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("data/us_cities.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(c, s)| (c.trim(), s.trim()))
        .collect()
});

/// A city said as a place: after "in", "near", "around", "from", "based in", "out of",
/// "serving", or before "area", "metro", "suburbs".
static CITY_AS_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = CITIES.iter().map(|(c, _)| regex::escape(c)).collect();
    let alt = names.join("|");
    pattern::regex(&format!(
        r"(?-u:\b)(?:(?i:live|living|lives|located|based|reside|residing|from|near|around|in|out of|serving|across)\s+(?:(?i:the)\s+)?(?:(?i:greater)\s+)?({alt})|({alt})\s+(?i:area|metro|metropolitan area|suburbs|region))(?-u:\b)"
    ))
    .expect("static regex")
});

/// No state is named anywhere else: a large city said as the loan's place gives its state,
/// quoted, unless a jurisdiction outside the US is named.
pub(super) fn extract(cx: &Ctx, terms: &mut Terms) {
    if terms
        .jurisdiction_hints
        .iter()
        .any(|h| h.code.starts_with("US-") || !h.code.starts_with("US"))
    {
        return;
    }
    let text = cx.doc.text.as_str();
    let Some((m, city)) = CITY_AS_PLACE.captures_iter(text).find_map(|c| {
        let city = c.get(1).or(c.get(2))?;
        Some((c.get(0)?, city.as_str()))
    }) else {
        return;
    };
    let Some(code) = CITIES.iter().find(|(c, _)| *c == city).map(|(_, s)| *s) else {
        return;
    };
    push_hint(cx, terms, &format!("US-{code}"), m.start(), m.end());
    push_hint(cx, terms, "US", m.start(), m.end());
    terms.assumptions.push(format!(
        "state {code} taken from the city named as the loan's place («{}»): the document names no governing law, no address with a state and no licence; give --jurisdiction US-XX if the borrower lives elsewhere",
        m.as_str()
    ));
}

#[cfg(test)]
mod tests {
    use super::CITY_AS_PLACE;

    #[test]
    fn a_city_said_as_a_place_is_found_and_a_name_is_not() {
        let city = |t: &str| {
            CITY_AS_PLACE
                .captures(t)
                .and_then(|c| c.get(1).or(c.get(2)).map(|m| m.as_str().to_string()))
        };
        assert_eq!(
            city("Fast cash | Houston area | text me").as_deref(),
            Some("Houston")
        );
        assert_eq!(
            city("I live in the greater Seattle region").as_deref(),
            Some("Seattle")
        );
        assert_eq!(city("Chicago Title Insurance Company"), None);
        assert_eq!(city("in Springfield"), None);
    }
}
