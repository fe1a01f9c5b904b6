/**
 * End-to-end: how the reader reads, measured in the page (Chromium, the built extension).
 *  - The measure: 55–80 characters a line at the smallest and the largest text size, on the Romanian,
 *    Greek, Arabic and Italian seed pages (characters counted line by line in the rendered body).
 *  - Contrast, WCAG 2.2 AA, in every theme: every control's text 4.5:1 on its own background, every
 *    control's boundary 3:1 against the toolbar, the theme's text, muted, link and error colours 4.5:1,
 *    the focus ring 3:1; the selected theme is filled and the focus ring is an outline apart from it.
 *  - The width control says its value; Reset puts the defaults back (the pictures choice stays).
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness';
import { clickInReader, inReader, waitForReader } from './reader-dom';

const SEEDS = [
  { seed: '000_7269f1ef90a3ac60', variant: 'semantic', language: 'Romanian' },
  { seed: '001_abf140b8d65e8e25', variant: 'semantic', language: 'Greek' },
  { seed: '002_02c41632957ec01c', variant: 'semantic', language: 'Arabic' },
  { seed: '004_b8ea717ec7a7f5de', variant: 'semantic', language: 'Italian' },
] as const;
const SIZES = { smallest: 14, largest: 28 };

const harness = useHarness();

async function storeSettings(popup: Page, settings: Record<string, unknown>): Promise<void> {
  await popup.evaluate((value) => chrome.storage.local.set({ readerSettings: value, readerSettings$: { v: 3 } }), settings);
}

async function showReader(path: string, settings: Record<string, unknown>): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await harness().openTab(harness().server.url(path));
  const popup = await harness().openPopup(tabId);
  await storeSettings(popup, settings);
  await popup.getByTestId('reader-toggle').click();
  await waitForReader(page);
  return { page, popup };
}

/** Characters on each full line of the reader body's paragraphs (each paragraph's last line left out). */
const lineLengths = (page: Page) => inReader(page, (root) => {
  const body = root.querySelector('[data-testid="reader-body"]')!;
  const lengths: number[] = [];
  const range = document.createRange();
  for (const p of Array.from(body.querySelectorAll('p'))) {
    const lines: number[] = [];
    let lastTop: number | null = null;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (lastTop === null || rect.top > lastTop + rect.height * 0.6) lines.push(0);
        lastTop = lastTop === null || rect.top > lastTop + rect.height * 0.6 ? rect.top : lastTop;
        lines[lines.length - 1]! += 1;
      }
    }
    lengths.push(...lines.slice(0, -1));
  }
  return lengths;
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const measured: string[] = [];
afterAll(() => {
  if (measured.length) console.log(`characters a line (full lines: min / median / max):\n  ${measured.join('\n  ')}`);
});

describe('the measure holds in every script and at every size', () => {
  for (const { seed, variant, language } of SEEDS) {
    for (const [name, fontSize] of Object.entries(SIZES)) {
      it(`${language}, ${name} text (${fontSize} px): 55–80 characters a line`, async () => {
        const { page, popup } = await showReader(`/fixtures/seeds/${seed}/${variant}.html`, { theme: 'light', fontFamily: 'serif', fontSize, lineWidth: 66 });
        expect(await inReader(page, (root) => getComputedStyle(root.querySelector('[data-testid="reader-body"]')!).fontSize)).toBe(`${fontSize}px`);
        const lengths = (await lineLengths(page))!;
        expect(lengths.length, 'full lines measured').toBeGreaterThan(5);
        const sorted = [...lengths].sort((a, b) => a - b);
        const p10 = sorted[Math.floor(sorted.length * 0.1)]!;
        measured.push(`${language} ${fontSize}px: ${sorted[0]} / ${median(lengths)} / ${sorted[sorted.length - 1]} (${lengths.length} lines)`);
        expect(median(lengths)).toBeGreaterThanOrEqual(55);
        expect(p10, 'the shorter full lines (10th percentile)').toBeGreaterThanOrEqual(50);
        expect(sorted[sorted.length - 1], 'the longest line').toBeLessThanOrEqual(80);
        await popup.evaluate(() => chrome.storage.local.remove(['readerSettings', 'readerSettings$']));
        await popup.close();
        await page.close();
      });
    }
  }
});

