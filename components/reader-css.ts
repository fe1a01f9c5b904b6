/**
 * The reader view's stylesheet, as a string: the in-page overlay adopts it into its shadow root (no
 * <style> element, which a page's CSP could block) and extension pages adopt it into their document.
 * Themes are custom properties on `.cnr-reader[data-theme]`; 'system' follows prefers-color-scheme.
 */
export const READER_CSS = `
.cnr-reader {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --link: #0b57d0; --panel: #f4f4f6;
  background: var(--bg); color: var(--fg);
  min-height: 100%; box-sizing: border-box;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
}
.cnr-reader[data-theme="sepia"] { --bg: #f4ecd8; --fg: #433422; --muted: #6f5e45; --rule: #d8c8a8; --link: #8a4b08; --panel: #ebe0c6; }
.cnr-reader[data-theme="dark"] { --bg: #1c1c1e; --fg: #e6e6e6; --muted: #a1a1a6; --rule: #3a3a3c; --link: #8ab4f8; --panel: #2c2c2e; }
@media (prefers-color-scheme: dark) {
  .cnr-reader[data-theme="system"] { --bg: #1c1c1e; --fg: #e6e6e6; --muted: #a1a1a6; --rule: #3a3a3c; --link: #8ab4f8; --panel: #2c2c2e; }
}
.cnr-toolbar {
  position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px; align-items: center;
  padding: 8px 16px; background: var(--panel); border-bottom: 1px solid var(--rule); font-size: 14px;
}
.cnr-toolbar .cnr-spacer { flex: 1; }
.cnr-toolbar button, .cnr-toolbar select {
  font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--rule); border-radius: 6px;
  padding: 3px 9px; cursor: pointer; min-height: 30px;
}
.cnr-toolbar button[aria-pressed="true"] { outline: 2px solid var(--link); outline-offset: -2px; }
.cnr-toolbar button:focus-visible, .cnr-toolbar select:focus-visible { outline: 2px solid var(--link); }
.cnr-toolbar .status { color: var(--muted); }
.cnr-toolbar .status.error { color: #b3261e; }
.cnr-page { margin: 0 auto; padding: 24px 20px 64px; max-width: var(--line-width); }
.cnr-header h1 { font-size: 1.9em; line-height: 1.2; margin: 0 0 8px; }
.cnr-meta { color: var(--muted); font-size: 0.9em; display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 0 0 20px; }
.cnr-badge { border: 1px solid var(--rule); border-radius: 4px; padding: 0 5px; }
.cnr-badge small { color: var(--muted); }
.cnr-body { font-family: var(--body-font); font-size: var(--font-size); line-height: var(--line-height); overflow-wrap: break-word; }
.cnr-body a { color: var(--link); }
.cnr-body img, .cnr-body video { max-width: 100%; height: auto; }
.cnr-body figure { margin: 1.2em 0; }
.cnr-body figcaption { color: var(--muted); font-size: 0.85em; }
.cnr-body blockquote { margin: 1em 0; padding: 0 1em; border-inline-start: 3px solid var(--rule); }
.cnr-body pre { overflow-x: auto; }
.cnr-body table { border-collapse: collapse; display: block; overflow-x: auto; }
.cnr-body td, .cnr-body th { border: 1px solid var(--rule); padding: 4px 6px; }
.cnr-source { color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); padding-top: 12px; margin-top: 32px; overflow-wrap: anywhere; }
/* Read aloud: the paragraph being read. */
.cnr-reader [data-cnr-speaking] { background: color-mix(in srgb, var(--link) 16%, transparent); border-radius: 3px; box-shadow: 0 0 0 4px color-mix(in srgb, var(--link) 16%, transparent); }
.cnr-read-aloud { display: inline-flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.cnr-read-aloud select[data-testid="read-aloud-voice"] { max-width: 16em; }
`;
