//! Incident ids: where an incident's id comes from (its `id:`, else its file name), what an
//! id may be, and the one rule across files (no id used twice).

use std::path::Path;

use crate::diagnostic::Diagnostic;
use crate::input::raw::RawIncident;
use crate::ptr;
use crate::yaml::parse::resolve;

use super::Checked;
use super::report::Report;

/// An incident's id: its `id:` when it has one, else its file name without `.yaml`. The one
/// derivation: the build, `new` (ids taken) and `update` (the id asked for) all use it.
pub(crate) fn incident_id(raw: &RawIncident, path: &Path) -> String {
    raw.id.clone().unwrap_or_else(|| {
        path.file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string()
    })
}

/// `[a-z0-9][a-z0-9-]*`
pub(crate) fn is_valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The longest slug `slug` makes: a file name and an address people read, copy and type.
const SLUG_MAX: usize = 60;

/// An id made from text: from a title (`candor new`), a component's name (`candor init`), or
/// a malformed id (the suggestion). Lower-case ASCII letters and digits, words joined by
/// dashes, in every script: German umlauts are written out (`Störung` is `stoerung`), other
/// accents drop to their letter (`Łódź` is `lodz`), other scripts are
/// transliterated (`東京` is `dong-jing`, `Сбой` is `sboi`). Bound to `SLUG_MAX` at a word.
pub(crate) fn slug(s: &str) -> String {
    let mut words = String::new();
    let mut previous = ' ';
    for c in s.chars() {
        match german(c, previous) {
            Some(digraph) => words.push_str(digraph),
            // A Han character is a word of its own: "ログイン障害" reads `roguin-zhang-hai`, not
            // `roguinzhang-hai`.
            None => match deunicode::deunicode_char(c) {
                Some(t) if t.ends_with(' ') => {
                    words.push(' ');
                    words.push_str(t);
                }
                Some(t) => words.push_str(t),
                None => words.push(' '),
            },
        }
        previous = c;
    }
    let mut out = String::new();
    for c in words.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    match out.len() <= SLUG_MAX {
        true => out.to_string(),
        // At the last word that fits; a single word longer than that is cut.
        false => match out[..=SLUG_MAX].rfind('-') {
            Some(end) if end > 0 => out[..end].to_string(),
            _ => out[..SLUG_MAX].to_string(),
        },
    }
}

/// German's written-out umlauts, which transliteration does not know: `ä` is `ae` (as in
/// `Mueller`), not `a`, whose word means something else. Also for an umlaut written as a
/// letter and a combining diaeresis.
fn german(c: char, previous: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'Ä' => "ae",
        'ö' | 'Ö' => "oe",
        'ü' | 'Ü' => "ue",
        '\u{308}' if matches!(previous, 'a' | 'o' | 'u' | 'A' | 'O' | 'U') => "e",
        _ => return None,
    })
}

/// The id rule: an invalid `id:` is pointed at; one from the file name names the file.
pub(super) fn id_rule(r: &mut Report, raw: &RawIncident, id: &str) {
    if is_valid_id(id) {
        return;
    }
    let good = slug(id);
    if raw.id.is_some() {
        r.error(ptr!["id"], format!("incident id `{id}` is not valid"))
            .help = Some(format!(
            "ids use lower-case letters, digits and dashes, e.g. `{good}`"
        ));
    } else {
        // The id comes from the file name, so the file is the place, not a line in it.
        r.file_error(format!("the file name `{id}` is not a valid incident id"))
            .help = Some(format!(
            "ids use lower-case letters, digits and dashes: rename the file to `{good}.yaml`, or add `id: {good}`"
        ));
    }
}

pub(super) fn duplicate_ids(files: &[&Checked]) -> Vec<Diagnostic> {
    // Every id of the site, on every `watch` rebuild: a fast hasher.
    let mut seen: foldhash::HashMap<&str, &str> = foldhash::HashMapExt::with_capacity(files.len());
    let mut diags = Vec::new();
    for f in files {
        let Some(inc) = &f.incident else { continue };
        if let Some(first) = seen.insert(&inc.id, &f.file) {
            let mut d = Diagnostic::error(format!(
                "incident id `{}` is already used by `{first}`",
                inc.id
            ))
            .with_file(&f.file)
            .with_help("give this incident an `id:` of its own, or rename the file");
            // An id from `id:` is pointed at; one from the file name has no line to show. The
            // text is read again: keeping every file's text for this rare error would cost
            // memory on every build.
            if f.explicit_id
                && let Ok(source) = crate::input::SourceFile::read(&f.path, f.file.clone())
            {
                d = d
                    .at(ptr!["id"])
                    .with_help("change `id:` here: every incident needs an id of its own");
                resolve(std::slice::from_mut(&mut d), &source, None);
            }
            diags.push(d);
        }
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_keeps_the_meaning_in_every_script() {
        for (text, want) in [
            ("Payments down", "payments-down"),
            ("Störung im Checkout", "stoerung-im-checkout"),
            (
                "ÄRGER mit Übertragung, Größe",
                "aerger-mit-uebertragung-groesse",
            ),
            ("Straße gesperrt", "strasse-gesperrt"),
            // An umlaut typed as a letter and a combining diaeresis.
            ("Sto\u{308}rung", "stoerung"),
            ("Échec de paiement à Łódź", "echec-de-paiement-a-lodz"),
            (
                "Caída del servicio en España",
                "caida-del-servicio-en-espana",
            ),
            ("Výpadek plateb: přihlášení", "vypadek-plateb-prihlaseni"),
            ("Błąd logowania", "blad-logowania"),
            ("Сбой оплаты", "sboi-oplaty"),
            ("Αποτυχία πληρωμής", "apotukhia-pleromes"),
            ("فشل الدفع", "fshl-ldf"),
            ("東京でのログイン障害", "dong-jing-denoroguin-zhang-hai"),
            ("支付故障", "zhi-fu-gu-zhang"),
            ("결제 실패", "gyeolje-silpae"),
            ("API 🔥 down!", "api-fire-down"),
            ("--- ", ""),
        ] {
            assert_eq!(slug(text), want, "{text}");
            assert!(want.is_empty() || is_valid_id(&slug(text)), "{text}");
        }
    }

    #[test]
    fn a_long_slug_is_cut_at_a_word() {
        let title = "Checkout payments failing for customers paying by card in the European Union";
        let s = slug(title);
        assert_eq!(
            s,
            "checkout-payments-failing-for-customers-paying-by-card-in"
        );
        assert!(s.len() <= SLUG_MAX);
        // One word longer than the bound is cut inside it.
        assert_eq!(slug(&"a".repeat(100)).len(), SLUG_MAX);
        // A cut never leaves a trailing dash.
        let s = slug(&"abcd ".repeat(30));
        assert!(!s.ends_with('-') && s.len() <= SLUG_MAX, "{s}");
    }
}
