//! What a document is: a loan contract, a loan disclosure, or something else (a sales
//! contract, a lease, a statute, a guarantee of someone else's loan, an advertisement, a court
//! judgment, a receipt for money paid, a news article, a bank account's statement, a guide).
//! Lending rules apply only to loans.
//!
//! Statutes and text messages are recognised first, by their structure. Then the kind is
//! weighed ([`weigh`]): the title (the first short line that names a kind of document) and
//! the cues of the body (a promise to repay, signatures, parties, a guarantee, an
//! advertisement's call to apply, a court's order, a notice) each weigh towards a kind, and
//! the decision cites the sentences that decided it. Every word list and cue is data, in
//! `kind_data.toml`.
//!
//! What separates the kinds: a loan contract is the agreement, or the record of one concluded
//! (a message that states the signed agreement in force, a page that records it; money paid
//! out weighs towards it, though a lender's SMS that only says so stays a notice); a
//! disclosure speaks before or beside it (a summary, a trial calculation "for reference", an
//! offer still to accept, a periodic statement); anything else lends no money to the reader,
//! even in a loan's words (an IOU, 欠条, for goods bought on credit is a debt of a sale). A
//! credit card is open-end credit: its cardholder agreement (信用卡领用合约) is a loan contract,
//! and its statement (信用卡对账单, "credit card statement") a loan disclosure.

mod data;
mod title_words;
mod weigh;

use std::sync::LazyLock;

use regex::Regex;

use crate::model::{DocumentInfo, DocumentKind, Evidence, Language, Terms};
use crate::pattern;
use crate::read::Document;
use data::DATA;
pub use data::KIND_DATA;
use title_words::LineWords;

/// How many leading lines may hold the title, and how long a title line may be.
const TITLE_LINES: usize = 12;
const TITLE_MAX_CHARS: usize = 60;
const TITLE_MAX_CHARS_CAPITALS: usize = 100;
/// The extra length of a mixed-case title that lists the document's parts after its head.
const TITLE_PARTS_EXTRA: usize = 25;
/// The most characters a text message runs to (a few SMS segments).
const SMS_MAX_CHARS: usize = 480;
/// The longest e-mail read as a payout notice (a few short paragraphs).
const EMAIL_MAX_CHARS: usize = 900;
/// A text with this many article headings (第X条) and no parties is a statute.
const STATUTE_ARTICLES: usize = 30;

/// A field line whose value is a sum of money: "Cart total: $1,049.00", "金额：5,000.00元" (a
/// number with a currency sign, thousands separators or cents; "Agreement No: 2025-17" keeps
/// its title).
static FIELD_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[^:：]{1,40}[:：][ \t]*[-+−]?[ \t]*(?:(?:[$£€¥￥]|US\$|RMB|CNY|USD)[ \t]*\d|\d{1,3}(?:,\d{3})+|\d+\.\d{2}(?:\D|$))")
        .expect("static regex")
});
/// A remark in brackets after a title: (仅供参考), （以最终签署的合同为准）.
static REMARK: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"[(（][^()（）]*[)）]").expect("static regex"));
/// A remark in brackets citing a law: "(Consumer Protection Act, 2002)", "(O. Reg. 17/05)",
/// "(12 CFR 1026)".
static LAW_REMARK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"[(（][^()（）]*(?-u:\b)(?:Act|Regulations?|Reg\.|Code|CFR|C\.F\.R\.|U\.S\.C\.|Ordinance|Rules)(?-u:\b)[^()（）]*[)）]")
        .expect("static regex")
});
/// A statute's title: 中华人民共和国…法, …条例.
static STATUTE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^中华人民共和国[^《》，,。]{0,16}(?:法|法典|条例)(?:[(（]草案[)）])?")
        .expect("static regex")
});
/// An article heading at the start of a line: 第六百六十七条.
static ARTICLE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t　]*第[一二三四五六七八九十百千零〇\d]+条").expect("static regex")
});
/// Party markers of a contract (a statute has none).
static PARTY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(
        r"甲方[(（:：]|乙方[(（:：]|借款人[:：]|出借人[:：]|贷款人[:：]|供方[:：]|需方[:：]",
    )
    .expect("static regex")
});

