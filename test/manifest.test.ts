/**
 * The production manifests, pinned: least privilege, nothing registered to run on pages by itself,
 * no loosened CSP, and the Firefox add-on's identity and data-collection declaration.
 *
 * It reads what the production builds wrote (.output/chrome-mv3 and .output/firefox-mv2), because
 * WXT adds to wxt.config.ts's manifest from the entrypoints (background, popup, content scripts).
 * `npm test` builds both before the unit tests; run alone (a fresh clone, `npm run test:unit`), this
 * file builds whichever is missing or older than the config, the package or an entrypoint first.
 *
 * A new manifest key or permission fails here on purpose: add it to the pins below only with the
 * reason it is needed (the README's Permissions section says the same to users).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readJson, ROOT } from './helpers';

type Manifest = Record<string, unknown> & { permissions?: string[]; optional_permissions?: string[] };

const PERMISSIONS = ['activeTab', 'scripting', 'storage'];
/** Optional, asked for when the user chooses to save pictures with articles (lib/picture-permission.ts). */
const OPTIONAL_ORIGINS = ['http://*/*', 'https://*/*'];
const GECKO_ID = 'clean-news-reader@example.org';
/** `commands` (keyboard shortcuts) may come and go; every other key is pinned. */
const OPTIONAL_KEYS = ['commands'];
const CHROME_KEYS = [
  'manifest_version', 'name', 'description', 'default_locale', 'version', 'icons', 'permissions', 'optional_host_permissions', 'action',
  'background', 'content_security_policy', 'cross_origin_embedder_policy',
];
const FIREFOX_KEYS = [
  'manifest_version', 'name', 'description', 'default_locale', 'version', 'icons', 'permissions', 'optional_permissions', 'browser_action',
  'background', 'browser_specific_settings', 'content_security_policy',
];
/** The extension pages' policy: script from the extension only, no plugins, no <base>, no form submissions. */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
/** The icon sizes the stores and the toolbar use (public/icon/<size>.png, drawn by tools/gen-icons.ts). */
const ICON_SIZES = ['16', '32', '48', '128'];
/** CSP directives that decide what script, plugin or worker code an extension page may run. */
const CODE_DIRECTIVES = ['default-src', 'script-src', 'object-src', 'worker-src', 'script-src-elem'];
const SAFE_SOURCES = new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]);

/** A production build takes a while on a busy machine. */
const BUILD_TIMEOUT = 300_000;

/** Whether the build is missing or older than what shapes its manifest. */
function isStale(dir: string): boolean {
  const file = path.join(ROOT, '.output', dir, 'manifest.json');
  if (!existsSync(file)) return true;
  const built = statSync(file).mtimeMs;
  return manifestSources().some((source) => statSync(source).mtimeMs > built);
}

