//! Clauses consumer law prohibits or that deserve a warning (FTC Credit Practices Rule,
//! 16 CFR 444, and similar), default terms (acceleration, cross-default) and governing law.
//! The lender party is read in `lender_party`.

use crate::pattern;
use std::sync::LazyLock;

use regex::Regex;

use super::Ctx;
use crate::extract::prefilter::{LazyRegex, PatternSet};
use crate::model::{Clause, ClauseKind, JurisdictionHint, Terms};

/// One pattern per clause kind; a clause is recorded once, at its first occurrence.
static CLAUSES: LazyLock<Vec<(ClauseKind, LazyRegex)>> = LazyLock::new(|| {
    let table: [(ClauseKind, &str); 21] = [
        (
            ClauseKind::ConfessionOfJudgment,
            r"(?i)(?-u:\b)confess(?:ion of|es|ing)? (?:a )?judgment|(?-u:\b)cognovit(?-u:\b)|(?-u:\b)warrant of attorney(?-u:\b)|(?-u:\b)authori[sz]es? any attorney(?-u:\b)[^.;]{0,80}(?-u:\b)appear(?-u:\b)",
        ),
        (
            ClauseKind::WaiverOfExemptions,
            r"(?i)(?-u:\b)waiv(?:e|es|ed|ing)(?-u:\b)[^.;]{0,80}(?-u:\b)(?:exemptions?|homestead)(?-u:\b)|(?-u:\b)waiver of (?:all )?(?:exemptions?|homestead)",
        ),
        // A payroll deduction that is the way each payment is made is not an assignment of
        // wages: 16 CFR 444.2(a)(3)(ii) excepts a payroll deduction plan commencing at the time
        // of the transaction, so only an assignment itself is read here.
        (
            ClauseKind::WageAssignment,
            r"(?i)(?-u:\b)wage assignment|(?-u:\b)assign(?:s|ment of)?(?-u:\b)[^.;]{0,50}(?-u:\b)(?:wages|salary|earnings|paycheck)(?-u:\b)|(?-u:\b)(?:military )?allotment(?-u:\b)",
        ),
        (
            ClauseKind::HouseholdGoodsSecurity,
            r"(?i)(?-u:\b)security interest(?-u:\b)[^.;]{0,120}(?-u:\b)(?:household goods|furniture|appliances|personal effects|wearing apparel)(?-u:\b)",
        ),
        (
            ClauseKind::LateFeePyramiding,
            r"(?i)(?-u:\b)pyramid[A-Za-z]*|(?-u:\b)late (?:fee|charge)s? (?:on|upon) (?:any )?(?:unpaid |prior |previous |earlier )late (?:fee|charge)s?|(?-u:\b)apply (?:any )?payments?(?-u:\b)[^.;]{0,40}(?-u:\b)first to (?:any )?late (?:fee|charge)s?",
        ),
        (
            ClauseKind::MandatoryArbitration,
            r"(?i)(?-u:\b)binding (?:individual )?(?:\([^)]{0,30}\) )?arbitration(?-u:\b)|(?-u:\b)agree(?:ment)? to arbitrate(?-u:\b)|(?-u:\b)(?:shall|will|must) be (?:resolved|settled|decided|determined) (?:exclusively |solely )?(?:by|through|in) (?:binding )?arbitration|(?-u:\b)mandatory arbitration",
        ),
        (
            ClauseKind::ClassActionWaiver,
            r"(?i)(?-u:\b)(?:not|waiv[A-Za-z]*|no)(?-u:\b)[^.;]{0,50}(?-u:\b)class (?:action|arbitration|proceeding)s?|(?-u:\b)class action waiver|(?-u:\b)class (?:action|arbitration)s? (?:is|are) (?:not permitted|prohibited|waived)",
        ),
        (
            ClauseKind::JuryTrialWaiver,
            r"(?i)(?-u:\b)waiv[A-Za-z]*(?-u:\b)[^.;]{0,60}(?-u:\b)(?:trial by jury|jury trial|right to a jury)|(?-u:\b)jury trial waiver|(?-u:\b)(?:judge or )?jury decide(?-u:\b)[^.;]{0,80}(?-u:\b)agreed instead(?-u:\b)",
        ),
        (
            ClauseKind::UnilateralChange,
            r"(?i)(?-u:\b)(?:we|lender|the bank|the company)(?-u:\b) (?:may|can|reserves? the right to)(?: at any time| from time to time)?,?(?: (?:in|at) (?:its|our) (?:sole )?discretion,?)? (?:change|amend|modify|vary|revise|increase)(?-u:\b)[^.;]{0,60}(?-u:\b)(?:terms|interest rate|rate|fees|charges|agreement|note)(?-u:\b)|(?-u:\b)(?:terms|interest rate|rate|fees|charges)(?-u:\b)[^.;]{0,40}(?-u:\b)(?:may|can) be (?:changed|amended|modified|increased) (?:by (?:us|the lender) )?(?:at any time|from time to time|without (?:prior )?notice)",
        ),
        (
            ClauseKind::DistantForum,
            r"(?i)(?-u:\b)exclusive (?:jurisdiction|venue)(?-u:\b)|(?-u:\b)(?:brought|filed|commenced|heard) (?:only |exclusively |solely )in the (?:state |federal )?courts? (?:located )?(?:of|in)(?-u:\b)|(?-u:\b)consent to (?:the )?(?:exclusive )?(?:exercise of [a-z ]{0,40}authority|jurisdiction|venue)(?-u:\b)[^.;]{0,80}(?-u:\b)(?:courts?|county|state|jurisdiction)(?-u:\b)|(?-u:\b)forsaking any other jurisdiction|(?-u:\b)venue shall (?:lie|be) (?:exclusively )?in(?-u:\b)",
        ),
        (
            ClauseKind::TribalOrOffshoreLaw,
            r"(?i)(?-u:\b)(?:tribal (?:law|court|lending entity|lender|nation)|sovereign (?:nation|immunity)|indian commerce clause|federally recognized (?:indian )?tribe|laws? of the [a-z ]{1,40} (?:tribe|nation|band|reservation))(?-u:\b)|(?-u:\b)laws? of (?:the )?(?:malta|belize|cayman islands|bahamas|costa rica|cura[cç]ao|west indies|antigua|st\.? kitts|nevis|barbados|bermuda)(?-u:\b)",
        ),
        (
            ClauseKind::Acceleration,
            r"(?i)(?-u:\b)accelerat[A-Za-z]*|(?-u:\b)declare(?-u:\b)[^.;]{0,60}(?-u:\b)(?:immediately )?due and payable|(?-u:\b)declare(?-u:\b)[^.;]{0,60}(?-u:\b)(?:to be |as )?(?:due|payable) (?:immediately|at once|forthwith)(?-u:\b)|(?-u:\b)(?:entire|whole|full|unpaid|remaining|outstanding) (?:remaining |unpaid |outstanding )?(?:balance|amount|loan|debt|principal)(?-u:\b)[^.;]{0,50}(?-u:\b)(?:become|becomes|shall become|shall be|will be|may become)\s+(?:immediately\s+due|due\s+(?:and\s+payable\s+)?immediately)|(?-u:\b)(?:demand|require|call for)\s+(?:the\s+)?(?:early|immediate|earlier|accelerated)\s+(?:re)?payment\s+of\s+(?:all|the whole|the full|the entire|the balance|the outstanding|everything)|(?-u:\b)(?:demand|require)\s+(?:that\s+you\s+(?:re)?pay\s+)?(?:all|the whole|the full|the entire)\s+(?:(?:sums?|amounts?|balance|loan|debt)\s+)?(?:(?:due|owed|owing|outstanding)\s+)?(?:under this agreement\s+)?(?:immediately|at once|straight away|early)",
        ),
        (
            ClauseKind::CrossDefault,
            r"(?i)(?-u:\b)cross-?default|(?-u:\b)defaults? (?:under|on|in) any other (?:agreement|loan|note|obligation|debt|indebtedness|credit|extension of credit|credit extension|credit facility)",
        ),
        (
            ClauseKind::CompoundInterest,
            r"(?i)(?-u:\b)interest (?:on|upon) (?:unpaid |accrued |overdue )?interest(?-u:\b)|(?-u:\b)compound(?:ed|ing)? (?:interest|daily|monthly)|(?-u:\b)interest (?:shall be |will be |is )?compounded",
        ),
        (
            ClauseKind::Rollover,
            r"(?i)(?-u:\b)(?:will|shall|may) be renewed(?-u:\b)|(?-u:\b)renewal of (?:your|the|this) (?:loan|note)|(?-u:\b)roll(?:ed)?[- ]?over(?-u:\b)",
        ),
        (
            ClauseKind::WaiverOfDefences,
            r"(?i)(?-u:\b)waiv[A-Za-z]*(?-u:\b)[^.;]{0,60}(?-u:\b)(?:defen[cs]es|set-?off|off-?set|counterclaims?)(?-u:\b)",
        ),
        (
            ClauseKind::HomeVisit,
            r"(?i)(?-u:\b)personal visits?(?-u:\b)|(?-u:\b)visit(?:s|ing)? (?:to )?(?:you at )?your (?:home|residence|place of (?:employment|work)|workplace)",
        ),
        (
            ClauseKind::ThirdPartyCollection,
            r"(?i)(?-u:\b)contact (?:you )?(?:at )?your (?:place of employment|employer|workplace|relatives|family|references)(?-u:\b)|(?-u:\b)contact your (?:employer|relatives|family|friends|references)",
        ),
        (
            ClauseKind::AutoDebitAllAccounts,
            r"(?i)(?-u:\b)debit[A-Za-z]*(?-u:\b)[^.;]{0,60}(?-u:\b)(?:any|all) (?:of your )?(?:other )?(?:bank |deposit |checking )?accounts(?-u:\b)",
        ),
        (
            ClauseKind::DataSharing,
            r"(?i)(?-u:\b)(?:disclose|share|sell)(?-u:\b)[^.;]{0,40}(?-u:\b)(?:nonpublic )?personal information(?-u:\b)[^.;]{0,80}(?-u:\b)(?:third part[A-Za-z]*|financial (?:service providers|institutions)|affiliates|marketing)",
        ),
        (
            ClauseKind::TiedProduct,
            r"(?i)(?-u:\b)(?:must|required to) (?:purchase|buy|obtain) (?:credit (?:life |disability )?insurance|debt cancellation|a membership)(?-u:\b)",
        ),
    ];
    table
        .into_iter()
        .map(|(k, p)| (k, LazyRegex::new(p)))
        .collect()
});

