#!/usr/bin/env python3
"""A/B benchmark: two candor binaries on the same generated site, runs interleaved.

The brief asks that a change to the build path re-run the 10k figures beside the commit
before it, in one run, with medians and ratios (these 2-core machines are noisy, so the two
binaries alternate run by run and share whatever the machine is doing). A benchmark, not a
test; figures go to docs/benchmarks.md.

    scripts/ab_bench.py OLD_BINARY NEW_BINARY [N] [--runs 5] [--check-runs 7] [--new-language de]

Generates N incidents (default 10,000) with ../shared/bench/gen_incidents.py under
/tmp/candor-ab/nN (reused when present), then for each round builds with OLD, then NEW (each
into its own output folder, which already holds a site from the warm-up, as in CI), then runs
`check` with each. Prints median, min and max seconds, peak RSS of one build each, and the
ratio NEW/OLD of the medians. With `--new-language TAG`, NEW builds the same incidents with
`language: TAG` in candor.yaml (a translated site, under /tmp/candor-ab/nN/yaml-TAG) while OLD
builds them as generated: a binary from before languages refuses any language but English.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

NOW = "2026-11-01T00:00:00Z"  # the generator's fixed "now"


CPU = []  # CPU seconds (user + system) of each timed run, in the order run


def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall


def peak_rss_mb(cmd):
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *cmd],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    return int(out.stderr.strip().splitlines()[-1]) / 1024


def translated(site, language):
    """A copy of `site` in `language`: its own candor.yaml, the same incident files (linked)."""
    copy = site.parent / f"yaml-{language}"
    if not (copy / "candor.yaml").exists():
        (copy / "incidents").mkdir(parents=True, exist_ok=True)
        for f in (site / "incidents").iterdir():
            if not (copy / "incidents" / f.name).exists():
                os.link(f, copy / "incidents" / f.name)
        lines = (site / "candor.yaml").read_text().splitlines(keepends=True)
        lines = [l for l in lines if not l.startswith("language:")] + [f"language: {language}\n"]
        (copy / "candor.yaml").write_text("".join(lines))
    return copy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("n", nargs="?", type=int, default=10000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check-runs", type=int, default=7)
    ap.add_argument("--new-language", help="NEW builds the site in this language (`language:`)")
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    a = ap.parse_args()

    work = Path(f"/tmp/candor-ab/n{a.n}")
    site = work / "yaml"
    if not (site / "candor.yaml").exists():
        work.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, f"{a.shared}/bench/gen_incidents.py", str(a.n), str(work), "--only", "yaml"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    sites = {"old": site, "new": translated(site, a.new_language) if a.new_language else site}
    bins = {"old": os.path.abspath(a.old), "new": os.path.abspath(a.new)}

    def build(which):
        out = work / (f"out-{which}" + (f"-{a.new_language}" if a.new_language else ""))
        return [bins[which], "build", "--root", str(sites[which]), "--now", NOW, "--out", str(out)]

    def check(which):
        return [bins[which], "check", "--root", str(sites[which]), "--now", NOW]

    for which in bins:  # warm-up: page cache, and an existing site to replace
        timed(build(which))
    builds = {w: [] for w in bins}
    checks = {w: [] for w in bins}
    build_cpu = {w: [] for w in bins}
    check_cpu = {w: [] for w in bins}
    for _ in range(a.runs):
        for w in bins:
            builds[w].append(timed(build(w)))
            build_cpu[w].append(CPU[-1])
    for _ in range(a.check_runs):
        for w in bins:
            checks[w].append(timed(check(w)))
            check_cpu[w].append(CPU[-1])
    rss = {w: peak_rss_mb(build(w)) for w in bins}

    def row(name, xs):
        return f"{statistics.median(xs):.3f} s ({min(xs):.3f}-{max(xs):.3f})"

    print(f"N={a.n}, NEW's language {a.new_language or 'as generated'}, {a.runs} builds and {a.check_runs} checks each, interleaved")
    print("| | old | new | new/old (medians) |")
    print("|---|---|---|---|")
    for label, d in (
        ("build, wall", builds),
        ("build, CPU (user + sys)", build_cpu),
        ("check, wall", checks),
        ("check, CPU (user + sys)", check_cpu),
    ):
        ratio = statistics.median(d["new"]) / statistics.median(d["old"])
        print(f"| {label} | {row('old', d['old'])} | {row('new', d['new'])} | {ratio:.2f} |")
    print(f"| build peak RSS | {rss['old']:.0f} MB | {rss['new']:.0f} MB | {rss['new'] / rss['old']:.2f} |")
    print(f"| load average at end | {os.getloadavg()[0]:.1f} | | |")


if __name__ == "__main__":
    main()