/// A section heading of an English statute at the start of a line: "Sec. 15-5.", "§ 1026.18".
static SECTION_EN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?m)^[ \t]*(?:(?i:sec\.|section)|§{1,2})[ \t]*\d").expect("static regex")
});
/// Marks of the parties to an English contract (a statute speaks of no one in particular):
/// a party's label line, the second person, the undersigned, a signature.
static PARTY_EN: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?im)^[ \t|]*(?:borrower|co-borrower|lender|creditor|debtor|maker|holder|buyer|seller|landlord|tenant|customer|member|applicant|provider|merchant)s?(?:'s)?(?: name)?[ \t]*:|(?-u:\b)(?i:you|your|undersigned|hereinafter|signed|signature)(?-u:\b)")
        .expect("static regex")
});

/// Decide what `doc` is. `terms` are the terms already extracted (a disclosure form or a
/// principal and a rate tip the balance when nothing else does).
pub fn classify(doc: &Document, language: Language, terms: &Terms) -> DocumentInfo {
    // A 繁體 document (Taiwan, Hong Kong) is weighed by the same words as a simplified one
    // (貸款 as 贷款); its evidence is quoted as written.
    let simplified = match language {
        Language::Zh => crate::extract::zh::simplified(&doc.text),
        Language::En => None,
    };
    let Some(text) = simplified else {
        return classify_as_written(doc, language, terms);
    };
    let mut matched = doc.clone();
    matched.text = text;
    let mut info = classify_as_written(&matched, language, terms);
    for e in &mut info.evidence {
        e.text = doc
            .text
            .chars()
            .skip(e.start)
            .take(e.end.saturating_sub(e.start))
            .collect();
    }
    info
}

fn classify_as_written(doc: &Document, language: Language, terms: &Terms) -> DocumentInfo {
    let text = doc.text.as_str();
    if text.trim().is_empty() {
        return DocumentInfo {
            kind: DocumentKind::Other,
            reason: "no text: nothing to read as a loan".to_string(),
            evidence: Vec::new(),
        };
    }
    if let Some(info) = statute_en(doc)
        .or_else(|| sms_en(doc))
        .or_else(|| payout_email_en(doc))
    {
        return info;
    }
    let title = match by_title(doc) {
        Some(TitleFound::Statute(info)) => return info,
        Some(TitleFound::Title(t)) => Some(t),
        None => None,
    };
    if title.is_none()
        && let Some(info) = statute(doc)
    {
        return info;
    }
    weigh::decide(doc, language, terms, title)
}

/// The kind a title line names.
struct Title {
    kind: DocumentKind,
    /// For a document that is not a loan, its class (`kind_data.toml` [classes]).
    class: Option<&'static str>,
    /// The title word that named the kind.
    word: &'static str,
    /// The title names a debt of any cause (欠条, IOU): a loan unless the body names another.
    debt: bool,
    /// The title as written.
    text: String,
    evidence: Evidence,
}

impl Title {
    /// Why the title names its kind (the reason given when the title decides).
    fn reason(&self) -> String {
        let what = match self.kind {
            DocumentKind::LoanContract => "a loan contract",
            DocumentKind::LoanDisclosure => "a loan disclosure",
            DocumentKind::Other => "a document that is not a loan",
        };
        format!("title \"{}\" ({}) names {what}", self.text, self.word)
    }
}

enum TitleFound {
    /// A statute's title: final.
    Statute(DocumentInfo),
    Title(Title),
}

