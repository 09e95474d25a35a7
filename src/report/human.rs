//! The human report, in the reader's language (Chinese or English), every word from the
//! message catalogue. Order: the verdict, the key terms and cost, the findings by severity
//! (a finding that repeats an earlier one points back to it), then the details.

use std::io::{self, Write};

use super::Printer;
use super::format::{display_amount_in, display_percent, display_rate_value};
use super::words::{self, quote};
use crate::audit::{AuditSummary, FileOutcome};
use crate::i18n::{self, from_english, t, tf};
use crate::model::*;

/// Plain-text report for people, in `lang` (or the contract's own language when `None`).
#[derive(Debug, Default)]
pub struct HumanPrinter {
    pub lang: Option<Language>,
}

pub(super) use super::words::severity_name;

/// A term's value in words (`12个月`, `等额本息`), shared with the HTML page.
pub(super) fn term_value(term: &LoanTerm, lang: Language) -> String {
    match (term.months, term.days) {
        (Some(m), _) => tf(lang, "report.months", &[("n", &m)]),
        (None, Some(d)) => tf(lang, "report.days", &[("n", &d)]),
        _ => t(lang, "report.not_stated").to_string(),
    }
}

/// One stated rate in words: label, kind, value per period, and its annual figure.
pub(super) fn rate_line(rate: &Rate, lang: Language) -> String {
    let kind = i18n::word(lang, "rate_kind", &rate.kind);
    let label = if rate.label.is_empty() {
        kind
    } else {
        rate.label.as_str()
    };
    let mut v = format!(
        "{label} [{kind}] {} {}",
        display_rate_value(rate.value),
        i18n::word(lang, "per", &rate.per)
    );
    if let (Some(annual), false) = (rate.annual_percent, rate.per == Per::Year) {
        v.push_str(&format!(
            " → {} {}",
            t(lang, "report.annualised"),
            display_percent(annual, 2)
        ));
        if let (Some(d), Per::Day) = (rate.day_basis, rate.per) {
            let key = match rate.day_basis_assumed {
                true => "report.day_basis_assumed",
                false => "report.day_basis",
            };
            v.push_str(&format!(" ({})", tf(lang, key, &[("n", &d)])));
        }
    }
    v
}

/// The APR the document states, unless a listed rate already quotes the same words for the same
/// figure (a Chinese 年化利率 is often both the interest rate and the disclosed annual rate).
pub(super) fn disclosed_apr_not_in_rates(terms: &crate::model::Terms) -> Option<&Rate> {
    let apr = terms.disclosed_apr.as_ref()?;
    let annual = |r: &Rate| r.annual_percent.unwrap_or(r.value);
    let repeated = terms
        .rates
        .iter()
        .any(|r| r.evidence.text == apr.evidence.text && annual(r) == annual(apr));
    (!repeated).then_some(apr)
}

/// One fee in words: name, amount or percent, and when it is paid.
pub(super) fn fee_line(fee: &Fee, currency: &str, lang: Language) -> String {
    let amount = match (fee.amount, fee.percent) {
        (Some(a), _) => display_amount_in(a, currency, lang),
        (None, Some(p)) => {
            let per = fee
                .per
                .map(|p| format!(" {}", i18n::word(lang, "per", &p)))
                .unwrap_or_default();
            format!("{}{per}", display_rate_value(p))
        }
        _ => t(lang, "report.not_stated").to_string(),
    };
    // A charge for repaying early is paid then: "other" would say nothing.
    let when = if fee.timing == FeeTiming::Other && fee.kind == FeeKind::Prepayment {
        t(lang, "timing.on_prepayment")
    } else {
        i18n::word(lang, "timing", &fee.timing)
    };
    format!("{}: {} ({when})", fee.name, amount)
}

/// The clauses to note, one line per kind: its name, the first quote and how many more.
pub(super) fn clause_groups(clauses: &[Clause]) -> Vec<(ClauseKind, &Evidence, usize)> {
    let mut groups: Vec<(ClauseKind, &Evidence, usize)> = Vec::new();
    for c in clauses {
        match groups.iter_mut().find(|g| g.0 == c.kind) {
            Some(g) => g.2 += 1,
            None => groups.push((c.kind, &c.evidence, 0)),
        }
    }
    groups
}

