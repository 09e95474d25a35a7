//! A stepped rate (阶梯利率): the interest rate changes by instalment or by year (第1期至第12期
//! 年利率5.4%, 第13期至第24期 年利率6.6%; 第13期起年利率6.6%; 第一年年利率5.4%, 第二年6.6%;
//! 前12期月利率0.45%). The first step is the contract rate; the later ones are kept as steps,
//! so the cost follows them rather than the first rate alone.

use super::*;
use crate::pattern;

static STEP: LazyLock<Regex> = LazyLock::new(|| {
    const N: &str = r"[0-9]+|[一二两三四五六七八九十百]+";
    pattern::regex(&format!(
        r"(?:第\s*(?P<a>{N})\s*(?:期|个月)\s*(?:至|到|-|—|–|~|～)\s*(?:第\s*)?(?:{N})\s*(?:期|个月)|第\s*(?P<c>{N})\s*(?:期|个月)\s*(?:起|开始|以后|之后|及以后)|前\s*(?P<d>{N})\s*(?:期|个月)|第\s*(?P<y>[一二三四五1-5])\s*(?:个)?(?:年度|年))[^。;\n]{{0,10}}?(?P<label>年化利率|年利率|月利率|执行利率|利率)\s*(?:为|是|:|执行|按)?\s*(?P<v>[0-9]+(?:\.[0-9]+)?)\s*%"
    ))
    .expect("static regex")
});

/// (first instalment, annual percent, start, end) of each step stated in `text`.
fn steps_in(text: &str) -> Vec<(u32, Decimal, usize, usize)> {
    STEP.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            let n = |name: &str| c.name(name).and_then(|m| dates::parse_count(m.as_str()));
            let from = if let Some(a) = n("a") {
                a
            } else if let Some(k) = n("c") {
                k
            } else if c.name("d").is_some() {
                1
            } else {
                // 第二年: the thirteenth monthly instalment on.
                (n("y")?.checked_sub(1)?).checked_mul(12)? + 1
            };
            let value = parse_decimal(c.name("v")?.as_str())?;
            let annual = if c.name("label")?.as_str() == "月利率" {
                value * Decimal::from(12)
            } else {
                value
            };
            (from >= 1 && annual > Decimal::ZERO).then_some((
                from,
                annual,
                whole.start(),
                whole.end(),
            ))
        })
        .collect()
}

impl Extractor<'_> {
    /// The later steps of a stepped rate, when the contract states at least two different
    /// rates by instalment or year and the first starts with the first instalment.
    pub(super) fn rate_steps(&mut self) {
        let steps = steps_in(self.text);
        let starts_at_one = steps.iter().any(|s| s.0 == 1);
        let first = steps.iter().find(|s| s.0 == 1).map(|s| s.1);
        if !starts_at_one || !steps.iter().any(|s| s.0 > 1 && Some(s.1) != first) {
            return;
        }
        let mut seen: Vec<u32> = Vec::new();
        for (from, annual, start, end) in steps {
            if from < 2 || seen.contains(&from) {
                continue;
            }
            seen.push(from);
            self.terms.rate_steps.push(RateStep {
                from_instalment: from,
                annual_percent: annual.normalize(),
                evidence: self.doc.sentence_evidence(start, end),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_by_instalment_and_by_year() {
        let s = steps_in("第1期至第12期,年利率5.4%;第13期至第24期,年利率6.6%。");
        assert_eq!(
            s.iter().map(|x| (x.0, x.1)).collect::<Vec<_>>(),
            vec![(1, Decimal::new(54, 1)), (13, Decimal::new(66, 1))]
        );
        let s = steps_in("第一年年利率4.8%,第二年年利率6%");
        assert_eq!(s.iter().map(|x| x.0).collect::<Vec<_>>(), vec![1, 13]);
        let s = steps_in("前六个月月利率0.4%,第七个月起月利率0.6%");
        assert_eq!(
            s.iter().map(|x| (x.0, x.1)).collect::<Vec<_>>(),
            vec![(1, Decimal::new(48, 1)), (7, Decimal::new(72, 1))]
        );
    }
}
