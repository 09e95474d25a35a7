//! The pipeline: read -> extract -> reconcile -> compute -> check, for one file.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::check::{CheckInput, Checker};
use crate::compute::{apr, cost};
use crate::extract;
use crate::model::{
    AppliedRuleset, AprRange, DisclosureForm, DocumentKind, Finding, Language, LenderClass,
    ReadingCost, Report, SCHEMA_VERSION, Severity, Terms,
};
use crate::read::{self, Document, ReadError, ReadOptions};
use crate::reconcile::{self, Reading, Reconciled};

/// Options that shape one analysis.
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    pub read: ReadOptions,
    /// `--date`: the contract date when the contract does not state it.
    pub date: Option<NaiveDate>,
    /// `--jurisdiction`.
    pub jurisdiction: Option<String>,
    /// Read the contract as this language instead of detecting it.
    pub language: Option<Language>,
}

/// A report together with the computed cost it summarises (schedule, full APR result), for
/// callers that go further (the overdue computation).
#[derive(Debug, Clone)]
pub struct Analysis {
    pub report: Report,
    /// The cost of the reading the report leads with (solved once per file).
    pub cost: Option<cost::LoanCost>,
    /// The date the rules were applied for (stated, the payout date, `--date`, or today: see
    /// the report's warnings).
    pub contract_date: NaiveDate,
    /// The text the analysis read (as `loanlint text` prints it).
    pub text: String,
    pub jurisdiction: Option<String>,
    /// The Reg Z APR of the same flows, solved once when the document discloses an APR.
    pub regz_apr: Option<Decimal>,
    /// The other plausible readings the stated figures cannot rule out, with their costs (the
    /// lawful claim is given over all of them).
    pub other_readings: Vec<(String, cost::LoanCost)>,
    /// Who the lender is, classified once from the terms (`None` for a document that is not a
    /// loan: its terms are emptied).
    pub lender: Option<LenderClass>,
}

impl Analysis {
    /// The checker's view of this contract, to ask the rulesets further questions.
    pub fn check_input(&self) -> CheckInput<'_> {
        CheckInput {
            terms: &self.report.terms,
            cost: self.cost.as_ref(),
            contract_date: self.contract_date,
            jurisdiction: self.jurisdiction.as_deref(),
            regz_apr: self.regz_apr,
            lender: self.lender.as_ref(),
        }
    }
}

