//! English number, money, percentage and date parsing.
//!
//! Figures come in US (`5,000.00`), European (`2.000,00`) and Swiss (`2'500`) notation, and
//! amounts are often written out in words as well ("Five Thousand Dollars ($5,000.00)").

use std::str::FromStr;
use std::sync::LazyLock;

use crate::pattern;
use regex::Regex;
use rust_decimal::Decimal;

mod dates;
pub use dates::{FoundDate, first_date, numeric_dates};

/// A money figure found in the text, with its byte span (marker included).
#[derive(Debug, Clone, PartialEq)]
pub struct Money {
    /// The amount.
    pub amount: Decimal,
    /// ISO 4217 code, from the symbol or code next to the figure.
    pub currency: &'static str,
    /// Byte span of the whole figure including the currency marker.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
}

impl Money {
    /// The same figure with its span moved by `by` bytes: a figure found in a slice of the
    /// text that starts at `by`, placed in the whole text.
    pub fn shifted(self, by: usize) -> Money {
        Money {
            start: by + self.start,
            end: by + self.end,
            ..self
        }
    }
}

/// The currency markers we read, before or after a figure.
const CUR_BEFORE: &str = r"(?:USD|CAD|AUD|NZD|SGD|HKD) ?\$|RM|MYR|US\$|C(?:AD?)?\$|Can\$|AU?\$|NZ\$|S\$|HK\$|JA?\$|TT\$|EC\$|BZ\$|BDS?\$|Bds\$|GY?\$|FJ\$|SI\$|CI\$|N\$|NT\$|SGD|HKD|NZD|JMD|TTD|XCD|BZD|BBD|BSD|GYD|ZAR|PHP|KES|NGN|K[Ss]hs?\.?|UGX|U[Ss]hs?\.?|TZS|T[Ss]hs?\.?|GHS|GH₵|GH¢|₵|RWF|\$|£|€|₹|₱|₦|¥|Rs\.?|USD|GBP|EUR|CHF|INR|CAD|AUD|Fr\.|R";
/// A currency marker that opens a figure, for label patterns (`Principal: NZ$4,000`,
/// `Loan amount: CAD 2,500`): every marker [`find_money`] reads before a figure, so a label is
/// never read for dollars and pounds only. A code may be followed by a space.
pub const MARK_BEFORE: &str = r"(?:(?:USD|CAD|AUD|NZD|SGD|HKD)\s?\$|(?:US|C(?:AD?)?|Can|AU?|NZ|S|HK|JA?|TT|EC|BZ|BDS?|Bds|GY?|FJ|SI|CI|N|NT)?\$|£|€|₹|₱|₦|Rs\.?\s?|(?:USD|GBP|EUR|CHF|INR|CAD|AUD|NZD|SGD|HKD|JMD|TTD|XCD|BZD|BBD|BSD|GYD|ZAR|PHP|KES|NGN|K[Ss]hs?\.?|UGX|U[Ss]hs?\.?|TZS|T[Ss]hs?\.?|GHS|GH₵|GH¢|RWF|MYR|RM)\s?|₵\s?|R\s?)";
const CUR_AFTER: &str = r"MYR|[Rr]inggit|USD|GBP|EUR|CHF|INR|CAD|AUD|NZD|JMD|TTD|XCD|BZD|BBD|BSD|GYD|ZAR|PHP|KES|UGX|TZS|GHS|NGN|RWF|[Rr]and(?-u:\b)|[Dd]ollars?|DOLLARS?|[Pp]ounds?(?: [Ss]terling)?|POUNDS?|[Ee]uros?|EUROS?|Swiss [Ff]rancs?|[Ff]rancs?|[Rr]upees?|RUPEES?";
/// A figure: digits with grouping separators and an optional decimal part.
const FIGURE: &str = r"\d(?:[\d,.'’]*\d)?";

