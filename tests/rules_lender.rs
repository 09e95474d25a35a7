#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Lender type with its evidence: every type on at least two wordings, the rulesets that follow
//! from it, and the real corpus documents classified.

use crate::common;
use crate::rules_support;

use loanlint::lender::{classify, classify_text};
use loanlint::model::*;
use rules_support::*;

fn type_of(text: &str) -> LenderType {
    classify_text(&Terms::default(), text).lender_type
}

fn assert_type(text: &str, want: LenderType) {
    let c = classify_text(&Terms::default(), text);
    assert_eq!(c.lender_type, want, "{text}\n{c:?}");
    if want != LenderType::Unknown {
        assert!(!c.evidence.is_empty(), "evidence for {text}");
        // The evidence is a sentence of the text, at its char offsets.
        let chars: Vec<char> = text.chars().collect();
        for e in &c.evidence {
            let slice: String = chars[e.start..e.end].iter().collect();
            assert_eq!(slice, e.text);
        }
        assert!(!c.reason.is_empty());
    }
}

#[test]
fn banks() {
    assert_type(
        "借款人：王五\n贷款人：中国工商银行股份有限公司北京分行\n借款金额：人民币5万元。",
        LenderType::Bank,
    );
    assert_type(
        "本合同项下贷款由某某农村商业银行发放。还款日以《个人借款支用单》为准。",
        LenderType::Bank,
    );
    assert_type(
        "This Note is made by First Example Bank, N.A. (the Lender). Borrower promises to pay.",
        LenderType::Bank,
    );
    // The central bank's credit registry and the borrower's own account are not the lender.
    assert_ne!(
        type_of(
            "甲方同意乙方将其信用信息报送中国人民银行征信中心。借款人在某某银行开立的账户用于还款。"
        ),
        LenderType::Bank
    );
}

#[test]
fn consumer_finance_companies() {
    assert_type(
        "贷款人：某某消费金融有限公司\n借款人：李四",
        LenderType::ConsumerFinance,
    );
    assert_type(
        "乙方是一家依法设立的某某消费金融股份有限公司，向甲方提供消费贷款。",
        LenderType::ConsumerFinance,
    );
}

#[test]
fn microloan_companies_online_and_not() {
    assert_type(
        "甲方是一家在浙江省德清县合法成立并有效存续的德清某某小额贷款有限公司。",
        LenderType::Microloan,
    );
    assert_type(
        "贷款人：某某市某某区小额贷款股份有限公司",
        LenderType::Microloan,
    );
    let c = classify_text(
        &Terms::default(),
        "贷款人：重庆某某网络小额贷款有限公司\n借款人通过某某APP申请借款。",
    );
    assert_eq!(c.lender_type, LenderType::OnlineMicroloan);
    assert_eq!(c.name.as_deref(), Some("重庆某某网络小额贷款有限公司"));
    assert_type(
        "本借款由出借人（某某互联网小额贷款有限公司）通过线上方式发放。",
        LenderType::OnlineMicroloan,
    );
}

#[test]
fn assisted_lending_names_the_bank_and_the_platform_or_guarantor() {
    let text = "贷款人：某某银行股份有限公司\n平台服务方：某某科技有限公司为借款人提供助贷服务。\n借款人应向某某融资担保有限公司支付担保费。";
    let c = classify_text(&Terms::default(), text);
    assert_eq!(c.lender_type, LenderType::AssistedLending, "{c:?}");
    assert_eq!(c.funding_bank.as_deref(), Some("某某银行股份有限公司"));
    assert_eq!(c.guarantor.as_deref(), Some("某某融资担保有限公司"));
    assert!(c.reason.contains("助贷"), "{}", c.reason);
    assert_eq!(c.evidence.len(), 2);
    assert_type(
        "资金方：某某农村商业银行\n本借款经某某信息服务平台撮合服务完成，平台服务费按月收取。",
        LenderType::AssistedLending,
    );
}

#[test]
fn financing_guarantee_company_as_creditor() {
    assert_type(
        "债权人：某某融资担保有限公司\n借款人：张三",
        LenderType::FinancingGuarantee,
    );
    assert_type(
        "某某融资担保有限公司代偿后，有权向借款人追偿代偿款项及费用。",
        LenderType::FinancingGuarantee,
    );
}

#[test]
fn p2p_intermediaries() {
    assert_type(
        "丙方为甲乙双方的借贷事宜提供平台撮合服务，乙方应向丙方支付平台维护费。",
        LenderType::P2pPlatform,
    );
    assert_type(
        "丙方系依法设立的网络借贷信息中介机构，为出借人与借款人提供信息服务。",
        LenderType::P2pPlatform,
    );
    assert_type(
        "甲方是短贷王平台合作的资金出借方，拟向平台推荐的借款人出借资金。",
        LenderType::P2pPlatform,
    );
}

