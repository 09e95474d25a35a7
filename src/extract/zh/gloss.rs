//! A label whose bracket says what its figure is (放款金额（合同本金）, 到账金额（即借款本金）,
//! 合同金额（实际到账）): the gloss redefines the label, so it decides the reading.

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::DISBURSED_WORD;
use crate::pattern;

/// A bracketed gloss closing a label, before its figure: `（即借款本金）：`, `(合同本金)为人民币`.
static GLOSS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[(（]\s*(?:即|系|为|亦即|也即|就是)?\s*(?P<g>[^()（）]{1,10}?)\s*[)）]\s*(?:[:：]|为|是)?\s*(?:人民币|RMB|CNY|[¥￥])?\s*$")
        .expect("static regex")
});
/// A gloss that names the principal.
static PRINCIPAL_GLOSS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:合同|借款|贷款)?(?:本金|金额)(?:金额|数额)?$|^(?:借款|贷款)(?:总额|数额)$")
        .expect("static regex")
});
/// A gloss that names the money paid out.
static DISBURSED_GLOSS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"到账|到手|实收|放款后|实际(?:放款|发放|出借|收到|获得)").expect("static regex")
});

/// The label the gloss at the end of `tail` stands for, written as the plain label of its
/// reading (`借款本金：`, `实际到账金额：`), or `None` when no gloss decides.
pub(super) fn glossed_label(tail: &str) -> Option<&'static str> {
    let gloss = GLOSS.captures(tail)?.name("g")?.as_str().trim();
    if DISBURSED_GLOSS.is_match(gloss) || DISBURSED_WORD.is_match(gloss) {
        Some("实际到账金额：")
    } else if PRINCIPAL_GLOSS.is_match(gloss) {
        Some("借款本金：")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gloss_names_the_reading_of_its_label() {
        for tail in [
            "放款金额（合同本金）：",
            "到账金额(即借款本金):",
            "放款金额（合同金额）为人民币",
            "实际放款(系贷款本金)：¥",
        ] {
            assert_eq!(glossed_label(tail), Some("借款本金："), "{tail}");
        }
        for tail in [
            "合同金额（实际到账）：",
            "借款金额(即实际到账金额):",
            "本金（到手）：",
        ] {
            assert_eq!(glossed_label(tail), Some("实际到账金额："), "{tail}");
        }
        for tail in [
            "借款金额（大写）：",
            "借款本金（元）：",
            "放款金额：",
            "服务费（每期）：",
        ] {
            assert_eq!(glossed_label(tail), None, "{tail}");
        }
    }
}
