//! Collection messages: is this SMS, chat or e-mail lawful, and is it genuine?
//!
//! The rules are data (`rulesets/messages/collection.toml`, continued in
//! `rulesets/messages/collection-english.toml`, `rulesets/messages/impostors-and-payments.toml` and
//! `rulesets/messages/intimidation.toml`):
//! each rule is a set of regular expressions with a category (unlawful collection or a sign of
//! fraud), a severity and its legal basis. This module only runs them sentence by sentence, quotes what matched, and compares the
//! message with the contract when one is given.

use std::sync::LazyLock;

use regex::Regex;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::claim::{ClaimPart, LawfulClaim};
use crate::model::{Evidence, Language, Severity};
use crate::pattern;
use crate::read::{Document, SourceKind, document::detect_language};

mod ahead;
mod amount;
mod delivery;
mod demand;
mod input;
mod named;
mod negation;
mod tier;

pub use ahead::acceleration_reaches_future_interest;
pub use amount::{DemandWords, chinese_number, demanded_amount, demanded_amounts, english_number};
pub use delivery::{Frequency, QuietHours};
pub use demand::DemandRules;
pub use input::{MessageRequest, assess, message_text, parse_received, read_message};
pub use named::{NamedInstalment, named_instalment};
pub use negation::Negation;
pub use tier::{Subsumed, Tier, TierRules, classify};

/// The bundled message rules as one rule file (embedded, so the binary works from any folder):
/// `collection.toml` followed by the rules that continue it.
pub const BUNDLED_RULES: &str = concat!(
    include_str!("../../rulesets/messages/collection.toml"),
    "\n",
    include_str!("../../rulesets/messages/collection-english.toml"),
    "\n",
    include_str!("../../rulesets/messages/impostors-and-payments.toml"),
    "\n",
    include_str!("../../rulesets/messages/intimidation.toml"),
);
/// Where the bundled rules' main file lives in the repository (for findings' rule references).
pub const BUNDLED_RULES_PATH: &str = "rulesets/messages/collection.toml";
/// The bundled rule files one by one, main file first: each finding names the file its rule is in.
pub const BUNDLED_RULE_FILES: &[(&str, &str)] = &[
    (
        BUNDLED_RULES_PATH,
        include_str!("../../rulesets/messages/collection.toml"),
    ),
    (
        "rulesets/messages/collection-english.toml",
        include_str!("../../rulesets/messages/collection-english.toml"),
    ),
    (
        "rulesets/messages/impostors-and-payments.toml",
        include_str!("../../rulesets/messages/impostors-and-payments.toml"),
    ),
    (
        "rulesets/messages/intimidation.toml",
        include_str!("../../rulesets/messages/intimidation.toml"),
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    UnlawfulCollection,
    FraudSign,
    /// A sum demanded above what the contract or the law supports.
    DemandAboveLawful,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: String,
    name: String,
    #[serde(rename = "rule")]
    rules: Vec<RawRule>,
    #[serde(rename = "guidance", default)]
    guidance: Vec<Guidance>,
    #[serde(default)]
    quiet_hours: Option<QuietHours>,
    #[serde(default)]
    frequency: Option<Frequency>,
    #[serde(default)]
    negation: Option<negation::RawNegation>,
    #[serde(default)]
    demand: Option<demand::RawDemand>,
    #[serde(default)]
    tiers: Option<TierRules>,
}

/// A file that continues the main rule file: more rules, nothing else.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFileContinued {
    #[serde(rename = "rule")]
    rules: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    category: Category,
    severity: Severity,
    languages: Vec<Language>,
    patterns: Vec<String>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    unless_message: Vec<String>,
    #[serde(default)]
    unless_followed_by: Vec<String>,
    #[serde(default)]
    requires_message: Vec<String>,
    citation: String,
    /// The basis in Chinese, for Chinese reports (else the English one is shown).
    #[serde(default)]
    citation_zh: Option<String>,
    #[serde(default)]
    note: Option<String>,
    summary_en: String,
    summary_zh: String,
}

/// What to do next, for one jurisdiction.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guidance {
    pub jurisdiction: String,
    pub steps_en: Vec<String>,
    pub steps_zh: Vec<String>,
}

