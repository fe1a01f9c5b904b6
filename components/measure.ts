/**
 * The reader's measure: the article column holds the chosen number of characters a line whatever the
 * text size and script, because its width is computed from the body font's own characters. The average
 * advance of the article's first characters is measured on a canvas in the body font at the body size
 * (no layout needed; the fonts are the ones the page will use), and the column is that many times wider.
 */
const SAMPLE_CHARS = 800;

let canvas: HTMLCanvasElement | null = null;

/** The article's first characters, whitespace collapsed: what a line of it is made of. */
export function measureSample(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, SAMPLE_CHARS);
}

/** The average width (px) of one character of `sample` set in `font` (a CSS font shorthand); null without a canvas. */
export function averageCharWidth(sample: string, font: string): number | null {
  if (sample.length < 20 || typeof document === 'undefined') return null;
  canvas ??= document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.font = font;
  const width = context.measureText(sample).width;
  return width > 0 ? width / [...sample].length : null;
}

/** The column width for `chars` characters a line: in px when the font was measured, else in `ch` of the body font. */
export function columnWidth(chars: number, charWidth: number | null): string {
  return charWidth ? `${Math.round(chars * charWidth)}px` : `${chars}ch`;
}
