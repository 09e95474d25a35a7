//! What a document is: a loan contract, a loan disclosure, or something else (a sales
//! contract, a lease, a statute, an employment contract). Lending rules apply only to loans.
//!
//! The title decides first: the first short lines of the document, read in order, the first
//! one that names a kind of document wins ("销售合同" is a sales contract however often it
//! says 违约金). Without a title, the weight of each vocabulary in the whole text decides. The
//! word lists are data, below.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{DocumentInfo, DocumentKind, Evidence, Language, Terms};
use crate::read::Document;

/// Title words of a loan, credit or IOU agreement.
const LOAN_TITLES_ZH: &[&str] = &[
    "借款合同",
    "借款协议",
    "借款及服务协议",
    "借款咨询服务协议",
    "借条",
    "借據",
    "借條",
    "借据",
    // A confirmation the borrower signs (借款确认书) is the agreement itself, like a 借据.
    "借款确认书",
    "欠条",
    "贷款合同",
    "贷款协议",
    "授信合同",
    "授信协议",
    "信贷合同",
    "融资合同",
    "分期付款合同",
];
const LOAN_TITLES_EN: &[&str] = &[
    "loan agreement",
    "loan agreeement",
    "loan contract",
    "loan note",
    "promissory note",
    "credit agreement",
    "installment contract",
    "instalment contract",
    "installment loan",
    "retail installment",
    "loan and security agreement",
    "note and security agreement",
    "iou",
    "i.o.u",
    // A pay-in-N or buy-now-pay-later plan is credit: its checkout page or order summary
    // is the borrower's agreement.
    "pay in 2",
    "pay in 3",
    "pay in 4",
    "pay in 6",
    "pay in two",
    "pay in three",
    "pay in four",
    "pay in six",
    "buy now, pay later",
    "buy now pay later",
    "split in 3",
    "split in 4",
];
/// A title that pairs a word of credit with a word of agreement names a loan contract
/// ("Deferred Deposit Transaction Agreement", "Loan Application and Agreement", "Payment Plan
/// Agreement"), when no title word above decides.
const CREDIT_SUBJECTS_EN: &[&str] = &[
    "loan",
    "loans",
    "credit",
    "lending",
    "advance",
    "deferred deposit",
    "payday",
    "installment",
    "instalment",
    "installments",
    "instalments",
    "financing",
    "finance",
    "borrowing",
    "payment plan",
    "pay in 4",
    "pay in 3",
    "buy now pay later",
    "repayment",
];
const AGREEMENT_NOUNS_EN: &[&str] = &[
    "agreement",
    "contract",
    "terms and conditions",
    "plan",
    "confirmation",
];
/// Title words of a disclosure about a loan.
const DISCLOSURE_TITLES_ZH: &[&str] = &[
    "借款信息摘要",
    "贷款要素表",
    "借款要素表",
    "息费明细",
    "综合融资成本",
    "还款计划表",
];
/// A title that is only the name of an instalment plan (a card bill split into instalments)
/// heads a plan under another agreement: a disclosure.
const PLAN_TITLES_ZH: &[&str] = &["账单分期", "信用卡分期", "现金分期", "分期详情", "分期明细"];
/// Without a title word above, a title pairing a word of credit with a word of agreement
/// names a loan contract (学员分期付款申请表, 个人消费贷款申请审批表), and one pairing it with
/// a word of notice names a disclosure (账单分期办理结果通知).
const CREDIT_SUBJECTS_ZH: &[&str] = &["分期", "借款", "贷款", "借贷", "信贷", "授信"];
const AGREEMENT_NOUNS_ZH: &[&str] = &[
    "申请表",
    "申请书",
    "审批表",
    "确认书",
    "确认单",
    "合同",
    "协议",
    "契约",
];
const NOTICE_NOUNS_ZH: &[&str] = &[
    "通知",
    "告知书",
    "办理结果",
    "提醒",
    // A merchant's instalment slip (分期购机凭单) confirms a plan; it is not the agreement
    // (a 借款凭证 is the debt instrument itself, like a 借据).
    "凭单",
    "回单",
];
/// Marks of a message (an SMS or app notice) rather than an agreement: a loan message is a
/// disclosure of the loan, not its contract.
const MESSAGE_MARKS_ZH: &[&str] = &["尊敬的", "您"];
const OPT_OUT_MARKS_ZH: &[&str] = &["回T退订", "退订回T", "回TD退订", "拒收请回复R"];
/// Issuers and forms of a statute, a judicial interpretation or a regulation: a title naming
/// an issuer and a form (最高人民法院关于…的规定) or marked as an excerpt of one is not a loan.
const STATUTE_ISSUERS_ZH: &[&str] = &[
    "最高人民法院",
    "最高人民检察院",
    "国务院",
    "中国人民银行",
    "银保监会",
    "银监会",
    "国家金融监督管理总局",
    "全国人民代表大会",
];
const STATUTE_FORMS_ZH: &[&str] = &[
    "规定", "解释", "批复", "意见", "办法", "条例", "通知", "决定", "法典",
];
const DISCLOSURE_TITLES_EN: &[&str] = &[
    "truth in lending",
    "truth-in-lending",
    "loan estimate",
    "closing disclosure",
    "guide to closing forms",
    "settlement statement",
    "disclosure of credit terms",
    "pre-contract credit information",
    "pre-contract information",
    "standard european consumer credit information",
    "secci",
];
/// Title words of documents that are not loans.
const OTHER_TITLES_ZH: &[&str] = &[
    "买卖合同",
    "销售合同",
    "购销合同",
    "采购合同",
    "订货合同",
    "供货合同",
    "租赁合同",
    "租房合同",
    "房屋租赁",
    "劳动合同",
    "劳务合同",
    "雇佣合同",
    "民法典",
    "建设工程",
    "承揽合同",
    "运输合同",
];
const OTHER_TITLES_EN: &[&str] = &[
    "purchase agreement",
    "purchase order",
    "sales contract",
    "sale agreement",
    "sales agreement",
    "bill of sale",
    "lease agreement",
    "rental agreement",
    "residential lease",
    "tenancy agreement",
    "employment agreement",
    "employment contract",
    "offer letter",
    "service agreement",
    "non-disclosure agreement",
    // Not an agreement at all.
    "voucher",
    "gift card",
    "gift certificate",
];
/// Marks of a text message (SMS): a short text that asks for a reply by text.
const SMS_MARKS_EN: &[&str] = &[
    "reply stop",
    "text stop",
    "txt stop",
    "reply yes",
    "reply y to",
    "reply help",
    "msg&data",
    "msg & data",
    "msg and data",
    "message and data rates",
];
/// The most characters a text message runs to (a few SMS segments).
const SMS_MAX_CHARS: usize = 480;
/// Words of an English title that name a law ("… Prevention Act (815 ILCS 123) - Excerpt").
const STATUTE_TITLE_WORDS_EN: &[&str] = &[
    "act",
    "statute",
    "statutes",
    "code",
    "regulation",
    "regulations",
    "ordinance",
    "ilcs",
    "u.s.c",
    "c.f.r",
    "excerpt",
];