/// Read clauses.
pub(crate) fn extract(cx: &mut Ctx, terms: &mut Terms) {
    static CLAUSE_SET: LazyLock<PatternSet> =
        LazyLock::new(|| PatternSet::new(CLAUSES.iter().map(|(_, re)| re.as_str())));
    let candidates = CLAUSE_SET.candidates(&cx.flat);
    for (i, (kind, re)) in CLAUSES.iter().enumerate() {
        if !candidates.may_match(i) || terms.clauses.iter().any(|c| c.kind == *kind) {
            continue;
        }
        if let Some(m) = re.get().and_then(|re| re.find(&cx.flat)) {
            terms.clauses.push(Clause {
                kind: *kind,
                evidence: cx.evidence(m.start(), m.end()),
            });
        }
    }
    terms.clauses.sort_by_key(|c| c.evidence.start);
}

/// US states and their postal codes.
pub(crate) const STATES: [(&str, &str); 51] = [
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("District of Columbia", "DC"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virginia", "VA"),
    ("Washington", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
];

/// Governing-law wording that names a US state, or a state statute the loan is made under.
static STATE_LAW: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<&str> = STATES.iter().map(|(n, _)| *n).collect();
    let alt = names.join("|");
    pattern::regex(&format!(
        r"(?i)(?-u:\b)(?:laws? of (?:the )?(?:state|commonwealth) of|governing law\s*[:.|\-]?\s*(?:(?:the )?laws of )?(?:the )?(?:state of )?|governed by (?:the laws of )?(?:the )?(?:state of )?|laws of)\s*({alt})(?-u:\b)|(?-u:\b)({alt}) law (?:shall|will|governs|applies)|(?-u:\b)({alt})(?:\s+[a-z'’-]+){{1,5}}\s+(?:act|law|code|statutes?)(?-u:\b)"
    ))
    .expect("static regex")
});
static LAW_ANCHOR: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)laws?\s+of(?-u:\b)|(?-u:\b)governed\s+by(?-u:\b)|(?-u:\b)law\s+(?:shall|will|governs|applies)(?-u:\b)|(?-u:\b)(?:act|law|code|statutes?)(?-u:\b)")
        .expect("static regex")
});
static GB_LAW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:england and wales|english law|laws of england|scots law|laws of scotland|consumer credit act 1974|financial conduct authority|(?-u:\b)FCA(?-u:\b))")
        .expect("static regex")
});
static TRIBAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:tribal law|tribal court|sovereign nation|indian commerce clause|federally recognized (?:indian )?tribe|laws? of the [a-z ]{1,40} (?:tribe|nation|band|reservation))(?-u:\b)")
        .expect("static regex")
});
static OTHER_LAW: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)laws? of (?:the )?(india|canada|ontario|australia|ireland|switzerland|germany|singapore|hong kong)(?-u:\b)")
        .expect("static regex")
});
static US_FEDERAL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?i)(?-u:\b)(?:truth in lending|regulation z|federal arbitration act|military lending act|(?-u:\b)TILA(?-u:\b)|consumer financial protection bureau|(?-u:\b)CFPB(?-u:\b))")
        .expect("static regex")
});

