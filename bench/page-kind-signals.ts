/**
 * The page-kind measures (core/page-kind.ts) of every page of a corpus and the answer they give, one
 * JSON line each, with the page's type (wcxb-dev) — what the thresholds were chosen on:
 *   npx tsx bench/page-kind-signals.ts wcxb|trafilatura|daniel OUT.jsonl [SHARD/SHARDS]
 * Only the copy and the measuring run (no Readability), so a corpus takes minutes, not an hour.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parsePage, readPageFile } from '../cli/load-page';
import { metaContents, readPageMetadata } from '../core/metadata';
import { preparedCopy } from '../core/page-copy';
import { measurePageKind, pageKindOf } from '../core/page-kind';

const SHARED = path.resolve(import.meta.dirname, '..', '..', 'shared', 'bench');
const [corpus, out, shard = '0/1'] = process.argv.slice(2);
const [shardIndex, shards] = shard.split('/').map(Number) as [number, number];

interface Entry { id: string; file: string; url: string; type: string }

function entries(): Entry[] {
  if (corpus === 'wcxb') {
    const dir = path.join(SHARED, 'wcxb-dev');
    const meta = JSON.parse(readFileSync(path.join(dir, 'metadata.json'), 'utf8')).files as Record<string, { page_type?: string }>;
    return readdirSync(path.join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).sort().map((f) => {
      const id = f.slice(0, -5);
      const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth', f), 'utf8'));
      return { id, file: path.join(dir, 'html', `${id}.html.gz`), url: truth.url ?? 'http://example.invalid/', type: truth._internal?.page_type?.primary ?? meta[id]?.page_type ?? 'unknown' };
    });
  }
  if (corpus === 'trafilatura') {
    const dir = path.join(SHARED, 'trafilatura-eval');
    const all = JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>;
    return Object.entries(all).map(([url, p]) => ({ id: url, file: path.join(dir, 'html', `${p.file}.gz`), url, type: 'trafilatura' }));
  }
  const dir = path.join(SHARED, 'daniel-sample');
  const langs = JSON.parse(readFileSync(path.join(dir, 'languages.json'), 'utf8')) as Record<string, string>;
  return Object.keys(langs).sort().map((id) => {
    const m = /^\d{8}_([a-z0-9-]+(?:\.[a-z0-9-]+)+)_(.+)$/i.exec(id);
    return { id, file: path.join(dir, 'html', `${id}.html.gz`), url: m ? `http://${m[1]}/${m[2]}` : 'http://example.invalid/', type: 'daniel' };
  });
}

// Resumable, a batch of pages per process (jsdom's memory grows over a long run): ids already written are skipped.
const done = new Set(existsSync(out!) ? readFileSync(out!, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string) : []);
let batch = Number(process.env.BATCH ?? 150);
for (const [i, e] of entries().entries()) {
  if (i % shards !== shardIndex || done.has(e.id)) continue;
  if (batch-- === 0) process.exit(3);
  try {
    const page = parsePage(readPageFile(e.file), e.url);
    try {
      const meta = metaContents(page.document);
      const doc = preparedCopy(page.document);
      const read = readPageMetadata(doc, meta);
      const start = performance.now();
      const m = measurePageKind(doc.body!, { ldTypes: read.ldTypes, published: meta.has('article:published_time'), ogArticle: meta.get('og:type')?.toLowerCase() === 'article', url: e.url });
      const ms = performance.now() - start;
      appendFileSync(out!, JSON.stringify({ id: e.id, type: e.type, url: e.url, ogType: meta.get('og:type') ?? null, ldTypes: read.ldTypes, kind: pageKindOf(m), ms: Math.round(ms), ...m }) + '\n');
    } finally {
      page.close();
    }
  } catch (error) {
    appendFileSync(out!, JSON.stringify({ id: e.id, type: e.type, error: String(error) }) + '\n');
  }
}
