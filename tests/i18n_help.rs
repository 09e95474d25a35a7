#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test
//! `--help` in Chinese: with `--lang zh`, `LOANLINT_LANG=zh` or a `zh` locale, the help of
//! the program and of every command reads as Chinese (outside flags, literal values in
//! backticks and a few acronyms), and the English help is unchanged without them.

use std::process::Command;

/// Acronyms Chinese technical text writes in Latin letters.
const ALLOWED: [&str; 6] = ["loanlint", "LPR", "PDF", "JSON", "CSV", "HTML"];

/// `loanlint args` with `env` set (and no locale inherited), its standard output.
fn help(args: &[&str], env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loanlint"));
    for var in ["LANG", "LC_ALL", "LC_MESSAGES", "LOANLINT_LANG"] {
        cmd.env_remove(var);
    }
    cmd.args(args).envs(env.iter().copied());
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "loanlint {args:?} failed");
    String::from_utf8(out.stdout).unwrap()
}

/// The English words of a help line: outside `--flags`, `-h`, and `backticked` literals.
fn english_words(line: &str) -> Vec<String> {
    let mut text = String::new();
    let mut literal = false;
    for c in line.chars() {
        match c {
            '`' => literal = !literal,
            _ if !literal => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace()
        .filter(|tok| !tok.starts_with('-'))
        .flat_map(|tok| crate::i18n_zh_reports::latin_words(tok, &ALLOWED))
        .collect()
}

/// The commands named in the help's command list (before the first blank line after it).
fn commands(page: &str) -> Vec<String> {
    page.lines()
        .skip_while(|l| !l.starts_with("命令:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

fn problems(what: &str, page: &str) -> Vec<String> {
    let mut found: Vec<String> = page
        .lines()
        // The program's and the commands' own names are what one types.
        .map(|l| {
            let name_col = l.starts_with("  ") && !l.starts_with("   ");
            match name_col {
                true => l.trim_start().split_once(' ').map_or("", |x| x.1),
                false => l,
            }
        })
        .filter(|l| !l.starts_with("用法: loanlint"))
        .filter_map(|l| {
            let words = english_words(l);
            (!words.is_empty()).then(|| format!("{what}: {words:?} in {l:?}"))
        })
        .collect();
    if !page.contains("用法:") {
        found.push(format!("{what}: no Chinese usage line"));
    }
    found
}

#[test]
fn every_command_has_its_help_in_chinese() {
    let top = help(&["--lang", "zh", "--help"], &[]);
    let names = commands(&top);
    assert!(
        names.len() >= 10 && names.iter().any(|n| n == "overdue"),
        "the command list is found: {names:?}"
    );
    let mut found = problems("--help", &top);
    // `help` takes no `--help`: its own help is `help help`.
    for name in names.iter().filter(|n| *n != "help") {
        let page = help(&[name, "--lang", "zh", "--help"], &[]);
        found.extend(problems(&format!("{name} --help"), &page));
    }
    found.extend(problems(
        "help help",
        &help(&["--lang", "zh", "help", "help"], &[]),
    ));
    for sub in ["list", "show"] {
        let page = help(&["rules", sub, "--help"], &[("LOANLINT_LANG", "zh")]);
        found.extend(problems(&format!("rules {sub} --help"), &page));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_locale_or_the_variable_chooses_chinese_and_the_flag_wins() {
    let zh_locale = help(&["help", "check"], &[("LANG", "zh_CN.UTF-8")]);
    assert!(zh_locale.starts_with("检查一份合同"), "{zh_locale}");
    let variable = help(&["overdue", "-h"], &[("LOANLINT_LANG", "zh")]);
    assert!(variable.contains("逾期天数"), "{variable}");
    let english = help(&["help", "check"], &[]);
    assert!(english.starts_with("Check one contract"), "{english}");
    let flag = help(
        &["check", "--lang", "en", "--help"],
        &[("LANG", "zh_CN.UTF-8")],
    );
    assert_eq!(flag, english, "--lang en keeps the English help");
}

#[test]
fn the_detector_sees_english_outside_flags_and_literals() {
    assert!(english_words("  --days <天数>  逾期天数［默认：`1`］").is_empty());
    assert_eq!(english_words("显示 Print help"), vec!["Print", "help"]);
    assert_eq!(problems("x", "用法: loanlint x\n  x  Check one").len(), 1);
}