/// Words that weigh towards a loan when no title decides.
const LOAN_WORDS_ZH: &[&str] = &[
    "借款人",
    "出借人",
    "贷款人",
    "借款金额",
    "借款期限",
    "借款本金",
    "还款",
    "年利率",
    "日利率",
    "月利率",
    "放款",
    "利息",
];
const LOAN_WORDS_EN: &[&str] = &[
    "borrower",
    "lender",
    "loan",
    "principal",
    "interest rate",
    "annual percentage rate",
    "finance charge",
    "repay",
    "amount financed",
    "mortgage",
];
/// Words that weigh towards a sale, a lease or employment.
const OTHER_WORDS_ZH: &[&str] = &[
    "供方",
    "需方",
    "货物",
    "交货",
    "出卖人",
    "买受人",
    "出租人",
    "承租人",
    "租金",
    "用人单位",
    "劳动者",
    "货款",
    "标的物",
];
const OTHER_WORDS_EN: &[&str] = &[
    "buyer",
    "seller",
    "goods",
    "purchase price",
    "landlord",
    "tenant",
    "rent",
    "premises",
    "employer",
    "employee",
    "salary",
];

/// How many leading lines may hold the title, and how long a title line may be.
const TITLE_LINES: usize = 12;
const TITLE_MAX_CHARS: usize = 60;
const TITLE_MAX_CHARS_CAPITALS: usize = 100;
/// How many loan words a title-less document needs to be read as a loan.
const MIN_LOAN_WORDS: usize = 3;
/// A text with this many article headings (第X条) and no parties is a statute.
const STATUTE_ARTICLES: usize = 30;

