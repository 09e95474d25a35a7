//! The lender (name and type) and the governing-law hint.

use super::*;
use crate::pattern;

/// The lender's field: its label, then a colon or a table-cell gap (two spaces or more), then
/// the name.
pub(super) static LENDER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\|?\s*(?:[甲乙丙丁]方\s*)?[(]?\s*(?:贷款人|出借人|出借方|贷款方|借出人|债权人|投资人|贷款机构|放款机构|出借机构|贷款银行|资金方|资金提供方|授信人)[^:)|]{0,16}?[)]?(?:\s*:\s*|\s*\|\s*|[ \t]{2,})(?P<name>.*)$|^[甲乙丙丁]方\s*[(][^)]*(?:贷款人|出借人|出借方|贷款方|债权人|投资人)[^)]*[)](?:\s*:\s*|[ \t]{2,})(?P<name2>.*)$")
        .expect("static regex")
});
/// The lender named inside a sentence of parties (`甲方(借款人)某某,乙方(贷款人):某某公司`).
static LENDER_IN_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[,;。\s])(?:[甲乙丙丁]方\s*[(]\s*)?(?:贷款人|出借人|贷款方|出借方)\s*[)]?\s*:\s*(?P<name>[^,;。\s()]{2,30}(?:\([^()]{1,10}\))?[^,;。\s()]{0,10})")
        .expect("static regex")
});
/// A person lending named in running prose, their name anchored by what follows it
/// (`出借人钱德顺(身份证号…)与借款人…`, `出借人王五,身份证号码…`, `出借人张某与借款人李某`).
static LENDER_IN_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[,;。\s:(]|今有|现有|兹有)(?:出借人|出借方|贷款人|债权人)\s*(?:[(]\s*甲方\s*[)])?\s*(?P<name>\p{Han}{2,4}?)\s*(?:[(]\s*(?:身份证|公民身份|证件)|[,]\s*(?:身份证|公民身份)|与\s*借款人|向\s*借款人)")
        .expect("static regex")
});
pub(super) static BANK_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:中国(?:工商|农业|建设|邮政储蓄)?|交通|招商|浦发|兴业|民生|中信|光大|华夏|平安|广发|浙商|渤海|恒丰|[\p{Han}]{2,6}农村商业|[\p{Han}]{2,6}商业|[\p{Han}]{2,4}村镇)银行|\p{Han}{2,8}银行(?:股份有限公司|有限责任公司|有限公司|\p{Han}{2,6}(?:分行|支行))")
        .expect("static regex")
});
pub(super) static P2P_WORD: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"网络借贷信息中介|P2P|p2p|借出款项比例|投资人|(?:出借人|出借方)[^。;]{0,12}(?:用户|投资)|投资金额|每(?:月|期)应收本息")
        .expect("static regex")
});
/// A firm lending named in running prose (`出借方恒昌商贸有限公司(统一社会信用代码…)与借款方…`,
/// `出借人某某建材商行,经营者…`): the name ends with a firm's word and is followed by a bracket,
/// a comma or the other party.
static LENDER_FIRM_IN_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:^|[,;。\s:(]|今有|现有|兹有)(?:出借人|出借方|贷款人|贷款方|债权人)\s*(?:[(]\s*[甲乙]方\s*[)])?\s*(?P<name>\p{{Han}}{{2,30}}?(?:公司|{}))\s*(?:[(,;。]|与|向)",
        business_alternation()
    ))
    .expect("static regex")
});
/// A lender label that ends its line, its name not on it.
static LENDER_LABEL_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:^|[,;。\s])(?:[甲乙丙丁]方\s*[(]\s*)?(?:贷款人|出借人|贷款方|出借方)\s*(?:[(]\s*[甲乙丙丁]方\s*[)])?\s*[)]?\s*:\s*$")
        .expect("static regex")
});
/// A line that is a name and nothing else: a person's (2 to 4 Han characters) or a firm's.
static NAME_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:\p{Han}{2,4}|[\p{Han}()]{4,30}(?:公司|银行|合作社|中心))$")
        .expect("static regex")
});
pub(super) static JURISDICTION: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"中华人民共和国[^。;]{0,8}(?:法律|合同法|民法典|法规|民法)|中国(?:大陆)?法律")
        .expect("static regex")
});

