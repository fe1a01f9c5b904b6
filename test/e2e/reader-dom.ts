/**
 * Reaching the in-page reader from the tests. Its shadow root is closed, so neither the page's scripts
 * nor Playwright's locators see inside; the tests use what the page cannot:
 *  - the browser's DevTools DOM domain (CDP), which describes closed shadow roots and hands back a
 *    handle to one (`DOM.describeNode` with `pierce`, `DOM.resolveNode`); functions are then called on
 *    that handle (`Runtime.callFunctionOn`), outside the page's reach and its CSP;
 *  - trusted input from the automation's mouse and keyboard (a page can only forge untrusted events);
 *  - the accessibility tree (`Accessibility.getFullAXTree`), as assistive technology sees the page.
 */
import type { CDPSession, Page } from 'playwright-core';

/** The reader's host element in the page. */
export const HOST = '[data-clean-news-reader]';

const sessions = new WeakMap<Page, Promise<CDPSession>>();

export function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

interface DescribedNode {
  backendNodeId: number;
  shadowRoots?: { backendNodeId: number; shadowRootType?: string }[];
}

/** The reader's shadow root as a CDP remote object (and its mode), or null while no reader is shown. */
async function readerRoot(page: Page): Promise<{ objectId: string; mode: string } | null> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST });
  if (!nodeId) return null;
  const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true }) as { node: DescribedNode };
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return null;
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: 'cnr-tests' });
  return object.objectId ? { objectId: object.objectId, mode: shadow.shadowRootType ?? '' } : null;
}

/** The mode of the reader's shadow root ('closed'), or null when none is shown. */
export async function readerRootMode(page: Page): Promise<string | null> {
  return (await readerRoot(page))?.mode ?? null;
}

/**
 * Calls `declaration` (a function's source, `this` bound to the reader's shadow root) with `arg`;
 * null when no reader is shown. For a function that needs helpers, pass their source in it.
 */
export async function callInReader<R>(page: Page, declaration: string, arg?: unknown): Promise<R | null> {
  const root = await readerRoot(page);
  if (!root) return null;
  const session = await cdp(page);
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: root.objectId, functionDeclaration: declaration, arguments: [{ value: arg ?? null }], returnByValue: true, awaitPromise: true,
  });
  await session.send('Runtime.releaseObjectGroup', { objectGroup: 'cnr-tests' });
  if (exceptionDetails) throw new Error(`in the reader: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as R;
}

/** Runs `fn(root, arg)` on the reader's shadow root (self-contained: it is sent as source). */
export function inReader<A, R>(page: Page, fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<Awaited<R> | null> {
  return callInReader<Awaited<R>>(page, `function (arg) { return (${fn.toString()})(this, arg); }`, arg);
}

/** Waits until the reader shows `selector` (default: the article body); throws after `timeout` ms. */
export async function waitForReader(page: Page, selector = '[data-testid="reader-body"]', timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await inReader(page, (root, sel) => root.querySelector(sel) !== null, selector)) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the reader did not show ${selector} within ${timeout} ms`);
}

/** Text of the first element matching `selector` in the reader (null if none), with the text CSS draws (`.cnr-drawn`). */
export function readerText(page: Page, selector: string): Promise<string | null> {
  return inReader(page, (root, sel) => {
    const el = root.querySelector<HTMLElement>(sel);
    if (!el) return null;
    const drawn = el.matches('.cnr-drawn') ? el : el.querySelector('.cnr-drawn');
    return drawn ? drawn.getAttribute('data-text') : el.innerText;
  }, selector).then((text) => text ?? null);
}

/** A real (trusted) click on the element `selector` of the reader, scrolled into view first, with the automation's mouse. */
export async function clickInReader(page: Page, selector: string): Promise<void> {
  const point = await inReader(page, (root, sel) => {
    const el = root.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const rect = el.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, selector);
  if (!point) throw new Error(`no ${selector} in the reader`);
  await page.mouse.click(point.x, point.y);
}

interface AXNode {
  role?: { value?: string };
  name?: { value?: string };
  ignored?: boolean;
  properties?: { name: string; value: { value?: unknown } }[];
}

/** The accessibility tree's dialogs: name and whether modal. */
export async function accessibleDialogs(page: Page): Promise<{ name: string; modal: boolean }[]> {
  const { nodes } = await (await cdp(page)).send('Accessibility.getFullAXTree') as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored && n.role?.value === 'dialog').map((n) => ({
    name: String(n.name?.value ?? ''),
    modal: n.properties?.some((p) => p.name === 'modal' && p.value.value === true) ?? false,
  }));
}

/** The texts the accessibility tree exposes (not ignored), joined: what a screen reader can reach. */
export async function accessibleText(page: Page): Promise<string> {
  const { nodes } = await (await cdp(page)).send('Accessibility.getFullAXTree') as { nodes: AXNode[] };
  return nodes.filter((n) => !n.ignored && (n.role?.value === 'StaticText' || n.role?.value === 'InlineTextBox'))
    .map((n) => String(n.name?.value ?? '')).join('\n');
}
