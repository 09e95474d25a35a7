//! CLI behaviour as case files: each `tests/cmd/NAME.toml` names a command line (and its
//! standard input), with the exit code expected there and the exact output in `NAME.stdout` /
//! `NAME.stderr`. `TRYCMD=overwrite cargo test --test suite cli_cases::` rewrites the outputs after an
//! intended change (review the diff before committing).

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