/// The kind named by the first title line (or, in a line laid out in columns, the first
/// cell that names one).
fn by_title(doc: &Document) -> Option<TitleFound> {
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
        let lead = line.len() - line.trim_start().len();
        let line_start = start + lead;
        if let Some(found) = title_in(doc, trimmed, line_start) {
            return Some(found);
        }
        // A title after its issuer's name and a dash ("PRAIRIE LENDING, INC. — Single Payment
        // Loan Agreement"): the words after the dash, when they make a title of their own and
        // are not the issuer's licence ("— Consumer Installment Loan Act License CI-2290").
        if let Some(dash) = [" — ", " – ", " - "]
            .iter()
            .find_map(|d| trimmed.find(d).map(|i| i + d.len()))
            && let Some(rest) = trimmed.get(dash..)
            && !names_licence(rest)
            && let Some(found) = title_in(doc, rest.trim(), line_start + dash)
        {
            return Some(found);
        }
        // A title beside a column of other fields ("LOAN AGREEMENT      Date: 6 Oct 2025"; a
        // PDF's text of a Chinese page keeps two spaces of the gap: 借款核准通知书  还款方式:…).
        if trimmed.contains('\t') || trimmed.contains("   ") || cjk_two_space_gap(trimmed) {
            for (at, cell) in cells(trimmed) {
                if let Some(found) = title_in(doc, cell, line_start + at) {
                    return Some(found);
                }
            }
        }
        // A title in capitals beside another field with two spaces between, where a PDF's
        // text narrows a wide gap ("LOAN AGREEMENT AND DISCLOSURE  Contract date 01/14/2026"):
        // the capitals before the gap, when no lower-case letter is in them.
        if let Some(gap) = trimmed.find("  ")
            && let Some(head) = trimmed.get(..gap)
            && head.chars().any(|c| c.is_ascii_uppercase())
            && !head.chars().any(char::is_lowercase)
            && let Some(found) = title_in(doc, head, line_start)
        {
            return Some(found);
        }
        // A title in capitals that a PDF's text ran into the line before or after it
        // ("... License No. 60DBO-118833 CONSUMER INSTALLMENT LOAN AGREEMENT").
        if let Some(m) = JOINED_CAPITALS.find(trimmed)
            && m.len() < trimmed.len()
            && let lead = m.as_str().len() - m.as_str().trim_start().len()
            && let Some(found) = title_in(doc, m.as_str().trim(), line_start + m.start() + lead)
        {
            return Some(found);
        }
    }
    None
}

/// Words of an issuer's licence or the law it is granted under, after its name. Words that
/// end in an agreement's noun ("Ohio Short-Term Loan Act Installment Agreement") name the
/// document made under that law, not a licence.
fn names_licence(words: &str) -> bool {
    let lower = words.to_ascii_lowercase();
    let lower = lower.trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
    let ends_in_agreement = DATA.titles.agreement_nouns_en.iter().any(|n| {
        lower
            .strip_suffix(n.as_str())
            .is_some_and(|h| h.ends_with(' '))
    });
    !ends_in_agreement
        && ["act", "license", "licence", "licensed", "licensee", "nmls"]
            .iter()
            .any(|w| find_word(lower, w).is_some())
}

/// Three words in capitals or more that end a line, with any remark in brackets after them
/// ("LOAN RENEWAL AGREEMENT (Renewal 1 of 6)"): a title joined to the line before it. (A line
/// that opens in capitals, "PRE-CONTRACT CREDIT INFORMATION (Standard European ...)", is
/// weighed as written.)
static JOINED_CAPITALS: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[ \t])(?:[A-Z][A-Z&'’-]+[ \t]+){2,}[A-Z][A-Z&'’-]+[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?$")
        .expect("static regex")
});

/// Two spaces between two Chinese characters: where a PDF's text of a Chinese page puts the
/// gap between two columns (Chinese words are written without spaces between them).
static CJK_TWO_SPACES: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"\p{Han}[ \u{3000}]{2}[\p{Han}（(【\[]").expect("static regex")
});

fn cjk_two_space_gap(line: &str) -> bool {
    CJK_TWO_SPACES.is_match(line)
}

/// The cells of a line laid out in columns (runs of three spaces or a tab between them; two
/// spaces on a line with such a gap between Chinese characters), with their byte offsets.
fn cells(line: &str) -> Vec<(usize, &str)> {
    static GAP: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"\t+|[ \u{3000}]{3,}").expect("static regex"));
    static CJK_GAP: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"\t+|[ \u{3000}]{2,}").expect("static regex"));
    let gap = if cjk_two_space_gap(line) {
        &*CJK_GAP
    } else {
        &*GAP
    };
    let mut out = Vec::new();
    let mut from = 0;
    for gap in gap.find_iter(line) {
        out.push((from, &line[from..gap.start()]));
        from = gap.end();
    }
    out.push((from, &line[from..]));
    out.retain(|(_, c)| !c.trim().is_empty());
    out
}

