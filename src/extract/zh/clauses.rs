//! Risky and default clauses, recognised by what they do rather than one fixed wording.
//! Each rule is a pair of patterns that must both occur in one sentence (`also` may be empty).

use regex::Regex;
use std::sync::LazyLock;

use crate::extract::prefilter::{LazyRegex, PatternSet};
use crate::model::ClauseKind;
use crate::pattern;

struct Rule {
    kind: ClauseKind,
    pattern: LazyRegex,
    also: Option<LazyRegex>,
    /// A sentence matching this is not the clause (e.g. a prohibition on the lender).
    unless: Option<LazyRegex>,
}

fn rule(kind: ClauseKind, pattern: &str, also: Option<&str>, unless: Option<&str>) -> Rule {
    Rule {
        kind,
        pattern: LazyRegex::new(pattern),
        also: also.map(LazyRegex::new),
        unless: unless.map(LazyRegex::new),
    }
}

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    use ClauseKind::*;
    vec![
        rule(
            ContactListAccess,
            r"通讯录|通话记录|手机联系人|联系人列表|联系人信息",
            Some(r"读取|获取|抓取|授权|查询|使用|访问|采集|收集|比对|上传"),
            None,
        ),
        rule(
            ThirdPartyCollection,
            r"紧急联系人|联系人|亲友|亲属|家人|家属|朋友|同事|工作单位|所在单位|用人单位|通讯录",
            // 向媒体、用人单位…披露其违约信息: telling the employer of the default is contacting
            // a third party about the debt.
            Some(
                r"催收|催告|催缴|催讨|追讨|告知[^。;]{0,12}(?:逾期|欠款|违约)|通知[^。;]{0,12}(?:逾期|欠款|还款)|协助[^。;]{0,6}还款|代为偿还|(?:违约|逾期|欠款|失信)[^。;]{0,40}披露|披露[^。;]{0,12}(?:违约|逾期|欠款|失信)",
            ),
            Some(r"不得|禁止|不会"),
        ),
        rule(
            HomeVisit,
            r"上门催收|上门拜访|上门催|上门追|实地催收|外访|上门服务|上门",
            Some(r"催|追|逾期|欠款|违约|还款"),
            Some(r"不得|禁止|不会"),
        ),
        rule(
            UnilateralChange,
            r"(?:有权|可以?|得)(?:单方|单方面|随时|自行)?[^。;,]{0,6}(?:调整|变更|修改|修订)[^。;]{0,10}(?:利率|费率|费用|收费|服务费|管理费|本协议|本合同|条款|规则)|单方(?:面)?(?:调整|变更|修改)|将来可能发布的[^。;]{0,20}规则|无需(?:经过|征得)?[^。;]{0,8}同意[^。;]{0,10}调整",
            None,
            Some(r"协商一致[^。;]{0,6}(?:后|方可)|不得[^。;]{0,6}(?:变更|调整|修改)"),
        ),
        rule(
            AutoDebitAllAccounts,
            r"(?:名下|开立的|持有的)[^。;]{0,8}(?:任何|任一|所有|全部|其他|其它)[^。;]{0,6}(?:账户|帐户|银行卡)|(?:任何|所有|全部|其他|其它)[^。;]{0,4}(?:账户|帐户|银行卡)",
            Some(r"扣划|划扣|扣款|扣收|代扣|扣除|划转|扣收|直接扣"),
            None,
        ),
        rule(
            DistantForum,
            r"(?:甲方|乙方|丙方|丁方|贷款人|出借人|平台|公司|原告|合同)[^。;]{0,4}(?:所在地|住所地|注册地|签订地|签约地)[^。;]{0,10}(?:法院|仲裁)|仲裁委员会|[\p{Han}]{2,12}(?:区|市|县)人民法院|提交[^。;]{0,12}(?:法院|仲裁)|放弃[^。;]{0,8}管辖",
            Some(r"管辖|诉讼|仲裁|提交|解决|起诉"),
            None,
        ),
        rule(
            WaiverOfDefences,
            r"放弃[^。;]{0,10}抗辩|不得[^。;]{0,6}抗辩|放弃[^。;]{0,8}(?:管辖|异议)",
            None,
            None,
        ),
        rule(
            DataSharing,
            r"(?:提供|共享|披露|分享|转让|传输|传递|告知|透露)(?:给|予|至)?[^。;]{0,24}(?:第三方|合作方|合作机构|关联公司|关联方|指定合作方|其他机构|合作伙伴)|(?:第三方|合作方|合作机构|关联公司|合作伙伴)[^。;]{0,16}(?:获取|使用|共享|查询)",
            Some(r"信息|资料|数据|记录"),
            Some(r"不得|禁止|保密[^。;]{0,4}$"),
        ),
        rule(
            TiedProduct,
            r"搭售|(?:购买|投保|办理|开通|加入)[^。;]{0,16}(?:保险|会员|权益|保障服务)",
            Some(r"须|应|必须|同意|作为[^。;]{0,8}条件|方可|否则|强制|默认"),
            Some(r"不得|禁止|自愿选择"),
        ),
        rule(
            Rollover,
            r"借新还旧|以新还旧|展期|(?:申请|办理|可以|可)续借|续借(?:合同|协议|申请|手续)|(?:申请|办理|借款|贷款)续期|循环借款",
            None,
            Some(r"不得|禁止"),
        ),
        rule(
            Acceleration,
            r"提前到期|加速到期|立即到期|立即收回|提前收回|全部到期|宣布[^。;]{0,20}到期|立即(?:偿还|清偿|归还|支付)[^。;]{0,8}(?:全部|所有|剩余|余下)|一次性(?:支付|偿还|归还|清偿)(?:余下|剩余|全部)[^。;]{0,6}(?:本金|借款|款项|贷款)",
            None,
            // 还款不足以清偿全部到期款项的，按…顺序清偿: the order in which a short payment is
            // applied, not a call of the loan.
            Some(r"不足以?(?:清偿|偿还|支付|偿付)[^。;]{0,8}(?:全部|所有)?到期"),
        ),
        rule(
            CompoundInterest,
            r"(?:计收|收取|计算|计|按)[^。;]{0,8}复利|复利(?:计|计算|计收)|利滚利|(?:未付|未还|欠付|逾期)利息[^。;]{0,12}(?:计收|收取)[^。;]{0,4}(?:利息|罚息)",
            None,
            Some(r"不得|禁止|不计收复利|不计复利"),
        ),
        rule(
            PrepaymentPenalty,
            r"提前(?:还款|清偿|偿还|结清|还本|归还|还清|付清|偿付)|提早(?:还款|清还|偿还|结清)|中途(?:偿还|还款|清偿|结清|还贷)|繰(?:り)?上(?:げ)?返済",
            Some(
                r"违约金|补偿金|手续费|赔偿|不予退还|仍应[^。;]{0,10}支付|不影响[^。;]{0,12}收取|需[^。;]{0,6}支付",
            ),
            // "无需支付额外费用" / "不收取提前还款违约金": the contract rules the charge out.
            Some(
                r"(?:无需|无须|不需|不必|免于|免收|不收取|不另行收取|不另收|不再收取|不加收)[^。;]{0,10}(?:支付|缴纳|费用|违约金|补偿金|手续费)",
            ),
        ),
        rule(
            DebtExposure,
            r"公开披露|公开曝光|曝光|公示|媒体|网站[^。;]{0,6}公布|公开[^。;]{0,6}(?:违约|逾期|失信)",
            Some(r"违约|逾期|失信|欠款|不良"),
            Some(r"不得|禁止"),
        ),
        rule(
            CrossDefault,
            r"交叉违约|(?:其他|其它)[^。;]{0,16}(?:合同|协议|债务)[^。;]{0,16}(?:违约|逾期)",
            Some(r"视为|构成|即为|有权"),
            None,
        ),
    ]
});

