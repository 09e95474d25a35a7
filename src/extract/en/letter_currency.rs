//! Currencies written as a bare letter before the figure, read only where the document's own
//! signs name the country that writes them so: "K 12,500.00" is the Zambian kwacha in a Zambian
//! loan, the kina in Papua New Guinea, the kyat in Myanmar; "P 4,000.00" the Botswana pula;
//! "Le 2,500.00" the Sierra Leone leone; "MK 150,000" the Malawi kwacha. A letter that more
//! than one named country writes, or that no named country writes, stays no currency ("Block K
//! 12" is an address). As with the rand's "R", the figure must be written as money (its cents,
//! or its thousands grouped).
//!
//! The reading is scoped to one document ([`Scope`], set around the English extraction), and
//! noted with the signs it came from.

use std::cell::RefCell;
use std::sync::LazyLock;

use regex::Regex;

use super::number::Money;
use crate::model::Terms;
use crate::pattern;

/// A country, the letters it writes before a figure, its currency code, and its signs.
struct Country {
    name: &'static str,
    letters: &'static [&'static str],
    code: &'static str,
    signs: &'static str,
}

const COUNTRIES: &[Country] = &[
    Country {
        name: "Zambian kwacha",
        letters: &["K"],
        code: "ZMW",
        signs: r"(?-u:\b)(?:Zambia|Zambian|Lusaka|Ndola|Kitwe|Livingstone, Zambia|Bank of Zambia|Zanaco|ZMW)(?-u:\b)",
    },
    Country {
        name: "Malawi kwacha",
        letters: &["MK", "K"],
        code: "MWK",
        signs: r"(?-u:\b)(?:Malawi|Malawian|Lilongwe|Blantyre|Reserve Bank of Malawi|MWK)(?-u:\b)",
    },
    Country {
        name: "Papua New Guinea kina",
        letters: &["K"],
        code: "PGK",
        signs: r"(?-u:\b)(?:Papua New Guinea|Port Moresby|Bank of Papua New Guinea|PGK)(?-u:\b)",
    },
    Country {
        name: "Myanmar kyat",
        letters: &["K", "Ks"],
        code: "MMK",
        signs: r"(?-u:\b)(?:Myanmar|Yangon|Mandalay|Central Bank of Myanmar|MMK)(?-u:\b)",
    },
    Country {
        name: "Botswana pula",
        letters: &["P"],
        code: "BWP",
        signs: r"(?-u:\b)(?:Botswana|Gaborone|Francistown|Bank of Botswana|BWP)(?-u:\b)",
    },
    Country {
        name: "Sierra Leone leone",
        letters: &["Le", "NLe"],
        code: "SLE",
        signs: r"(?-u:\b)(?:Sierra Leone|Freetown|Bank of Sierra Leone|SLE)(?-u:\b)",
    },
];

static SIGNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    COUNTRIES
        .iter()
        .map(|c| pattern::regex(c.signs).expect("static regex"))
        .collect()
});

/// A letter, then the figure ("K 12,500.00", "P4,000.00", "Le 2,500.00").
static LETTER_MONEY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?:^|[^A-Za-z])(NLe|Le|MK|Ks|K|P) ?-?(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+\.\d{2})(?-u:\b)",
    )
    .expect("static regex")
});

/// A letter read as a currency in this document: the letter, its code, and the note.
#[derive(Clone)]
struct Active {
    letter: &'static str,
    code: &'static str,
    note: String,
}

thread_local! {
    static ACTIVE: RefCell<Vec<Active>> = const { RefCell::new(Vec::new()) };
}

/// The letters of the countries `text` names, each written by exactly one of them.
fn letters_of(text: &str) -> Vec<Active> {
    let named: Vec<(&Country, String)> = COUNTRIES
        .iter()
        .zip(SIGNS.iter())
        .filter_map(|(c, re)| re.find(text).map(|m| (c, m.as_str().to_string())))
        .collect();
    let mut out = Vec::new();
    for (c, sign) in &named {
        for &letter in c.letters {
            let writers = named
                .iter()
                .filter(|(o, _)| o.letters.contains(&letter))
                .count();
            if writers == 1 {
                out.push(Active {
                    letter,
                    code: c.code,
                    note: format!(
                        "\"{letter}\" before a figure read as the {} ({}): the document names «{sign}»",
                        c.name, c.code
                    ),
                });
            }
        }
    }
    out
}

