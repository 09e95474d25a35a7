//! A borrower named as a serving member of the armed forces: "Borrower: Petty Officer Second
//! Class J. Doe, USN (active duty)", "Applicant: SSgt R. Cruz, U.S. Air Force", "I, Lance
//! Corporal A. Kim, USMC, promise to pay", "... and Ensign P. Ortiz, U.S. Coast Guard (the
//! "Borrower")". A covered borrower under the Military Lending Act is a member on active duty
//! (or a dependant of one, 32 CFR 232.3(g)). The party's own words must name two of: a
//! rank/rate (or "service member", "soldier", "sailor"), a branch, an active-duty marker
//! ("active duty", "on active orders"). A Reserve or National Guard branch needs the
//! active-duty marker; a retiree, veteran, former member or a reservist "not on active duty"
//! is not covered.

use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::pattern;

/// Where the borrower is named: a party label on a line, "I, …", or a defined party name.
static PARTY: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r#"(?im)(?:^[ \t|>*-]*(?:co-?)?(?:borrower|applicant|customer|debtor|maker|obligor|buyer|purchaser|member)s?(?:'s|’s)?(?:\s+(?:name|\(s\)))?\s*[:|]|^[ \t]*I,\s|\(\s*(?:the\s+|hereinafter\s+)?["“']?\s*(?:borrower|you|applicant)\s*["”']?\s*\))"#)
        .expect("static regex")
});

/// A rank or rate, or the words for a member of the armed forces.
static RANK: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:(?i:\b(?:(?:master\s+|senior\s+)?chief\s+petty\s+officer|petty\s+officer(?:\s+(?:first|second|third|1st|2nd|3rd)\s+class)?|seaman(?:\s+(?:apprentice|recruit))?|(?:senior\s+)?airman(?:\s+(?:first\s+class|basic))?|(?:staff|technical|master|senior\s+master|chief\s+master|gunnery|master\s+gunnery|first|command|sergeant)\s+sergeant(?:\s+major)?|sergeant(?:\s+(?:first\s+class|major))?|(?:lance\s+)?corporal|private(?:\s+first\s+class)?|specialist|ensign|(?:first|second|1st|2nd)\s+lieutenant|lieutenant(?:\s+(?:commander|colonel|junior\s+grade|\(jg\)))?|captain|major|colonel|(?:chief\s+)?warrant\s+officer|midshipman|hospital\s+corpsman|(?:active[- ]duty\s+)?service\s*members?|soldier|sailor|marine\b|member\s+of\s+the\s+(?:u\.?s\.?\s+)?(?:armed\s+forces|military|uniformed\s+services))\b)|\b(?:PO[123]|CPO|SCPO|MCPO|SN|SA|SR|AN|AB|A1C|SrA|SSgt|TSgt|MSgt|SMSgt|CMSgt|Sgt|SGT|SSG|SFC|MSG|1SG|SGM|Cpl|CPL|LCpl|PFC|PV[12]|SPC|ENS|LTJG|LT|LCDR|CDR|CAPT|2LT|1LT|2ndLt|1stLt|Capt|Maj|MAJ|LtCol|LTC|Col|COL|CW[2-5]|WO1|HM[123])\.?(?:\s|,))")
        .expect("static regex")
});

/// A branch of the armed forces (with its Reserve and National Guard components).
static BRANCH: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:\b(?:USN|USMC|USAF|USCG|USSF|USNR|USAR|USMCR|USAFR|USCGR|ARNG|ANG)\b|(?i:\b(?:army|air)\s+national\s+guard\b|\bnational\s+guard\b|\b(?:(?:u\.\s?s\.|us|united\s+states)\s+)?(?:navy|army|air\s+force|marine\s+corps|coast\s+guard|space\s+force)(?:\s+reserves?)?\b))")
        .expect("static regex")
});

/// Serving now.
static ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)\b(?:active[- ]duty|on\s+active\s+(?:orders|service|status)|active\s+(?:orders|service)|title\s+10\s+orders|active\s+guard\s+(?:and|&)\s+reserve|AGR)\b")
        .expect("static regex")
});

/// Not (or no longer) serving, or serving only in a reserve status.
static PAST: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?:\b(?:retired|retiree|ret\.|\(ret\)|veterans?|former|formerly|ex-|discharged|separated|prior\s+service|no\s+longer|not\s+(?:on\s+|currently\s+(?:on\s+)?)?active|inactive|not\s+serving|IRR|widow(?:er)?\s+of|late\s+(?:husband|wife|spouse)|deceased|civilian|contractor))")
        .expect("static regex")
});

