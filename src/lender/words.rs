//! The wording of each lender-type signal, Chinese and English. A pattern's first capture group,
//! when it has one, is the party's name.

use std::sync::LazyLock;

use crate::extract::prefilter::{LazyRegex, PatternSet};

/// One thing a sentence can say about who lends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Signal {
    /// A bank (or rural credit cooperative) in a lending role.
    BankLender,
    /// An internet platform that arranges the loan (助贷, 撮合, 导流).
    Platform,
    /// A P2P network-lending information intermediary.
    P2p,
    /// The lender lends through a platform (出借人…通过…平台): P2P when the lender is a person,
    /// not when it is a licensed lending company.
    LendsViaPlatform,
    /// A financing guarantee company (担保, 增信) among the parties.
    Guarantor,
    /// A financing guarantee company as the creditor (after paying the lender).
    GuarantorCreditor,
    /// 网络小额贷款公司.
    OnlineMicroloan,
    /// 小额贷款公司.
    Microloan,
    /// 消费金融公司.
    ConsumerFinance,
    /// A licensed (non-bank) consumer lender.
    LicensedLender,
    /// A natural person lends (identity card number beside the lender, 自然人, 今借到).
    IndividualLenders,
    /// The counterparty only brokers or advises: it is not the lender.
    Intermediary,
    /// A party labelled as the lender (出借人：, 贷款人：, Lender:).
    LenderParty,
}

/// A personal name: two to four characters, none of them a verb or particle of the words around
/// a party's label (应, 有, 同意) or an ending of an organisation's name (银行, 公司, 合作社).
const PERSON: &str = concat!(
    r"[^\s\p{P}0-9A-Za-z",
    "应有将须需同意按于在的可不已为向与对给把以及和并或等得要会能均其该此本所之提供收取支付借贷款利息额元人方行司社台构团会部局店厂",
    r"]{2,4}?"
);

const HAN_NAME: &str = r"[\p{Han}A-Za-z0-9（）()·]{2,30}?";

