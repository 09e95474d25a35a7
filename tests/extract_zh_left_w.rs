//! Left-over Chinese readings (session 19), each on texts written for this test with a
//! rephrasing that must read the same:
//! * a private loan said in few loan words (a chat or a note: 借2万块, 先转你1.5w, 借了两万块钱,
//!   借款伍仟元整) is a loan, and its sum is the principal; a chat that sends money with no
//!   word of paying it back stays no loan.
//!
//! Expected sums (Python `decimal`, by hand): 2 x 10000 = 20000; 1.5 x 10000 = 15000;
//! 两万 = 2 x 10000 = 20000; 伍仟 = 5 x 1000 = 5000; 3 x 10000 = 30000; 8000 as written.

use loanlint::DocumentKind;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use crate::extract_zh_unseen_f::analysed;

fn kind_and_principal(text: &str) -> (DocumentKind, Option<Decimal>) {
    let a = analysed(text);
    let kind = a.report.document.as_ref().map(|d| d.kind);
    let principal = a.report.terms.principal.as_ref().map(|p| p.amount);
    (kind.unwrap_or(DocumentKind::Other), principal)
}

#[test]
fn a_private_loan_in_a_chats_words_is_a_loan_of_the_sum_said() {
    let cases: [(&str, &str, Decimal); 5] = [
        (
            "张伟：兄弟，手头紧，能不能借2万块？\n李强：行，下午打你卡上了\n张伟：收到了，谢谢，下个月还你，月息2分\n",
            // Reordered, full-width figure, 块钱 for 块, the repayment said first.
            "李强：你说的钱下午打你卡上了\n张伟：好，下个月15号前连本带息还你\n张伟：就是上午说的借２万块钱，月息二分\n",
            dec!(20000),
        ),
        (
            "王芳：先转你1.5w，记得月底还我\n赵敏：好的收到，月底还你，给你算利息\n",
            "赵敏：你那边方便的话借我1.5万\n王芳：已转你微信了，月底还我就行\n",
            dec!(15000),
        ),
        (
            "老周：上次借了两万块钱，下个月还你，按月息1分算\n小吴：没问题\n",
            "小吴：老周，去年借给你的两万元什么时候还我？\n老周：年底前一定还你，利息照月息一分给\n",
            dec!(20000),
        ),
        (
            "收条\n今收到刘洋借款伍仟元整，2025年12月31日前归还。\n陈晨\n2025年10月1日\n",
            "陈晨借款伍仟元整（5000元），于2025年12月31日前还清。\n出借：刘洋　借入：陈晨\n2025年10月1日\n",
            dec!(5000),
        ),
        (
            "孙丽 10:02\n借你3万，不急，明年这时候还我就行\n马静 10:05\n谢谢姐，明年一定还你\n",
            "马静 10:01\n姐，能借我30000元吗？明年还你\n孙丽 10:04\n行，借你3万\n",
            dec!(30000),
        ),
    ];
    let mut wrong = Vec::new();
    for (text, twin, want) in cases {
        for t in [text, twin] {
            let (kind, principal) = kind_and_principal(t);
            if kind != DocumentKind::LoanContract || principal != Some(want) {
                wrong.push(format!("{t:?}: {kind:?} {principal:?}, want {want}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_chat_that_sends_money_without_a_word_of_repaying_is_no_loan() {
    for text in [
        "小李：周末去吃火锅吗？人均两百块\n小王：好啊，我转你200块，你先订位\n小李：收到，下个月见\n",
        "妈：给你打了2000块生活费，省着点花\n儿子：收到了，谢谢妈\n",
        "店长：这个月奖金转你3千，辛苦了\n小陈：谢谢店长！\n",
    ] {
        let (kind, principal) = kind_and_principal(text);
        assert_eq!(kind, DocumentKind::Other, "{text}");
        assert_eq!(principal, None, "{text}");
    }
}

/// The principal and the amount paid out, as read.
fn principal_and_paid_out(text: &str) -> (Option<Decimal>, Option<Decimal>) {
    let a = analysed(text);
    let t = &a.report.terms;
    (
        t.principal.as_ref().map(|p| p.amount),
        t.disbursed.as_ref().map(|d| d.amount),
    )
}

// A label whose bracket says what its figure is: the gloss decides. Expected (by hand):
// principal 20000; 1,000 taken from it at payout: 20000 - 1000 = 19000 paid out; with nothing
// taken, 20000 paid out.
#[test]
fn a_bracketed_gloss_decides_what_a_labelled_figure_is() {
    let cases: [(&str, &str, (Decimal, Decimal)); 3] = [
        (
            "借款合同\n出借人：安信小额贷款有限公司　借款人：周明\n放款金额（合同本金）：20,000.00元\n服务费：1,000.00元，放款时从借款中扣除\n借款期限：12个月，年利率12%，按月等额本息还款\n",
            "借款合同\n借款人：周明　出借人：安信小额贷款有限公司\n借款期限：12个月，年利率12%，按月等额本息还款\n服务费1,000元于放款时一次性扣除\n发放金额(即合同金额)为人民币２０，０００元\n",
            (dec!(20000), dec!(19000)),
        ),
        (
            "借款合同\n出借人：安信小额贷款有限公司　借款人：周明\n到账金额（即借款本金）：20,000.00元\n借款期限：12个月，年利率12%，按月等额本息还款\n",
            "借款合同\n借款人：周明\n出借人：安信小额贷款有限公司\n年利率12%，期限12个月，等额本息\n实际到账（系借款本金）：人民币20000元\n",
            (dec!(20000), dec!(20000)),
        ),
        (
            "借款合同\n出借人：安信小额贷款有限公司　借款人：周明\n借款金额：20,000.00元\n合同金额（实际到账）：19,000.00元\n借款期限：12个月，年利率12%，按月等额本息还款\n",
            "借款合同\n借款人：周明　出借人：安信小额贷款有限公司\n借款本金为20,000元，年利率12%，12期等额本息\n放款金额(到手)：19000元\n",
            (dec!(20000), dec!(19000)),
        ),
    ];
    let mut wrong = Vec::new();
    for (text, twin, (principal, paid_out)) in cases {
        for t in [text, twin] {
            let got = principal_and_paid_out(t);
            if got != (Some(principal), Some(paid_out)) {
                wrong.push(format!("{t:?}: {got:?}, want {principal} / {paid_out}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

// 月息一分半: half a 分 more, 1.5% a month (1 + 0.5 by hand); the same said as 一分五 or 1.5%.
#[test]
fn half_a_fen_is_five_li() {
    for text in [
        "王芳：先转你1.5w，记得月底还我，月息一分半\n赵敏：好的收到\n",
        "借条\n今借到王芳人民币壹万伍仟元整，月息一分五，2026年1月31日前还清。\n借款人：赵敏\n",
        "赵敏：借我1.5万，月息1.5%，月底还你\n王芳：行\n",
    ] {
        let a = analysed(text);
        let rates: Vec<(Decimal, loanlint::model::Per)> = a
            .report
            .terms
            .rates
            .iter()
            .map(|r| (r.value, r.per))
            .collect();
        assert_eq!(
            rates,
            vec![(dec!(1.5), loanlint::model::Per::Month)],
            "{text}"
        );
    }
}