/// One compiled message rule.
#[derive(Debug, Clone)]
pub struct MessageRule {
    pub id: String,
    pub category: Category,
    pub severity: Severity,
    pub languages: Vec<Language>,
    patterns: Vec<Regex>,
    unless: Vec<Regex>,
    /// Patterns that, found anywhere in the message, keep the rule quiet.
    unless_message: Vec<Regex>,
    /// Patterns matched on the text right after a match (anchored with `^`): a match so
    /// followed is not this rule's (上门 in 上门处置费 names a fee item, not a visit).
    unless_followed_by: Vec<Regex>,
    /// Patterns one of which must be found somewhere in the message for the rule to fire.
    requires_message: Vec<Regex>,
    pub citation: String,
    /// The basis in Chinese (the English one when the rule file gives none).
    pub citation_zh: String,
    pub note: Option<String>,
    pub summary_en: String,
    pub summary_zh: String,
    /// The rule file this rule is written in.
    pub file: String,
}

/// A loaded, compiled rule file.
#[derive(Debug, Clone)]
pub struct MessageRules {
    pub id: String,
    pub name: String,
    pub file: String,
    pub rules: Vec<MessageRule>,
    pub guidance: Vec<Guidance>,
    /// Hours in which collection is not allowed without consent.
    pub quiet_hours: Option<QuietHours>,
    /// The most collection messages a day.
    pub frequency: Option<Frequency>,
    /// What negates a rule's match ("we will never ask you to…").
    pub negation: Option<Negation>,
    /// How a demand is compared with the lawful claim.
    pub demand: DemandRules,
    /// How findings of different kinds rank (the verdict tier).
    pub tiers: TierRules,
}

/// Why a message rule file could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {message}")]
pub struct MessageRulesError {
    pub file: String,
    pub message: String,
}

impl MessageRules {
    /// The bundled rules, compiled once.
    pub fn bundled() -> Result<&'static MessageRules, &'static MessageRulesError> {
        static RULES: LazyLock<Result<MessageRules, MessageRulesError>> =
            LazyLock::new(|| MessageRules::parse_files(BUNDLED_RULE_FILES));
        RULES.as_ref()
    }

    /// Parse and compile a rule file; unknown keys and bad patterns are errors naming the rule.
    pub fn parse(text: &str, file: &str) -> Result<MessageRules, MessageRulesError> {
        Self::parse_files(&[(file, text)])
    }

    /// Parse and compile a main rule file (`(path, text)`, first) and the files that continue it
    /// with more `[[rule]]`s (nothing else), in order: one rule set, each rule knowing its file.
    pub fn parse_files(files: &[(&str, &str)]) -> Result<MessageRules, MessageRulesError> {
        let Some(&(file, text)) = files.first() else {
            return Err(MessageRulesError {
                file: String::new(),
                message: "no rule file".into(),
            });
        };
        let err = |message: String| MessageRulesError {
            file: file.to_string(),
            message,
        };
        let raw: RuleFile = toml::from_str(text).map_err(|e| err(e.to_string()))?;
        let mut rules = compile_rules(raw.rules, file)?;
        for &(more_file, more_text) in &files[1..] {
            let more: RuleFileContinued =
                toml::from_str(more_text).map_err(|e| MessageRulesError {
                    file: more_file.to_string(),
                    message: e.to_string(),
                })?;
            rules.extend(compile_rules(more.rules, more_file)?);
        }
        let mut seen = std::collections::HashSet::new();
        if let Some(dup) = rules.iter().find(|r| !seen.insert(r.id.as_str())) {
            return Err(err(format!("rule {}: the id is used twice", dup.id)));
        }
        let negation = raw
            .negation
            .as_ref()
            .map(Negation::compile)
            .transpose()
            .map_err(err)?;
        let demand = raw
            .demand
            .as_ref()
            .map(DemandRules::compile)
            .transpose()
            .map_err(err)?
            .unwrap_or_default();
        let tiers = raw.tiers.unwrap_or_default();
        let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        tiers.validate(&ids).map_err(err)?;
        Ok(MessageRules {
            id: raw.id,
            name: raw.name,
            file: file.to_string(),
            rules,
            guidance: raw.guidance,
            quiet_hours: raw.quiet_hours,
            frequency: raw.frequency,
            negation,
            demand,
            tiers,
        })
    }
}

