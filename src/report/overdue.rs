//! `overdue`: the human report, in the reader's language.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::Printer;
use super::format::display_amount_in;
use crate::claim::ClaimPart;
use crate::compute::overdue::{Component, Figures, round2};
use crate::i18n::{fix_message, from_english, t, tf};
use crate::model::Language;
use crate::overdue::OverdueReport;

/// A claim part side by side: the headline, then each component with contract, law,
/// difference and its arithmetic. Shared by `check`, `overdue` and `message`.
pub(super) fn claim_part(
    out: &mut dyn Write,
    part: &ClaimPart,
    lang: Language,
    currency: &str,
) -> io::Result<()> {
    let zh = lang == Language::Zh;
    writeln!(
        out,
        "{}",
        if zh {
            &part.headline_zh
        } else {
            &part.headline_en
        }
    )?;
    for c in &part.components {
        let (name, figures, arithmetic) = c.side_by_side(currency, zh);
        let (name, arithmetic) = (fix_message(lang, name), fix_message(lang, arithmetic));
        writeln!(out, "  - {name}: {figures}")?;
        if !arithmetic.is_empty() {
            writeln!(out, "      {arithmetic}")?;
        }
        if !c.citation.is_empty() {
            writeln!(
                out,
                "      {}: {}",
                t(lang, "overdue.basis"),
                crate::i18n::citation(lang, &c.citation)
            )?;
        }
    }
    Ok(())
}

/// A charge's name: the contract's own word, else (a name made up in English) its kind.
fn charge_name(c: &Component, lang: Language) -> String {
    let made_up = !c.name.chars().any(|ch| ch > '\u{2e7f}');
    if lang == Language::Zh && made_up {
        t(lang, &format!("overdue_kind.{}", c.kind)).to_string()
    } else {
        c.name.clone()
    }
}

/// A charge's arithmetic in the reader's words, from its figures.
fn arithmetic(c: &Component, lang: Language) -> String {
    let on = t(lang, &format!("overdue_base.{}", c.base_code));
    let amount = round2(c.amount);
    match c.figures {
        Figures::PerDay {
            base,
            percent,
            days,
        } => tf(
            lang,
            if days == 1 {
                "overdue.per_day_one"
            } else {
                "overdue.per_day"
            },
            &[
                ("base", &round2(base)),
                ("percent", &percent),
                ("days", &days),
                ("amount", &amount),
                ("on", &on),
            ],
        ),
        Figures::Once { base, percent } => tf(
            lang,
            "overdue.once",
            &[
                ("base", &round2(base)),
                ("percent", &percent),
                ("amount", &amount),
                ("on", &on),
            ],
        ),
        Figures::GreaterOf {
            fixed,
            base,
            percent,
        } => tf(
            lang,
            "overdue.greater_of",
            &[
                ("fixed", &round2(fixed)),
                ("base", &round2(base)),
                ("percent", &percent),
                ("amount", &amount),
                ("on", &on),
            ],
        ),
        Figures::LesserOf {
            fixed,
            base,
            percent,
        } => tf(
            lang,
            "overdue.lesser_of",
            &[
                ("fixed", &round2(fixed)),
                ("base", &round2(base)),
                ("percent", &percent),
                ("amount", &amount),
                ("on", &on),
            ],
        ),
        Figures::NotYet { grace } => tf(lang, "overdue.not_yet", &[("grace", &grace)]),
        Figures::Fixed => tf(lang, "overdue.fixed", &[("amount", &amount)]),
    }
}

/// The arithmetic, the legal maximum, day by day, a demand, the assumptions.
#[derive(Debug, Default)]
pub struct OverduePrinter {
    /// The report's language; by default the contract's.
    pub lang: Option<Language>,
}

impl Printer<OverdueReport> for OverduePrinter {
    fn print(&mut self, out: &mut dyn Write, report: &OverdueReport) -> io::Result<()> {
        print_human(out, report, self.lang.unwrap_or(report.language))
    }
}