pub(super) fn push_hint(cx: &Ctx, terms: &mut Terms, code: &str, s: usize, e: usize) {
    if terms.jurisdiction_hints.iter().any(|h| h.code == code) {
        return;
    }
    terms.jurisdiction_hints.push(JurisdictionHint {
        code: code.to_string(),
        evidence: cx.evidence(s, e),
    });
}

/// Governing law and other jurisdiction words.
/// With `governing_only`, only "laws of the State of ..." (for out-of-scope documents, whose
/// definitions mention many places).
pub(crate) fn jurisdiction(cx: &mut Ctx, terms: &mut Terms, governing_only: bool) {
    let flat = cx.flat.clone();
    // The state-name regex is large: run it only around cheap anchors, so a long document
    // costs one quick scan.
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    // Overlapping windows are merged, so a clause with several anchors ("Governing Law. …
    // governed by … the laws of the State of New York") is searched whole, once.
    let mut regions: Vec<(usize, usize)> = Vec::new();
    for a in LAW_ANCHOR.find_iter(&flat) {
        let lo = super::floor(&flat, a.start().saturating_sub(40));
        let hi = super::floor(&flat, a.end() + 80);
        match regions.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => regions.push((lo, hi)),
        }
    }
    for (lo, hi) in regions {
        let Some(region) = flat.get(lo..hi) else {
            continue;
        };
        for c in STATE_LAW.captures_iter(region) {
            // A statute of the state ("Illinois Payday Loan Reform Act") also names its law.
            if let (Some(w), Some(name)) = (c.get(0), c.get(1).or(c.get(2)).or(c.get(3))) {
                found.push((lo + w.start(), lo + w.end(), name.as_str().to_string()));
            }
        }
    }
    for (ws, we, name) in found {
        let Some(code) = STATES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(&name))
            .map(|(_, c)| *c)
        else {
            continue;
        };
        push_hint(cx, terms, &format!("US-{code}"), ws, we);
        push_hint(cx, terms, "US", ws, we);
    }
    if governing_only {
        return;
    }
    if let Some(m) = GB_LAW.find(&flat) {
        push_hint(cx, terms, "GB", m.start(), m.end());
    }
    if let Some(m) = TRIBAL.find(&flat) {
        push_hint(cx, terms, "US-TRIBAL", m.start(), m.end());
        push_hint(cx, terms, "US", m.start(), m.end());
    }
    if let Some(c) = OTHER_LAW.captures(&flat)
        && let (Some(w), Some(n)) = (c.get(0), c.get(1))
    {
        let code = match n.as_str().to_ascii_lowercase().as_str() {
            "india" => "IN",
            "canada" | "ontario" => "CA",
            "australia" => "AU",
            "ireland" => "IE",
            "switzerland" => "CH",
            "germany" => "DE",
            "singapore" => "SG",
            _ => "HK",
        };
        push_hint(cx, terms, code, w.start(), w.end());
    }
    if let Some(m) = US_FEDERAL.find(&flat) {
        push_hint(cx, terms, "US", m.start(), m.end());
    }
}

