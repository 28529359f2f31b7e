#!/usr/bin/env python3
"""Save -> updated page on disk, for `candor watch` (a benchmark, not a test).

    watch_bench.py --candor BIN --site YAML_DIR --out OUT_DIR [--trials 7] [--json FILE]

Starts `candor watch` on a generated site (../shared/bench/gen_incidents.py), waits for the
first build, then per trial adds a paragraph carrying a unique token to the latest update of the
newest incident (the one on the home page and at the top of the feeds) and polls the disk every
2 ms: it reports save -> the incident's index.html containing the token, save -> feed.rss
containing it, and the "rebuilt in N ms" candor prints. One untimed warm-up edit first; the file
is restored at the end. The same measurement as ../shared/bench/watch_latency.py makes for Hugo,
so the two can be read side by side.
"""

import argparse
import glob
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time


def newest_incident(site):
    best = None
    for p in glob.glob(os.path.join(site, "incidents", "*.yaml")):
        with open(p, encoding="utf-8") as f:
            head = f.read(600)
        m = re.search(r"^started_at: (\S+)", head, re.M)
        if m and (best is None or m.group(1) > best[0]):
            best = (m.group(1), p)
    return best[1]


def add_token(text, token):
    at = text.rindex("    body: |\n") + len("    body: |\n")
    return text[:at] + "      Watch-mode edit *%s*: we keep monitoring the fix.\n\n" % token + text[at:]


class Watcher:
    def __init__(self, cmd):
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     text=True, bufsize=1)
        self.lines, self.lock = [], threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for ln in self.proc.stderr:
            with self.lock:
                self.lines.append((time.perf_counter(), ln.rstrip("\n")))

    def rebuilt_since(self, t):
        with self.lock:
            return [int(m.group(1)) for ts, ln in self.lines if ts >= t
                    for m in [re.search(r" rebuilt in (\d+) ms", ln)] if m]

    def wait_for(self, pattern, timeout):
        end = time.time() + timeout
        while time.time() < end:
            with self.lock:
                if any(re.search(pattern, ln) for _, ln in self.lines):
                    return True
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        return False

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def wait_token(path, token, t0, timeout):
    last = None
    tok = token.encode()
    while time.perf_counter() - t0 < timeout:
        try:
            st = os.stat(path)
            sig = (st.st_mtime_ns, st.st_size, st.st_ino)
            if sig != last:
                last = sig
                with open(path, "rb") as f:
                    if tok in f.read():
                        return time.perf_counter() - t0
        except FileNotFoundError:
            pass
        time.sleep(0.002)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--candor", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--trials", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--now", default="2026-11-01T00:00:00Z")
    ap.add_argument("--debounce", default=None, help="candor's --debounce (default: its own)")
    ap.add_argument("--json")
    ap.add_argument("--log", help="write candor's own output here")
    a = ap.parse_args()

    target = newest_incident(a.site)
    name = os.path.splitext(os.path.basename(target))[0]
    page = os.path.join(a.out, "incidents", name, "index.html")
    rss = os.path.join(a.out, "feed.rss")
    backup = target + ".bench-orig"  # not .yaml: candor does not read it
    shutil.copy2(target, backup)
    shutil.rmtree(a.out, ignore_errors=True)

    cmd = [a.candor, "--root", a.site, "--color", "never", "watch", "--out", a.out, "--now", a.now]
    if a.debounce:
        cmd += ["--debounce", a.debounce]
    t_start = time.perf_counter()
    w = Watcher(cmd)
    res = {"incident": name, "trials": []}
    jitter = random.Random(1)
    try:
        if not w.wait_for(r"^watching", a.timeout * 5):
            sys.exit("candor watch did not come up:\n" + "\n".join(l for _, l in w.lines[-20:]))
        res["initial_build_s"] = round(time.perf_counter() - t_start, 3)
        time.sleep(1.0)
        for k in range(a.trials + 1):  # trial 0 is the warm-up
            token = "benchtoken%03d%d" % (k, os.getpid())
            with open(target, encoding="utf-8") as f:
                text = add_token(f.read(), token)
            time.sleep(jitter.uniform(0.2, 0.7))
            t0 = time.perf_counter()
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            dt_page = wait_token(page, token, t0, a.timeout)
            dt_rss = wait_token(rss, token, t0, a.timeout)
            deadline = time.time() + 30
            while not w.rebuilt_since(t0) and time.time() < deadline:
                time.sleep(0.01)
            reb = w.rebuilt_since(t0)
            row = {"warmup": k == 0, "page_s": dt_page, "rss_s": dt_rss,
                   "candor_rebuild_ms": reb[0] if reb else None}
            res["trials"].append(row)
            print("  %s: page %s s, rss %s s, candor 'rebuilt in' %s ms" % (
                "warm-up" if k == 0 else "trial %d" % k,
                "%.3f" % dt_page if dt_page else "timeout",
                "%.3f" % dt_rss if dt_rss else "timeout", row["candor_rebuild_ms"]))
    finally:
        w.stop()
        shutil.move(backup, target)
        if a.log:
            with open(a.log, "w") as f:
                f.writelines("%.3f %s\n" % (ts - t_start, ln) for ts, ln in w.lines)
    timed = [t["page_s"] for t in res["trials"] if not t["warmup"] and t["page_s"]]
    rss_t = [t["rss_s"] for t in res["trials"] if not t["warmup"] and t["rss_s"]]
    reb = [t["candor_rebuild_ms"] for t in res["trials"] if not t["warmup"] and t["candor_rebuild_ms"]]
    if timed:
        res["page_median_s"], res["page_min_s"], res["page_max_s"] = (
            statistics.median(timed), min(timed), max(timed))
    if rss_t:
        res["rss_median_s"] = statistics.median(rss_t)
    if reb:
        res["rebuild_median_ms"] = statistics.median(reb)
    print("candor watch (save -> incident HTML on disk): median %.3f s (min %.3f, max %.3f), n=%d; "
          "rss median %.3f s; candor's own rebuild median %s ms; initial build %.1f s" % (
              res.get("page_median_s", float("nan")), res.get("page_min_s", float("nan")),
              res.get("page_max_s", float("nan")), len(timed), res.get("rss_median_s", float("nan")),
              res.get("rebuild_median_ms"), res["initial_build_s"]))
    if a.json:
        json.dump(res, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
