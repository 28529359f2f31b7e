"""The lifecycle oracle for `candor notify` (issue 14, "Real parts in the tests"): a site goes
through an incident's whole life through the CLI (new, three updates, resolve, apology,
review, then a maintenance and its reminder), with `candor notify --now T` after each step,
delivering to real receivers on 127.0.0.1 (receivers.py): a webhook, Slack, Teams, Discord,
Google Chat, WebSub and email over SMTP.

Part 1: after each notify, every target has received exactly the entries due so far, once
each, in order (a first run over an old history sends nothing).
Part 2: the same lifecycle in a fresh site, the receivers answering slowly, and every notify
killed with SIGKILL at random moments (a seeded RNG; the seed is printed) before a run to
completion. Then: nothing missed and nothing out of order at any target; no entry under two
ids, and no id twice once deduplicated, for the webhook (`webhook-id`) and email
(`Message-ID`); for chat, which cannot drop a copy, every copy beyond the first is one
candor reported ("may have been delivered twice"); the ledger readable after every kill.

Usage: python3 run.py [--seed N] [--only KIND,KIND] (CANDOR=path/to/candor; default
target/release/candor). Prints `ok`/`not ok` lines; exits 1 on any failure.
"""
import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ beside the sources
from receivers import Receivers  # noqa: E402
from targets import ALL_KINDS, Expected, Targets  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
CANDOR = os.path.abspath(os.environ.get("CANDOR") or os.path.join(ROOT, "target/release/candor"))

failures = 0


def check(name, cond, detail=""):
    global failures
    if cond:
        print(f"ok - {name}")
    else:
        failures += 1
        print(f"not ok - {name}\n    {detail}".rstrip())


class Site:
    """A site in a temporary folder, edited through candor's own commands."""

    def __init__(self, folder, config, env):
        self.root = folder
        self.env = dict(os.environ, **env, NO_COLOR="1")
        os.makedirs(os.path.join(folder, "incidents"))
        with open(os.path.join(folder, "candor.yaml"), "w", encoding="utf-8") as f:
            f.write(config)
        self.ledger = os.path.join(folder, "state", "ledger.jsonl")

    def cli(self, *args):
        r = subprocess.run([CANDOR, *args, "--root", self.root], env=self.env,
                           capture_output=True, text=True, stdin=subprocess.DEVNULL)
        if r.returncode != 0:
            sys.exit(f"candor {' '.join(args)} failed ({r.returncode}):\n{r.stderr}")

    def append(self, name, text):
        with open(os.path.join(self.root, "incidents", name), "a", encoding="utf-8") as f:
            f.write(text)

    def notify_cmd(self, now, *extra):
        return [CANDOR, "notify", "--now", now, "--root", self.root, *extra]

    def notify(self, now):
        r = subprocess.run(self.notify_cmd(now), env=self.env, capture_output=True, text=True,
                           stdin=subprocess.DEVNULL)
        return r.returncode, r.stderr


OWNER = ["--owner", "Mei Tanaka", "--role", "Site Reliability Lead"]
INC, MAINT = "checkout-failing", "database-upgrade"


def ts(day, hm):
    return f"2026-12-{day:02d}T{hm}:00Z"


def update(at, status, body):
    return lambda s: s.cli("update", INC, "--status", status, "--body", body, "--at", at)


REVIEW = """postmortem: |
  ## What happened
  A certificate on the payment gateway expired at 08:55. zqrv
postmortem_published_at: 2026-12-02T10:00:00Z
"""