/// A place cell of a note's heading: "Sacramento, California", "Place: San Diego, California",
/// "Made at Austin, Texas" (a cell: a whole line, or a column set off by two spaces or more).
static PLACE_CELL: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^(?:((?i:place(?: of (?:signing|execution|making))?|made at|signed at|executed at))\s*:?\s*)?[A-Z][A-Za-z.' -]{1,30},\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
        .expect("static regex")
});

/// No governing law names a US state: the state where the borrower lives, else the place a
/// note says it was made at in its heading, stands as the state's hint, quoted. A tribal
/// nation's or a foreign country's law named by the lender names no state: the borrower's
/// state still decides which state's consumer protection the loan is checked against.
pub(crate) fn state_from_places(cx: &Ctx, terms: &mut Terms) {
    if terms
        .jurisdiction_hints
        .iter()
        .any(|h| is_us_state(&h.code))
    {
        return;
    }
    if let Some(b) = terms.borrower_state.clone() {
        let claimed: Vec<String> = terms
            .jurisdiction_hints
            .iter()
            .filter(|h| h.code == "US-TRIBAL" || !h.code.starts_with("US"))
            .map(|h| h.evidence.text.clone())
            .collect();
        if let Some(law) = claimed.first() {
            terms.assumptions.push(format!(
                "the borrower lives in {} («{}»): that state's consumer-loan law is applied whatever law the lender names («{law}»)",
                b.code.trim_start_matches("US-"),
                b.evidence.text
            ));
        }
        terms.jurisdiction_hints.push(b.clone());
        push_hint_evidence(terms, "US", b.evidence);
        return;
    }
    let text = cx.doc.text.as_str();
    let mut offset = 0usize;
    for line in text.split_inclusive('\n').take(8) {
        let start = offset;
        offset += line.len();
        // A note's heading sets its place beside its amount or date; a letterhead address
        // alone is the lender's.
        let beside_figures = !super::number::find_money(line).is_empty()
            || super::number::first_date(line, false).is_some();
        let mut cell_start = 0usize;
        for cell in line.split("  ") {
            let at = cell_start;
            cell_start += cell.len() + 2;
            let cell = cell.trim();
            let Some(c) = PLACE_CELL.captures(cell) else {
                continue;
            };
            let Some(state) = c.get(2) else { continue };
            if c.get(1).is_none() && !beside_figures {
                continue;
            }
            let Some(code) = state_named(state.as_str()) else {
                continue;
            };
            let lead = line.get(at..).map_or(0, |l| l.len() - l.trim_start().len());
            let s = start + at + lead;
            push_hint(cx, terms, &format!("US-{code}"), s, s + cell.len());
            push_hint(cx, terms, "US", s, s + cell.len());
            return;
        }
    }
    if place_in_prose(cx, terms) {
        return;
    }
    lender_place(cx, terms);
    if !terms
        .jurisdiction_hints
        .iter()
        .any(|h| is_us_state(&h.code))
    {
        super::signoff_place::extract(cx, terms);
    }
    super::city_state::extract(cx, terms);
}

