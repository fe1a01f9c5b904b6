/**
 * Output before and after a change, byte for byte: runs the batch CLI over the benchmark's page
 * lists and compares every result line with a recorded one, ignoring only the timings (`ms`, `steps`).
 *
 *   npx tsx bench/compare-output.ts record DIR [LIST…]   run the lists, keep the output in DIR
 *   npx tsx bench/compare-output.ts check DIR [LIST…]    run them again (kept as DIR/<list name>.now.jsonl), list every page that differs
 *   npx tsx bench/compare-output.ts diff DIR             compare what check kept with what was recorded, without running anything
 *   npx tsx bench/compare-output.ts adopt DIR FILE…      record from existing CLI output (bench/out/<corpus>.full.jsonl)
 *
 * LIST defaults to the lists `npm run bench` writes (bench/out/{seeds,trafilatura,daniel}.list.jsonl).
 * Output is kept per list as DIR/<list name>.jsonl, one line per page sorted by id. `check` exits
 * with code 1 when anything differs. Timings (`ms`, `steps`) are left out of the comparison.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_LISTS = ['seeds', 'trafilatura', 'daniel'].map((name) => path.join(ROOT, 'bench', 'out', `${name}.list.jsonl`));

/** One result line without its timing, keyed by page id. */
function normalizedLines(output: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const text of output.split('\n')) {
    if (!text.trim()) continue;
    const line = JSON.parse(text) as { id: string; ms?: number; steps?: unknown };
    delete line.ms;
    delete line.steps;
    lines.set(line.id, JSON.stringify(line));
  }
  return lines;
}

function sorted(lines: Map<string, string>): string {
  return [...lines.keys()].sort().map((id) => lines.get(id)!).join('\n') + '\n';
}

function runBatch(list: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'cli/extract.ts', '--batch', list], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const nameOf = (file: string): string => path.basename(file).replace(/\.(list|full)\.jsonl$/, '').replace(/\.jsonl$/, '');

/** The first place two lines differ, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: recorded …${a.slice(Math.max(0, i - 60), i + 60)}…\n         now      …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}

async function main(): Promise<void> {
  const [command, dir, ...rest] = process.argv.slice(2);
  if (!dir || !['record', 'check', 'adopt', 'diff'].includes(command ?? '')) {
    throw new Error('usage: compare-output.ts record|check DIR [LIST…] | adopt DIR FILE… | diff DIR');
  }
  mkdirSync(dir, { recursive: true });
  if (command === 'adopt') {
    for (const file of rest) writeFileSync(path.join(dir, `${nameOf(file)}.jsonl`), sorted(normalizedLines(readFileSync(file, 'utf8'))));
    return;
  }
  if (command === 'diff') {
    const names = readdirSync(dir).filter((file) => file.endsWith('.now.jsonl')).map((file) => file.slice(0, -'.now.jsonl'.length));
    report(names.reduce((sum, name) => sum + compare(dir, name, normalizedLines(readFileSync(path.join(dir, `${name}.now.jsonl`), 'utf8'))), 0));
    return;
  }
  const lists = rest.length ? rest : DEFAULT_LISTS;
  let differences = 0;
  for (const list of lists) {
    const name = nameOf(list);
    const now = normalizedLines(await runBatch(list));
    if (command === 'record') {
      writeFileSync(path.join(dir, `${name}.jsonl`), sorted(now));
      process.stdout.write(`${name}: ${now.size} pages recorded\n`);
      continue;
    }
    writeFileSync(path.join(dir, `${name}.now.jsonl`), sorted(now));
    if (!existsSync(path.join(dir, `${name}.jsonl`))) {
      process.stdout.write(`${name}: nothing recorded yet; the output is kept for \`diff\`\n`);
      continue;
    }
    differences += compare(dir, name, now);
  }
  if (command === 'check') report(differences);
}

/** Compares one list's output with the recorded one, printing the first differences; returns how many pages differ. */
function compare(dir: string, name: string, now: Map<string, string>): number {
  const recorded = normalizedLines(readFileSync(path.join(dir, `${name}.jsonl`), 'utf8'));
  const ids = [...new Set([...recorded.keys(), ...now.keys()])].sort();
  const differing = ids.filter((id) => recorded.get(id) !== now.get(id));
  process.stdout.write(`${name}: ${ids.length} pages, ${differing.length} differ\n`);
  for (const id of differing.slice(0, 10)) {
    const [a, b] = [recorded.get(id), now.get(id)];
    process.stdout.write(`  ${id}: ${a === undefined ? 'new page' : b === undefined ? 'missing now' : firstDifference(a, b)}\n`);
  }
  return differing.length;
}

function report(differences: number): void {
  process.stdout.write(differences === 0 ? 'identical: 0 differences\n' : `${differences} pages differ\n`);
  if (differences > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`compare-output: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