/// Compile the raw rules of one file; errors name the file and the rule.
fn compile_rules(raw: Vec<RawRule>, file: &str) -> Result<Vec<MessageRule>, MessageRulesError> {
    let err = |message: String| MessageRulesError {
        file: file.to_string(),
        message,
    };
    let compile = |id: &str, pats: &[String]| -> Result<Vec<Regex>, MessageRulesError> {
        pats.iter()
            .map(|p| pattern::regex(p).map_err(|e| err(format!("rule {id}: bad pattern: {e}"))))
            .collect()
    };
    let mut rules = Vec::with_capacity(raw.len());
    for r in raw {
        if r.patterns.is_empty() {
            return Err(err(format!("rule {}: no patterns", r.id)));
        }
        rules.push(MessageRule {
            patterns: compile(&r.id, &r.patterns)?,
            unless: compile(&r.id, &r.unless)?,
            unless_message: compile(&r.id, &r.unless_message)?,
            unless_followed_by: compile(&r.id, &r.unless_followed_by)?,
            requires_message: compile(&r.id, &r.requires_message)?,
            id: r.id,
            category: r.category,
            severity: r.severity,
            languages: r.languages,
            citation_zh: r.citation_zh.unwrap_or_else(|| r.citation.clone()),
            citation: r.citation,
            note: r.note,
            summary_en: r.summary_en,
            summary_zh: r.summary_zh,
            file: file.to_string(),
        });
    }
    Ok(rules)
}

/// One thing wrong with a message.
#[derive(Debug, Clone, Serialize)]
pub struct MessageFinding {
    pub rule_id: String,
    pub category: Category,
    pub severity: Severity,
    pub message: String,
    pub message_zh: String,
    pub citation: String,
    /// The basis in Chinese.
    pub citation_zh: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The sentence that triggered the rule; `matched` is the exact words.
    pub evidence: Evidence,
    pub matched: String,
    /// The rule file entry.
    pub rule_file: String,
}

/// What the contract says, for comparing a message with it.
#[derive(Debug, Clone, Default)]
pub struct ContractContext {
    /// The lender's name in the contract.
    pub lender_name: Option<String>,
    /// Official names the sender may use (platform, brand), besides the lender.
    pub other_names: Vec<String>,
    /// The most the borrower can owe now under the contract (from the overdue computation).
    pub owed_upper_bound: Option<Decimal>,
    pub currency: Option<String>,
    /// The most the borrower lawfully owes now (the lawful claim's `due_now` total).
    pub lawful_owed: Option<Decimal>,
    /// The lawful claim on the whole loan (as `check` reports it).
    pub lawful_claim: Option<LawfulClaim>,
    /// What is due now, contract and law side by side.
    pub due_now: Option<ClaimPart>,
    /// Web domains and phone numbers the contract names: the lender's official channels.
    pub channels: Vec<String>,
    /// The lender is a natural person: repayment to a personal account is then the contract's
    /// own channel, not a sign of fraud.
    pub lender_is_individual: bool,
    /// Charges the contract makes only on an event besides lateness (a returned payment): what
    /// is owed is a range, and a demand is compared with its upper end.
    pub event_charges: Vec<crate::claim::conditions::EventCharge>,
    /// The contract's acceleration clause when its stated condition (days overdue, instalments
    /// missed) is not met yet: the whole loan cannot be called in, and a demand for it is
    /// above the lawful claim.
    pub acceleration_unmet: Option<crate::claim::conditions::Acceleration>,
    /// The acceleration clause names the interest of the whole term (全部本息, "all
    /// interest"): interest for periods not yet run may be claimed when the loan is called in.
    /// Otherwise (a clause reaching the remaining principal and the interest already due, or
    /// no clause) a demand for it now is above the lawful claim.
    pub future_interest_callable: bool,
}

