//! `--help` in the reader's language: the command's texts and clap's own words (headings,
//! usage, possible values) from the catalogue's `help` section. English keeps clap's texts as
//! they are, so the English help is the one the derive writes.
//!
//! Keys: `help.<path>.about` (path `loanlint`, `loanlint.check`, `loanlint.rules.show`),
//! `help.<path>.after`, `help.<path>.arg.<id>`; `help.value.<NAME>` for a value name;
//! `help.heading.*` and `help.word.*` for clap's words.

use std::ffi::OsString;

use clap::builder::StyledStr;

use super::{has, t, tf};
use crate::model::Language;

/// The language of the help: `--lang zh`/`--lang=zh` among the arguments, else
/// `LOANLINT_LANG`, else a locale variable (`LC_ALL`, `LC_MESSAGES`, `LANG`) starting with `zh`.
pub fn help_language(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Language {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let named = args.iter().enumerate().find_map(|(i, a)| {
        a.strip_prefix("--lang=")
            .map(str::to_owned)
            .or_else(|| (a == "--lang").then(|| args.get(i + 1).cloned().unwrap_or_default()))
    });
    let from_env = || {
        env("LOANLINT_LANG").or_else(|| {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|v| env(v).filter(|s| !s.is_empty()))
        })
    };
    match named.or_else(from_env) {
        Some(code) if code.to_ascii_lowercase().starts_with("zh") => Language::Zh,
        _ => Language::En,
    }
}

/// `cmd` (built, so clap's own `help` flag and subcommand exist) with its help in `lang`.
pub fn localize(mut cmd: clap::Command, lang: Language) -> clap::Command {
    if lang == Language::En {
        return cmd;
    }
    cmd.build();
    let path = cmd.get_name().to_string();
    localize_at(cmd, &path, lang, None)
}

/// `cmd`, whose texts are under `help.<path>`; its subcommands' under `help.<lists>.<name>`
/// when it is clap's `help` command listing the commands of `lists`.
fn localize_at(
    mut cmd: clap::Command,
    path: &str,
    lang: Language,
    lists: Option<&str>,
) -> clap::Command {
    let key = |what: &str| format!("help.{path}.{what}");
    if has(lang, &key("about")) {
        cmd = cmd.about(t(lang, &key("about"))).long_about(None);
    }
    if has(lang, &key("after")) {
        cmd = cmd.after_help(t(lang, &key("after"))).after_long_help(None);
    }
    let usage = cmd
        .render_usage()
        .to_string()
        .trim_start_matches("Usage:")
        .trim()
        .replace("[OPTIONS]", t(lang, "help.word.options_slot"))
        .replace("<COMMAND>", t(lang, "help.word.command_slot"))
        .replace("[COMMAND]", t(lang, "help.word.optional_command_slot"));
    let usage = value_names(&usage, lang);
    cmd = cmd
        .override_usage(usage)
        .help_template(tf(
            lang,
            "help.word.template",
            &[
                ("before", &"{before-help}"),
                ("about", &"{about-with-newline}"),
                ("usage", &"{usage}"),
                ("args", &"{all-args}"),
                ("after", &"{after-help}"),
            ],
        ))
        .subcommand_help_heading(t(lang, "help.heading.commands"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        cmd = cmd.mut_arg(&id, |arg| localize_arg(arg, path, lang));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        // clap's own `help` command reads the same under every command, and lists them.
        let (sub_path, sub_lists) = match name.as_str() {
            "help" => ("help".to_string(), Some(path)),
            _ => (format!("{}.{name}", lists.unwrap_or(path)), None),
        };
        cmd = cmd.mut_subcommand(&name, |sub| localize_at(sub, &sub_path, lang, sub_lists));
    }
    cmd
}

fn localize_arg(mut arg: clap::Arg, path: &str, lang: Language) -> clap::Arg {
    let id = arg.get_id().to_string();
    let own = format!("help.{path}.arg.{id}");
    let shared = format!("help.arg.{id}");
    let text = [own, shared]
        .into_iter()
        .find(|k| has(lang, k))
        .map(|k| t(lang, &k).to_string());
    let mut help = text.or_else(|| arg.get_help().map(StyledStr::to_string));
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("`{}`", v.get_name()))
        .collect();
    let takes_value = arg.get_action().takes_values();
    if let Some(h) = help.as_mut() {
        if takes_value && !values.is_empty() {
            let sep = t(lang, "help.word.list_separator");
            h.push_str(&tf(
                lang,
                "help.word.possible",
                &[("values", &values.join(sep))],
            ));
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|d| format!("`{}`", d.to_string_lossy()))
            .collect();
        if takes_value && !defaults.is_empty() {
            h.push_str(&tf(
                lang,
                "help.word.default",
                &[("value", &defaults.join(" "))],
            ));
        }
    }
    if let Some(h) = help {
        arg = arg.help(h).long_help(None);
    }
    if takes_value {
        let names: Vec<&'static str> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| value_name(n.as_str(), lang)).collect(),
            None => vec![value_name(&id.to_uppercase(), lang)],
        };
        arg = arg.value_names(names);
    }
    let heading = if arg.is_positional() {
        "help.heading.arguments"
    } else {
        "help.heading.options"
    };
    arg.hide_possible_values(true)
        .hide_default_value(true)
        .help_heading(t(lang, heading))
}

/// A value name (`FILE`, `ID|PATH`) in `lang`, when the catalogue has it.
fn value_name(name: &str, lang: Language) -> &'static str {
    let key = format!("help.value.{name}");
    if has(lang, &key) {
        t(lang, &key)
    } else {
        super::leak_key(name)
    }
}

/// The `<NAME>` placeholders of a usage line in `lang`.
fn value_names(usage: &str, lang: Language) -> String {
    let mut out = String::new();
    let mut rest = usage;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        out.push_str(&rest[..=start]);
        out.push_str(value_name(&rest[start + 1..start + len], lang));
        out.push('>');
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_over_the_locale() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        let zh = env(&[("LANG", "zh_CN.UTF-8")]);
        assert_eq!(help_language(&args(&["x", "--help"]), &zh), Language::Zh);
        assert_eq!(
            help_language(&args(&["x", "--lang", "en", "--help"]), &zh),
            Language::En
        );
        assert_eq!(
            help_language(&args(&["x", "--lang=zh"]), env(&[("LANG", "C")])),
            Language::Zh
        );
        assert_eq!(
            help_language(&args(&["x"]), env(&[("LOANLINT_LANG", "zh")])),
            Language::Zh
        );
        assert_eq!(help_language(&args(&["x"]), env(&[])), Language::En);
    }

    #[test]
    fn placeholders_are_put_into_words() {
        assert_eq!(
            value_names("loanlint check [OPTIONS] <FILE>...", Language::Zh),
            "loanlint check [OPTIONS] <文件>..."
        );
    }
}
