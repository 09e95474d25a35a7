#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! A US state read from a large city named as the loan's place ("Houston area", "I live in
//! Phoenix") when nothing else names one, in wordings written for this test: the state's cap
//! then applies, and the assumption says where the state came from. A city in a company's name,
//! a city shared by several states, or a foreign law named keeps the state unknown.

use std::path::Path;

use loanlint::read::{Document, SourceKind};

fn state_hints(text: &str) -> Vec<String> {
    let doc = Document::from_text(Path::new("x.txt"), SourceKind::Text, text);
    let terms = loanlint::extract::extract(&doc);
    terms
        .jurisdiction_hints
        .iter()
        .map(|h| h.code.clone())
        .filter(|c| c.starts_with("US-"))
        .collect()
}

#[test]
fn a_large_city_named_as_the_place_gives_its_state() {
    let text = "Text thread, 03/02/26\nLender (Houston area, cash same day): $300 today, you pay back $390 on 03/16/26. Fee $90.\nMe: deal";
    assert_eq!(state_hints(text), vec!["US-TX".to_string()]);
    let text = "Promise to repay: I borrowed $1,000 from Dee on 04/01/2026 and will pay back $1,150 on 05/01/2026. I live in Phoenix.";
    assert_eq!(state_hints(text), vec!["US-AZ".to_string()]);
}

#[test]
fn a_city_in_a_name_or_shared_by_states_or_after_a_stated_state_tells_nothing_new() {
    let text = "Chicago Title Escrow receipt. Loan of $500, repay $560 on 06/01/2026.";
    assert!(state_hints(text).is_empty());
    let text = "I live in Springfield. Borrowed $400, repay $460 on 07/01/2026.";
    assert!(state_hints(text).is_empty());
    let text = "This note is governed by the laws of the State of Ohio. Borrower lives in the Chicago area. $800 repaid at $850 on 08/01/2026.";
    assert_eq!(state_hints(text), vec!["US-OH".to_string()]);
}