/** Self-contained: WCAG contrast of two CSS colours (rgb/rgba, alpha composited over `under`). */
const CONTRAST_SOURCE = `
function parse(c) { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; }
function over(top, under) { return { r: top.r * top.a + under.r * (1 - top.a), g: top.g * top.a + under.g * (1 - top.a), b: top.b * top.a + under.b * (1 - top.a), a: 1 }; }
function lum(c) { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); }
function ratio(a, b) { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); }
function bgOf(el) { let layers = []; for (let n = el; n && n.nodeType === 1; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) { const c = parse(getComputedStyle(n).backgroundColor); if (c && c.a > 0) { layers.push(c); if (c.a === 1) break; } } let color = { r: 255, g: 255, b: 255, a: 1 }; for (const l of layers.reverse()) color = over(l, color); return color; }
`;

interface ContrastReport {
  failures: string[];
  checked: number;
  pressed: { background: string; outline: string } | null;
  focused: { outline: string; offset: string; focusToken: string } | null;
}

/** Checks every enabled control of the reader's toolbar and the theme's colour tokens. */
const contrastReport = (page: Page) => inReader(page, (root, source) => {
  const h = new Function(`${source}; return { parse, over, ratio, bgOf };`)() as {
    parse(c: string): { r: number; g: number; b: number; a: number } | null;
    over(a: object, b: object): { r: number; g: number; b: number; a: number };
    ratio(a: object, b: object): number;
    bgOf(el: Element): { r: number; g: number; b: number; a: number };
  };
  const failures: string[] = [];
  let checked = 0;
  const view = root.querySelector('[data-testid="reader-view"]')!;
  const toolbar = root.querySelector('.cnr-toolbar')!;
  const panel = h.bgOf(toolbar);
  const name = (el: Element) => `${el.localName}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`;
  for (const el of Array.from(toolbar.querySelectorAll<HTMLElement>('button, select, .status, output'))) {
    if ((el as HTMLButtonElement).disabled) continue; // Inactive controls are exempt (WCAG 1.4.3, 1.4.11).
    const style = getComputedStyle(el);
    const bg = h.bgOf(el);
    const fg = h.over(h.parse(style.color)!, bg);
    const text = h.ratio(fg, bg);
    checked++;
    if (text < 4.5) failures.push(`${name(el)}: text ${text.toFixed(2)}:1`);
    if (el.localName === 'button' || el.localName === 'select') {
      const border = h.parse(style.borderTopColor)!;
      const boundary = Math.max(h.ratio(h.over(border, panel), panel), h.ratio(bg, panel));
      if (parseFloat(style.borderTopWidth) === 0 || boundary < 3) failures.push(`${name(el)}: boundary ${boundary.toFixed(2)}:1`);
    }
  }
  const tokens = getComputedStyle(view);
  const token = (n: string) => {
    const probe = document.createElement('span');
    probe.style.color = tokens.getPropertyValue(n).trim();
    view.append(probe);
    const c = h.parse(getComputedStyle(probe).color)!;
    probe.remove();
    return c;
  };
  const bg = token('--bg');
  for (const [fgName, bgName, min] of [['--fg', '--bg', 4.5], ['--muted', '--bg', 4.5], ['--link', '--bg', 4.5], ['--error', '--bg', 4.5],
    ['--fg', '--panel', 4.5], ['--muted', '--panel', 4.5], ['--error', '--panel', 4.5], ['--on-accent', '--accent', 4.5],
    ['--control', '--panel', 3], ['--control', '--bg', 3], ['--focus', '--panel', 3], ['--focus', '--bg', 3], ['--accent', '--panel', 3]] as const) {
    const r = h.ratio(token(fgName), bgName === '--bg' ? bg : token(bgName));
    checked++;
    if (r < min) failures.push(`${fgName} on ${bgName}: ${r.toFixed(2)}:1 (needs ${min})`);
  }
  const pressedEl = toolbar.querySelector('button[aria-pressed="true"]');
  const pressed = pressedEl ? { background: getComputedStyle(pressedEl).backgroundColor, outline: getComputedStyle(pressedEl).outlineStyle } : null;
  const active = root.activeElement;
  const focused = active && active !== view && active.closest('.cnr-toolbar')
    ? { outline: getComputedStyle(active).outlineStyle, offset: getComputedStyle(active).outlineOffset, focusToken: getComputedStyle(active).outlineColor }
    : null;
  return { failures, checked, pressed, focused } satisfies ContrastReport;
}, CONTRAST_SOURCE);

