"""Reads a built site's maintenance.ics with the `icalendar` package (PyPI), the parser many
calendar tools use, and checks it against the maintenance incident files.

Usage: python3 tests/oracles/icalendar/check.py SITE_OUT_DIR SITE_ROOT
Prints `ok`/`not ok` lines and `N passed, M failed`; exits 1 on any failure.
"""
import glob
import os
import sys
from datetime import datetime, timezone

import icalendar
import yaml

out, root = sys.argv[1], sys.argv[2]
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok - {name}")
    else:
        failed += 1
        print(f"not ok - {name} {detail}")


def utc(value):
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.astimezone(timezone.utc)


with open(os.path.join(out, "maintenance.ics"), "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
check("parses as VCALENDAR 2.0", cal.get("VERSION") == "2.0")
events = {str(e.get("UID")): e for e in cal.walk("VEVENT")}

maint = []
for path in sorted(glob.glob(os.path.join(root, "incidents", "**", "*.yaml"), recursive=True)):
    with open(path) as f:
        doc = yaml.safe_load(f)
    if doc.get("kind") == "maintenance":
        maint.append((doc.get("id") or os.path.splitext(os.path.basename(path))[0], doc))
check("one event per maintenance", len(events) == len(maint), f"{len(events)} vs {len(maint)}")

for mid, doc in maint:
    uid = next((u for u in events if u.startswith(mid + "@")), None)
    check(f"{mid}: stable UID", uid is not None, str(list(events)))
    if uid is None:
        continue
    e = events[uid]
    check(f"{mid}: DTSTART", utc(e.decoded("DTSTART")) == utc(doc["scheduled_for"]))
    check(f"{mid}: DTEND", utc(e.decoded("DTEND")) == utc(doc["scheduled_until"]))
    check(f"{mid}: SUMMARY names it", doc["title"] in str(e.get("SUMMARY")))
    check(f"{mid}: SEQUENCE counts its updates", int(e.get("SEQUENCE")) == len(doc["updates"]) - 1)
    check(f"{mid}: DTSTAMP is the last update", utc(e.decoded("DTSTAMP")) == utc(doc["updates"][-1]["at"]))

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
