//! The theme's compiled templates, with the theme they came from (to point a template error
//! at its file): what every channel that writes HTML renders with.

use tera::{Context, Tera};

use crate::diagnostic::Diagnostic;
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
