// Worker entry for test/in-worker.ts: loads the TypeScript task module with tsx, posts back the named function's result.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const tasks = await import('./deep-pages.task.ts');
parentPort.postMessage(await tasks[workerData.name](workerData.data));
