//! Chinese contract extraction (借款合同, 网贷借款协议, 个人消费贷款合同, 借条).
//!
//! The text is cut into sentences ([`segment`]); in each sentence the values (amounts,
//! percentages, 分/厘 rates, dates, counts) are found first, then the words around each value
//! say what it is. Every term keeps its whole sentence as evidence. A sentence that talks
//! about money but yields nothing is kept in `unparsed`; blanks (`____`, `【 】`, `${..}`)
//! are "not stated" and produce nothing.

mod amounts;
mod charge_parts;
mod chat;
mod chat_date;
mod chat_loan;
mod clauses;
mod columns;
mod count_item;
mod dates;
mod deducted_amount;
mod deposit;
mod derived;
mod dotted_dates;
mod due;
mod fee_in_instalment;
mod fee_on_balance;
mod fee_restated;
mod fees;
mod forms;
mod gloss;
pub(crate) mod glued_labels;
mod half_year;
mod interest_free;
mod kv_table;
mod last_payment;
mod lender_rows;
mod lexicon;
mod lpr;
mod method;
mod month_day;
mod monthly_level;
mod one_sum_due;
mod parties;
mod pawn;
mod premium;
mod principal;
mod rate_steps;
mod rates;
mod repayment_span;
mod sanity;
mod schedule;
mod script;
mod segment;
mod tokens;

pub use clauses::clause_kinds;
pub(crate) use dates::parse_date;
pub(crate) use script::simplified;
pub use segment::{Segment, segments};

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;
use rust_decimal::Decimal;

use super::numerals::{
    parse_cn_integer, parse_cn_money, parse_decimal, parse_number, parse_percent,
};
use crate::model::{
    Amount, Basis, Clause, Count, DateTerm, Evidence, Fee, FeeKind, FeeTiming, Frequency,
    FrequencyTerm, Inconsistency, Inferred, JurisdictionHint, LenderType, LoanTerm, Party, Per,
    Rate, RateKind, RateStep, Repayment, RepaymentMethod, Terms, Unparsed,
};
use crate::pattern;
use crate::read::Document;
use amounts::*;
use dates::{DATE, date_of, parse_count};
use fees::{FeeFigure, FeeTotal, NamedFee};
use lexicon::*;
use method::interest_only_in;
use parties::*;
use rates::*;
use tokens::*;

/// Extract the terms of a Chinese contract.
/// The terms of a text as `loanlint check` reads a .txt file (for tests).
#[cfg(test)]
pub(crate) fn extract_text(text: &str) -> Terms {
    extract(&Document::from_text(
        std::path::Path::new("x.txt"),
        crate::read::SourceKind::Text,
        &crate::read::normalize_text(text),
    ))
}

pub fn extract(doc: &Document) -> Terms {
    let text = script::for_matching(&doc.text);
    // A pawn ticket's words (当金, 赎当时) read as a loan contract's (本金, 到期时).
    let pawn = pawn::in_loan_words(&text);
    let is_pawn = pawn.is_some();
    let text = pawn.unwrap_or(text);
    // Sentences are cut on the text as written: a table border (`|`) ends a row, where the
    // matched text's space would let the next row read as a wrapped continuation.
    let segs = segments(&doc.text);
    let table = schedule::find(&text, &doc.text);
    // Dates with the year last (01-09-2026) are read in the order the document settles.
    let _order = dates::day_first::Scope::enter(dates::day_first::document_order(&text));
    let mut x = Extractor::new(doc, &text);
    x.pawn = is_pawn;
    for seg in segs {
        // The rows of a printed schedule are read as a table, not as sentences; a sentence
        // that runs into the table (a label line merged with its header) keeps its own part.
        let seg = match &table {
            Some(t) => match outside_table(&doc.text, seg, t.header_start, t.rows_end) {
                Some(seg) => seg,
                None => continue,
            },
            None => seg,
        };
        x.sentence(seg);
    }
    if let Some(table) = table {
        // A fee written once in a cell merged over every row is a statement of the fee.
        for &((s, e), (ns, ne)) in &table.merged_fee_cells {
            let said = format!(
                "{}:{}",
                text.get(ns..ne).unwrap_or(""),
                text.get(s..e).unwrap_or("")
            );
            x.sentence_read_as(Segment { start: s, end: e }, Some(&said));
        }
        x.stated_schedule(table);
    }
    let mut terms = x.finish();
    terms
        .assumptions
        .extend(dates::day_first::ambiguous_note(&text));
    terms
}

