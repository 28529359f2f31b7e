// Validates a GitLab CI file against GitLab's own CI JSON schema (the one its pipeline editor
// uses, as gitlab-ci-local ships it, validated with ajv the way gitlab-ci-local does), and
// checks that a broken copy is rejected, so a pass means something.
// Usage: node .ci/gitlab_ci_schema.mjs DEPS-DIR FILE
// Why not `gitlab-ci-local --list`: it needs the native re2 module, whose install downloads
// a prebuilt binary this machine cannot reach (or compiles RE2 for minutes).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
const [deps, file] = process.argv.slice(2);
const require = createRequire(`${deps}/node_modules/`);
const Ajv = require("ajv");
const yaml = require("js-yaml");
const { schema } = await import(`${deps}/node_modules/gitlab-ci-local/src/schema/schema.js`);

const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, validateFormats: false,
  strictTypes: false, keywords: ["markdownDescription"] });
const validate = ajv.compile(schema);
const config = yaml.load(readFileSync(file, "utf8"));
let failed = 0;
if (validate(config)) {
  console.log(`ok    ${file} is valid against GitLab's CI schema`);
} else {
  for (const e of validate.errors.slice(0, 10)) console.log(`FAIL  ${file}: ${e.instancePath} ${e.message}`);
  failed++;
}
// Every job that is not a template runs a script, its own or its template's.
for (const [name, job] of Object.entries(config)) {
  if (name.startsWith(".") || typeof job !== "object" || !("rules" in job || "script" in job)) continue;
  const template = job.extends ? config[job.extends] : {};
  if (!job.script && !template.script) { console.log(`FAIL  ${file}: job ${name} has no script`); failed++; }
}
const broken = structuredClone(config);
broken.pages.artifacts = { path: ["public"] }; // `path` for `paths`: a real mistake
if (validate(broken)) { console.log("FAIL  a broken copy (artifacts: path:) passed the schema"); failed++; }
else console.log("ok    a broken copy (artifacts: path:) is rejected");
process.exit(failed ? 1 : 0);
