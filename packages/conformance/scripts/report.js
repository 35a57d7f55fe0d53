// Sums what the differential suite wrote into .report/ (one JSON file per test file): cases, live
// comparisons equal / compared by protocol and by type mapping, differences kept on purpose.
//   node scripts/report.js [test file names…]     (default: every file in .report/)
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', '.report');
const wanted = process.argv.slice(2);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && (wanted.length === 0 || wanted.some((w) => f.startsWith(w))));
const rows = files.flatMap((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));

const tally = new Map();
const add = (key, result) => {
  const t = tally.get(key) ?? { equal: 0, compared: 0, difference: 0 };
  t.compared++;
  if (result === 'equal') t.equal++;
  if (result === 'difference') t.difference++;
  tally.set(key, t);
};
for (const row of rows) {
  for (const run of row.stats?.runs ?? []) {
    add(`RESP${run.resp}, ${run.mapping === 'none' ? 'no mapping' : 'mappings'}`, run.result);
    add(`mapping ${run.mapping}`, run.result);
    add(`${run.target}`, run.result);
  }
}
console.log(`files: ${files.join(', ')}`);
console.log(`cases: ${rows.length} (passed ${rows.filter((r) => r.passed).length}; unit-only ${rows.filter((r) => r.unitOnly).length})`);
for (const [key, t] of [...tally.entries()].sort()) {
  console.log(`  ${key.padEnd(26)} equal ${t.equal} / compared ${t.compared}${t.difference ? ` (+${t.difference} differences kept on purpose)` : ''}`);
}
const differences = [...new Set(rows.filter((r) => r.difference).map((r) => r.difference))];
if (differences.length > 0) console.log(`differences kept on purpose:\n  - ${differences.join('\n  - ')}`);
