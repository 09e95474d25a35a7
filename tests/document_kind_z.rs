//! Document kind of app and shop pages that record a credit taken under another agreement
//! (texts written for this test, each with a rephrasing that must keep its kind):
//! * an instalment plan's page whose title is the plan's name followed by the state of the
//!   request (现金分期 · 申请成功): the plan runs under the card's agreement;
//! * a shop's order page that lets the buyer pay by instalments (订单详情, 提交订单): the finance
//!   company's agreement is not the page.
//!
//! And the twins that keep their kind: a loan contract with a 还款计划 table, and a plan title
//! followed by an agreement word (分期协议), not a state.
//!
//! (Not covered: a drawdown record or detail page (借款记录详情 zh-z06, 借款详情 zh-z14) and a
//! confirm page (借款服务确认页 zh-z20) read as the record of a concluded loan: the same pages
//! are labelled contracts in zh-h17, zh-g24, zh-r08, zh-q10, zh-s04.)

use crate::document_kind_unseen::{assert_cases, kind_of};
use loanlint::DocumentKind::*;

// A cash-instalment page: its title the plan with the state of the request.
const ZH_PLAN_STATE: &str = "现金分期 · 申请成功\n分期金额　　　¥6,000.00\n期数　　　　　6期\n每期手续费率　0.75%\n每期应还　　　¥1,045.00\n首期还款日　　2026年7月10日\n发卡机构：澄江银行股份有限公司\n";
// Rephrased: another plan name, another separator and state word, key：value fields.
const ZH_PLAN_STATE_2: &str = "信用卡分期｜办理结果\n分期本金：6000元\n分期期数：6期\n手续费：每期按本金的0.75%收取\n月还款额：1045元\n发卡行：澄江银行股份有限公司\n";

// A shop's order page paying by instalments, with the plan's table.
const ZH_ORDER: &str = "订单详情\n商品　折叠自行车 ×1\n实付金额　¥1,800.00\n支付方式　分期购 · 3期\n每期手续费　¥10.80\n每期应还　¥610.80\n分期资金方　安远消费金融有限公司\n期数 | 还款日 | 应还\n1 | 8月2日 | 610.80\n2 | 9月2日 | 610.80\n3 | 10月2日 | 610.80\n";
// Rephrased: the order still to submit, the plan in one line.
const ZH_ORDER_2: &str = "提交订单\n折叠自行车 1件　合计1800元\n付款：分3期，每期600元＋手续费10.8元\n分期服务由安远消费金融有限公司提供\n下单即视为同意分期服务规则\n";

// A loan contract that carries a 还款计划 table stays a contract.
const ZH_CONTRACT_PLAN: &str = "个人借款合同\n出借人：通衢小额贷款有限公司\n借款人：庞书瑶\n第一条 出借人向借款人出借人民币3,000元，期限3个月，年利率12%。\n第二条 借款人按下列还款计划按月归还本息：\n还款计划\n第1期 1,020.07元\n第2期 1,020.07元\n第3期 1,020.07元\n第三条 本合同自双方签字之日起生效。\n借款人（签字）：庞书瑶　出借人（盖章）\n";
// A plan title followed by an agreement word is the plan's agreement.
const ZH_PLAN_AGREEMENT: &str = "现金分期协议\n甲方（持卡人）：庞书瑶\n乙方（发卡机构）：澄江银行股份有限公司\n第一条 乙方向甲方发放现金分期6,000元，分6期归还，每期手续费率0.75%。\n第二条 甲方应按期归还每期应还款项。\n甲方（签字）：庞书瑶　乙方（盖章）\n";

#[test]
fn a_plan_page_with_the_state_of_the_request_is_a_disclosure() {
    assert_cases(&[(LoanDisclosure, ZH_PLAN_STATE, ZH_PLAN_STATE_2)]);
}

#[test]
fn a_shops_order_page_paying_by_instalments_is_a_disclosure() {
    assert_cases(&[(LoanDisclosure, ZH_ORDER, ZH_ORDER_2)]);
}

#[test]
fn a_contract_with_a_plan_table_or_a_plan_agreement_stays_a_contract() {
    for text in [ZH_CONTRACT_PLAN, ZH_PLAN_AGREEMENT] {
        let (kind, reason) = kind_of(text);
        assert_eq!(kind, LoanContract, "{reason}");
    }
}
