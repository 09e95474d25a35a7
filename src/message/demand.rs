//! A demand compared with the contract and the lawful claim.
//!
//! What is due now (the missed instalments and their default charges) is the lower line. When
//! the message says the whole loan is due (一次性结清, 剩余本金, "pay in full"), the upper line
//! is the whole loan: every instalment of the term, charges included, plus the default
//! charges due now; a demand between the two depends on whether the lender may call the loan
//! in, and is stated, not judged. A demand is above a line only by more than the margin (the
//! larger of `margin_min` and `margin_percent` of the line), so rounding and a day's more
//! default charges never decide it. The words and the margin are data (`[demand]`).

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;
use serde::Deserialize;

use super::amount::{ByLanguage, DemandWords, RawWords, labelled_sums};
use super::{Category, ContractContext, MessageFinding};
use crate::claim::{ClaimPart, money};
use crate::model::{Evidence, Language, Severity};
use crate::pattern;

/// The `[demand]` table of the rule file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDemand {
    #[serde(with = "rust_decimal::serde::str")]
    pub margin_percent: Decimal,
    #[serde(with = "rust_decimal::serde::str")]
    pub margin_min: Decimal,
    /// Words saying the whole loan is due now.
    pub whole_loan: Vec<String>,
    /// Words of the whole loan that only name what a charge is worked out on (罚息按全部本金计算).
    #[serde(default)]
    pub charge_base: Vec<String>,
    /// Words saying the payment asked for is not yet due (将于4月15日到期, 还款日前, 3天后到期,
    /// "is due on"): a reminder before the due date.
    #[serde(default)]
    pub not_yet_due: Vec<String>,
    /// Words saying a payment is already late (已逾期, 逾期3天, "overdue"): they outweigh
    /// [`RawDemand::not_yet_due`].
    #[serde(default)]
    pub already_late: Vec<String>,
    /// Labels of the sender's own figure for what is still owed on the loan (剩余未还款项,
    /// "remaining balance"), matched right before that figure.
    #[serde(default)]
    pub stated_balance: Vec<String>,
    /// Labels of default and collection charges (违约金, 催收服务费, "late charge"), matched at
    /// the end of the text right before a sum: charges the law caps with the default charges.
    #[serde(default)]
    pub charges: ByLanguage,
    /// Words naming interest for periods not yet run (后面11个月的利息, "the interest for the
    /// remaining months"), followed in their item by the sum asked for it.
    #[serde(default)]
    pub future_interest: ByLanguage,
    /// What makes a sum in a message a demand.
    #[serde(default)]
    pub words: RawWords,
}

/// The compiled `[demand]` table.
#[derive(Debug, Clone)]
pub struct DemandRules {
    margin_percent: Decimal,
    margin_min: Decimal,
    whole_loan: Vec<Regex>,
    charge_base: Vec<Regex>,
    stated_balance: Vec<Regex>,
    not_yet_due: Vec<Regex>,
    already_late: Vec<Regex>,
    /// Labels of default and collection charges (Chinese, English).
    charges: (Option<Regex>, Option<Regex>),
    /// Words naming interest for periods not yet run (Chinese, English).
    future_interest: (Option<Regex>, Option<Regex>),
    /// What makes a sum in a message a demand.
    pub words: DemandWords,
}

