//! The command line: `candor init | new | check | build | watch | serve`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use jiff::Timestamp;

use crate::diagnostic::MessageFormat;
use crate::model::schema::SchemaFile;
use crate::model::{Kind, Vocabulary, WarningCode};

#[derive(Debug, Parser)]
#[command(
    name = "candor",
    version,
    // Every subcommand's man page (`candor man`) and `--version` name the version too.
    propagate_version = true,
    about = "Status pages that name who is accountable, keep their promises and make it right",
    long_about = "candor turns YAML incident files into a public status page, incident and apology \
pages, and checks every file so a typo never reaches customers.\n\n\
A site is a folder with candor.yaml and incidents/*.yaml. Exit codes: 0 ok, 1 problems in the \
site's files, 2 usage or I/O errors."
)]
pub struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
    #[command(flatten)]
    pub(crate) global: GlobalArgs,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct GlobalArgs {
    /// The site folder (holding candor.yaml, incidents/ and themes/)
    #[arg(long, global = true, value_name = "DIR", default_value = ".")]
    pub(crate) root: PathBuf,
    /// The site config file [default: ROOT/candor.yaml]
    #[arg(long, global = true, value_name = "FILE")]
    pub(crate) config: Option<PathBuf>,
    /// How to print problems found in the site's files
    #[arg(
        long,
        global = true,
        value_enum,
        default_value_t,
        value_name = "FORMAT"
    )]
    pub(crate) message_format: MessageFormat,
    /// When to colour output
    #[arg(long, global = true, value_enum, default_value_t, value_name = "WHEN")]
    pub(crate) color: ColorChoice,
}

#[derive(Debug, Clone, Copy, Default, ValueEnum, PartialEq, Eq)]
pub(crate) enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Start a new site: your own config (asked for, or from flags) and an empty incidents/
    Init(InitArgs),
    /// Write a new incident file with its first update, stamped now
    New(NewArgs),
    /// Check every file and print all problems; writes nothing
    Check(CheckArgs),
    /// Check, then write the site to the output folder (atomically)
    Build(BuildArgs),
    /// Build, then rebuild on every change to the config, incidents or theme
    Watch(WatchArgs),
    /// Watch, and preview the site in a browser that reloads after every rebuild
    Serve(ServeArgs),
    /// Print an update as ready-to-send text: email, SMS, social post or Slack
    Announce(AnnounceArgs),
    /// Append an update to an incident, leaving the rest of its file untouched
    Update(UpdateArgs),
    /// Send every new update, apology, review and maintenance reminder to the targets in
    /// candor.yaml (email, Slack, Teams, Discord, Google Chat, webhooks, WebSub), once each
    Notify(NotifyArgs),
    /// Write a signed apology, with what is offered to make it right, into a resolved
    /// incident, leaving the rest of its file untouched
    Apologize(ApologizeArgs),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or Elvish
    Completions(CompletionsArgs),
    /// Write the manual pages: candor.1 and one per subcommand (candor-build.1, …)
    Man(ManArgs),
    /// Print the JSON Schema of candor.yaml or of incident files (for editors and
    /// validators), or write both into the site for the files' modelines
    Schema(SchemaArgs),
}