/// Read, extract, compute and check one file.
pub fn analyse_file(
    path: &Path,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Result<Report, ReadError> {
    analyse_file_full(path, options, checker).map(|a| a.report)
}

/// Like [`analyse_file`], keeping the computed cost.
pub fn analyse_file_full(
    path: &Path,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Result<Analysis, ReadError> {
    let doc = read::read_file(path, &options.read)?;
    Ok(analyse_document_full(&doc, options, checker))
}

/// Extract, compute and check an already-read document.
pub fn analyse_document(doc: &Document, options: &AnalysisOptions, checker: &Checker) -> Report {
    analyse_document_full(doc, options, checker).report
}

/// Like [`analyse_document`], keeping the computed cost.
pub fn analyse_document_full(
    doc: &Document,
    options: &AnalysisOptions,
    checker: &Checker,
) -> Analysis {
    let language = options.language.unwrap_or_else(|| doc.language());
    let terms = extract::extract_as(doc, language);
    let document = extract::classify(doc, language, &terms);
    let mut warnings = doc.warnings.clone();
    let mut checked = analyse_terms(terms, options, checker, &mut warnings);
    if let (Some(_), Some(form)) = (&checked.terms.disclosed_apr, mortgage_form(&checked.terms)) {
        warnings.push(format!(
            "the APR is disclosed on a {form:?} form: mortgage tolerances apply, which loanlint does not model, so the disclosed APR was not compared"
        ));
    }
    if document.kind == DocumentKind::Other {
        // Lending rules say nothing about a sales contract or a statute: its 违约金 is no
        // default charge on credit, and its price no loan principal.
        checked.findings.clear();
        checked.rulesets_applied.clear();
        // What the terms' analysis warned of (a cost's bounds, its readings) is about figures
        // this document does not own: only the reader's warnings stay.
        warnings.truncate(doc.warnings.len());
        warnings.push(format!(
            "not a loan document ({}): no lending rules were applied",
            document.reason
        ));
        // The figures a guarantee, an advertisement or a judgment quotes are someone else's
        // loan (or none): they are not this document's principal, rates or cost.
        if checked.terms.principal.is_some() || checked.cost.is_some() {
            warnings.push(
                "not a loan document: the loan figures it quotes are not reported as its terms, and no cost was computed"
                    .to_string(),
            );
        }
        checked.terms = Terms {
            contract_date: checked.terms.contract_date.take(),
            jurisdiction_hints: std::mem::take(&mut checked.terms.jurisdiction_hints),
            ..Terms::default()
        };
        checked.cost = None;
        checked.apr_range = None;
        checked.regz_apr = None;
        checked.other_readings.clear();
        checked.lender = None;
    }
    let report = Report {
        schema_version: SCHEMA_VERSION,
        file: doc.path.display().to_string(),
        language,
        terms: checked.terms,
        apr: checked.cost.as_ref().map(|c| c.apr.clone()),
        cost: checked.cost.as_ref().map(cost::LoanCost::figures),
        findings: checked.findings,
        rulesets_applied: checked.rulesets_applied,
        warnings,
        document: Some(document),
        apr_range: checked.apr_range,
        lawful_claim: None,
    };
    let mut analysis = Analysis {
        report,
        cost: checked.cost,
        contract_date: checked.contract_date,
        text: doc.text.clone(),
        jurisdiction: options.jurisdiction.clone(),
        regz_apr: checked.regz_apr,
        other_readings: checked.other_readings,
        lender: checked.lender,
    };
    let is_loan = analysis
        .report
        .document
        .as_ref()
        .is_some_and(|d| d.kind != DocumentKind::Other);
    if is_loan {
        let today = chrono::Utc::now().date_naive();
        analysis.report.lawful_claim = crate::claim::compute(&analysis, checker, today, None);
    }
    analysis
}

/// Extracted terms, reconciled, priced and checked.
#[derive(Debug, Clone)]
pub struct Checked {
    pub terms: Terms,
    pub cost: Option<cost::LoanCost>,
    pub apr_range: Option<AprRange>,
    pub findings: Vec<Finding>,
    pub rulesets_applied: Vec<AppliedRuleset>,
    pub contract_date: NaiveDate,
    pub regz_apr: Option<Decimal>,
    /// The readings after the first that survive, labelled, with their costs.
    pub other_readings: Vec<(String, cost::LoanCost)>,
    /// Who the lender is (classified once, for every reading and every later question).
    pub lender: Option<LenderClass>,
}

/// Reconcile, price and check extracted terms: the checker runs once per plausible reading; a
/// finding that fires in every reading keeps its severity, one that fires in only some is a
/// warning that says what it depends on.
pub fn analyse_terms(
    terms: Terms,
    options: &AnalysisOptions,
    checker: &Checker,
    warnings: &mut Vec<String>,
) -> Checked {
    let method = cost::default_method(&terms, options.jurisdiction.as_deref());
    let place = crate::check::jurisdiction::resolve(&terms, options.jurisdiction.as_deref());
    let covered_elsewhere = place.not_covered.is_some();
    if let Some(notice) = &place.not_covered {
        warnings.push(notice.clone());
    }
    let mut rec = reconcile::reconcile(terms, method);
    if let Some(Err(e)) = rec.readings.first().map(|r| &r.cost) {
        warnings.push(format!("annualised cost not computed: {e}"));
    }
    let contract_date = contract_date_of(&rec.terms, options.date, warnings);
    let lender = crate::lender::classify(&rec.terms);
    let mut runs = Vec::with_capacity(rec.readings.len());
    for reading in &rec.readings {
        let cost = reading.cost.as_ref().ok();
        let regz_apr = regz_apr_for(&reading.terms, cost);
        let input = CheckInput {
            terms: &reading.terms,
            cost,
            contract_date,
            jurisdiction: options.jurisdiction.as_deref(),
            regz_apr,
            lender: Some(&lender),
        };
        let (findings, applied) = checker.check(&input);
        runs.push((findings, applied, regz_apr));
    }
    let distinct = distinct_readings(&rec.readings, &runs);
    if distinct.len() < runs.len() {
        rec.keep_readings(&distinct);
        let mut k = 0;
        runs.retain(|_| {
            k += 1;
            distinct.contains(&(k - 1))
        });
    }
    let apr_range = range_of(&rec, method);
    let mut cost = rec.readings.first().and_then(|r| r.cost.clone().ok());
    if let (Some(c), Some(range)) = (cost.as_mut(), apr_range.as_ref()) {
        c.apr.assumptions.push(range_note(range));
    }
    if rec.upper_unknown {
        warnings.push(format!(
            "the cost is a lower bound: it depends on {}",
            rec.depends_on.join("; ")
        ));
    }
    let mut findings = merge_findings(&rec, &runs, apr_range.as_ref());
    findings.iter_mut().for_each(doubt_uncertain_figures);
    let (_, applied, regz_apr) = runs.into_iter().next().unwrap_or_default();
    let no_ruleset_there = !place.codes.iter().any(|c| {
        checker.rulesets().iter().any(|rs| {
            rs.jurisdictions
                .iter()
                .any(|j| crate::check::jurisdiction::within(c, j))
        })
    });
    if applied.is_empty() && !place.codes.is_empty() && no_ruleset_there && !covered_elsewhere {
        // A place no bundled ruleset covers (Australia, New Zealand): say so, rather than
        // leave a report without findings to read as a lawful loan.
        warnings.push(format!(
            "the contract belongs to {} ({}): no bundled ruleset covers it, so no lending rules were applied; check it against that place's own law",
            place.codes.join(", "),
            place.reason
        ));
    }
    let other_readings = rec
        .readings
        .iter()
        .skip(1)
        .filter_map(|r| r.cost.as_ref().ok().map(|c| (r.label.clone(), c.clone())))
        .collect();
    Checked {
        terms: rec.terms,
        cost,
        apr_range,
        findings,
        rulesets_applied: applied,
        contract_date,
        regz_apr,
        other_readings,
        lender: Some(lender),
    }
}

/// The date the rules apply for: the signing date, else the payout date or the start of the
/// loan period, else `--date`, else today; each fallback is said.
fn contract_date_of(
    terms: &Terms,
    given: Option<NaiveDate>,
    warnings: &mut Vec<String>,
) -> NaiveDate {
    if let Some(d) = terms.contract_date.as_ref() {
        return d.date;
    }
    if let Some(d) = terms.disbursement_date.as_ref() {
        warnings.push(format!(
            "the contract date is not stated: rules were applied as of the payout date / start of the loan period {} («{}»)",
            d.date, d.evidence.text
        ));
        return d.date;
    }
    if let Some(d) = given {
        return d;
    }
    let today = chrono::Utc::now().date_naive();
    warnings.push(format!(
        "the contract date is not stated: rules were applied as of today ({today}); give --date YYYY-MM-DD for the real date"
    ));
    today
}

/// A violation whose every quote came from OCR, with a figure among the words OCR was unsure
/// of, may rest on a misread number: it is a warning that names those words.
fn doubt_uncertain_figures(f: &mut Finding) {
    if f.severity != Severity::Violation || f.evidence.is_empty() {
        return;
    }
    if !f.evidence.iter().all(|e| e.low_confidence) {
        return;
    }
    let figure_like = |w: &&String| {
        w.chars()
            .any(|c| c.is_ascii_digit() || "零〇壹贰叁肆伍陆柒捌玖拾佰仟¥%".contains(c))
    };
    let doubtful: Vec<&String> = f
        .evidence
        .iter()
        .flat_map(|e| e.uncertain_words.iter())
        .filter(figure_like)
        .collect();
    if doubtful.is_empty() {
        return;
    }
    let words = doubtful
        .iter()
        .map(|w| format!("«{w}»"))
        .collect::<Vec<_>>()
        .join(", ");
    f.severity = Severity::Warning;
    f.message = format!(
        "{} [OCR was unsure of {words}: check these figures on the original before relying on this]",
        f.message
    );
    f.message_zh = f.message_zh.as_ref().map(|zh| {
        format!("{zh}［文字识别对 {words} 把握不足：请对照原件核实这些数字后再据此主张］")
    });
}

/// The readings that differ from every earlier one in cost or in findings (rule and severity):
/// a reading that changes nothing is not a reading.
fn distinct_readings(readings: &[Reading], runs: &[Run]) -> Vec<usize> {
    let key = |k: usize| {
        let cost = readings[k]
            .cost
            .as_ref()
            .ok()
            .map(|c| (c.apr.nominal_percent, c.apr.effective_percent));
        let mut fired: Vec<(String, Severity)> = runs[k]
            .0
            .iter()
            .map(|f| (f.rule_id.clone(), f.severity))
            .collect();
        fired.sort();
        (cost, fired)
    };
    let mut seen = Vec::new();
    let mut keep = Vec::new();
    for k in 0..readings.len().min(runs.len()) {
        let this = key(k);
        if !seen.contains(&this) {
            seen.push(this);
            keep.push(k);
        }
    }
    keep
}

/// The cost over the readings, when there is more than one or its upper end is unknown.
fn range_of(rec: &Reconciled, method: apr::Method) -> Option<AprRange> {
    if rec.readings.len() < 2 && !rec.upper_unknown {
        return None;
    }
    let readings: Vec<ReadingCost> = rec
        .readings
        .iter()
        .filter_map(|r| {
            r.cost.as_ref().ok().map(|c| ReadingCost {
                reading: r.label.clone(),
                nominal_percent: c.apr.nominal_percent,
                effective_percent: c.apr.effective_percent,
            })
        })
        .collect();
    let low = readings.iter().map(|r| r.nominal_percent).min()?;
    let high = readings.iter().map(|r| r.nominal_percent).max();
    Some(AprRange {
        method: method.id().to_string(),
        low_percent: low,
        high_percent: high.filter(|_| !rec.upper_unknown),
        depends_on: rec.depends_on.clone(),
        readings,
    })
}

fn percent(d: Decimal) -> String {
    format!("{}%", d.round_dp(2).normalize())
}

fn range_note(range: &AprRange) -> String {
    let span = match range.high_percent {
        Some(h) if h != range.low_percent => {
            format!("between {} and {}", percent(range.low_percent), percent(h))
        }
        Some(_) => percent(range.low_percent),
        None => format!("at least {}", percent(range.low_percent)),
    };
    format!(
        "the cost is {span}: it depends on {} (this figure is the first reading's; see apr_range)",
        range.depends_on.join("; ")
    )
}

type Run = (Vec<Finding>, Vec<AppliedRuleset>, Option<Decimal>);

/// One list of findings over every reading's run.
fn merge_findings(rec: &Reconciled, runs: &[Run], range: Option<&AprRange>) -> Vec<Finding> {
    if runs.len() < 2 {
        return runs.first().map(|r| r.0.clone()).unwrap_or_default();
    }
    let mut by_rule: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut order: Vec<&Finding> = Vec::new();
    for (k, (findings, _, _)) in runs.iter().enumerate() {
        for f in findings {
            let fired = by_rule.entry(f.rule_id.as_str()).or_default();
            if fired.is_empty() {
                order.push(f);
            }
            if !fired.contains(&k) {
                fired.push(k);
            }
        }
    }
    order
        .into_iter()
        .map(|f| {
            let fired = by_rule.get(f.rule_id.as_str()).cloned().unwrap_or_default();
            if fired.len() == runs.len() {
                return f.clone();
            }
            depends(f, &fired, &rec.readings, range)
        })
        .collect()
}

/// A finding that fires in only some readings: a warning saying what it depends on.
fn depends(
    f: &Finding,
    fired: &[usize],
    readings: &[Reading],
    range: Option<&AprRange>,
) -> Finding {
    let on = range.map_or_else(String::new, |r| r.depends_on.join("; "));
    let mut out = f.clone();
    out.severity = out.severity.min(Severity::Warning);
    out.message = format!(
        "{} {}",
        f.message,
        what_it_depends_on(Language::En, &on, fired, readings)
    );
    out.message_zh = f.message_zh.as_ref().map(|zh| {
        format!(
            "{zh}［取决于合同未写明的条款］{}",
            what_it_depends_on(Language::Zh, &on, fired, readings)
        )
    });
    out
}

/// The open terms a finding depends on, then each reading's cost and whether the rule fires
/// on it, in `lang`.
fn what_it_depends_on(lang: Language, on: &str, fired: &[usize], readings: &[Reading]) -> String {
    use crate::i18n::from_english;
    let zh = lang == Language::Zh;
    let each: Vec<String> = readings
        .iter()
        .enumerate()
        .map(|(k, r)| {
            let apr = r.cost.as_ref().map_or_else(
                |_| if zh { "未能计算" } else { "not computed" }.to_string(),
                |c| percent(c.apr.nominal_percent),
            );
            let fires = fired.contains(&k);
            if zh {
                let verdict = if fires { "触发" } else { "不触发" };
                format!("{} → {apr}（{verdict}）", from_english(lang, &r.label))
            } else {
                let verdict = if fires { "fires" } else { "does not fire" };
                format!("{} → {apr} ({verdict})", r.label)
            }
        })
        .collect();
    if zh {
        format!("［{}：{}］", from_english(lang, on), each.join("；"))
    } else {
        format!("[depends on {on}: {}]", each.join("; "))
    }
}

/// The Reg Z APR of the contract's flows, for the TILA accuracy rule: only worth solving when
/// the document discloses an APR to compare it with, and taken from the cost itself when the
/// cost is already a Reg Z figure.
fn regz_apr_for(terms: &Terms, cost: Option<&cost::LoanCost>) -> Option<Decimal> {
    terms.disclosed_apr.as_ref()?;
    // A Loan Estimate or closing form discloses a mortgage APR under its own tolerances
    // (Reg Z 1026.22(a)(4)), which loanlint does not model: it is not compared.
    if mortgage_form(terms).is_some() {
        return None;
    }
    let c = cost?;
    if c.result.method == apr::Method::UsRegz {
        return Some(c.result.apr_percent);
    }
    apr::compute(&c.schedule.flows, apr::Method::UsRegz)
        .ok()
        .map(|r| r.apr_percent)
}

/// The mortgage disclosure form (Loan Estimate, Closing Disclosure) the figures were printed on.
fn mortgage_form(terms: &Terms) -> Option<DisclosureForm> {
    terms.disclosure_form.as_ref().map(|f| f.form).filter(|f| {
        matches!(
            f,
            DisclosureForm::LoanEstimate | DisclosureForm::ClosingDisclosure
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::kinds::fixtures::ev;
    use crate::model::Evidence;

    fn violation(evidence: Vec<Evidence>) -> Finding {
        Finding {
            rule_id: "cn-lic-apr-above-36".into(),
            severity: Severity::Violation,
            message: "above 36%".into(),
            message_zh: Some("超过36%".into()),
            citation: "141号".into(),
            evidence,
            rule: crate::model::RuleRef {
                ruleset_id: "cn-licensed-lending".into(),
                file: "rulesets/cn-licensed-lending.toml".into(),
                line: None,
            },
            note: None,
            figures: Default::default(),
        }
    }

    fn ocr(text: &str, unsure: &[&str]) -> Evidence {
        Evidence {
            low_confidence: true,
            uncertain_words: unsure.iter().map(|w| w.to_string()).collect(),
            ..ev(text)
        }
    }

    #[test]
    fn a_violation_on_an_unsure_ocr_figure_is_a_warning() {
        let mut f = violation(vec![ocr("月利率3.5%", &["3.5%"])]);
        doubt_uncertain_figures(&mut f);
        assert_eq!(f.severity, Severity::Warning);
        assert!(f.message.contains("«3.5%»"), "{}", f.message);
    }

    #[test]
    fn a_sure_figure_or_an_unsure_word_keeps_the_violation() {
        // One quote read from text: the violation does not rest on OCR alone.
        let mut f = violation(vec![ocr("月利率3.5%", &["3.5%"]), ev("月利率3.5%")]);
        doubt_uncertain_figures(&mut f);
        assert_eq!(f.severity, Severity::Violation);
        // OCR was unsure only of a word with no figure in it.
        let mut f = violation(vec![ocr("借款人张三月利率3.5%", &["张三"])]);
        doubt_uncertain_figures(&mut f);
        assert_eq!(f.severity, Severity::Violation);
    }
}
