//! The language of the command line (SPEC §8): `--lang vi|en` after any command, else the
//! site's `language:` in config.yaml, else Vietnamese. It is chosen before the command line is
//! parsed, so that `--help` and the complaints about a wrong command line are in it too.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::diag::Lang;
use crate::diag::catalogue::cli::*;
use crate::diag::text::Phrase;
use crate::t;

/// The language asked for on the command line (`--lang xx`, `--lang=xx`), else the site's.
/// A language the tool does not have is left to the parser, which refuses it in words.
pub fn choose(args: &[OsString]) -> Lang {
    let args: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let value_of = |long: &str, short: Option<&str>| -> Option<String> {
        args.iter().enumerate().find_map(|(i, a)| {
            if a == long || short.is_some_and(|s| a == s) {
                args.get(i + 1).cloned()
            } else {
                a.strip_prefix(&format!("{long}=")).map(str::to_string)
            }
        })
    };
    if let Some(lang) = value_of("--lang", None).and_then(|l| Lang::parse(&l)) {
        return lang;
    }
    let root = value_of("--root", Some("-r")).unwrap_or_else(|| ".".into());
    site_language(&PathBuf::from(root)).unwrap_or_default()
}

/// The first language of the site at `root`, read from config.yaml without reporting
/// anything (the command reports a broken config.yaml itself).
fn site_language(root: &std::path::Path) -> Option<Lang> {
    #[derive(serde::Deserialize)]
    struct Languages {
        language: Option<String>,
        languages: Option<Vec<String>>,
    }
    let text = std::fs::read_to_string(root.join(crate::load::config::CONFIG_FILE)).ok()?;
    if text.len() > crate::load::limits::MAX_FRONT_MATTER_BYTES {
        return None;
    }
    let found: Languages = serde_yaml::from_str(&text).ok()?;
    let first = found
        .languages
        .and_then(|l| l.into_iter().next())
        .or(found.language)?;
    Lang::parse(&first)
}

/// The help of each command and argument, from the catalogue: `(command, argument, phrase)`;
/// an empty argument is the command itself, `after` its text under the options.
const HELP: &[(&str, &str, Phrase)] = &[
    ("", "", HELP_ABOUT),
    ("", "after", HELP_AFTER),
    ("", "lang", HELP_LANG),
    ("build", "", HELP_BUILD),
    ("build", "after", HELP_BUILD_AFTER),
    ("build", "root", HELP_ROOT),
    ("build", "output", HELP_BUILD_OUTPUT),
    ("build", "base_url", HELP_BUILD_BASE_URL),
    ("build", "strict", HELP_BUILD_STRICT),
    ("build", "drafts", HELP_DRAFTS),
    ("serve", "", HELP_SERVE),
    ("serve", "after", HELP_SERVE_AFTER),
    ("serve", "root", HELP_ROOT),
    ("serve", "port", HELP_SERVE_PORT),
    ("serve", "drafts", HELP_DRAFTS),
    ("serve", "open", HELP_SERVE_OPEN),
    ("check", "", HELP_CHECK),
    ("check", "after", HELP_CHECK_AFTER),
    ("check", "root", HELP_ROOT),
    ("check", "strict", HELP_CHECK_STRICT),
    ("check", "drafts", HELP_DRAFTS),
    ("forms", "", HELP_FORMS),
    ("forms", "after", HELP_FORMS_AFTER),
    ("forms", "root", HELP_ROOT),
    ("forms", "output", HELP_FORMS_OUTPUT),
    ("forms", "campaign", HELP_FORMS_CAMPAIGN),
    ("forms", "rubric", HELP_FORMS_RUBRIC),
    ("forms", "stage", HELP_FORMS_STAGE),
    ("init", "", HELP_INIT),
    ("init", "after", HELP_INIT_AFTER),
    ("init", "dir", HELP_INIT_DIR),
];

#[cfg(test)]
fn help_for(command: &str, arg: &str) -> Option<&'static str> {
    HELP.iter()
        .find(|(c, a, _)| *c == command && *a == arg)
        .map(|(_, _, p)| p.en)
}

fn help_in(command: &str, arg: &str, lang: Lang) -> Option<&'static str> {
    HELP.iter()
        .find(|(c, a, _)| *c == command && *a == arg)
        .map(|(_, _, p)| p.get(lang))
}

