/**
 * The reader view's stylesheet, as a string: the in-page overlay adopts it into its shadow root (no
 * <style> element, which a page's CSP could block) and extension pages adopt it into their document.
 * Themes are custom properties on `.cnr-reader[data-theme]`; 'system' follows prefers-color-scheme.
 *
 * Colours meet WCAG 2.2 AA in every theme (test/e2e/reader-look.test.ts computes them): text 4.5:1 on
 * its background (--fg, --muted, --link, --error on --bg and --panel), control boundaries 3:1 against
 * the toolbar (--control). A selected choice is filled (--accent with --on-accent text); the keyboard
 * focus is a separate ring (--focus, offset from the control), so the two never look alike.
 *
 * Typography: the article column is as wide as `--line-width` (ReaderView computes it from the body
 * font's own character width, so a line holds the chosen number of characters at any size and in any
 * script); the title is the largest heading, in the article's fonts; body headings step down from it.
 */
const LIGHT = '--bg: #ffffff; --fg: #1d1d1f; --muted: #595959; --rule: #d9d9de; --control: #6e6e73; --link: #0b57d0; --panel: #f2f2f4; --accent: #0b57d0; --on-accent: #ffffff; --focus: #b3261e; --error: #b3261e; --code-bg: #f2f2f4;';
const SEPIA = '--bg: #f4ecd8; --fg: #3b2e1e; --muted: #5e4c33; --rule: #d8c8a8; --control: #7a6446; --link: #7a3e00; --panel: #ebe0c6; --accent: #6b4a1f; --on-accent: #fffaf0; --focus: #a31515; --error: #a31515; --code-bg: #ebe0c6;';
const DARK = '--bg: #1c1c1e; --fg: #e6e6e6; --muted: #a8a8ad; --rule: #3a3a3c; --control: #8e8e93; --link: #8ab4f8; --panel: #2c2c2e; --accent: #8ab4f8; --on-accent: #10131a; --focus: #ffb4ab; --error: #ffb4ab; --code-bg: #2c2c2e;';

