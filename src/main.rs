fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args
        .get(1)
        .is_some_and(|a| loanlint::read::is_subcommand(a))
    {
        std::process::exit(loanlint::read::child_main(
            args.get(2..).unwrap_or_default(),
        ));
    }
    println!("loanlint");
}
