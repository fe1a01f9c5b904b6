/**
 * Launching Debian's Chromium with the unpacked extension loaded, for `npm start` and the e2e tests.
 *
 * Branded Google Chrome (137+) ignores --load-extension, so this looks for a Chromium build only:
 * CHROMIUM_PATH, else the usual install locations. Playwright never downloads a browser here.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Request } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export const INSTALL_HINT =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or point CHROMIUM_PATH at a Chromium binary. ' +
  'Branded Google Chrome does not load unpacked extensions from the command line.';

/** The Chromium binary to use, or null when none is installed. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

/**
 * The id Chromium gives an unpacked extension: the first 128 bits of SHA-256 over its absolute path,
 * written with the letters a–p instead of hex digits (crx_file::id_util::GenerateIdForPath). Our
 * extension has no background service worker to read the id from, so we compute it.
 */
export function extensionIdForPath(extensionDir: string): string {
  let absolute = realpathSync(extensionDir);
  if (process.platform === 'win32') absolute = absolute.toLowerCase();
  const bytes = process.platform === 'win32' ? Buffer.from(absolute, 'utf16le') : Buffer.from(absolute, 'utf8');
  const hex = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode('a'.charCodeAt(0) + parseInt(digit, 16))).join('');
}

export interface LaunchOptions {
  /** Unpacked extension folder, e.g. .output/chrome-mv3. */
  extensionDir: string;
  headless: boolean;
  /** Extra command-line switches. */
  args?: string[];
  /** Pin the toolbar button so it is visible next to the address bar (headed use). */
  pinToolbarButton?: boolean;
  /** Let the caller handle Ctrl+C / SIGTERM (to clean up the profile) instead of Playwright. */
  ownSignals?: boolean;
  /** Environment variables added to the browser's (LANGUAGE=ro sets its interface language on Linux). */
  env?: Record<string, string>;
  /** A profile to use (and keep) instead of a fresh temporary one: a second launch finds what the first stored. */
  userDataDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser and deletes the temporary profile (not one given in LaunchOptions.userDataDir). */
  close(): Promise<void>;
}

/** Starts Chromium on a fresh temporary profile with only our extension loaded. */
export async function launchWithExtension(options: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium was not found. ${INSTALL_HINT}`);
  const extensionDir = realpathSync(options.extensionDir);
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} has no manifest.json: build the extension first.`);
  }
  const extensionId = extensionIdForPath(extensionDir);
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'clean-news-reader-'));
  const removeProfile = (): void => {
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  if (options.pinToolbarButton) {
    // Chromium reads the pinned toolbar buttons from the profile's preferences at start-up. The
    // translate bubble is turned off too: it would pop up over the demo pages where the popup opens.
    mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(
      path.join(userDataDir, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { pinned_extensions: [extensionId] }, translate: { enabled: false } }),
    );
  }
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless,
      ...(options.ownSignals && { handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }),
      ...(options.env && { env: { ...process.env, ...options.env } as Record<string, string> }),
      viewport: options.headless ? { width: 1280, height: 900 } : null,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox', // CI runs as root
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        // A visible window: no "unsupported command-line flag" bar for --no-sandbox.
        ...(options.headless ? [] : ['--test-type', '--window-size=1280,900']),
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  return {
    context,
    extensionId,
    userDataDir,
    async close() {
      await context.close().catch(() => undefined);
      removeProfile();
    },
  };
}

/**
 * Keeps pages that match `fromPage` (and the extension's own pages) off the network: every request to a
 * host other than the loopback fixture server is answered locally with an empty response of the
 * right kind, so the demo pages never contact the real sites (ads, trackers, images) they imitate.
 */
export async function keepOffline(context: BrowserContext, fromPage: (pageUrl: string) => boolean): Promise<void> {
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const request = route.request();
      const host = new URL(request.url()).hostname;
      const pageUrl = pageUrlOf(request);
      const local = host === '127.0.0.1' || host === 'localhost';
      if (local || !(pageUrl.startsWith('chrome-extension://') || fromPage(pageUrl))) {
        await route.continue();
        return;
      }
      await route.fulfill(offlineResponse(request.resourceType()));
    },
  );
}

/** The URL of the page a request comes from ('' for service-worker and detached requests). */
function pageUrlOf(request: Request): string {
  try {
    return request.frame().page().url();
  } catch {
    return '';
  }
}

const TRANSPARENT_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function offlineResponse(resourceType: string): { status: number; contentType: string; body: string | Buffer } {
  switch (resourceType) {
    case 'image':
      return { status: 200, contentType: 'image/gif', body: TRANSPARENT_GIF };
    case 'script':
      return { status: 200, contentType: 'text/javascript', body: '' };
    case 'stylesheet':
      return { status: 200, contentType: 'text/css', body: '' };
    default:
      return { status: 200, contentType: 'text/plain', body: '' };
  }
}