/// A statute's title: 中华人民共和国…法, …条例.
static STATUTE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^中华人民共和国[^《》，,。]{0,16}(?:法|法典|条例)(?:[(（]草案[)）])?")
        .expect("static regex")
});
/// An article heading at the start of a line: 第六百六十七条.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t　]*第[一二三四五六七八九十百千零〇\d]+条").expect("static regex")
});
/// Party markers of a contract (a statute has none).
static PARTY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"甲方[(（:：]|乙方[(（:：]|借款人[:：]|出借人[:：]|贷款人[:：]|供方[:：]|需方[:：]")
        .expect("static regex")
});

/// A section heading of an English statute at the start of a line: "Sec. 15-5.", "§ 1026.18".
static SECTION_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^[ \t]*(?:(?i:sec\.|section)|§{1,2})[ \t]*\d").expect("static regex")
});
/// Marks of the parties to an English contract (a statute speaks of no one in particular):
/// a party's label line, the second person, the undersigned, a signature.
static PARTY_EN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?im)^[ \t|]*(?:borrower|co-borrower|lender|creditor|debtor|maker|holder|buyer|seller|landlord|tenant|customer|member|applicant|provider|merchant)s?(?:'s)?(?: name)?[ \t]*:|(?-u:\b)(?i:you|your|undersigned|hereinafter|signed|signature)(?-u:\b)")
        .expect("static regex")
});

/// Decide what `doc` is. `terms` are the terms already extracted (a disclosure form or a
/// principal and a rate tip the balance when nothing else does).
pub fn classify(doc: &Document, language: Language, terms: &Terms) -> DocumentInfo {
    let text = doc.text.as_str();
    if text.trim().is_empty() {
        return DocumentInfo {
            kind: DocumentKind::Other,
            reason: "no text: nothing to read as a loan".to_string(),
            evidence: Vec::new(),
        };
    }
    if let Some(info) = statute_en(doc).or_else(|| sms_en(doc)) {
        return info;
    }
    if let Some(info) = by_title(doc) {
        return info;
    }
    if let Some(info) = statute(doc) {
        return info;
    }
    by_vocabulary(doc, language, terms)
}

/// The kind named by the first title line.
fn by_title(doc: &Document) -> Option<DocumentInfo> {
    let text = doc.text.as_str();
    let mut offset = 0usize;
    let mut seen = 0usize;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with("--- page") {
            continue;
        }
        seen += 1;
        if seen > TITLE_LINES {
            break;
        }
        // A title in capitals may run long ("CONSUMER LOAN AGREEMENT AND FEDERAL
        // TRUTH-IN-LENDING DISCLOSURES"); a long mixed-case line is prose.
        let shouting = trimmed.chars().any(|c| c.is_ascii_uppercase())
            && !trimmed.chars().any(char::is_lowercase);
        let max = if shouting {
            TITLE_MAX_CHARS_CAPITALS
        } else {
            TITLE_MAX_CHARS
        };
        if trimmed.chars().count() > max
            || ["根据", "依据", "鉴于", "本合同", "本协议"]
                .iter()
                .any(|w| trimmed.starts_with(w))
        {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let line_start = start + lead;
        let line_end = line_start + trimmed.len();
        if STATUTE_TITLE.is_match(&compact(trimmed)) || issued_rule_zh(&compact(trimmed)) {
            return Some(DocumentInfo {
                kind: DocumentKind::Other,
                reason: format!("statute: the title \"{trimmed}\" names a law, not a contract"),
                evidence: vec![doc.evidence(line_start, line_end)],
            });
        }
        if let Some((kind, word)) = title_kind(trimmed) {
            let what = match kind {
                DocumentKind::LoanContract => "a loan contract",
                DocumentKind::LoanDisclosure => "a loan disclosure",
                DocumentKind::Other => "a document that is not a loan",
            };
            return Some(DocumentInfo {
                kind,
                reason: format!("title \"{trimmed}\" ({word}) names {what}"),
                evidence: vec![doc.evidence(line_start, line_end)],
            });
        }
    }
    None
}