#[test]
fn private_persons_and_ordinary_companies() {
    assert_type(
        "出借人：张三，身份证号：110101199001011234\n借款人：李四",
        LenderType::Individual,
    );
    assert_type(
        "今借到王五人民币伍万元整，月底归还。",
        LenderType::Individual,
    );
    // An electronic IOU's table: the lender is a bare personal name.
    assert_type(
        "电子借条\n出借人    李春生\n借款人    张晓彤\n借款金额  5,000.00元",
        LenderType::Individual,
    );
    assert_ne!(
        type_of("出借人    某某贸易有限公司"),
        LenderType::Individual
    );
    // An ordinary company: the extractor's reading stands when no wording here decides.
    let t = Terms {
        lender: lender(LenderType::Company, "出借人：某某贸易有限公司"),
        ..Terms::default()
    };
    let c = classify(&t);
    assert_eq!(c.lender_type, LenderType::Company);
    assert!(c.reason.contains("某某贸易有限公司"), "{}", c.reason);
    let t = Terms {
        lender: lender(LenderType::Company, "Lender: Prairie State Holdings, Inc."),
        ..Terms::default()
    };
    assert_eq!(classify(&t).lender_type, LenderType::Company);
}

#[test]
fn licensed_us_lenders() {
    assert_type(
        "Quick Cash LLC is a licensed lender under the California Financing Law, license no. 603-1234.",
        LenderType::LicensedNonBank,
    );
    assert_type(
        "Lender holds a Consumer Loan License issued by the Department.",
        LenderType::LicensedNonBank,
    );
}

#[test]
fn not_a_lender() {
    assert_type(
        "乙方（居间服务方）：某某信息技术有限公司\n甲方委托乙方为其借款事项提供信息咨询。",
        LenderType::NotALender,
    );
    assert_type(
        "甲方因资金周转困难，委托乙方提供借款咨询服务，并通过乙方推荐的资金出借方而获得资金。",
        LenderType::NotALender,
    );
    assert_type(
        "XYZ Services is a credit services organization. It is not a lender and does not make loans.",
        LenderType::NotALender,
    );
}

#[test]
fn unknown_says_so() {
    let c = classify_text(
        &Terms::default(),
        "借款金额：人民币壹万元。借款期限12个月。",
    );
    assert_eq!(c.lender_type, LenderType::Unknown);
    assert!(c.reason.contains("could not be told"), "{}", c.reason);
    assert!(c.evidence.is_empty());
}

#[test]
fn rulesets_follow_from_the_type_and_the_report_says_why() {
    // A private lender: private-lending rules, and the reason quotes the lender.
    let mut t = cn_private();
    t.rates.push(interest("14", "年利率14%"));
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(has(&f, "cn-pl-interest-above-4x-lpr"), "{:?}", ids(&f));
    let pl = a.iter().find(|x| x.id == "cn-private-lending").unwrap();
    assert!(
        pl.reason.contains("lender type individual"),
        "{}",
        pl.reason
    );
    let class = pl.lender.as_ref().unwrap();
    assert_eq!(class.lender_type, LenderType::Individual);
    assert_eq!(class.evidence[0].text, "出借人：张三");
    // A ruleset for every lender carries no lender field.
    let cp = a.iter().find(|x| x.id == "cn-contract-law");
    assert!(cp.is_none_or(|x| x.lender.is_none()));

    // Unknown type: the private-lending 4 × LPR is a warning, not a violation, and the
    // report says only the rules for every lender type apply.
    t.lender = None;
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(
        !applied(&a).contains(&"cn-private-lending"),
        "{:?}",
        applied(&a)
    );
    assert!(!applied(&a).contains(&"cn-licensed-lending"));
    let any = a.iter().find(|x| x.id == "cn-any-lender").unwrap();
    assert!(any.reason.contains("lender type unknown"), "{}", any.reason);
    assert!(
        any.reason.contains("every type of lender"),
        "{}",
        any.reason
    );
    assert_eq!(
        get(&f, "cn-any-interest-above-4x-lpr").severity,
        Severity::Warning
    );
    assert!(!has(&f, "cn-pl-interest-above-4x-lpr"));
    // 40% is above the line every lender is held to.
    t.rates[0] = interest("40", "年利率40%");
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-any-interest-above-36").severity,
        Severity::Violation
    );

    // 10% interest, but fees bring the all-in cost to 52%: above the 36% line a licensed lender
    // is held to, while a private lender's fees are only counted as interest in court practice
    // [U] and its interest is within 4 × LPR (12%). The type is unknown, so a warning that
    // names the cost, never a violation.
    t.rates[0] = interest("10", "年利率10%");
    let all_in = cost("cn-irr", "52.0", "64.0", "9000", "1100", "2000");
    let (f, _) = run(&t, Some(&all_in), "2025-06-01", None);
    assert_eq!(get(&f, "cn-any-cost-above-36").severity, Severity::Warning);
    assert!(!has(&f, "cn-any-interest-above-36"), "{:?}", ids(&f));
    assert!(
        !has(&f, "cn-any-above-a-cap-whoever-lends"),
        "{:?}",
        ids(&f)
    );
    assert!(
        f.iter().all(|x| x.severity != Severity::Violation),
        "{:?}",
        ids(&f)
    );
    // 20% interest and the same 52%: each reading breaks its own line (licensed: cost above
    // 36%; private: interest above 4 × LPR), so a violation whoever lends.
    t.rates[0] = interest("20", "年利率20%");
    let (f, _) = run(&t, Some(&all_in), "2025-06-01", None);
    assert_eq!(
        get(&f, "cn-any-above-a-cap-whoever-lends").severity,
        Severity::Violation
    );
    assert_eq!(get(&f, "cn-any-cost-above-36").severity, Severity::Warning);
    assert!(!has(&f, "cn-any-interest-above-36"), "{:?}", ids(&f));
    // The same loan at an all-in 30% stays under the line.
    let under = cost("cn-irr", "30.0", "34.0", "10000", "1100", "500");
    let (f, _) = run(&t, Some(&under), "2025-06-01", None);
    assert!(!has(&f, "cn-any-cost-above-36"), "{:?}", ids(&f));

    // A licensed lender: the licensed rules, not the any-lender ones.
    let mut t = cn_licensed();
    t.rates.push(interest("14", "年利率14%"));
    let (_, a) = run(&t, None, "2025-06-01", None);
    assert!(applied(&a).contains(&"cn-licensed-lending"));
    assert!(!applied(&a).contains(&"cn-any-lender"));
    assert!(!applied(&a).contains(&"cn-private-lending"));
}

