#!/usr/bin/env python3
"""Checks the shape of `src/`: no import cycle between modules, and no stage importing from a
stage after its own (issue 12). Reads every `crate::` path (in `use` lines, brace groups
expanded, and inline) and every `super::` path, resolves each to the module file it names,
and fails with the offending edges.

A module may use its own ancestors (a channel reaching `channels::Prepared` through
`super::`): that is Rust's way of sharing within a folder, not a cycle between concepts.

Usage: python3 .ci/imports.py [src]   (exit 0 clean, 1 with the problems listed)
       python3 .ci/imports.py --self-test   (shows it catches a cycle and a backward import)
"""
import re
import sys
from pathlib import Path

# The stages, in the order data flows through them (README "How the code is laid out").
# A module may import from its own stage and from any stage with a lower rank; shared leaves
# (rank 0) import only other leaves.
RANK = {
    "diagnostic": 0, "error": 0, "hash": 0, "links": 0, "locale": 0, "pointer": 0, "text": 0, "time": 0,
    "timings": 0, "fonts": 0,
    "input": 1, "yaml": 2, "model": 3, "derive": 4, "check": 5, "render": 6,
    "channels": 7, "output": 8, "incremental": 9, "pipeline": 10, "edit": 10, "notify": 11,
    "console": 12, "watch": 13, "serve": 14, "cli": 15, "commands": 16,
}
IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def module_of(src: Path, f: Path) -> tuple:
    parts = list(f.relative_to(src).with_suffix("").parts)
    if parts[-1] in ("mod", "lib"):
        parts.pop()
    return tuple(parts)


def strip(text: str) -> str:
    """Drops comments and string literals (a path inside either is not an import)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'r(#*)".*?"\1', '""', text, flags=re.S)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text, flags=re.S)
    text = re.sub(r"'(?:\\.|[^'\\])'", "''", text)
    return re.sub(r"//[^\n]*", "", text)


def expand(tree: str) -> list:
    """`a::{b, c::{d, e}}` -> [a::b, a::c::d, a::c::e]."""
    tree = re.sub(r"\s+", "", tree)
    i = tree.find("{")
    if i < 0:
        return [re.sub(r"\bas\w+$", "", tree)]
    head, body = tree[:i], tree[i + 1 : tree.rfind("}")]
    parts, depth, cur = [], 0, ""
    for ch in body:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    return [p for part in parts if part for p in expand(head + part)]


def paths_in(text: str, me: tuple) -> set:
    found = set()
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        for p in expand(m.group(1)):
            found.add(p)
    for m in re.finditer(rf"(?<![\w:])(crate|super|self)((?:::{IDENT})+)", text):
        found.add(m.group(1) + m.group(2))
    out = set()
    for p in found:
        segs = [s for s in p.split("::") if s]
        if not segs:
            continue
        if segs[0] == "crate":
            out.add(tuple(segs[1:]))
        elif segs[0] in ("super", "self"):
            base = list(me)
            while segs and segs[0] in ("super", "self"):
                if segs.pop(0) == "super" and base:
                    base.pop()
            out.add(tuple(base + segs))
    return out


def resolve(path: tuple, modules: set) -> tuple:
    for n in range(len(path), 0, -1):
        if path[:n] in modules:
            return path[:n]
    return ()


def main() -> int:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "src")
    files = [f for f in src.rglob("*.rs") if f.name != "main.rs"]
    modules = {module_of(src, f) for f in files}
    edges = {}
    for f in files:
        me = module_of(src, f)
        for path in paths_in(strip(f.read_text()), me):
            to = resolve(path, modules)
            if to and to != me and me[: len(to)] != to:
                edges.setdefault(me, set()).add(to)
    problems = []
    for a, tos in sorted(edges.items()):
        if not a:
            continue  # the crate root declares the stages and hands the CLI to `commands`
        for b in sorted(tos):
            ra, rb = RANK.get(a[0]), RANK.get(b[0])
            if ra is None:
                problems.append(f"{'::'.join(a)}: not in a stage (add it to RANK in {sys.argv[0]})")
            elif rb is None:
                problems.append(f"{'::'.join(b)}: not in a stage")
            elif a[0] != b[0] and rb > ra:
                problems.append(f"{'::'.join(a)} imports {'::'.join(b)}, a later stage")
            elif a[0] != b[0] and ra == rb and ra != 0:
                problems.append(f"{'::'.join(a)} imports {'::'.join(b)}, a stage beside its own")
    # Cycles: Tarjan's strongly connected components.
    index, low, stack, on, sccs, n = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                sccs.append(comp)

    sys.setrecursionlimit(10000)
    for v in sorted(modules):
        if v not in index:
            visit(v)
    for comp in sccs:
        names = sorted("::".join(c) or "crate" for c in comp)
        inner = sorted(
            f"{'::'.join(a)} -> {'::'.join(b)}"
            for a in comp for b in edges.get(a, ()) if b in comp
        )
        problems.append("import cycle between " + ", ".join(names) + ": " + "; ".join(inner))
    for p in problems:
        print(f"error: {p}", file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in the module graph of {src}", file=sys.stderr)
        return 1
    print(f"{len(modules)} modules, {sum(map(len, edges.values()))} imports: no cycle, every import goes to an earlier stage")
    return 0


def self_test() -> int:
    """A checker that never fails proves nothing: feed it a cycle and an import from a later
    stage, and a clean tree, and see it tell them apart."""
    import subprocess
    import tempfile

    def run(tree: dict) -> tuple:
        with tempfile.TemporaryDirectory() as d:
            for path, text in tree.items():
                f = Path(d, path)
                f.parent.mkdir(parents=True, exist_ok=True)
                f.write_text(text)
            r = subprocess.run([sys.executable, __file__, d], capture_output=True, text=True)
            return r.returncode, r.stderr

    clean = {"lib.rs": "pub mod text;\npub mod input;\n", "text.rs": "",
             "input/mod.rs": "use crate::text::x;\nmod walk;\n",
             "input/walk.rs": "use super::SourceFile;\n"}
    cycle = dict(clean, **{"text.rs": "pub use crate::time::{a, b::c};\n",
                           "time.rs": "fn f() { crate::text::g() }\n"})
    backward = dict(clean, **{"text.rs": "// crate::input is named in a comment only\n"
                                         "use crate::input::walk;\n"})
    code, _ = run(clean)
    assert code == 0, "a clean tree was refused"
    code, err = run(cycle)
    assert code == 1 and "import cycle between text, time" in err, err
    code, err = run(backward)
    assert code == 1 and "text imports input::walk, a later stage" in err, err
    print("self-test: a clean tree passes; a cycle and a backward import are refused")
    return 0


if __name__ == "__main__":
    sys.exit(self_test() if sys.argv[1:] == ["--self-test"] else main())
