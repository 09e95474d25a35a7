//! What a fee's place in the form says about it: a part of the amount financed in a Reg Z
//! itemization (lent, not a cost), or a charge offered as options of which none, or a
//! refusal, is ticked.

use std::sync::LazyLock;

use regex::Regex;

use super::number;
use crate::pattern;

/// The heading of an itemization of the amount financed (Reg Z § 1026.18(c)).
static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)itemi[sz]ation of (?:the |your )?amount financed(?-u:\b)")
        .expect("static regex")
});
/// Words of a line that makes what follows (or the line itself) a prepaid finance charge or
/// a charge the lender keeps.
static FINANCE_CHARGE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:(?:prepaid )?finance charges?|deduct[a-z]*|withh[eo]ld[a-z]*|(?:from|out of) (?:the )?(?:loan )?proceeds|paid to (?:us|the lender|lender|the creditor|creditor)|origination|points|underwriting|loan fee|lender(?:'s|’s)? fee)(?-u:\b)")
        .expect("static regex")
});
/// A sub-heading of parts lent to the borrower or paid to others on the borrower's behalf.
static LENT_PART: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:paid to others|on (?:your|the buyer's|the borrower's) behalf|other charges|paid on your account|paid to (?:you|public officials|insurance compan))")
        .expect("static regex")
});
/// How many lines after its heading an itemization runs at most.
const MAX_LINES: usize = 30;
/// The longest line read as a row of an itemization, in bytes.
const MAX_ROW: usize = 160;

/// Is byte `pos` of `text` a part of the amount financed listed in an itemization (not a
/// prepaid finance charge)? The itemization runs from its heading to its "Amount Financed"
/// total line, a blank line before an all-capitals heading, or `MAX_LINES` lines.
pub(super) fn financed_item(text: &str, pos: usize) -> bool {
    let pos = super::floor(text, pos);
    let head = text.get(..pos).unwrap_or("");
    let Some(heading) = HEADING.find_iter(head).last() else {
        return false;
    };
    let Some(first) = text.get(heading.end()..).and_then(|t| t.find('\n')) else {
        return false;
    };
    // An itemization written on its heading's line, its parts between semicolons.
    if pos < heading.end() + first {
        let part = text.get(heading.end()..heading.end() + first).unwrap_or("");
        let at = pos - heading.end();
        let from = part
            .get(..at)
            .and_then(|p| p.rfind(';'))
            .map_or(0, |i| i + 1);
        let to = part
            .get(at..)
            .and_then(|p| p.find(';'))
            .map_or(part.len(), |i| at + i);
        return !FINANCE_CHARGE.is_match(part.get(from..to).unwrap_or(""));
    }
    // Items written on the heading's line are the whole itemization.
    if !number::find_money(text.get(heading.end()..heading.end() + first).unwrap_or("")).is_empty()
    {
        return false;
    }
    let mut offset = heading.end() + first + 1;
    let mut finance_charge = false;
    let mut money_lines = 0usize;
    let mut previous_blank = false;
    for line in text
        .get(offset..)
        .unwrap_or("")
        .split_inclusive('\n')
        .take(MAX_LINES)
    {
        offset += line.len();
        let body = line.trim();
        // A paragraph of prose is no row of an itemization.
        if body.len() > MAX_ROW {
            return false;
        }
        let has_money = !number::find_money(body).is_empty();
        if pos < offset {
            // The fee's own line.
            return !finance_charge && !FINANCE_CHARGE.is_match(body);
        }
        let lower = body.to_ascii_lowercase();
        let caps_heading = body.chars().any(char::is_alphabetic)
            && !body.chars().any(|c| c.is_alphabetic() && c.is_lowercase());
        if (has_money && money_lines > 0 && lower.contains("amount financed"))
            || (previous_blank && caps_heading)
        {
            return false;
        }
        if FINANCE_CHARGE.is_match(body) && !has_money {
            finance_charge = true;
        } else if LENT_PART.is_match(body) {
            finance_charge = false;
        }
        money_lines += usize::from(has_money);
        previous_blank = body.is_empty();
    }
    false
}

/// A tick box, ticked or not: "[ ]", "[X]", "☐", "☒".
static BOX: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"\[\s*([xX✓✔■*])?\s*\]|\(\s*([xX✓✔●*])?\s*\)|([☐□○])|([☒☑■●✔✓])")
        .expect("static regex")
});
/// Options that refuse or leave out the charge.
static REFUSAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)^\s*(?:declined?|none|no(?-u:\b)|not (?:wanted|required|chosen|elected|purchased|selected)|waived?|refused?|n/a|opt(?:ed)? out|i do not want)")
        .expect("static regex")
});

/// After a charge's name (a dot leader may stand between), a row of tick boxes ("Credit
/// insurance: [ ] Single [ ] Joint [X] Declined", "Processing fee ..... [X] none"): is the
/// charge not chosen (nothing ticked of two options or more, or only a refusal ticked)?
pub(super) fn options_not_chosen(after: &str) -> bool {
    let line = after.split('\n').next().unwrap_or("");
    let leader = |c: char| c.is_whitespace() || matches!(c, ':' | '|' | '-' | '.' | '…' | '_');
    let mut lead = line.trim_start_matches(leader);
    // A remark in brackets after the name ("(optional)") is no option.
    if let Some(inner) = lead.strip_prefix('(')
        && let Some(close) = inner.find(')')
        && inner[..close].chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        lead = inner[close + 1..].trim_start_matches(leader);
    }
    let boxes: Vec<regex::Captures> = BOX.captures_iter(lead).collect();
    // The options must start right after the name.
    if boxes
        .first()
        .and_then(|c| c.get(0))
        .is_none_or(|m| m.start() != 0)
        || boxes.is_empty()
    {
        return false;
    }
    let ticked: Vec<&str> = boxes
        .iter()
        .filter(|c| c.get(1).is_some() || c.get(2).is_some() || c.get(4).is_some())
        .filter_map(|c| c.get(0).map(|m| lead.get(m.end()..).unwrap_or("")))
        .collect();
    if ticked.is_empty() {
        return boxes.len() >= 2;
    }
    ticked.iter().all(|t| REFUSAL.is_match(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_lent_in_an_itemization_are_no_cost() {
        let text = "ITEMIZATION OF AMOUNT FINANCED\nCash price  $9,000.00\nPaid to others on your behalf:\n  Registration fee (to the state)   $80.00\nPrepaid Finance Charge:\n  Loan fee   $120.00\nAmount Financed   $9,080.00\nLate fee: $15.00\n";
        let at = |w: &str| text.find(w).unwrap_or(0);
        assert!(financed_item(text, at("Registration fee")));
        assert!(!financed_item(text, at("Loan fee")));
        assert!(!financed_item(text, at("Late fee")));
        assert!(!financed_item("Registration fee $80.00\n", 0));
        let one_line = "Itemization of Amount Financed of $300.00; Given to you directly: $300.00\nHandling fee: $5.00\n";
        assert!(!financed_item(
            one_line,
            one_line.find("Handling").unwrap_or(0)
        ));
    }

    #[test]
    fn options_left_unticked_or_refused_choose_nothing() {
        assert!(options_not_chosen(
            ": [ ] Single   [ ] Joint   [X] Declined"
        ));
        assert!(options_not_chosen(" ☐ Yes ☐ No"));
        assert!(!options_not_chosen(": [X] Single life  [ ] Declined"));
        assert!(!options_not_chosen(": $25.00 [ ] waived"));
    }
}