/// Spaces removed ("借 款 合 同" is 借款合同), ASCII lower-cased.
fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The kind a title line names, with the word that named it: the word standing first in the
/// line wins ("借款合同" before a later "民法典").
fn title_kind(line: &str) -> Option<(DocumentKind, &'static str)> {
    let zh = compact(line);
    let en = line.to_ascii_lowercase();
    let lists: [(&[&str], &str, DocumentKind); 6] = [
        (LOAN_TITLES_ZH, &zh, DocumentKind::LoanContract),
        (LOAN_TITLES_EN, &en, DocumentKind::LoanContract),
        (DISCLOSURE_TITLES_ZH, &zh, DocumentKind::LoanDisclosure),
        (DISCLOSURE_TITLES_EN, &en, DocumentKind::LoanDisclosure),
        (OTHER_TITLES_ZH, &zh, DocumentKind::Other),
        (OTHER_TITLES_EN, &en, DocumentKind::Other),
    ];
    let mut best: Option<(usize, DocumentKind, &'static str)> = None;
    for (words, hay, kind) in lists {
        for &w in words {
            let Some(at) = find_word(hay, w) else {
                continue;
            };
            // A title quoted from another document (《借款合同》) names that document.
            let quoted = hay
                .get(..at)
                .and_then(|h| h.chars().next_back())
                .is_some_and(|c| matches!(c, '《' | '“' | '"'));
            if !quoted && best.is_none_or(|b| at < b.0) {
                best = Some((at, kind, w));
            }
        }
    }
    let credit_agreement = || {
        let subject = CREDIT_SUBJECTS_EN
            .iter()
            .find(|w| find_word(&en, w).is_some())?;
        // "Pre-contract information" is not a contract.
        AGREEMENT_NOUNS_EN
            .iter()
            .filter_map(|w| find_word(&en, w))
            .any(|at| !en.get(..at).is_some_and(|h| h.ends_with('-')))
            .then_some((DocumentKind::LoanContract, *subject))
    };
    match best {
        // "… and Truth in Lending Disclosure Agreement": an agreement that carries its
        // disclosure is the contract.
        Some((_, DocumentKind::LoanDisclosure, word)) => {
            credit_agreement().or(Some((DocumentKind::LoanDisclosure, word)))
        }
        Some((_, kind, word)) => Some((kind, word)),
        None => credit_agreement().or_else(|| credit_document_zh(&zh)),
    }
}

/// A Chinese title with a word of credit and a word of agreement or of notice (see
/// [`CREDIT_SUBJECTS_ZH`]); an agreement word wins over a notice word.
fn credit_document_zh(line: &str) -> Option<(DocumentKind, &'static str)> {
    // A field line (分期期数:12期) is not a title; a title quoted from another document
    // (同意《借款合同》) names that document.
    if line.contains([':', '：']) {
        return None;
    }
    static QUOTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"《[^》]*》").expect("static regex"));
    let title = QUOTED.replace_all(line, "");
    let subject = CREDIT_SUBJECTS_ZH.iter().find(|w| title.contains(*w))?;
    let has = |nouns: &[&str]| nouns.iter().any(|n| title.contains(n));
    if has(AGREEMENT_NOUNS_ZH) {
        Some((DocumentKind::LoanContract, subject))
    } else if has(NOTICE_NOUNS_ZH) || PLAN_TITLES_ZH.contains(&title.as_ref()) {
        Some((DocumentKind::LoanDisclosure, subject))
    } else {
        None
    }
}

