//! The `loanlint` binary: a thin layer over the library (argument parsing, files, exit codes).
#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
