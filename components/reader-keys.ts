/**
 * The reader's scrolling keys, decided apart from the DOM so that they can be tested: Space and
 * Shift+Space, PageDown and PageUp scroll by a screen less a little overlap (the sticky toolbar covers
 * the top), the arrows by a line, Home and End to either end. Keys meant for a control keep their
 * own meaning: Space presses a button, arrows move in a list or a text field.
 */
export type ScrollStep = number | 'start' | 'end';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

const LINE = 48;
/** Kept visible from the screen before: the sticky toolbar's height and a line of overlap. */
const OVERLAP = 96;

/** The focused element, as far as the keys care: its tag name and whether it is editable. */
export interface FocusLike {
  localName: string;
  isContentEditable?: boolean;
}

export function scrollStep(event: KeyLike, focused: FocusLike | null, viewportHeight: number): ScrollStep | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  const tag = focused?.localName ?? '';
  if (['input', 'textarea', 'select'].includes(tag) || focused?.isContentEditable === true) return null;
  const page = Math.max(LINE, viewportHeight - OVERLAP);
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      if (tag === 'button' || tag === 'summary') return null;
      return event.shiftKey ? -page : page;
    case 'PageDown': return page;
    case 'PageUp': return -page;
    case 'ArrowDown': return LINE;
    case 'ArrowUp': return -LINE;
    case 'Home': return 'start';
    case 'End': return 'end';
    default: return null;
  }
}
