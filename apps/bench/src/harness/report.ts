import type { CaseResult } from './types';

function formatRate(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(1)} k`;
  return value.toFixed(1);
}

/**
 * A markdown table: per case and contender the median throughput, the spread over rounds, and how
 * many times the baseline's median is this contender's ("ours ×": above 1 means ours is faster).
 */
export function markdownTable(results: readonly CaseResult[], rounds: number): string {
  const lines = [
    `| case | contender | median (${rounds} rounds) | min – max | ours × |`,
    '| --- | --- | ---: | ---: | ---: |',
  ];
  const notes: string[] = [];
  for (const { bench, results: rows } of results) {
    const baselineName = bench.baseline ?? bench.contenders[0]?.name;
    const baseline = rows.find((r) => r.name === baselineName);
    rows.forEach((row, i) => {
      const caseCell = i === 0 ? bench.name : '';
      if (row.skip !== undefined) {
        lines.push(`| ${caseCell} | ${row.name} | not run: ${row.skip} | | |`);
        return;
      }
      const unit = bench.unit;
      const min = Math.min(...row.samples);
      const max = Math.max(...row.samples);
      const ratio = baseline === undefined || row === baseline ? '—' : `${(baseline.median / row.median).toFixed(2)}×`;
      lines.push(`| ${caseCell} | ${row.name} | ${formatRate(row.median)} ${unit} | ${formatRate(min)} – ${formatRate(max)} | ${ratio} |`);
    });
    if (bench.note !== undefined) notes.push(`- ${bench.name}: ${bench.note}`);
  }
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}
