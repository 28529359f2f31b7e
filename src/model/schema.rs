//! The JSON Schemas of `candor.yaml` and incident files, for editors (completion, hover, a
//! squiggle before `check`) and other validators. Generated, never written by hand: the fields,
//! their types, which are required and the descriptions come from the types serde reads the
//! files into (`input::raw`, via schemars), and the words a field takes come from the model's
//! vocabularies, so a field or a word added to candor is in the schema at once.
//!
//! Draft 7, not 2020-12: the YAML language server (VS Code's YAML extension, and the editors
//! that embed it) implements draft 7; newer drafts are only partly supported there.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde_json::{Map, Value, json};

use super::notify::{EntryKind, TARGET_KINDS};
use super::{ComponentState, How, Impact, Kind, RemedyStatus, Security, Vocabulary};
use crate::input::raw::{RawConfig, RawIncident};

/// Where a site keeps its schemas, from the site folder (`candor init` and
/// `candor schema --write` write them; the modelines point here).
pub(crate) const SCHEMA_DIR: &str = ".candor/schema";

/// The two kinds of file a site is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SchemaFile {
    Config,
    Incident,
}

impl SchemaFile {
    pub(crate) const ALL: [SchemaFile; 2] = [SchemaFile::Config, SchemaFile::Incident];

    /// Its name on the command line (`candor schema config`).
    pub(crate) fn word(self) -> &'static str {
        match self {
            SchemaFile::Config => "config",
            SchemaFile::Incident => "incident",
        }
    }

    /// The schema's file name in `SCHEMA_DIR`.
    pub(crate) fn file_name(self) -> &'static str {
        match self {
            SchemaFile::Config => "candor.schema.json",
            SchemaFile::Incident => "incident.schema.json",
        }
    }

    /// The schema, as JSON.
    pub(crate) fn schema(self) -> Value {
        let (mut schema, title) = match self {
            SchemaFile::Config => (generate::<RawConfig>(), "candor.yaml"),
            SchemaFile::Incident => (generate::<RawIncident>(), "candor incident file"),
        };
        if let Some(root) = schema.as_object_mut() {
            root.insert("title".into(), title.into());
            if self == SchemaFile::Incident {
                by_kind(root);
            }
        }
        schema
    }

    /// The schema as the text of its file: pretty JSON ending in a line break.
    pub(crate) fn text(self) -> String {
        let mut text = serde_json::to_string_pretty(&self.schema()).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The first line of a file of this kind, `up` folders below the site folder: the
    /// YAML language server's modeline, pointing at the schema by a relative path so it
    /// works offline and wherever the site is checked out.
    pub(crate) fn modeline(self, up: usize) -> String {
        format!(
            "# yaml-language-server: $schema={}{SCHEMA_DIR}/{}\n",
            "../".repeat(up),
            self.file_name()
        )
    }
}

/// The draft-7 schema of `T`, with the vocabularies' words put in.
fn generate<T: JsonSchema>() -> Value {
    let schema = SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut value = schema.to_value();
    finish(&mut value);
    value
}

/// The words a marked field takes (`x-candor-words` in `input::raw`), by the marker's name.
fn words(name: &str) -> Option<Vec<&'static str>> {
    fn all<V: Vocabulary>() -> Vec<&'static str> {
        V::ALL.iter().map(|v| v.as_str()).collect()
    }
    Some(match name {
        "kind" => all::<Kind>(),
        "impact" => all::<Impact>(),
        "component_state" => all::<ComponentState>(),
        "remedy_status" => all::<RemedyStatus>(),
        "how" => all::<How>(),
        "entry_kind" => all::<EntryKind>(),
        "security" => all::<Security>(),
        "target_kind" => TARGET_KINDS.to_vec(),
        _ => return None,
    })
}

/// Walks the generated schema: puts each marked field's words in, drops schemars' integer
/// formats, and drops `null` as a value. serde reads `impact: ~` (or a key with nothing after it) as an absent field, but
/// `check` refuses most such keys (`` `impact` is empty ``), and an empty key is a slip far
/// more often than a choice: leave the key out instead.
fn finish(value: &mut Value) {
    match value {
        Value::Object(map) => {
            no_null(map);
            // schemars names Rust's integer types as formats (`uint16`): no JSON Schema format,
            // so strict validators refuse them; `minimum`/`maximum` already say the range.
            if map
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| f.starts_with("int") || f.starts_with("uint"))
            {
                map.remove("format");
            }
            if let Some(Value::String(name)) = map.get("x-candor-words").cloned()
                && let Some(words) = words(&name)
            {
                map.remove("x-candor-words");
                put_words(map, words);
            }
            if let Some(Value::String(name)) = map.get("x-candor-keys").cloned()
                && let Some(words) = words(&name)
            {
                map.remove("x-candor-keys");
                put_keys(map, words);
            }
            map.values_mut().for_each(finish);
        }
        Value::Array(items) => items.iter_mut().for_each(finish),
        _ => {}
    }
}

