//! FLOWS.json from the user: parse, then compute the APR with every method.
#![no_main]

use libfuzzer_sys::fuzz_target;
use loanlint::compute::apr::{Flows, Method, compute};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(flows) = Flows::from_json(text) else {
        return;
    };
    for method in [Method::UsRegz, Method::EuAprc, Method::CnIrr] {
        let _ = compute(&flows, method);
    }
});