/// Money with the marker before the figure (`$5,000.00`, `USD 5,000`, `£ 10`).
static MONEY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?:^|[^A-Za-z])({CUR_BEFORE}) ?({FIGURE})")).expect("static regex")
});
/// Money with the marker after the figure (`400000 Rupees`, `2'500 Swiss Francs`, `5,000 USD`).
static MONEY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"({FIGURE}) ?({CUR_AFTER})(?-u:\b)")).expect("static regex")
});
/// A currency marker followed by a blank or placeholder (`£ [!! #### !!]`, `$____`, `CHF [amount]`).
pub static MONEY_PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:\$|£|€|(?-u:\b)(?:USD|GBP|EUR|CHF|INR))\s?(?:\[|\{|_{2,}|\.{3,}|\(\s*\))")
        .expect("static regex")
});
/// A percentage: `12%`, `12 %`, `0.0493%`, `10 percent`, `5 per cent`, and a payday APR with
/// its thousands grouped (`1,021.4%`, `1,270%`: a comma before exactly three digits groups
/// thousands; `12,5 %` is a decimal comma).
pub static PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s?(?:%|percent(?-u:\b)|per cent(?-u:\b)|pct(?-u:\b))")
        .expect("static regex")
});

/// A figure whose commas group thousands: `1,021.4`, `1,270`.
static THOUSANDS_GROUPED: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$").expect("static regex"));

/// A number word ("twelve", "hundred"); see [`parse_number_words`].
const NUMBER_WORD: &str = r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)";

/// Money written only in words: "one thousand five hundred dollars", "one hundred
/// thirty-seven dollars and fifty-two cents", "two hundred pounds". (Words followed by their
/// figure in brackets, "Ten Dollars ($10.00)", leave the figure to be read.) A note or a
/// check writes the cents as a fraction: "Nine Thousand and 00/100 Dollars", "Four Hundred
/// Nineteen and 47/100 Dollars", "Five Hundred and no/100 Dollars" (group 2).
static MONEY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)({NUMBER_WORD}(?:(?:\s+and\s+|\s+|-){NUMBER_WORD})*)(?:\s+and\s+(\d{{1,2}}|no|xx)/100)?\s+(dollars?|pounds?(?: sterling)?|euros?)(?:\s+and\s+({NUMBER_WORD}(?:(?:\s+|-){NUMBER_WORD})*)\s+(?:cents?|pence))?(?-u:\b)"))
        .expect("static regex")
});
/// A percentage with a whole number and a fraction, as a note writes it: "2 1/4%",
/// "9-3/4 percent", "2¼%".
static MIXED_PERCENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(\d+)(?:(?:\s|-)([1-9])/([2-9]|1[0-6])|\s?([¼½¾⅛⅜⅝⅞]))\s?(?:%|percent(?-u:\b)|per cent(?-u:\b))")
        .expect("static regex")
});
/// The value of a fraction glyph ("¾" = 0.75).
fn fraction_glyph(glyph: &str) -> Option<Decimal> {
    let (top, bottom) = match glyph {
        "¼" => (1, 4),
        "½" => (1, 2),
        "¾" => (3, 4),
        "⅛" => (1, 8),
        "⅜" => (3, 8),
        "⅝" => (5, 8),
        "⅞" => (7, 8),
        _ => return None,
    };
    Some(Decimal::from(top) / Decimal::from(bottom))
}
/// A whole number of percent and its fraction ("2 1/4%" = 2.25), kept to 4 places.
fn mixed_percent(c: &regex::Captures) -> Option<Decimal> {
    let whole = Decimal::from_str(c.get(1)?.as_str()).ok()?;
    let fraction = match (c.get(2), c.get(3), c.get(4)) {
        (Some(top), Some(bottom), _) => {
            let (top, bottom) = (
                Decimal::from_str(top.as_str()).ok()?,
                Decimal::from_str(bottom.as_str()).ok()?,
            );
            (top < bottom).then(|| top / bottom)?
        }
        (_, _, Some(glyph)) => fraction_glyph(glyph.as_str())?,
        _ => return None,
    };
    Some((whole + fraction).round_dp(4))
}
/// A percentage written only in words: "eighteen percent", "twelve per cent".
static PERCENT_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(r"(?i)(?-u:\b)({NUMBER_WORD}(?:(?:\s+and\s+|\s+|-){NUMBER_WORD})*)(?:\s+and\s+({FRACTION_WORDS}))?\s+(?:percent|per cent)(?-u:\b)"))
        .expect("static regex")
});
/// A fraction in words after a whole number of percent ("nine and three-quarters percent").
const FRACTION_WORDS: &str =
    r"(?:an?|one|two|three|five|seven)[- ](?:halfs?|halves|thirds?|quarters?|eighths?)";

