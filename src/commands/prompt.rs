//! Asks at the terminal for what an edit command needs and its flags did not give (at 3 a.m.
//! nobody remembers every flag): a status from a list, text typed or written in `$EDITOR`
//! (typed here, an apostrophe needs no shell quoting), the next update as `30m` or `14:30`.
//! Only when both stdin and stderr are terminals; otherwise a missing value fails as a
//! missing flag always did (exit 2), so scripts and CI never hang on a question.

use std::io::IsTerminal;

use dialoguer::{Editor, Input, Select};

use crate::error::Error;

/// Whether questions may be asked, decided once per command.
#[derive(Debug, Clone, Copy)]
pub(super) struct Prompt {
    interactive: bool,
}

/// The value a flag gave; else, at a terminal, the answer `ask` gets; else the error a
/// missing flag gives. The one decision every question goes through.
fn given_or_asked<T>(
    given: Option<T>,
    interactive: bool,
    flag: &str,
    ask: impl FnOnce() -> dialoguer::Result<T>,
) -> Result<T, Error> {
    match (given, interactive) {
        (Some(v), _) => Ok(v),
        (None, true) => ask().map_err(|e| Error::Usage(format!("{flag}: {e}"))),
        (None, false) => Err(Error::Usage(format!(
            "{flag} is required (it is asked for only when run at a terminal)"
        ))),
    }
}

impl Prompt {
    pub(super) fn new() -> Prompt {
        Prompt {
            interactive: std::io::stdin().is_terminal() && std::io::stderr().is_terminal(),
        }
    }

    pub(super) fn interactive(self) -> bool {
        self.interactive
    }

    /// A one-line value (a name, a role, an impact word), typed.
    pub(super) fn line(
        self,
        given: Option<String>,
        flag: &str,
        question: &str,
    ) -> Result<String, Error> {
        given_or_asked(given, self.interactive, flag, || {
            Input::<String>::new().with_prompt(question).interact_text()
        })
    }

    /// A value that may be left out: the flag's, else (at a terminal) the answer, where an
    /// empty one is `None`; else `None`, for the caller's placeholder or default.
    pub(super) fn optional(
        self,
        given: Option<String>,
        flag: &str,
        question: &str,
    ) -> Result<Option<String>, Error> {
        if given.is_some() || !self.interactive {
            return Ok(given);
        }
        let answer = Input::<String>::new()
            .with_prompt(question)
            .allow_empty(true)
            .interact_text()
            .map_err(|e| Error::Usage(format!("{flag}: {e}")))?;
        Ok(Some(answer.trim().to_string()).filter(|s| !s.is_empty()))
    }

    /// A value with a default: the flag's, else (at a terminal) the answer, offered with the
    /// default filled in; else the default.
    pub(super) fn or_default(
        self,
        given: Option<String>,
        flag: &str,
        question: &str,
        default: String,
    ) -> Result<String, Error> {
        match (given, self.interactive) {
            (Some(v), _) => Ok(v),
            (None, false) => Ok(default),
            (None, true) => Input::<String>::new()
                .with_prompt(question)
                .default(default)
                .interact_text()
                .map_err(|e| Error::Usage(format!("{flag}: {e}"))),
        }
    }

    /// One of `choices`, picked from a list.
    pub(super) fn choose(
        self,
        given: Option<String>,
        flag: &str,
        question: &str,
        choices: &[&str],
    ) -> Result<String, Error> {
        given_or_asked(given, self.interactive, flag, || {
            Select::new()
                .with_prompt(question)
                .items(choices)
                .default(0)
                .interact()
                .map(|i| choices[i].to_string())
        })
    }

    /// Text (markdown): in `$VISUAL`/`$EDITOR` when one is set, else typed on one line. An
    /// empty answer is `None` (the command then writes a placeholder, or refuses).
    pub(super) fn text(self, given: Option<String>, what: &str) -> Result<Option<String>, Error> {
        if given.is_some() || !self.interactive {
            return Ok(given);
        }
        let has_editor = ["VISUAL", "EDITOR"]
            .iter()
            .any(|v| std::env::var_os(v).is_some_and(|e| !e.is_empty()));
        let answer = if has_editor {
            Editor::new().extension(".md").edit(&format!(
                "\n<!-- Write {what} above this line, save and quit; an empty file writes \
                 nothing. This line is removed. -->\n"
            ))
        } else {
            Input::<String>::new()
                .with_prompt(format!(
                    "Text of {what} (one paragraph; more later in the file)"
                ))
                .allow_empty(true)
                .interact_text()
                .map(Some)
        }
        .map_err(|e| Error::Usage(format!("{what}: {e}")))?;
        Ok(answer
            .map(|t| strip_note(&t))
            .filter(|t| !t.trim().is_empty()))
    }

    /// When the next update is promised, checked by `valid` as it is typed; empty keeps the
    /// command's default. Asked only at a terminal.
    pub(super) fn when(
        self,
        given: Option<String>,
        question: &str,
        valid: impl Fn(&str) -> Result<(), String>,
    ) -> Result<Option<String>, Error> {
        if given.is_some() || !self.interactive {
            return Ok(given);
        }
        let answer = Input::<String>::new()
            .with_prompt(question)
            .allow_empty(true)
            .validate_with(|s: &String| match s.trim() {
                "" => Ok(()),
                s => valid(s),
            })
            .interact_text()
            .map_err(|e| Error::Usage(format!("--next: {e}")))?;
        Ok(Some(answer).filter(|s| !s.trim().is_empty()))
    }
}

/// The editor's text without the note candor put in it.
fn strip_note(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("<!-- Write "))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_value_is_asked_only_at_a_terminal() {
        let never = || -> dialoguer::Result<String> { panic!("asked without a terminal") };
        let e = given_or_asked(None, false, "--status", never).unwrap_err();
        assert!(e.to_string().contains("--status is required"), "{e}");
        let given = given_or_asked(Some("resolved".to_string()), true, "--status", never);
        assert_eq!(given.unwrap(), "resolved");
        let asked = given_or_asked(None, true, "--status", || Ok("monitoring".to_string()));
        assert_eq!(asked.unwrap(), "monitoring");
        let prompt = Prompt { interactive: false };
        assert_eq!(prompt.text(None, "the update").unwrap(), None);
        assert_eq!(prompt.when(None, "next", |_| Ok(())).unwrap(), None);
        // `init`'s questions: with no terminal, a placeholder's `None` or the default.
        assert_eq!(prompt.optional(None, "--title", "Title").unwrap(), None);
        let zone = prompt.or_default(None, "--timezone", "Zone", "UTC".into());
        assert_eq!(zone.unwrap(), "UTC");
    }

    #[test]
    fn the_editor_note_is_removed() {
        let t = "We're on it.\n\n<!-- Write the update above this line -->\n";
        assert_eq!(strip_note(t), "We're on it.\n");
    }
}