/// The verdict on one message.
#[derive(Debug, Clone, Serialize)]
pub struct MessageReport {
    pub language: Language,
    pub findings: Vec<MessageFinding>,
    /// A sum the message demands, when it names one.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub demanded: Option<Decimal>,
    /// Companies the message names as its sender or creditor.
    pub sender_names: Vec<String>,
    /// `lawful-looking`, `unlawful`, `suspicious` or `unlawful-and-suspicious`.
    pub verdict: String,
    /// What to do next (from the rule file's guidance for the jurisdiction).
    pub next_steps: Vec<String>,
    /// `lawful-reminder`, `demand-above-lawful-claim`, `unlawful-collection`, `likely-fraud`.
    pub tier: Tier,
    /// Why, in one line.
    pub tier_reason_en: String,
    pub tier_reason_zh: String,
    /// A tier the decisive one outranked (`[tiers.by_severity]`: unlawful collection that rests
    /// on warnings beside a demand above the lawful claim); its findings still call for a remedy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier_outranked: Option<Tier>,
    /// When the message(s) arrived (`--received`).
    pub received: Vec<String>,
    /// The lawful claim on the whole loan, with `--contract`.
    pub lawful_claim: Option<LawfulClaim>,
    /// What is due now, with `--contract`.
    pub due_now: Option<ClaimPart>,
}

impl MessageReport {
    /// The worst finding (unlawful collection, signs of fraud).
    pub fn worst_severity(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

static COMPANY_ZH: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"【([^】]{2,20})】|([\p{Han}]{2,20}(?:有限公司|小额贷款|消费金融|银行|金融服务|科技公司|资产管理))").expect("constant regex compiles")
});
static COMPANY_EN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"\b((?:[A-Z][A-Za-z&'.-]+\s+){0,4}(?:LLC|Inc\.?|Ltd\.?|Limited|Bank|Lending|Loans|Finance|Financial|Capital|Credit Union|Recovery|Collections?))\b").expect("constant regex compiles")
});

static OFFICIAL_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"[“"「『《]([^”"」』》\s]{2,16})[”"」』》]\s*(?:APP|App|app|APP软件|平台|小程序|客户端|网站)|([\p{Han}]{4,30}(?:有限责任公司|股份有限公司|有限公司|银行))|\b((?:[A-Z][A-Za-z&'.-]+\s+){1,4}(?:LLC|Inc\.?|Ltd\.?|Limited|Bank|Credit Union))"#)
        .expect("constant regex compiles")
});

/// The names a contract gives its lender, platform, app and other parties: a message signed
/// with any of them is not an impostor on that ground alone.
pub fn official_names(contract_text: &str) -> Vec<String> {
    let mut names: Vec<String> = OFFICIAL_NAME
        .captures_iter(contract_text)
        .filter_map(|c| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)))
        .map(|m| m.as_str().trim().to_string())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn sender_names(text: &str, language: Language) -> Vec<String> {
    let re = match language {
        Language::Zh => &*COMPANY_ZH,
        Language::En => &*COMPANY_EN,
    };
    let mut names: Vec<String> = re
        .captures_iter(text)
        .filter_map(|c| {
            c.get(1)
                .or_else(|| c.get(2))
                .map(|m| m.as_str().trim().to_string())
        })
        // A name, not a phrase that happens to end in 银行 ("转账到我的个人银行卡").
        .filter(|n| !n.chars().any(|c| "我你您他到转账的请将".contains(c)))
        // A company's form word alone ("Collection" of a fee's label "Collection cost recovery
        // fee", "Finance" opening a line) names no one.
        .filter(|n| language == Language::Zh || n.split_whitespace().count() > 1)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Does a sender name plausibly refer to the contract's lender? Compares the distinctive part
/// of the names (company-form words removed) in both directions.
fn same_party(sender: &str, official: &str) -> bool {
    const FORMS: [&str; 14] = [
        "有限责任公司",
        "股份有限公司",
        "有限公司",
        "小额贷款",
        "消费金融",
        "科技",
        "公司",
        "LLC",
        "Inc.",
        "Inc",
        "Ltd.",
        "Ltd",
        "Limited",
        "Bank",
    ];
    // The usual short forms of Chinese financial institutions' names (青禾农商银行 for
    // 青禾农村商业银行): the long form is brought to the short one on both sides.
    const SHORT: [(&str, &str); 6] = [
        ("农村商业银行", "农商银行"),
        ("农村合作银行", "农合银行"),
        ("农村信用合作联社", "农信社"),
        ("农村信用合作社", "农信社"),
        ("农村信用社", "农信社"),
        ("城市商业银行", "城商银行"),
    ];
    let core = |s: &str| {
        let mut c = s.to_string();
        for (long, short) in SHORT {
            c = c.replace(long, short);
        }
        for f in FORMS {
            c = c.replace(f, "");
        }
        c.chars()
            .filter(|ch| !ch.is_whitespace() && !"()（）,.".contains(*ch))
            .collect::<String>()
            .to_lowercase()
    };
    let (a, b) = (core(sender), core(official));
    !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
}

static CHANNEL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)\b(?:[a-z0-9-]+\.)+(?:com\.cn|co\.uk|com|cn|net|org|uk|top|vip|cc|info|app)\b|\b(?:400|800|95\d{3})[-\s]?\d{3,4}[-\s]?\d{0,4}\b")
        .expect("constant regex compiles")
});

