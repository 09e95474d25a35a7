//! A user-supplied ruleset TOML: parse errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;
use loanlint::check::Ruleset;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Ruleset::parse(text, "f.toml", false);
});