/// One pass that rules out most rules of a sentence (their `pattern`s, indices as in [`RULES`]).
static RULE_SET: LazyLock<PatternSet> =
    LazyLock::new(|| PatternSet::new(RULES.iter().map(|r| r.pattern.as_str())));

/// A heading (`第十条 提前到期`, `十二、联系人与催收`) or a notice that lists the clauses to read
/// (`请仔细阅读…特别是关于逾期罚息、违约金、提前到期…的条款`) names topics: the clause is the
/// sentence that says what happens, and quoting the heading would hide its conditions.
fn names_topics_only(sentence: &str) -> bool {
    static TOPICS: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(
            r"^\s*(?:第[一二三四五六七八九十百零〇两\d]+[条章节]|[一二三四五六七八九十]+[、．.]|\d+[、．.]?)\s*[\p{Han}、及与和]{1,14}\s*$|(?:阅读|注意|提示|留意|知悉)[^。;]{0,40}关于[^。;]{0,80}的?条款",
        )
        .expect("static regex")
    });
    TOPICS.is_match(sentence)
}

/// The clause kinds a sentence expresses.
pub fn clause_kinds(sentence: &str) -> Vec<ClauseKind> {
    if names_topics_only(sentence) {
        return Vec::new();
    }
    let candidates = RULE_SET.candidates(sentence);
    RULES
        .iter()
        .enumerate()
        .filter(|(i, _)| candidates.may_match(*i))
        .map(|(_, r)| r)
        .filter(|r| {
            r.pattern.re().is_match(sentence)
                && r.also.as_ref().is_none_or(|a| a.re().is_match(sentence))
                && r.unless.as_ref().is_none_or(|u| !u.re().is_match(sentence))
        })
        .map(|r| r.kind)
        .collect()
}

/// A worked example of how the charges are computed (`示例：某客户借款10,000元…`, `例如：借款
/// 1万元…`, `假设借款人借款…`, `同类产品示例：…（示例不是本次借款）`): its figures are not this
/// loan's. (某 alone is no mark: names are anonymised as 吴某.)
pub(super) fn is_worked_example(text: &str) -> bool {
    static EXAMPLE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^\s*(?:[(（]?[0-9一二三四五六七八九十]+[)）.．、]\s*)?(?:计算|还款)?(?:示例|举例|例如|例)\s*[:：]|^[^,，。;；:：]{0,8}(?:示例|举例)\s*[:：]|假设(?:借款人|客户|用户|您)?(?:借款|借入|申请)|(?:示例|举例|例子)(?:仅|只)(?:为|作|供)|(?:示例|举例|例子)\s*(?:不是|并非|非)\s*本(?:次|笔)")
            .expect("static regex")
    });
    text.contains(['例', '假']) && EXAMPLE.is_match(text)
}

