#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! Collection messages: lawful reminders stay clean; unlawful or fraudulent ones are caught with
//! the right rule. The messages are realistic wordings written for these tests.

use loanlint::message::{ContractContext, MessageRules, analyse};
use rust_decimal_macros::dec;

fn rules() -> &'static MessageRules {
    MessageRules::bundled().expect("bundled message rules load")
}

fn ids(text: &str) -> Vec<String> {
    analyse(text, rules(), None, None)
        .findings
        .into_iter()
        .map(|f| f.rule_id)
        .collect()
}

fn assert_fires(text: &str, rule: &str) {
    let got = ids(text);
    assert!(
        got.iter().any(|g| g == rule),
        "expected {rule} for {text:?}, got {got:?}"
    );
}

fn assert_clean(text: &str) {
    let r = analyse(text, rules(), None, None);
    let serious: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity >= loanlint::Severity::Warning)
        .map(|f| &f.rule_id)
        .collect();
    assert!(
        serious.is_empty(),
        "expected a clean message, got {serious:?} for {text:?}"
    );
    assert_eq!(r.verdict, "lawful-looking");
}

// ---- Chinese: lawful reminders ----

#[test]
fn zh_lawful_reminders_stay_clean() {
    assert_clean(
        "【某某消费金融】尊敬的客户，您的借款第3期应还款1,256.30元已逾期1天，请尽快登录官方App还款，以免产生更多罚息。如已还款请忽略。",
    );
    assert_clean(
        "您好，您在我司的借款已到期未还，逾期记录可能依法报送金融信用信息基础数据库，影响您的个人征信。请于本月20日前通过App还款，客服热线400-xxx-xxxx。",
    );
    assert_clean(
        "温馨提示：您本月账单2,000.00元将于明日到期，请确保绑定银行卡余额充足。我们不会联系您的家人或朋友。",
    );
    assert_clean(
        "您好，您的借款已逾期7天。如您有还款困难，可通过官方App申请协商还款方案；如协商不成，我司保留依法向有管辖权的人民法院提起诉讼的权利。",
    );
    assert_clean(
        "【某某银行】您的信用卡已逾期，欠款金额3,120.55元，请及时还款。如有疑问请致电本行官方客服。",
    );
}

// ---- Chinese: unlawful collection ----

#[test]
fn zh_threat_to_contact_list() {
    assert_fires(
        "你再不还钱，今晚就爆你通讯录，让你所有亲戚朋友都知道你是个什么人。",
        "msg-threat-contacts",
    );
    assert_fires(
        "我们将联系你的紧急联系人和单位领导，告知你的欠款情况。",
        "msg-threat-contacts",
    );
    assert_fires("你再不还款我们就联系你家人和同事。", "msg-threat-contacts");
    assert_fires(
        "已经在核实你的工作单位，明天会打电话给你们公司人事部门。",
        "msg-threat-contacts",
    );
}

#[test]
fn zh_threat_of_exposure() {
    assert_fires(
        "再不处理，你的照片和身份证就会被P图发到网上，让你社死。",
        "msg-threat-exposure",
    );
    assert_fires(
        "我们会在你老家村里张贴催款公告，曝光你的欠款。",
        "msg-threat-exposure",
    );
}

#[test]
fn zh_threat_to_livelihood() {
    assert_fires(
        "不还钱我们就天天用小号约你的车，再投诉你绕路、服务态度差，让滴滴把你的司机号封掉。",
        "msg-threat-livelihood",
    );
    assert_fires(
        "你那个网店我们会安排二十个人拍下不付款，再刷一星差评，让你开不下去。",
        "msg-threat-livelihood",
    );
    assert_fires(
        "明天冒充病人家属去你们医院投诉，看你的执业证还保不保得住。",
        "msg-threat-livelihood",
    );
    assert_fires(
        "你欠款的事我们会截图发给你们车队长。",
        "msg-threat-contacts",
    );
    assert_clean("如对本次服务不满意，可通过APP投诉，我们将在三个工作日内回复。");
}

#[test]
fn zh_violence_and_visits() {
    assert_fires(
        "你不还钱就小心你的家人，出门小心点。",
        "msg-threat-violence",
    );
    assert_fires(
        "明天安排外访人员上门，到你家和你单位找你。",
        "msg-threat-visit",
    );
}