impl DemandRules {
    pub fn compile(raw: &RawDemand) -> Result<DemandRules, String> {
        let all = |patterns: &[String]| -> Result<Vec<Regex>, String> {
            patterns
                .iter()
                .map(|p| pattern::regex(p).map_err(|e| format!("demand: bad pattern: {e}")))
                .collect()
        };
        let (whole_loan, charge_base) = (all(&raw.whole_loan)?, all(&raw.charge_base)?);
        let stated_balance = all(&raw.stated_balance)?;
        let (not_yet_due, already_late) = (all(&raw.not_yet_due)?, all(&raw.already_late)?);
        let one = |p: &str| -> Result<Option<Regex>, String> {
            if p.trim().is_empty() {
                return Ok(None);
            }
            pattern::regex(p)
                .map(Some)
                .map_err(|e| format!("demand.charges: bad pattern: {e}"))
        };
        Ok(DemandRules {
            margin_percent: raw.margin_percent,
            margin_min: raw.margin_min,
            whole_loan,
            charge_base,
            stated_balance,
            not_yet_due,
            already_late,
            charges: (one(&raw.charges.zh)?, one(&raw.charges.en)?),
            future_interest: (one(&raw.future_interest.zh)?, one(&raw.future_interest.en)?),
            words: DemandWords::compile(&raw.words)?,
        })
    }

    /// Does the message say the whole loan is due now? Words of the whole loan that only name
    /// what a charge is worked out on (罚息按全部贷款本金计算) say nothing of the kind.
    fn claims_whole_loan(&self, text: &str) -> bool {
        let mut rest = std::borrow::Cow::Borrowed(text);
        for r in &self.charge_base {
            if r.is_match(&rest) {
                rest = std::borrow::Cow::Owned(r.replace_all(&rest, " ").into_owned());
            }
        }
        self.whole_loan.iter().any(|r| r.is_match(&rest))
    }

    /// Is the message a reminder of a payment not yet due (将于…到期, 还款日前, "due in 3 days"),
    /// saying nothing of a payment already late?
    fn before_due_date(&self, text: &str) -> bool {
        self.not_yet_due.iter().any(|r| r.is_match(text)) && !self.said_late(text)
    }

    /// Does the message say a payment is already late (已逾期, "overdue")?
    fn said_late(&self, text: &str) -> bool {
        self.already_late.iter().any(|r| r.is_match(text))
    }

    /// The sum the message asks as interest for periods not yet run, with its words.
    fn future_interest(&self, text: &str, language: Language) -> Option<(Decimal, String)> {
        let words = match language {
            Language::Zh => self.future_interest.0.as_ref(),
            Language::En => self.future_interest.1.as_ref(),
        }?;
        super::ahead::future_interest(text, language, words)
    }

    /// The sender's own figure for what is still owed on the loan, when the message states one
    /// (the smallest, should it state several), with the text it was read from.
    fn stated_balance(&self, text: &str) -> Option<(Decimal, String)> {
        self.stated_balance
            .iter()
            .flat_map(|r| r.find_iter(text))
            .filter_map(|m| {
                let after = text.get(m.end()..)?;
                let c = FIGURE.captures(after)?;
                let digits: String = c
                    .get(1)?
                    .as_str()
                    .chars()
                    .filter(|ch| ch.is_ascii_digit() || *ch == '.')
                    .collect();
                let mut v: Decimal = digits.parse().ok()?;
                if c.get(2).is_some() {
                    v *= Decimal::from(10_000);
                }
                let quoted = text.get(m.start()..m.end() + c.get(0)?.end())?.to_string();
                Some((v, quoted))
            })
            .min_by_key(|(v, _)| *v)
    }

    /// The default and collection charges a demand of `d` is itemised into, when the message
    /// itemises it: sums labelled as such charges which, added to another sum the message names
    /// as owed (the instalment), make up the demand to the cent. With their labels.
    fn itemised_charges(
        &self,
        text: &str,
        language: Language,
        d: Decimal,
    ) -> Option<(Decimal, Vec<(String, Decimal)>)> {
        let label = match language {
            Language::Zh => self.charges.0.as_ref(),
            Language::En => self.charges.1.as_ref(),
        }?;
        let charges = labelled_sums(text, language, label);
        let total: Decimal = charges.iter().map(|(_, v)| *v).sum();
        let base = d - total;
        let owed = self.words.amounts(text, language);
        (!charges.is_empty() && base > Decimal::ZERO && owed.contains(&base))
            .then_some((base, charges))
    }

