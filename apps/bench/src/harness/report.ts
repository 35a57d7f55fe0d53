import type { CaseResult, Clock, ContenderResult } from './types';

function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k`;
  return value.toFixed(1);
}

/**
 * A markdown table: per case and contender the median throughput (per CPU-second for synchronous
 * cases, marked "cpu"; per second of wall time for async ones, "wall"), its spread over the rounds,
 * how many times the baseline's median is this contender's ("ours ×": above 1 means ours is
 * faster), and the same two for the other clock (wall time for synchronous cases; for async ones
 * the throughput per CPU-second of this process, i.e. what each command costs the client). A contender that failed shows the error
 * instead (and no ratio is computed against a failed baseline).
 */
export function markdownTable(results: readonly CaseResult[], rounds: number): string {
  const lines = [
    `| case | contender | median of ${rounds} rounds | min – max | ours × | other clock's median | ours × |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const notes: string[] = [];
  for (const { bench, results: rows } of results) {
    const baselineName = bench.baseline ?? bench.contenders[0]?.name;
    const baseline = rows.find((r) => r.name === baselineName);
    rows.forEach((row, i) => {
      const caseCell = i === 0 ? bench.name : '';
      if (row.skip !== undefined) {
        lines.push(`| ${caseCell} | ${row.name} | not run: ${row.skip} | | | | |`);
        return;
      }
      if (row.failed !== undefined) {
        lines.push(`| ${caseCell} | ${row.name} | failed: ${row.failed.replaceAll('|', '\\|')} | | | | |`);
        return;
      }
      const unit = bench.unit;
      const min = Math.min(...row.samples);
      const max = Math.max(...row.samples);
      const ratio = (pick: (r: ContenderResult) => number): string =>
        baseline === undefined || row === baseline || !Number.isFinite(pick(baseline)) ? '—' : `${(pick(baseline) / pick(row)).toFixed(2)}×`;
      const other: Clock = row.clock === 'cpu' ? 'wall' : 'cpu';
      const otherMedian = (r: ContenderResult): number => (other === 'cpu' ? r.cpuMedian : r.wallMedian);
      lines.push(
        `| ${caseCell} | ${row.name} | ${formatRate(row.median)} ${unit} (${row.clock}) | ${formatRate(min)} – ${formatRate(max)} | ${ratio((r) => r.median)} | ${formatRate(otherMedian(row))} ${unit} (${other}) | ${ratio(otherMedian)} |`,
      );
    });
    if (bench.note !== undefined) notes.push(`- ${bench.name}: ${bench.note}`);
  }
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
