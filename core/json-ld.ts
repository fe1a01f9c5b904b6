/**
 * The page's schema.org JSON-LD, read as data: every object of every `application/ld+json` block
 * (arrays and `@graph` flattened, nested objects visited), reduced to the few fields the extractor
 * uses. A block that does not parse is skipped; nothing in it is ever run or rendered as HTML.
 */
import { listOf } from './dom';

/** An author entry: a name, or until the graph is read, the `@id` of the object that names them. */
interface LdAuthor {
  name: string;
  person: boolean;
  ref?: string;
}

/** One schema.org object, with only what metadata and page-kind decisions read. */
export interface LdObject {
  /** `@type` values, e.g. ["NewsArticle"], ["WebPage", "CollectionPage"]. */
  types: string[];
  headline?: string;
  name?: string;
  /** Names of the `author` (and `creator`) entries, with whether each is a person. */
  authors: LdAuthor[];
  /** The object's `@id` (a graph's other objects name it by that: `"author": {"@id": "…#author"}`). */
  id?: string;
  datePublished?: string;
  publisherName?: string;
  /** `itemListElement` entries, when the object is a list. */
  listItems: number;
}

/** A block larger than this is not read (a page can embed megabytes of state as JSON-LD). */
const MAX_BLOCK_CHARS = 500_000;
/** Objects nested deeper than this are not visited. */
const MAX_DEPTH = 12;

export function readJsonLd(doc: Document): LdObject[] {
  const objects: LdObject[] = [];
  for (const script of listOf(doc.getElementsByTagName('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      continue;
    }
    visit(value, objects, 0);
  }
  return resolveAuthors(objects);
}

/** An author given only as a reference (`{"@id": "…/#/schema/person/1"}`) is the graph's object with that id. */
function resolveAuthors(objects: LdObject[]): LdObject[] {
  if (!objects.some((o) => o.authors.some((a) => a.ref))) return objects;
  const byId = new Map<string, LdObject>();
  for (const o of objects) if (o.id && o.name && !byId.has(o.id)) byId.set(o.id, o);
  for (const o of objects) {
    o.authors = o.authors.flatMap((a) => {
      if (!a.ref) return [a];
      const target = byId.get(a.ref);
      return target?.name ? [{ name: target.name, person: target.types.includes('Person') }] : [];
    });
  }
  return objects;
}

function visit(value: unknown, out: LdObject[], depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const types = asStrings(record['@type']);
  if (types.length > 0) out.push(toObject(record, types));
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'subjectOf']) visit(record[key], out, depth + 1);
}

function toObject(record: Record<string, unknown>, types: string[]): LdObject {
  const authors = [...asArray(record.author), ...asArray(record.creator)].flatMap((entry): LdAuthor[] => {
    if (typeof entry === 'string') return entry.trim() ? [{ name: entry.trim(), person: true }] : [];
    if (!entry || typeof entry !== 'object') return [];
    const name = text((entry as Record<string, unknown>).name);
    const entryTypes = asStrings((entry as Record<string, unknown>)['@type']);
    if (name) return [{ name, person: entryTypes.length === 0 || entryTypes.includes('Person') }];
    const ref = text((entry as Record<string, unknown>)['@id']);
    return ref ? [{ name: '', person: false, ref }] : [];
  });
  const publisher = asArray(record.publisher)[0];
  const list = record.itemListElement;
  return {
    types,
    id: text(record['@id']),
    headline: text(record.headline),
    name: text(record.name),
    authors,
    datePublished: text(record.datePublished) ?? text(record.dateCreated),
    publisherName: publisher && typeof publisher === 'object' ? text((publisher as Record<string, unknown>).name) : text(publisher),
    listItems: Array.isArray(list) ? list.length : 0,
  };
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function asStrings(value: unknown): string[] {
  return asArray(value).filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

function text(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  const clean = first.replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

/** Types of a single piece of writing (NewsArticle, BlogPosting, Report, …). */
export function isArticleType(types: readonly string[]): boolean {
  return types.some((t) => /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/.test(t));
}