/// `{"type": ["string", "null"]}` becomes `{"type": "string"}`, an `anyOf` of a schema and
/// `{"type": "null"}` becomes that schema (its description kept), and `"default": null`
/// goes (an editor would fill it in).
fn no_null(map: &mut Map<String, Value>) {
    if map.get("default").is_some_and(Value::is_null) {
        map.remove("default");
    }
    if let Some(Value::Array(types)) = map.get_mut("type") {
        types.retain(|t| t != "null");
        if types.len() == 1 {
            let only = types.remove(0);
            map.insert("type".into(), only);
        }
    }
    let Some(Value::Array(mut any)) = map.remove("anyOf") else {
        return;
    };
    any.retain(|s| s.get("type").is_none_or(|t| t != "null"));
    if any.len() != 1 {
        map.insert("anyOf".into(), Value::Array(any));
        return;
    }
    match any.remove(0) {
        // Draft 7 ignores the siblings of a `$ref` (the description): keep it in an `allOf`,
        // as schemars does.
        only if only.get("$ref").is_some() => drop(map.insert("allOf".into(), json!([only]))),
        Value::Object(only) => only.into_iter().for_each(|(k, v)| {
            map.entry(k).or_insert(v);
        }),
        _ => {}
    }
}

/// A text field takes one of the words; a list takes them as items, a mapping as values.
fn put_words(map: &mut Map<String, Value>, words: Vec<&'static str>) {
    let is = |t: &str| map.get("type").is_some_and(|v| v == t);
    let target = if is("array") {
        "items"
    } else if is("object") {
        "additionalProperties"
    } else {
        map.insert("enum".into(), json!(words));
        return;
    };
    map.insert(target.into(), json!({ "type": "string", "enum": words }));
}

/// A mapping keyed by the words: each is a property (so an editor offers them), and no other
/// key is allowed.
fn put_keys(map: &mut Map<String, Value>, words: Vec<&'static str>) {
    let value = map
        .remove("additionalProperties")
        .unwrap_or_else(|| json!({}));
    let properties: Map<String, Value> = words
        .into_iter()
        .map(|w| (w.to_string(), value.clone()))
        .collect();
    map.insert("properties".into(), Value::Object(properties));
    map.insert("additionalProperties".into(), false.into());
}

/// The fields `check` requires of each kind (`check::incident`: an incident's `impact` and
/// `started_at`, a maintenance's window) and the statuses its updates take
/// (`Kind::statuses`). `kind` is `incident` unless it says `maintenance`. `status` has no
/// words of its own outside these branches, so an editor offers only the file's kind's.
fn by_kind(root: &mut Map<String, Value>) {
    let branch = |kind: Kind, required: &[&str]| {
        let statuses: Vec<&str> = kind.statuses().iter().map(|s| s.as_str()).collect();
        // Each required field named in `properties` too (its schema is the file's), as
        // strict validators (ajv) ask.
        let mut properties: Map<String, Value> = required
            .iter()
            .map(|f| (f.to_string(), json!({})))
            .collect();
        properties.insert(
            "updates".into(),
            json!({ "type": "array", "items": {
                "type": "object",
                "properties": { "status": { "type": "string", "enum": statuses } }
            } }),
        );
        json!({ "required": required, "properties": properties })
    };
    root.insert(
        "if".into(),
        json!({
            "properties": { "kind": { "const": Kind::Maintenance.as_str() } },
            "required": ["kind"]
        }),
    );
    root.insert(
        "then".into(),
        branch(Kind::Maintenance, &["scheduled_for", "scheduled_until"]),
    );
    root.insert(
        "else".into(),
        branch(Kind::Incident, &["impact", "started_at"]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every marker in `input::raw` names a vocabulary: none is left in the output.
    #[test]
    fn every_marker_is_replaced() {
        for file in SchemaFile::ALL {
            let text = file.text();
            assert!(!text.contains("x-candor-"), "{}", file.file_name());
            assert!(!text.contains("\"null\""), "{}", file.file_name());
        }
    }

    /// The fields `by_kind` names are fields of the incident file.
    #[test]
    fn by_kind_names_real_fields() {
        let schema = SchemaFile::Incident.schema();
        let props = &schema["properties"];
        for f in [
            "kind",
            "impact",
            "started_at",
            "scheduled_for",
            "scheduled_until",
        ] {
            assert!(props.get(f).is_some(), "{f}");
        }
        let update = &schema["definitions"]["RawUpdate"]["properties"];
        assert!(update.get("status").is_some());
    }
}