fn patterns() -> Vec<(Signal, String)> {
    let role = r"(?:贷款人|出借人|贷款方|资金方|出资方|资金提供方|放款机构|放款方|合作银行|贷款银行|债权人|授信人|乙方|甲方)";
    let bank = r"(?:银行|农村信用合作社|农村信用社|信用合作联社)(?:股份有限公司|有限责任公司)?(?:[\p{Han}]{1,12}?(?:分行|支行))?";
    vec![
        (
            Signal::BankLender,
            format!(r"{role}[（(]?[^：:）)]{{0,8}}[）)]?[:：]\s*({HAN_NAME}{bank})"),
        ),
        (
            Signal::BankLender,
            format!(
                r"({HAN_NAME}{bank})(?:作为|为|系)(?:本合同的?)?(?:贷款人|出借人|资金方|放款机构|出资方)"
            ),
        ),
        (
            Signal::BankLender,
            format!(r"由({HAN_NAME}{bank})(?:发放|提供贷款|放款|出资|提供资金)"),
        ),
        (
            Signal::BankLender,
            r"《([\p{Han}]{2,12}银行)个人[\p{Han}]{0,8}(?:借款|贷款)".to_string(),
        ),
        (
            // 某某银行 手机银行 heading a loan screen: the bank's own app, the bank lends.
            Signal::BankLender,
            format!(
                r"^\s*({HAN_NAME}{bank})\s*(?:手机银行|网上银行|个人网银|企业网银|(?i:app)|客户端)\s*(?:[|｜·•-]|$)"
            ),
        ),
        (
            Signal::BankLender,
            r"(?:Lender|Creditor|made by|issued by|funded by)[^.;]{0,40}?\b([A-Z][A-Za-z&'-]*(?: [A-Z][A-Za-z&'-]*){0,5} (?:Bank|Savings Bank|Credit Union)(?:,? N\.A\.)?)".to_string(),
        ),
        (
            Signal::Platform,
            format!(
                r"({HAN_NAME}有限(?:责任)?公司)[^，。；]{{0,12}}(?:平台|撮合|导流|助贷)|(?:助贷|平台撮合|撮合服务|贷款撮合|导流|获客服务|合作机构|互联网平台|平台运营方|平台服务方|平台服务费|信息服务平台)"
            ),
        ),
        (
            Signal::Platform,
            r"(?i)\b(?:online )?(?:lending )?platform\b|\bmarketplace lend|\bloan (?:facilitat|arrang)|\bprogram manager\b".to_string(),
        ),
        (
            Signal::P2p,
            r"(?i)网络借贷信息中介|网贷平台|网络借贷平台|\bP2P\b|点对点借贷|peer-to-peer|为甲乙双方[^。；]{0,12}提供[^。；]{0,10}(?:撮合|居间|中介|信息)服务|代甲方[^。；]{0,6}收取甲方出借|平台[\p{Han}]{0,6}的?资金出借方".to_string(),
        ),
        (
            Signal::LendsViaPlatform,
            r"出借人[^。；]{0,20}(?:通过|借助|经由)[^。；]{0,10}平台".to_string(),
        ),
        (
            Signal::Guarantor,
            format!(
                r"({HAN_NAME}融资担保(?:股份)?有限(?:责任)?公司)|融资担保公司|担保公司|增信服务|credit enhancement"
            ),
        ),
        (
            Signal::GuarantorCreditor,
            format!(
                r"(?:贷款人|出借人|债权人)[：:]\s*({HAN_NAME}融资担保(?:股份)?有限(?:责任)?公司)|融资担保[\p{{Han}}]{{0,10}}公司[^。；]{{0,10}}(?:代偿后|追偿权|向借款人追偿)"
            ),
        ),
        (
            Signal::OnlineMicroloan,
            format!(
                r"({HAN_NAME}(?:网络小额贷款|互联网小额贷款)(?:股份)?有限(?:责任)?公司)|网络小额贷款|网络小贷|互联网小额贷款"
            ),
        ),
        (
            Signal::Microloan,
            format!(
                r"({HAN_NAME}小额贷款(?:股份)?有限(?:责任)?公司)|小额贷款(?:股份)?有限(?:责任)?公司|小额贷款公司|小贷公司|(?i:microloan company|microfinance company)"
            ),
        ),
        (
            Signal::ConsumerFinance,
            format!(
                r"({HAN_NAME}消费金融(?:股份)?有限(?:责任)?公司)|消费金融公司|(?i:consumer finance company)"
            ),
        ),
        (
            // 贷款人:某某汽车金融有限公司 (the licensed words of data/institutions.tsv).
            Signal::LicensedLender,
            format!(
                r"{role}[（(]?[^：:）)]{{0,8}}[）)]?[:：]\s*({HAN_NAME}(?:{})[\p{{Han}}]{{0,10}}?(?:股份)?有限(?:责任)?公司)",
                super::words_of(crate::model::LenderType::LicensedNonBank)
            ),
        ),
        (
            Signal::LicensedLender,
            r"(?i)\blicensed (?:lender|consumer lender|under|by the)\b|consumer (?:finance|loan|lender) licen[cs]e|lender'?s? licen[cs]e|licen[cs]ed pursuant to|\bCFL licen".to_string(),
        ),
        (
            Signal::IndividualLenders,
            r"(?:出借人|贷款人|甲方)[（(]?[^：:）)]{0,6}[）)]?[:：]\s*[\p{Han}]{2,4}[，,\s]*(?:身份证|公民身份)|自然人出借|出借人为自然人|今借到[\p{Han}]{2,4}|(?:今|兹|现)(?:尚|仍|共|结)?欠[^\s，,。；:：银行公司社]{2,10}?(?:人民币|现金|借款|款项|[¥￥0-9零一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾])|(?:今|兹|现)(?:向|从)[\p{Han}]{2,4}(?:[(（][^()（）]{0,40}[)）])?(?:处)?借(?:到|得|取|入)|^(?:出借人|贷款人)[（(]?[^：:）)]{0,6}[）)]?[:：\s]\s*[\p{Han}]{2,4}$|\bthe Lender, an individual\b|individual lender".to_string(),
        ),
        // 向出借人宁秀兰借款, 出借人宁秀兰（女）, 甲方（出借人）：宁秀兰，住址: a lender named by a
        // person's name alone (two to four characters, no word of an organisation or a verb in
        // it), where only a name can stand: before 借款 after 向, before a bracketed sex or
        // identity number, before the next party's label or an address, or alone on its line.
        (
            Signal::IndividualLenders,
            format!(
                r"向(?:出借人|出借方|债权人)\s*({PERSON})(?:借款|借得|借到|借入|处借)|(?:出借人|出借方|债权人|甲方[（(]出借人[)）])[:：]?\s*({PERSON})(?:[（(]\s*(?:女|男|身份证|公民身份)|[，,、；;]\s*(?:借款人|乙方|身份证|公民身份|住址|住所|性别|男|女)|[ \t]*$)"
            ),
        ),
        (
            Signal::Intermediary,
            r"(?i)居间服务方|居间人[：:]|居间方[：:]|中介方[：:]|咨询服务协议|居间服务协议|委托乙方提供借款咨询服务|乙方所?推荐的资金出借方|credit services organi[sz]ation|\bloan broker\b|\bis not (?:a|the) lender\b|does not (?:make|fund) loans".to_string(),
        ),
        (
            Signal::LenderParty,
            r"(?:出借人|贷款人|出借方|贷款方)[（(]?[甲乙丙]?方?[)）]?[：:]|\bLender:".to_string(),
        ),
    ]
}

