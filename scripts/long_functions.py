#!/usr/bin/env python3
"""Lists the functions in src/ longer than a limit (default 100 lines), longest first: the
style keeps each function to one screen unless it is one flat `match` or data literal.

    python3 scripts/long_functions.py [LIMIT]     (exit 1 when one is over; CI runs it)
"""
import re
import sys
from pathlib import Path

limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
found = []
for f in sorted(Path("src").rglob("*.rs")):
    lines = f.read_text().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)(pub(\([^)]*\))? )?(const )?(async )?fn (\w+)", line)
        if not m:
            continue
        indent = len(m.group(1))
        j = i
        while j < len(lines) and not lines[j].rstrip().endswith(("{", ";")):
            j += 1
        if j >= len(lines) or lines[j].rstrip().endswith(";"):
            continue
        k = j + 1
        while k < len(lines) and not (
            lines[k].startswith(" " * indent + "}") and len(lines[k]) - len(lines[k].lstrip()) == indent
        ):
            k += 1
        n = k - i + 1
        if n > limit:
            found.append((n, f"{f}:{i + 1}", m.group(6)))
for n, where, name in sorted(found, reverse=True):
    print(f"{n:4} lines  {name}  {where}")
print(f"{len(found)} function(s) over {limit} lines", file=sys.stderr)
sys.exit(1 if found else 0)