/// The place a note is made at, told in its opening sentence beside its date or amount: "On
/// May 1, 2025, in San Jose, California, I promise to pay", "signed at Austin, Texas on".
static PLACE_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?:at|in)\s+[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,2},\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?-u:\b)")
        .expect("static regex")
});

/// A US state's code ("US-IL"), not the country or a tribal nation ("US-TRIBAL").
fn is_us_state(code: &str) -> bool {
    code.strip_prefix("US-").is_some_and(|c| c.len() == 2)
}

/// The postal code of the US state written exactly `name` ("California" -> "CA").
/// A US state by its two-letter code or its name ("IL", "Illinois").
pub(super) fn state_code(place: &str) -> Option<&'static str> {
    STATES
        .iter()
        .find(|(name, code)| *code == place || name.eq_ignore_ascii_case(place))
        .map(|(_, code)| *code)
}

pub(super) fn state_named(name: &str) -> Option<&'static str> {
    STATES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, code)| *code)
}

fn place_in_prose(cx: &Ctx, terms: &mut Terms) -> bool {
    let text = cx.doc.text.as_str();
    let head = text.get(..super::floor(text, 400)).unwrap_or("");
    for c in PLACE_PROSE.captures_iter(head) {
        let (Some(whole), Some(state)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let Some(code) = state_named(state.as_str()) else {
            continue;
        };
        let (s, e) = cx.sentence_of(whole.start());
        let sentence = cx.flat.get(s..e).unwrap_or("");
        if super::number::find_money(sentence).is_empty()
            && super::number::first_date(sentence, false).is_none()
        {
            continue;
        }
        push_hint(cx, terms, &format!("US-{code}"), whole.start(), whole.end());
        push_hint(cx, terms, "US", whole.start(), whole.end());
        return true;
    }
    false
}

/// A street address in a heading line ("905 E. Main St", "2200 W. Jefferson Street").
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)\d{1,6}\s+(?:[A-Z][A-Za-z.]*\s+){1,4}(?i:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|hwy|highway|pkwy|parkway|ct|court|pl|place|sq|square)(?-u:\b)")
        .expect("static regex")
});
/// The state that ends a place: ", Springfield, IL 62702", "Carbondale IL", ", New York".
static TRAILING_STATE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?:,|[ \t])[ \t]*([A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:[ \t]+\d{5}(?:-\d{4})?)?[ \t]*$")
        .expect("static regex")
});

