//! On a line of label-figure pairs (利息共¥1,191.32 服务费共¥3,888.00; 本金1,419.28 利息180.00
//! 服务费324.00; a table flattened with spaces or |) a figure belongs to the label before it:
//! a fee named right AFTER a figure takes it (支付800元服务费) only when the figure has no label
//! of its own before it and the fee's name has no figure of its own after it.

use std::sync::LazyLock;

use regex::Regex;

use crate::pattern;

/// Another label right before the figure: 利息共¥, 本金, 合计:, 本息为, 月供.
static OWN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:本金|利息|息费|本息|合计|共计|总计|总额|应还|月供|还款额|罚息|违约金|期数|金额)\s*(?:共|合计|共计|总计|总额|为|是)?\s*[:：]?\s*[|｜]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*$")
        .expect("static regex")
});

/// The fee's name followed by a figure of its own: 服务费共¥3,888.00, 服务费 324.00, 服务费: 50元.
static OWN_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:共|合计|共计|总计|总额|为|是)?\s*[:：]?\s*[|｜]?\s*(?:人民币|RMB|CNY)?\s*[¥￥]?\s*[0-9０-９]")
        .expect("static regex")
});

/// Whether the figure between `lead` and a fee's name (followed by `after_name`) belongs to
/// another label: the one right before it, or the fee's own figure after its name.
pub(in crate::extract::zh) fn figure_owned_elsewhere(lead: &str, after_name: &str) -> bool {
    let tail: String = {
        let chars: Vec<char> = lead.chars().collect();
        chars[chars.len().saturating_sub(16)..].iter().collect()
    };
    OWN_LABEL.is_match(&tail) || OWN_FIGURE.is_match(after_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_with_a_label_before_it_is_that_label_s() {
        assert!(figure_owned_elsewhere(
            "每月还款额 3,200元 其中利息合计 ",
            ""
        ));
        assert!(figure_owned_elsewhere("本金 ", "管理费"));
        assert!(figure_owned_elsewhere("第3期 | 本金 | ", ""));
        assert!(figure_owned_elsewhere("借款人另付", " 150.00元"));
        assert!(figure_owned_elsewhere("", "合计￥600"));
        // 支付800元服务费: the fee named after its figure, nothing else owning it.
        assert!(!figure_owned_elsewhere(
            "借款人应一次性支付",
            "，于放款当日支付"
        ));
        assert!(!figure_owned_elsewhere("另收取人民币", "。"));
    }

    /// The fee amounts read from `text`.
    fn fee_amounts(text: &str) -> Vec<String> {
        crate::extract::zh::extract_text(text)
            .fees
            .iter()
            .filter_map(|f| f.amount.map(|a| a.normalize().to_string()))
            .collect()
    }

    #[test]
    fn a_line_of_pairs_gives_each_figure_to_the_label_before_it() {
        let amounts = fee_amounts(
            "借款本金：人民币24,000元\n期数：12期 月利率：1%\n每月应还：¥2,252.37 利息合计¥1,588.44 账户管理费合计¥1,440.00\n",
        );
        assert!(!amounts.iter().any(|a| a == "1588.44"), "{amounts:?}");
        let amounts = fee_amounts(
            "借款本金：人民币24,000元\n期数：12期 月利率：1%\n第1期 本金1,892.37 利息240.00 账户管理费120.00\n",
        );
        assert!(!amounts.iter().any(|a| a == "240"), "{amounts:?}");
    }
}
