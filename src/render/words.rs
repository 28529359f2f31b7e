//! The templates' `t` function: `{{ t(key="history", count=n) }}` is the message `history` of
//! the build's language, so a theme writes no customer-facing word itself. The message and its
//! text arguments are escaped; an argument marked safe (`when=when | safe`, markup the template
//! built) goes in as it is, wherever the language puts it in the sentence.

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

fn translate(locale: &Locale, kwargs: &Kwargs) -> tera::TeraResult<Value> {
    let key: String = kwargs.must_get("key")?;
    let mut args = FluentArgs::new();
    let mut markup = Vec::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str().filter(|n| *n != "key") else {
            continue;
        };
        if value.is_safe() && value.is_string() {
            // A token no message or escaped text contains, swapped for the markup after
            // the sentence is escaped.
            let token = format!("\u{1}{}\u{1}", markup.len());
            markup.push((
                token.clone(),
                value.as_str().unwrap_or_default().to_string(),
            ));
            args.set(name.to_string(), FluentValue::from(token));
        } else {
            args.set(name.to_string(), fluent_value(value));
        }
    }
    let mut html = crate::text::escape_xml(&locale.text(&key, Some(&args)));
    for (token, m) in markup {
        html = html.replace(&token, &m);
    }
    Ok(Value::safe_string(&html))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_markup_find_their_place() {
        let tera = localized(&Tera::new(), Locale::english());
        let mut tera = tera;
        tera.add_raw_template(
            "t.html",
            r#"{{ t(key="ongoing-count", count=n) }}|{% set m %}<b>x</b>{% endset %}{{ t(key="as-of", time=m | safe) }}|{{ t(key="as-of", time="<i>") }}"#,
        )
        .unwrap();
        let mut ctx = tera::Context::new();
        ctx.insert("n", &3);
        let out = tera.render("t.html", &ctx).unwrap();
        assert_eq!(
            out,
            "3\u{a0}ongoing\u{a0}incidents.|As of <b>x</b>.|As of &lt;i&gt;."
        );
    }
}