/// A town alone on its line with its state, perhaps as a postal code with a ZIP code
/// ("Poughkeepsie, NY 12601", "Peoria, Illinois").
static TOWN_LINE: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"^[A-Z][A-Za-z.' -]{1,30},[ \t]*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?:[ \t]+\d{5}(?:-\d{4})?)?$")
        .expect("static regex")
});

/// A company's legal form in a heading line: narrower than `COMPANY` below, which also takes
/// trade words (lending, credit, loans) that a heading line holds without being a letterhead.
static COMPANY_FORM: LazyLock<Regex> = LazyLock::new(|| {
    pattern::regex(r"(?-u:\b)(?:INC|Inc|LLC|L\.L\.C|CORP|Corp|CORPORATION|Corporation|COMPANY|Company|LTD|Ltd|CO\.|Co\.)(?-u:\b|\s|$)")
        .expect("static regex")
});

/// The first column of a layout line (a cell ends at two blanks), run on over a lone dash or
/// bar that joins the next cell to it ("ACME CASH  -  Store #214, 900 W. Lake St, Aurora IL").
fn party_cell(line: &str) -> &str {
    let line = line.trim_end();
    let mut end = line.find("  ").unwrap_or(line.len());
    // A row's label in a cell of its own ("Lender  Brightpath Lending, Inc., New York"): the
    // party is the label and the cell after it.
    let label = line.get(..end).unwrap_or("").trim().to_ascii_lowercase();
    if ["lender", "creditor", "licensee"].contains(&label.as_str()) {
        let next = line.len() - line.get(end..).unwrap_or("").trim_start().len();
        end = line
            .get(next..)
            .and_then(|t| t.find("  "))
            .map_or(line.len(), |i| next + i);
    }
    loop {
        let rest = line.get(end..).unwrap_or("").trim_start();
        let Some(after) = rest.strip_prefix(['-', '–', '|', '·', '•']) else {
            break;
        };
        if !after.starts_with([' ', '\t']) || after.trim().is_empty() {
            break;
        }
        let next = line.len() - after.trim_start().len();
        end = line
            .get(next..)
            .and_then(|t| t.find("  "))
            .map_or(line.len(), |i| next + i);
    }
    line.get(..end).unwrap_or(line)
}