describe('controls meet WCAG 2.2 AA in every theme', () => {
  for (const theme of ['light', 'sepia', 'dark', 'system'] as const) {
    it(`${theme}: text 4.5:1, boundaries 3:1, the selected theme filled, the focus ring apart`, async () => {
      const { page, popup } = await showReader('/fixtures/seeds/000_7269f1ef90a3ac60/semantic.html', { theme, fontFamily: 'serif', fontSize: 19, lineWidth: 66 });
      await page.bringToFront();
      // Focus the first control with the keyboard, so that the focus ring is drawn.
      await page.keyboard.press('Tab');
      const report = (await contrastReport(page))!;
      expect(report.failures).toEqual([]);
      expect(report.checked).toBeGreaterThan(20);
      expect(report.pressed?.outline, 'the selected theme has no outline').toBe('none');
      expect(report.pressed?.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(report.focused, 'a focused control').not.toBeNull();
      expect(report.focused?.outline).toBe('solid');
      expect(parseFloat(report.focused!.offset)).toBeGreaterThan(0);
      expect(report.focused?.focusToken).not.toBe(report.pressed?.background);
      await popup.evaluate(() => chrome.storage.local.remove(['readerSettings', 'readerSettings$']));
      await popup.close();
      await page.close();
    });
  }
});

describe('the width control and Reset', () => {
  it('the width control says its value; Reset puts the defaults back, and keeps the pictures choice', async () => {
    const { page, popup } = await showReader('/fixtures/seeds/004_b8ea717ec7a7f5de/semantic.html', { theme: 'dark', fontFamily: 'sans', fontSize: 24, lineWidth: 78, pictures: 'click' });
    await page.bringToFront();
    const state = () => inReader(page, (root) => {
      const select = root.querySelector<HTMLSelectElement>('[data-testid="line-width"]')!;
      return { width: select.selectedOptions[0]?.textContent, theme: root.querySelector('[data-testid="reader-view"]')!.getAttribute('data-theme') };
    });
    expect(await state()).toEqual({ width: 'Widest lines · 78 characters', theme: 'dark' });
    await clickInReader(page, '[data-testid="reset-settings"]');
    await expect.poll(state).toEqual({ width: 'Medium lines · 66 characters', theme: 'system' });
    expect(await popup.evaluate(async () => (await chrome.storage.local.get('readerSettings')).readerSettings))
      .toEqual({ theme: 'system', fontFamily: 'serif', fontSize: 19, lineWidth: 66, pictures: 'click' });
    await popup.evaluate(() => chrome.storage.local.remove(['readerSettings', 'readerSettings$']));
    await popup.close();
    await page.close();
  });
});

describe('a picture that does not load', () => {
  it('leaves no empty box the size of its width and height (a picture the site took down: 404)', async () => {
    const { page, popup } = await showReader('/e2e/broken-picture.html', { theme: 'light', fontFamily: 'serif', fontSize: 19, lineWidth: 66, pictures: 'show' });
    await page.bringToFront();
    const pictures = () => inReader(page, (root) => Array.from(root.querySelectorAll<HTMLImageElement>('[data-testid="reader-body"] img'))
      .map((img) => ({ failed: img.complete && img.naturalWidth === 0, height: img.getBoundingClientRect().height })));
    await expect.poll(pictures).toEqual([{ failed: true, height: 0 }]);
    expect(await inReader(page, (root) => root.querySelector('[data-testid="reader-body"] figcaption')?.textContent)).toBe('The ferry at the old quay.');
    await popup.evaluate(() => chrome.storage.local.remove(['readerSettings', 'readerSettings$']));
    await popup.close();
    await page.close();
  });
});

declare const chrome: typeof import('wxt/browser').browser;
