//! The `loanlint` binary: a thin layer over the library (argument parsing, files, exit codes).
#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    // The PDF reader re-runs this binary as `loanlint __read-pdf FILE` to isolate each file.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args
        .get(1)
        .is_some_and(|a| loanlint::read::is_subcommand(a))
    {
        let code = loanlint::read::child_main(args.get(2..).unwrap_or_default());
        return std::process::ExitCode::from(u8::try_from(code).unwrap_or(2));
    }
    cli::main()
}
