//! `loanlint overdue`: what a late payment costs under the contract, and what the law allows.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use loanlint::analysis::{Analysis, analyse_file_full};
use loanlint::check::Checker;
use loanlint::compute::overdue::{self, OverdueResult, OverdueSituation};
use loanlint::message::ContractContext;
use loanlint::report::display_amount;
use loanlint::{Language, LenderType};
use rust_decimal::Decimal;
use serde_json::json;

use super::{EXIT_CLEAN, EXIT_FINDINGS, Format, GlobalArgs, fail};

#[derive(Debug, Args)]
pub struct OverdueArgs {
    /// The loan contract.
    pub contract: PathBuf,
    /// Days overdue.
    #[arg(long, default_value_t = 1)]
    pub days: u32,
    /// Which instalment was missed (1-based; default: the first).
    #[arg(long, conflicts_with = "amount_overdue")]
    pub missed: Option<u32>,
    /// The overdue amount, when you know it (instead of --missed).
    #[arg(long)]
    pub amount_overdue: Option<Decimal>,
    /// A sum someone demands: how much of it has a basis?
    #[arg(long)]
    pub demanded: Option<Decimal>,
}

/// The overdue situation from the contract's schedule (or the amount given), with what was assumed.
fn situation(
    analysis: &Analysis,
    days: u32,
    missed: Option<u32>,
    amount: Option<Decimal>,
) -> Result<(OverdueSituation, Vec<String>), String> {
    let terms = &analysis.report.terms;
    let principal = terms.principal.as_ref().map(|p| p.amount);
    let mut notes = Vec::new();
    let rows = analysis
        .cost
        .as_ref()
        .map(|c| c.schedule.rows.as_slice())
        .unwrap_or(&[]);
    let k = missed.unwrap_or(1).max(1) as usize;
    if let Some(row) = rows.get(k - 1) {
        let remaining = if k >= 2 {
            rows.get(k - 2).map_or(row.balance, |r| r.balance)
        } else {
            principal.unwrap_or(row.balance + row.principal)
        };
        if missed.is_none() && amount.is_none() {
            notes.push(format!("assumed the first instalment ({}) is the one missed; use --missed N or --amount-overdue", row.total));
        }
        let overdue_amount = amount.unwrap_or(row.total);
        return Ok((
            OverdueSituation {
                overdue_amount,
                remaining_principal: remaining,
                total_outstanding: remaining + row.interest + row.fees,
                principal: principal.unwrap_or(remaining),
                days,
            },
            notes,
        ));
    }
    match (amount, principal) {
        (Some(a), p) => Ok((
            OverdueSituation {
                overdue_amount: a,
                remaining_principal: p.unwrap_or(a),
                total_outstanding: p.unwrap_or(a),
                principal: p.unwrap_or(a),
                days,
            },
            notes,
        )),
        (None, _) => Err(format!(
            "the repayment schedule could not be built from this contract ({}); give --amount-overdue",
            analysis
                .report
                .warnings
                .iter()
                .find(|w| w.contains("cost"))
                .cloned()
                .unwrap_or_else(|| "missing terms".into())
        )),
    }
}

fn analyse_contract(global: &GlobalArgs, path: &Path) -> Result<(Checker, Analysis), u8> {
    let checker = global.checker().map_err(fail)?;
    let analysis = analyse_file_full(path, &global.analysis_options(), &checker).map_err(fail)?;
    Ok((checker, analysis))
}

/// The overdue result for a contract, plus the context `message --contract` compares with.
pub fn contract_context(
    global: &GlobalArgs,
    path: &Path,
    days: Option<u32>,
) -> Result<ContractContext, u8> {
    let (checker, analysis) = analyse_contract(global, path)?;
    let terms = &analysis.report.terms;
    let owed = situation(&analysis, days.unwrap_or(1), None, None)
        .ok()
        .map(|(s, _)| {
            overdue::compute(
                terms,
                &s,
                checker.default_charges_limit(&analysis.check_input()),
            )
            .contract_owed
        });
    Ok(ContractContext {
        lender_name: terms.lender.as_ref().and_then(|l| l.name.clone()),
        other_names: loanlint::message::official_names(&analysis.text),
        owed_upper_bound: owed,
        currency: terms.principal.as_ref().map(|p| p.currency.clone()),
    })
}

