//! What writing the output has to tell the person without failing: waiting for another run,
//! leftovers it could not clear, a fallback it took. The output stage never prints; it hands
//! each notice to the `Tell` it was given, and the command prints it through `console`.

use std::fmt;
use std::path::PathBuf;

use crate::error::Error;

use super::MARKER;

/// Where the output stage's notices go, given by the command that writes the site. A
/// callback rather than a returned list: the `Waiting` notice must appear while the run
/// blocks, and a notice said before a failure (a fallback whose write then failed) must not
/// be lost with the `Err`.
pub struct Tell(Box<dyn Fn(Notice) + Send + Sync>);

impl Tell {
    pub fn new(to: impl Fn(Notice) + Send + Sync + 'static) -> Tell {
        Tell(Box::new(to))
    }

    pub(crate) fn say(&self, notice: Notice) {
        (self.0)(notice)
    }
}

impl fmt::Debug for Tell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tell(..)")
    }
}

/// One thing the output stage says; its `Display` is the line (or lines) the person sees.
#[derive(Debug)]
pub enum Notice {
    /// Another candor run holds the lock on `out`; this one waits for it.
    Waiting { out: PathBuf },
    /// The file system of `lock` cannot lock files, so runs writing `out` are not kept apart.
    CannotLock { lock: PathBuf, out: PathBuf },
    /// `build` put the new site in place but could not remove the previous one (the next
    /// build tries again).
    PreviousKept(Error),
    /// `watch` put the new site in place but could not remove a previous one it did not know.
    PreviousNotRemoved(Error),
    /// The staging folder kept between writes could not be removed.
    StagingNotRemoved(Error),
    /// The staging folder could not be brought up to date, so the whole site is written.
    WritingAll(Error),
    /// A folder a killed run left beside the output could not be removed.
    LeftoverNotRemoved { path: PathBuf, reason: String },
    /// A folder with a candor name but no marker was left alone.
    LeftoverUnmarked { path: PathBuf },
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Notice::Waiting { out } => write!(
                f,
                "waiting for another candor build into `{}` to finish",
                out.display()
            ),
            Notice::CannotLock { lock, out } => write!(
                f,
                "warning: `{}`: this file system cannot lock files, so two candor runs writing `{}` at once are not kept apart",
                lock.display(),
                out.display()
            ),
            Notice::PreviousKept(e) => write!(
                f,
                "warning: the new site is in place, but the previous one could not be removed: {e}\nnote: the next build tries again"
            ),
            Notice::PreviousNotRemoved(e) => {
                write!(f, "warning: the previous site could not be removed: {e}")
            }
            Notice::StagingNotRemoved(e) => write!(f, "warning: {e}"),
            Notice::WritingAll(e) => write!(f, "note: writing the whole site again: {e}"),
            Notice::LeftoverNotRemoved { path, reason } => write!(
                f,
                "warning: `{}`, left by an earlier candor run, could not be removed: {reason}",
                path.display()
            ),
            Notice::LeftoverUnmarked { path } => write!(
                f,
                "note: `{}` has a candor name but no `{MARKER}` file, so it was left alone; delete it yourself if nothing needs it",
                path.display()
            ),
        }
    }
}
