/**
 * Launching Debian's Firefox ESR with the extension installed as a temporary add-on, for the Firefox
 * end-to-end tests. Driven over WebDriver BiDi by puppeteer-core, which downloads no browser; the
 * browser is FIREFOX_PATH or /usr/bin/firefox-esr (`apt-get install firefox-esr`).
 *
 * Three things make a stock Firefox testable:
 * - the add-on goes in through BiDi's `webExtension.install` (a temporary add-on, as
 *   about:debugging loads one: no signature needed, gone with the profile);
 * - its moz-extension:// origin gets a fixed UUID through the `extensions.webextensions.uuids` pref
 *   (Firefox otherwise draws a random one per profile), so tests know the popup's address;
 * - `--remote-allow-system-access` lets the driver navigate a tab to a moz-extension:// page (BiDi
 *   refuses every scheme but http(s), file and blob otherwise).
 * All traffic to other hosts goes to a dead proxy on the loopback, so the fixture pages stay offline.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_INSTALL_HINT = 'Install Firefox ESR (Debian: `sudo apt-get install -y firefox-esr`) or point FIREFOX_PATH at a Firefox binary.';

/** The add-on id from the manifest's browser_specific_settings (wxt.config.ts). */
export const FIREFOX_ADDON_ID = 'clean-news-reader@example.org';
/** The UUID our moz-extension:// origin gets in the test profile. */
export const FIREFOX_EXTENSION_UUID = '5b1c7e4a-2f0d-4c8e-9a63-1d2e3f4a5b6c';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((file) => existsSync(file)) ?? null;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid> */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** Starts Firefox headless on a fresh temporary profile (puppeteer makes and deletes it) with our add-on installed. */
export async function launchFirefoxWithExtension(extensionDir: string): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(`Firefox was not found. ${FIREFOX_INSTALL_HINT}`);
  const dir = realpathSync(extensionDir);
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir} has no manifest.json: build the extension first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      // A dead proxy for every host but the loopback: no request leaves the machine, none waits on DNS.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
    },
  });
  try {
    const id = await browser.installExtension(dir);
    if (id !== FIREFOX_ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${FIREFOX_ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}
