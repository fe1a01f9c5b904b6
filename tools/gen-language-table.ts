/**
 * Regenerates core/language-table.ts, the data behind core/language.ts.
 *
 *   npx tsx tools/gen-language-table.ts
 *
 * Sources (all local, no network):
 * - franc (dependency): the languages it can detect and the script each one is written in;
 * - language-subtag-registry (devDependency): the IANA language subtag registry, for
 *   validity, deprecated subtags, macrolanguage membership and fallback English names;
 * - cldr-core (devDependency): CLDR language aliases (ron→ro, rum→ro, iw→he, arb→ar, ...),
 *   likely scripts (for text direction) and which scripts are right-to-left;
 * - Node's own ICU (CLDR) for the English display names.
 *
 * The output is deterministic for a given set of package versions and Node ICU version.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { data as francData } from 'franc/data.js';
import { expressions as francExpressions } from 'franc/expressions.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'core', 'language-table.ts');

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(join(root, 'node_modules', relative), 'utf8')) as T;
}

interface RegistryRecord {
  Type: string;
  Subtag?: string;
  Tag?: string;
  Description: string[];
  Deprecated?: string;
  'Preferred-Value'?: string;
  Macrolanguage?: string;
  Scope?: string;
}
interface CldrAlias {
  _reason: string;
  _replacement: string;
}

const registry = readJson<RegistryRecord[]>('language-subtag-registry/data/json/registry.json');
const cldrAliases = readJson<{ supplemental: { metadata: { alias: { languageAlias: Record<string, CldrAlias> } } } }>(
  'cldr-core/supplemental/aliases.json',
).supplemental.metadata.alias.languageAlias;
const registryDate = readJson<Record<string, string>>('language-subtag-registry/data/json/meta.json')['File-Date'];
const likely = readJson<{ supplemental: { likelySubtags: Record<string, string> } }>(
  'cldr-core/supplemental/likelySubtags.json',
).supplemental.likelySubtags;
const scriptMeta = readJson<{ scriptMetadata: Record<string, { rtl?: string }> }>('cldr-core/scriptMetadata.json')
  .scriptMetadata;

/* ---------- franc: codes and scripts ---------- */

// franc groups languages by the script their trigram models are for; single-language
// scripts are keyed by the language code itself (ell = Greek script, ...).
const FRANC_GROUP_SCRIPT: Record<string, string> = {
  Latin: 'Latn', Cyrillic: 'Cyrl', Arabic: 'Arab', Devanagari: 'Deva', Myanmar: 'Mymr',
  Ethiopic: 'Ethi', Hebrew: 'Hebr', cmn: 'Hani', ben: 'Beng', jpn: 'Hani', jav: 'Java',
  kor: 'Hani', tel: 'Telu', tam: 'Taml', guj: 'Gujr', kan: 'Knda', mal: 'Mlym', pan: 'Guru',
  tha: 'Thai', sin: 'Sinh', ell: 'Grek', khm: 'Khmr', hye: 'Armn', sat: 'Olck', bod: 'Tibt',
  kat: 'Geor', lao: 'Laoo', zgh: 'Tfng', iii: 'Yiii', aii: 'Syrc',
};

const francScripts = new Map<string, Set<string>>(); // insertion order ≈ franc's speaker order
function addFrancScript(code: string, group: string): void {
  const script = FRANC_GROUP_SCRIPT[group];
  if (!script) throw new Error(`unknown franc script group ${group}`);
  const set = francScripts.get(code) ?? new Set<string>();
  set.add(script);
  francScripts.set(code, set);
}
for (const [group, languages] of Object.entries(francData)) {
  for (const code of Object.keys(languages)) addFrancScript(code, group);
}
for (const group of Object.keys(francExpressions)) {
  if (!(group in francData)) addFrancScript(group, group);
}

/* ---------- registry lookups ---------- */

const registryLanguages = new Map<string, RegistryRecord>();
for (const record of registry) {
  if (record.Type === 'language' && record.Subtag && !record.Subtag.includes('..')) {
    registryLanguages.set(record.Subtag, record);
  }
}
const isRealLanguage = (r: RegistryRecord): boolean =>
  r.Scope !== 'special' && r.Scope !== 'private-use' && !r.Deprecated;

