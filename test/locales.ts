/**
 * The interface's translations for tests: read public/_locales/<lang>/messages.json and answer
 * `browser.i18n.getMessage` from it the way the browsers do ($1…$9 substitutions, `$$` for a dollar
 * sign, an empty string for an unknown key), so components and lib/i18n.ts run in any locale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROOT } from './helpers';

export const LOCALES_DIR = path.join(ROOT, 'public', '_locales');

export type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** What getMessage returns for `key` in `messages`. */
export function messageFrom(messages: Messages, key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const args = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : args[Number(which) - 1] ?? ''));
}

/** Makes the fake browser answer getMessage in `locale`. */
export function useLocale(locale: string): void {
  const messages = readMessages(locale);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => messageFrom(messages, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
}
