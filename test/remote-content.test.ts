/**
 * What each pictures setting holds back of an article's remote content before it is rendered
 * (components/remote-content.ts), on a sanitized tree as SanitizedHtml gives it: which elements become
 * placeholders, which placeholders load on a click, and what they say.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { holdRemoteContent, type Holding } from '@/components/remote-content';
import { sanitizerFor } from '@/core/sanitize';

const HTML = `<p>Text.</p>
<figure><img src="https://cdn.example/lead.jpg" alt="The council chamber"></figure>
<picture><source type="image/webp"><img src="https://cdn.example/p.jpg" alt=""></picture>
<video src="https://media.example/clip.mp4" controls autoplay preload="auto" crossorigin="use-credentials"></video>
<audio src="https://media.example/a.mp3" loop></audio>
<table><tr><td background="https://cdn.example/bg.png">cell</td></tr></table>`;

function held(mode: Holding, savedPictures?: ReadonlyMap<string, string>) {
  const { window } = new JSDOM('<!doctype html><body>');
  const root = sanitizerFor(window).sanitizeToElement(HTML, 'https://news.example/a', { pictures: savedPictures })!;
  const elements = holdRemoteContent(root, mode);
  const placeholders = Array.from(root.querySelectorAll('.cnr-held'), (p) => ({ text: p.textContent, loads: p.hasAttribute('data-cnr-held') }));
  return { root, elements: elements.map((e) => e.localName), placeholders, heldElements: elements };
}

describe('holding back remote content', () => {
  it('"show": pictures stay; video and audio wait behind placeholders that load them, without autoplay, loop, preload or crossorigin', () => {
    const { root, elements, placeholders, heldElements } = held('show');
    expect(root.querySelectorAll('img').length).toBe(2);
    expect(elements).toEqual(['video', 'audio']);
    expect(placeholders).toEqual([
      { text: '▶ Video (media.example) — load', loads: true },
      { text: '▶ Audio (media.example) — load', loads: true },
    ]);
    // What a click puts back: the sanitized element, which cannot play, loop or preload by itself.
    for (const element of heldElements) {
      expect(['autoplay', 'preload', 'crossorigin', 'loop'].filter((a) => element.hasAttribute(a)), element.localName).toEqual([]);
    }
    expect(root.querySelector('td')!.getAttribute('background')).toBe('https://cdn.example/bg.png');
  });

  it('"click": every picture, video and audio is a placeholder that loads it; no table background', () => {
    const { root, elements, placeholders } = held('click');
    expect(root.querySelectorAll('img, video, audio').length).toBe(0);
    expect(elements).toEqual(['img', 'picture', 'video', 'audio']);
    expect(placeholders[0]).toEqual({ text: '▶ Picture: The council chamber (cdn.example) — load', loads: true });
    expect(placeholders.every((p) => p.loads)).toBe(true);
    expect(root.querySelector('td')!.hasAttribute('background')).toBe(false);
  });

  it('"never": placeholders that say so and load nothing; nothing is kept to load', () => {
    const { root, elements, placeholders } = held('never');
    expect(root.querySelectorAll('img, video, audio, [src], [poster], [background]').length).toBe(0);
    expect(elements).toEqual([]);
    expect(placeholders.map((p) => p.text)).toEqual([
      'Picture: The council chamber (cdn.example) — not shown (No pictures)',
      'Picture (cdn.example) — not shown (No pictures)',
      'Video (media.example) — not shown (No pictures)',
      'Audio (media.example) — not shown (No pictures)',
    ]);
    expect(placeholders.some((p) => p.loads)).toBe(false);
  });

  it('a saved article: its own copies shown; pictures not saved, video and audio named as such; no remote address left', () => {
    const { root, elements, placeholders } = held('saved', new Map([['https://cdn.example/lead.jpg', 'blob:chrome-extension://x/1']]));
    expect(Array.from(root.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual(['blob:chrome-extension://x/1']);
    expect(elements).toEqual([]);
    expect(placeholders).toEqual([
      { text: 'Picture — not saved with the article', loads: false },
      { text: 'Video — not saved with the article', loads: false },
      { text: 'Audio — not saved with the article', loads: false },
    ]);
    expect(root.querySelectorAll('[src^="http"], [poster], [background]').length).toBe(0);
  });
});
