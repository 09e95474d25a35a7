//! The human report, in the reader's language (Chinese or English).

use std::io::{self, Write};

use super::Printer;
use super::format::{display_amount, display_percent, display_rate_value};
use crate::audit::{AuditSummary, FileOutcome};
use crate::model::*;

/// Plain-text report for people, in `lang` (or the contract's own language when `None`).
#[derive(Debug, Default)]
pub struct HumanPrinter {
    pub lang: Option<Language>,
}

/// The words of the report in both languages.
struct Words {
    title: &'static str,
    language: &'static str,
    rulesets: &'static str,
    key_terms: &'static str,
    principal: &'static str,
    disbursed: &'static str,
    term: &'static str,
    months: &'static str,
    days: &'static str,
    repayment: &'static str,
    installments: &'static str,
    payment: &'static str,
    contract_date: &'static str,
    rates: &'static str,
    fees: &'static str,
    clauses: &'static str,
    not_stated: &'static str,
    cost: &'static str,
    nominal: &'static str,
    effective: &'static str,
    assumptions: &'static str,
    no_cost: &'static str,
    findings: &'static str,
    no_findings: &'static str,
    citation: &'static str,
    evidence: &'static str,
    rule: &'static str,
    note: &'static str,
    page: &'static str,
    unparsed: &'static str,
    warnings: &'static str,
    rounding: &'static str,
    derived: &'static str,
    disclaimer: &'static str,
    failed: &'static str,
}

const ZH: Words = Words {
    title: "loanlint 合同检查报告",
    language: "合同语言",
    rulesets: "适用规则集",
    key_terms: "主要条款",
    principal: "借款本金",
    disbursed: "实际到账",
    term: "借款期限",
    months: "个月",
    days: "天",
    repayment: "还款方式",
    installments: "期数",
    payment: "每期还款",
    contract_date: "签订日期",
    rates: "利率",
    fees: "费用",
    clauses: "需要注意的条款",
    not_stated: "未写明",
    cost: "实际年化成本",
    nominal: "年化利率（单利）",
    effective: "年化利率（复利）",
    assumptions: "计算假设",
    no_cost: "未能计算年化成本",
    findings: "发现的问题",
    no_findings: "未发现违反所适用规则的条款。",
    citation: "依据",
    evidence: "合同原文",
    rule: "规则",
    note: "说明",
    page: "第{}页",
    unparsed: "未能解析的金额/利率语句（请人工阅读）",
    warnings: "读取提示",
    rounding: "金额与百分比仅在显示时四舍五入到两位小数；计算使用精确小数。",
    derived: "推算",
    disclaimer: "本报告不构成法律意见。",
    failed: "无法读取",
};

const EN: Words = Words {
    title: "loanlint contract report",
    language: "Language",
    rulesets: "Rulesets applied",
    key_terms: "Key terms",
    principal: "Principal",
    disbursed: "Actually paid out",
    term: "Term",
    months: " months",
    days: " days",
    repayment: "Repayment",
    installments: "Payments",
    payment: "Payment",
    contract_date: "Contract date",
    rates: "Rates",
    fees: "Fees",
    clauses: "Clauses to note",
    not_stated: "not stated",
    cost: "Effective annualised cost",
    nominal: "Nominal APR",
    effective: "Effective annual rate",
    assumptions: "Assumptions",
    no_cost: "Annualised cost not computed",
    findings: "Findings",
    no_findings: "No term breaks the rules that were applied.",
    citation: "Legal basis",
    evidence: "Contract text",
    rule: "Rule",
    note: "Note",
    page: "page {}",
    unparsed: "Money or rate sentences that could not be parsed (read them yourself)",
    warnings: "Reading notes",
    rounding: "Amounts and percentages are rounded half-up to 2 decimals for display only; the maths is exact decimal.",
    derived: "derived",
    disclaimer: "This report is not legal advice.",
    failed: "cannot read",
};

fn words(lang: Language) -> &'static Words {
    match lang {
        Language::Zh => &ZH,
        Language::En => &EN,
    }
}

fn method_name(m: RepaymentMethod, lang: Language) -> &'static str {
    use RepaymentMethod::*;
    match (lang, m) {
        (Language::Zh, EqualInstallment) => "等额本息",
        (Language::Zh, EqualPrincipal) => "等额本金",
        (Language::Zh, InterestOnly) => "先息后本",
        (Language::Zh, Bullet) => "到期一次性还本付息",
        (Language::Zh, FlatRate) => "等本等息（按原始本金计息）",
        (Language::Zh, Other) => "其他",
        (Language::En, EqualInstallment) => "level payments (amortising)",
        (Language::En, EqualPrincipal) => "equal principal",
        (Language::En, InterestOnly) => "interest only, principal at the end",
        (Language::En, Bullet) => "single payment at maturity",
        (Language::En, FlatRate) => "flat / add-on rate on the original principal",
        (Language::En, Other) => "other",
    }
}

