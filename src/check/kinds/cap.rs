//! A cap, as rulesets write it: a fixed percent, a multiple of an index on the contract date,
//! a multiple of a reference rate (a configured market rate, or the contract's own rate),
//! or bands by loan amount.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::util::{contract_rate, pct, principal};
use super::{Context, Fig};

/// What a cap is measured from, when it is not a number or an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reference {
    /// The contract's own (highest) agreed interest rate, e.g. "default interest not above the
    /// contract rate".
    ContractRate,
}

/// One amount band of a banded cap, on the principal: `from` (≥), `above` (>), `below` (<),
/// `up_to` (≤); an absent bound is open.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Lowest principal of the band (inclusive).
    #[serde(default)]
    pub from: Option<Decimal>,
    /// Principal the band starts above (exclusive).
    #[serde(default)]
    pub above: Option<Decimal>,
    /// Principal the band stops before (exclusive).
    #[serde(default)]
    pub below: Option<Decimal>,
    /// Highest principal of the band (inclusive).
    #[serde(default)]
    pub up_to: Option<Decimal>,
    /// The cap in this band, percent a year.
    pub cap_percent: Decimal,
    /// Added to the cap (e.g. the federal funds rate, as a configured value).
    #[serde(default)]
    pub add_percent: Option<Decimal>,
}

/// The `cap` table of a rule: exactly one of `cap_percent`, `index`, `reference`,
/// `reference_percent` or `bands`, then `multiple`, `add_percent`, `max_margin_percent`.
///
/// The limit is `base × multiple + add_percent`, and when `max_margin_percent` is set, at most
/// `base + max_margin_percent` (Italy: TEGM × 1.25 + 4, margin at most 8 points; Germany:
/// market rate × 2 or + 12 points, whichever is lower).
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct CapSpec {
    /// A fixed cap, percent a year (or per day for a daily cap).
    #[serde(default)]
    pub cap_percent: Option<Decimal>,
    /// An index table id (`cn-lpr-1y`), looked up on the contract date.
    #[serde(default)]
    pub index: Option<String>,
    /// A reference rate taken from the contract.
    #[serde(default)]
    pub reference: Option<Reference>,
    /// A configured reference rate (a market rate, an average rate), percent a year.
    #[serde(default)]
    pub reference_percent: Option<Decimal>,
    /// A short name for the configured reference rate (`Schwerpunktzins`, `TEGM`).
    #[serde(default)]
    pub reference_name: Option<String>,
    /// Multiplier applied to the base (default 1).
    #[serde(default)]
    pub multiple: Option<Decimal>,
    /// Percentage points added after the multiple.
    #[serde(default)]
    pub add_percent: Option<Decimal>,
    /// The limit is at most base + this many points.
    #[serde(default)]
    pub max_margin_percent: Option<Decimal>,
    /// Caps by loan amount (principal).
    #[serde(default)]
    pub bands: Option<Vec<Band>>,
    /// Which day the index is read on: the contract date (default), or the day of filing
    /// (`filing`: the latest value in the table, as for China's Art. 31 transition).
    #[serde(default)]
    pub index_on: Option<IndexOn>,
}

/// The day an index value is read on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndexOn {
    /// The contract date (formation).
    ContractDate,
    /// The day a suit is filed: the latest value in the table.
    Filing,
}

/// A cap resolved for one contract.
#[derive(Debug, Clone, PartialEq)]
pub struct Cap {
    /// The limit, percent.
    pub limit: Decimal,
    /// How the limit was reached, in English (`4 × 1-year LPR 3.85% on 2021-03-01`).
    pub explain_en: String,
    /// The same in Chinese.
    pub explain_zh: String,
    /// The figures behind the limit.
    pub figures: CapFigures,
    /// A caveat (index value assumed unchanged past its last verified date).
    pub note: Option<String>,
}

/// The figures of a resolved cap, as they appear in a finding.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CapFigures {
    /// The limit, percent.
    pub limit_percent: Fig,
    /// The index table id (`cn-lpr-1y`).
    pub index: Option<String>,
    /// The index value on the contract date, percent.
    pub index_percent: Option<Fig>,
    /// The day that index value was published.
    pub index_date: Option<NaiveDate>,
    /// The contract's own rate, when the cap is measured from it.
    pub contract_rate_percent: Option<Fig>,
    /// The configured reference rate, percent.
    pub reference_percent: Option<Fig>,
    /// The amount band the principal falls in (`≥ CNY 1000 and < CNY 5000`).
    pub band: Option<String>,
}

impl CapSpec {
    /// Check the spec is well formed: exactly one base.
    pub fn validate(&self) -> Result<(), String> {
        let bases = [
            self.cap_percent.is_some(),
            self.index.is_some(),
            self.reference.is_some(),
            self.reference_percent.is_some(),
            self.bands.is_some(),
        ];
        match bases.iter().filter(|b| **b).count() {
            1 => Ok(()),
            0 => Err(
                "cap needs one of cap_percent, index, reference, reference_percent, bands".into(),
            ),
            _ => Err(
                "cap takes only one of cap_percent, index, reference, reference_percent, bands"
                    .into(),
            ),
        }
    }

