//! `overdue`: the human report, in the reader's language.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::Printer;
use super::format::display_amount;
use crate::claim::ClaimPart;
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
        writeln!(out, "  - {name}: {figures}")?;
        if !arithmetic.is_empty() {
            writeln!(out, "      {arithmetic}")?;
        }
        if !c.citation.is_empty() {
            writeln!(
                out,
                "      {}: {}",
                if zh { "依据" } else { "Basis" },
                c.citation
            )?;
        }
    }
    Ok(())
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
    let pick = |zh_text: &'static str, en_text: &'static str| if zh { zh_text } else { en_text };
    let m = |d: Decimal| display_amount(d, cur);
    if let Some(part) = &report.due_now {
        claim_part(out, part, lang, cur)?;
        if let Some(g) = &report.grace {
            writeln!(
                out,
                "  {}: {} “{}”",
                pick("宽限期", "Grace period"),
                if zh {
                    format!("{}天", g.days)
                } else {
                    format!("{} days", g.days)
                },
                g.evidence.text
            )?;
        }
        if let Some(a) = &report.acceleration {
            writeln!(
                out,
                "  {}: {}",
                pick("提前到期", "Acceleration"),
                if zh { &a.reason_zh } else { &a.reason_en }
            )?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{}",
        if zh {
            format!("逾期 {} 天", r.days)
        } else {
            format!("{} days overdue", r.days)
        }
    )?;
    writeln!(
        out,
        "  {}: {}",
        pick("逾期金额", "Overdue amount"),
        m(r.overdue_amount)
    )?;
    writeln!(
        out,
        "\n{}",
        pick("合同约定的逾期费用", "Default charges under the contract")
    )?;
    for c in &r.components {
        writeln!(out, "  - {}: {}", c.name, m(c.amount))?;
        writeln!(out, "      {} ({})", c.arithmetic, c.base_name)?;
        writeln!(out, "      “{}”", c.evidence.text)?;
    }
    writeln!(
        out,
        "  {}: {}",
        pick("合计", "Total charges"),
        m(r.contract_charges)
    )?;
    writeln!(
        out,
        "  {}: {}",
        pick("按合同应还", "Owed under the contract"),
        m(r.contract_owed)
    )?;
    if let Some(l) = &r.legal_limit {
        writeln!(out, "\n{}", pick("法律上限", "Legal maximum"))?;
        writeln!(
            out,
            "  {}",
            if zh {
                &l.description_zh
            } else {
                &l.description
            }
        )?;
        writeln!(out, "  {}: {}", pick("依据", "Basis"), l.citation)?;
        if let Some(n) = &l.note {
            writeln!(out, "  {}: {n}", pick("说明", "Note"))?;
        }
        if let (Some(max), Some(owed), Some(excess)) =
            (r.legal_max_charges, r.legal_max_owed, r.excess)
        {
            writeln!(
                out,
                "  {}: {}",
                pick("最多可收逾期费用", "Most the law allows in charges"),
                m(max)
            )?;
            writeln!(
                out,
                "  {}: {}",
                pick("依法最多应还", "Most owed under the law"),
                m(owed)
            )?;
            writeln!(
                out,
                "  {}: {}",
                pick("超出法律上限的部分", "Charges above the legal maximum"),
                m(excess)
            )?;
        }
    } else {
        writeln!(
            out,
            "\n{}",
            pick(
                "所适用的规则集没有逾期费用总额上限。",
                "The applicable rulesets set no overall cap on default charges."
            )
        )?;
    }
    writeln!(
        out,
        "\n{}",
        pick(
            "逐日累计（逾期费用 / 应还 / 法律上限）",
            "Day by day (charges / owed / legal maximum of charges)"
        )
    )?;
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
        writeln!(
            out,
            "\n{}: {}",
            pick(
                "若贷款人宣布全部借款提前到期，可主张",
                "If the lender accelerates the loan, it may claim"
            ),
            m(a)
        )?;
    }
    if let Some(d) = demand {
        writeln!(out, "\n{}: {}", pick("对方要求", "Demanded"), m(d.demanded))?;
        writeln!(
            out,
            "  {}: {}",
            pick("超出合同约定的部分", "Above what the contract allows"),
            m(d.above_contract)
        )?;
        if let Some(x) = d.above_law {
            writeln!(
                out,
                "  {}: {}",
                pick("超出法律上限的部分", "Above what the law allows"),
                m(x)
            )?;
        }
    }
    let all: Vec<&String> = notes.iter().chain(r.assumptions.iter()).collect();
    if !all.is_empty() {
        writeln!(out, "\n{}", pick("假设", "Assumptions"))?;
        for a in all {
            writeln!(out, "  - {a}")?;
        }
    }
    writeln!(
        out,
        "\n{}",
        pick(
            "金额仅在显示时四舍五入到分。本结果不构成法律意见。",
            "Amounts rounded half-up to the cent for display only. Not legal advice."
        )
    )
}