export const READER_CSS = `
.cnr-reader {
  ${LIGHT}
  background: var(--bg); color: var(--fg);
  min-height: 100%; box-sizing: border-box;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
.cnr-reader[data-theme="sepia"] { ${SEPIA} }
.cnr-reader[data-theme="dark"] { ${DARK} }
@media (prefers-color-scheme: dark) {
  .cnr-reader[data-theme="system"] { ${DARK} }
}
.cnr-toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center;
  padding: 8px 16px; background: var(--panel); border-bottom: 1px solid var(--rule); font-size: 14px;
}
.cnr-toolbar .cnr-spacer { flex: 1; }
.cnr-toolbar [role="group"] { display: inline-flex; gap: 0; }
.cnr-toolbar [role="group"] > button { border-radius: 0; margin-inline-start: -1px; }
.cnr-toolbar [role="group"] > button:first-child { border-start-start-radius: 6px; border-end-start-radius: 6px; margin-inline-start: 0; }
.cnr-toolbar [role="group"] > button:last-child { border-start-end-radius: 6px; border-end-end-radius: 6px; }
.cnr-drawn::before { content: attr(data-text); }
.cnr-toolbar button, .cnr-toolbar select {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--control); border-radius: 6px;
  padding: 3px 9px; cursor: pointer; min-height: 30px;
}
.cnr-toolbar button:disabled { cursor: default; opacity: 0.55; }
.cnr-toolbar button[aria-pressed="true"] { background: var(--accent); color: var(--on-accent); border-color: var(--accent); font-weight: 600; }
.cnr-toolbar button:focus-visible, .cnr-toolbar select:focus-visible, .cnr-reader input:focus-visible, .cnr-reader a:focus-visible,
.cnr-held[data-cnr-held]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px; position: relative; z-index: 1;
}
.cnr-toolbar .cnr-width { display: inline-flex; align-items: center; gap: 4px; }
.cnr-toolbar .cnr-width output { min-width: 8.5em; text-align: center; color: var(--fg); }
.cnr-toolbar .status { color: var(--muted); }
.cnr-toolbar .muted { color: var(--muted); font-size: 0.9em; }
.cnr-toolbar .status.error { color: var(--error); }
.cnr-page { margin: 0 auto; padding: 24px 20px 64px; max-width: var(--line-width); }
.cnr-header h1 {
  font-family: var(--body-font); font-size: calc(var(--font-size) * 1.75); line-height: 1.2; margin: 0 0 10px;
}
.cnr-meta { color: var(--muted); font-size: 0.9em; display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0 0 20px; }
.cnr-badge { border: 1px solid var(--control); border-radius: 4px; padding: 0 5px; }
.cnr-badge small { color: var(--muted); }
.cnr-body { font-family: var(--body-font); font-size: var(--font-size); line-height: var(--line-height); overflow-wrap: break-word; }
.cnr-body h1, .cnr-body h2 { font-size: 1.35em; line-height: 1.25; margin: 1.4em 0 0.5em; }
.cnr-body h3 { font-size: 1.17em; line-height: 1.3; margin: 1.3em 0 0.4em; }
.cnr-body h4, .cnr-body h5, .cnr-body h6 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
.cnr-body p { margin: 0 0 1em; }
.cnr-body a { color: var(--link); }
.cnr-body img, .cnr-body video { max-width: 100%; height: auto; }
/* A picture, video or audio held back (components/remote-content.ts): a framed line; a click loads it. */
.cnr-held { display: inline-block; max-width: 100%; box-sizing: border-box; border: 1px dashed var(--control); border-radius: 6px; padding: 0.5em 0.8em; color: var(--muted); font-family: system-ui, sans-serif; font-size: 0.8em; line-height: 1.4; font-style: normal; }
.cnr-held[data-cnr-held] { cursor: pointer; }
.cnr-held[data-cnr-held]:hover { color: var(--fg); border-style: solid; }
.cnr-body figure { margin: 1.5em 0; }
.cnr-body figure img { display: block; margin: 0 auto; }
/* A picture that did not load is hidden (SanitizedHtml): no empty box the size of its attributes. */
.cnr-body img[hidden] { display: none; }
.cnr-body figcaption, .cnr-body .caption, .cnr-body .wp-caption-text {
  color: var(--muted); font-size: 0.85em; line-height: 1.45; margin-top: 0.5em; text-align: start;
}
.cnr-body blockquote {
  margin: 1.2em 0; padding-block: 0.1em; padding-inline: 1em 0; border-inline-start: 3px solid var(--control);
  font-style: italic; color: var(--fg);
}
.cnr-body ul, .cnr-body ol { margin: 0 0 1em; padding-inline-start: 1.6em; }
.cnr-body li { margin: 0.25em 0; }
.cnr-body code, .cnr-body kbd, .cnr-body samp {
  font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 0.88em;
  background: var(--code-bg); border-radius: 3px; padding: 0.05em 0.3em;
}
.cnr-body pre { overflow-x: auto; background: var(--code-bg); padding: 0.8em 1em; border-radius: 6px; line-height: 1.45; direction: ltr; text-align: left; }
.cnr-body pre code { background: none; padding: 0; }
.cnr-body table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; font-size: 0.9em; margin: 1.2em 0; }
.cnr-body td, .cnr-body th { border: 1px solid var(--rule); padding: 4px 8px; text-align: start; vertical-align: top; }
.cnr-body th { background: var(--panel); }
.cnr-body hr { border: 0; border-top: 1px solid var(--rule); margin: 2em 0; }
.cnr-source { color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); padding-top: 12px; margin-top: 32px; overflow-wrap: anywhere; }
/* Read aloud: the paragraph being read. */
.cnr-reader [data-cnr-speaking] { background: color-mix(in srgb, var(--link) 16%, transparent); border-radius: 3px; box-shadow: 0 0 0 4px color-mix(in srgb, var(--link) 16%, transparent); }
.cnr-read-aloud { display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.cnr-read-aloud select[data-testid="read-aloud-voice"] { max-width: 16em; }
.removed { margin: 0 0 20px; padding: 6px 0; border-block: 1px solid var(--rule); font-size: 0.9em; color: var(--fg); }
.removed > summary { cursor: pointer; color: var(--muted); }
.removed h3 { font-size: 1em; margin: 12px 0 4px; }
.removed ul, .removed ol { margin: 0; padding-inline-start: 18px; }
.removed li { margin: 4px 0; }
.removed .preview { color: var(--muted); }
.removed .restored { border-inline-start: 3px solid var(--control); padding-inline-start: 8px; margin: 4px 0; font-family: var(--body-font); }
.removed button.link { border: 0; background: none; color: var(--link); cursor: pointer; padding: 0; margin-inline-end: 6px; font: inherit; text-decoration: underline; }
.removed .in-article { color: var(--muted); font-style: italic; }
/* A removed block shown again at its place in the article (restore-in-place.ts): framed and labelled. */
.cnr-body .cnr-restored { margin: 1em 0; padding: 6px 12px 2px; border: 1px dashed var(--control); border-inline-start: 4px solid var(--control); border-radius: 4px; background: var(--panel); }
.cnr-restored-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; margin: 0 0 6px; font: 0.8rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--muted); }
.cnr-restored-bar button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--control); border-radius: 6px; padding: 2px 8px; cursor: pointer; }
.cnr-restored-bar button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.removed .rules { margin-top: 10px; }
.removed .rules code { color: var(--muted); }
.cnr-footer { color: var(--muted); font-size: 0.85em; margin-top: 12px; }
.cnr-footer input { accent-color: var(--accent); }
`;
