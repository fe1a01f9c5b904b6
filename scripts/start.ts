/**
 * `npm start`: builds the extension and opens Chromium with it loaded, on a bundled demo news page
 * served from this computer (127.0.0.1). Click the toolbar button to read the page clean.
 *
 *   npm start                         build, then open the Romanian demo page
 *   npm start -- --page PATH          open another fixture, e.g. /fixtures/seeds/002_02c41632957ec01c/semantic.html
 *   npm start -- --port N             serve the demo pages on port N (default: any free port)
 *   npm start -- --no-build           reuse .output/chrome-mv3
 *   npm start -- --smoke              headless self-check for machines without a display: build, start,
 *                                     load the demo page and the extension, then exit
 *
 * Needs a display (Linux: DISPLAY or WAYLAND_DISPLAY). Without one it says so and exits with code 1.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { findChromium, INSTALL_HINT, keepOffline, launchWithExtension, type LaunchedBrowser } from './chromium';
import { DEMO_PAGE, ROOT, startFixtureServer, type FixtureServer } from './fixture-server';

interface Options {
  page: string;
  port: number;
  build: boolean;
  smoke: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { page: DEMO_PAGE, port: 0, build: true, smoke: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--page') options.page = argv[++i] ?? DEMO_PAGE;
    else if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--smoke') options.smoke = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: npm start [-- --page PATH] [--port N] [--no-build] [--smoke]');
      process.exit(0);
    } else fail(`unknown option ${arg} (try --help)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) fail('--port needs a port number');
  if (!options.page.startsWith('/')) options.page = `/${options.page}`;
  return options;
}

function fail(message: string): never {
  console.error(`\nnpm start: ${message}\n`);
  process.exit(1);
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true; // macOS and Windows always have one
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));

  if (!options.smoke && !hasDisplay()) {
    fail(
      [
        'this opens a Chromium window, and there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set).',
        'Run it in a desktop session, over `ssh -X`, or under a virtual display: `xvfb-run -a npm start`',
        '(Debian: `sudo apt-get install -y xvfb`; you will not see that window, though).',
        'Without a display you can still check the extension end to end, headless:',
        '  npm run test:e2e          the end-to-end tests in Chromium',
        '  npm start -- --smoke      build, load the extension and the demo page, then exit',
      ].join('\n'),
    );
  }
  if (!findChromium()) fail(`Chromium was not found. ${INSTALL_HINT}`);

  if (options.build) {
    console.log('Building the extension (npm run build)…');
    const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.status !== 0) fail('the build failed (see above).');
  }

  const server = await startFixtureServer(options.port).catch((error: unknown) =>
    fail(`cannot serve the demo pages on 127.0.0.1:${options.port}: ${error instanceof Error ? error.message : String(error)}`),
  );
  let browser: LaunchedBrowser | undefined;
  let stopping = false;
  const shutdown = async (code: number): Promise<never> => {
    if (stopping) return new Promise<never>(() => undefined);
    stopping = true;
    await browser?.close();
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    browser = await launchWithExtension({
      extensionDir: path.join(ROOT, '.output', 'chrome-mv3'),
      headless: options.smoke,
      pinToolbarButton: true,
      ownSignals: true,
    });
  } catch (error) {
    await server.close();
    fail(`Chromium did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { context, extensionId } = browser;
  // The demo pages imitate real sites (ads, trackers, images): answer those requests locally.
  await keepOffline(context, (pageUrl) => pageUrl.startsWith(server.origin));

  const demoUrl = server.url(options.page);
  const page = context.pages()[0] ?? (await context.newPage());
  const response = await page.goto(demoUrl);
  if (!response?.ok()) {
    console.error(`The demo page ${demoUrl} answered ${response?.status() ?? 'nothing'}.`);
    await shutdown(1);
  }

  if (options.smoke) {
    await smokeCheck(browser, server, await page.title());
    await shutdown(0);
  }

  console.log(`
Clean News Reader is running in Chromium (a temporary profile; nothing is kept when you close it).

  Demo page:     ${demoUrl}
  All demos:     ${server.url('/')}
  Extension id:  ${extensionId}

How to use it: on a news page, click the Clean News Reader button in the toolbar (if it is not
shown, open the puzzle-piece Extensions menu and click it there, or pin it). The popup shows the
article without comments, horoscopes, promos and page chrome, with its language and a list of what
was removed. Try other pages from "All demos", or any site you open in this window.

Close the browser window or press Ctrl+C here to stop.`);

  context.on('close', () => void shutdown(0));
}

/** Headless check that the pieces `npm start` relies on work: demo page served, extension loaded. */
async function smokeCheck(browser: LaunchedBrowser, server: FixtureServer, pageTitle: string): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const popupTitle = await popup.title();
  if (popupTitle !== 'Clean News Reader') throw new Error(`the extension popup did not load (title ${JSON.stringify(popupTitle)})`);
  await popup.locator('main').waitFor();
  console.log(`smoke check passed: demo page "${pageTitle}" served from ${server.origin}, extension ${browser.extensionId} loaded`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
