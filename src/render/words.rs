//! The templates' `t` function: `{{ t(key="history", count=n) }}` is the message `history` of
//! the build's language, so a theme writes no customer-facing word itself.

use std::sync::Arc;

use tera::{Kwargs, State, Tera, Value};

use crate::locale::{FluentArgs, FluentValue, Locale};

/// `tera` with `t` speaking `locale`: a copy per build language (compiling stays once per
/// theme; the copy shares nothing mutable).
pub(crate) fn localized(tera: &Tera, locale: Arc<Locale>) -> Tera {
    let mut tera = tera.clone();
    register(&mut tera, locale);
    tera
}

/// Makes `t` speak `locale` in `tera`.
pub(crate) fn register(tera: &mut Tera, locale: Arc<Locale>) {
    tera.register_function("t", move |kwargs: Kwargs, _: &State| {
        translate(&locale, &kwargs)
    });
}

fn translate(locale: &Locale, kwargs: &Kwargs) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get("key")?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str().filter(|n| *n != "key") else {
            continue;
        };
        args.set(name.to_string(), fluent_value(value));
    }
    Ok(locale.text(&key, Some(&args)))
}

/// Numbers stay numbers, so they pick plural forms and take the language's digits.
fn fluent_value(v: &Value) -> FluentValue<'static> {
    if let Some(n) = v.as_i64() {
        FluentValue::from(n)
    } else if let Some(f) = v.as_f64() {
        FluentValue::from(f)
    } else if let Some(s) = v.as_str() {
        FluentValue::from(s.to_string())
    } else {
        FluentValue::from(v.to_string())
    }
}