impl HumanPrinter {
    fn report(&self, out: &mut dyn Write, r: &Report) -> io::Result<()> {
        let lang = self.lang.unwrap_or(r.language);
        writeln!(out, "{} — {}", t(lang, "report.title"), r.file)?;
        super::verdict::write(out, r, lang)?;
        key_terms(out, r, lang)?;
        cost(out, r, lang)?;
        findings(out, r, lang)?;
        if let Some(claim) = &r.lawful_claim {
            writeln!(out)?;
            super::overdue::claim_part(out, &claim.whole_loan, lang, &claim.currency)?;
        }
        details(out, r, lang)?;
        writeln!(out)?;
        writeln!(
            out,
            "{} {}",
            t(lang, "report.rounding"),
            t(lang, "report.disclaimer")
        )?;
        Ok(())
    }
}

fn key_terms(out: &mut dyn Write, r: &Report, lang: Language) -> io::Result<()> {
    let t_ = &r.terms;
    let not_stated = || t(lang, "report.not_stated").to_string();
    writeln!(out, "{}", t(lang, "report.key_terms"))?;
    let line =
        |out: &mut dyn Write, key: &str, value: String, ev: Option<&Evidence>| -> io::Result<()> {
            writeln!(out, "  {}: {value}", t(lang, key))?;
            match ev {
                Some(ev) => writeln!(out, "      {}", quote(ev, lang)),
                None => Ok(()),
            }
        };
    match &t_.principal {
        Some(a) => line(
            out,
            "report.principal",
            display_amount_in(a.amount, &a.currency, lang),
            Some(&a.evidence),
        )?,
        None => line(out, "report.principal", not_stated(), None)?,
    }
    if let Some(d) = &t_.disbursed {
        let cur = t_
            .principal
            .as_ref()
            .map_or(d.currency.as_str(), |p| p.currency.as_str());
        let mut v = display_amount_in(d.amount, cur, lang);
        if d.derived {
            v.push_str(&format!(" ({})", t(lang, "report.derived")));
        }
        line(
            out,
            "report.disbursed",
            v,
            (!d.derived).then_some(&d.evidence),
        )?;
    }
    match &t_.term {
        Some(term) => line(
            out,
            "report.term",
            term_value(term, lang),
            Some(&term.evidence),
        )?,
        None => line(out, "report.term", not_stated(), None)?,
    }
    match &t_.repayment {
        Some(rp) => line(
            out,
            "report.repayment",
            i18n::word(lang, "method", &rp.method).into(),
            Some(&rp.evidence),
        )?,
        None => line(out, "report.repayment", not_stated(), None)?,
    }
    if let Some(n) = &t_.installments {
        line(out, "report.installments", n.count.to_string(), None)?;
    }
    if let Some(p) = &t_.payment {
        line(
            out,
            "report.payment",
            display_amount_in(p.amount, &p.currency, lang),
            None,
        )?;
    }
    if let Some(d) = &t_.contract_date {
        line(out, "report.contract_date", d.date.to_string(), None)?;
    }
    if t_.rates.is_empty() {
        line(out, "report.rates", not_stated(), None)?;
    } else {
        writeln!(out, "  {}:", t(lang, "report.rates"))?;
        for rate in &t_.rates {
            writeln!(out, "    - {}", rate_line(rate, lang))?;
            writeln!(out, "      {}", quote(&rate.evidence, lang))?;
        }
    }
    if let Some(apr) = disclosed_apr_not_in_rates(t_) {
        line(
            out,
            "report.disclosed_apr",
            display_percent(apr.annual_percent.unwrap_or(apr.value), 2),
            Some(&apr.evidence),
        )?;
    }
    if !t_.fees.is_empty() {
        writeln!(out, "  {}:", t(lang, "report.fees"))?;
        // A fee is in the loan's currency: the principal's, else any stated amount's.
        let cur = t_.stated_currency().unwrap_or("");
        for fee in &t_.fees {
            writeln!(out, "    - {}", fee_line(fee, cur, lang))?;
            writeln!(out, "      {}", quote(&fee.evidence, lang))?;
        }
    }
    if !t_.clauses.is_empty() {
        writeln!(out, "  {}:", t(lang, "report.clauses"))?;
        for (kind, ev, more) in clause_groups(&t_.clauses) {
            writeln!(
                out,
                "    - {}: {}",
                words::clause_name(kind, lang),
                quote(ev, lang)
            )?;
            if more > 0 {
                writeln!(
                    out,
                    "      {}",
                    tf(lang, "report.clause_more", &[("n", &more)])
                )?;
            }
        }
    }
    writeln!(out)
}