    /// Is `d` above `line` by more than the margin?
    fn above(&self, d: Decimal, line: Decimal) -> bool {
        let margin = (line.abs() * self.margin_percent / Decimal::ONE_HUNDRED).max(self.margin_min);
        d > line + margin
    }
}

impl Default for DemandRules {
    /// No margin and no words: no sum is read as demanded.
    fn default() -> Self {
        DemandRules {
            margin_percent: Decimal::ZERO,
            margin_min: Decimal::ZERO,
            whole_loan: Vec::new(),
            charge_base: Vec::new(),
            stated_balance: Vec::new(),
            not_yet_due: Vec::new(),
            already_late: Vec::new(),
            charges: (None, None),
            future_interest: (None, None),
            words: DemandWords::default(),
        }
    }
}

/// The figure right after a label of the balance: "11,800.00元", "¥ 2.3万", "$1,150.00".
static FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[ \t]*(?:[:：为是]|is|of|stands at|now)?[ \t]*(?:[¥￥$£€]|RMB|人民币|US\$)?[ \t]*(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)[ \t]*(万)?")
        .expect("static regex")
});

/// A payment returned unpaid, shown in the message: "your payment was returned", "the check
/// bounced", "an NSF fee", "returned item fee", 退票, 扣款失败. A charge the contract makes only on
/// that event is part of the lawful claim only when the message shows the event.
static RETURNED: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:payments?|checks?|cheques?|debits?|ach|drafts?|transfers?|direct debits?|autopay)(?-u:\b)[^.!?\n]{0,30}(?-u:\b)(?:returned|bounced|dishonou?red|reversed|rejected|declined|came back)|(?:returned|bounced|dishonou?red|reversed|rejected|declined)\s+(?:\w+\s+)?(?:payments?|checks?|cheques?|debits?|ach|drafts?|items?)|nsf|non-?sufficient funds|insufficient funds)(?-u:\b)|退票|退回|被退|扣款失败|划扣失败|余额不足")
        .expect("static regex")
});

/// The default charges of what is due now (contract, law).
/// What is due now as a message's report shows it: a message that does not call the loan in is
/// measured without the balance an acceleration clause lets the lender declare due ("we may
/// declare the entire unpaid balance due"), so the report shows that row as not counted, with
/// the sum it would add; a message that calls the loan in is shown the whole of it.
pub fn shown_due_now(text: &str, ctx: &ContractContext, rules: &DemandRules) -> Option<ClaimPart> {
    let part = ctx.due_now.as_ref()?;
    let called = |c: &&crate::claim::ClaimComponent| c.key == crate::claim::ACCELERATED_BALANCE;
    let Some(acc) = part.components.iter().find(called) else {
        return Some(part.clone());
    };
    if rules.claims_whole_loan(text) {
        return Some(part.clone());
    }
    let currency = ctx
        .lawful_claim
        .as_ref()
        .map(|c| c.currency.clone())
        .or_else(|| ctx.currency.clone())
        .unwrap_or_default();
    let (balance, lawful) = (money(&currency, acc.contract), money(&currency, acc.lawful));
    let components = part
        .components
        .iter()
        .filter(|c| c.key != "total")
        .map(|c| {
            if c.key != crate::claim::ACCELERATED_BALANCE {
                return c.clone();
            }
            crate::claim::ClaimComponent::new(
                &c.key,
                ("Balance the lender may declare due (not counted)", "可宣布提前到期的剩余本金（不计入）"),
                Decimal::ZERO,
                Decimal::ZERO,
            )
            .explained(
                format!("not counted: this message does not call the loan in, so what is due now leaves out the balance of {balance} (lawful {lawful}) the acceleration clause would let the lender declare due (the clause: {})", acc.arithmetic_en),
                format!("不计入：本短信未要求提前清偿全部借款，现在应还的金额不含加速到期条款允许宣布到期的剩余本金{balance}（依法{lawful}）（条款：{}）", acc.arithmetic_zh),
                "",
            )
        })
        .collect();
    Some(ClaimPart::new(components, part.demanded, &currency))
}

