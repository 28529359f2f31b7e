//! The warning codes: one variant per warning candor can give. A rule reports with one of
//! these, `--fail-on` takes its values from `WarningCode::ALL`, and a test holds the list to
//! docs/format.md, so a new warning cannot be left out of either.

use super::Vocabulary;

/// A warning's stable short name, as shown in `warning[overdue]` and given to `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WarningCode {
    /// An id repeated in an incident's `components`.
    DuplicateComponent,
    /// `next_update_by` on a resolved or completed update.
    PromiseAfterEnd,
    /// An apology on an incident that is not resolved.
    ApologyUnresolved,
    /// A resolved major or critical incident without an apology.
    MissingApology,
    /// A group's name where a person's is owed.
    UnnamedPerson,
    /// An open incident whose latest update promises no next one.
    NoPromise,
    /// A promise further off than the policy allows.
    PromiseTooFar,
    /// A promised update that is late.
    Overdue,
    /// An offered remedy past its deadline.
    RemedyOverdue,
    /// A list in unquoted text that YAML joins into one line.
    FoldedText,
    /// A maintenance window opened with no `in_progress`, or closed with no `completed`.
    MaintenanceUnconfirmed,
    /// A character in the site title or a component name that no font candor draws with has.
    MissingGlyph,
    /// A text of an incident file missing in one of the site's `languages`.
    MissingTranslation,
}

impl Vocabulary for WarningCode {
    const ALL: &'static [Self] = &[
        WarningCode::Overdue,
        WarningCode::MaintenanceUnconfirmed,
        WarningCode::NoPromise,
        WarningCode::PromiseTooFar,
        WarningCode::RemedyOverdue,
        WarningCode::MissingApology,
        WarningCode::ApologyUnresolved,
        WarningCode::UnnamedPerson,
        WarningCode::PromiseAfterEnd,
        WarningCode::DuplicateComponent,
        WarningCode::FoldedText,
        WarningCode::MissingGlyph,
        WarningCode::MissingTranslation,
    ];

    fn as_str(self) -> &'static str {
        WarningCode::as_str(self)
    }
}

impl WarningCode {
    /// The code as reports show it and `--fail-on` takes it (also `Vocabulary::as_str`, here
    /// without the trait in scope).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            WarningCode::DuplicateComponent => "duplicate-component",
            WarningCode::PromiseAfterEnd => "promise-after-end",
            WarningCode::ApologyUnresolved => "apology-unresolved",
            WarningCode::MissingApology => "missing-apology",
            WarningCode::UnnamedPerson => "unnamed-person",
            WarningCode::NoPromise => "no-promise",
            WarningCode::PromiseTooFar => "promise-too-far",
            WarningCode::Overdue => "overdue",
            WarningCode::RemedyOverdue => "remedy-overdue",
            WarningCode::FoldedText => "folded-text",
            WarningCode::MaintenanceUnconfirmed => "maintenance-unconfirmed",
            WarningCode::MissingGlyph => "missing-glyph",
            WarningCode::MissingTranslation => "missing-translation",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant is in `ALL` (the match above names each once; `ALL` must too).
    #[test]
    fn all_lists_every_code_once() {
        let mut names = WarningCode::names();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), WarningCode::ALL.len());
        for code in WarningCode::ALL {
            assert_eq!(WarningCode::parse(code.as_str()), Some(*code));
        }
    }

    /// docs/format.md's table of warnings has a row for every code, and no other.
    #[test]
    fn every_code_is_documented() {
        let doc = include_str!("../../docs/format.md");
        let table = doc
            .split("### All warnings")
            .nth(1)
            .and_then(|rest| rest.split("\n### ").next())
            .expect("docs/format.md has an `### All warnings` section");
        let mut documented: Vec<&str> = table
            .lines()
            .filter_map(|l| l.strip_prefix("| `")?.split('`').next())
            .collect();
        documented.sort_unstable();
        let mut codes = WarningCode::names();
        codes.sort_unstable();
        assert_eq!(documented, codes);
    }
}