/// The letters read as currencies while one document is extracted; cleared when dropped.
pub(crate) struct Scope {
    active: Vec<Active>,
    /// The letters of an enclosing extraction (a copy of the document read inside it), put back
    /// when this one ends.
    outer: Vec<Active>,
}

impl Scope {
    pub(crate) fn enter(text: &str) -> Scope {
        let active = letters_of(text);
        let outer = ACTIVE.with(|a| std::mem::replace(&mut *a.borrow_mut(), active.clone()));
        Scope { active, outer }
    }

    /// Say, in the terms' assumptions, which letters were read as which currency, when an
    /// amount was read in one.
    pub(crate) fn note(&self, terms: &mut Terms) {
        let used = |code: &str| {
            terms.principal.as_ref().is_some_and(|a| a.currency == code)
                || terms.payment.as_ref().is_some_and(|a| a.currency == code)
        };
        let notes: Vec<String> = self
            .active
            .iter()
            .filter(|a| used(a.code))
            .map(|a| a.note.clone())
            .collect();
        terms.assumptions.extend(notes);
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let outer = std::mem::take(&mut self.outer);
        ACTIVE.with(|a| *a.borrow_mut() = outer);
    }
}

/// Is `word` a letter read as a currency in the document being extracted?
pub(crate) fn is_active(word: &str) -> bool {
    ACTIVE.with(|a| a.borrow().iter().any(|x| x.letter == word))
}

/// Add the amounts written with an active letter to `out` (where no other reading covers them).
pub(crate) fn find(text: &str, out: &mut Vec<Money>) {
    let active = ACTIVE.with(|a| a.borrow().clone());
    if active.is_empty() {
        return;
    }
    for c in LETTER_MONEY.captures_iter(text) {
        let (Some(letter), Some(fig)) = (c.get(1), c.get(2)) else {
            continue;
        };
        let Some(a) = active.iter().find(|a| a.letter == letter.as_str()) else {
            continue;
        };
        if out
            .iter()
            .any(|m| m.start < fig.end() && letter.start() < m.end)
        {
            continue;
        }
        if let Some(amount) = super::number::parse_figure(fig.as_str()) {
            out.push(Money {
                amount,
                currency: a.code,
                start: letter.start(),
                end: fig.end(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_is_a_currency_only_where_one_named_country_writes_it() {
        let png = "Port Moresby branch. Loan amount: K 8,000.00; fortnightly repayment K412.50. Office at Block K 12.";
        let _s = Scope::enter(png);
        let found = super::super::number::find_money(png);
        let got: Vec<(String, &str)> = found
            .iter()
            .map(|m| (m.amount.to_string(), m.currency))
            .collect();
        assert_eq!(
            got,
            vec![
                ("8000.00".to_string(), "PGK"),
                ("412.50".to_string(), "PGK")
            ]
        );
        drop(_s);
        // No country named: no currency.
        assert!(
            super::super::number::find_money(png)
                .iter()
                .all(|m| m.currency != "PGK")
        );
        // Two countries that both write "K": neither reading is taken.
        let both = "Lusaka and Lilongwe offices: K 5,000.00";
        let _s = Scope::enter(both);
        assert!(super::super::number::find_money(both).is_empty());
        drop(_s);
        let bw = "Gaborone, Botswana. Principal P 4,500.00 repaid at P 410.25 a month.";
        let _s = Scope::enter(bw);
        let found = super::super::number::find_money(bw);
        assert_eq!(
            found.first().map(|m| (m.amount.to_string(), m.currency)),
            Some(("4500.00".into(), "BWP"))
        );
    }
}