static PATTERNS: LazyLock<Vec<(Signal, LazyRegex)>> = LazyLock::new(|| {
    patterns()
        .into_iter()
        .map(|(s, p)| (s, LazyRegex::new(p)))
        .collect()
});

/// For each pattern with a word boundary `\b`, the same pattern with ASCII boundaries, which
/// rules a sentence out first. A Unicode `\b` stops the lazy DFA at the first non-ASCII byte,
/// so every search of such a pattern over Chinese text fell back to a slower engine; every
/// `\b` here borders an ASCII letter of the pattern's own, and a char that is no word char to
/// Unicode is none to ASCII either, so the ASCII pattern matches wherever the pattern does
/// (tested over the held-out texts).
static ASCII_GATES: LazyLock<Vec<Option<LazyRegex>>> = LazyLock::new(|| {
    PATTERNS
        .iter()
        .map(|(_, re)| {
            let p = re.as_str();
            p.contains(r"\b")
                .then(|| LazyRegex::new(p.replace(r"\b", r"(?-u:\b)")))
        })
        .collect()
});

/// False when the ASCII twin of pattern `i` rules `sentence` out (see [`ASCII_GATES`]).
fn may_match(i: usize, sentence: &str) -> bool {
    ASCII_GATES
        .get(i)
        .and_then(Option::as_ref)
        .and_then(LazyRegex::get)
        .is_none_or(|gate| gate.is_match(sentence))
}

/// One pass that rules out most patterns of a sentence (indices as in [`PATTERNS`]).
static PATTERN_SET: LazyLock<PatternSet> =
    LazyLock::new(|| PatternSet::new(PATTERNS.iter().map(|(_, re)| re.as_str())));

/// Words that make a "bank" mention something other than a lender (the central bank, an
/// account, a card).
fn not_a_lending_bank(name: &str) -> bool {
    name.contains("人民银行") || name.contains("中央银行")
}

/// A name without the words before it that the unanchored pattern took in
/// (`借款人应向某某融资担保有限公司` → `某某融资担保有限公司`).
fn bare_name(s: &str) -> String {
    let cut = s
        .char_indices()
        .filter(|(_, c)| matches!(c, '向' | '由' | '与' | '经' | '系' | '是' | '即' | '在'))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0);
    s.get(cut..).unwrap_or(s).trim().to_string()
}

