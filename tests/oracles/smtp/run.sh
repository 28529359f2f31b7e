#!/usr/bin/env bash
# Sends mail through candor's email target to a real SMTP server (aiosmtpd from PyPI, on
# loopback) and reads what arrived with Python's `email` package (check.py says what it checks).
set -euo pipefail
cd "$(dirname "$0")/../../.."
venv=/tmp/candor-smtp-venv
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install --quiet 'aiosmtpd==1.4.*'
"$venv/bin/python" tests/oracles/smtp/check.py