/// A page header's marker at the end of a title line ("…  Page 1 of 3", or "Page" with its
/// numbers wrapped to the next line, as a PDF's text lays it out): not part of the title.
static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)[ \t\u{3000}]+(?:page|p\.|第)(?:[ \t]*\d+(?:[ \t]*(?:of|/)[ \t]*\d+)?)?[ \t]*(?:页)?$")
        .expect("static regex")
});

/// The title `candidate` (trimmed, at byte `at` of the text) names, if it is short enough to
/// be a title.
fn title_in(doc: &Document, candidate: &str, at: usize) -> Option<TitleFound> {
    let candidate = PAGE_MARK.find(candidate).map_or(candidate, |m| {
        candidate.get(..m.start()).unwrap_or(candidate)
    });
    // An e-mail's subject line is its title.
    let lower = candidate.to_lowercase();
    let skip = DATA
        .titles
        .subject_prefixes
        .iter()
        .find(|p| lower.starts_with(p.as_str()))
        .map_or(0, |p| {
            let rest = &candidate[p.len().min(candidate.len())..];
            candidate.len() - rest.trim_start().len()
        });
    let (candidate, at) = candidate
        .get(skip..)
        .map_or((candidate, at), |c| (c, at + skip));
    // A title in capitals may run long ("CONSUMER LOAN AGREEMENT AND FEDERAL
    // TRUTH-IN-LENDING DISCLOSURES"); a long mixed-case line is prose.
    let shouting = candidate.chars().any(|c| c.is_ascii_uppercase())
        && !candidate.chars().any(char::is_lowercase);
    // A title that lists the document's parts after a short head ("Your 18-month loan:
    // agreement, disclosures and payment schedule") runs longer than one name.
    let lists_parts = candidate.split_once(':').is_some_and(|(head, parts)| {
        head.chars().count() <= 30
            && !parts.chars().any(|c| c.is_ascii_digit())
            && (parts.contains(',') || parts.contains(" and "))
    });
    let max = if shouting {
        TITLE_MAX_CHARS_CAPITALS
    } else if lists_parts {
        TITLE_MAX_CHARS + TITLE_PARTS_EXTRA
    } else {
        TITLE_MAX_CHARS
    };
    // A Chinese sentence (with its commas and stops) is prose, whatever contract it names;
    // a line with dot leaders is a field and its value ("Deferred Deposit Date ..... 10/24").
    // (The text is normalised: a Chinese line's commas are ASCII ones.) A field and its figure
    // ("Cart total: $1,049.00") is no title either.
    let cjk = candidate
        .chars()
        .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    // A mixed-case English line that ends a sentence ("See your repayment schedule in the
    // app.") is prose too, whatever document it names.
    let sentence_en = !cjk
        && !shouting
        && candidate.ends_with(['.', '!', '?'])
        && candidate.split_whitespace().count() >= 4;
    if candidate.is_empty()
        || sentence_en
        || candidate.contains(['，', '。', '；', '！', '？', '…'])
        || (cjk && candidate.contains([',', ';']))
        || FIELD_FIGURE.is_match(candidate)
        || candidate.contains("...")
        // (A remark in brackets that cites the law the form is made under, "(Consumer
        // Protection Act, 2002)", qualifies the title and does not lengthen it.)
        || LAW_REMARK.replace_all(candidate, "").trim().chars().count() > max
        || DATA
            .titles
            .prose_openings_zh
            .iter()
            .any(|w| candidate.starts_with(w.as_str()))
    {
        return None;
    }
    let end = at + candidate.len();
    let compacted = compact(candidate);
    if STATUTE_TITLE.is_match(&compacted) || issued_rule_zh(&compacted) {
        return Some(TitleFound::Statute(DocumentInfo {
            kind: DocumentKind::Other,
            reason: format!("statute: the title \"{candidate}\" names a law, not a contract"),
            evidence: vec![doc.evidence(at, end)],
        }));
    }
    let (kind, word, class) = title_kind(candidate)?;
    Some(TitleFound::Title(Title {
        kind,
        class,
        word,
        debt: DATA.titles.debt_titles.iter().any(|d| d == word),
        text: candidate.to_string(),
        evidence: doc.evidence(at, end),
    }))
}

