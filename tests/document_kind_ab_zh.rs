//! Kinds of the held-out batch AB's Chinese documents, in other wordings than the corpus's: a
//! lender's answer that turns an application down is no loan (whatever rate it quotes), while a
//! contract's condition on an application not approved and a notice of approval keep their
//! kinds; a notice's title beside a second column, two spaces apart as a PDF's text keeps it,
//! names the document as it does in the text with wider gaps.

use crate::document_kind_unseen::assert_cases;
use loanlint::DocumentKind::*;

#[test]
fn an_application_turned_down_is_no_loan() {
    assert_cases(&[
        (
            Other,
            "借款申请审批结果\n尊敬的客户张三：\n很遗憾，您申请的个人经营贷款（金额200,000元，期限36个月，年利率6.5%）未能通过我行审批。\n如有疑问请致电95588。\n某某银行\n2026年5月6日\n",
            "【快易贷】您的借款申请审批不通过，申请金额10,000元，期限12期，日利率0.05%，请保持良好信用，3个月后再试。\n",
        ),
        (
            Other,
            "贷款审批通知单\n申请人：李四\n申请金额：80,000.00元　期限：24个月　年利率：9.6%\n审批结果：不通过\n原因：综合评分不足\n某消费金融有限公司 2026年3月1日\n",
            "尊敬的王先生：\n您于2026年4月2日提交的分期借款申请（借款金额30,000元，分12期，月费率0.8%）经审核，暂未通过。您可在60天后再次申请。\n某某金融科技有限公司\n",
        ),
    ]);
}

#[test]
fn a_condition_on_a_declined_application_or_an_approval_keeps_its_kind() {
    assert_cases(&[
        (
            LoanContract,
            "借款合同\n甲方（出借人）：某小额贷款有限公司\n乙方（借款人）：王五\n第一条 借款金额人民币50,000元，期限12个月，年利率18%，等额本息。\n第二条 如您的申请未通过审核，本合同自动失效。\n乙方签字：王五\n",
            "借款协议\n出借人：某小额贷款有限公司\n借款人：赵六\n借款金额人民币20,000元，期限6个月，月利率1%，到期还本付息。若借款人的放款申请未通过审批，本协议不生效。\n借款人签字：赵六\n",
        ),
        (
            LoanDisclosure,
            "【瑞丰消费金融】恭喜！您于2026年11月18日提交的贷款申请已审批通过，借款金额50,000.00元，期限24个月，年化利率15.8%（单利），等额本息。\n",
            "尊敬的客户：您提交的借款申请已通过审核，借款金额8,000元，分6期，月利率1%，等额本息，请登录APP确认借款。\n",
        ),
    ]);
}

#[test]
fn a_title_beside_a_second_column_two_spaces_apart_names_the_document() {
    assert_cases(&[(
        LoanDisclosure,
        "江南商业银行股份有限公司  执行年利率:3.65%\n经营贷借款核准通知书  还款方式:按月付息,到期还本\n每月利息:456.25元\n借款人:洪秀梅  付息日:每月18日\n核准金额:人民币150,000.00元  通知日期:2026年5月18日\n贷款期限:12个月  放款日:2026年5月18日\n",
        "某某农村商业银行  年利率:4.2%\n个人贷款审批通知书  还款方式:等额本息\n借款人:陈小红  期限:24个月\n审批金额:人民币80,000.00元  通知日期:2026年6月1日\n",
    )]);
}