# (what happens, the edits, when notify runs, the entries that are new then). Each entry:
# (name, ledger key, the word only its message carries; the reminder is told apart by
# "remind" beside the maintenance's word).
LIFECYCLE = [
    ("first run over an old history: a baseline, nothing sent", [], ts(1, "08:00"), []),
    ("candor new: the incident", [lambda s: s.cli(
        "new", "Checkout failing", "--impact", "major", *OWNER, "--component", "api",
        "--body", "Card payments fail at checkout. zqu1", "--next", "30m", "--at", ts(1, "09:00"))],
     ts(1, "09:01"), [("update 1", f"{INC}/update/{ts(1, '09:00')}", "zqu1")]),
    ("candor update: identified", [update(ts(1, "09:20"), "identified",
                                          "An expired certificate. zqu2")],
     ts(1, "09:21"), [("update 2", f"{INC}/update/{ts(1, '09:20')}", "zqu2")]),
    ("two updates before one notify (their order within a run)", [
        update(ts(1, "09:40"), "identified", "A new certificate is being issued. zqu3"),
        update(ts(1, "09:50"), "monitoring", "Payments succeed again — watching. zqu4")],
     ts(1, "09:51"), [("update 3", f"{INC}/update/{ts(1, '09:40')}", "zqu3"),
                      ("update 4", f"{INC}/update/{ts(1, '09:50')}", "zqu4")]),
    ("candor update --status resolved", [update(ts(1, "10:30"), "resolved",
                                                "Resolved: all payments work. zqu5")],
     ts(1, "10:31"), [("resolved", f"{INC}/update/{ts(1, '10:30')}", "zqu5")]),
    ("candor apologize", [lambda s: s.cli(
        "apologize", INC, "--author", "Ana Ruiz", "--role", "Chief Executive",
        "--body", "We are sorry. zqap", "--remedy", "offer=A month free; eligible=Everyone",
        "--at", ts(1, "12:00"))],
     ts(1, "12:01"), [("apology", f"{INC}/apology", "zqap")]),
    ("the review published (postmortem + postmortem_published_at)",
     [lambda s: s.append(f"{INC}.yaml", REVIEW)],
     ts(2, "10:01"), [("review", f"{INC}/review", "zqrv")]),
    ("candor new --kind maintenance, three days ahead", [lambda s: s.cli(
        "new", "Database upgrade", "--kind", "maintenance", *OWNER, "--component", "api",
        "--from", ts(5, "01:00"), "--until", "2h", "--body", "The database is upgraded. zqmt",
        "--at", ts(2, "11:00"))],
     ts(2, "11:01"), [("maintenance", f"{MAINT}/update/{ts(2, '11:00')}", "zqmt")]),
    ("the reminder, within remind_before (24h) of the window", [],
     ts(4, "01:30"), [("reminder", f"{MAINT}/reminder/{ts(5, '01:00')}", None)]),
    ("a last run: nothing new", [], ts(4, "02:00"), []),
]


def setup(folder, receivers, phase, kinds):
    targets = Targets(receivers, phase, kinds)
    site = Site(folder, targets.config(), targets.env())
    site.cli("new", "Old outage", "--impact", "minor", *OWNER, "--component", "api",
             "--body", "Search is slow. zqold", "--at", "2026-11-01T09:00:00Z")
    site.cli("update", "old-outage", "--status", "resolved", "--body", "Fixed. zqold",
             "--at", "2026-11-01T10:00:00Z")
    return site, targets


def part1(receivers, kinds):
    print("# part 1: each step, then notify; every target gets each new entry once, in order")
    with tempfile.TemporaryDirectory() as folder:
        site, targets = setup(folder, receivers, "p1", kinds)
        expected = Expected()
        for what, edits, now, new in LIFECYCLE:
            for edit in edits:
                edit(site)
            expected.add(new)
            rc, err = site.notify(now)
            check(f"{what}: notify exits 0", rc == 0, err)
            receivers.settle()
            for name, problems in targets.exactly(expected):
                check(f"{what}: {name} has {len(expected)} entries, once each, in order",
                      not problems, "\n    ".join(problems))


SENT = re.compile(r"sent .*\((\S+)\) to (\S+)$")
TWICE = re.compile(r"may have been delivered (twice|up to (\d+) times)")


def reports_in(stderr, reported):
    """Counts, per (target, key), the extra copies candor says a send may have made."""
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        m = SENT.search(line)
        if not m or i + 1 >= len(lines):
            continue
        t = TWICE.search(lines[i + 1])
        if t:
            extra = 1 if t.group(1) == "twice" else int(t.group(2)) - 1
            key = (m.group(2), m.group(1))
            reported[key] = reported.get(key, 0) + extra