impl Extractor<'_> {
    pub(super) fn lender(&mut self, text: &str, ev: &mut impl FnMut(&Self) -> Evidence) {
        if self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.name.is_some() || l.lender_type != LenderType::Unknown)
        {
            return;
        }
        let Some(c) = LENDER_LINE
            .captures(text)
            .or_else(|| LENDER_IN_SENTENCE.captures(text))
            .or_else(|| LENDER_IN_PROSE.captures(text))
            .or_else(|| LENDER_IN_IOU.captures(text))
            .or_else(|| LENDER_FIRM_IN_PROSE.captures(text))
        else {
            self.lender_name_next = LENDER_LABEL_AT_END.is_match(text);
            return;
        };
        let raw = c
            .name("name")
            .or(c.name("name2"))
            .map_or("", |m| m.as_str());
        // 甲方员工 廖春燕, 借款人的朋友张某: a person named by their tie to a party.
        let related = RELATED_PERSON.captures(raw.trim_start());
        let raw = related
            .as_ref()
            .and_then(|c| c.name("name"))
            .map_or(raw, |m| m.as_str());
        let name = clean_name(raw);
        let evidence = ev(self);
        let individual_marker =
            text.contains("身份证") || text.contains("自然人") || related.is_some();
        let lender_type = match &name {
            Some(n) => type_of_name(n, individual_marker),
            None if individual_marker => LenderType::Individual,
            None => LenderType::Unknown,
        };
        self.lender_needs_id = lender_type == LenderType::Unknown;
        self.terms.lender = Some(Party {
            name,
            lender_type,
            evidence,
        });
    }

    /// The lender's name alone on the line after a label that ended its own line (a
    /// two-column party table: `甲方(借款人): 王某  乙方(出借人):` then `赵某`): a person's
    /// or a firm's name, not a field label or a blank.
    pub(super) fn lender_on_next_line(
        &mut self,
        line: &str,
        ev: &mut impl FnMut(&Self) -> Evidence,
    ) {
        if self.terms.lender.is_some() || !NAME_ALONE.is_match(line.trim()) {
            return;
        }
        let Some(name) = clean_name(line) else {
            return;
        };
        let lender_type = type_of_name(&name, false);
        let evidence = ev(self);
        self.lender_needs_id = lender_type == LenderType::Unknown;
        self.terms.lender = Some(Party {
            name: Some(name),
            lender_type,
            evidence,
        });
    }

    /// Lender type from the text when the lender line is blank or missing.
    pub(super) fn lender_fallback(&mut self) {
        // Unnamed individual lenders matched through a platform (出借人 = 平台用户/投资人) lend
        // through a P2P platform: the platform type decides the regime.
        let unnamed_individual = self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.lender_type == LenderType::Individual && l.name.is_none());
        if unnamed_individual {
            if let Some(m) = P2P_WORD.find(self.text) {
                let evidence = self.doc.sentence_evidence(m.start(), m.end());
                self.terms.lender = Some(Party {
                    name: None,
                    lender_type: LenderType::P2pPlatform,
                    evidence,
                });
                return;
            }
        }
        let known = self
            .terms
            .lender
            .as_ref()
            .is_some_and(|l| l.lender_type != LenderType::Unknown);
        if known {
            return;
        }
        static MICRO: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"[\p{Han}()]{2,30}小额贷款(?:有限|股份有限)?(?:责任)?公司")
                .expect("static regex")
        });
        static CF: LazyLock<Regex> = LazyLock::new(|| {
            pattern::regex(r"[\p{Han}()]{2,30}消费金融(?:有限|股份有限)?(?:责任)?公司")
                .expect("static regex")
        });
        // 汽车金融, 融资租赁…: the licensed words of src/lender/data/institutions.tsv.
        static LICENSED: LazyLock<Option<Regex>> = LazyLock::new(|| {
            let words = crate::lender::words_of(LenderType::LicensedNonBank);
            pattern::regex(&format!(
                r"[\p{{Han}}()]{{2,30}}?(?:{words})[\p{{Han}}]{{0,10}}?(?:有限|股份有限)(?:责任)?公司"
            ))
            .ok()
        });
        let text = self.text;
        let found = if let Some(m) = MICRO.find(text) {
            Some((LenderType::Microloan, m.start(), m.end()))
        } else if let Some(m) = CF.find(text) {
            Some((LenderType::ConsumerFinance, m.start(), m.end()))
        } else if let Some(m) = LICENSED.as_ref().and_then(|re| re.find(text)) {
            Some((LenderType::LicensedNonBank, m.start(), m.end()))
        } else if let Some(m) = P2P_WORD.find(text) {
            Some((LenderType::P2pPlatform, m.start(), m.end()))
        } else if let Some((s, e)) = bank_app_heading(text) {
            Some((LenderType::Bank, s, e))
        } else {
            BANK_NAME
                .find_iter(text)
                .find(|m| {
                    !m.as_str().contains("人民银行") && !payment_channel(text, m.start(), m.end())
                })
                .map(|m| (LenderType::Bank, m.start(), m.end()))
        };
        if let Some((lender_type, s, e)) = found {
            let evidence = self.doc.sentence_evidence(s, e);
            let name = match lender_type {
                LenderType::P2pPlatform => None,
                _ => self
                    .doc
                    .text
                    .get(s..e)
                    .map(|n| n.trim_start_matches(['(', ')']).to_string()),
            };
            let name = self
                .terms
                .lender
                .as_ref()
                .and_then(|l| l.name.clone())
                .or(name);
            self.terms.lender = Some(Party {
                name,
                lender_type,
                evidence,
            });
        }
    }
}