/// Spaces removed ("借 款 合 同" is 借款合同), ASCII lower-cased.
fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The kind a title line names, with the word that named it and, for a document that is not
/// a loan, its class: the word standing first in the line wins ("借款合同" before a later
/// "民法典").
fn title_kind(line: &str) -> Option<(DocumentKind, &'static str, Option<&'static str>)> {
    let t = &DATA.titles;
    // A remark in brackets qualifies a Chinese title (借款试算（以最终签署的借款合同为准））:
    // the contract it names is not this document.
    let zh = compact(&REMARK.replace_all(line, ""));
    // An English remark in brackets ("(Gift card applied: -$149.00)", "(Pay in 4 was not
    // available)") qualifies the line too.
    let en = REMARK.replace_all(line, "").to_ascii_lowercase();
    let (zh_words, en_words) = (LineWords::new(&zh), LineWords::new(&en));
    let mut lists: Vec<(
        &'static [String],
        &LineWords,
        DocumentKind,
        Option<&'static str>,
    )> = vec![
        (&t.loan_zh, &zh_words, DocumentKind::LoanContract, None),
        (&t.loan_en, &en_words, DocumentKind::LoanContract, None),
        (
            &t.disclosure_zh,
            &zh_words,
            DocumentKind::LoanDisclosure,
            None,
        ),
        (
            &t.disclosure_en,
            &en_words,
            DocumentKind::LoanDisclosure,
            None,
        ),
    ];
    for (class, words) in &t.other_zh {
        lists.push((words, &zh_words, DocumentKind::Other, Some(class.as_str())));
    }
    for (class, words) in &t.other_en {
        lists.push((words, &en_words, DocumentKind::Other, Some(class.as_str())));
    }
    let mut best: Option<(usize, DocumentKind, &'static str, Option<&'static str>)> = None;
    for (words, line_words, kind, class) in lists {
        let hay = line_words.hay();
        for w in words {
            let Some(at) = line_words.find_word(w) else {
                continue;
            };
            // A title quoted from another document (《借款合同》, 《委托担保合同》) names that
            // document, and one followed by 纠纷 names a case about it.
            let before = hay.get(..at).unwrap_or("");
            let quoted = before
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '《' | '“' | '"'))
                || before
                    .rfind('《')
                    .is_some_and(|o| !before[o..].contains('》'));
            let rest = hay.get(at + w.len()..).unwrap_or("");
            // 保单: 某某寿险 is a field labelled with another document's word, not that document.
            let field_label = kind == DocumentKind::Other && rest.starts_with([':', '：']);
            let case = t
                .case_suffixes_zh
                .iter()
                .any(|s| rest.starts_with(s.as_str()));
            // Another document's word that qualifies a loan (保单贷款申请书, 存单借款) names
            // what the loan is made against, not the document.
            let qualifies_loan = kind == DocumentKind::Other
                && (t
                    .credit_subjects_zh
                    .iter()
                    .any(|s| rest.starts_with(s.as_str()))
                    // An English word of another document just before a loan title ("Bill
                    // of Sale Loan Agreement", "Lease-Purchase Credit Agreement") names what
                    // the loan is secured by or told as: the loan title is the head noun.
                    || (hay == en.as_str()
                        && t.loan_en.iter().any(|l| {
                            find_word(rest.trim_start_matches([' ', '-', '/']), l) == Some(0)
                        })));
            // A Chinese title ends with what the document is: a loan title after another
            // document's word (存单质押借款合同) names a loan secured by it, and a guarantee's title after a loan's (借款合同之担保函) names the guarantee.
            let better = best.is_none_or(|b| {
                let head_noun = hay == zh.as_str()
                    && matches!(
                        (kind, b.1),
                        (DocumentKind::LoanContract, DocumentKind::Other)
                            | (DocumentKind::Other, DocumentKind::LoanContract)
                    );
                if head_noun { at > b.0 } else { at < b.0 }
            });
            if !quoted && !case && !qualifies_loan && !field_label && better {
                best = Some((at, kind, w.as_str(), class));
            }
        }
    }
    let credit_agreement = || {
        let subject = t
            .credit_subjects_en
            .iter()
            .find(|w| find_word(&en, w).is_some())?;
        // "Pre-contract information" is not a contract, nor a field label ("Note: ...").
        t.agreement_nouns_en
            .iter()
            .filter_map(|w| find_word(&en, w).map(|at| (at, w.len())))
            .any(|(at, len)| {
                !en.get(..at).is_some_and(|h| h.ends_with('-'))
                    && !en.get(at + len..).is_some_and(|r| r.starts_with(':'))
            })
            .then_some((DocumentKind::LoanContract, subject.as_str(), None))
    };
    match best {
        // "… and Truth in Lending Disclosure Agreement": an agreement that carries its
        // disclosure is the contract.
        Some((_, DocumentKind::LoanDisclosure, word, _)) => {
            credit_agreement().or(Some((DocumentKind::LoanDisclosure, word, None)))
        }
        Some((_, kind, word, class)) => Some((kind, word, class)),
        None => credit_agreement().or_else(|| credit_document_zh(&zh)),
    }
}

