/**
 * Runs a function of a task module in a worker thread with a stack of a chosen size.
 *
 * jsdom builds, attaches, clones and closes trees recursively, one call per level: in Node's default
 * stack (about 1 MB) it cannot parse a page nested more than about 10,000 levels deep, nor attach a
 * subtree 5,000 levels deep. A browser's native DOM holds such pages (a script can build them). So
 * a deep page is built in a worker with a larger stack to see what our pipeline does with it, and
 * jsdom's own overflow is provoked quickly in a worker with a smaller one. The named function of
 * test/deep-pages.task.ts gets `data` and its (structured-cloneable) result comes back; the module's
 * TypeScript is loaded by tsx.
 */
import { Worker } from 'node:worker_threads';
import type * as tasks from './deep-pages.task';

type Tasks = typeof tasks;

export function runInWorker<Name extends keyof Tasks>(
  name: Name, data: Parameters<Tasks[Name]>[0], stackSizeMb: number,
): Promise<ReturnType<Tasks[Name]>> {
  const worker = new Worker(new URL('./in-worker-boot.mjs', import.meta.url), {
    workerData: { name, data },
    resourceLimits: { stackSizeMb },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: ReturnType<Tasks[Name]>) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited (code ${code}) before answering`)));
  });
}
