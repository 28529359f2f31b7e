//! The theme's compiled templates, with the theme they came from (to point a template error
//! at its file): what every channel that writes HTML renders with.

use tera::{Context, Tera};

use crate::diagnostic::{Diagnostic, Span};
use crate::input::SourceFile;
use crate::input::theme::Theme;

pub struct Templates<'a> {
    pub tera: &'a Tera,
    pub theme: &'a Theme,
}

impl Templates<'_> {
    /// The page `name` renders to with `ctx`, with its security policy in its `<head>`.
    pub(crate) fn page(&self, name: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(name, ctx)
            .map(|html| super::csp::secure(&html))
            .map_err(|e| self.theme.template_error(&e))
    }
}

/// Compiling the theme is rendering's business, not reading's: the theme's files are read by
/// `input::theme`, and turned into templates (and their errors into diagnostics) here.
impl Theme {
    /// Compiles every template once. A syntax error becomes a diagnostic pointing into the
    /// template, with tera's line and column.
    pub fn compile(&self) -> Result<tera::Tera, Diagnostic> {
        // `t` must exist when templates compile; each build speaks its own language through
        // `words::localized`.
        let mut tera =
            super::words::localized(&tera::Tera::new(), crate::locale::Locale::english());
        tera.autoescape_on(vec![".html", ".xml", ".svg"]);
        // tera checks the functions a template calls when it compiles it: `t` is known from
        // here (in English); each build's copy speaks its own language (`words::localized`).
        super::words::register(&mut tera, crate::locale::Locale::english());
        let mut sources = Vec::new();
        for f in self.templates() {
            let text = String::from_utf8(f.bytes.clone()).map_err(|_| {
                Diagnostic::error(format!("theme file `{}` is not UTF-8 text", f.origin))
                    .with_file(&f.origin)
            })?;
            let name = f.name.trim_start_matches("templates/").to_string();
            sources.push((name, text));
        }
        tera.add_raw_templates(sources.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| self.template_error(&e))?;
        // Every template may link the stylesheet: `{{ root }}{{ stylesheet }}`.
        tera.global_context()
            .insert("stylesheet", &self.stylesheet());
        Ok(tera)
    }

    /// Turns a tera error (syntax or rendering) into a diagnostic in the template's file.
    pub(crate) fn template_error(&self, e: &tera::Error) -> Diagnostic {
        let report = match e.kind() {
            tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
            _ => None,
        };
        let Some(report) = report else {
            return Diagnostic::error(format!("theme error: {}", strip_report(&e.to_string())));
        };
        let file = self
            .templates()
            .find(|f| f.name.trim_start_matches("templates/") == report.filename());
        let origin = file.map_or_else(|| report.filename().to_string(), |f| f.origin.clone());
        let mut d =
            Diagnostic::error(format!("template error: {}", report.message())).with_file(&origin);
        if let Some(f) = file {
            let source = SourceFile::new(
                f.origin.clone().into(),
                origin,
                String::from_utf8_lossy(&f.bytes).into_owned(),
            );
            let span = report.span();
            let start = source.offset(span.start_line, span.start_col + 1);
            let end = if span.range.end > span.range.start && span.range.end <= source.text.len() {
                span.range.end.max(start + 1)
            } else {
                source.token_at(start).end
            };
            let (line, col) = source.line_col(start);
            d = d.with_span(
                Span {
                    line,
                    col,
                    range: start..end.min(source.text.len()).max(start),
                },
                source.text.clone(),
            );
        }
        d
    }
}

fn strip_report(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}