/// The value of a fraction in words ("three-quarters" = 0.75, "a half" = 0.5).
fn fraction_value(words: &str) -> Option<Decimal> {
    let lower = words.to_ascii_lowercase();
    let (top, bottom) = lower.split_once(['-', ' '])?;
    let numerator: i64 = match top {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "five" => 5,
        "seven" => 7,
        _ => return None,
    };
    let denominator: i64 = match bottom.trim_end_matches('s') {
        "half" | "halve" => 2,
        "third" => 3,
        "quarter" => 4,
        "eighth" => 8,
        _ => return None,
    };
    // A third is no finite decimal: kept to 4 places, as a rate is written.
    (numerator < denominator)
        .then(|| (Decimal::from(numerator) / Decimal::from(denominator)).round_dp(4))
}

/// Does a figure in brackets follow (`... Dollars ($10.00)`, `ten percent (10%)`)?
fn figure_follows(text: &str, end: usize) -> bool {
    text.get(end..)
        .is_some_and(|t| t.trim_start().starts_with('('))
}

/// A dollar's code right after a "$" figure ("$5,000.00 CAD").
static DOLLAR_CODE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^ ?(USD|CAD|AUD|NZD|SGD|HKD)(?-u:\b)").expect("static regex")
});

/// A figure with cents or grouped thousands, as a rand amount after a bare "R" is written.
static RAND_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:\d{1,3}(?:[, ]\d{3})+(?:[.,]\d{2})?|\d+[.,]\d{2})$").expect("static regex")
});

/// ISO code for a currency marker.
fn currency_code(marker: &str) -> &'static str {
    let m = marker.trim_end_matches('.').to_ascii_lowercase();
    // "CAD $3,000.00", "AUD$": the code names the dollar its sign stands for.
    let m = match m.strip_suffix('$').map(str::trim_end) {
        Some(code @ ("usd" | "cad" | "aud" | "nzd" | "sgd" | "hkd")) => code.to_string(),
        _ => m,
    };
    match m.as_str() {
        "£" | "gbp" => "GBP",
        "€" | "eur" => "EUR",
        "₹" | "rs" | "inr" => "INR",
        "¥" => "JPY",
        "c$" | "ca$" | "cad$" | "can$" | "cad" => "CAD",
        "a$" | "au$" | "aud" => "AUD",
        "nz$" | "nzd" => "NZD",
        "s$" | "sgd" => "SGD",
        "hk$" | "hkd" => "HKD",
        // The Caribbean's and the Pacific's dollars, as a lender there writes them
        // ("J$150,000.00", "TT$5,000", "EC$2,500.00", "BZ$1,200").
        "j$" | "ja$" | "jmd" => "JMD",
        "tt$" | "ttd" => "TTD",
        "ec$" | "xcd" => "XCD",
        "bz$" | "bzd" => "BZD",
        "bds$" | "bbd" => "BBD",
        "bd$" | "bmd" => "BMD",
        "bsd" => "BSD",
        "g$" | "gy$" | "gyd" => "GYD",
        "fj$" => "FJD",
        "si$" => "SBD",
        "ci$" => "KYD",
        "n$" => "NAD",
        "nt$" => "TWD",
        "chf" | "fr" => "CHF",
        "r" | "zar" | "rand" => "ZAR",
        // The Philippine peso, as a lending company's disclosure statement writes it.
        "₱" | "php" => "PHP",
        // The Kenyan shilling, as a mobile-money lender's message writes it ("Ksh4,000.00").
        "kes" | "ksh" | "kshs" => "KES",
        // The Malaysian ringgit ("RM3,000.00", as a moneylender's Schedule J writes it).
        "rm" | "myr" | "ringgit" => "MYR",
        // The Nigerian naira, as a digital lender's offer screen writes it ("₦150,000.00").
        "₦" | "ngn" => "NGN",
        // East and West African currencies as a SACCO's or a microlender's agreement writes
        // them ("UGX 5,000,000", "USh 50,000", "TSh 200,000", "GH₵1,500.00").
        "ugx" | "ush" | "ushs" => "UGX",
        "tzs" | "tsh" | "tshs" => "TZS",
        "ghs" | "gh₵" | "gh¢" | "₵" => "GHS",
        "rwf" => "RWF",
        _ if m.starts_with("pound") => "GBP",
        _ if m.starts_with("euro") => "EUR",
        _ if m.contains("franc") => "CHF",
        _ if m.starts_with("rupee") => "INR",
        _ => "USD",
    }
}