/// A judicial interpretation or regulation named by its issuer and form (最高人民法院关于审理
/// 民间借贷案件适用法律若干问题的规定(摘录)).
fn issued_rule_zh(title: &str) -> bool {
    static EXCERPT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"[(（][^)）]{0,8}[)）]$").expect("static regex"));
    let title = EXCERPT.replace(title, "");
    STATUTE_ISSUERS_ZH.iter().any(|w| title.starts_with(w))
        && title.contains("关于")
        && STATUTE_FORMS_ZH.iter().any(|f| title.ends_with(f))
}

/// A message (SMS, app notice): a sender in brackets opening the text (【长宁银行】) with a
/// salutation, or an opt-out mark.
fn message_zh(text: &str) -> bool {
    let opened = text.trim_start().starts_with('【');
    let head: String = text.chars().take(TITLE_MAX_CHARS).collect();
    (opened && MESSAGE_MARKS_ZH.iter().any(|m| head.contains(m)))
        || OPT_OUT_MARKS_ZH.iter().any(|m| text.contains(m))
}

/// Where `word` occurs in `hay`; an ASCII word must stand alone ("iou" is not in "previous").
fn find_word(hay: &str, word: &str) -> Option<usize> {
    if !word.is_ascii() {
        return hay.find(word);
    }
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|h| h.find(word)) {
        let at = from + i;
        let before = hay.get(..at).and_then(|h| h.chars().next_back());
        let after = hay.get(at + word.len()..).and_then(|h| h.chars().next());
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// A statute: many article headings and no contract parties.
fn statute(doc: &Document) -> Option<DocumentInfo> {
    let text = doc.text.as_str();
    let mut articles = ARTICLE.find_iter(text);
    let first = articles.next()?;
    let count = 1 + articles.take(STATUTE_ARTICLES).count();
    if count < STATUTE_ARTICLES || PARTY.find_iter(text).take(3).count() >= 3 {
        return None;
    }
    Some(DocumentInfo {
        kind: DocumentKind::Other,
        reason: format!("statute: {count}+ numbered articles (第X条) and no contract parties"),
        evidence: vec![doc.evidence(first.start(), first.end())],
    })
}

/// An English statute or its excerpt: a title line naming a law ([`STATUTE_TITLE_WORDS_EN`]),
/// section headings ("Sec. 15-5.") and no party to a contract. It comes before the title
/// words, which a law's name may hold ("Predatory Loan Prevention Act", "Truth in Lending
/// Act").
fn statute_en(doc: &Document) -> Option<DocumentInfo> {
    let text = doc.text.as_str();
    if SECTION_EN.find_iter(text).take(2).count() < 2 || PARTY_EN.is_match(text) {
        return None;
    }
    let heads = text
        .split_inclusive('\n')
        .scan(0usize, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line))
        })
        .filter(|(_, line)| !line.trim().is_empty())
        .take(3);
    for (start, line) in heads {
        let trimmed = line.trim();
        if trimmed.chars().count() > TITLE_MAX_CHARS_CAPITALS {
            continue;
        }
        let lower = trimmed.to_ascii_lowercase();
        let Some(word) = STATUTE_TITLE_WORDS_EN
            .iter()
            .find(|w| find_word(&lower, w).is_some())
        else {
            continue;
        };
        let lead = line.len() - line.trim_start().len();
        return Some(DocumentInfo {
            kind: DocumentKind::Other,
            reason: format!(
                "statute: the title \"{trimmed}\" ({word}) names a law, with numbered sections and no contract parties"
            ),
            evidence: vec![doc.evidence(start + lead, start + lead + trimmed.len())],
        });
    }
    None
}

