// Drives the real YAML language server (the one VS Code's Red Hat YAML extension runs) over
// stdio, as an editor does, on an incident file written by `candor new`, whose first line is
// the modeline pointing at the schema `candor init` wrote:
//   1. the file as written gets no diagnostic, and hover on `status` shows its description;
//   2. completion after `status: ` offers the incident's statuses (not maintenance's);
//   3. a status that is not one (`investigatin`) gets a diagnostic on its line.
//
//   node lsp.mjs SERVER_JS INCIDENT_FILE
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { dirname } from "node:path";

const [server, file] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const uri = pathToFileURL(file).href;
const fail = (why) => {
  console.error(`error: ${why}`);
  process.exit(1);
};
setTimeout(() => fail("no answer from the server within 60 s"), 60_000).unref();

const ls = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
const diagnostics = new Map(); // uri -> [resolve] waiting for the next publish
const settings = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } };

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...message }));
  ls.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  ls.stdin.write(body);
}
function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}
const notify = (method, params) => send({ method, params });
const nextDiagnostics = (u) =>
  new Promise((resolve) => diagnostics.set(u, [...(diagnostics.get(u) || []), resolve]));

function handle(msg) {
  if (msg.id !== undefined && msg.method) {
    // A request from the server: its settings, or anything else answered with nothing.
    const result =
      msg.method === "workspace/configuration"
        ? msg.params.items.map((i) => (i.section ? settings[i.section] ?? null : settings))
        : null;
    send({ id: msg.id, result });
  } else if (msg.id !== undefined) {
    pending.get(msg.id)?.(msg.result ?? msg.error);
    pending.delete(msg.id);
  } else if (msg.method === "textDocument/publishDiagnostics") {
    const waiting = diagnostics.get(msg.params.uri) || [];
    diagnostics.set(msg.params.uri, []);
    waiting.forEach((resolve) => resolve(msg.params.diagnostics));
  }
}
ls.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    handle(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()));
    buffer = buffer.subarray(end + 4 + length);
  }
});

// Opens `body` as a document beside the real file (so the modeline's relative path holds)
// and waits for its first diagnostics.
let docs = 0;
async function open(body) {
  const u = uri.replace(/\.yaml$/, `-${++docs}.yaml`);
  const published = nextDiagnostics(u);
  notify("textDocument/didOpen", { textDocument: { uri: u, languageId: "yaml", version: 1, text: body } });
  return { uri: u, diagnostics: await published };
}

const root = pathToFileURL(dirname(dirname(file))).href;
await request("initialize", {
  processId: process.pid,
  rootUri: root,
  workspaceFolders: [{ uri: root, name: "site" }],
  capabilities: {
    workspace: { configuration: true },
    textDocument: {
      completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown"] } },
      publishDiagnostics: {},
      hover: { contentFormat: ["markdown"] },
    },
  },
});
notify("initialized", {});
notify("workspace/didChangeConfiguration", { settings });

if (!text.startsWith("# yaml-language-server: $schema=")) fail(`${file} has no modeline`);
const line = text.split("\n").findIndex((l) => /^\s+status: investigating$/.test(l));
if (line < 0) fail(`no \`status: investigating\` line in ${file}`);
const lines = text.split("\n");

// 1. As `candor new` wrote it: valid.
const asWritten = await open(text);
if (asWritten.diagnostics.length) fail(`the file as written has diagnostics: ${JSON.stringify(asWritten.diagnostics)}`);
console.log("ok - the file as `candor new` wrote it has no diagnostic");

// Hover on the `status` key: the field's doc comment from src/input/raw.rs.
const hover = await request("textDocument/hover", {
  textDocument: { uri: asWritten.uri },
  position: { line, character: lines[line].indexOf("status") + 2 },
});
const shown = JSON.stringify(hover?.contents ?? "");
if (!shown.includes("The status from this update on")) fail(`hover on \`status\` shows ${shown}`);
console.log("ok - hover on `status` shows its description");

// 2. Completion after `status: `.
const blank = [...lines];
blank[line] = lines[line].replace("investigating", "");
const doc = await open(blank.join("\n"));
const completion = await request("textDocument/completion", {
  textDocument: { uri: doc.uri },
  position: { line, character: blank[line].length },
});
const labels = (completion?.items ?? completion ?? []).map((i) => i.label);
for (const status of ["investigating", "identified", "monitoring", "resolved"]) {
  if (!labels.includes(status)) fail(`completion after \`status: \` lacks ${status}: ${JSON.stringify(labels)}`);
}
if (labels.includes("in_progress")) fail(`an incident is offered maintenance's statuses: ${labels}`);
console.log(`ok - completion after \`status: \` offers ${labels.join(", ")}`);

// 3. A wrong status: a diagnostic on its line.
const wrong = [...lines];
wrong[line] = lines[line].replace("investigating", "investigatin");
const bad = await open(wrong.join("\n"));
const onLine = bad.diagnostics.filter((d) => d.range.start.line === line);
if (!onLine.length) fail(`no diagnostic on line ${line + 1} for \`investigatin\`: ${JSON.stringify(bad.diagnostics)}`);
console.log(`ok - \`status: investigatin\` gets a diagnostic on its line: ${onLine.map((d) => d.message).join(" / ")}`);

await request("shutdown", null);
notify("exit", null);
process.exit(0);