/** Runs the production build (`npm run <script>`) when its output is missing or stale. */
function ensureBuilt(dir: string, script: string): void {
  if (isStale(dir)) execFileSync('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'pipe' });
  if (isStale(dir)) throw new Error(`npm run ${script} did not write a fresh .output/${dir}/manifest.json`);
}

/** The manifest of a production build (see ensureBuilt). */
function builtManifest(dir: string): Manifest {
  return readJson<Manifest>(path.join(ROOT, '.output', dir, 'manifest.json'));
}

/** wxt.config.ts, package.json (the version) and every entrypoint file. */
function manifestSources(): string[] {
  const files = [path.join(ROOT, 'wxt.config.ts'), path.join(ROOT, 'package.json')];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(path.join(ROOT, 'entrypoints'));
  walk(path.join(ROOT, 'public'));
  return files;
}

/** Every source in a code directive of an extension-page CSP that is not 'self', 'none' or 'wasm-unsafe-eval'. */
function loosenings(csp: string | undefined): string[] {
  if (!csp) return [];
  return csp.split(';').flatMap((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return CODE_DIRECTIVES.includes(name.toLowerCase())
      ? sources.filter((source) => !SAFE_SOURCES.has(source.toLowerCase())).map((source) => `${name} ${source}`)
      : [];
  });
}

function expectLeastPrivilege(manifest: Manifest): void {
  expect([...(manifest.permissions ?? [])].sort()).toEqual(PERMISSIONS);
  expect(manifest.host_permissions ?? [], 'host_permissions').toEqual([]);
  // Website access is optional only: in Chrome's own key (MV3), or Firefox MV2's optional_permissions.
  const optional = manifest.manifest_version === 3 ? manifest.optional_host_permissions : manifest.optional_permissions;
  expect(optional, 'optional website access').toEqual(OPTIONAL_ORIGINS);
  expect(manifest.manifest_version === 3 ? manifest.optional_permissions ?? [] : manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.externally_connectable, 'externally_connectable').toBeUndefined();
  // The extractor and the reader are injected on demand into the tab the user chose, never registered.
  expect(manifest.content_scripts ?? [], 'content_scripts').toEqual([]);
}

function expectKeys(manifest: Manifest, pinned: readonly string[]): void {
  const keys = Object.keys(manifest).filter((key) => !OPTIONAL_KEYS.includes(key));
  expect(keys.sort()).toEqual([...pinned].sort());
}

/** Reads on first use, inside a test: a missing or stale build fails each test with its message. */
function once<T>(read: () => T): () => T {
  let value: { read: T } | null = null;
  return () => (value ??= { read: read() }).read;
}

const version = readJson<{ version: string }>(path.join(ROOT, 'package.json')).version;

describe('the CSP checker', () => {
  it('finds what loosens a policy and accepts what tightens it', () => {
    expect(loosenings(undefined)).toEqual([]);
    expect(loosenings("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; img-src https: data:")).toEqual([]);
    expect(loosenings("script-src 'self' 'unsafe-eval' https://cdn.example.com; object-src 'self'")).toEqual([
      "script-src 'unsafe-eval'", 'script-src https://cdn.example.com',
    ]);
    expect(loosenings("default-src *; worker-src blob:")).toEqual(['default-src *', 'worker-src blob:']);
  });
});

describe('the Chrome production manifest (.output/chrome-mv3)', () => {
  beforeAll(() => ensureBuilt('chrome-mv3', 'build'), BUILD_TIMEOUT);
  const manifest = once(() => builtManifest('chrome-mv3'));

  it('is Manifest V3 at the package version', () => {
    expect(manifest().manifest_version).toBe(3);
    expect(manifest().version).toBe(version);
  });

  it('asks for activeTab, scripting and storage only: no host permissions, no tabs, no content scripts', () => {
    expectLeastPrivilege(manifest());
    expect(manifest().permissions).not.toContain('tabs');
  });

  it('has no other keys than the pinned ones (keyboard commands allowed)', () => {
    expectKeys(manifest(), CHROME_KEYS);
  });

  it('declares its strict CSP for extension pages', () => {
    const csp = manifest().content_security_policy as { extension_pages?: string } | undefined;
    expect(csp).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
    expect(loosenings(csp?.extension_pages)).toEqual([]);
  });

  it('sends the extension pages\' picture and media requests without cookies (credentialless COEP)', () => {
    expect(manifest().cross_origin_embedder_policy).toEqual({ value: 'credentialless' });
  });

  it('has its icons in every size, packaged', () => {
    expectIcons(manifest(), 'chrome-mv3');
  });

  it('packages the scripts it injects on demand', () => {
    for (const script of ['extractor.js', 'reader.js']) {
      expect(existsSync(path.join(ROOT, '.output', 'chrome-mv3', script)), script).toBe(true);
    }
  });
});

describe('the Firefox production manifest (.output/firefox-mv2)', () => {
  beforeAll(() => ensureBuilt('firefox-mv2', 'build:firefox'), BUILD_TIMEOUT);
  const manifest = once(() => builtManifest('firefox-mv2'));

  it('is Manifest V2 at the package version, with its add-on id and "no data collected" declared', () => {
    expect(manifest().manifest_version).toBe(2);
    expect(manifest().version).toBe(version);
    expect(manifest().browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, data_collection_permissions: { required: ['none'] } },
    });
  });

  it('asks for activeTab, scripting and storage only: no host patterns, no tabs, no content scripts', () => {
    expectLeastPrivilege(manifest());
  });

  it('has no other keys than the pinned ones (keyboard commands allowed)', () => {
    expectKeys(manifest(), FIREFOX_KEYS);
  });

  it('declares its strict CSP for extension pages', () => {
    expect(manifest().content_security_policy).toBe(EXTENSION_PAGES_CSP);
    expect(loosenings(manifest().content_security_policy as string | undefined)).toEqual([]);
  });

  it('has its icons in every size, packaged', () => {
    expectIcons(manifest(), 'firefox-mv2');
  });
});

function expectIcons(manifest: Manifest, dir: string): void {
  const icons = manifest.icons as Record<string, string>;
  expect(Object.keys(icons).sort()).toEqual([...ICON_SIZES].sort());
  for (const file of Object.values(icons)) {
    const bytes = readFileSync(path.join(ROOT, '.output', dir, file));
    expect(bytes.subarray(1, 4).toString('ascii'), file).toBe('PNG');
  }
}