#[test]
fn zh_false_criminal_claims_and_impersonation() {
    assert_fires(
        "你已涉嫌恶意透支罪，公安机关已立案，三天内不还将被拘留。",
        "msg-false-criminal-claim",
    );
    assert_fires(
        "逾期一天就把你拉进征信黑名单，你以后坐高铁都不行。",
        "msg-false-criminal-claim",
    );
    assert_fires(
        "我们是XX区人民法院，你的案件已进入执行程序，法院传票已寄出。",
        "msg-impersonates-authority",
    );
    assert_fires("你这个老赖，骗子，不要脸。", "msg-insult");
}

// ---- Chinese: signs of fraud ----

#[test]
fn zh_fraud_signs() {
    assert_fires(
        "请在2小时内将欠款3,000元转账到我的个人银行卡6222 0000 0000 0000，户名张某。",
        "msg-pay-personal-account",
    );
    assert_fires(
        "加我微信xyz123处理还款，可以给你减免。",
        "msg-pay-personal-account",
    );
    assert_fires(
        "您的校园贷账户未注销将影响征信，请联系专员注销账户并消除逾期记录。",
        "msg-clear-record-offer",
    );
    assert_fires(
        "点击 http://pay-xx.top/a8 立即还款，否则今晚上报。",
        "msg-unofficial-link",
    );
    let r = analyse(
        "请在2小时内将欠款3,000元转账到我的个人银行卡。",
        rules(),
        None,
        None,
    );
    assert_eq!(r.demanded, Some(dec!(3000)));
    assert_eq!(r.verdict, "suspicious");
}

// ---- English ----

#[test]
fn en_lawful_reminders_stay_clean() {
    assert_clean(
        "Hi Sam, this is a reminder from Acme Lending LLC that your payment of $152.10 was due yesterday. Please pay in the Acme app or call us at our official number. If you have already paid, please ignore this message.",
    );
    assert_clean(
        "Your account is 7 days past due. You may be charged a late fee as stated in your loan agreement. To discuss a payment plan, log in to your account.",
    );
    assert_clean(
        "We will not contact your employer or family about this debt. You have the right to dispute this debt within 30 days.",
    );
}

#[test]
fn en_unlawful_collection() {
    assert_fires(
        "If you don't pay today we will call your employer and your references and tell them you are a deadbeat.",
        "msg-threat-contacts-en",
    );
    assert_fires(
        "If you don't pay today we will call your employer and your references and tell them you are a deadbeat.",
        "msg-insult-en",
    );
    assert_fires(
        "A warrant for your arrest will be issued for check fraud unless you pay $500.",
        "msg-false-criminal-claim-en",
    );
    assert_fires(
        "This is the County Sheriff's office calling on behalf of your lender. You will be served tomorrow.",
        "msg-impersonates-authority-en",
    );
    assert_fires(
        "We will garnish your wages next week if the balance is not paid.",
        "msg-threat-wages-en",
    );
    assert_fires(
        "We will post your photo and your debt on Facebook for everyone to see.",
        "msg-threat-exposure-en",
    );
    // A published list of those who "refuse to pay", and a name put on a public page or on
    // social media in any tense.
    assert_fires(
        "Unless we hear from you, your account goes on our Wall of Non-Payers at the front desk.",
        "msg-threat-exposure-en",
    );
    assert_fires(
        "We keep a list of borrowers who won't pay and yours is next on it.",
        "msg-threat-exposure-en",
    );
    assert_fires(
        "Your picture and what you owe will be displayed on a public page for the town to see.",
        "msg-threat-exposure-en",
    );
    assert_fires(
        "Your name was shared with our Instagram followers this morning.",
        "msg-threat-exposure-en",
    );
    assert_clean(
        "Customers who do not pay by the due date are charged the late fee in your agreement. Your balance is posted to your account on our website.",
    );
}