fn print_human(
    out: &mut dyn Write,
    r: &OverdueResult,
    cur: &str,
    lang: Language,
    demand: Option<&overdue::DemandCheck>,
    notes: &[String],
) -> io::Result<()> {
    let zh = lang == Language::Zh;
    let m = |d: Decimal| display_amount(d, cur);
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
        if zh { "逾期金额" } else { "Overdue amount" },
        m(r.overdue_amount)
    )?;
    writeln!(
        out,
        "\n{}",
        if zh {
            "合同约定的逾期费用"
        } else {
            "Default charges under the contract"
        }
    )?;
    for c in &r.components {
        writeln!(out, "  - {}: {}", c.name, m(c.amount))?;
        writeln!(out, "      {} ({})", c.arithmetic, c.base_name)?;
        writeln!(out, "      “{}”", c.evidence.text)?;
    }
    writeln!(
        out,
        "  {}: {}",
        if zh { "合计" } else { "Total charges" },
        m(r.contract_charges)
    )?;
    writeln!(
        out,
        "  {}: {}",
        if zh {
            "按合同应还"
        } else {
            "Owed under the contract"
        },
        m(r.contract_owed)
    )?;
    if let Some(l) = &r.legal_limit {
        writeln!(out, "\n{}", if zh { "法律上限" } else { "Legal maximum" })?;
        writeln!(
            out,
            "  {}",
            if zh {
                &l.description_zh
            } else {
                &l.description
            }
        )?;
        writeln!(
            out,
            "  {}: {}",
            if zh { "依据" } else { "Basis" },
            l.citation
        )?;
        if let Some(n) = &l.note {
            writeln!(out, "  {}: {n}", if zh { "说明" } else { "Note" })?;
        }
        if let (Some(max), Some(owed), Some(excess)) =
            (r.legal_max_charges, r.legal_max_owed, r.excess)
        {
            writeln!(
                out,
                "  {}: {}",
                if zh {
                    "最多可收逾期费用"
                } else {
                    "Most the law allows in charges"
                },
                m(max)
            )?;
            writeln!(
                out,
                "  {}: {}",
                if zh {
                    "依法最多应还"
                } else {
                    "Most owed under the law"
                },
                m(owed)
            )?;
            writeln!(
                out,
                "  {}: {}",
                if zh {
                    "超出法律上限的部分"
                } else {
                    "Charges above the legal maximum"
                },
                m(excess)
            )?;
        }
    } else {
        writeln!(
            out,
            "\n{}",
            if zh {
                "所适用的规则集没有逾期费用总额上限。"
            } else {
                "The applicable rulesets set no overall cap on default charges."
            }
        )?;
    }
    writeln!(
        out,
        "\n{}",
        if zh {
            "逐日累计（逾期费用 / 应还 / 法律上限）"
        } else {
            "Day by day (charges / owed / legal maximum of charges)"
        }
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
            if zh {
                "若贷款人宣布全部借款提前到期，可主张"
            } else {
                "If the lender accelerates the loan, it may claim"
            },
            m(a)
        )?;
    }
    if let Some(d) = demand {
        writeln!(
            out,
            "\n{}: {}",
            if zh { "对方要求" } else { "Demanded" },
            m(d.demanded)
        )?;
        writeln!(
            out,
            "  {}: {}",
            if zh {
                "超出合同约定的部分"
            } else {
                "Above what the contract allows"
            },
            m(d.above_contract)
        )?;
        if let Some(x) = d.above_law {
            writeln!(
                out,
                "  {}: {}",
                if zh {
                    "超出法律上限的部分"
                } else {
                    "Above what the law allows"
                },
                m(x)
            )?;
        }
    }
    let all: Vec<&String> = notes.iter().chain(r.assumptions.iter()).collect();
    if !all.is_empty() {
        writeln!(out, "\n{}", if zh { "假设" } else { "Assumptions" })?;
        for a in all {
            writeln!(out, "  - {a}")?;
        }
    }
    writeln!(
        out,
        "\n{}",
        if zh {
            "金额仅在显示时四舍五入到分。本结果不构成法律意见。"
        } else {
            "Amounts rounded half-up to the cent for display only. Not legal advice."
        }
    )
}

pub fn run(global: &GlobalArgs, args: &OverdueArgs) -> u8 {
    let (checker, analysis) = match analyse_contract(global, &args.contract) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let (situation, notes) = match situation(&analysis, args.days, args.missed, args.amount_overdue)
    {
        Ok(s) => s,
        Err(e) => return fail(format!("{}: {e}", args.contract.display())),
    };
    let terms = &analysis.report.terms;
    let result = overdue::compute(
        terms,
        &situation,
        checker.default_charges_limit(&analysis.check_input()),
    );
    let demand = args.demanded.map(|d| overdue::check_demand(&result, d));
    let cur = terms
        .principal
        .as_ref()
        .map_or("", |p| p.currency.as_str())
        .to_string();
    let lang = global.lang().unwrap_or(analysis.report.language);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let written = match global.format.unwrap_or(Format::Human) {
        Format::Json | Format::Jsonl => {
            let v = json!({"file": analysis.report.file, "currency": cur, "overdue": result, "demand": demand, "assumptions": notes,
                "lender_type": terms.lender.as_ref().map(|l| l.lender_type).unwrap_or(LenderType::Unknown)});
            serde_json::to_writer_pretty(&mut out, &v)
                .map_err(io::Error::other)
                .and_then(|_| writeln!(out))
        }
        _ => print_human(&mut out, &result, &cur, lang, demand.as_ref(), &notes),
    };
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return fail(e);
        }
    }
    let over_law = result.excess.is_some_and(|x| x > Decimal::ZERO)
        || demand
            .as_ref()
            .is_some_and(|d| d.above_contract > Decimal::ZERO);
    if over_law && !global.exit_zero {
        EXIT_FINDINGS
    } else {
        EXIT_CLEAN
    }
}