/// No governing law, borrower's address or place of making: the state of the lender's own
/// place of business in the heading (its "Lender:" line, or a letterhead or store line with a
/// street address), said in an assumption.
fn lender_place(cx: &Ctx, terms: &mut Terms) {
    let text = cx.doc.text.as_str();
    let mut offset = 0usize;
    let mut under_company = false;
    let mut first_line = true;
    for line in text.split_inclusive('\n').take(8) {
        let start = offset;
        offset += line.len();
        // A layout column ends at two blanks; the first column is the party line.
        let cell = party_cell(line);
        let lead = cell.len() - cell.trim_start().len();
        let cell = cell.trim();
        // The document's title line, no label in it, that ends in a town and its state
        // ("PRAIRIE CASH - Consumer Installment Loan, Springfield, Illinois"): the lender's.
        // (A street address in it is read as a store line below.)
        let title_place = first_line && !cell.contains(':') && !STREET.is_match(cell);
        if !cell.is_empty() {
            first_line = false;
        }
        let lower = cell.to_ascii_lowercase();
        let lender_line = ["lender", "creditor", "store", "licensee"]
            .iter()
            .any(|w| lower.starts_with(w));
        // A letterhead: a company's name with its town ("ACME LOANS, INC. - Springfield,
        // Illinois (Licensed under ...)"), a remark in brackets after it, or its town alone on
        // the line under the name ("FOXGLOVE LENDING CO." over "Peoria, Illinois").
        let company = !lender_line && !STREET.is_match(cell) && COMPANY_FORM.is_match(cell);
        let town_under_name = under_company
            && (TOWN_LINE.is_match(cell)
                || PLACE_CELL
                    .captures(cell)
                    .is_some_and(|c| c.get(1).is_none()));
        if !cell.is_empty() {
            under_company = company;
        }
        let letterhead = company || town_under_name || title_place;
        if !(lender_line || letterhead || STREET.is_match(cell)) || lower.starts_with("borrower") {
            continue;
        }
        // The remark may run on to the next line (a PDF wraps it): an unclosed bracket too.
        let placed = match cell.rfind('(') {
            Some(open)
                if letterhead
                    && (cell.ends_with(')') || !cell.get(open..).unwrap_or("").contains(')')) =>
            {
                cell.get(..open).unwrap_or(cell).trim_end()
            }
            _ => cell,
        };
        let Some(place) = TRAILING_STATE.captures(placed).and_then(|c| c.get(1)) else {
            continue;
        };
        // A letterhead's town and state are set apart by a comma ("Springfield, Illinois"):
        // a bare trailing word or pair of capitals there is part of the name ("... LENDING CO").
        if letterhead
            && !placed
                .get(..place.start())
                .is_some_and(|before| before.trim_end().ends_with(','))
        {
            continue;
        }
        let Some(code) = STATES
            .iter()
            .find(|(n, c)| *c == place.as_str() || *n == place.as_str())
            .map(|(_, c)| *c)
        else {
            continue;
        };
        let s = start + lead;
        push_hint(cx, terms, &format!("US-{code}"), s, s + cell.len());
        push_hint(cx, terms, "US", s, s + cell.len());
        terms.assumptions.push(format!(
            "state {code} taken from the lender's place of business («{cell}»): the contract names no governing law and no borrower's address"
        ));
        return;
    }
    // A lender company named for its state in the letterhead: "QUIKCASH OF ILLINOIS, LLC", or
    // its brand with the state after a dash or bar ("AutoCash Title Loans - Illinois").
    static NAMED_FOR_STATE: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"^[ \t]*(?:(?i:[A-Z0-9][A-Za-z0-9&'’. -]{1,60}? of ([A-Za-z]+(?: [A-Za-z]+)?),? (?:LLC|L\.L\.C\.|Inc\.?|Corp(?:oration)?\.?|Ltd\.?|Company))|[A-Z0-9][A-Za-z0-9&'’. ]{1,60}?[ \t]+[-–—|][ \t]+([A-Z][a-z]+(?: [A-Z][a-z]+)?))[ \t]*$")
            .expect("static regex")
    });
    let mut offset = 0usize;
    for line in text.split_inclusive('\n').take(3) {
        let start = offset;
        offset += line.len();
        let Some(c) = NAMED_FOR_STATE.captures(line.trim_end()) else {
            continue;
        };
        let (Some(w), Some(place)) = (c.get(0), c.get(1).or(c.get(2))) else {
            continue;
        };
        let Some(code) = STATES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(place.as_str()))
            .map(|(_, c)| *c)
        else {
            continue;
        };
        let name = w.as_str().trim();
        let s = start + (w.as_str().len() - w.as_str().trim_start().len());
        push_hint(cx, terms, &format!("US-{code}"), s, s + name.len());
        push_hint(cx, terms, "US", s, s + name.len());
        terms.assumptions.push(format!(
            "state {code} taken from the lender's name («{name}»): the contract names no governing law, no borrower's address and no place of business"
        ));
        return;
    }
    lender_licence_state(cx, terms);
}