/// The command line with every text of `--help` in `lang`.
pub fn localize(cmd: Command, lang: Lang) -> Command {
    let text = |p: Phrase| p.get(lang);
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        text(HELP_USAGE)
    );
    let mut cmd = cmd
        .about(help_in("", "", lang).unwrap_or_default())
        .after_help(help_in("", "after", lang).unwrap_or_default())
        .help_template(template.clone())
        .subcommand_help_heading(text(HELP_COMMANDS))
        .next_help_heading(text(HELP_OPTIONS))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(help_flag(lang))
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(text(HELP_VERSION)),
        )
        .mut_arg("lang", |a| {
            a.help(text(HELP_LANG))
                .help_heading(text(HELP_OPTIONS))
                .hide_possible_values(true)
        });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let template = template.clone();
        cmd = cmd.mut_subcommand(&name, |sub| {
            let mut sub = sub
                .about(help_in(&name, "", lang).unwrap_or_default())
                .after_help(help_in(&name, "after", lang).unwrap_or_default())
                .help_template(template)
                .next_help_heading(text(HELP_OPTIONS))
                .disable_help_flag(true)
                .arg(help_flag(lang));
            let ids: Vec<String> = sub
                .get_arguments()
                .map(|a| a.get_id().to_string())
                .filter(|id| id != "help" && id != "lang")
                .collect();
            for id in ids {
                if let Some(help) = help_in(&name, &id, lang) {
                    sub = sub.mut_arg(&id, |a| {
                        // clap's own "[default: …]" would stay in English: the catalogue's
                        // text says the default in words.
                        let takes_value = a.get_action().takes_values();
                        let a = a.help(help).hide_default_value(takes_value);
                        if a.is_positional() {
                            a.help_heading(text(HELP_ARGUMENTS))
                        } else {
                            a.help_heading(text(HELP_OPTIONS))
                        }
                    });
                }
            }
            sub
        });
    }
    cmd
}

fn help_flag(lang: Lang) -> clap::Arg {
    clap::Arg::new("help")
        .short('h')
        .long("help")
        .action(clap::ArgAction::Help)
        .global(true)
        .help(HELP_HELP.get(lang))
}

/// A complaint about the command line, in `lang` for the common mistakes (clap's own English
/// for the rare ones): the mistake, a suggestion when there is one, and where to look.
pub fn explain(e: &clap::Error, lang: Lang) -> Option<String> {
    let context = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        _ => None,
    };
    let message = match e.kind() {
        ErrorKind::UnknownArgument => {
            t!(
                CLI_UNKNOWN_ARGUMENT,
                arg = context(ContextKind::InvalidArg)?
            )
        }
        ErrorKind::InvalidSubcommand => {
            t!(
                CLI_UNKNOWN_COMMAND,
                command = context(ContextKind::InvalidSubcommand)?
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => t!(
            CLI_INVALID_VALUE,
            value = context(ContextKind::InvalidValue)?,
            arg = context(ContextKind::InvalidArg)?
        ),
        ErrorKind::NoEquals | ErrorKind::MissingRequiredArgument
            if context(ContextKind::InvalidArg).is_some() =>
        {
            t!(
                CLI_MISSING_ARGUMENT,
                arg = context(ContextKind::InvalidArg)?
            )
        }
        _ => return None,
    };
    let suggestion = context(ContextKind::SuggestedArg)
        .or_else(|| context(ContextKind::SuggestedSubcommand))
        .or_else(|| context(ContextKind::SuggestedValue))
        .map(|s| t!(CLI_DID_YOU_MEAN, suggestion = s));
    let hint = match suggestion {
        Some(s) => s.join(" ", &t!(CLI_SEE_HELP)),
        None => t!(CLI_SEE_HELP),
    };
    Some(format!(
        "error: {} — {}\n",
        message.get(lang),
        hint.get(lang)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalogue() {
        let cmd = crate::cli::Cli::command();
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            assert!(help_for(name, "").is_some(), "{name}");
            assert!(help_for(name, "after").is_some(), "{name} after");
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                if id != "help" && id != "lang" {
                    assert!(help_for(name, id).is_some(), "{name} {id}");
                }
            }
        }
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_site() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            choose(&args(&["bangvang", "build", "--lang", "en"])),
            Lang::En
        );
        assert_eq!(choose(&args(&["bangvang", "build", "--lang=vi"])), Lang::Vi);
        let site = tempfile::tempdir().unwrap();
        std::fs::write(site.path().join("config.yaml"), "language: en\n").unwrap();
        let root = site.path().to_str().unwrap();
        assert_eq!(choose(&args(&["bangvang", "check", "-r", root])), Lang::En);
        assert_eq!(
            choose(&args(&["bangvang", "check", "-r", root, "--lang", "vi"])),
            Lang::Vi
        );
        assert_eq!(choose(&args(&["bangvang", "init", "x"])), Lang::Vi);
    }

    #[test]
    fn help_reads_in_each_language() {
        let mut vi = localize(crate::cli::Cli::command(), Lang::Vi);
        let help = vi.render_long_help().to_string();
        assert!(
            help.contains("Cách dùng:") && help.contains("Lệnh"),
            "{help}"
        );
        let mut build = localize(crate::cli::Cli::command(), Lang::En);
        let build = build.find_subcommand_mut("build").unwrap();
        let help = build.render_long_help().to_string();
        assert!(help.contains("Where to write the site"), "{help}");
    }

    #[test]
    fn the_localized_command_line_is_well_formed_and_has_no_english_left_in_vietnamese() {
        for lang in [Lang::Vi, Lang::En] {
            localize(crate::cli::Cli::command(), lang).debug_assert();
        }
        let mut vi = localize(crate::cli::Cli::command(), Lang::Vi);
        vi.build();
        let mut helps = vec![vi.render_long_help().to_string()];
        for sub in vi.get_subcommands_mut() {
            helps.push(sub.render_long_help().to_string());
        }
        for help in helps {
            for english in [
                "Options:",
                "Arguments:",
                "[default:",
                "[possible values",
                "Usage:",
            ] {
                assert!(!help.contains(english), "`{english}` in:\n{help}");
            }
        }
    }
}