def ledger_readable(site, now):
    """Every whole line is JSON; a torn last line may be left, and candor reads past it."""
    try:
        with open(site.ledger, encoding="utf-8") as f:
            text = f.read()
    except FileNotFoundError:
        return True, "", False
    whole = text.split("\n")[:-1]
    torn = not text.endswith("\n") and text != ""
    for n, line in enumerate(whole, 1):
        try:
            json.loads(line)
        except ValueError as e:
            return False, f"line {n} is not JSON ({e}): {line!r}", torn
    r = subprocess.run(site.notify_cmd(now, "--dry-run"), env=site.env, capture_output=True,
                       text=True, stdin=subprocess.DEVNULL)
    return r.returncode == 0, r.stderr[-600:], torn


def killed(site, now, rng, receivers, reported, stats, kills):
    """`kills` runs killed at random moments, each followed by a look at the ledger."""
    for _ in range(kills):
        p = subprocess.Popen(site.notify_cmd(now), env=site.env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        moment = rng.uniform(0.0, 1.5)
        try:
            p.wait(timeout=moment)
            stats["finished before the kill"] += 1
        except subprocess.TimeoutExpired:
            p.send_signal(signal.SIGKILL)
            p.wait()
            stats["killed"] += 1
        reports_in(p.stderr.read(), reported)
        p.stderr.close()
        receivers.settle()
        ok, detail, torn = ledger_readable(site, now)
        stats["torn ledger tails"] += torn
        if not ok:
            stats["unreadable ledgers"] += 1
            check(f"the ledger is readable after a kill at {moment:.2f} s", False, detail)


def part2(receivers, kinds, seed, kills):
    print(f"# part 2: slow receivers, every notify killed {kills} times at random moments "
          f"(seed {seed}), then run to completion")
    rng = random.Random(seed)
    receivers.slow(0.2, 0.5)
    reported = {}
    stats = {"killed": 0, "finished before the kill": 0, "torn ledger tails": 0,
             "unreadable ledgers": 0}
    with tempfile.TemporaryDirectory() as folder:
        site, targets = setup(folder, receivers, "p2", kinds)
        expected = Expected()
        for what, edits, now, new in LIFECYCLE:
            for edit in edits:
                edit(site)
            expected.add(new)
            killed(site, now, rng, receivers, reported, stats, kills)
            rc, err = site.notify(now)
            reports_in(err, reported)
            check(f"{what}: the run after the kills exits 0", rc == 0, err)
            receivers.settle()
            for name, problems in targets.at_least_once(expected, reported):
                check(f"{what}: {name}: nothing missed, in order, no unreported copy",
                      not problems, "\n    ".join(problems))
        check(f"the ledger was readable (whole JSON lines, and by `notify --dry-run`) after "
              f"each of the {stats['killed'] + stats['finished before the kill']} runs",
              stats["unreadable ledgers"] == 0)
        print(f"# {stats}")
        for line in targets.counts(expected, reported):
            print(f"# {line}")
    receivers.slow(0, 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=int(os.environ.get("SEED") or
                                                    random.SystemRandom().randrange(2**32)))
    ap.add_argument("--only", default=",".join(ALL_KINDS),
                    help="target kinds to use, comma-separated (default: all)")
    ap.add_argument("--kills", type=int, default=3, help="kills per notify step in part 2")
    args = ap.parse_args()
    kinds = [k for k in args.only.split(",") if k]
    print(f"# candor: {CANDOR}\n# seed: {args.seed} (again: --seed {args.seed})")
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as inbox:
        receivers = Receivers(inbox, args.seed)
        receivers.start()
        try:
            part1(receivers, kinds)
            part2(receivers, kinds, args.seed, args.kills)
        finally:
            receivers.stop()
    print(f"# {time.monotonic() - started:.1f} s; seed {args.seed}")
    if failures:
        print(f"{failures} failed")
        sys.exit(1)
    print("all passed")


if __name__ == "__main__":
    main()