#[test]
fn the_online_household_limit_binds_online_microloans_only() {
    let mut t = cn_licensed();
    t.principal = Some(amount("250000", "CNY", "借款金额：人民币250,000元"));
    t.lender = lender(LenderType::Microloan, "贷款人：某某小额贷款有限公司");
    let (f, a) = run(&t, None, "2025-06-01", None);
    assert!(applied(&a).contains(&"cn-microloan"));
    assert!(!has(&f, "cn-ml-online-principal-above-200000"));
    t.lender = lender(LenderType::Microloan, "贷款人：某某网络小额贷款有限公司");
    let (f, _) = run(&t, None, "2025-06-01", None);
    assert!(
        has(&f, "cn-ml-online-principal-above-200000"),
        "{:?}",
        ids(&f)
    );
}

/// The real corpus documents, read and extracted as `check` does, then classified with their
/// whole text.
#[test]
fn real_corpus_documents_are_classified() {
    use loanlint::read::{ReadOptions, read_file};
    let cases = [
        (
            "zh_ccb_consumer_credit_line_loan_creditlife.html",
            LenderType::Bank,
        ),
        (
            "zh_tubaobao_dehua_microloan_installment_android.html",
            LenderType::Microloan,
        ),
        (
            "zh_zhengda_edai_p2p_loan_online.html",
            LenderType::P2pPlatform,
        ),
        (
            "zh_p2p_lend_borrow_agreement_hermes.html",
            LenderType::P2pPlatform,
        ),
        // The platform (快金) matches the parties, but the lender signing as 甲方（出借人） is
        // an online microloan company: a platform's matching clause does not make it P2P.
        (
            "zh_kuaijin_cash_loan_timecash_v2.html",
            LenderType::OnlineMicroloan,
        ),
        // The platform (短贷王) arranges it, but the lender named is a microloan company.
        ("zh_duandaiwang_cash_loan_mk.html", LenderType::Microloan),
        (
            "zh_cash_loan_consult_service_mk.html",
            LenderType::NotALender,
        ),
        (
            "zh_loan_consult_service_agreement_suniu.html",
            LenderType::NotALender,
        ),
        // 借款协议书: 乙方（出借人） is a platform user with a name and identity card number.
        (
            "zh_jubaodai_cash_loan_agreement_suniu.html",
            LenderType::P2pPlatform,
        ),
    ];
    for (name, want) in cases {
        let Some(path) = common::corpus::corpus_file(name) else {
            return;
        };
        let doc = read_file(&path, &ReadOptions::default()).unwrap();
        let terms = loanlint::extract::extract(&doc);
        let c = classify_text(&terms, &doc.text);
        assert_eq!(c.lender_type, want, "{name}: {}", c.reason);
        assert!(!c.evidence.is_empty(), "{name}");
    }
}
