//! Fuzz the HTML reader: any bytes give text or an error, never a panic, a stack
//! overflow or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = loanlint::read::html_to_text(data, "fuzz.html");
});