/// `text` as the Chinese patterns match it (same length, same char boundaries).
pub(crate) fn matching_text(text: &str) -> String {
    script::for_matching(text)
}

/// The currency a Chinese document's amounts are in (TWD for 新臺幣, HKD for 港元, ...; CNY
/// when it names none other more often than 人民币).
pub(crate) fn document_currency(text: &str) -> &'static str {
    currency_of(&script::for_matching(text))
}

/// The money figures of `text` as the sentence reader finds them (byte spans, values), for
/// the reconciliation's candidates ([`crate::extract::figures`]).
pub(crate) fn money_figures(text: &str) -> Vec<(usize, usize, Decimal)> {
    let matched = script::for_matching(text);
    let toks = tokens(&matched);
    toks.into_iter()
        .filter_map(|t| Some((t.start, t.end, t.val.money()?)))
        .collect()
}

struct Extractor<'a> {
    doc: &'a Document,
    /// `doc.text` as matched (see [`script`]): same offsets, simplified characters.
    text: &'a str,
    /// The currency the contract's amounts are in (`CNY`, or `TWD`/`HKD`/`MOP` when the
    /// contract names that currency).
    currency: &'static str,
    /// Fees a sentence names without a usable amount (a blank, or a deduction clause that only
    /// names the fee): listed unless the fee is stated with its amount elsewhere.
    named_fees: Vec<NamedFee>,
    /// A fee percentage charged each period (每期) was read as monthly.
    per_period_fee_assumed: bool,
    terms: Terms,
    /// The day basis the contract states (日利率=年利率/360), if any.
    stated_day_basis: Option<(u32, Evidence)>,
    markups: Vec<Markup>,
    /// Whether an unstated period had to be assumed for a rate (reported once).
    assumed_year: bool,
    /// A rate table gives no period but a formula multiplies by days (罚息 × 逾期天数).
    daily_formula: bool,
    repayment_ambiguous: Option<Evidence>,
    /// Every repayment method stated, with whether its sentence is labelled 还款方式.
    method_candidates: Vec<(RepaymentMethod, bool, Evidence)>,
    /// A lender line without a type was just read; the next line may carry an ID number.
    lender_needs_id: bool,
    /// A lender label ended its line with nothing after it (a two-column party table read
    /// row by row: `甲方(借款人): 王某  乙方(出借人):`); the next line may be the name.
    lender_name_next: bool,
    /// Fees named in a sentence that says when they are paid (放款时从本金中扣除), for fees
    /// whose amount is stated elsewhere: (fee name, kind, timing).
    timing_notes: Vec<(String, FeeKind, FeeTiming)>,
    /// Fees whose timing was read from words of their sentence away from them (a PDF line
    /// run into the method's 每月…): a sentence about the fee itself overrides it.
    borrowed_timing: Vec<String>,
    /// When a sentence says fee (name) is paid, by the words that follow its name.
    said_timing: Vec<(String, FeeTiming)>,
    /// The sentence being read has stated the parts (本金/利息) of each period's payment;
    /// the sum that follows them is the instalment.
    instalment_parts: bool,
    /// A sentence saying the interest is taken out of the principal when lending (利息在出借时
    /// 预先从借款本金中扣除).
    interest_deducted: Option<Evidence>,
    /// The interest amount the deduction sentence itself names (利息1,200元由甲方在放款时预先
    /// 从借款本金中扣除).
    interest_deducted_stated: Option<Decimal>,
    /// The fee the sentence just read stated (index into `terms.fees`), for a next sentence that
    /// only says when it is paid (综合服务费:2,000元; 收取方式:于到期日一次性支付).
    fee_just_stated: Option<std::ops::Range<usize>>,
    /// Totals the contract states for a fee (手续费合计), reconciled with it in `finish`.
    fee_totals: Vec<FeeTotal>,
    /// The principal repaid each period (每期偿还本金700元), when stated apart from the payment.
    per_period_principal: Option<Amount>,
    /// A sentence that settles the interest monthly (按月结息): the frequency when no other
    /// sentence states one.
    settled_monthly: Option<Evidence>,
    /// The loan money a lender named by its name transferred to the borrower (合作社…向鲁长根
    /// 转账人民币50,000.00元): the principal when none is labelled.
    payout_transfer: Option<Amount>,
    /// A price and its down payment, for a plan that names no amount lent.
    financed: principal::Financed,
    /// Where the sentence being read starts in `text`.
    seg_start: usize,
    /// Running headers and footers (see [`segment::page_furniture`]).
    furniture: std::collections::HashSet<&'a str>,
    /// The period a ticked box gives the contract's rate (☑月利率 □年利率).
    ticked_rate_period: Option<Per>,
    /// Fees a sentence of their own says are paid with instalment k: (name, kind, k).
    fee_instalments: Vec<(String, FeeKind, u32)>,
    /// Rows of a table of options by tenor that are not this loan's (see
    /// [`kv_table::options_not_taken`]).
    options_not_taken: Vec<(usize, usize)>,
    /// A pawn document, matched in loan-contract words (see [`pawn`]).
    pawn: bool,
    /// The counts a checkbox row offers (□6期 ☑12期 □18期) and where the row is.
    count_menu: Option<(Vec<u32>, Segment)>,
    /// Figures of named rows (第36期偿还…) and of a balloon (尾款), for the last payment.
    last_figures: last_payment::LastFigures,
    /// A rate over the LPR waits for the contract date that the last steps find (a date on the
    /// IOU's last line): the LPR is looked up then, and mark-ups over the rate wait with it.
    lpr_waits_for_date: bool,
    /// A period of two dates read as the loan's (自…至…, 还款起止日期): the plan's count and
    /// frequency decide at the end whether it is the loan period or the first and last due dates.
    period_span: Option<repayment_span::Span>,
}