fn default_charges(part: &ClaimPart) -> (Decimal, Decimal) {
    part.components
        .iter()
        .find(|c| c.key == crate::claim::DEFAULT_CHARGES)
        .map_or((Decimal::ZERO, Decimal::ZERO), |c| (c.contract, c.lawful))
}

/// What the lawful figure depends on, in words (English, Chinese): the situation given and
/// the claim's own assumptions (the arithmetic is in the claim, shown beside the finding).
fn basis(
    ctx: &ContractContext,
    m: &dyn Fn(Decimal) -> String,
    without: Decimal,
    unshown: &[crate::claim::conditions::EventCharge],
) -> (String, String) {
    let mut en = String::from("the days overdue and the instalments missed, as given");
    let mut zh = String::from("所给的逾期天数和逾期期数，以及依法应还金额明细中的计算");
    if !unshown.is_empty() {
        let each: Vec<String> = unshown
            .iter()
            .map(|e| format!("{} {}", e.name, m(e.amount)))
            .collect();
        en.push_str(&format!(
            "; {} not counted: the contract charges it only if a payment is returned unpaid, and the message shows no returned payment",
            each.join(" and ")
        ));
        zh.push_str(&format!(
            "；未计入{}：合同仅在还款被退回时收取，短信未显示有还款被退回",
            each.join("、")
        ));
    }
    let (e_en, e_zh) = event_words(ctx, m);
    if !ctx.event_charges.is_empty() {
        en.push_str(&format!(
            "; and on whether a payment was returned unpaid: the figure includes {e_en}, which the contract charges only then (without it, {})",
            m(without)
        ));
        zh.push_str(&format!(
            "；还取决于是否发生过还款被退回：上述金额已计入合同仅在还款被退回时收取的{e_zh}（不计入时为{}）",
            m(without)
        ));
    }
    if let Some(claim) = &ctx.lawful_claim {
        for a in &claim.assumptions {
            en.push_str("; ");
            en.push_str(a);
        }
    }
    (en, zh)
}

/// The event charges in words: `Returned Payment Fee $25.00` (English, Chinese).
fn event_words(ctx: &ContractContext, m: &dyn Fn(Decimal) -> String) -> (String, String) {
    let each: Vec<String> = ctx
        .event_charges
        .iter()
        .map(|e| format!("{} {}", e.name, m(e.amount)))
        .collect();
    (each.join(" and "), each.join("、"))
}

/// The contract's event charges (a returned-payment fee) that a message itemising its demand
/// names among its charges: a charge it does not name is not part of that demand, so it
/// cannot cover the charges the message does name.
fn itemised_events(ctx: &ContractContext, charges: &[(String, Decimal)]) -> Decimal {
    let words = |name: &str| -> Vec<String> {
        name.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| {
                w.chars().count() > 3 && !matches!(*w, "fees" | "charge" | "charges" | "payment")
            })
            .map(str::to_string)
            .collect()
    };
    ctx.event_charges
        .iter()
        .filter(|e| {
            let own = words(&e.name);
            charges.iter().any(|(label, _)| {
                let label = label.to_lowercase();
                own.iter().any(|w| label.contains(w.as_str()))
                    || (label.contains("nsf") && own.iter().any(|w| w.starts_with("return")))
            })
        })
        .map(|e| e.amount)
        .sum()
}