/// Parse a figure in US, European or Swiss notation. The last `.` or `,` is a decimal point
/// only when followed by one, two or more-than-three digits (three digits mean grouping).
pub fn parse_figure(s: &str) -> Option<Decimal> {
    let s = s.trim_matches(|c: char| !c.is_ascii_digit());
    if s.is_empty() {
        return None;
    }
    let last_sep = s.rfind(['.', ',']);
    let (int_part, frac_part) = match last_sep {
        Some(i) => {
            let frac = s.get(i + 1..)?;
            let sep = s.get(i..i + 1)?;
            let seps_of_kind = s.matches(sep).count();
            let other_sep_before = s.get(..i)?.contains(if sep == "." { ',' } else { '.' });
            // "1,500" or "2.000" (one separator, three digits) is grouping, "1.5" a decimal;
            // when both kinds appear the last one is the decimal mark.
            let int_is_zero = s.get(..i).is_some_and(|p| p.chars().all(|c| c == '0'));
            let is_decimal =
                other_sep_before || (seps_of_kind == 1 && (frac.len() != 3 || int_is_zero));
            if is_decimal {
                (s.get(..i)?, frac)
            } else {
                (s, "")
            }
        }
        None => (s, ""),
    };
    let digits: String = int_part.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 20 {
        return None;
    }
    let text = if frac_part.is_empty() {
        digits
    } else {
        if !frac_part.chars().all(|c| c.is_ascii_digit()) || frac_part.len() > 10 {
            return None;
        }
        format!("{digits}.{frac_part}")
    };
    Decimal::from_str(&text).ok()
}

/// A scale word right after a figure ("million", "billion", "thousand"): the factor and the
/// bytes it takes.
fn scale_after(rest: &str) -> (Decimal, usize) {
    static SCALE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)^ ?(thousand|million|billion|bn|mn|m|k)(?-u:\b)")
            .expect("static regex")
    });
    let Some(c) = SCALE.captures(rest) else {
        return (Decimal::ONE, 0);
    };
    let (Some(all), Some(word)) = (c.get(0), c.get(1)) else {
        return (Decimal::ONE, 0);
    };
    let factor: i64 = match word.as_str().to_ascii_lowercase().as_str() {
        "thousand" | "k" => 1_000,
        "million" | "mn" | "m" => 1_000_000,
        _ => 1_000_000_000,
    };
    (Decimal::from(factor), all.end())
}

/// The money figure that opens `text` (a cell, or what follows a label), if one does.
pub fn money_at_start(text: &str) -> Option<Money> {
    find_money(text).into_iter().next().filter(|m| m.start == 0)
}

