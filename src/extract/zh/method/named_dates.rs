//! Interest paid on dates named one by one (`于4月10日、7月10日、10月10日及到期日各支付利息`,
//! `每年3月20日、9月20日分别结付利息`): a periodic interest payment, whose frequency is the
//! spacing of the dates.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Frequency;
use crate::pattern;

/// A month and day without a year: `4月10日`, `十月十日`.
const MONTH_DAY: &str = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]";

/// Two or more named dates (the last may be 到期日), then the interest paid on each; without
/// capture names, to join [`super::PERIODIC_INTEREST`].
pub(super) fn interest_on_named_dates_unnamed() -> String {
    INTEREST_ON_NAMED_DATES
        .as_str()
        .replace("?P<dates>", "?:")
        .replace("?P<dates_after>", "?:")
}

/// Two or more named dates (the last may be 到期日) on which the interest is paid: the interest
/// named after the dates (`于4月10日、7月10日及到期日各支付利息`) or before them
/// (`利息于6月30日、9月30日、12月31日分别支付`).
static INTEREST_ON_NAMED_DATES: LazyLock<Regex> = LazyLock::new(|| {
    let dates = |name: &str| {
        format!(
            r"(?P<{name}>(?:{md}\s*(?:、|,|，|和|及|与|以及)\s*)+(?:{md}|(?:借款)?到期日|到期时))\s*(?:前|之前)?\s*(?:各|分别|均)?\s*(?:向[^。;,，]{{0,8}}?)?(?:支付|偿还|结付|结清|付清|缴纳|给付|付|还|结算)",
            md = MONTH_DAY
        )
    };
    pattern::regex(&format!(
        r"{}\s*(?:一次|当期|当季|该期)?\s*(?:的)?\s*利息|利息\s*(?:应)?\s*(?:于|在)\s*{}",
        dates("dates"),
        dates("dates_after")
    ))
    .expect("static regex")
});

static MONTH_OF: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*月").expect("static regex")
});

/// The frequency the named dates are spaced at: every month, quarter or year, when the months
/// named step evenly (4月, 7月, 10月: a quarter); else none.
pub(super) fn spacing(text: &str) -> Option<Frequency> {
    let c = INTEREST_ON_NAMED_DATES.captures(text)?;
    let months: Vec<u32> = MONTH_OF
        .captures_iter(c.name("dates").or(c.name("dates_after"))?.as_str())
        .filter_map(|m| super::super::dates::parse_count(m.name("m")?.as_str()))
        .collect();
    let steps: Vec<u32> = months.windows(2).map(|w| (w[1] + 12 - w[0]) % 12).collect();
    let step = *steps.first()?;
    if steps.iter().any(|s| *s != step) {
        return None;
    }
    match step {
        1 => Some(Frequency::Monthly),
        3 => Some(Frequency::Quarterly),
        _ => None,
    }
}