/* ---------- aliases: any tag → canonical language subtag ---------- */

const primary = (tag: string): string => tag.split(/[-_]/)[0]!.toLowerCase();

// Only reasons that keep the language the same. CLDR's 'legacy' ones (tl→fil, sh→sr-Latn)
// are left out: ISO 639-1 still has tl (Tagalog) and sh (Serbo-Croatian).
const ALIAS_REASONS = new Set(['overlong', 'bibliographic', 'deprecated', 'macrolanguage']);
// Where franc's code or ISO 639-1 disagrees with CLDR: franc's zlm ("Malay, individual
// language") is what CLDR calls zsm; tgl and hbs are the ISO 639-3 codes of tl and sh.
const EXTRA_ALIASES: Record<string, string> = { zlm: 'ms', tgl: 'tl', hbs: 'sh' };

const aliases = new Map<string, string>();
for (const [from, alias] of Object.entries(cldrAliases)) {
  if (!ALIAS_REASONS.has(alias._reason)) continue;
  const to = primary(alias._replacement);
  if (to === 'und' || to === from.toLowerCase()) continue;
  // Members of macrolanguages map to the macrolanguage only when it has a 2-letter tag
  // (arb→ar, cmn→zh); bcl→bik or emk→man would only lose information.
  if (alias._reason === 'macrolanguage' && to.length !== 2) continue;
  aliases.set(from.toLowerCase(), to);
}
for (const [from, record] of registryLanguages) {
  const preferred = record['Preferred-Value'];
  if (record.Deprecated && preferred && !aliases.has(from)) aliases.set(from, preferred);
}
for (const [from, to] of Object.entries(EXTRA_ALIASES)) aliases.set(from, to);

// Resolve chains (e.g. a deprecated code whose replacement is overlong).
function canonical(tag: string): string {
  let current = tag.toLowerCase();
  for (let i = 0; i < 4; i++) {
    const next = aliases.get(current);
    if (!next || next === current) break;
    current = next;
  }
  return current;
}
for (const from of [...aliases.keys()]) aliases.set(from, canonical(from));

/* ---------- English names ---------- */

const englishNames = new Intl.DisplayNames('en', { type: 'language', fallback: 'none' });

function intlName(tag: string, acceptable: readonly string[]): string | undefined {
  try {
    // Intl canonicalises the tag first (tgl → fil); only accept names for the same language.
    if (!acceptable.includes(new Intl.Locale(tag).language)) return undefined;
    return englishNames.of(tag);
  } catch {
    return undefined;
  }
}

function registryName(code: string): string | undefined {
  const description = registryLanguages.get(code)?.Description[0];
  return description?.replace(/\s*\((?:individual language|macrolanguage|\d{4}-)\)$/, '');
}

function englishName(code: string, bcp47: string): string {
  const name = intlName(code, [code, bcp47]) ?? intlName(bcp47, [bcp47]) ?? registryName(code) ?? registryName(bcp47);
  if (!name) throw new Error(`no English name for ${code}`);
  return name;
}

/* ---------- scripts ---------- */

// Scripts the runtime can tell apart in text; anything else is reported as-is and only
// compared for equality. Japanese/Korean/Chinese are all written with (at least some) Han.
const CJK_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Hang', 'Hira', 'Kana', 'Bopo']);
const normaliseScript = (script: string): string => (CJK_SCRIPTS.has(script) ? 'Hani' : script);

function likelyScript(bcp47: string): string | undefined {
  const full = likely[bcp47];
  return full?.split('-')[1];
}

const rtlScripts = Object.entries(scriptMeta)
  .filter(([, meta]) => meta.rtl === 'YES')
  .map(([script]) => script)
  .sort();
const isRtlScript = (script: string | undefined): boolean => script !== undefined && rtlScripts.includes(script);

/* ---------- the language table ---------- */

interface Entry {
  code: string;
  bcp47: string;
  name: string;
  scripts: string[];
  franc: boolean;
}

const entries = new Map<string, Entry>();

for (const [code, scripts] of francScripts) {
  const bcp47 = canonical(code);
  entries.set(code, { code, bcp47, name: englishName(code, bcp47), scripts: [...scripts], franc: true });
}