fn per_name(per: Per, lang: Language) -> &'static str {
    match (lang, per) {
        (Language::Zh, Per::Day) => "每日",
        (Language::Zh, Per::Week) => "每周",
        (Language::Zh, Per::Month) => "每月",
        (Language::Zh, Per::Year) => "每年",
        (Language::Zh, Per::Once) => "一次性",
        (Language::En, Per::Day) => "per day",
        (Language::En, Per::Week) => "per week",
        (Language::En, Per::Month) => "per month",
        (Language::En, Per::Year) => "per year",
        (Language::En, Per::Once) => "once",
    }
}

fn rate_kind_name(kind: RateKind, lang: Language) -> &'static str {
    match (lang, kind) {
        (Language::Zh, RateKind::Interest) => "利息",
        (Language::Zh, RateKind::Overdue) => "逾期罚息",
        (Language::Zh, RateKind::Penalty) => "违约金",
        (Language::Zh, RateKind::Other) => "其他",
        (Language::En, RateKind::Interest) => "interest",
        (Language::En, RateKind::Overdue) => "overdue",
        (Language::En, RateKind::Penalty) => "penalty",
        (Language::En, RateKind::Other) => "other",
    }
}

fn timing_name(t: FeeTiming, lang: Language) -> &'static str {
    match (lang, t) {
        (Language::Zh, FeeTiming::UpfrontDeducted) => "放款时从本金中扣除",
        (Language::Zh, FeeTiming::UpfrontPaid) => "签约时另行支付",
        (Language::Zh, FeeTiming::PerPeriod) => "每期随还款支付",
        (Language::Zh, FeeTiming::OnDefault) => "逾期/违约时收取",
        (Language::Zh, FeeTiming::AtMaturity) => "到期时支付",
        (Language::Zh, FeeTiming::AtDisbursement) => "放款当日另行支付",
        (Language::Zh, FeeTiming::OnDate) => "约定日期支付",
        (Language::Zh, FeeTiming::Other) => "其他",
        (Language::En, FeeTiming::UpfrontDeducted) => "deducted from the loan at payout",
        (Language::En, FeeTiming::UpfrontPaid) => "paid at signing",
        (Language::En, FeeTiming::PerPeriod) => "with each payment",
        (Language::En, FeeTiming::OnDefault) => "on default",
        (Language::En, FeeTiming::AtMaturity) => "at maturity",
        (Language::En, FeeTiming::AtDisbursement) => "on the payout day",
        (Language::En, FeeTiming::OnDate) => "on a stated date",
        (Language::En, FeeTiming::Other) => "other",
    }
}

pub(super) fn severity_name(s: Severity, lang: Language) -> &'static str {
    match (lang, s) {
        (Language::Zh, Severity::Violation) => "违规",
        (Language::Zh, Severity::Warning) => "警示",
        (Language::Zh, Severity::Info) => "提示",
        (Language::En, Severity::Violation) => "VIOLATION",
        (Language::En, Severity::Warning) => "WARNING",
        (Language::En, Severity::Info) => "INFO",
    }
}

/// `"…"` quote of evidence, shortened to ~120 chars, with its page.
fn quote(ev: &Evidence, w: &Words) -> String {
    let mut text: String = ev.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() > 120 {
        text = text.chars().take(117).collect::<String>() + "…";
    }
    match ev.page {
        Some(p) => format!("[{}] “{}”", w.page.replace("{}", &p.to_string()), text),
        None => format!("“{text}”"),
    }
}

