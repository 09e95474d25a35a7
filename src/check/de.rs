//! Serde helpers for ruleset files.

/// What a TOML error says, never empty: the parser gives no message for some truncated files
/// (`key =` at the very end).
pub(crate) fn toml_message(e: &toml::de::Error) -> String {
    let m = e.message().trim();
    if m.is_empty() {
        "invalid TOML: the entry here is incomplete (a value or a closing bracket is missing)"
            .to_string()
    } else {
        m.to_string()
    }
}

/// Dates written either as a quoted string (`"2020-08-20"`) or a TOML date (`2020-08-20`).
pub mod date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, de::Error};

    /// Deserialize a date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let v = toml::Value::deserialize(d)?;
        let s = match v {
            toml::Value::String(s) => s,
            toml::Value::Datetime(dt) => dt.to_string(),
            other => {
                return Err(D::Error::custom(format!(
                    "expected a date like \"2020-08-20\", found {}",
                    other.type_str()
                )));
            }
        };
        NaiveDate::parse_from_str(&s, "%Y-%m-%d")
            .map_err(|_| D::Error::custom(format!("`{s}` is not a date like 2020-08-20")))
    }
}

/// Optional dates, same forms as [`date`].
pub mod opt_date {
    use chrono::NaiveDate;
    use serde::Deserializer;

    /// Deserialize an optional date (the field must carry `#[serde(default)]`).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        super::date::deserialize(d).map(Some)
    }
}
