/**
 * The interface's translations (public/_locales) against the code: every locale has exactly the
 * messages the code uses — no missing one, none the code no longer uses —, plural messages have the
 * categories the locale's language has (Intl.PluralRules), placeholders match English, Greek and
 * Arabic messages are in their script, and lib/i18n.ts formats in the locale of the messages in use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate, formatNumber, languageName, plural, t, uiDir, uiLocale } from '../lib/i18n';
import { ROOT } from './helpers';
import { LOCALES_DIR, localeNames, messageFrom, readMessages, useLocale, type Messages } from './locales';

const LOCALES = ['ar', 'el', 'en', 'it', 'ro'];
/** Where the interface's code lives (components, pages, scripts, extension logic, the manifest). */
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];
/** Outside those folders: the manifest, and the category registry (which names each category's message). */
const SOURCE_FILES = ['wxt.config.ts', 'core/categories.ts'];
/** Messages that are data about the translation itself, not text. */
const META_KEYS = new Set(['locale', 'dir']);

const english = readMessages('en');
const pluralBases = new Set(Object.keys(english).filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -'_other'.length)));
const baseOf = (key: string): string => {
  const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
  return pluralBases.has(base) ? base : key;
};
const categories = (locale: string): string[] => [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
const placeholders = (text: string): string[] => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort();

const sourceFiles = (dirs: readonly string[]): string[] => dirs.flatMap((dir) =>
  readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name)));

