/** The per-step table: where our pipeline's time goes, from the `steps` the batch CLI reports per page. */
import { median } from './score';

interface StepLine {
  ms?: number;
  steps?: Record<string, number>;
}

/** Median and mean milliseconds per step over the pages that report steps, and each step's share of the mean total. */
export function stepTable(lines: Iterable<StepLine>, plainLines: Iterable<StepLine>): string[] {
  const byStep = new Map<string, number[]>();
  const totals: number[] = [];
  for (const line of lines) {
    if (!line.steps || typeof line.ms !== 'number') continue;
    totals.push(line.ms);
    for (const [name, ms] of Object.entries(line.steps)) byStep.set(name, [...(byStep.get(name) ?? []), ms]);
  }
  if (totals.length === 0) return [];
  const mean = (values: number[]): number => values.reduce((sum, v) => sum + v, 0) / totals.length;
  const totalMean = mean(totals);
  const plain = [...plainLines].flatMap((line) => (typeof line.ms === 'number' ? [line.ms] : []));
  const rows = [['step', 'median ms', 'mean ms', 'share of mean']];
  for (const [name, values] of byStep) rows.push([name, median(values).toFixed(2), mean(values).toFixed(2), `${((mean(values) / totalMean) * 100).toFixed(1)}%`]);
  const accounted = [...byStep.values()].reduce((sum, values) => sum + mean(values), 0);
  rows.push(['(between steps)', '', (totalMean - accounted).toFixed(2), `${(((totalMean - accounted) / totalMean) * 100).toFixed(1)}%`]);
  rows.push(['total (ours)', median(totals).toFixed(2), totalMean.toFixed(2), '100%']);
  if (plain.length) rows.push(['plain Readability', median(plain).toFixed(2), (plain.reduce((s, v) => s + v, 0) / plain.length).toFixed(2), '']);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return [
    `== our pipeline per step (${totals.length} pages; steps of core/extract.ts, language detection in toArticle) ==`,
    ...rows.map((row) => `  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`),
  ];
}
