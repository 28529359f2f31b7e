#!/usr/bin/env bash
# The lifecycle oracle for `candor notify`: installs aiosmtpd (requirements.txt) into a kept
# virtualenv, then runs run.py on the release binary (or $CANDOR). Arguments go to run.py.
set -euo pipefail
cd "$(dirname "$0")/../../.."
venv="${CANDOR_NOTIFY_VENV:-/tmp/candor-notify-venv}"
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tests/oracles/notify/requirements.txt
candor="${CANDOR:-./target/release/candor}"
[ -x "$candor" ] || cargo build --release --quiet
CANDOR="$candor" "$venv/bin/python" tests/oracles/notify/run.py "$@"
