// @vitest-environment jsdom
/**
 * A removal records where it stood in the article (core/removal-place.ts), through the saved record,
 * and "Show again" puts the block back there in the rendered article (ArticleBody), marked, with
 * "Remove again"; a block that had no place in the article is shown in the list instead.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../components/ArticleBody';
import { blockKey, findPlace, neighboursOf, placesIn } from '../core/removal-place';
import type { Removal } from '../core/types';
import { checkArticle, toSavedArticle } from '../lib/library/records';
import { ARTICLE_TEXTS } from './article-texts';
import { articlePage, extractArticle } from './helpers';

const URL = 'https://stiri.example.ro/politica/articol-1';
const { title, paragraphs } = ARTICLE_TEXTS.ro;
const READ_ALSO = '<div class="related-articles"><h3>Citește și</h3><ul>'
  + '<li><a href="/a">Guvernul a anunțat noi măsuri fiscale pentru anul viitor</a></li>'
  + '<li><a href="/b">Ce se schimbă la pensii de la 1 ianuarie</a></li></ul></div>';

/** The test's own markup, parsed into a <div> (DOMParser: nothing runs). */
const fragment = (html: string): HTMLElement => {
  const root = document.createElement('div');
  root.append(...Array.from(new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.childNodes));
  return root;
};

describe('the place of a removed block', () => {
  it('is after the paragraph it followed in the article, through extraction and the saved record', () => {
    const article = extractArticle(articlePage({ lang: 'ro', title, paragraphs, clutter: READ_ALSO, after: 2 }), URL);
    const readAlso = article.removed.find((removal) => removal.text.includes('Citește și'));
    expect(readAlso?.place).toEqual({ after: paragraphs[1]!.replace(/\s+/g, ' ').slice(0, 80) });
    const checked = checkArticle(toSavedArticle(article, '2025-03-12T10:00:00.000Z'));
    expect(checked.ok && checked.record.removed.find((removal) => removal.text === readAlso!.text)?.place).toEqual(readAlso!.place);
  });

  it('skips neighbours that were removed too or are not in the article, and repeated paragraphs', () => {
    const page = fragment('<aside><p>Sidebar teaser</p></aside><p>Intro repeated</p><p>First paragraph of the story.</p>'
      + '<div id="gone"><p>A share bar</p></div><div id="box">Read also</div><p>Intro repeated</p><p>Last paragraph.</p>');
    const neighbours = neighboursOf([page.querySelector('#box')!]);
    expect(neighbours.before).toEqual(['A share bar', 'First paragraph of the story.', 'Intro repeated']);
    expect(neighbours.after).toEqual(['Intro repeated', 'Last paragraph.']);
    const article = fragment('<p>Intro repeated</p><p>First paragraph of the story.</p><p>Intro repeated</p><p>Last paragraph.</p>');
    expect(placesIn(article, [neighbours])).toEqual([{ after: 'First paragraph of the story.' }]);
    // Nothing around it is in the article: no place, the block stays in the list.
    expect(placesIn(article, [{ before: ['Sidebar teaser'], after: ['Intro repeated'] }])).toEqual([null]);
  });

  it('never names the block that holds the removed element', () => {
    const page = fragment('<p>Before.</p><blockquote><p>Quoted <span id="x">share</span> text</p></blockquote><p>After.</p>');
    expect(neighboursOf([page.querySelector('#x')!])).toEqual({ before: ['Before.'], after: ['After.'] });
  });

  it('is found in the rendered article outside the list a paragraph ends', () => {
    const root = fragment('<div class="page"><p>One.</p><ul><li>Two.</li><li>Three.</li></ul><p>Four.</p></div>');
    const place = findPlace(root, { after: 'Three.' });
    expect(place?.element.localName).toBe('ul');
    expect(place?.position).toBe('afterend');
    // The first paragraph starts the page's wrapper: before it is before the wrapper.
    expect(findPlace(root, { before: 'One.' })?.element.className).toBe('page');
    expect(findPlace(root, { after: 'Not in this article' })).toBeNull();
    expect(blockKey(root.querySelector('p')!)).toBe('One.');
  });
});

describe('"Show again" in the article', () => {
  // jsdom has no layout, hence no scrollIntoView: recorded here instead.
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
  const removed: Removal[] = [
    { rule: 'promo.related-box', category: 'promo', text: 'Citește și: altceva', html: '<div><p>Citește și: <a href="https://stiri.example.ro/b">altceva</a></p></div>', stage: 'page', place: { after: 'Primul paragraf.' } },
    { rule: 'chrome.cookie-banner', category: 'chrome', text: 'Acceptați cookie-urile?', html: '', stage: 'page' },
  ];
  const html = '<div class="page"><p>Primul paragraf.</p><p>Al doilea paragraf.</p></div>';

  it('puts a block with a place back after its paragraph, and "Remove again" takes it out', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(<ArticleBody html={html} removed={removed} baseUrl={URL} dir="ltr" lang="ro" bodyClass="body" testId="article-body" />, host);
    const body = host.querySelector('[data-testid="article-body"]')!;
    const showButtons = () => host.querySelectorAll<HTMLButtonElement>('[data-testid="show-removed"]');
    await act(() => showButtons()[0]!.click());
    const restored = body.querySelector('[data-testid="restored-in-place"]')!;
    expect(restored.previousElementSibling?.textContent).toBe('Primul paragraf.');
    expect(restored.nextElementSibling?.textContent).toBe('Al doilea paragraf.');
    expect(restored.textContent).toContain('Citește și: altceva');
    expect(host.querySelector('.removed [data-testid="restored-block"]')).toBeNull();
    expect(showButtons()[0]!.getAttribute('aria-pressed')).toBe('true');
    const again = restored.querySelector<HTMLButtonElement>('[data-testid="remove-again"]')!;
    expect(document.activeElement).toBe(again);
    expect(scrolled).toContain(restored);
    await act(() => again.click());
    expect(body.querySelector('[data-testid="restored-in-place"]')).toBeNull();
    expect(body.textContent).toBe('Primul paragraf.Al doilea paragraf.');
    expect(showButtons()[0]!.getAttribute('aria-pressed')).toBe('false');
    render(null, host);
    host.remove();
  });

  it('shows a block without a place in the list, not in the article', async () => {
    const host = document.createElement('div');
    render(<ArticleBody html={html} removed={removed} baseUrl={URL} dir="ltr" lang="ro" bodyClass="body" testId="article-body" />, host);
    await act(() => host.querySelectorAll<HTMLButtonElement>('[data-testid="show-removed"]')[1]!.click());
    expect(host.querySelector('.removed [data-testid="restored-block"]')?.textContent).toBe('Acceptați cookie-urile?');
    expect(host.querySelector('[data-testid="restored-in-place"]')).toBeNull();
    render(null, host);
  });
});