/// A dotted leader of a form (分期本金…………人民币36,000.00元).
static LEADER: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[…⋯]{2,}|\.{3,}|·{3,}|．{3,}").expect("static regex"));

static BLANK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"_{2,}|【\s*】|\[\s*\]|\$\{|\{\{|（\s*）|\(\s+\)").expect("static regex")
});

impl<'a> Extractor<'a> {
    fn new(doc: &'a Document, text: &'a str) -> Self {
        let stated_day_basis = DAY_BASIS.captures(text).and_then(|c| {
            let basis = day_basis_of(&c)?;
            let whole = c.get(0)?;
            Some((basis, doc.evidence(whole.start(), whole.end())))
        });
        static FORMULA: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"(?:罚息|违约金|滞纳金|逾期)[^。;\n]{0,30}[=＝][^。;\n]{0,40}[×*xX]\s*(?:逾期)?天数")
                .expect("static regex")
        });
        Extractor {
            doc,
            currency: currency_of(text),
            named_fees: Vec::new(),
            per_period_fee_assumed: false,
            daily_formula: FORMULA.is_match(text),
            text,
            terms: Terms::default(),
            stated_day_basis,
            markups: Vec::new(),
            assumed_year: false,
            repayment_ambiguous: None,
            method_candidates: Vec::new(),
            lender_needs_id: false,
            lender_name_next: false,
            timing_notes: Vec::new(),
            borrowed_timing: Vec::new(),
            said_timing: Vec::new(),
            instalment_parts: false,
            interest_deducted: None,
            interest_deducted_stated: None,
            fee_just_stated: None,
            fee_totals: Vec::new(),
            per_period_principal: None,
            settled_monthly: None,
            payout_transfer: None,
            financed: principal::Financed::default(),
            seg_start: 0,
            furniture: segment::page_furniture(text),
            ticked_rate_period: None,
            fee_instalments: Vec::new(),
            options_not_taken: kv_table::options_not_taken(text),
            pawn: false,
            count_menu: None,
            last_figures: last_payment::LastFigures::default(),
            lpr_waits_for_date: false,
            period_span: None,
        }
    }

    fn sentence(&mut self, seg: Segment) {
        self.sentence_read_as(seg, None);
    }

    /// The sentence at `seg`, read as `said` when given (a table cell under its column's name).
    fn sentence_read_as(&mut self, seg: Segment, said: Option<&str>) {
        let Some(raw) = said.or_else(|| self.text.get(seg.start..seg.end)) else {
            return;
        };
        self.seg_start = seg.start;
        // 3期 | 0.75% | 51.00元 in a table of tenors: another option, not this loan's terms.
        // The rest of a sentence that runs over such rows (the header, the chosen row) is read.
        let skipped: Vec<(usize, usize)> = self
            .options_not_taken
            .iter()
            .copied()
            .filter(|&(s, e)| s < seg.end && seg.start < e)
            .collect();
        if !skipped.is_empty() {
            if !self
                .terms
                .assumptions
                .iter()
                .any(|a| a.starts_with("a table of options"))
            {
                self.terms.assumptions.push(format!(
                    "a table of options by tenor: only the row marked as chosen, or of the number of periods stated, is this loan's; «{}» is not read",
                    raw.trim()
                ));
            }
            let mut from = seg.start;
            for (s, e) in skipped.into_iter().chain([(seg.end, seg.end)]) {
                let to = s.clamp(from, seg.end);
                let part = self.text.get(from..to).unwrap_or("");
                let lead = part.len() - part.trim_start().len();
                let trimmed = part.trim();
                if !trimmed.is_empty() {
                    self.sentence(Segment {
                        start: from + lead,
                        end: from + lead + trimmed.len(),
                    });
                }
                from = e.clamp(from, seg.end);
            }
            return;
        }
        // The sentence as analysed: fill-in lines around a written value (借款人民币 _20 万整_ 元)
        // read as spaces, and the line breaks of a wrapped or table-merged sentence dropped.
        // Evidence is always the whole sentence of `doc.text`, so offsets here are local.
        let cleaned: String;
        let text = if raw.contains(['_', '\n', '\u{c}']) {
            // A sentence that runs over a page break keeps the page footer (第 1 页) between
            // its halves in `doc.text`; it is not part of the sentence.
            let lines: Vec<&str> = raw.split(['\n', '\u{c}']).collect();
            let over_page = raw.contains('\u{c}');
            cleaned = lines
                .iter()
                .filter(|l| {
                    // A page number goes where the page breaks; a running header or footer
                    // (an e-signature stamp line) wherever it stands.
                    let dropped = if segment::is_page_footer(l) {
                        over_page
                    } else {
                        self.furniture.contains(l.trim())
                    };
                    !dropped
                })
                .flat_map(|l| l.chars())
                .map(|c| if c == '_' { ' ' } else { c })
                .collect();
            cleaned.as_str()
        } else {
            raw
        };
        // 分期期数…………12期: a dotted leader between a label and its value reads as a colon.
        let led: String;
        let text = if LEADER.is_match(text) {
            led = LEADER.replace_all(text, ":").into_owned();
            led.as_str()
        } else {
            text
        };
        // 问: 借多久? 答: 12个月 reads as 借款期限: 12个月; so do an app row 借多久  12个月 and
        // a slashed table row 借款期限 / 12个月.
        let answered = kv_table::under_labels(self.text, seg.start, seg.end)
            .or_else(|| segment::answer_under_label(text))
            .or_else(|| segment::question_row(text))
            .or_else(|| segment::slash_row(text))
            .or_else(|| kv_table::pairs_side_by_side(text));
        let text = answered.as_deref().unwrap_or(text);
        // 每月还款=本金÷期数+本金×月费率=1,199元 and a ticked row ☑ 18期 read as labelled.
        let formed = forms::formula_result(text);
        let text = formed.as_deref().unwrap_or(text);
        let chosen = forms::ticked_tenor_row(text);
        let text = chosen.as_deref().unwrap_or(text);
        // 分期期数: □6期 ☑12期 reads as 分期期数: 12期.
        let ticked = method::keep_ticked_options(text);
        if ticked.is_some() && self.count_menu.is_none() {
            self.count_menu = derived::count_options(text).map(|menu| (menu, seg));
        }
        if let Some(p) = ticked.as_deref().and_then(sanity::ticked_rate_period) {
            self.ticked_rate_period = Some(p);
        }
        let text = ticked.as_deref().unwrap_or(text);
        // 原写“月息壹分伍”已划去: a struck-out value is no term.
        let unstruck = clauses::without_struck_out(text);
        let text = unstruck.as_deref().unwrap_or(text);
        // Letter-spaced figures from PDFs (1 2 5 0 0 元, 0 . 0 5 %) read as one number.
        let joined = close_spaced_figures(text);
        let text = joined.as_deref().unwrap_or(text);
        let mut evidence: Option<Evidence> = None;
        let mut ev = |x: &Self| -> Evidence {
            evidence
                .get_or_insert_with(|| x.doc.evidence(seg.start, seg.end))
                .clone()
        };
        let mut produced = 0usize;
        self.instalment_parts = false;
        let fees_before = self.terms.fees.len();
        let fee_before = self.fee_just_stated.take();

        // Clauses first: they need no value. An option left unticked (□ 计收复利) is no clause
        // of this loan. (The values of unticked options are weighed where they are read:
        // methods and tenors offered as options, none chosen, are noted as such.)
        let unchosen = crate::extract::checkbox::without_unticked(text);
        for kind in clause_kinds(unchosen.as_deref().unwrap_or(text)) {
            let evidence = ev(self);
            let seen = self
                .terms
                .clauses
                .iter()
                .any(|c| c.kind == kind && c.evidence.start == evidence.start);
            if !seen {
                self.terms.clauses.push(Clause { kind, evidence });
            }
        }
        if self.terms.jurisdiction_hints.is_empty() && JURISDICTION.is_match(text) {
            self.terms.jurisdiction_hints.push(JurisdictionHint {
                code: "CN".into(),
                evidence: ev(self),
            });
        }
        if self.lender_needs_id {
            // The line after a blank 出借人 line: an ID number field means a natural person.
            self.lender_needs_id = false;
            if text.contains("身份证") {
                if let Some(l) = self.terms.lender.as_mut() {
                    if l.lender_type == LenderType::Unknown {
                        l.lender_type = LenderType::Individual;
                    }
                }
            }
        }
        if self.lender_name_next {
            self.lender_name_next = false;
            self.lender_on_next_line(raw.lines().next().unwrap_or(raw), &mut ev);
        }
        self.lender(raw.lines().next().unwrap_or(raw), &mut ev);
        // A worked example (示例：某客户借款10,000元…), or the recital of the original contract
        // an extension builds on, states no term of this loan.
        if clauses::is_worked_example(text) || clauses::is_original_recital(text) {
            return;
        }
        // Cheap substring tests keep the value patterns off sentences that cannot hold one.
        let has_digit = text.bytes().any(|b| b.is_ascii_digit());
        if [
            "等额",
            "息",
            "还本",
            "本清",
            "随借",
            "按月",
            "每月",
            "按季",
            "每季",
            "周",
            "星期",
            "一次",
            "一并",
            "月供",
            "月付",
            "月还",
            "次月",
            "连本带",
            "本利",
            "本金",
            "递减",
        ]
        .iter()
        .any(|w| text.contains(w))
        {
            produced += self.repayment(text, &mut ev);
        }
        if has_digit || text.contains(['期', '月', '次', '年', '天']) {
            produced += self.dates_and_term(text, &mut ev);
        }

        let may_hold_value = has_digit
            || [
                "分之", "元", "圆", "息", "大写", "月利", "年利", "日利", "倍",
            ]
            .iter()
            .any(|w| text.contains(w));
        let toks = if may_hold_value {
            tokens(text)
        } else {
            Vec::new()
        };
        let mut unresolved = false;
        for (i, tok) in toks.iter().enumerate() {
            let prev_end = i
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .map_or(0, |t| t.end);
            let ok = match &tok.val {
                Val::Money { .. } => self.money(text, tok, prev_end, &mut ev),
                Val::Pct { .. } => self.percent(text, tok, &mut ev),
            };
            if ok {
                produced += 1;
            } else {
                unresolved = true;
            }
        }
        produced += self.timing_and_deduction(text, raw, &mut ev);
        if self.terms.fees.len() > fees_before {
            self.fee_just_stated = Some(fees_before..self.terms.fees.len());
        } else if let Some(stated) = fee_before {
            // 综合费率:2.4% 本期综合费:¥240.00 then 收取方式:到期时收取: each fee just stated.
            for i in stated {
                produced += self.timing_of_fee_before(i, text);
            }
        }
        // The tokens read above are those of `text`; without them it reads its own.
        produced += self.timing_of_restated_sum(text, may_hold_value.then_some(toks.as_slice()));
        let has_value = (unresolved && !toks.is_empty()) || has_unparsed_value(text);
        if produced == 0 && has_value && MONEY_TOPIC.is_match(text) {
            let reason = if FEE_NAME.is_match(text) {
                "fee"
            } else if toks.iter().any(|t| matches!(t.val, Val::Pct { .. }))
                || INTEREST_WORD.is_match(text)
                || OVERDUE_WORD.is_match(text)
                || PENALTY_WORD.is_match(text)
            {
                "rate"
            } else {
                "money"
            };
            self.terms.unparsed.push(Unparsed {
                reason: reason.into(),
                evidence: ev(self),
            });
        }
    }

    fn finish(mut self) -> Terms {
        self.drop_zero_principal();
        self.lenders_table_sums();
        self.lpr_priced_rate(false);
        self.resolve_markups();
        self.apply_ticked_rate_period();
        self.rate_assumptions();
        self.choose_method();
        if let Some(evidence) = self.settled_monthly.take() {
            self.terms.frequency.get_or_insert(FrequencyTerm {
                frequency: Frequency::Monthly,
                evidence,
            });
        }
        if self.terms.repayment.is_none() {
            if let Some(e) = self.repayment_ambiguous.take() {
                self.terms.assumptions.push(format!(
                    "repayment method not stated: the contract lists options without choosing one ({})",
                    e.text
                ));
            }
        }
        self.list_blank_fees();
        self.apply_timing_notes();
        self.column_note_timings();
        // After the timings a later sentence gave: a percentage and its amount are one fee
        // only when paid at the same time.
        self.merge_restated_fees();
        if self.per_period_fee_assumed {
            self.terms.assumptions.push(
                "a fee percentage charged 每期 (each period) is read as a monthly charge".into(),
            );
        }
        // A loan said to bear no interest (不收利息) has no contract rate to take from an
        // all-in annualised figure.
        self.zero_interest_stated();
        self.contract_rate_from_annualised();
        self.region_hints();
        self.lender_fallback();
        self.month_day_dates();
        self.transfer_date();
        self.transfer_principal();
        self.principal_from_payout_transfer();
        self.chat_sum_principal();
        self.loan_period_or_due_dates();
        self.unlabelled_contract_date();
        self.note_dotted_dates();
        if std::mem::take(&mut self.lpr_waits_for_date) {
            self.lpr_priced_rate(true);
            self.resolve_markups();
        }
        self.due_dates_from_rows();
        self.frequency_from_first_due();
        self.card_bill_monthly();
        self.one_repayment_date();
        self.date_before_one_sum();
        self.one_sum_on_the_due_date();
        self.single_draw_bullet();
        self.single_payment_count();
        self.count_from_term();
        self.term_from_count();
        self.term_from_dates();
        self.last_payment();
        self.rate_steps();
        self.weekly_fee_each_period();
        self.fee_inside_instalment();
        self.fees_within_instalment();
        self.principal_in_equal_parts();
        self.interest_only_from_figures();
        // A method worked out from the figures gives the count its term implies.
        self.count_from_term();
        // Once the number of periods is known: figures that restate a fee (its total over the
        // term, a total repayment) are reconciled with it, not charged again.
        self.monthly_fee_paid_at_the_end();
        self.fee_in_first_instalment();
        self.date_fees_by_instalment();
        self.whole_term_fee_rates();
        self.fold_fee_restatements();
        self.reconcile_fee_totals();
        self.fee_on_balance_is_interest();
        self.interest_free_first_instalment();
        self.principal_from_price();
        self.price_the_loan_pays();
        self.level_payments_method();
        self.monthly_level_payments();
        self.interest_free_level_method();
        self.no_interest_agreed();
        self.derive_disbursed();
        self.deducted_fee_from_payout();
        self.deducted_interest();
        self.deposit_returned();
        self.deposit_kept();
        // Last: the steps above match fee names against the text, which reads in loan words,
        // and by the generic word.
        self.pawn_fee_names();
        self.full_fee_names();
        self.terms
    }
}

/// The part of `seg` outside the table spanning `from..to` (trimmed), if any.
fn outside_table(text: &str, seg: Segment, from: usize, to: usize) -> Option<Segment> {
    if seg.end <= from || seg.start >= to {
        return Some(seg);
    }
    let (start, end) = if seg.start < from {
        (seg.start, from)
    } else {
        (to, seg.end)
    };
    let part = text.get(start..end)?;
    let lead = part.len() - part.trim_start().len();
    let trimmed = part.trim();
    (!trimmed.is_empty()).then(|| Segment {
        start: start + lead,
        end: start + lead + trimmed.len(),
    })
}

/// A sentence with a number in a money/rate shape that produced no token is still worth
/// reporting (e.g. `利率为12`).
fn has_unparsed_value(text: &str) -> bool {
    static NUMBERISH: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?:利率|利息|费率|金额|本金)\s*(?:为|是|:)?\s*[0-9]|(?:LPR|基准利率)[^。;]{0,12}(?:[0-9]+\s*(?:个)?基点|[0-9]+\s*[bB][pP]|上浮|下浮|加|减)")
            .expect("static regex")
    });
    NUMBERISH.is_match(text) && !BLANK.is_match(text)
}