/// A Chinese title with a word of credit and a word of agreement or of notice (see
/// `credit_subjects_zh` in the data); an agreement word wins over a notice word.
fn credit_document_zh(line: &str) -> Option<(DocumentKind, &'static str, Option<&'static str>)> {
    // A field line (分期期数:12期) is not a title; a title quoted from another document
    // (同意《借款合同》) names that document.
    if line.contains([':', '：']) {
        return None;
    }
    static QUOTED: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"《[^》]*》").expect("static regex"));
    let t = &DATA.titles;
    let title = QUOTED.replace_all(line, "");
    if let Some(plan) = t.plan_zh.iter().find(|p| plan_title(&title, p)) {
        return Some((DocumentKind::LoanDisclosure, plan.as_str(), None));
    }
    let subject = t
        .credit_subjects_zh
        .iter()
        .find(|w| title.contains(w.as_str()))?;
    let has = |nouns: &[String]| nouns.iter().any(|n| title.contains(n.as_str()));
    if has(&t.agreement_nouns_zh) {
        Some((DocumentKind::LoanContract, subject, None))
    } else if has(&t.notice_nouns_zh) {
        Some((DocumentKind::LoanDisclosure, subject, None))
    } else {
        None
    }
}

/// `title` is the plan title `plan` alone, or followed by a separator and a word of the
/// request's state (账单分期 · 办理成功).
fn plan_title(title: &str, plan: &str) -> bool {
    // A middle dot read from a screenshot may come out as a full stop or a bullet.
    const SEPARATORS: &[char] = &[
        ' ', '\t', '　', '·', '・', '•', '.', '．', '-', '—', '|', '｜', '/',
    ];
    let Some(rest) = title.strip_prefix(plan) else {
        return false;
    };
    let state = rest.trim_start_matches(SEPARATORS);
    rest.is_empty()
        || (state.len() < rest.len()
            && DATA
                .titles
                .plan_states_zh
                .iter()
                .any(|w| w.as_str() == state))
}

/// A judicial interpretation or regulation named by its issuer and form (最高人民法院关于审理
/// 民间借贷案件适用法律若干问题的规定(摘录)).
fn issued_rule_zh(title: &str) -> bool {
    static EXCERPT: LazyLock<Regex> =
        LazyLock::new(|| pattern::regex(r"[(（][^)）]{0,8}[)）]$").expect("static regex"));
    let title = EXCERPT.replace(title, "");
    let v = &DATA.vocabulary;
    v.statute_issuers_zh
        .iter()
        .any(|w| title.starts_with(w.as_str()))
        && title.contains("关于")
        && v.statute_forms_zh
            .iter()
            .any(|f| title.ends_with(f.as_str()))
}

/// A message (SMS, app notice): a sender in brackets opening the text (【长宁银行】) with a
/// salutation, or an opt-out mark.
pub(super) fn message_zh(text: &str) -> bool {
    let opened = text.trim_start().starts_with('【');
    let head: String = text.chars().take(TITLE_MAX_CHARS).collect();
    let v = &DATA.vocabulary;
    (opened && v.message_marks_zh.iter().any(|m| head.contains(m.as_str())))
        || v.opt_out_marks_zh.iter().any(|m| text.contains(m.as_str()))
}