fn cost(out: &mut dyn Write, r: &Report, lang: Language) -> io::Result<()> {
    match &r.apr {
        Some(apr) => {
            writeln!(
                out,
                "{} ({})",
                t(lang, "report.cost"),
                words::apr_method_name(&apr.method, lang)
            )?;
            writeln!(
                out,
                "  {}: {}",
                t(lang, "report.nominal"),
                display_percent(apr.nominal_percent, 2)
            )?;
            writeln!(
                out,
                "  {}: {}",
                t(lang, "report.effective"),
                display_percent(apr.effective_percent, 2)
            )?;
            reconciled_range(out, r.apr_range.as_ref(), lang)
        }
        None => writeln!(out, "{}", t(lang, "report.no_cost")),
    }
}

fn findings(out: &mut dyn Write, r: &Report, lang: Language) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "{} ({})", t(lang, "report.findings"), r.findings.len())?;
    if r.findings.is_empty() {
        writeln!(out, "  {}", t(lang, "report.no_findings"))?;
        return Ok(());
    }
    let mut ordered: Vec<&Finding> = r.findings.iter().collect();
    ordered.sort_by_key(|f| std::cmp::Reverse(f.severity));
    let dupes = words::duplicates(&ordered, lang);
    let mut current = None;
    for (i, f) in ordered.iter().enumerate() {
        if current != Some(f.severity) {
            current = Some(f.severity);
            let n = ordered.iter().filter(|x| x.severity == f.severity).count();
            writeln!(
                out,
                "{}",
                tf(
                    lang,
                    "report.findings_group",
                    &[("severity", &severity_name(f.severity, lang)), ("n", &n)]
                )
            )?;
        }
        writeln!(
            out,
            "  [{}] {}",
            severity_name(f.severity, lang),
            words::title(f, lang)
        )?;
        if let Some(j) = dupes[i] {
            let name = words::title(ordered[j], lang);
            writeln!(
                out,
                "      {}",
                tf(lang, "report.same_as", &[("name", &name)])
            )?;
        } else {
            let body = words::body(f, lang);
            if !body.is_empty() {
                writeln!(out, "      {body}")?;
            }
            for ev in &f.evidence {
                writeln!(
                    out,
                    "      {}: {}",
                    t(lang, "report.evidence"),
                    quote(ev, lang)
                )?;
            }
        }
        writeln!(
            out,
            "      {}: {}",
            t(lang, "report.citation"),
            crate::i18n::citation(lang, &f.citation)
        )?;
        words::write_caveat(out, f.note.as_deref(), lang, "      ")?;
        let line = f.rule.line.map(|l| format!(":{l}")).unwrap_or_default();
        writeln!(
            out,
            "      {}: {}{} ({})",
            t(lang, "report.rule"),
            f.rule.file,
            line,
            f.rule_id
        )?;
    }
    Ok(())
}

/// Assumptions, inferred terms, the rulesets and why, unparsed sentences, reading notes.
fn details(out: &mut dyn Write, r: &Report, lang: Language) -> io::Result<()> {
    let t_ = &r.terms;
    writeln!(out)?;
    writeln!(out, "{}", t(lang, "report.details"))?;
    let assumptions = match &r.apr {
        Some(apr) => &apr.assumptions,
        None => &t_.assumptions,
    };
    if !assumptions.is_empty() {
        writeln!(out, "  {}:", t(lang, "report.assumptions"))?;
        for a in assumptions {
            writeln!(out, "    - {}", from_english(lang, a))?;
        }
    }
    inferred_terms(out, t_, lang)?;
    writeln!(
        out,
        "  {}: {}",
        t(lang, "report.language"),
        match r.language {
            Language::Zh => t(lang, "report.language_zh"),
            Language::En => t(lang, "report.language_en"),
        }
    )?;
    if !r.rulesets_applied.is_empty() {
        writeln!(out, "  {}:", t(lang, "report.rulesets"))?;
        for rs in &r.rulesets_applied {
            let reason = from_english(lang, &rs.reason);
            match lang {
                Language::Zh => writeln!(out, "    - {}：{reason}", words::ruleset_name(rs, lang))?,
                Language::En => writeln!(out, "    - {} ({}): {reason}", rs.id, rs.name)?,
            }
        }
    }
    if !t_.unparsed.is_empty() {
        writeln!(
            out,
            "  {} ({}):",
            t(lang, "report.unparsed"),
            t_.unparsed.len()
        )?;
        for u in t_.unparsed.iter().take(20) {
            writeln!(out, "    - {}", quote(&u.evidence, lang))?;
        }
        if t_.unparsed.len() > 20 {
            let n = t_.unparsed.len() - 20;
            writeln!(out, "    {}", tf(lang, "report.more", &[("n", &n)]))?;
        }
    }
    if !r.warnings.is_empty() {
        writeln!(out, "  {}:", t(lang, "report.warnings"))?;
        for warning in &r.warnings {
            writeln!(out, "    - {}", from_english(lang, warning))?;
        }
    }
    Ok(())
}

