//! Template placeholders left in a contract page (`${name}`, `{{amount}}`, FreeMarker
//! `<#if …>`/`<@macro …>`, JSP/ERB `<%= … %>`) stand for values the platform fills in: they
//! are read as a blank to fill, `____`, as a printed form shows one. A leaf.

use std::sync::LazyLock;

use crate::pattern;
use regex::Regex;

/// What a placeholder becomes.
pub const BLANK: &str = "____";

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"(?x)
          \$\{[^{}\n]{0,200}\}
        | \{\{[^{}\n]{0,200}\}\}
        | </?[\#@][^<>\n]{0,200}>
        | <%[^%]{0,400}%>",
    )
    .expect("static regex")
});

/// `text` with every template placeholder replaced by [`BLANK`].
pub fn blank_placeholders(text: &str) -> std::borrow::Cow<'_, str> {
    PLACEHOLDER.replace_all(text, BLANK)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_blanks() {
        let cases = [
            ("借款人：${datas.customerName}", "借款人：____"),
            ("金额 {{ amount }} 元", "金额 ____ 元"),
            ("<#if x??>有<#else>无</#if>", "____有____无____"),
            ("利率<%= rate %>%", "利率____%"),
            ("${l.amount!''}元", "____元"),
            ("no placeholder: $5 {a} <b>", "no placeholder: $5 {a} <b>"),
        ];
        for (raw, want) in cases {
            assert_eq!(blank_placeholders(raw), want, "{raw}");
        }
    }
}
