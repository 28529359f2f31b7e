//! The text of an edit, from `--body` or `--body-file` (the same two flags for `new`,
//! `update` and `apologize`).

use std::path::{Path, PathBuf};

use crate::edit::files::{ReadError, read_bounded};
use crate::error::Error;
use crate::input::MAX_SOURCE_BYTES;

/// `--body` or `--body-file`, or neither (`None`: the caller asks, or writes a placeholder,
/// or refuses).
pub(crate) fn body_text(
    body: Option<&str>,
    body_file: Option<&PathBuf>,
) -> Result<Option<String>, Error> {
    match (body, body_file) {
        (Some(b), None) => Ok(Some(b.to_string())),
        (None, Some(f)) => read_body_file(f).map(Some),
        (Some(_), Some(_)) => Err(Error::Usage("give --body or --body-file, not both".into())),
        (None, None) => Ok(None),
    }
}

/// The text of `--body-file`, read with a bound: a body that alone would push an incident
/// file past the loader's limit is refused, and a device such as `/dev/zero` is not read
/// without end.
fn read_body_file(path: &Path) -> Result<String, Error> {
    match read_bounded(path, MAX_SOURCE_BYTES) {
        Ok(text) => Ok(text),
        Err(ReadError::Io(source)) => Err(Error::Io {
            path: path.to_path_buf(),
            source,
        }),
        Err(ReadError::TooLarge) => Err(Error::Usage(format!(
            "--body-file `{}` is over {} KiB, the limit for a whole incident file; \
             link to long logs or reports instead of pasting them",
            path.display(),
            MAX_SOURCE_BYTES / 1024
        ))),
        Err(ReadError::NotUtf8) => Err(Error::Usage(format!(
            "--body-file `{}` is not UTF-8 text; save it as UTF-8",
            path.display()
        ))),
    }
}