function sourceText(): string {
  return [...sourceFiles(SOURCE_DIRS), ...SOURCE_FILES.map((file) => path.join(ROOT, file))].map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** Shown as they are in every language: format names (the library's export buttons), the code of an undetermined language. */
const NAMES = new Set(['Markdown', 'HTML', 'und']);
/** Attributes a user reads or hears. */
const SAID = /^(title|aria-label|aria-description|aria-roledescription|placeholder|alt|label)$/;
/** A sentence or phrase: a capital, then at least two more words ("Open this popup"), or four words in a row (not a font list or a selector). */
const PHRASE = /^\s*\p{Lu}\p{Ll}+(?:[ ,;:]+\p{L}+){2,}|^[^"{}<>=#/\\[\]]*\p{L}{2,}(?: \p{L}{2,}){3}/u;

/**
 * Text written in the interface's code instead of taken from the messages: JSX text and said
 * attributes with a word in them, strings drawn inside JSX (`{n === 1 ? 'picture' : 'pictures'}`),
 * and phrases anywhere in the UI's code (a table of labels, a status set in a handler). The library's
 * own modules (lib/library) are not UI: they run in a worker and in Node, and their errors are named
 * in the interface by lib/error-text.ts.
 */
function textsInCode(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${path.relative(ROOT, file)}:${line + 1}: ${text.trim()}`);
  };
  /** Inside a JSX child expression, and not inside a call (a call's strings are keys, classes, addresses). */
  const drawnInJsx = (node: ts.Node): boolean => {
    for (let parent = node.parent; parent && !ts.isSourceFile(parent); parent = parent.parent) {
      if (ts.isCallExpression(parent) || ts.isJsxAttribute(parent) || ts.isBinaryExpression(parent) && parent.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken) return false;
      if (ts.isJsxExpression(parent)) return !ts.isJsxAttribute(parent.parent);
    }
    return false;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (/\p{L}{2}/u.test(node.text) && !NAMES.has(node.text.trim())) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const { parent } = node;
      if (ts.isJsxAttribute(parent)) {
        if (SAID.test(parent.name.getText()) && /\p{L}{2}/u.test(node.text)) report(node, node.text);
      } else if (!ts.isImportDeclaration(parent) && (PHRASE.test(node.text) || (/\p{L}{2}/u.test(node.text) && !NAMES.has(node.text) && drawnInJsx(node) && !ts.isCaseClause(parent)))) {
        report(node, node.text);
      }
    } else if (ts.isTemplateExpression(node)) {
      // Words around the substitutions (`${n} of ${m} fetched`); not CSS, selectors or markup, which have braces and brackets.
      const words = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (!/[{}[\]<>=#/\\]/.test(words) && /\p{L}{2,}[ ,;:()]+\p{L}{2,}/u.test(words)) report(node, node.getText());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the translations', () => {
  it('are there for English, Romanian, Greek, Arabic and Italian', () => {
    expect(localeNames()).toEqual(LOCALES);
    for (const locale of LOCALES) expect(readMessages(locale).locale?.message, locale).toBe(locale);
  });

  it('cover exactly the messages the code uses: none missing, none left over', () => {
    const source = sourceText();
    const called = new Set([...source.matchAll(/\b(?:t|plural|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)].map((match) => match[1]!));
    const inManifest = new Set([...source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((match) => match[1]!));
    const defined = new Set(Object.keys(english).map(baseOf));
    const used = new Set([...called, ...inManifest]);
    expect([...used].filter((key) => !defined.has(key)).sort(), 'used in the code, missing from en/messages.json').toEqual([]);
    // A key may be used without a call of its own (kept in a table of keys): then it is quoted in the code.
    const unused = [...defined].filter((key) => !used.has(key) && !source.includes(`'${key}'`));
    expect(unused.sort(), 'in en/messages.json, no longer used by the code').toEqual([]);
  });

  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale} has every English message, nothing more, with the plural categories of ${locale} and the same placeholders`, () => {
      const messages = readMessages(locale);
      const expected = Object.keys(english)
        .filter((key) => !pluralBases.has(baseOf(key)) || key === baseOf(key))
        .concat([...pluralBases].flatMap((base) => categories(locale).map((category) => `${base}_${category}`)))
        .sort();
      expect(Object.keys(messages).sort()).toEqual(expected);
      for (const [key, { message }] of Object.entries(messages)) {
        const base = baseOf(key);
        const englishText = pluralBases.has(base) ? english[`${base}_other`]!.message : english[key]!.message;
        // A plural form may leave out the count ("un minut", "دقيقتان"); it has nothing else English lacks.
        const wanted = placeholders(englishText).filter((p) => !(pluralBases.has(base) && p === '$1'));
        expect(placeholders(message).filter((p) => !(pluralBases.has(base) && p === '$1')), `${locale}: ${key}`).toEqual(wanted);
        expect(message.trim(), `${locale}: ${key} is empty`).not.toBe('');
      }
    });
  }

  it('English has one and other for each plural message', () => {
    for (const base of pluralBases) {
      expect(Object.keys(english).filter((key) => baseOf(key) === base).sort(), base).toEqual([`${base}_one`, `${base}_other`]);
    }
  });

  it('Greek and Arabic messages are written in their own script, not left in English', () => {
    const scripts: Record<string, RegExp> = { el: /\p{Script=Greek}/u, ar: /\p{Script=Arabic}/u };
    for (const [locale, script] of Object.entries(scripts)) {
      const untranslated = Object.entries(readMessages(locale))
        .filter(([key, { message }]) => !META_KEYS.has(key) && /\p{L}{2}/u.test(message.replace(/\(N\)/g, '')) && !script.test(message))
        .map(([key]) => key);
      expect(untranslated, locale).toEqual([]);
    }
  });

  it('Romanian and Italian messages with words differ from English', () => {
    for (const locale of ['ro', 'it']) {
      const messages: Messages = readMessages(locale);
      const same = Object.keys(messages).filter((key) => !META_KEYS.has(key) && english[key] && english[key].message === messages[key]!.message
        && /\p{L}/u.test(messages[key]!.message));
      expect(same, locale).toEqual([]);
    }
  });

  it('the name and description fit the stores’ limits in every locale (75 and 132 characters)', () => {
    for (const locale of LOCALES) {
      const messages = readMessages(locale);
      expect([...messages.extName!.message].length, locale).toBeLessThanOrEqual(75);
      expect([...messages.extDescription!.message].length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('the interface’s code writes no text of its own: every word it shows comes from the messages', () => {
    const files = [...sourceFiles(['components', 'entrypoints']), ...sourceFiles(['lib']).filter((file) => !file.includes(`${path.sep}library${path.sep}`))];
    expect(files.flatMap(textsInCode)).toEqual([]);
  });

  it('the check of the code finds text written in it', () => {
    const file = path.join(ROOT, 'test', 'i18n-code-sample.tsx');
    expect(textsInCode(file).map((found) => found.replace(/^.*?:\d+: /, ''))).toEqual([
      'Open this popup', 'Not stored: the article was changed.', '`${n} of ${m} fetched`', 'Its pictures were not saved.', 'this tab no longer shows the page',
      'Keep its pictures too', 'Text size', 'picture', 'pictures',
    ]);
  });

  it('the test double substitutes like the browsers: $1…$9, $$ for a dollar sign', () => {
    const messages: Messages = { greeting: { message: 'Hello $1, $2 items cost $$3' } };
    expect(messageFrom(messages, 'greeting', ['Ana', '4'])).toBe('Hello Ana, 4 items cost $3');
    expect(messageFrom(messages, 'missing')).toBe('');
    expect(LOCALES_DIR).toContain('_locales');
  });
});

describe('lib/i18n in each locale', () => {
  afterEach(() => fakeBrowser.reset());

  it('English: left to right, English numbers and dates, language names in English', () => {
    useLocale('en');
    expect(uiLocale()).toBe('en');
    expect(uiDir()).toBe('ltr');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatDate(new Date('2026-03-09T12:00:00Z'), { dateStyle: 'long', timeZone: 'UTC' })).toBe('March 9, 2026');
    expect(languageName('el')).toBe('Greek');
    expect(t('readAloudProgress', 3, 12)).toBe('Paragraph 3 of 12');
  });

  it('Romanian: numbers and dates in Romanian, and the language named in Romanian', () => {
    useLocale('ro');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatDate(new Date('2026-03-09T12:00:00Z'), { dateStyle: 'long', timeZone: 'UTC' })).toBe('9 martie 2026');
    expect(languageName('el')).toBe('greacă');
    expect(t('readAloudProgress', 1234, 2000)).toBe('Paragraful 1.234 din 2.000');
  });

  it('Arabic: right to left, and the whole interface says so', () => {
    useLocale('ar');
    expect(uiLocale()).toBe('ar');
    expect(uiDir()).toBe('rtl');
    expect(t('readAloudProgress', 2, 9)).toBe(`الفقرة ${formatNumber(2)} من ${formatNumber(9)}`);
  });

  it('a missing message shows its key rather than nothing', () => {
    useLocale('en');
    expect(t('nonexistentKey' as Parameters<typeof t>[0])).toBe('nonexistentKey');
  });

  for (const [locale, cases] of Object.entries({
    en: [[1, 'one'], [2, 'other'], [0, 'other']],
    ro: [[1, 'one'], [2, 'few'], [19, 'few'], [20, 'other'], [101, 'few'], [120, 'other']],
    ar: [[0, 'zero'], [1, 'one'], [2, 'two'], [3, 'few'], [10, 'few'], [11, 'many'], [99, 'many'], [100, 'other'], [102, 'other']],
    it: [[1, 'one'], [2, 'other'], [1_000_000, 'many']],
    el: [[1, 'one'], [2, 'other']],
  })) {
    it(`plural() picks the ${locale} form CLDR gives each count`, () => {
      useLocale(locale);
      const messages = readMessages(locale);
      for (const base of pluralBases) {
        for (const [count, category] of cases as [number, string][]) {
          const expected = messageFrom(messages, `${base}_${category}`, [formatNumber(count)]);
          expect(plural(base as Parameters<typeof plural>[0], count), `${base} ${count}`).toBe(expected);
        }
      }
    });
  }
});