/// A bank's own app or online banking heading the screen (`海州银行 手机银行`, `某某农商银行APP`):
/// a line of its own among the first lines, the bank's name and the app's word, nothing else.
static BANK_APP_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?P<bank>\p{Han}{2,12}?(?:银行|农村信用合作社|农村信用社|信用合作联社))\s*(?:手机银行|网上银行|个人网银|(?i:app)|客户端)\s*$")
        .expect("static regex")
});

/// The bank whose own app heads the document ([`BANK_APP_HEADING`]), as a byte range of `text`:
/// the loan on that bank's screen is the bank's.
fn bank_app_heading(text: &str) -> Option<(usize, usize)> {
    let mut at = 0usize;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        if line.trim().is_empty() || line.starts_with("--- page") {
            continue;
        }
        seen += 1;
        if seen > 3 {
            return None;
        }
        let Some(bank) = BANK_APP_HEADING.captures(line).and_then(|c| c.name("bank")) else {
            continue;
        };
        if bank.as_str().contains("人民银行") {
            return None;
        }
        return Some((start + bank.start(), start + bank.end()));
    }
    None
}

/// Words right before a bank's name that make it the channel the money moves through, not
/// the lender: `通过招商银行转账`, `开户行:`, `收款账户`.
static CHANNEL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:通过|经由|经|借助|使用|用|在|开户行|开户银行|收款银行|收款账户|还款账户|付款账户|账户|户名|开户|转入|汇入|转至|汇至|打入|存入)\s*[:：]?\s*$")
        .expect("static regex")
});
/// Words right after a bank's name that make it an account or a transfer: `招商银行转账`,
/// `工商银行账户`, `建设银行卡`, `农业银行(尾号0937)`.
static CHANNEL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^\s*(?:[(（]?\s*尾号|转账|汇款|汇入|转入|划转|账户|账号|卡|储蓄卡|借记卡|信用卡|APP|App|app|网银|手机银行|代扣|划扣|扣款|托管|存管)")
        .expect("static regex")
});

/// The bank named at `start..end` of `text` is where money is paid or kept (an account, a
/// transfer), not a party that lends.
fn payment_channel(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let before = before
        .char_indices()
        .rev()
        .nth(11)
        .map_or(before, |(i, _)| &before[i..]);
    CHANNEL_BEFORE.is_match(before) || CHANNEL_AFTER.is_match(text.get(end..).unwrap_or(""))
}

pub(super) fn clean_name(raw: &str) -> Option<String> {
    let name = raw
        .split(['\n', ' ', '\t', ',', ';', '(', '。', '|'])
        .next()
        .unwrap_or("")
        .trim();
    const ROLES: [&str; 12] = [
        "甲方",
        "乙方",
        "丙方",
        "丁方",
        "借款人",
        "贷款人",
        "出借人",
        "签字",
        "盖章",
        "签章",
        "平台用户名",
        "用户名",
    ];
    if name.is_empty()
        || ROLES.iter().any(|r| name.starts_with(r))
        || BLANK.is_match(raw.trim_start())
            && raw
                .trim_start()
                .starts_with(['_', '【', '[', '$', '{', '('])
        || name.starts_with(['_', '【', '[', '$', '{'])
        || name.starts_with("见")
        || name.chars().count() < 2
    {
        return None;
    }
    Some(name.to_string())
}

