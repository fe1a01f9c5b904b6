import { describe, expect, it } from 'vitest';
import { dateOf } from '@/components/ArticleHeader';

describe('the article date shown in the header', () => {
  it('is the day the page printed, whatever the reader\'s time zone', () => {
    // 00:30 in Athens is 22:30 UTC the day before: the page's day is the 4th.
    const shown = dateOf('2025-03-04T00:30:00+02:00');
    expect(shown?.iso).toBe('2025-03-04');
    expect(shown?.text).toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 4)));
    expect(dateOf('2025-03-04')?.iso).toBe('2025-03-04');
  });

  it('is nothing for a value that is not a date', () => {
    expect(dateOf('yesterday')).toBeNull();
    expect(dateOf('2025-13-45')).toBeNull();
    expect(dateOf(null)).toBeNull();
  });
});
