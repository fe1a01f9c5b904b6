/**
 * Builds what the e2e tests load: the e2e builds for Chromium and Firefox (`npm run build:e2e`, with
 * the loopback host permission) and the production builds they are compared with. CNR_E2E_SKIP_BUILD=1
 * reuses them.
 */
import { spawnSync } from 'node:child_process';
import { ROOT } from '../../scripts/fixture-server';

function run(script: string): void {
  const result = spawnSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit ${result.status ?? result.signal})`);
}

export default function setup(): void {
  if (process.env.CNR_E2E_SKIP_BUILD === '1') return;
  run('build');
  run('build:firefox');
  run('build:e2e');
}