    /// The index table the cap needs, if any (checked at load time).
    pub fn indexes(&self) -> Vec<&str> {
        self.index.as_deref().into_iter().collect()
    }

    /// The limit for this contract, or `None` when it cannot be known (no index value on
    /// that date, no contract rate, principal outside every band).
    pub fn resolve(&self, cx: &Context<'_>) -> Option<Cap> {
        let mut figures = CapFigures::default();
        let mut note = None;
        let (base, base_en, base_zh) = if let Some(c) = self.cap_percent {
            (c, format!("{}%", pct(c)), format!("{}%", pct(c)))
        } else if let Some(id) = &self.index {
            let table = cx.indexes.get(id)?;
            let filing = self.index_on == Some(IndexOn::Filing);
            let date = if filing {
                table.values.last()?.from
            } else {
                cx.input.contract_date
            };
            let value = table.value_on(date)?;
            if filing {
                note = Some(format!(
                    "The {} at filing is taken as the latest value in rulesets/index/{}.toml ({}% from {}; last verified {}).",
                    table.name,
                    table.id,
                    pct(value.percent),
                    value.from,
                    table.last_verified
                ));
            }
            figures.index = Some(id.clone());
            figures.index_percent = Some(Fig(value.percent));
            figures.index_date = Some(value.from);
            if !filing && table.possibly_stale_on(date) {
                note = Some(format!(
                    "{} after its last verified value ({}): assumed unchanged at {}%; add newer months to rulesets/index/{}.toml.",
                    table.name,
                    table.last_verified,
                    pct(value.percent),
                    table.id
                ));
            }
            (
                value.percent,
                format!(
                    "{} {}% (published {})",
                    table.name,
                    pct(value.percent),
                    value.from
                ),
                format!(
                    "{} {}%（{} 公布）",
                    table.name_zh,
                    pct(value.percent),
                    value.from
                ),
            )
        } else if let Some(Reference::ContractRate) = self.reference {
            let (_, rate) = contract_rate(cx.input.terms)?;
            figures.contract_rate_percent = Some(Fig(rate));
            (
                rate,
                format!("the contract rate {}%", pct(rate)),
                format!("合同利率{}%", pct(rate)),
            )
        } else if let Some(r) = self.reference_percent {
            let name = self.reference_name.as_deref().unwrap_or("reference rate");
            figures.reference_percent = Some(Fig(r));
            (
                r,
                format!("{name} {}% (configured)", pct(r)),
                format!("{name} {}%（配置值）", pct(r)),
            )
        } else if let Some(bands) = &self.bands {
            let (amount, currency) = principal(cx.input.terms)?;
            let band = bands.iter().find(|b| {
                b.from.is_none_or(|f| amount >= f)
                    && b.above.is_none_or(|x| amount > x)
                    && b.below.is_none_or(|x| amount < x)
                    && b.up_to.is_none_or(|x| amount <= x)
            })?;
            let c = band
                .cap_percent
                .checked_add(band.add_percent.unwrap_or_default())?;
            let mut bounds = Vec::new();
            if let Some(x) = band.from {
                bounds.push(format!("≥ {currency} {x}"));
            }
            if let Some(x) = band.above {
                bounds.push(format!("> {currency} {x}"));
            }
            if let Some(x) = band.below {
                bounds.push(format!("< {currency} {x}"));
            }
            if let Some(x) = band.up_to {
                bounds.push(format!("≤ {currency} {x}"));
            }
            let range = if bounds.is_empty() {
                "any amount".to_string()
            } else {
                bounds.join(" and ")
            };
            figures.band = Some(range.clone());
            (
                c,
                format!("{}% for loans {range}", pct(c)),
                format!("{}%（借款金额 {range}）", pct(c)),
            )
        } else {
            return None;
        };
        let multiple = self.multiple.unwrap_or(Decimal::ONE);
        let add = self.add_percent.unwrap_or_default();
        let mut limit = base.checked_mul(multiple)?.checked_add(add)?;
        let mut en = if multiple == Decimal::ONE {
            base_en
        } else {
            format!("{} × {base_en}", multiple.normalize())
        };
        let mut zh = if multiple == Decimal::ONE {
            base_zh
        } else {
            format!("{base_zh} × {}", multiple.normalize())
        };
        if !add.is_zero() {
            en = format!("{en} + {} points", pct(add));
            zh = format!("{zh} + {}个百分点", pct(add));
        }
        if let Some(m) = self.max_margin_percent {
            let margin_cap = base.saturating_add(m);
            if margin_cap < limit {
                limit = margin_cap;
                en = format!("{en}, at most {} points above it", pct(m));
                zh = format!("{zh}，且最多高出{}个百分点", pct(m));
            }
        }
        figures.limit_percent = Fig(limit);
        Some(Cap {
            limit,
            explain_en: en,
            explain_zh: zh,
            figures,
            note,
        })
    }
}