/// All money figures in `text` (byte offsets relative to `text`), in order, without overlaps.
pub fn find_money(text: &str) -> Vec<Money> {
    let mut out: Vec<Money> = Vec::new();
    for c in MONEY_BEFORE.captures_iter(text) {
        let (Some(cur), Some(fig)) = (c.get(1), c.get(2)) else {
            continue;
        };
        // A bare "R" (the South African rand) is a marker only before a figure written as
        // money, with its cents or its thousands grouped ("R8,000.00", "R 840.07"): "Form R 12"
        // and "R2" (a row, a grade) are no amounts.
        if cur.as_str() == "R" && !RAND_FIGURE.is_match(fig.as_str()) {
            continue;
        }
        if let Some(amount) = parse_figure(fig.as_str()) {
            // "$2.5 million": the scale word belongs to the amount.
            let (factor, extra) = scale_after(text.get(fig.end()..).unwrap_or(""));
            let mut currency = currency_code(cur.as_str());
            let mut end = fig.end() + extra;
            // "$5,000.00 CAD": the code after the figure says which dollar.
            if cur.as_str() == "$"
                && let Some(code) = DOLLAR_CODE_AFTER.captures(text.get(end..).unwrap_or(""))
                && let (Some(all), Some(word)) = (code.get(0), code.get(1))
            {
                currency = currency_code(word.as_str());
                end += all.end();
            }
            out.push(Money {
                amount: amount * factor,
                currency,
                start: cur.start(),
                end,
            });
        }
    }
    for c in MONEY_AFTER.captures_iter(text) {
        let (Some(fig), Some(cur)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if out
            .iter()
            .any(|m| m.start < cur.end() && fig.start() < m.end)
        {
            continue;
        }
        // "00/100 Dollars" is the cents of an amount in words, not an amount.
        let prev = text.get(..fig.start()).and_then(|t| t.chars().next_back());
        if prev.is_some_and(|ch| ch == '/' || ch.is_ascii_digit() || ch == '.' || ch == ',') {
            continue;
        }
        if let Some(amount) = parse_figure(fig.as_str()) {
            out.push(Money {
                amount,
                currency: currency_code(cur.as_str()),
                start: fig.start(),
                end: cur.end(),
            });
        }
    }
    for c in MONEY_WORDS.captures_iter(text) {
        let (Some(whole), Some(words), Some(cur)) = (c.get(0), c.get(1), c.get(3)) else {
            continue;
        };
        if figure_follows(text, whole.end()) {
            continue;
        }
        let cents = c
            .get(2)
            // "and no/100": no cents.
            .map(|f| f.as_str().parse::<Decimal>().unwrap_or_default())
            .or_else(|| c.get(4).and_then(|w| parse_number_words(w.as_str())))
            .filter(|c| *c < Decimal::ONE_HUNDRED)
            .unwrap_or_default();
        if let Some(units) = parse_number_words(words.as_str()) {
            out.push(Money {
                amount: units + cents / Decimal::ONE_HUNDRED,
                currency: currency_code(cur.as_str()),
                start: whole.start(),
                end: whole.end(),
            });
        }
    }
    // "K 12,500.00" in a Zambian loan: a letter the document's country writes for its currency.
    super::letter_currency::find(text, &mut out);
    out.sort_by_key(|m| m.start);
    out
}

/// A percentage found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct Percent {
    /// The value in percent.
    pub value: Decimal,
    /// Byte span.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
}

/// Does byte `pos` of `text` fall inside a figure rather than start one? True after a digit,
/// and after a decimal point or grouping separator that follows a digit: in "$998.89" and
/// "$2,068" the "89" and the "068" are the tail of an amount, never a count or a figure.
pub fn inside_figure(text: &str, pos: usize) -> bool {
    let mut before = text.get(..pos).unwrap_or("").chars().rev();
    match before.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.' | ',' | '\'' | '’') => before.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Does a figure ending at byte `end` go on ("12" of "12,500", "1" of "1.5")?