/// A demand above what the contract allows now, or above the lawful claim.
pub fn findings(
    text: &str,
    language: Language,
    demanded: Option<Decimal>,
    ctx: &ContractContext,
    rules: &DemandRules,
    whole: &Evidence,
    received: Option<chrono::NaiveDate>,
) -> Vec<MessageFinding> {
    let Some(d) = demanded else {
        return Vec::new();
    };
    // A charge due only on a returned payment counts only when the message shows one.
    let unshown_ctx;
    let mut unshown = Vec::new();
    let ctx = if ctx.event_charges.is_empty() || RETURNED.is_match(text) {
        ctx
    } else {
        unshown.clone_from(&ctx.event_charges);
        unshown_ctx = ContractContext {
            event_charges: Vec::new(),
            ..ctx.clone()
        };
        &unshown_ctx
    };
    let cur = ctx.currency.clone().unwrap_or_default();
    let m = |x: Decimal| money(&cur, x);
    // The basis (English, Chinese): legal references are the same in both.
    let finding = |id: &str,
                   severity: Severity,
                   message: String,
                   message_zh: String,
                   citation: (&str, &str)| {
        MessageFinding {
            rule_id: id.into(),
            category: Category::DemandAboveLawful,
            severity,
            message,
            message_zh,
            citation: citation.0.into(),
            citation_zh: citation.1.into(),
            note: None,
            evidence: whole.clone(),
            matched: m(d),
            rule_file: "(built-in: contract comparison)".into(),
        }
    };
    // The whole loan, when the message says it is all due now.
    let whole_loan = rules.claims_whole_loan(text);
    let defaults = ctx
        .due_now
        .as_ref()
        .map(default_charges)
        .unwrap_or_default();
    // The contract's acceleration clause, when its condition is not met yet.
    let not_yet = ctx.acceleration_unmet.as_ref().filter(|_| whole_loan);
    let whole_claim = ctx
        .lawful_claim
        .as_ref()
        .filter(|_| whole_loan)
        .map(|c| &c.whole_loan);
    // Charges due only on an event (a returned payment) may be owed: compared with the upper end.
    let events: Decimal = ctx.event_charges.iter().map(|e| e.amount).sum();
    let mut out = Vec::new();
    if let Some(now) = ctx.owed_upper_bound {
        let max = whole_claim.map_or(now, |w| now.max(w.contract_total + defaults.0)) + events;
        if rules.above(d, max) {
            out.push(finding(
                "msg-demand-exceeds-contract",
                Severity::Violation,
                format!(
                    "Demands {}, but the contract allows at most {} now{}: {} has no basis.",
                    m(d),
                    m(max),
                    if events > Decimal::ZERO {
                        format!(
                            " (counting {}, charged only if a payment was returned unpaid)",
                            event_words(ctx, &m).0
                        )
                    } else {
                        String::new()
                    },
                    m(d - max)
                ),
                format!(
                    "要求还款{}，但按合同现在最多应还{}{}：多出的{}没有依据。",
                    m(d),
                    m(max),
                    if events > Decimal::ZERO {
                        format!("（已计入仅在还款被退回时收取的{}）", event_words(ctx, &m).1)
                    } else {
                        String::new()
                    },
                    m(d - max)
                ),
                (
                    "The contract's own terms (see `loanlint overdue`)",
                    "合同自身的条款（见 `loanlint overdue`）",
                ),
            ));
        }
    }
    let (Some(now), Some(part)) = (ctx.lawful_owed, &ctx.due_now) else {
        return out;
    };
    // A reminder before the due date asks for the contract's instalment, not for a debt in
    // default: no lawful claim on a late payment is made yet when it asks no more than that.
    // So does a message that names a due date of the schedule still ahead when it arrived
    // (sent on 29 May about "6月1号"), measured against that instalment.
    let reminded = if rules.before_due_date(text) {
        Some(part.contract_total - defaults.0)
    } else {
        (!rules.said_late(text))
            .then(|| super::ahead::due_date_ahead(text, ctx, received))
            .flatten()
    };
    if reminded.is_some_and(|asked| !whole_loan && !rules.above(d, asked)) {
        return out;
    }
    let ceiling = whole_claim.map_or(now, |w| now.max(w.lawful_total + defaults.1)) + events;
    let now = now + events;
    let citation = part
        .components
        .iter()
        .map(|c| c.citation.as_str())
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
    let (basis_en, basis_zh) = basis(ctx, &m, ceiling - events, &unshown);
    if rules.above(d, ceiling) {
        let (zh, en) =
            crate::claim::headline(&cur, ceiling, part.contract_total, Some(d), d - ceiling);
        let (scope_en, scope_zh) = if ceiling > now {
            (
                " even if the whole loan were due now (every instalment of the term, charges included, and the default charges)",
                "（即使全部借款现在到期：整个借款期的全部分期及费用，加逾期费用）",
            )
        } else {
            ("", "")
        };
        out.push(finding(
            "msg-demand-above-lawful-claim",
            Severity::Violation,
            format!(
                "{en}{scope_en}: {} of the demand has no lawful basis. The lawful figure depends on {basis_en}.",
                m(d - ceiling)
            ),
            format!(
                "{zh}{scope_zh}：其中{}没有法律依据。依法金额取决于{basis_zh}。",
                m(d - ceiling)
            ),
            (&citation, &citation),
        ));
    } else if let Some((future, words)) = (!ctx.future_interest_callable && rules.above(d, now))
        .then(|| rules.future_interest(text, language))
        .flatten()
    {
        // Interest for periods not yet run, asked now: none of those instalments has fallen
        // due, and the contract's acceleration (if any) does not reach it.
        let without = future.min(d - now);
        out.push(finding(
            "msg-demand-above-lawful-claim",
            Severity::Violation,
            format!(
                "Demands {}, of which {} is interest for periods not yet run (\"{words}\"): no instalment of those periods has fallen due, and the contract does not make interest of periods to come due when the loan is called in (its acceleration, if any, reaches the remaining principal and the interest already due), so {} of the demand has no lawful basis. At most {} is lawfully due now; the lawful figure depends on {basis_en}.",
                m(d),
                m(future),
                m(without),
                m(now)
            ),
            format!(
                "要求还款{}，其中{}是尚未到期各期的利息（“{words}”）：这些分期都还没有到期，合同也没有约定提前到期时未到期的利息随之到期（提前到期条款如有，只及于剩余本金和已到期利息），因此其中{}没有法律依据。目前依法最多应还{}；依法金额取决于{basis_zh}。",
                m(d),
                m(future),
                m(without),
                m(now)
            ),
            (&citation, &citation),
        ));
    } else if let Some((balance, quoted)) = rules
        .stated_balance(text)
        .filter(|(b, _)| rules.above(d, *b + defaults.1 + events) && rules.above(d, now))
    {
        // The sender itemises the demand as its own figure for the debt plus charges: whatever
        // the acceleration, the loan comes to no more than that figure and the lawful default
        // charges, and the rest of the demand has no basis.
        let own = balance + defaults.1 + events;
        out.push(finding(
            "msg-demand-above-lawful-claim",
            Severity::Violation,
            format!(
                "Demands {}, but the message itself puts what is still owed on the loan at {} (\"{quoted}\"); with the lawful default charges ({}) that comes to {}: {} of the demand has no lawful basis, whether or not the lender may call the whole loan in. The lawful figure depends on {basis_en}.",
                m(d),
                m(balance),
                m(defaults.1 + events),
                m(own),
                m(d - own)
            ),
            format!(
                "要求还款{}，但短信自己写明借款尚欠{}（“{quoted}”）；加上依法可收的逾期费用{}，最多为{}：其中{}没有法律依据，无论贷款人能否宣布全部借款提前到期。依法金额取决于{basis_zh}。",
                m(d),
                m(balance),
                m(defaults.1 + events),
                m(own),
                m(d - own)
            ),
            (&citation, &citation),
        ));
    } else if let Some((base, charges, lawful)) = rules
        .itemised_charges(text, language, d)
        .and_then(|(base, charges)| {
            let lawful = defaults.1 + itemised_events(ctx, &charges);
            rules
                .above(charges.iter().map(|(_, v)| *v).sum(), lawful)
                .then_some((base, charges, lawful))
        })
    {
        // The sender itemises the demand as a sum owed plus default or collection charges:
        // whatever else may be owed, those charges are capped by the lawful default charges
        // (and a charge due only on an event when the message names that charge).
        let (basis_en, basis_zh) = if lawful == defaults.1 + events {
            (basis_en, basis_zh)
        } else {
            // The event charges the message does not name are no part of this figure.
            let named = ContractContext {
                event_charges: Vec::new(),
                ..ctx.clone()
            };
            basis(&named, &m, lawful, &unshown)
        };
        let total: Decimal = charges.iter().map(|(_, v)| *v).sum();
        let listed = |sep: &str| {
            charges
                .iter()
                .map(|(l, v)| format!("{l} {}", m(*v)))
                .collect::<Vec<_>>()
                .join(sep)
        };
        out.push(finding(
            "msg-demand-above-lawful-claim",
            Severity::Violation,
            format!(
                "Demands {}: {} owed plus {} of default and collection charges ({}), but the law allows at most {} of default charges now: {} of the demand has no lawful basis. The lawful figure depends on {basis_en}.",
                m(d),
                m(base),
                m(total),
                listed("; "),
                m(lawful),
                m(total - lawful)
            ),
            format!(
                "要求还款{}：应还{}之外另加逾期及催收费用{}（{}），但依法现在最多可收逾期费用{}：其中{}没有法律依据。依法金额取决于{basis_zh}。",
                m(d),
                m(base),
                m(total),
                listed("、"),
                m(lawful),
                m(total - lawful)
            ),
            (&citation, &citation),
        ));
    } else if let Some(a) = not_yet.filter(|_| rules.above(d, now)) {
        // The whole loan called in, but the contract's own condition for calling it in is not
        // met yet (its days overdue or missed instalments): only what is due now is owed.
        let (basis_en, basis_zh) = basis(ctx, &m, now - events, &unshown);
        out.push(finding(
            "msg-demand-above-lawful-claim",
            Severity::Violation,
            format!(
                "Demands {}, calling the whole loan in, but the contract's acceleration clause {}: the loan cannot be called in yet, so at most {} is lawfully owed now and {} of the demand has no lawful basis. The lawful figure depends on {basis_en}.",
                m(d),
                a.reason_en,
                m(now),
                m(d - now)
            ),
            format!(
                "要求还款{}，宣布全部借款提前到期，但合同的提前到期条款{}：全部借款尚不能提前到期，目前依法最多应还{}，其中{}没有法律依据。依法金额取决于{basis_zh}。",
                m(d),
                a.reason_zh,
                m(now),
                m(d - now)
            ),
            (&citation, &citation),
        ));
    } else if rules.above(d, now) {
        out.push(finding(
            "msg-demand-depends-on-acceleration",
            Severity::Info,
            format!(
                "Demands {}: more than is lawfully due now ({}), but within what the whole loan could lawfully come to ({}) if the lender may call it in now. Whether the demand is lawful depends on the contract's acceleration clause applying and on the charges of the remaining term being due; without that, {} is the most owed. The lawful figure depends on {basis_en}.",
                m(d),
                m(now),
                m(ceiling),
                m(now)
            ),
            format!(
                "要求还款{}：超过目前依法应还的{}，但未超过全部借款提前到期时依法最多可能主张的{}。是否合法取决于合同的提前到期条款是否适用、剩余期限的费用是否已到期；否则最多应还{}。依法金额取决于{basis_zh}。",
                m(d),
                m(now),
                m(ceiling),
                m(now)
            ),
            (&citation, &citation),
        ));
    }
    out
}