fn print_human(out: &mut dyn Write, report: &OverdueReport, lang: Language) -> io::Result<()> {
    let r = &report.overdue;
    let cur = report.currency.as_str();
    let demand = report.demand.as_ref();
    let notes = &report.assumptions;
    let zh = lang == Language::Zh;
    let m = |d: Decimal| display_amount_in(d, cur, lang);
    if let Some(part) = &report.due_now {
        claim_part(out, part, lang, cur)?;
        if let Some(g) = &report.grace {
            writeln!(
                out,
                "  {}: {} “{}”",
                t(lang, "overdue.grace"),
                tf(lang, "report.days", &[("n", &g.days)]),
                g.evidence.text
            )?;
        }
        if let Some(a) = &report.acceleration {
            writeln!(
                out,
                "  {}: {}",
                t(lang, "overdue.acceleration"),
                if zh { &a.reason_zh } else { &a.reason_en }
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{}",
        // "1 day overdue", not "1 days".
        tf(
            lang,
            if r.days == 1 {
                "overdue.day_overdue"
            } else {
                "overdue.days_overdue"
            },
            &[("n", &r.days)]
        )
    )?;
    writeln!(
        out,
        "  {}: {}",
        t(lang, "overdue.overdue_amount"),
        m(r.overdue_amount)
    )?;
    writeln!(out, "\n{}", t(lang, "overdue.contract_charges"))?;
    for c in &r.components {
        writeln!(out, "  - {}: {}", charge_name(c, lang), m(c.amount))?;
        writeln!(out, "      {}", arithmetic(c, lang))?;
        writeln!(out, "      “{}”", c.evidence.text)?;
    }
    writeln!(
        out,
        "  {}: {}",
        t(lang, "overdue.total"),
        m(r.contract_charges)
    )?;
    writeln!(out, "  {}: {}", t(lang, "overdue.owed"), m(r.contract_owed))?;
    if let Some(l) = &r.legal_limit {
        writeln!(out, "\n{}", t(lang, "overdue.legal_max"))?;
        let description = if zh {
            fix_message(lang, &l.description_zh)
        } else {
            l.description.clone()
        };
        writeln!(out, "  {description}")?;
        writeln!(
            out,
            "  {}: {}",
            t(lang, "overdue.basis"),
            crate::i18n::citation(lang, &l.citation)
        )?;
        super::words::write_caveat(out, l.note.as_deref(), lang, "  ")?;
        if let (Some(max), Some(owed), Some(excess)) =
            (r.legal_max_charges, r.legal_max_owed, r.excess)
        {
            writeln!(out, "  {}: {}", t(lang, "overdue.max_charges"), m(max))?;
            writeln!(out, "  {}: {}", t(lang, "overdue.max_owed"), m(owed))?;
            // The difference of the two figures as shown (0.92 − 0.58 reads 0.34, not the exact
            // 0.3319 rounded), so that the lines add up for the reader; the JSON keeps it exact.
            let shown = (round2(r.contract_charges) - round2(max)).max(Decimal::ZERO);
            let excess = if excess > Decimal::ZERO {
                shown
            } else {
                excess
            };
            writeln!(out, "  {}: {}", t(lang, "overdue.above_law"), m(excess))?;
        }
    } else {
        writeln!(out, "\n{}", t(lang, "overdue.no_cap"))?;
    }
    writeln!(out, "\n{}", t(lang, "overdue.by_day"))?;
    for d in &r.by_day {
        let legal = d.legal_max_charges.map(m).unwrap_or_else(|| "—".into());
        writeln!(
            out,
            "  {:>4}: {} / {} / {}",
            d.day,
            m(d.charges),
            m(d.owed),
            legal
        )?;
    }
    if let Some(a) = r.if_accelerated_owed {
        writeln!(out, "\n{}: {}", t(lang, "overdue.accelerated"), m(a))?;
    }
    if let Some(d) = demand {
        writeln!(out, "\n{}: {}", t(lang, "overdue.demanded"), m(d.demanded))?;
        writeln!(
            out,
            "  {}: {}",
            t(lang, "overdue.above_contract"),
            m(d.above_contract)
        )?;
        if let Some(x) = d.above_law {
            writeln!(out, "  {}: {}", t(lang, "overdue.above_law"), m(x))?;
        }
    }
    let all: Vec<&String> = notes.iter().chain(r.assumptions.iter()).collect();
    if !all.is_empty() {
        writeln!(out, "\n{}", t(lang, "overdue.assumptions"))?;
        for a in all {
            writeln!(out, "  - {}", from_english(lang, a))?;
        }
    }
    writeln!(out, "\n{}", t(lang, "overdue.footer"))
}
