//! Ways a form states a term that prose would state with a label: a worked formula whose
//! result is the figure of the label it starts from (每月还款=分期本金÷期数+分期本金×月费率=
//! 1,199.00元), a plan written as a product (24期 × 737.50/期), and the ticked row of a list of
//! tenors (☑ 18期  月费率0.5%).

use std::sync::LazyLock;

use crate::pattern;
use regex::Regex;

/// `label = expression = figure`: the expression names other terms (本金, 期数, 利率) whose
/// labels must not take the figure, which is the label's.
static FORMULA: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?P<label>[\p{Han}]{2,10})\s*[=＝]\s*(?P<expr>[^=＝,，。;；]*?[÷/×*xX+＋\-－(（][^=＝,，。;；]*?)\s*[=＝]\s*(?P<fig>(?:[¥￥]|人民币)?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*[元圆]?)",
    )
    .expect("static regex")
});

/// A plan written as a product, the count of periods times the sum due each one:
/// `24期 × 737.50/期`, `¥737.50/期 x 24期`, `1,200元/期×6期`.
static COUNT_TIMES_PER_PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    let amount = |name: &str| {
        format!(r"(?:[¥￥]\s*)?(?P<{name}>[0-9][0-9,]*(?:\.[0-9]{{1,2}})?)\s*(?:元)?\s*/\s*期")
    };
    pattern::regex(&format!(
        r"(?P<n>[0-9]{{1,3}})\s*期\s*[×xX*＊]\s*{}|{}\s*[×xX*＊]\s*(?P<n2>[0-9]{{1,3}})\s*期",
        amount("amt"),
        amount("amt2")
    ))
    .expect("static regex")
});

/// A worked formula read as its label and result, the expression kept in brackets after it
/// for the words that tell the method (`每月还款:1,199.00元(分期本金÷期数+分期本金×月费率)`),
/// and a plan written as a product read as its count and instalment (`分24期,每期还款737.50元`);
/// `None` when the text holds neither.
pub(super) fn formula_result(text: &str) -> Option<String> {
    let worked = FORMULA.is_match(text).then(|| {
        FORMULA
            .replace_all(text, |c: &regex::Captures| {
                format!("{}:{}({})", &c["label"], c["fig"].trim(), c["expr"].trim())
            })
            .into_owned()
    });
    let text = worked.as_deref().unwrap_or(text);
    if !COUNT_TIMES_PER_PERIOD.is_match(text) {
        return worked;
    }
    Some(
        COUNT_TIMES_PER_PERIOD
            .replace_all(text, |c: &regex::Captures| {
                let n = c.name("n").or(c.name("n2")).map_or("", |m| m.as_str());
                let amount = c.name("amt").or(c.name("amt2")).map_or("", |m| m.as_str());
                format!("分{n}期,每期还款{amount}元")
            })
            .into_owned(),
    )
}

/// A row of a list of tenors marked as chosen (☑ 18期  月费率0.5%, √ 12个月 月供900元).
static TICKED_TENOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?m)^(?P<lead>\s*)[☑☒■✓✔√]\s*(?P<n>[0-9]{1,3})\s*(?P<unit>期|个月)(?P<rest>[^\n]*)$",
    )
    .expect("static regex")
});

/// The chosen row read under the label its tenor stands for (`分期期数:18期,月费率0.5%`);
/// `None` when no line is such a row.
pub(super) fn ticked_tenor_row(text: &str) -> Option<String> {
    TICKED_TENOR.is_match(text).then(|| {
        TICKED_TENOR
            .replace_all(text, |c: &regex::Captures| {
                let label = if &c["unit"] == "期" {
                    "分期期数"
                } else {
                    "借款期限"
                };
                let rest = c["rest"].trim();
                let rest = if rest.is_empty() {
                    String::new()
                } else {
                    format!(",{rest}")
                };
                format!("{}{label}:{}{}{rest}", &c["lead"], &c["n"], &c["unit"])
            })
            .into_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_formula_gives_its_result_to_the_label_it_starts_from() {
        assert_eq!(
            formula_result("每月还款=分期本金÷期数+分期本金×月费率=1,199.00元;").as_deref(),
            Some("每月还款:1,199.00元(分期本金÷期数+分期本金×月费率);")
        );
        assert_eq!(
            formula_result("月供 = 借款本金/12 + 借款本金 × 0.6% = 960元").as_deref(),
            Some("月供:960元(借款本金/12 + 借款本金 × 0.6%)")
        );
        assert_eq!(formula_result("每月还款1,199.00元"), None);
    }

    #[test]
    fn a_plan_written_as_a_product_is_a_count_and_an_instalment() {
        assert_eq!(
            formula_result("分期方案  24期 × 737.50/期").as_deref(),
            Some("分期方案  分24期,每期还款737.50元")
        );
        assert_eq!(
            formula_result("￥1,200.00/期x6期").as_deref(),
            Some("分6期,每期还款1,200.00元")
        );
    }

    #[test]
    fn only_the_ticked_tenor_row_is_labelled() {
        assert_eq!(
            ticked_tenor_row("☑ 18期 月费率0.5%").as_deref(),
            Some("分期期数:18期,月费率0.5%")
        );
        assert_eq!(
            ticked_tenor_row("√ 12个月").as_deref(),
            Some("借款期限:12个月")
        );
        assert_eq!(ticked_tenor_row("□ 6期 月费率0.60%"), None);
    }
}