pub(super) fn type_of_name(name: &str, individual_marker: bool) -> LenderType {
    // The words of the name (小额贷款, 汽车金融, 银行…; data in src/lender/data/institutions.tsv).
    // The party keeps microloan for an online one (the lender classifier tells online apart).
    if let Some((t, _)) = crate::lender::type_by_name(name) {
        if t == LenderType::OnlineMicroloan {
            LenderType::Microloan
        } else {
            t
        }
    } else if name.contains("公司")
        || name.contains("企业")
        || name.contains("中心")
        || BUSINESS_WORDS.iter().any(|w| name.contains(w))
    {
        LenderType::Company
    } else if individual_marker
        || (2..=4).contains(&name.chars().count())
        || KINSHIP_BEFORE_NAME.is_match(name)
    {
        LenderType::Individual
    } else {
        LenderType::Unknown
    }
}

/// A relation before a person's name (`舅舅吴兴华`, `同事 张某`; data/kinship_words.txt): the
/// lender is a private person.
static KINSHIP_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"^(?:{})\s*\p{{Han}}{{1,4}}$",
        kinship_alternation()
    ))
    .expect("static regex")
});

/// A person named by their tie to a party of the contract (`甲方员工 廖春燕`, `借款人的朋友 张某`,
/// `本公司职工王某`): the tie (data/kinship_words.txt) says the lender is a person; the name
/// follows it.
static RELATED_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"^(?:[甲乙丙丁]方|借款人|借款方|本公司|公司|本单位|单位)[的之]?(?:{})\s*(?P<name>\p{{Han}}{{2,4}})(?:$|[\s,;。(])",
        kinship_alternation()
    ))
    .expect("static regex")
});

/// The words of a word list (one a line, `#` comments), longest first.
fn word_list(data: &'static str) -> Vec<&'static str> {
    let mut words: Vec<&str> = data
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    words
}

/// Words, longest first, as a regex alternation.
fn alternation(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// The words of a non-financial business's name (data/business_words.txt).
static BUSINESS_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_list(include_str!("data/business_words.txt")));

/// The business words, longest first, as a regex alternation.
fn business_alternation() -> String {
    alternation(&BUSINESS_WORDS)
}

/// The relation words, longest first, as a regex alternation.
fn kinship_alternation() -> String {
    alternation(&word_list(include_str!("data/kinship_words.txt")))
}

/// An IOU's lender, named where it opens (`今向同事郑某某借款`, `兹向王五借到`): a name of two
/// to four characters, a relation before it or not.
static LENDER_IN_IOU: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(&format!(
        r"(?:今|兹|现)\s*向\s*(?P<name>(?:{})?\s*\p{{Han}}{{2,4}}?)\s*(?:借款|借到|借用|借取|借入|借)",
        kinship_alternation()
    ))
    .expect("static regex")
});

/// Currencies of Taiwan, Hong Kong and Macau, with the region each one points to.
static REGION_CURRENCY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<TW>NT\s*\$|新台币|台币)|(?P<HK>HK\s*\$|港币|港元|港圆)|(?P<MO>MOP\s*\$?|澳门元|澳门币|澳门圆|澳门币)")
        .expect("static regex")
});
/// A court or the law of Taiwan, Hong Kong or Macau.
static REGION_COURT: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<TW>(?:台湾|台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门|连江)[^。;\n]{0,8}地方法院|台湾地区[^。;\n]{0,4}法律)|(?P<HK>香港[^。;\n]{0,14}法院|香港特别行政区[^。;\n]{0,4}法律|香港法律)|(?P<MO>澳门[^。;\n]{0,14}法院|澳门特别行政区[^。;\n]{0,4}法律|澳门法律)")
        .expect("static regex")
});

