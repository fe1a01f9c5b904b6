/** A batch worker process: takes pages from the parent one at a time and answers with a result line. */
import { runPage, type Mode } from './run-page';
import { batchLine, type BatchInput } from './batch-line';

const mode = (process.argv[2] ?? 'full') as Mode;
let current: BatchInput | null = null;

// jsdom can throw outside the call stack on some real pages: the parent reports that page as failed
// and replaces this worker.
process.on('uncaughtException', (error) => {
  process.stderr.write(`extract: page ${current?.id ?? '?'} crashed the worker: ${error.message}\n`);
  process.exit(1);
});

process.on('message', (input: BatchInput) => {
  current = input;
  let line: object;
  try {
    line = batchLine(input.id, runPage(input.file, input.url, mode, false));
  } catch (error) {
    line = error instanceof Error ? { id: input.id, error: error.message, errorName: error.name } : { id: input.id, error: String(error) };
  }
  current = null;
  process.send?.(line);
});
