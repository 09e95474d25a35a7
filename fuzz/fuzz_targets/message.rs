//! A collection message (SMS / chat text) checked against the bundled message rules.
#![no_main]

use libfuzzer_sys::fuzz_target;
use loanlint::message::{MessageRules, analyse};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rules) = MessageRules::bundled() else {
        return;
    };
    let _ = analyse(text, rules, None, None);
});
