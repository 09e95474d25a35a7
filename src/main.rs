//! The `loanlint` binary: a thin layer over the library (argument parsing, files, exit codes).
#![forbid(unsafe_code)]

mod cli;

/// mimalloc instead of glibc's malloc: the allocations of regex compilation, the PDF reader
/// (the same binary, as a child) and the extractors cost fewer instructions each.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    loanlint::read::isolate::run_child_if_asked().unwrap_or_else(cli::main)
}