/// Names that hold a branch's word without meaning the borrower serves in it.
static NOT_SERVICE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)\b(?:navy|army|air\s+force|marine\s+corps|coast\s+guard|pentagon)\s+(?:federal|mutual|exchange|aid|emergency\s+relief|relief\s+society|credit\s+union|community)|salvation\s+army")
        .expect("static regex")
});

/// The byte range (in `cx.flat`) of the first party description that names a serving member.
pub(crate) fn find(cx: &Ctx) -> Option<(usize, usize)> {
    let text = &cx.flat;
    let lines = &cx.doc.text;
    for m in PARTY.find_iter(lines) {
        let (s, e) = if m.as_str().trim_start().starts_with('(') {
            // A defined party: the words before the definition, after "and"/"between".
            let (sent, _) = cx.sentence_of(m.start());
            let from = sent.max(m.start().saturating_sub(200));
            let before = cx.slice(from, m.start());
            let cut = ["between ", " and ", "\n"]
                .iter()
                .filter_map(|w| before.rfind(w).map(|i| i + w.len()))
                .max()
                .unwrap_or(0);
            (from + cut, m.start())
        } else {
            // A label: the rest of its line, up to a wide gap (a second column).
            let rest = lines.get(m.end()..).unwrap_or("");
            let mut end = rest.find('\n').unwrap_or(rest.len()).min(300);
            if let Some(gap) = rest.get(..end).and_then(|r| r.find("   ")) {
                if gap > 0 {
                    end = gap;
                }
            }
            if let Some(tab) = rest.get(..end).and_then(|r| r.find('\t')) {
                end = tab;
            }
            (m.end(), m.end() + end)
        };
        let seg = text.get(s..e).unwrap_or("");
        if serving(seg) {
            return Some((s, e));
        }
    }
    None
}

/// Whether a party's description names a serving member of the armed forces.
fn serving(seg: &str) -> bool {
    let seg = NOT_SERVICE.replace_all(seg, " ");
    if PAST.is_match(&seg) {
        return false;
    }
    let rank = RANK.is_match(&seg);
    let active = ACTIVE.is_match(&seg);
    let branches: Vec<&str> = BRANCH.find_iter(&seg).map(|m| m.as_str()).collect();
    let reserve_only = !branches.is_empty()
        && branches.iter().all(|b| {
            let l = b.to_ascii_lowercase();
            l.contains("reserve")
                || l.contains("national guard")
                || l == "arng"
                || l == "ang"
                || (l.len() >= 4 && l.starts_with("us") && l.ends_with('r'))
        });
    let branch = !branches.is_empty();
    if reserve_only && !active {
        return false;
    }
    [rank, branch, active].into_iter().filter(|&b| b).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranks_branches_and_active_duty_name_a_serving_member() {
        for s in [
            "Airman First Class Dana Ruiz, U.S. Air Force",
            " SSgt. R. Cruz, USAF, Joint Base Lewis-McChord",
            "Lance Corporal A. Kim, USMC",
            "Ensign P. Ortiz, United States Coast Guard",
            "Sgt. M. Obi, Army National Guard (on active orders through 2027)",
            "Seaman Apprentice L. Tran (active-duty)",
            "K. Ames, U.S. Space Force, active duty",
            "Jo Park, wife of Chief Petty Officer S. Park, U.S. Navy",
            "R. Diaz, active duty service member",
        ] {
            assert!(serving(s), "{s}");
        }
    }

    #[test]
    fn veterans_retirees_and_reservists_off_duty_are_not() {
        for s in [
            "Master Sergeant (Ret.) D. Cole, U.S. Army",
            "R. Lyle, USMC veteran",
            "Captain J. Wolfe, USNR",
            "Specialist T. Hale, Army National Guard",
            "Sgt. B. Ford, Army Reserve, not on active duty",
            "Ana Ruiz, member, Navy Federal Credit Union",
            "Dr. Mary Major, Salvation Army volunteer",
            "Chief Operating Officer, Acme Corp.",
            "A. Gale, former Petty Officer, USN",
            "IT Specialist, U.S. Army civilian employee",
        ] {
            assert!(!serving(s), "{s}");
        }
    }
}