pub fn figure_continues(text: &str, end: usize) -> bool {
    let mut after = text.get(end..).unwrap_or("").chars();
    match after.next() {
        Some(c) if c.is_ascii_digit() => true,
        Some('.' | ',' | '\'' | '’') => after.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// Is a bare number at `start..end` the tail of an amount or itself an amount ("$89", "£ 12")?
/// Such a number is never a count of payments, days or months.
pub fn is_money_figure(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end_matches(' ');
    inside_figure(text, start)
        || figure_continues(text, end)
        || before.ends_with(['$', '£', '€', '¥', '₹'])
}

/// All percentages in `text`. A percentage glued to the digits before it ("1,234.5%") is not
/// read: the figure it would give is only the tail of a longer number.
pub fn find_percents(text: &str) -> Vec<Percent> {
    let mixed: Vec<Percent> = MIXED_PERCENT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            if inside_figure(text, whole.start()) {
                return None;
            }
            Some(Percent {
                value: mixed_percent(&c)?,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .collect();
    let mut out: Vec<Percent> = PERCENT
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // "1/4%" of "2 1/4%" is the fraction of a mixed number, not four percent.
            if inside_figure(text, whole.start())
                || mixed
                    .iter()
                    .any(|m| m.start < whole.end() && whole.start() < m.end)
            {
                return None;
            }
            let raw = c.get(1)?.as_str();
            let num = if THOUSANDS_GROUPED.is_match(raw) {
                raw.replace(',', "")
            } else {
                raw.replace(',', ".")
            };
            Some(Percent {
                value: Decimal::from_str(&num).ok()?,
                start: whole.start(),
                end: whole.end(),
            })
        })
        .collect();
    let words = PERCENT_WORDS.captures_iter(text).filter_map(|c| {
        let whole = c.get(0)?;
        if figure_follows(text, whole.end()) {
            return None;
        }
        let fraction = match c.get(2) {
            Some(f) => fraction_value(f.as_str())?,
            None => Decimal::ZERO,
        };
        Some(Percent {
            value: parse_number_words(c.get(1)?.as_str())? + fraction,
            start: whole.start(),
            end: whole.end(),
        })
    });
    out.extend(words);
    out.extend(mixed);
    out.sort_by_key(|p| p.start);
    out
}

fn small_word(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" | "fourty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Is `w` (lower case) part of a number written in words?
pub fn is_number_word(w: &str) -> bool {
    small_word(w).is_some()
        || w == "a"
        || matches!(
            w,
            "hundred" | "thousand" | "million" | "billion" | "and" | "lakh" | "crore"
        )
}

/// Parse English number words ("Ten Thousand Five Hundred and Fifty") into an integer.
/// Returns `None` when a word is not a number word or nothing numeric was read.
pub fn parse_number_words(words: &str) -> Option<Decimal> {
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut seen = false;
    for raw in words.split(|c: char| c.is_whitespace() || c == '-' || c == ',') {
        let w = raw.trim().to_ascii_lowercase();
        // "a hundred" = "one hundred": the scale words below take a missing count as one.
        if w.is_empty() || w == "and" || w == "a" {
            continue;
        }
        if let Some(v) = small_word(&w) {
            current = current.checked_add(v)?;
            seen = true;
            continue;
        }
        let scale: u64 = match w.as_str() {
            "hundred" => {
                current = current.max(1).checked_mul(100)?;
                seen = true;
                continue;
            }
            "thousand" => 1_000,
            "lakh" => 100_000,
            "million" => 1_000_000,
            "crore" => 10_000_000,
            "billion" => 1_000_000_000,
            _ => return None,
        };
        total = total.checked_add(current.max(1).checked_mul(scale)?)?;
        current = 0;
        seen = true;
    }
    seen.then(|| Decimal::from(total.saturating_add(current)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn east_and_west_african_currencies_are_read_before_and_after_the_figure() {
        let cases = [
            ("Advance: USh 750,000 to the member", "750000", "UGX"),
            ("a fee of TSh120,000.00", "120000.00", "TZS"),
            ("Principal GH₵ 2,400.00", "2400.00", "GHS"),
            ("repay 1,200,000 UGX by June", "1200000", "UGX"),
            ("processing charge: TZS 15,000", "15000", "TZS"),
        ];
        for (text, amount, code) in cases {
            let m = find_money(text);
            let first = m.first().unwrap_or_else(|| panic!("no money in {text}"));
            assert_eq!(first.amount.to_string(), amount, "{text}");
            assert_eq!(first.currency, code, "{text}");
        }
    }
    use chrono::NaiveDate;
    use rust_decimal_macros::dec;

    #[test]
    fn a_numbered_row_keeps_its_number_apart_from_its_date() {
        for (line, y, m, d) in [
            ("   1. 08/21/2025     $135.95", 2025, 8, 21),
            ("10. 05/21/2026  $135.95", 2026, 5, 21),
            ("3 - 2025-11-04  £80.00", 2025, 11, 4),
            ("12.05.2025", 2025, 5, 12),
        ] {
            let found = first_date(line, false).map(|f| f.date);
            assert_eq!(found, NaiveDate::from_ymd_opt(y, m, d), "{line}");
        }
    }

    #[test]
    fn figures_in_several_notations() {
        assert_eq!(parse_figure("5,000.00"), Some(dec!(5000.00)));
        assert_eq!(parse_figure("2.000,00"), Some(dec!(2000.00)));
        assert_eq!(parse_figure("2’500"), Some(dec!(2500)));
        assert_eq!(parse_figure("1,500"), Some(dec!(1500)));
        assert_eq!(parse_figure("1.5"), Some(dec!(1.5)));
        assert_eq!(parse_figure("28.3151"), Some(dec!(28.3151)));
        assert_eq!(parse_figure("1,234,567.89"), Some(dec!(1234567.89)));
        assert_eq!(parse_figure("abc"), None);
    }

    #[test]
    fn money_markers() {
        let m = find_money("pay $5,000.00 or USD 5,000 or £1,500, €2.000,00, 400000 Rupees");
        let got: Vec<(Decimal, &str)> = m.iter().map(|m| (m.amount, m.currency)).collect();
        assert_eq!(
            got,
            vec![
                (dec!(5000.00), "USD"),
                (dec!(5000), "USD"),
                (dec!(1500), "GBP"),
                (dec!(2000.00), "EUR"),
                (dec!(400000), "INR"),
            ]
        );
        let big = find_money("a facility of $2.5 million and £300k");
        let got: Vec<Decimal> = big.iter().map(|m| m.amount).collect();
        assert_eq!(got, vec![dec!(2500000.0), dec!(300000)]);
        let chf = find_money("an amount of 2’500 Swiss Francs (CHF)");
        assert_eq!(
            chf.first().map(|m| (m.amount, m.currency)),
            Some((dec!(2500), "CHF"))
        );
    }

    #[test]
    fn percent_words_with_a_fraction() {
        // 9 + 3/4 = 9.75; 12 + 1/3 = 12.3333 (4 places); 2 + 1/8 = 2.125.
        let read = |t: &str| find_percents(t).first().map(|p| p.value);
        assert_eq!(
            read("nine and three-quarters percent"),
            Some(Decimal::new(975, 2))
        );
        assert_eq!(
            read("twelve and one third per cent"),
            Some(Decimal::new(123333, 4))
        );
        assert_eq!(
            read("two and an eighth percent"),
            Some(Decimal::new(2125, 3))
        );
        assert_eq!(
            read("two and one-eighth percent"),
            Some(Decimal::new(2125, 3))
        );
    }

    #[test]
    fn percent_with_a_fraction_in_figures() {
        // 2 + 1/4 = 2.25; 9 + 3/4 = 9.75; 12 + 1/2 = 12.5; 1 + 3/8 = 1.375.
        let read = |t: &str| find_percents(t).iter().map(|p| p.value).collect::<Vec<_>>();
        assert_eq!(read("at 2 1/4% per month"), vec![dec!(2.25)]);
        assert_eq!(
            read("nine and three-quarters percent (9-3/4 percent)"),
            vec![dec!(9.75)]
        );
        assert_eq!(read("12½% a year"), vec![dec!(12.5)]);
        assert_eq!(read("1 3/8 per cent monthly"), vec![dec!(1.375)]);
        // A date or a ratio before a percent is not a fraction of it.
        assert_eq!(read("on 3/15 at 5%"), vec![dec!(5)]);
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_number_words("Five Thousand"), Some(dec!(5000)));
        assert_eq!(
            parse_number_words("Twenty-Five Thousand Three Hundred and Ten"),
            Some(dec!(25310))
        );
        assert_eq!(
            parse_number_words("one million two hundred thousand"),
            Some(dec!(1200000))
        );
        assert_eq!(parse_number_words("Thousand Dollars Seven"), None);
    }

    #[test]
    fn dates() {
        let d = |s: &str| first_date(s, false).map(|f| f.date);
        assert_eq!(
            d("as of January 15, 2026,"),
            NaiveDate::from_ymd_opt(2026, 1, 15)
        );
        assert_eq!(
            d("this 12th day of November, 2025"),
            NaiveDate::from_ymd_opt(2025, 11, 12)
        );
        assert_eq!(
            d("matures on the fifteenth day of March, 2027, on which"),
            NaiveDate::from_ymd_opt(2027, 3, 15)
        );
        assert_eq!(
            d("signed this twenty-first day of June 2026"),
            NaiveDate::from_ymd_opt(2026, 6, 21)
        );
        assert_eq!(d("the second March 2026 payment"), None);
        assert_eq!(d("Date: 02/17/2006"), NaiveDate::from_ymd_opt(2006, 2, 17));
        assert_eq!(
            first_date("on 03/04/2020", true).map(|f| f.date),
            NaiveDate::from_ymd_opt(2020, 4, 3)
        );
        assert_eq!(d("no date here [date]"), None);
    }
}