/// The state a lender says it is licensed in or belongs to: "Lakeview Lending, Inc., Illinois
/// licensee", "licensed by the State of Ohio", "SwiftBridge Lending LLC (Illinois)", "makes
/// loans in Illinois", or whose regulator it names ("Illinois Department of Financial and
/// Professional Regulation").
fn lender_licence_state(cx: &Ctx, terms: &mut Terms) {
    static LICENSED: LazyLock<Regex> = LazyLock::new(|| {
        pattern::regex(r"(?-u:\b)(?:an? )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)[ -](?:licensee|licensed)(?-u:\b)|(?i:licensed (?:by|in|under the laws of) (?:the (?i:state|commonwealth) of )?)([A-Z][a-z]+(?: [A-Z][a-z]+)?)|(?:LLC|L\.L\.C\.|Inc\.?|Corp\.?|Ltd\.?|Company|Lending|Loans?|Finance)\s*\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)|(?i:(?:makes?|making|made|offers?|arranges?|originates?|services?) (?:consumer |personal |payday |instal?lment |short-term |these |such |all |its |the )?(?:loans?|credit|advances?) (?:in|to residents of|to borrowers in|to consumers in) (?:the (?i:state|commonwealth) of )?)([A-Z][a-z]+(?: [A-Z][a-z]+)?)|(?-u:\b)([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: State)? (?:Department|Division|Office|Commissioner|Commission|Bureau) of (?:Financial|Banking|Banks|Business|Consumer|Corporations|Commerce|Credit)")
            .expect("static regex")
    });
    let text = cx.doc.text.as_str();
    let head = text.get(..super::floor(text, 2000)).unwrap_or("");
    for c in LICENSED.captures_iter(head) {
        let (Some(w), Some(place)) = (c.get(0), (1..=5).find_map(|i| c.get(i))) else {
            continue;
        };
        let Some(code) = state_named(place.as_str()) else {
            continue;
        };
        push_hint(cx, terms, &format!("US-{code}"), w.start(), w.end());
        push_hint(cx, terms, "US", w.start(), w.end());
        terms.assumptions.push(format!(
            "state {code} taken from the lender's licence or home state («{}»): the contract names no governing law, no borrower's address and no place of business",
            w.as_str()
        ));
        return;
    }
    if let Some((s, e, code)) = super::licence_words::find(head) {
        push_hint(cx, terms, &format!("US-{code}"), s, e);
        push_hint(cx, terms, "US", s, e);
        terms.assumptions.push(format!(
            "state {code} taken from the lender's licence («{}»): the contract names no governing law, no borrower's address and no place of business",
            head.get(s..e).unwrap_or("").trim()
        ));
    }
}

fn push_hint_evidence(terms: &mut Terms, code: &str, evidence: crate::model::Evidence) {
    if !terms.jurisdiction_hints.iter().any(|h| h.code == code) {
        terms.jurisdiction_hints.push(JurisdictionHint {
            code: code.to_string(),
            evidence,
        });
    }
}