/// The signals in one sentence, each with the party's name when the wording gives it.
pub(super) fn signals_in(sentence: &str) -> Vec<(Signal, Option<String>)> {
    let mut out: Vec<(Signal, Option<String>)> = Vec::new();
    let candidates = PATTERN_SET.candidates(sentence);
    for (i, (sig, re)) in PATTERNS.iter().enumerate() {
        if !candidates.may_match(i) || out.iter().any(|(s, _)| s == sig) || !may_match(i, sentence)
        {
            continue;
        }
        let Some(c) = re.get().and_then(|re| re.captures(sentence)) else {
            continue;
        };
        let name = c.get(1).map(|m| bare_name(m.as_str()));
        if *sig == Signal::BankLender && name.as_deref().is_some_and(not_a_lending_bank) {
            continue;
        }
        out.push((*sig, name));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        assert!(PATTERNS.iter().all(|(_, re)| re.get().is_some()));
        assert!(ASCII_GATES.iter().flatten().all(|re| re.get().is_some()));
        assert!(
            ASCII_GATES.iter().flatten().count() >= 4,
            "the gates were made"
        );
    }

    /// The ASCII twin of a pattern rules out only sentences the pattern does not match: every
    /// line and sentence of the held-out texts, and lines where the two kinds of boundary
    /// differ (a Han or accented letter next to the word).
    #[test]
    fn an_ascii_gate_never_rules_out_a_match() {
        let mut lines: Vec<String> = [
            "网贷P2P平台",
            "本平台为P2P网络借贷平台",
            "a P2P lender",
            "éLender: Jane",
            "出借人:张三 Lender: Jane Doe",
            "He is licensed by the state",
            "licensedé by the state",
            "The CFL license number",
            "甲方CFL licence",
            "the Lender, an individual",
            "Lender: First Bank",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fresh");
        for lang in ["zh", "en"] {
            for entry in std::fs::read_dir(root.join(lang)).unwrap().flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|e| e == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    lines.extend(text.split(['\n', '。', '.']).map(str::to_string));
                }
            }
        }
        assert!(lines.len() > 20_000, "the texts were read: {}", lines.len());
        let mut ruled_out = 0;
        for (i, (_, re)) in PATTERNS.iter().enumerate() {
            let Some(gate) = ASCII_GATES.get(i).and_then(Option::as_ref) else {
                continue;
            };
            for line in &lines {
                if !gate.re().is_match(line) {
                    assert!(!re.re().is_match(line), "pattern {i} on {line:?}");
                    ruled_out += 1;
                }
            }
        }
        assert!(ruled_out > 0);
        // Where the boundaries differ, the gate lets the line through and the pattern decides.
        let p2p = PATTERNS
            .iter()
            .position(|(_, re)| re.as_str().contains(r"\bP2P\b"))
            .unwrap();
        assert!(may_match(p2p, "网贷P2P平台"));
        assert!(!PATTERNS[p2p].1.re().is_match("网贷P2P平台"));
        assert!(!may_match(p2p, "本合同一式两份"));
    }

    #[test]
    fn a_bank_app_heading_names_the_bank_as_lender() {
        let s = signals_in("江南农商银行 手机银行");
        assert_eq!(
            s.first(),
            Some(&(Signal::BankLender, Some("江南农商银行".into())))
        );
        let s = signals_in("请下载某某银行APP查看还款计划");
        assert!(s.iter().all(|(x, _)| *x != Signal::BankLender), "{s:?}");
        let s = signals_in("中国人民银行 手机银行");
        assert!(s.iter().all(|(x, _)| *x != Signal::BankLender), "{s:?}");
    }

    #[test]
    fn the_central_bank_and_an_account_are_no_lender() {
        let s = signals_in("甲方的信用信息将报送中国人民银行征信中心");
        assert!(s.iter().all(|(x, _)| *x != Signal::BankLender), "{s:?}");
        let s = signals_in("借款人在某某银行开立的账户");
        assert!(s.iter().all(|(x, _)| *x != Signal::BankLender), "{s:?}");
        let s = signals_in("贷款人：中国工商银行股份有限公司北京分行");
        assert_eq!(
            s.first(),
            Some(&(
                Signal::BankLender,
                Some("中国工商银行股份有限公司北京分行".into())
            ))
        );
    }
}
