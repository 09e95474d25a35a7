//! A private loan said in the words of a chat or a note, with no loan amount labelled: "借2万块",
//! "借你3万", "先转你1.5w", "借了两万块钱", "借款伍仟元整". The sum lent is the principal when
//! the text also speaks of paying it back (还你, 还我, 月息, 借条): a sum sent with no word of
//! repaying (我转你200块，你先订位) lends nothing.

use super::*;
use crate::extract::numerals::parse_cn_integer;
use crate::pattern;

/// A sum lent or sent, in a chat's words: the verb (借, or 转/打/汇 to someone), the sum in
/// figures or numerals, a multiplier (万, w, 千, k) and a unit (块, 块钱, 元, rmb), either of
/// which may be left out.
static SUM_LENT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<verb>借款|借|转|打|汇)(?:给)?(?:我|你|他|她|您)?(?:了)?(?:卡上|微信上?|支付宝)?[ \t　]*(?P<n>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+)[ \t　]*(?P<m>万|w|W|千|k|K)?[ \t　]*(?P<u>块钱|块|元整|元|圆|rmb|RMB)?")
        .expect("static regex")
});
/// Words of paying a loan back or of its price: without one, a sum sent is no loan.
static REPAYING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"还(?:你|您|我|他|她|钱|款|清|给)|归还|月息|年息|利息|借条|连本带息")
        .expect("static regex")
});

/// The value of a [`SUM_LENT`] match, when it is a sum of money: a multiplier or a unit is
/// written, or a whole figure of three digits or more (a clause number, 1.1, is no sum).
fn sum_of(c: &regex::Captures<'_>) -> Option<Decimal> {
    let n = c.name("n")?.as_str();
    let mult = c.name("m").map(|m| m.as_str());
    let unit = c.name("u").is_some();
    let arabic = n.starts_with(|ch: char| ch.is_ascii_digit());
    let whole_figure = n.len() >= 3 && n.bytes().all(|b| b.is_ascii_digit());
    if mult.is_none() && !unit && !whole_figure {
        return None;
    }
    // The verb 转 or 打 needs a unit or a multiplier: "打3000个电话" is no sum.
    let verb = c.name("verb").map_or("", |v| v.as_str());
    if !verb.starts_with('借') && mult.is_none() && !unit {
        return None;
    }
    let base = if arabic {
        n.parse::<Decimal>().ok()?
    } else {
        parse_cn_integer(n)?
    };
    let factor = match mult {
        Some("万" | "w" | "W") => Decimal::from(10_000),
        Some("千" | "k" | "K") => Decimal::from(1_000),
        _ => Decimal::ONE,
    };
    base.checked_mul(factor).filter(|v| *v > Decimal::ZERO)
}

impl Extractor<'_> {
    /// No loan amount read, but a sum lent in a chat's or a note's words and a word of paying
    /// it back: that sum is the principal, said as read from those words.
    pub(super) fn chat_sum_principal(&mut self) {
        if self.terms.principal.is_some() || !REPAYING.is_match(self.text) {
            return;
        }
        let Some((amount, start, end)) = SUM_LENT
            .captures_iter(self.text)
            .find_map(|c| Some((sum_of(&c)?, c.get(0)?.start(), c.get(0)?.end())))
        else {
            return;
        };
        let evidence = self.doc.sentence_evidence(start, end);
        let written = self.text.get(start..end).unwrap_or("").trim_end();
        self.terms.assumptions.push(format!(
            "no loan amount is labelled; the sum lent in the text's own words (\"{written}\") is read as the principal, {amount} {}",
            self.currency
        ));
        self.terms.principal = Some(Amount {
            amount: amount.normalize(),
            currency: self.currency.into(),
            evidence,
            derived: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sum(s: &str) -> Option<Decimal> {
        SUM_LENT.captures_iter(s).find_map(|c| sum_of(&c))
    }

    #[test]
    fn a_chat_says_a_sum_many_ways() {
        let d = |v: i64| Some(Decimal::from(v));
        assert_eq!(sum("能不能借2万块？"), d(20_000));
        assert_eq!(sum("借你3万，不急"), d(30_000));
        assert_eq!(sum("先转你1.5w"), d(15_000));
        assert_eq!(sum("上次借了两万块钱"), d(20_000));
        assert_eq!(sum("借款伍仟元整"), d(5_000));
        assert_eq!(sum("借我800rmb"), d(800));
        assert_eq!(sum("打你卡上了"), None);
        assert_eq!(sum("借款人签字"), None);
        assert_eq!(sum("借我2本书"), None);
        assert_eq!(sum("第一条借款\n\n1.1 借款信息"), None);
        assert_eq!(sum("借款 1.25 条款"), None);
    }
}