impl HumanPrinter {
    fn report(&self, out: &mut dyn Write, r: &Report) -> io::Result<()> {
        let lang = self.lang.unwrap_or(r.language);
        let w = words(lang);
        let t = &r.terms;
        writeln!(out, "{} — {}", w.title, r.file)?;
        super::verdict::write(out, r, lang)?;
        writeln!(
            out,
            "{}: {}",
            w.language,
            if r.language == Language::Zh {
                "中文 (zh)"
            } else {
                "English (en)"
            }
        )?;
        if !r.rulesets_applied.is_empty() {
            writeln!(out, "{}:", w.rulesets)?;
            for rs in &r.rulesets_applied {
                writeln!(out, "  - {} ({}): {}", rs.id, rs.name, rs.reason)?;
            }
        }
        writeln!(out)?;
        writeln!(out, "{}", w.key_terms)?;
        let line = |out: &mut dyn Write,
                    label: &str,
                    value: String,
                    ev: Option<&Evidence>|
         -> io::Result<()> {
            writeln!(out, "  {label}: {value}")?;
            if let Some(ev) = ev {
                writeln!(out, "      {}", quote(ev, w))?;
            }
            Ok(())
        };
        match &t.principal {
            Some(a) => line(
                out,
                w.principal,
                display_amount(a.amount, &a.currency),
                Some(&a.evidence),
            )?,
            None => line(out, w.principal, w.not_stated.into(), None)?,
        }
        if let Some(d) = &t.disbursed {
            let cur = t
                .principal
                .as_ref()
                .map_or(d.currency.as_str(), |p| p.currency.as_str());
            let mut v = display_amount(d.amount, cur);
            if d.derived {
                v.push_str(&format!(" ({})", w.derived));
            }
            line(out, w.disbursed, v, (!d.derived).then_some(&d.evidence))?;
        }
        match &t.term {
            Some(term) => {
                let v = match (term.months, term.days) {
                    (Some(m), _) => format!("{m}{}", w.months),
                    (None, Some(d)) => format!("{d}{}", w.days),
                    _ => w.not_stated.into(),
                };
                line(out, w.term, v, Some(&term.evidence))?
            }
            None => line(out, w.term, w.not_stated.into(), None)?,
        }
        match &t.repayment {
            Some(rp) => line(
                out,
                w.repayment,
                method_name(rp.method, lang).into(),
                Some(&rp.evidence),
            )?,
            None => line(out, w.repayment, w.not_stated.into(), None)?,
        }
        if let Some(n) = &t.installments {
            line(out, w.installments, n.count.to_string(), None)?;
        }
        if let Some(p) = &t.payment {
            line(out, w.payment, display_amount(p.amount, &p.currency), None)?;
        }
        if let Some(d) = &t.contract_date {
            line(out, w.contract_date, d.date.to_string(), None)?;
        }
        if t.rates.is_empty() {
            line(out, w.rates, w.not_stated.into(), None)?;
        } else {
            writeln!(out, "  {}:", w.rates)?;
            for rate in &t.rates {
                let label = if rate.label.is_empty() {
                    rate_kind_name(rate.kind, lang)
                } else {
                    rate.label.as_str()
                };
                let mut v = format!(
                    "{} [{}] {} {}",
                    label,
                    rate_kind_name(rate.kind, lang),
                    display_rate_value(rate.value),
                    per_name(rate.per, lang)
                );
                if let (Some(annual), false) = (rate.annual_percent, rate.per == Per::Year) {
                    let basis = rate.day_basis.map(|d| {
                        let assumed = if rate.day_basis_assumed {
                            if lang == Language::Zh {
                                "，假设"
                            } else {
                                ", assumed"
                            }
                        } else {
                            ""
                        };
                        if lang == Language::Zh {
                            format!("按{d}天{assumed}")
                        } else {
                            format!("{d}-day year{assumed}")
                        }
                    });
                    let annual_word = if lang == Language::Zh {
                        "年化"
                    } else {
                        "annualised"
                    };
                    v.push_str(&format!(" → {annual_word} {}", display_percent(annual, 2)));
                    if let Some(b) = basis {
                        v.push_str(&format!(" ({b})"));
                    }
                }
                writeln!(out, "    - {v}")?;
                writeln!(out, "      {}", quote(&rate.evidence, w))?;
            }
        }
        if !t.fees.is_empty() {
            writeln!(out, "  {}:", w.fees)?;
            let cur = t.principal.as_ref().map_or("", |p| p.currency.as_str());
            for fee in &t.fees {
                let amount = match (fee.amount, fee.percent) {
                    (Some(a), _) => display_amount(a, cur),
                    (None, Some(p)) => {
                        let per = fee
                            .per
                            .map(|p| format!(" {}", per_name(p, lang)))
                            .unwrap_or_default();
                        format!("{}{per}", display_rate_value(p))
                    }
                    _ => w.not_stated.to_string(),
                };
                writeln!(
                    out,
                    "    - {}: {} ({})",
                    fee.name,
                    amount,
                    timing_name(fee.timing, lang)
                )?;
                writeln!(out, "      {}", quote(&fee.evidence, w))?;
            }
        }
        if !t.clauses.is_empty() {
            writeln!(out, "  {}:", w.clauses)?;
            for c in &t.clauses {
                let id = serde_json::to_value(c.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                writeln!(out, "    - {id}: {}", quote(&c.evidence, w))?;
            }
        }
        writeln!(out)?;
        match &r.apr {
            Some(apr) => {
                writeln!(out, "{} ({})", w.cost, apr.method)?;
                writeln!(
                    out,
                    "  {}: {}",
                    w.nominal,
                    display_percent(apr.nominal_percent, 2)
                )?;
                writeln!(
                    out,
                    "  {}: {}",
                    w.effective,
                    display_percent(apr.effective_percent, 2)
                )?;
                reconciled_range(out, r.apr_range.as_ref(), lang)?;
                if !apr.assumptions.is_empty() {
                    writeln!(out, "  {}:", w.assumptions)?;
                    for a in &apr.assumptions {
                        writeln!(out, "    - {a}")?;
                    }
                }
            }
            None => writeln!(out, "{}", w.no_cost)?,
        }
        if !t.assumptions.is_empty() && r.apr.is_none() {
            writeln!(out, "  {}:", w.assumptions)?;
            for a in &t.assumptions {
                writeln!(out, "    - {a}")?;
            }
        }
        inferred_terms(out, t, lang)?;
        if let Some(claim) = &r.lawful_claim {
            writeln!(out)?;
            super::overdue::claim_part(out, &claim.whole_loan, lang, &claim.currency)?;
        }
        writeln!(out)?;
        writeln!(out, "{} ({})", w.findings, r.findings.len())?;
        if r.findings.is_empty() {
            writeln!(out, "  {}", w.no_findings)?;
        }
        for f in &r.findings {
            let message = match (lang, &f.message_zh) {
                (Language::Zh, Some(zh)) => zh.as_str(),
                _ => f.message.as_str(),
            };
            writeln!(out, "  [{}] {}", severity_name(f.severity, lang), f.rule_id)?;
            writeln!(out, "      {message}")?;
            writeln!(out, "      {}: {}", w.citation, f.citation)?;
            for ev in &f.evidence {
                writeln!(out, "      {}: {}", w.evidence, quote(ev, w))?;
            }
            let line = f.rule.line.map(|l| format!(":{l}")).unwrap_or_default();
            writeln!(
                out,
                "      {}: {}{} ({})",
                w.rule, f.rule.file, line, f.rule.ruleset_id
            )?;
            if let Some(note) = &f.note {
                writeln!(out, "      {}: {note}", w.note)?;
            }
        }
        if !t.unparsed.is_empty() {
            writeln!(out)?;
            writeln!(out, "{} ({})", w.unparsed, t.unparsed.len())?;
            for u in t.unparsed.iter().take(20) {
                writeln!(out, "  - {}", quote(&u.evidence, w))?;
            }
            if t.unparsed.len() > 20 {
                writeln!(out, "  … +{}", t.unparsed.len() - 20)?;
            }
        }
        if !r.warnings.is_empty() {
            writeln!(out)?;
            writeln!(out, "{}:", w.warnings)?;
            for warning in &r.warnings {
                writeln!(out, "  - {warning}")?;
            }
        }
        writeln!(out)?;
        writeln!(out, "{} {}", w.rounding, w.disclaimer)?;
        Ok(())
    }
}

impl Printer<FileOutcome, AuditSummary> for HumanPrinter {
    fn print(&mut self, out: &mut dyn Write, outcome: &FileOutcome) -> io::Result<()> {
        match outcome {
            FileOutcome::Analysed(r) => self.report(out, r),
            FileOutcome::Failed { file, message, .. } => {
                let w = words(self.lang.unwrap_or(Language::En));
                writeln!(out, "{file}: {}: {message}", w.failed)
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
    let span = match (range.high_percent, lang) {
        (Some(h), Language::Zh) => format!("{low} – {}", display_percent(h, 2)),
        (Some(h), Language::En) => format!("{low} to {}", display_percent(h, 2)),
        (None, Language::Zh) => format!("至少 {low}"),
        (None, Language::En) => format!("at least {low}"),
    };
    let label = match lang {
        Language::Zh => "各种可能解读下",
        Language::En => "Over the plausible readings",
    };
    writeln!(out, "  {label}: {span}")?;
    for reading in &range.readings {
        writeln!(
            out,
            "    - {}: {}",
            reading.reading,
            display_percent(reading.nominal_percent, 2)
        )?;
    }
    for d in &range.depends_on {
        writeln!(out, "    ({d})")?;
    }
    Ok(())
}

/// Terms the contract's own figures decided, with the figures they came from.
fn inferred_terms(out: &mut dyn Write, t: &crate::model::Terms, lang: Language) -> io::Result<()> {
    if t.inferred.is_empty() {
        return Ok(());
    }
    let label = match lang {
        Language::Zh => "由合同数字推定",
        Language::En => "Inferred from the contract's figures",
    };
    writeln!(out, "  {label}:")?;
    for i in &t.inferred {
        writeln!(out, "    - {} = {}: {}", i.field, i.value, i.reason)?;
    }
    Ok(())
}
