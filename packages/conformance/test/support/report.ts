// What the differential suite found, written per test file into `.report/` (git-ignored) so a run's
// totals can be summed for the issue note: `node scripts/report.js`.
import fs from 'node:fs';
import path from 'node:path';

/** What the report keeps of a case (a `Case` of cases.ts). */
interface ReportedCase {
  method: string;
  unitOnly?: { reason: string };
  difference?: { reason: string };
}

interface Row {
  file: string;
  title: string;
  name: string;
  method: string;
  unitOnly: string | undefined;
  difference: string | undefined;
  passed: boolean;
  /** The case's CaseStats (cases.ts), kept as they are. */
  stats: unknown;
}

const rows: Row[] = [];
const dir = path.join(__dirname, '..', '..', '.report');

export function recordCase(title: string, c: ReportedCase, name: string, stats: unknown, passed: boolean): void {
  rows.push({
    file: path.basename(expect.getState().testPath ?? 'unknown'),
    title,
    name,
    method: c.method,
    unitOnly: c.unitOnly?.reason,
    difference: c.difference?.reason,
    passed,
    stats,
  });
}

afterAll(() => {
  if (rows.length === 0) return;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${rows[0]!.file}.json`), JSON.stringify(rows, null, 1));
});