/// Where `word` occurs in `hay`; an ASCII word must stand alone ("iou" is not in "previous").
pub(super) fn find_word(hay: &str, word: &str) -> Option<usize> {
    if !word.is_ascii() {
        return hay.find(word);
    }
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|h| h.find(word)) {
        let at = from + i;
        if standalone(hay, at, word.len()) {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// Whether the `len` bytes at `at` in `hay` touch no letter or digit on either side.
fn standalone(hay: &str, at: usize, len: usize) -> bool {
    let before = hay.get(..at).and_then(|h| h.chars().next_back());
    let after = hay.get(at + len..).and_then(|h| h.chars().next());
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
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

/// An English statute or its excerpt: a title line naming a law (`statute_title_words_en` in the data),
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
        let Some(word) = DATA
            .vocabulary
            .statute_title_words_en
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

/// A short e-mail ("From:" and "Subject:" heading it) that says the loan was paid out, and
/// states no agreement in force: like a lender's payout text, a notice about a concluded loan
/// (its terms told again), not the agreement.
fn payout_email_en(doc: &Document) -> Option<DocumentInfo> {
    let text = doc.text.trim();
    if text.chars().count() > EMAIL_MAX_CHARS {
        return None;
    }
    let head: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(4)
        .map(|l| l.trim().to_ascii_lowercase())
        .collect();
    // A pasted or forwarded e-mail may keep only its subject line as its first line.
    let subject_first = head.first().is_some_and(|l| l.starts_with("subject:"));
    if !(subject_first
        || head.iter().any(|l| l.starts_with("from:"))
            && head.iter().any(|l| l.starts_with("subject:")))
    {
        return None;
    }
    // "Agreement accepted electronically on October 1, 2025": the e-mail records the
    // agreement itself.
    static ACCEPTED: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?i)(?-u:\b)(?:agreement|contract)\s+(?:was\s+)?(?:accepted|signed|e-?signed|executed)(?:\s+electronically|\s+online)?\s+(?:on|at)(?-u:\b)")
            .expect("static regex")
    });
    let v = &DATA.vocabulary;
    if data::first_cue_match(&v.agreement_email_cues_en, &doc.text).is_some()
        || ACCEPTED.is_match(&doc.text)
    {
        return None;
    }
    let (cue, m) = data::first_cue_match(&v.payout_message_cues_en, &doc.text)?;
    Some(DocumentInfo {
        kind: DocumentKind::LoanDisclosure,
        reason: format!(
            "an e-mail that says {}: a notice about the loan, not its agreement",
            cue.label
        ),
        evidence: vec![doc.sentence_evidence(m.start(), m.end())],
    })
}

/// A mobile-money message's USSD code to dial ("Dial *334# to repay"): only a phone message
/// asks for one.
static USSD: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"(?-u:\b)dial\s+\*\d{2,4}(?:\*\d+)*#").expect("static regex"));

/// A text message: short, and asking for a reply by text ("Reply YES to accept") or for a
/// USSD code to be dialled. An offer or a reminder sent by SMS is not the agreement.
fn sms_en(doc: &Document) -> Option<DocumentInfo> {
    let text = doc.text.trim();
    if text.chars().count() > SMS_MAX_CHARS {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let (at, mark) = DATA
        .vocabulary
        .sms_marks_en
        .iter()
        .find_map(|m| find_word(&lower, m).map(|at| (at, m.as_str())))
        .or_else(|| USSD.find(&lower).map(|m| (m.start(), "dial *…#")))?;
    let lead = doc.text.len() - doc.text.trim_start().len();
    // A message that the loan was paid out is a notice about a concluded loan (see
    // `payout_message_cues_en` in the data); its opt-out line says only that it is a text.
    // One that states its agreement in force is weighed as a record.
    let v = &DATA.vocabulary;
    if data::first_cue_match(&v.agreement_message_cues_en, &doc.text).is_some() {
        return None;
    }
    if let Some((cue, m)) = data::first_cue_match(&v.payout_message_cues_en, &doc.text) {
        return Some(DocumentInfo {
            kind: DocumentKind::LoanDisclosure,
            reason: format!(
                "a text message (\"{mark}\") that says {}: a notice about the loan, not its agreement",
                cue.label
            ),
            evidence: vec![doc.sentence_evidence(m.start(), m.end())],
        });
    }
    Some(DocumentInfo {
        kind: DocumentKind::Other,
        reason: format!("a text message (\"{mark}\"): a message, not the agreement"),
        evidence: vec![doc.sentence_evidence(lead + at, lead + at + mark.len())],
    })
}