/// A recital that names the original contract an extension or supplement builds on
/// (`乙方于2024年9月10日与甲方签订《个人借款合同》(下称“原合同”),借款金额…`): its amount and
/// date are that contract's, not this agreement's.
pub(super) fn is_original_recital(text: &str) -> bool {
    static RECITAL: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r#"(?:下称|简称|以下称)\s*[“"「『]?\s*原(?:借款|贷款)?(?:合同|协议)"#)
            .expect("static regex")
    });
    text.contains('原') && RECITAL.is_match(text)
}

/// A value the parties struck out or corrected (`原写“月息壹分伍”已划去`, `将“24个月”改为…`,
/// `原约定金额叁万元作废`): it is no term of the loan, so it is cut from the sentence before the
/// values are read. `None` when the sentence strikes nothing out.
pub(super) fn without_struck_out(text: &str) -> Option<String> {
    static STRUCK: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r#"(?:原(?:写|为|填写?|约定|定|记载)(?:的|为)?\s*)?[“"「『‘](?P<v>[^”"」』’]{1,30})[”"」』’]\s*(?:已经?|均已|现已|业已)?\s*(?:被)?(?:划去|划掉|划除|删去|删除|删掉|涂去|涂掉|涂改|作废|勾掉|勾销|改为|改成|更正为|修改为|变更为|调整为)|原(?:写|填写?|约定|定|记载)(?:的|为)?\s*(?P<u>[^“"「『‘,，。;；:：]{1,30}?)\s*(?:已经?|均已|现已|业已)\s*(?:被)?(?:划去|划掉|划除|删去|删除|删掉|涂去|涂掉|涂改|作废|勾掉|勾销)"#)
            .expect("static regex")
    });
    if !text.contains(['划', '删', '涂', '废', '勾', '改', '更', '变', '调']) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in STRUCK.captures_iter(text) {
        let Some(v) = c.name("v").or_else(|| c.name("u")) else {
            continue;
        };
        out.push_str(text.get(last..v.start())?);
        last = v.end();
    }
    (last > 0).then(|| {
        out.push_str(text.get(last..).unwrap_or(""));
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_topic_notices_and_repayment_orders_are_no_acceleration() {
        for topic in [
            "第十条 提前到期",
            "七、提前到期与解除",
            "重要提示：签约前请您认真阅读本协议，尤其是关于罚息、违约金、提前到期及联系人授权的条款。",
            "借款人所还款项不足以清偿全部到期债务的，依次冲抵费用、利息、本金。",
        ] {
            assert!(
                !clause_kinds(topic).contains(&ClauseKind::Acceleration),
                "{topic}"
            );
        }
        for operative in [
            "乙方连续两期未还款的，甲方有权宣布借款全部提前到期。",
            "逾期满三十日，出借人可要求借款人立即偿还全部剩余本金及利息。",
        ] {
            assert!(
                clause_kinds(operative).contains(&ClauseKind::Acceleration),
                "{operative}"
            );
        }
    }

    #[test]
    fn a_struck_out_value_is_cut_and_its_replacement_kept() {
        assert_eq!(
            without_struck_out("原写“月息壹分伍”已划去,").as_deref(),
            Some("原写“”已划去,")
        );
        assert_eq!(
            without_struck_out("年利率由“18%”调整为“12%”").as_deref(),
            Some("年利率由“”调整为“12%”")
        );
        assert_eq!(
            without_struck_out("原约定借款期限12个月已作废").as_deref(),
            Some("原约定已作废")
        );
        // A quoted defined term or an ordinary change of a term strikes nothing.
        assert_eq!(
            without_struck_out("本合同(下称“原合同”)约定年利率12%"),
            None
        );
        assert_eq!(without_struck_out("利率调整后,月供相应改变"), None);
    }

    #[test]
    fn prepayment_penalty_and_its_denials() {
        for s in [
            "借款人提前还款的，应按提前还款本金的3%支付违约金。",
            "乙方申请提前清偿的，仍应支付全部期限的利息。",
            "提前结清贷款需一次性支付剩余本金1%的手续费。",
        ] {
            assert!(
                clause_kinds(s).contains(&ClauseKind::PrepaymentPenalty),
                "{s}"
            );
        }
        for s in [
            "甲方可以申请提前偿还全部借款，提前还款时应偿还剩余全部本金及应计利息，无需支付额外费用。",
            "借款人可随时提前还款，贷款人不收取提前还款违约金。",
            "提前还款的，免收手续费。",
        ] {
            assert!(
                !clause_kinds(s).contains(&ClauseKind::PrepaymentPenalty),
                "{s}"
            );
        }
    }
}
