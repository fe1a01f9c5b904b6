/**
 * `npm run bench:warm [-- N]`: our pipeline and plain Readability timed warm in one process, on a
 * sample of N trafilatura-eval pages and N/3 DAnIEL pages (default 60; the lists `npm run bench`
 * writes to bench/out/). Each page is parsed once and timed three times each way, plain and ours
 * alternating, keeping each side's fastest: load on the machine slows both alike, so the per-page
 * ratio holds still where the side-by-side run of `npm run bench` moves with the load. Prints the
 * median of the per-page ratios and the median of each step.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parsePage, readPageFile } from '../cli/load-page';
import { toArticle } from '../core/article';
import { extractContent, type StepTimes } from '../core/extract';

const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');
const ROUNDS = 3;

/** Every k-th entry of a batch list, about `count` of them. */
function sample(list: string, count: number): { file: string; url: string }[] {
  const entries = readFileSync(path.join(OUT, list), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { file: string; url: string });
  const step = Math.max(1, Math.ceil(entries.length / count));
  return entries.filter((_, i) => i % step === 0);
}

function timed(run: () => void): number {
  const start = performance.now();
  try {
    run();
  } catch {
    // A page without an article costs its time all the same.
  }
  return performance.now() - start;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function main(): void {
  const count = Number(process.argv[2] ?? 60);
  const pages = [...sample('trafilatura.list.jsonl', count), ...sample('daniel.list.jsonl', Math.round(count / 3))];
  const ratios: number[] = [];
  const steps: Record<string, number[]> = {};
  for (const { file, url } of pages) {
    const page = parsePage(readPageFile(file), url);
    let plain = Infinity;
    let ours = Infinity;
    let oursSteps: StepTimes = {};
    for (let round = 0; round < ROUNDS; round++) {
      plain = Math.min(plain, timed(() => new Readability(page.document.cloneNode(true) as Document).parse()));
      const times: StepTimes = {};
      const ms = timed(() => toArticle(extractContent(page.document, { url, steps: times })));
      if (ms < ours) [ours, oursSteps] = [ms, times];
    }
    page.close();
    ratios.push(ours / plain);
    for (const [name, ms] of Object.entries({ ...oursSteps, 'total (ours)': ours, 'plain Readability': plain })) (steps[name] ??= []).push(ms);
  }
  console.log(`${ratios.length} pages, warm, fastest of ${ROUNDS}: median of per-page ratios ${median(ratios).toFixed(2)}×`);
  for (const [name, values] of Object.entries(steps)) console.log(`  ${name.padEnd(18)} median ${median(values).toFixed(1).padStart(7)} ms`);
}

main();