#[test]
fn en_fraud_signs() {
    assert_fires(
        "To stop the lawsuit, pay the balance of $480.00 with Google Play gift cards within 2 hours.",
        "msg-pay-unusual-method-en",
    );
    assert_fires(
        "Send the payment by Zelle to my personal account, officer Brown.",
        "msg-pay-unusual-method-en",
    );
    // A prepaid card named by its network is still a prepaid card.
    assert_fires(
        "To avoid custody, settle today with a prepaid Visa card and call Officer Miller back.",
        "msg-pay-unusual-method-en",
    );
    assert_fires(
        "Load $300 onto a prepaid Mastercard and read me the numbers.",
        "msg-pay-unusual-method-en",
    );
    let r = analyse(
        "To stop the lawsuit, pay the balance of $480.00 with Google Play gift cards within 2 hours.",
        rules(),
        None,
        None,
    );
    assert_eq!(r.demanded, Some(dec!(480.00)));
}

// ---- With the contract ----

#[test]
fn a_sender_other_than_the_lender_is_judged_under_the_messages_own_law() {
    let ctx = ContractContext {
        lender_name: Some("Harbor Point Lending Inc.".into()),
        currency: Some("USD".into()),
        ..ContractContext::default()
    };
    let msg = "Summit Recovery Partners: your Harbor account is past due. Please call us today.";
    let r = analyse(msg, rules(), Some(&ctx), Some("US-DE"));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "msg-sender-not-lender")
        .expect("a sender other than the lender");
    // China's PIPL is no basis for a US message.
    assert!(!f.citation.contains("PIPL"), "{}", f.citation);
    let ctx = ContractContext {
        lender_name: Some("星河小额贷款有限公司".into()),
        currency: Some("CNY".into()),
        ..ContractContext::default()
    };
    let r = analyse(
        "【速达资产管理】您的借款已逾期，请尽快还款。",
        rules(),
        Some(&ctx),
        Some("CN"),
    );
    let f = r
        .findings
        .iter()
        .find(|f| f.rule_id == "msg-sender-not-lender")
        .expect("a sender other than the lender");
    assert!(f.citation.contains("PIPL"), "{}", f.citation);
}

#[test]
fn sender_and_sum_are_compared_with_the_contract() {
    let ctx = ContractContext {
        lender_name: Some("星河小额贷款有限公司".into()),
        other_names: vec!["星河借".into()],
        owed_upper_bound: Some(dec!(950.40)),
        currency: Some("CNY".into()),
        ..ContractContext::default()
    };
    let msg = "【速达资产管理】您的借款已严重逾期，请立即还款2,800.00元。";
    let r = analyse(msg, rules(), Some(&ctx), Some("CN"));
    let got: Vec<&str> = r.findings.iter().map(|f| f.rule_id.as_str()).collect();
    assert!(got.contains(&"msg-sender-not-lender"), "{got:?}");
    assert!(got.contains(&"msg-demand-exceeds-contract"), "{got:?}");
    let excess = r
        .findings
        .iter()
        .find(|f| f.rule_id == "msg-demand-exceeds-contract")
        .map(|f| f.message.clone())
        .unwrap_or_default();
    assert!(excess.contains("¥1,849.60"), "{excess}");
    // The lender's own brand, asking for what the contract allows, is fine.
    let ok = analyse(
        "【星河借】您的借款已逾期1天，请还款950.40元。",
        rules(),
        Some(&ctx),
        Some("CN"),
    );
    assert!(
        ok.findings.is_empty(),
        "{:?}",
        ok.findings.iter().map(|f| &f.rule_id).collect::<Vec<_>>()
    );
    assert!(!ok.next_steps.is_empty());
}

#[test]
fn rule_ids_are_unique_and_kebab_case() {
    let mut seen = std::collections::BTreeSet::new();
    for r in &rules().rules {
        assert!(seen.insert(r.id.clone()), "duplicate id {}", r.id);
        assert!(
            r.id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            r.id
        );
        assert!(!r.citation.is_empty());
    }
    assert!(seen.len() >= 15);
}

#[test]
fn bad_rule_files_are_errors_not_panics() {
    assert!(
        MessageRules::parse(
            "id = 'x'\nname = 'y'\n[[rule]]\nid='a'\nbogus_key=1",
            "t.toml"
        )
        .is_err()
    );
    let bad_regex = "id='x'\nname='y'\n[[rule]]\nid='a'\ncategory='fraud-sign'\nseverity='info'\nlanguages=['en']\npatterns=['(']\ncitation='c'\nsummary_en='e'\nsummary_zh='z'\n";
    let e = MessageRules::parse(bad_regex, "t.toml").expect_err("bad regex");
    assert!(e.to_string().contains("rule a"), "{e}");
}

