/**
 * The prose-cluster fallback never takes a gallery, a slideshow, a list of captions or a comment
 * thread over Readability's choice: such a cluster can hold more prose than the article (a 50-slide
 * gallery with a caption per slide), yet it is not the article.
 */
import { describe, expect, it } from 'vitest';
import { isGalleryOrThread, proseCluster } from '../core/prose';
import { ARTICLE_TEXTS } from './article-texts';
import { withDocument } from './helpers';

const URL = 'https://www.example-news.com/city/2025/03/12/council-budget-approved';
const { paragraphs } = ARTICLE_TEXTS.en;
const CAPTIONS = Array.from({ length: 24 }, (_, i) => `Photo ${i + 1} of 24: residents queue outside the town hall on Tuesday evening while the council debates next year's budget.`);
const COMMENTS = Array.from({ length: 12 }, (_, i) => `Comment ${i + 1}: I have lived in this city for twenty years and the buses have never been this late, so spending the money there is the right call.`);

function page(block: string): string {
  return `<!doctype html><html lang="en"><head><title>Budget approved</title></head><body>
<article><h1>Budget approved</h1>${paragraphs.slice(0, 3).map((p) => `<p>${p}</p>`).join('')}</article>${block}</body></html>`;
}

/** The cluster of the page and whether it is a gallery or a thread. */
function clusterOf(html: string): { text: string; galleryOrThread: boolean } {
  return withDocument(html, URL, (doc) => {
    const cluster = proseCluster(doc.body)!;
    return { text: cluster.paragraphs[0]!, galleryOrThread: isGalleryOrThread(cluster) };
  });
}

describe('clusters that are never the article', () => {
  it('a captioned gallery without any telling markup: a picture per caption', () => {
    const gallery = `<div class="list">${CAPTIONS.map((c, i) => `<div class="item"><img src="/g/${i}.jpg" alt=""><p>${c}</p></div>`).join('')}</div>`;
    expect(clusterOf(page(gallery))).toEqual({ text: CAPTIONS[0], galleryOrThread: true });
  });

  it('a slideshow named by its markup ("c-slideshow__track"), pictures loaded later', () => {
    const slideshow = `<div class="c-slideshow__track">${CAPTIONS.map((c) => `<div><p>${c}</p></div>`).join('')}</div>`;
    expect(clusterOf(page(slideshow))).toEqual({ text: CAPTIONS[0], galleryOrThread: true });
  });

  it('figures with their captions', () => {
    const figures = `<div>${CAPTIONS.map((c, i) => `<figure><img src="/g/${i}.jpg" alt=""><figcaption><p>${c}</p></figcaption></figure>`).join('')}</div>`;
    expect(clusterOf(page(figures))).toEqual({ text: CAPTIONS[0], galleryOrThread: true });
  });

  it('a comment thread named by its markup', () => {
    const thread = `<section id="comments"><ol class="list">${COMMENTS.map((c) => `<li><p>${c}</p></li>`).join('')}</ol></section>`;
    expect(clusterOf(page(thread))).toEqual({ text: COMMENTS[0], galleryOrThread: true });
  });

  it('an article with a few pictures is not a gallery', () => {
    const article = `<div class="story">${paragraphs.map((p, i) => (i % 3 === 0 ? `<img src="/p/${i}.jpg" alt="">` : '') + `<p>${p}</p>`).join('')}</div>`;
    const html = `<!doctype html><html lang="en"><head><title>Budget approved</title></head><body>${article}</body></html>`;
    expect(clusterOf(html)).toEqual({ text: paragraphs[0], galleryOrThread: false });
  });
});
