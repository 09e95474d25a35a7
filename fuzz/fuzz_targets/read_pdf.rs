//! Arbitrary bytes as a PDF, read in-process: errors are fine, panics are not.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = loanlint::read::extract_bytes(data, "fuzz.pdf");
});
