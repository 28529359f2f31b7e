#!/usr/bin/env bash
# A short fuzzing run for CI: builds every target in fuzz/ and runs each on the committed
# corpus for FUZZ_SECONDS (default 30). Finds crashes new code adds to the paths people feed
# untrusted text through (incident files, `candor update`'s flags). New inputs it finds go to
# a scratch folder, so CI never changes the committed corpus; a crash stops the run with its
# input saved under fuzz/artifacts/<target>/ (see fuzz/README.md). Needs the nightly toolchain.
# Usage: .ci/fuzz.sh [TARGET...]   (default: every target in fuzz/)
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${FUZZ_SECONDS:-30}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

# `-s none`: no AddressSanitizer. candor forbids unsafe code and links no C, so ASan would find
# nothing Rust's own checks miss, and it doubles the build and halves the executions.
# cargo-fuzz's default profile (optimised, with debug assertions and overflow checks) is kept:
# `--dev` compiles faster but runs far fewer inputs in the same time, and passing `-O` would
# turn the overflow checks off. `run` below reuses this build (same flags). CI lowers the
# optimisation to level 1 (CARGO_PROFILE_RELEASE_OPT_LEVEL, .ci/run): there the build is most
# of the step; the checks are flags of their own and stay on.
cargo +nightly fuzz build -s none

# The fuzzed site lives in TMPDIR and is rewritten for every input: tmpfs when there is one.
# The targets never delete it (libFuzzer exits without running destructors), so it goes in
# the scratch folder, which is removed at the end.
if [ -d /dev/shm ] && [ -w /dev/shm ]; then shm=/dev/shm; else shm="${TMPDIR:-/tmp}"; fi
scratch=$(mktemp -d "$shm/candor-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/tmp"
export TMPDIR="$scratch/tmp"
failed=()
targets=("$@")
if [ "${#targets[@]}" -eq 0 ]; then
  mapfile -t targets < <(cargo +nightly fuzz list)
fi
for target in "${targets[@]}"; do
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
