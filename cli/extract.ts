/**
 * The extraction core on saved pages.
 *   npm run -s extract -- FILE [--url URL]          one JSON article
 *   npm run -s extract -- --batch LIST.jsonl        one JSON line per {"id","file","url"} line
 * Options: --plain (plain Readability, the benchmark's baseline), --workers N (batch; default: cores).
 * Nothing but results goes to stdout; every page's failure is that page's {"id","error"} line.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BatchInput } from './batch-line';
import { runPage, type Mode } from './run-page';

/** A page taking longer than this is abandoned (its worker is replaced). */
const PAGE_TIMEOUT_MS = 60_000;

interface Args {
  file?: string;
  batch?: string;
  url?: string;
  mode: Mode;
  workers: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { mode: 'full', workers: availableParallelism() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--batch') args.batch = argv[++i];
    else if (arg === '--url') args.url = argv[++i];
    else if (arg === '--plain') args.mode = 'plain';
    else if (arg === '--workers') args.workers = Math.max(1, Number(argv[++i]) || 1);
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.file = arg;
  }
  if (!args.file && !args.batch) throw new Error('usage: extract FILE [--url URL] | --batch LIST.jsonl [--plain] [--workers N]');
  return args;
}

function readBatch(listFile: string): BatchInput[] {
  const base = path.dirname(path.resolve(listFile));
  return readFileSync(listFile, 'utf8').split('\n').filter((line) => line.trim()).map((line, index) => {
    try {
      const entry = JSON.parse(line) as Partial<BatchInput>;
      const id = String(entry.id ?? index);
      if (!entry.file) return { id, file: '', url: '' };
      return { id, file: path.resolve(base, entry.file), url: entry.url ?? pathToFileURL(path.resolve(base, entry.file)).href };
    } catch {
      return { id: String(index), file: '', url: '' };
    }
  });
}

function runBatch(inputs: BatchInput[], mode: Mode, workerCount: number): Promise<void> {
  const workerFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'batch-worker.ts');
  const queue = inputs.slice();
  const write = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  return new Promise((resolve) => {
    let active = 0;
    const startWorker = (): void => {
      const child: ChildProcess = fork(workerFile, [mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
      active++;
      let current: BatchInput | null = null;
      let timer: NodeJS.Timeout | undefined;
      const next = (): void => {
        current = queue.shift() ?? null;
        if (!current) {
          child.kill();
          return;
        }
        if (!current.file) {
          write({ id: current.id, error: 'bad list line: needs {"id","file","url"}' });
          next();
          return;
        }
        timer = setTimeout(() => child.kill('SIGKILL'), PAGE_TIMEOUT_MS);
        child.send(current);
      };
      child.on('message', (line: { id: string }) => {
        clearTimeout(timer);
        if (current && line.id === current.id) {
          write(line);
          current = null;
        }
        next();
      });
      child.on('exit', () => {
        clearTimeout(timer);
        active--;
        if (current) {
          write({ id: current.id, error: 'the page crashed or timed out the extractor' });
          current = null;
          if (queue.length > 0) startWorker();
        }
        if (active === 0 && queue.length === 0) resolve();
      });
      next();
    };
    const count = Math.min(workerCount, inputs.length);
    if (count === 0) resolve();
    for (let i = 0; i < count; i++) startWorker();
  });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.batch) {
    await runBatch(readBatch(args.batch), args.mode, args.workers);
    return;
  }
  const file = path.resolve(args.file!);
  const { article, ms } = runPage(file, args.url ?? pathToFileURL(file).href, args.mode);
  process.stdout.write(`${JSON.stringify({ ...article, ms: Math.round(ms * 10) / 10 }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