/// The web domains and service numbers a contract names: a link or number in a message that
/// matches one of them is the lender's own channel.
pub fn official_channels(contract_text: &str) -> Vec<String> {
    let mut out: Vec<String> = CHANNEL
        .find_iter(contract_text)
        .map(|m| m.as_str().to_ascii_lowercase().replace(['-', ' '], ""))
        .filter(|c| c.len() >= 5)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Analyse one message against the rules (and the contract, when given).
pub fn analyse(
    text: &str,
    rules: &MessageRules,
    contract: Option<&ContractContext>,
    jurisdiction: Option<&str>,
) -> MessageReport {
    analyse_delivered(text, rules, contract, jurisdiction, &[])
}

/// [`analyse`] with the times the message (and earlier ones from the same sender) arrived.
pub fn analyse_delivered(
    text: &str,
    rules: &MessageRules,
    contract: Option<&ContractContext>,
    jurisdiction: Option<&str>,
    received: &[chrono::NaiveDateTime],
) -> MessageReport {
    let doc = Document::from_text(std::path::Path::new("message"), SourceKind::Text, text);
    let language = detect_language(&doc.text);
    // 繁體 is matched as simplified (the rules are written in simplified characters); the two are
    // the same length in bytes, so every offset and every quote is of the message as written.
    let simplified = match language {
        Language::Zh => crate::extract::zh::simplified(&doc.text),
        Language::En => None,
    };
    let matched: &str = simplified.as_deref().unwrap_or(&doc.text);
    let as_matched = |s: &str| -> String {
        match language {
            Language::Zh => crate::extract::zh::simplified(s).unwrap_or_else(|| s.to_string()),
            Language::En => s.to_string(),
        }
    };
    let mut findings = Vec::new();
    for rule in rules
        .rules
        .iter()
        .filter(|r| r.languages.contains(&language))
    {
        let required = |r: &Regex| r.is_match(matched);
        if rule.unless_message.iter().any(|u| u.is_match(matched))
            || !(rule.requires_message.is_empty() || rule.requires_message.iter().any(required))
        {
            continue;
        }
        // One finding per rule: the first sentence it fires in (the quote shows where).
        'patterns: for re in &rule.patterns {
            for m in re.find_iter(matched) {
                let after = matched.get(m.end()..).unwrap_or("");
                if rule.unless_followed_by.iter().any(|u| u.is_match(after)) {
                    continue;
                }
                let ev = doc.sentence_evidence(m.start(), m.end());
                let sentence = as_matched(&ev.text);
                if rule.unless.iter().any(|u| u.is_match(&sentence)) {
                    continue;
                }
                let negated = rules.negation.as_ref();
                if negated.is_some_and(|n| {
                    n.negated(matched, m.start(), language) || n.warns_of_scams(&sentence, language)
                }) {
                    continue;
                }
                findings.push(MessageFinding {
                    rule_id: rule.id.clone(),
                    category: rule.category,
                    severity: rule.severity,
                    message: rule.summary_en.clone(),
                    message_zh: rule.summary_zh.clone(),
                    citation: rule.citation.clone(),
                    citation_zh: rule.citation_zh.clone(),
                    note: rule.note.clone(),
                    evidence: ev,
                    matched: doc.text.get(m.range()).unwrap_or(m.as_str()).to_string(),
                    rule_file: rule.file.clone(),
                });
                break 'patterns;
            }
        }
    }
    let demanded = rules.demand.words.amount(matched, language);
    let senders = sender_names(&doc.text, language);
    let whole = doc.evidence(0, doc.text.trim_end().len());
    let code = jurisdiction
        .map(|j| j.split('-').next().unwrap_or(j).to_ascii_uppercase())
        .unwrap_or_else(|| {
            if language == Language::Zh {
                "CN".into()
            } else {
                "US".into()
            }
        });
    findings.extend(delivery::check(
        received,
        rules.quiet_hours.as_ref(),
        rules.frequency.as_ref(),
        &code,
        &whole,
        &rules.file,
    ));
    if let Some(ctx) = contract {
        // A link or number the contract itself names is the lender's own channel.
        findings.retain(|f| {
            let link = f.rule_id.starts_with("msg-unofficial-link")
                || f.rule_id.starts_with("msg-short-link");
            let matched = f.matched.to_ascii_lowercase();
            let own_channel = link && ctx.channels.iter().any(|c| matched.contains(c.as_str()));
            let own_account = ctx.lender_is_individual && f.rule_id == "msg-pay-personal-account";
            !(own_channel || own_account)
        });
        if let Some(lender) = &ctx.lender_name {
            let mismatched: Vec<&String> = senders
                .iter()
                .filter(|s| {
                    !same_party(s, lender) && !ctx.other_names.iter().any(|o| same_party(s, o))
                })
                .collect();
            if !senders.is_empty() && mismatched.len() == senders.len() {
                findings.push(MessageFinding {
                    rule_id: "msg-sender-not-lender".into(),
                    category: Category::FraudSign,
                    severity: Severity::Warning,
                    message: format!("The message names {} but the contract's lender is {lender}.", senders.join(", ")),
                    message_zh: format!("短信署名为{}，而合同中的贷款人是{lender}。", senders.join("、")),
                    // China's PIPL is cited only for a message judged under Chinese law.
                    citation: if code == "CN" {
                        "Compare the sender with the lender named in the contract; collection by an undisclosed third party also needs your data to have been shared lawfully (PIPL Art. 23)"
                    } else {
                        "Compare the sender with the lender named in the contract, and pay only through the channels the contract names"
                    }
                    .into(),
                    citation_zh: if code == "CN" {
                        "请核对发送者与合同中的贷款人是否一致；未披露的第三方催收，还须以合法方式取得您的个人信息（《个人信息保护法》第二十三条）"
                    } else {
                        "请核对发送者与合同中的贷款人是否一致，并只通过合同写明的渠道还款"
                    }
                    .into(),
                    note: None,
                    evidence: whole.clone(),
                    matched: senders.join(", "),
                    rule_file: "(built-in: contract comparison)".into(),
                });
            }
        }
        findings.extend(demand::findings(
            matched,
            language,
            demanded,
            ctx,
            &rules.demand,
            &whole,
            received.iter().map(chrono::NaiveDateTime::date).max(),
        ));
    }
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then_with(|| a.rule_id.cmp(&b.rule_id))
    });
    let unlawful = findings
        .iter()
        .any(|f| f.category == Category::UnlawfulCollection && f.severity >= Severity::Warning);
    let suspicious = findings
        .iter()
        .any(|f| f.category == Category::FraudSign && f.severity >= Severity::Warning);
    let verdict = match (unlawful, suspicious) {
        (false, false) => "lawful-looking",
        (true, false) => "unlawful",
        (false, true) => "suspicious",
        (true, true) => "unlawful-and-suspicious",
    };
    let next_steps = rules
        .guidance
        .iter()
        .find(|g| g.jurisdiction == code)
        .map(|g| {
            if language == Language::Zh {
                g.steps_zh.clone()
            } else {
                g.steps_en.clone()
            }
        })
        .unwrap_or_default();
    let (tier, tier_reason_en, tier_reason_zh) = rules.tiers.classify(&findings);
    let tier_outranked = rules.tiers.outranked(&findings);
    MessageReport {
        language,
        findings,
        demanded,
        sender_names: senders,
        verdict: verdict.into(),
        next_steps,
        tier,
        tier_reason_en,
        tier_reason_zh,
        tier_outranked,
        received: received
            .iter()
            .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
            .collect(),
        lawful_claim: contract.and_then(|c| c.lawful_claim.clone()),
        due_now: contract.and_then(|c| demand::shown_due_now(matched, c, &rules.demand)),
    }
}
