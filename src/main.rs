//! The `loanlint` binary: a thin layer over the library (argument parsing, files, exit codes).
#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    loanlint::read::isolate::run_child_if_asked().unwrap_or_else(cli::main)
}