fn region_of(c: &regex::Captures<'_>) -> Option<&'static str> {
    ["TW", "HK", "MO"].into_iter().find(|r| c.name(r).is_some())
}

/// The yuan named (full-width ￥ is ¥ once the text is normalised).
static CNY_WORD: LazyLock<Regex> =
    LazyLock::new(|| pattern::regex(r"人民币|RMB|CNY|¥").expect("static regex"));

/// The ISO code of the currency the contract's amounts are in: the region's currency when the
/// contract names it more often than 人民币, else CNY.
pub(super) fn currency_of(text: &str) -> &'static str {
    let mut counts = [("TW", 0usize), ("HK", 0), ("MO", 0)];
    for c in REGION_CURRENCY.captures_iter(text) {
        if let Some(r) = region_of(&c) {
            if let Some(slot) = counts.iter_mut().find(|(k, _)| *k == r) {
                slot.1 += 1;
            }
        }
    }
    let cny = CNY_WORD.find_iter(text).count();
    // A Chinese text abroad (a Malaysian or Singapore lender's, a dollar loan) in its own money.
    let mut foreign = FOREIGN_CURRENCY
        .captures_iter(text)
        .filter_map(|c| FOREIGN_CODES.iter().find(|k| c.name(k).is_some()))
        .fold(Vec::<(&str, usize)>::new(), |mut acc, k| {
            match acc.iter_mut().find(|(c, _)| c == k) {
                Some(slot) => slot.1 += 1,
                None => acc.push((k, 1)),
            }
            acc
        });
    // The other currencies abroad of the places table (泰铢, 韩元, 越南盾 …).
    foreign.extend(
        crate::check::foreign_places::money_counts(text)
            .into_iter()
            .filter(|(code, _)| !FOREIGN_CODES.contains(code)),
    );
    for (code, n) in foreign {
        if n > cny && counts.iter().all(|(_, r)| *r < n) {
            return code;
        }
    }
    match counts.iter().max_by_key(|(_, n)| *n) {
        Some(("TW", n)) if *n > cny => "TWD",
        Some(("HK", n)) if *n > cny => "HKD",
        Some(("MO", n)) if *n > cny => "MOP",
        _ => "CNY",
    }
}

/// Currencies other than the yuan a Chinese text may state amounts in, by ISO code. The later
/// ones count only beside a figure (`300,000.00日元`, `欧元 5,000`): a contract in yuan may
/// name them in passing (外汇、美元、日元).
static FOREIGN_CURRENCY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?P<MYR>(?-u:\b)RM\s?[0-9]|MYR|令吉|马币|林吉特)|(?P<SGD>(?-u:\b)S\s?\$|SGD|新币|新加坡元)|(?P<USD>US\s?\$|USD|[0-9][万千百]?\s*美元|美元\s*[0-9])|(?P<JPY>[0-9][万千百]?\s*(?:日元(?:[^旦]|$)|日圆|円)|(?:JPY|日元|日圆)\s*[0-9])|(?P<EUR>[0-9][万千百]?\s*欧元|(?:EUR|欧元)\s*[0-9])|(?P<GBP>[0-9][万千百]?\s*英镑|(?:GBP|英镑)\s*[0-9])|(?P<AUD>[0-9][万千百]?\s*(?:澳元|澳大利亚元)|(?:AUD|澳元)\s*[0-9])|(?P<CAD>[0-9][万千百]?\s*(?:加元|加拿大元)|(?:CAD|加元)\s*[0-9])")
        .expect("static regex")
});
const FOREIGN_CODES: [&str; 8] = ["MYR", "SGD", "USD", "JPY", "EUR", "GBP", "AUD", "CAD"];

impl Extractor<'_> {
    /// A contract from Taiwan, Hong Kong or Macau: a currency or a court there gives the
    /// region's hint (first), with its evidence.
    pub(super) fn region_hints(&mut self) {
        let mut hints: Vec<JurisdictionHint> = Vec::new();
        for re in [&*REGION_COURT, &*REGION_CURRENCY] {
            for c in re.captures_iter(self.text) {
                let (Some(code), Some(m)) = (region_of(&c), c.get(0)) else {
                    continue;
                };
                if hints.iter().any(|h| h.code == code) {
                    continue;
                }
                hints.push(JurisdictionHint {
                    code: code.into(),
                    evidence: self.doc.sentence_evidence(m.start(), m.end()),
                });
            }
        }
        // A governing law or a court abroad (适用泰王国法律, 由曼谷民事法院管辖), unless the
        // contract is in yuan or names mainland law: a yuan loan that sends its disputes to a
        // forum abroad (新加坡国际仲裁中心) is still a mainland loan.
        let mainland = JURISDICTION.is_match(self.text) || CNY_WORD.is_match(self.text);
        let abroad = if mainland {
            Vec::new()
        } else {
            crate::check::foreign_places::law_mentions(self.text)
        };
        for (code, start, end) in abroad {
            if !hints.iter().any(|h| h.code == code) {
                hints.push(JurisdictionHint {
                    code: code.into(),
                    evidence: self.doc.sentence_evidence(start, end),
                });
            }
        }
        let existing = std::mem::take(&mut self.terms.jurisdiction_hints);
        hints.extend(existing);
        self.terms.jurisdiction_hints = hints;
    }
}
