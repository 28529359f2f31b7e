//! Everything that knows YAML: reading a file into the raw schema with every mistake
//! located, the limits that keep hostile files cheap, and writing YAML for `new` and `update`.

pub(crate) mod cut;
pub(crate) mod limits;
pub mod load;
pub(crate) mod locate;
pub mod parse;
mod syntax;
pub(crate) mod walk;
pub(crate) mod write;

pub(crate) use syntax::quote;