/// A text message: short, and asking for a reply by text ("Reply YES to accept"). An offer
/// or a reminder sent by SMS is not the agreement.
fn sms_en(doc: &Document) -> Option<DocumentInfo> {
    let text = doc.text.trim();
    if text.chars().count() > SMS_MAX_CHARS {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let (at, mark) = SMS_MARKS_EN
        .iter()
        .find_map(|m| find_word(&lower, m).map(|at| (at, *m)))?;
    let lead = doc.text.len() - doc.text.trim_start().len();
    Some(DocumentInfo {
        kind: DocumentKind::Other,
        reason: format!("a text message (\"{mark}\"): a message, not the agreement"),
        evidence: vec![doc.sentence_evidence(lead + at, lead + at + mark.len())],
    })
}

/// No title: the vocabulary that weighs more decides.
fn by_vocabulary(doc: &Document, language: Language, terms: &Terms) -> DocumentInfo {
    let (loan_words, other_words) = match language {
        Language::Zh => (LOAN_WORDS_ZH, OTHER_WORDS_ZH),
        Language::En => (LOAN_WORDS_EN, OTHER_WORDS_EN),
    };
    let hay = match language {
        Language::Zh => doc.text.clone(),
        Language::En => doc.text.to_ascii_lowercase(),
    };
    let (loan, loan_evidence) = weigh(doc, &hay, loan_words);
    let (other, other_evidence) = weigh(doc, &hay, other_words);
    // Extracted loan terms count as loan vocabulary.
    // A count of payments of a stated amount is a repayment schedule.
    let stated_terms = usize::from(terms.principal.as_ref().is_some_and(|p| !p.derived))
        + usize::from(!terms.rates.is_empty())
        + usize::from(terms.disclosed_apr.is_some())
        + usize::from(terms.payment.is_some() && terms.installments.is_some());
    let loan = loan + stated_terms;
    if loan < MIN_LOAN_WORDS || other >= loan {
        return DocumentInfo {
            kind: DocumentKind::Other,
            reason: format!(
                "no title names the document; {loan} loan words against {other} words of sales, leases or employment"
            ),
            evidence: other_evidence,
        };
    }
    let message = language == Language::Zh && message_zh(&doc.text);
    let kind = if terms.disclosure_form.is_some() || message {
        DocumentKind::LoanDisclosure
    } else {
        DocumentKind::LoanContract
    };
    let form = terms
        .disclosure_form
        .as_ref()
        .map(|f| format!(" and a {:?} disclosure form", f.form))
        .or_else(|| message.then(|| " in a message about the loan (SMS or app notice)".to_string()))
        .unwrap_or_default();
    let mut evidence = loan_evidence;
    if let Some(f) = &terms.disclosure_form {
        evidence.push(f.evidence.clone());
    }
    DocumentInfo {
        kind,
        reason: format!(
            "no title names the document; {loan} loan words against {other} others{form}"
        ),
        evidence,
    }
}

/// How often `words` occur (each word counted at most `WORD_CAP` times, so one word repeated
/// does not outweigh a vocabulary) and the evidence of the first three found.
fn weigh(doc: &Document, hay: &str, words: &[&str]) -> (usize, Vec<Evidence>) {
    const WORD_CAP: usize = 5;
    let mut count = 0;
    let mut found: Vec<usize> = Vec::new();
    for w in words {
        let mut from = 0;
        for _ in 0..WORD_CAP {
            let Some(at) = hay
                .get(from..)
                .and_then(|h| find_word(h, w))
                .map(|i| from + i)
            else {
                break;
            };
            if from == 0 {
                found.push(at);
            }
            count += 1;
            from = at + w.len();
        }
    }
    found.sort_unstable();
    let evidence = found
        .iter()
        .take(3)
        .map(|&at| doc.sentence_evidence(at, at))
        .collect();
    (count, evidence)
}