impl Printer<FileOutcome, AuditSummary> for HumanPrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        match outcome {
            FileOutcome::Analysed(r) => self.report(out, r),
            FileOutcome::Failed { file, message, .. } => {
                let lang = self.lang.unwrap_or(Language::En);
                writeln!(out, "{file}: {}: {message}", t(lang, "report.failed"))
            }
        }
    }
}

/// The cost over the plausible readings, when the contract leaves a term open.
fn reconciled_range(
    out: &mut dyn Write,
    range: Option<&crate::model::AprRange>,
    lang: Language,
) -> io::Result<()> {
    let Some(range) = range else {
        return Ok(());
    };
    let low = display_percent(range.low_percent, 2);
    let span = match range.high_percent {
        Some(h) => tf(
            lang,
            "report.range_span",
            &[("low", &low), ("high", &display_percent(h, 2))],
        ),
        None => tf(lang, "report.at_least", &[("low", &low)]),
    };
    writeln!(out, "  {}: {span}", t(lang, "report.readings"))?;
    // A lone reading has no label: the range is only a lower bound, said above.
    for reading in range.readings.iter().filter(|r| !r.reading.is_empty()) {
        writeln!(
            out,
            "    - {}: {}",
            reading_name(&reading.reading, lang),
            display_percent(reading.nominal_percent, 2)
        )?;
    }
    for d in &range.depends_on {
        writeln!(out, "    ({})", from_english(lang, d))?;
    }
    Ok(())
}

/// A reading's label (`等额本息 (equal_installment)`) without its code in Chinese.
fn reading_name(reading: &str, lang: Language) -> String {
    match (lang, reading.split_once(" (")) {
        (Language::Zh, Some((words, code))) if code.ends_with(')') && !words.is_ascii() => {
            words.to_string()
        }
        _ => from_english(lang, reading),
    }
}

/// Terms the contract's own figures decided, with the figures they came from.
fn inferred_terms(out: &mut dyn Write, t_: &Terms, lang: Language) -> io::Result<()> {
    if t_.inferred.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {}:", t(lang, "report.inferred"))?;
    for i in &t_.inferred {
        let field_key = format!("field.{}", i.field);
        let field = match i18n::has(lang, &field_key) {
            true => t(lang, &field_key).to_string(),
            false => i.field.clone(),
        };
        // A value that is a code (`equal_installment`, `individual`) is named by the catalogue.
        // English keeps the lender type's code as the JSON writes it.
        let sections: &[&str] = match lang {
            Language::Zh => &["method", "lender_type"],
            _ => &["method"],
        };
        let code_key = sections
            .iter()
            .map(|section| format!("{section}.{}", i.value))
            .find(|key| i18n::has(lang, key));
        let value = match code_key {
            Some(key) => t(lang, &key).to_string(),
            None => from_english(lang, &i.value),
        };
        writeln!(
            out,
            "    - {field} = {value}: {}",
            from_english(lang, &i.reason)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod fee_line_tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn fee(kind: FeeKind, timing: FeeTiming) -> Fee {
        Fee {
            name: "提前还款违约金".into(),
            kind,
            amount: None,
            percent: Some(dec!(3)),
            basis: None,
            per: Some(Per::Once),
            timing,
            payee: None,
            note: None,
            evidence: Evidence::default(),
            due_date: None,
            amount_blank: false,
        }
    }

    #[test]
    fn a_prepayment_charge_is_said_to_be_paid_on_early_repayment() {
        let line = fee_line(
            &fee(FeeKind::Prepayment, FeeTiming::Other),
            "CNY",
            Language::Zh,
        );
        assert!(line.ends_with("(提前还款时收取)"), "{line}");
        let line = fee_line(
            &fee(FeeKind::Prepayment, FeeTiming::Other),
            "CNY",
            Language::En,
        );
        assert!(line.ends_with("(on early repayment)"), "{line}");
        // Another charge whose timing is not known stays "other".
        let line = fee_line(&fee(FeeKind::Other, FeeTiming::Other), "CNY", Language::Zh);
        assert!(line.ends_with("(其他)"), "{line}");
    }
}