#[derive(Debug, Args, Clone)]
pub(crate) struct CompletionsArgs {
    /// The shell to complete in, e.g. `candor completions bash > /etc/bash_completion.d/candor`
    #[arg(value_enum)]
    pub(crate) shell: clap_complete::Shell,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct ManArgs {
    /// The folder to write the pages into (created if missing), e.g. /usr/local/share/man/man1
    #[arg(long, short, value_name = "DIR", default_value = ".")]
    pub(crate) out: PathBuf,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct SchemaArgs {
    /// Which file's schema to print, on stdout
    #[arg(value_enum, required_unless_present = "write")]
    pub(crate) file: Option<SchemaFile>,
    /// Write both into ROOT/.candor/schema/, where the `# yaml-language-server: $schema=…`
    /// line of the files `init` and `new` write points (run it again after upgrading candor)
    #[arg(long, conflicts_with = "file")]
    pub(crate) write: bool,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct ApologizeArgs {
    /// The incident id (its file name without .yaml, or its `id:`)
    pub(crate) id: String,
    /// Who signs the letter: a person's full name (not looked up in `people:`) [asked for
    /// at a terminal]
    #[arg(long)]
    pub(crate) author: Option<String>,
    /// The signer's role, shown under the signature, e.g. "Chief Executive"
    #[arg(long)]
    pub(crate) role: Option<String>,
    /// The signer's email
    #[arg(long)]
    pub(crate) email: Option<String>,
    /// The letter (markdown) [asked for at a terminal; else a placeholder that `check`
    /// refuses until it is replaced]
    #[arg(long, conflicts_with = "body_file")]
    pub(crate) body: Option<String>,
    /// Read the letter from a file
    #[arg(long, value_name = "FILE")]
    pub(crate) body_file: Option<PathBuf>,
    /// What is offered, as the file's remedy fields: 'offer=A £10 voucher; eligible=Everyone
    /// whose payment failed; claim_url=https://…; deadline=2026-12-31' (how is claim with a
    /// claim_url, else automatic; status=issued and issued_at=DATE once paid); repeat for
    /// several
    #[arg(long = "remedy", value_name = "FIELDS")]
    pub(crate) remedies: Vec<String>,
    /// Date the letter with this time instead of now, RFC 3339 (`--now` works too)
    #[arg(long, visible_alias = "now", value_name = "TIME", value_parser = parse_now)]
    pub(crate) at: Option<Timestamp>,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct UpdateArgs {
    /// The incident id (its file name without .yaml, or its `id:`)
    pub(crate) id: String,
    /// investigating | identified | monitoring | resolved (maintenance: scheduled |
    /// in_progress | verifying | completed) [asked for at a terminal]
    #[arg(long)]
    pub(crate) status: Option<String>,
    /// The update's text (markdown) [asked for at a terminal: typed, or in $EDITOR]
    #[arg(long, conflicts_with = "body_file")]
    pub(crate) body: Option<String>,
    /// Read the update's text from a file
    #[arg(long, value_name = "FILE")]
    pub(crate) body_file: Option<PathBuf>,
    /// When the next update is promised: `30m`, `1h30m` after this update, a time of day
    /// still to come today (`14:30`) in the site's zone, `'tomorrow 14:30'`, or a full time
    /// [default: the cadence policy for the incident's impact]
    #[arg(long, value_name = "WHEN")]
    pub(crate) next: Option<String>,
    /// What customers can do meanwhile, one line, shown first on the page
    /// ("PayPal and gift cards work")
    #[arg(long, value_name = "TEXT")]
    pub(crate) workaround: Option<String>,
    /// On a site in more than one language, the update's text in another of them, e.g.
    /// `fr="Nous avons trouvé la cause."` (repeat for several); --body is the main language's
    #[arg(long, value_name = "LANG=TEXT")]
    pub(crate) body_in: Vec<String>,
    /// The workaround in another of the site's languages, as LANG=TEXT (with --workaround)
    #[arg(long, value_name = "LANG=TEXT")]
    pub(crate) workaround_in: Vec<String>,
    /// Who writes the update [default: $CANDOR_AUTHOR, else the incident's owner]
    #[arg(long)]
    pub(crate) author: Option<String>,
    /// A component's state from this update on, as id=state (repeat for several)
    #[arg(long = "component", value_name = "ID=STATE")]
    pub(crate) components: Vec<String>,
    /// Stamp the update with this time instead of now (RFC 3339)
    #[arg(long, visible_alias = "now", value_name = "TIME", value_parser = parse_now)]
    pub(crate) at: Option<Timestamp>,
    /// Reopen a resolved incident (a completed maintenance): the status defaults to
    /// investigating (in_progress), and the components take the state the impact gives
    #[arg(long)]
    pub(crate) reopen: bool,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct AnnounceArgs {
    /// The incident id (its file name without .yaml, or its `id:`)
    pub(crate) id: String,
    /// Which update, numbered from 1 oldest first [default: the latest]
    #[arg(long, value_name = "N")]
    pub(crate) update: Option<usize>,
    /// The channel to write for
    #[arg(long, value_enum, default_value = "email")]
    pub(crate) format: crate::channels::announce::AnnounceFormat,
    /// The language to write in, one of the site's `languages` (`fr-CA`, or `fr` alone)
    /// [default: the site's main language]
    #[arg(long, value_name = "TAG")]
    pub(crate) language: Option<String>,
    /// The time to build as of, RFC 3339 [default: $SOURCE_DATE_EPOCH, else the clock]
    #[arg(long, value_name = "TIME", value_parser = parse_now)]
    pub(crate) now: Option<Timestamp>,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct NotifyArgs {
    /// Print exactly what would be sent where; send nothing and record nothing
    #[arg(long)]
    pub(crate) dry_run: bool,
    /// Send one test message to this target (not recorded; nothing else is sent)
    #[arg(long, value_name = "TARGET", conflicts_with = "dry_run")]
    pub(crate) test: Option<String>,
    /// Only these targets, by name [default: every target]
    #[arg(long = "target", value_name = "NAME")]
    pub(crate) targets: Vec<String>,
    /// The time to send as of, RFC 3339 [default: the clock; SOURCE_DATE_EPOCH is not read,
    /// as what is due depends on the real time]
    #[arg(long, value_name = "TIME", value_parser = parse_now)]
    pub(crate) now: Option<Timestamp>,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct CheckArgs {
    /// Treat warnings as errors (exit 1 on any warning)
    #[arg(long)]
    pub(crate) strict: bool,
    /// The time to build as of, RFC 3339 [default: $SOURCE_DATE_EPOCH, else the clock]
    #[arg(long, value_name = "TIME", value_parser = parse_now)]
    pub(crate) now: Option<Timestamp>,
    /// Fail (exit 1) on these warnings even without --strict, e.g. `--fail-on overdue` in a
    /// scheduled job that pages the owner (codes show in reports as `warning[code]`)
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_enum)]
    pub(crate) fail_on: Vec<WarningCode>,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct BuildArgs {
    #[command(flatten)]
    pub(crate) check: CheckArgs,
    /// The output folder [default: ROOT/public]
    #[arg(long, short, value_name = "DIR")]
    pub(crate) out: Option<PathBuf>,
    /// Override base_url from candor.yaml (e.g. for a preview deployment)
    #[arg(long, value_name = "URL")]
    pub(crate) base_url: Option<String>,
    /// Also write X.gz and X.br beside each text file, for servers and CDNs that serve
    /// precompressed files (nginx gzip_static and brotli_static); `build` only
    #[arg(long)]
    pub(crate) precompress: bool,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct WatchArgs {
    #[command(flatten)]
    pub(crate) build: BuildArgs,
    /// Milliseconds without a change that end a burst of changes to several files (one
    /// rebuild per burst); a save of a single file is built after 10 ms of quiet
    #[arg(long, value_name = "MS", default_value_t = 50)]
    pub(crate) debounce: u64,
    /// Poll for changes instead of waiting for file system events (for network drives and
    /// shared folders of containers or VMs, where events get lost)
    #[arg(long)]
    pub(crate) poll: bool,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    pub(crate) watch: WatchArgs,
    /// The port; 0 lets the system pick a free one [default: 8000, or the next free one]
    #[arg(long, short, value_name = "PORT")]
    pub(crate) port: Option<u16>,
    /// The address to listen on; the default lets only this machine connect
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub(crate) bind: std::net::IpAddr,
    /// Open the preview in the web browser
    #[arg(long)]
    pub(crate) open: bool,
}

/// `new` and `update` share their flags' names and what each takes: `--at` (alias `--now`),
/// `--body`/`--body-file`, `--author`, `--component`, `--next`.
#[derive(Debug, Args, Clone)]
pub(crate) struct NewArgs {
    /// The incident's title, as customers will read it
    pub(crate) title: String,
    /// An unplanned incident, or planned maintenance (which needs --from and --until)
    #[arg(long, value_enum, default_value = "incident")]
    pub(crate) kind: Kind,
    /// none | minor | major | critical (required for an incident, asked for at a terminal;
    /// a maintenance's defaults to none)
    #[arg(long)]
    pub(crate) impact: Option<String>,
    /// The named person accountable for the incident [asked for at a terminal]
    #[arg(long)]
    pub(crate) owner: Option<String>,
    /// The owner's role, e.g. "Head of Customer Care" [asked for at a terminal]
    #[arg(long)]
    pub(crate) role: Option<String>,
    /// The owner's email (a person's address, not a shared inbox)
    #[arg(long)]
    pub(crate) email: Option<String>,
    /// Who writes the first update [default: $CANDOR_AUTHOR, else the owner]
    #[arg(long)]
    pub(crate) author: Option<String>,
    /// An affected component, as id (its first state follows the impact: minor
    /// degraded_performance, major partial_outage, critical major_outage) or id=state;
    /// repeat for several [asked for at a terminal]
    #[arg(long = "component", value_name = "ID[=STATE]")]
    pub(crate) components: Vec<String>,
    /// The first update's text (markdown) [asked for at a terminal; else a placeholder that
    /// `check` refuses until it is replaced]
    #[arg(long, conflicts_with = "body_file")]
    pub(crate) body: Option<String>,
    /// Read the first update's text from a file
    #[arg(long, value_name = "FILE")]
    pub(crate) body_file: Option<PathBuf>,
    /// On a site in more than one language, the title in another of them, e.g.
    /// `fr="Échec des paiements"` (repeat for several)
    #[arg(long, value_name = "LANG=TEXT")]
    pub(crate) title_in: Vec<String>,
    /// The first update's text in another of the site's languages, as LANG=TEXT (with --body)
    #[arg(long, value_name = "LANG=TEXT")]
    pub(crate) body_in: Vec<String>,
    /// When the next update is promised, as for `update --next`: `30m`, `1h30m`, a time of
    /// day still to come today (`14:30`), `'tomorrow 14:30'` or a full time [default: 30m for
    /// an incident; none for a maintenance]
    #[arg(long, value_name = "WHEN")]
    pub(crate) next: Option<String>,
    /// A maintenance's start, in --next's words (`'tomorrow 01:00'`, a full time)
    #[arg(long, value_name = "WHEN")]
    pub(crate) from: Option<String>,
    /// A maintenance's end: a time in --next's words, or a duration after --from (`2h`)
    #[arg(long, value_name = "WHEN")]
    pub(crate) until: Option<String>,
    /// The incident id [default: from the title]
    #[arg(long)]
    pub(crate) id: Option<String>,
    /// Stamp it with this time instead of now, RFC 3339 (`--now` is the older name)
    #[arg(long, visible_alias = "now", value_name = "TIME", value_parser = parse_now)]
    pub(crate) at: Option<Timestamp>,
}

#[derive(Debug, Args, Clone)]
pub(crate) struct InitArgs {
    /// Where to create the site
    #[arg(default_value = ".")]
    pub(crate) dir: PathBuf,
    /// The site's title, e.g. 'Example Ltd status' [asked for at a terminal; else written
    /// as a placeholder that `check` refuses until it is replaced]
    #[arg(long)]
    pub(crate) title: Option<String>,
    /// The address the site is published at, e.g. https://status.example.com/ [asked for
    /// at a terminal; else a placeholder]
    #[arg(long, value_name = "URL")]
    pub(crate) base_url: Option<String>,
    /// The zone times are shown in, e.g. Europe/London [asked for at a terminal; default:
    /// this machine's zone]
    #[arg(long, value_name = "ZONE")]
    pub(crate) timezone: Option<String>,
    /// Who customers contact, e.g. 'Example Customer Care' [asked for at a terminal; else a
    /// placeholder]
    #[arg(long, value_name = "NAME")]
    pub(crate) contact_name: Option<String>,
    /// The contact's email address [asked for at a terminal]
    #[arg(long, value_name = "ADDRESS")]
    pub(crate) contact_email: Option<String>,
    /// The contact's web page, e.g. https://example.com/help [asked for at a terminal]
    #[arg(long, value_name = "URL")]
    pub(crate) contact_url: Option<String>,
    /// A part of the service customers see, by name, e.g. 'Website' (repeat for several;
    /// its id is made from the name) [asked for at a terminal; else a placeholder]
    #[arg(long = "component", value_name = "NAME")]
    pub(crate) components: Vec<String>,
}

fn parse_now(s: &str) -> Result<Timestamp, String> {
    crate::time::parse_timestamp(s).map_err(|e| format!("{}; {}", e.message, e.help))
}

/// `--fail-on`'s values are the warning codes, each named as reports show it.
impl ValueEnum for WarningCode {
    fn value_variants<'a>() -> &'a [Self] {
        WarningCode::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()))
    }
}

/// `schema`'s values: `config` and `incident`.
impl ValueEnum for SchemaFile {
    fn value_variants<'a>() -> &'a [Self] {
        &SchemaFile::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.word()))
    }
}

/// `new --kind`'s values are the file's `kind:` words.
impl ValueEnum for Kind {
    fn value_variants<'a>() -> &'a [Self] {
        Kind::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    /// `candor check --help` names every warning code `--fail-on` takes.
    #[test]
    fn fail_on_help_lists_every_warning_code() {
        let mut cli = Cli::command();
        let check = cli
            .find_subcommand_mut("check")
            .expect("a check subcommand");
        let help = check.render_long_help().to_string();
        for code in WarningCode::ALL {
            assert!(
                help.contains(code.as_str()),
                "{code:?} missing from:\n{help}"
            );
        }
        let parsed = Cli::try_parse_from(["candor", "check", "--fail-on", "overdue,no-promise"]);
        assert!(parsed.is_ok(), "{parsed:?}");
        assert!(Cli::try_parse_from(["candor", "check", "--fail-on", "overdu"]).is_err());
    }
}
