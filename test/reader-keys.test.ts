import { describe, expect, it } from 'vitest';
import { scrollStep } from '@/components/reader-keys';

const key = (name: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
  ({ key: name, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const scroller = { localName: 'div' };

describe('the reader scrolling keys', () => {
  it('scroll by a screen less the toolbar and an overlap, by a line, or to either end', () => {
    expect(scrollStep(key('PageDown'), scroller, 800)).toBe(704);
    expect(scrollStep(key('PageUp'), scroller, 800)).toBe(-704);
    expect(scrollStep(key(' '), scroller, 800)).toBe(704);
    expect(scrollStep(key(' ', { shiftKey: true }), scroller, 800)).toBe(-704);
    expect(scrollStep(key('ArrowDown'), scroller, 800)).toBe(48);
    expect(scrollStep(key('ArrowUp'), scroller, 800)).toBe(-48);
    expect(scrollStep(key('Home'), scroller, 800)).toBe('start');
    expect(scrollStep(key('End'), scroller, 800)).toBe('end');
    expect(scrollStep(key('PageDown'), scroller, 60), 'a tiny window still moves').toBe(48);
  });

  it('a link in the article scrolls like the page; a button keeps Space; fields and lists keep every key', () => {
    expect(scrollStep(key(' '), { localName: 'a' }, 800)).toBe(704);
    expect(scrollStep(key(' '), { localName: 'button' }, 800)).toBeNull();
    expect(scrollStep(key('PageDown'), { localName: 'button' }, 800)).toBe(704);
    expect(scrollStep(key('ArrowDown'), { localName: 'select' }, 800)).toBeNull();
    expect(scrollStep(key('End'), { localName: 'input' }, 800)).toBeNull();
    expect(scrollStep(key(' '), { localName: 'div', isContentEditable: true }, 800)).toBeNull();
  });

  it('leaves keys with Ctrl, Alt or Meta and other keys to the browser', () => {
    expect(scrollStep(key('End', { ctrlKey: true }), scroller, 800)).toBeNull();
    expect(scrollStep(key('ArrowDown', { altKey: true }), scroller, 800)).toBeNull();
    expect(scrollStep(key('Home', { metaKey: true }), scroller, 800)).toBeNull();
    expect(scrollStep(key('a'), scroller, 800)).toBeNull();
    expect(scrollStep(key('Enter'), null, 800)).toBeNull();
  });
});