#[test]
fn official_names_come_from_the_contract() {
    let text = "乙方（贷款人）：浙江鹿鸣网络小额贷款有限公司\n本协议由各方通过“速借花”APP签署。\nLender: Acme Lending LLC, 1 Main St.";
    let names = loanlint::message::official_names(text);
    for want in ["浙江鹿鸣网络小额贷款有限公司", "速借花", "Acme Lending LLC"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
    // A message signed with the app's name is not an impostor on that ground.
    let ctx = ContractContext {
        lender_name: Some("浙江鹿鸣网络小额贷款有限公司".into()),
        other_names: names,
        owed_upper_bound: None,
        currency: None,
        ..ContractContext::default()
    };
    let r = analyse(
        "【速借花】您的借款已逾期1天，请通过官方APP还款。",
        rules(),
        Some(&ctx),
        Some("CN"),
    );
    assert!(
        r.findings
            .iter()
            .all(|f| f.rule_id != "msg-sender-not-lender")
    );
    let r = analyse(
        "【速达资产】您的借款已逾期1天，请还款。",
        rules(),
        Some(&ctx),
        Some("CN"),
    );
    assert!(
        r.findings
            .iter()
            .any(|f| f.rule_id == "msg-sender-not-lender")
    );
    // Phrases ending in 银行 are not sender names.
    let r = analyse("请转账到我的个人银行卡。", rules(), Some(&ctx), Some("CN"));
    assert!(r.sender_names.is_empty(), "{:?}", r.sender_names);
}

#[test]
fn the_rule_files_load_as_one_rule_set_each_rule_naming_its_own_file() {
    use loanlint::message::{BUNDLED_RULE_FILES, BUNDLED_RULES};
    let joined = MessageRules::parse(BUNDLED_RULES, "joined.toml").expect("joined rules parse");
    let split = rules();
    let ids = |r: &MessageRules| r.rules.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&joined),
        ids(split),
        "the files read in order give the same rules"
    );
    assert_eq!(BUNDLED_RULE_FILES.len(), 4);
    for (file, text) in BUNDLED_RULE_FILES {
        let in_file: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("id = \"msg-"))
            .collect();
        assert!(!in_file.is_empty(), "{file} holds rules");
        for id in in_file {
            let id = format!("msg-{}", id.trim_end_matches('"'));
            let rule = split
                .rules
                .iter()
                .find(|r| r.id == id)
                .expect("rule loaded");
            assert_eq!(rule.file, *file, "{id}");
        }
    }
    // A finding names the file its rule is written in.
    let f = analyse(
        "【市法院】您的案件已立案，请今日将执行款转入承办法官个人账户，逾期将强制执行。",
        split,
        None,
        None,
    );
    assert!(
        f.findings
            .iter()
            .any(|f| f.rule_file == "rulesets/messages/impostors-and-payments.toml"),
        "{:?}",
        f.findings
            .iter()
            .map(|f| (&f.rule_id, &f.rule_file))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_continued_rule_file_holds_rules_only_and_ids_are_not_reused() {
    let main = "id='x'\nname='y'\n[[rule]]\nid='a'\ncategory='fraud-sign'\nseverity='info'\nlanguages=['en']\npatterns=['x']\ncitation='c'\nsummary_en='e'\nsummary_zh='z'\n";
    let more_a = main.replace("id='x'\nname='y'\n", "");
    let e = MessageRules::parse_files(&[("m.toml", main), ("more.toml", &more_a)])
        .expect_err("the id a twice");
    assert!(e.to_string().contains("rule a"), "{e}");
    let more_b = more_a.replace("id='a'", "id='b'");
    let both = MessageRules::parse_files(&[("m.toml", main), ("more.toml", &more_b)]).unwrap();
    assert_eq!(both.rules[1].file, "more.toml");
    let with_settings = format!("[quiet_hours]\nfrom_hour = 21\n{more_b}");
    let e = MessageRules::parse_files(&[("m.toml", main), ("more.toml", &with_settings)])
        .expect_err("settings belong in the main file");
    assert!(e.to_string().starts_with("more.toml"), "{e}");
}