// Every other language that has an ISO 639-1 code, keyed by its ISO 639-3 code.
const overlongFrom = new Map<string, string>();
for (const [from, alias] of Object.entries(cldrAliases)) {
  // First one wins: aka→ak comes before twi→ak.
  const to = alias._replacement;
  if (alias._reason === 'overlong' && from.length === 3 && to.length === 2 && !overlongFrom.has(to)) {
    overlongFrom.set(to, from);
  }
}
for (const [from, to] of Object.entries(EXTRA_ALIASES)) overlongFrom.set(to, from);
const francBcp47 = new Set([...entries.values()].map((e) => e.bcp47));
for (const [subtag, record] of registryLanguages) {
  if (subtag.length !== 2 || !isRealLanguage(record) || francBcp47.has(subtag) || aliases.has(subtag)) continue;
  const code = overlongFrom.get(subtag);
  if (!code) {
    console.warn(`skipped ${subtag} (${record.Description[0]}): no ISO 639-3 equivalent`);
    continue;
  }
  const script = likelyScript(subtag);
  entries.set(code, {
    code,
    bcp47: subtag,
    name: englishName(code, subtag),
    scripts: script ? [normaliseScript(script)] : [],
    franc: false,
  });
}

// bcp47 → the code languageFromTag reports. Where several franc codes share a tag
// (pes and prs are both 'fa'), the one CLDR treats as the tag's own language wins.
const codeForTag = new Map<string, string>();
const isDirect = (code: string, tag: string): boolean =>
  cldrAliases[code]?._replacement === tag || EXTRA_ALIASES[code] === tag;
for (const entry of entries.values()) {
  const current = codeForTag.get(entry.bcp47);
  if (!current || (isDirect(entry.code, entry.bcp47) && !isDirect(current, entry.bcp47))) {
    codeForTag.set(entry.bcp47, entry.code);
  }
}

// Macrolanguage → franc codes of its members that carry their own tag (no → nob, nno).
const macroMembers = new Map<string, string[]>();
for (const entry of entries.values()) {
  if (!entry.franc) continue;
  const record = registryLanguages.get(entry.code) ?? registryLanguages.get(entry.bcp47);
  const macro = record?.Macrolanguage ? canonical(record.Macrolanguage) : undefined;
  if (!macro || macro === entry.bcp47) continue;
  macroMembers.set(macro, [...(macroMembers.get(macro) ?? []), entry.code]);
}

// Every other valid language subtag, so that tags of languages we know nothing else about
// are still accepted (and garbage is not).
const knownTags = new Set([...entries.values()].flatMap((e) => [e.code, e.bcp47]));
const otherCodes = [...registryLanguages.entries()]
  .filter(([subtag, record]) => subtag.length === 3 && isRealLanguage(record))
  .filter(([subtag]) => !knownTags.has(subtag) && !aliases.has(subtag))
  .map(([subtag]) => subtag)
  .sort();

// Direction: languages whose likely script is right-to-left, and region exceptions
// (az-IR is written in Arabic script, sd-IN in Devanagari).
const rtlLanguages: string[] = [];
const regionDirections: Record<string, 'ltr' | 'rtl'> = {};
for (const [tag, full] of Object.entries(likely)) {
  const parts = tag.split('-');
  const language = parts[0]!;
  if (language === 'und' || /^[A-Z][a-z]{3}$/.test(parts[1] ?? '')) continue;
  const rtl = isRtlScript(full.split('-')[1]);
  if (parts.length === 1) {
    if (rtl) rtlLanguages.push(language);
  } else if (parts.length === 2 && rtl !== isRtlScript(likelyScript(language))) {
    regionDirections[tag.toLowerCase()] = rtl ? 'rtl' : 'ltr';
  }
}
// Tags that are ours but not CLDR's canonical ones.
for (const entry of entries.values()) {
  if (!(entry.bcp47 in likely) && entry.scripts.some((s) => isRtlScript(s)) && entry.scripts.length === 1) {
    rtlLanguages.push(entry.bcp47);
  }
}

/* ---------- output ---------- */

