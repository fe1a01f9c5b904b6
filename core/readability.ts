/**
 * Mozilla Readability with one heuristic narrowed. Readability drops the first h1/h2 whose text is
 * 75% similar to the title, taking it for the title; when the real title heading sits in a header it
 * has already discarded, it drops the article's first subheading instead ("Putin punta a rafforzare i
 * rapporti…" for the title "Rapporti Russia-Cina…"). Here only a real copy of the title goes; our
 * title-copy rule removes the rest.
 */
import { Readability } from '@mozilla/readability';
import { listOf } from './dom';
import { foldText } from './text';

type ReadabilityOptions = ConstructorParameters<typeof Readability<Element>>[1];

function comparable(text: string): string {
  return foldText(text).replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

export function createReadability(doc: Document, options: ReadabilityOptions): Readability<Element> {
  const reader = new Readability<Element>(doc, options);
  const internals = reader as unknown as {
    _articleTitle: string;
    _headerDuplicatesTitle(node: Element): boolean;
    _getAllNodesWithTag(node: ParentNode, tagNames: readonly string[]): ArrayLike<Element>;
  };
  internals._getAllNodesWithTag = elementsWithTag;
  internals._headerDuplicatesTitle = (node: Element): boolean => {
    if (node.tagName !== 'H1' && node.tagName !== 'H2') return false;
    const heading = comparable(node.textContent ?? '');
    const title = comparable(internals._articleTitle ?? '');
    return heading.length > 0 && (heading === title || title.startsWith(heading) || heading.startsWith(title));
  };
  return reader;
}

/**
 * Readability's lookup of the elements with one tag name, by that name rather than a selector query:
 * the same elements in the same (document) order, as a static list. jsdom (the tests and the CLI)
 * matches selectors in JavaScript, several times slower than its own lookup by tag name; browsers
 * answer both natively. Several names stay one selector query (jsdom's lookup of all elements is slower still).
 */
function elementsWithTag(node: ParentNode, tagNames: readonly string[]): ArrayLike<Element> {
  if (tagNames.length !== 1) return node.querySelectorAll(tagNames.join(','));
  // Readability names tags in either case ("P", "img"), as a selector matches HTML elements.
  return listOf((node as ParentNode & Pick<Element, 'getElementsByTagName'>).getElementsByTagName(tagNames[0]!.toLowerCase()));
}
