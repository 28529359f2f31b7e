// Parses each Adaptive Card given on the command line with Microsoft's `adaptivecards`
// package, as a Teams client does, against the card's own schema version, and fails on any
// parse or validation event: an unknown element or action, a property the version does not
// have, a value out of range, a required property missing.
//
//   node check.cjs card.json...
// Needs NODE_PATH to hold adaptivecards (run.sh installs it).
'use strict';

const fs = require('fs');
// The package's `lib/` is ES modules with extensionless imports, which Node cannot load; its
// `dist/` bundle is the same library as one UMD file.
const AC = require('adaptivecards/dist/adaptivecards.js');

const events = (ctx) => {
  const out = [];
  for (let i = 0; i < ctx.eventCount; i += 1) out.push(ctx.getEventAt(i));
  return out;
};
const name = (e) => `${AC.ValidationEvent[e.event]}: ${e.message}`;

let failed = 0;
for (const file of process.argv.slice(2)) {
  let problems;
  try {
    const json = JSON.parse(fs.readFileSync(file, 'utf8'));
    const version = AC.Version.parse(json.version, new AC.SerializationContext());
    const ctx = new AC.SerializationContext(version);
    const card = new AC.AdaptiveCard();
    card.parse(json, ctx);
    problems = events(ctx).map(name);
    if (json.type !== 'AdaptiveCard') problems.push(`type is ${json.type}, not AdaptiveCard`);
    if (card.getItemCount() !== json.body.length) problems.push('an element was dropped');
    if (card.getActionCount() !== (json.actions || []).length) problems.push('an action was dropped');
    problems.push(...card.validateProperties().validationEvents.map(name));
  } catch (e) {
    problems = [`not readable: ${e.message}`];
  }
  if (problems.length === 0) {
    console.log(`ok - ${file}`);
  } else {
    failed += 1;
    console.log(`not ok - ${file}\n  ${problems.join('\n  ')}`);
  }
}
console.log(`${process.argv.length - 2 - failed} passed, ${failed} failed`);
process.exit(failed === 0 && process.argv.length > 2 ? 0 : 1);
