#!/usr/bin/env bash
# A short fuzzing run for CI: builds every target in fuzz/ and runs each on the committed
# corpus for FUZZ_SECONDS (default 30). Finds crashes new code adds to the paths people feed
# untrusted text through (incident files, `candor update`'s flags). New inputs it finds go to
# a scratch folder, so CI never changes the committed corpus; a crash stops the run with its
# input saved under fuzz/artifacts/<target>/ (see fuzz/README.md). Needs the nightly toolchain.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${FUZZ_SECONDS:-30}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# `-s none`: no AddressSanitizer. candor forbids unsafe code and links no C, so ASan would find
# nothing Rust's own checks miss, and it doubles the build and halves the executions. `-O`
# with debug assertions (cargo-fuzz's default) keeps overflow checks on.
build() { cargo +nightly fuzz build -s none "$@"; }
build

# The fuzzed site lives in TMPDIR and is rewritten for every input: tmpfs when there is one.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then export TMPDIR=/dev/shm; fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=()
for target in $(cargo +nightly fuzz list); do
  echo "fuzzing $target for ${seconds}s"
  mkdir -p "$scratch/$target"
  # New inputs go to the scratch folder (the first one named); the committed corpus is read.
  cargo +nightly fuzz run -s none "$target" "$scratch/$target" "corpus/$target" -- \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    || failed+=("$target")
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "error: fuzzing found a failing input in: ${failed[*]} (saved under fuzz/artifacts/)" >&2
  exit 1
fi
