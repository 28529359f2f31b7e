//! Every limit on what candor reads from disk, in one place with the reason for its value, so
//! that a hostile or broken site (a link to `/`, a folder-link "diamond", a file that never
//! ends) costs bounded time and memory and fails with a clear error instead of a hang.
//! The limits on the YAML inside a file (nesting, aliases, nodes) live with the parser in
//! `load`; these are the ones about files and folders.

/// Largest input file (the config or an incident file), in bytes. An incident file is a few
/// KiB and the biggest real one we have seen is under 100 KiB, so 1 MiB leaves ten times that
/// while a pasted log or a binary saved under a `.yaml` name is refused. It is enforced by
/// reading at most this many bytes plus one (never by trusting the size the file system
/// reports), so a file that grows while it is read, or one that reports a size of 0 and never
/// ends (`/proc` files, devices), still stops here.
pub(crate) const MAX_SOURCE_BYTES: u64 = 1024 * 1024;

/// Largest logo or favicon, in bytes: each is copied into the site and its logo loaded on
/// every page, so a few hundred KiB is already generous (a logo is usually a few KiB).
pub(crate) const MAX_BRAND_FILE_BYTES: u64 = 1024 * 1024;

/// Largest font a site supplies (`brand.font`), in bytes. It is read on every build and held
/// while `watch` runs, not copied into the site; a Latin font is under 1 MiB, a full Chinese or
/// Japanese one 15 to 20 MiB, so 32 MiB takes any single font and refuses a collection of many.
pub(crate) const MAX_BRAND_FONT_BYTES: u64 = 32 * 1024 * 1024;

/// Largest single file of a theme folder, in bytes. Static files are copied to the site as
/// they are: fonts and images are the largest, a few MiB at most; 16 MiB allows a large one
/// and bounds what one file can make candor hold in memory.
pub(crate) const MAX_THEME_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Largest theme in total, in bytes. The whole theme is held in memory (and by `watch` and
/// `serve` for as long as they run) and copied into every build; 64 MiB is many times the
/// built-in theme (under 50 KiB) and a generous custom one.
pub(crate) const MAX_THEME_BYTES: u64 = 64 * 1024 * 1024;

/// Most entries (files, folders and links, ignored names included) one walk of `incidents/`
/// or of a theme folder looks at. The largest site we benchmark has 10,000 incident files;
/// 100,000 is ten times that, and walking it takes about a tenth of a second, so a walk that
/// has wandered into a huge folder (a bind mount of `/`, a copied `node_modules`) stops
/// within a second with an error instead of reading the machine.
pub(crate) const MAX_WALK_ENTRIES: usize = 100_000;

/// Deepest folder level a walk descends to below `incidents/` or the theme folder. Sites use
/// one to three levels (`incidents/2026/03/`); 32 leaves plenty of room while bounding the
/// walk's recursion and path lengths (a bind mount of a folder inside itself is endless).
pub(crate) const MAX_WALK_DEPTH: usize = 32;