const q = (s: string): string => JSON.stringify(s);
const sortedEntries = [...entries.values()].sort(
  (a, b) => Number(b.franc) - Number(a.franc) || a.code.localeCompare(b.code),
);
const chunk = (items: string[], size: number): string[] => {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += size) lines.push(items.slice(i, i + size).join(' '));
  return lines;
};
const sortedRecord = (map: Map<string, string> | Record<string, string>): [string, string][] =>
  (map instanceof Map ? [...map.entries()] : Object.entries(map)).sort(([a], [b]) => a.localeCompare(b));

const francCount = sortedEntries.filter((e) => e.franc).length;
const lines: string[] = [
  '// Generated by tools/gen-language-table.ts — do not edit by hand.',
  `// Sources: franc (language list and scripts), IANA language subtag registry of ${registryDate},`,
  '// CLDR (cldr-core: aliases, likely scripts, RTL scripts),',
  `// English names from ICU ${process.versions.icu} (CLDR ${process.versions.cldr}).`,
  '',
  '/**',
  ' * ISO 639-3 code → [BCP 47 language subtag, English name, scripts (ISO 15924, space separated),',
  ' * 1 when franc detects it]. franc’s codes first, then other languages with an ISO 639-1 code.',
  ' */',
  'export const LANGUAGES: Readonly<',
  '  Record<string, readonly [bcp47: string, name: string, scripts: string, franc: 0 | 1]>',
  '> = {',
  ...sortedEntries.map(
    (e) => `  ${e.code}: [${q(e.bcp47)}, ${q(e.name)}, ${q(e.scripts.join(' '))}, ${e.franc ? 1 : 0}],`,
  ),
  '};',
  '',
  `/** Number of distinct codes franc can return (${francCount}). */`,
  `export const FRANC_CODE_COUNT = ${francCount};`,
  '',
  '/** Language subtag → the ISO 639-3 code to report for it (franc’s where franc knows it). */',
  'export const CODE_FOR_TAG: Readonly<Record<string, string>> = {',
  ...sortedRecord(codeForTag)
    .filter(([tag, code]) => tag !== code)
    .map(([tag, code]) => `  ${q(tag)}: ${q(code)},`),
  '};',
  '',
  '/** Deprecated, bibliographic, overlong and macrolanguage-member tags → language subtag. */',
  'export const TAG_ALIASES: Readonly<Record<string, string>> = {',
  ...sortedRecord(aliases).map(([from, to]) => `  ${q(from)}: ${q(to)},`),
  '};',
  '',
  '/** Macrolanguage subtag → franc codes of member languages that have their own tag. */',
  'export const MACRO_MEMBERS: Readonly<Record<string, readonly string[]>> = {',
  ...[...macroMembers.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([macro, members]) => `  ${q(macro)}: [${members.map(q).join(', ')}],`),
  '};',
  '',
  '/** All other registered 3-letter language subtags, concatenated (3 characters each). */',
  'export const OTHER_CODES: string =',
  ...chunk(otherCodes, 40).map((line, i, all) => `  '${line.replace(/ /g, '')}'${i === all.length - 1 ? ';' : ' +'}`),
  '',
  '/** Language subtags whose usual script is right-to-left. */',
  'export const RTL_LANGUAGES: string =',
  ...chunk([...new Set(rtlLanguages)].sort(), 30).map(
    (line, i, all) => `  ${q(line)}${i === all.length - 1 ? ';' : " + ' ' +"}`,
  ),
  '',
  '/** language-REGION (lower case) whose direction differs from the language’s usual one. */',
  'export const REGION_DIRECTIONS: Readonly<Record<string, "ltr" | "rtl">> = {',
  ...sortedRecord(regionDirections).map(([tag, dir]) => `  ${q(tag)}: ${q(dir)},`),
  '};',
  '',
  '/** Right-to-left scripts (ISO 15924, lower case). */',
  `export const RTL_SCRIPTS: string = ${q(rtlScripts.map((s) => s.toLowerCase()).join(' '))};`,
  '',
];

writeFileSync(out, lines.join('\n'));
console.log(
  `wrote ${out}: ${entries.size} languages (${francCount} franc), ${aliases.size} aliases, ` +
    `${otherCodes.length} other codes`,
);
