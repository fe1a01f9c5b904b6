/**
 * `npm test`: every check, one after the other, each printing its own output, then a summary.
 *
 *   typecheck   wxt prepare && tsc --noEmit
 *   lint        eslint .
 *   fixtures    node --import tsx test/fixtures/check-fixtures.mjs (the fixture pages still match their gold files)
 *   build       wxt build                                 (the production Chrome build, read by test/manifest.test.ts)
 *   firefox     wxt build -b firefox && web-ext lint      (the Firefox build, AMO's linter: 0 errors)
 *   unit        vitest run                                (the *.test.ts(x) files in test/, not test/e2e)
 *   e2e         vitest run --config vitest.e2e.config.ts  (builds, then real Chromium; every file but firefox*.test.ts)
 *   e2e-firefox the same config on test/e2e/firefox*.test.ts (the Firefox build in Firefox ESR, over WebDriver BiDi)
 *
 * The last line is always `N passed, N failed`: the unit and e2e test counts from vitest's JSON
 * reports. A check without test counts (typecheck, lint, fixtures, build, firefox) adds nothing when
 * it passes and one failure when it fails, as does a test run that breaks without reporting a failed
 * test. The exit code is 1 when anything failed. All steps run even after a failure, so one run shows
 * every problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

interface Step {
  name: string;
  command: string;
  args: string[];
  /** Where vitest writes its JSON report, for steps that count tests. */
  report?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
}

interface Outcome {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note: string;
}

/** The fields of vitest's JSON report (Jest-compatible) that we read. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: { name: string; status: string }[];
}

const reports = mkdtempSync(path.join(tmpdir(), 'cnr-test-'));
const vitest = (name: string, configArgs: string[], env?: Record<string, string>): Step => {
  const report = path.join(reports, `${name}.json`);
  return {
    name,
    command: path.join(BIN, 'vitest'),
    args: ['run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    report,
    env,
  };
};

const STEPS: Step[] = [
  { name: 'typecheck', command: 'npm', args: ['run', '-s', 'typecheck'] },
  { name: 'lint', command: 'npm', args: ['run', '-s', 'lint'] },
  { name: 'fixtures', command: process.execPath, args: ['--import', 'tsx', path.join('test', 'fixtures', 'check-fixtures.mjs')] },
  // Both production builds come before the unit tests: test/manifest.test.ts reads their manifests.
  { name: 'build', command: 'npm', args: ['run', '-s', 'build'] },
  { name: 'firefox', command: 'npm', args: ['run', '-s', 'lint:firefox'] },
  vitest('unit', []),
  vitest('e2e', ['--config', 'vitest.e2e.config.ts', '--exclude', 'test/e2e/firefox*.test.ts']),
  // The e2e step's global setup has just built every build these tests load.
  vitest('e2e-firefox', ['--config', 'vitest.e2e.config.ts', 'test/e2e/firefox'], { CNR_E2E_SKIP_BUILD: '1' }),
];

function runStep(step: Step): Outcome {
  console.log(`\n━━━ ${step.name}: ${[path.basename(step.command), ...step.args].join(' ')}\n`);
  const started = performance.now();
  const result = spawnSync(step.command, step.args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    env: { ...process.env, ...step.env },
  });
  const seconds = (performance.now() - started) / 1000;
  const exitOk = result.status === 0;
  const exitNote = result.error ? result.error.message : result.status === null ? `killed by ${result.signal}` : `exit ${result.status}`;

  if (!step.report) {
    return { name: step.name, ok: exitOk, passed: 0, failed: exitOk ? 0 : 1, skipped: 0, seconds, note: exitOk ? 'ok' : `FAILED (${exitNote})` };
  }
  const report = readReport(step.report);
  if (!report) {
    return { name: step.name, ok: false, passed: 0, failed: 1, skipped: 0, seconds, note: `FAILED: no test report (${exitNote})` };
  }
  let failed = report.numFailedTests;
  // A file that fails to load, a failing hook or an unhandled error fails the run without a failed test.
  if ((!exitOk || !report.success) && failed === 0) failed = 1;
  const ok = exitOk && report.success && failed === 0;
  const counts = `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`;
  const failedFiles = (report.testResults ?? []).filter((file) => file.status === 'failed').map((file) => path.relative(ROOT, file.name));
  return {
    name: step.name,
    ok,
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    seconds,
    note: ok ? counts : `FAILED: ${counts} (${exitNote})${failedFiles.length > 0 ? ` in ${failedFiles.join(', ')}` : ''}`,
  };
}

function readReport(file: string): VitestReport | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  } catch {
    return null;
  }
}

const started = performance.now();
const outcomes = STEPS.map(runStep);
rmSync(reports, { recursive: true, force: true });

const width = Math.max(...outcomes.map((o) => o.name.length));
console.log('\n━━━ summary\n');
for (const outcome of outcomes) {
  console.log(`  ${outcome.ok ? '✓' : '✗'} ${outcome.name.padEnd(width)}  ${outcome.seconds.toFixed(1).padStart(6)} s  ${outcome.note}`);
}
const passed = outcomes.reduce((sum, o) => sum + o.passed, 0);
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0);
console.log(`\n  total ${((performance.now() - started) / 1000).toFixed(1)} s; counts are unit + e2e tests, plus one failure per failed check\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || outcomes.some((o) => !o.ok) ? 1 : 0;
