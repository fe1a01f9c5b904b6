/** The library page's address (entrypoints/library/route.ts): every hash is a view, never an exception. */
import { describe, expect, it } from 'vitest';
import { articleHash, viewFromHash } from '@/entrypoints/library/route';

describe('library page addresses', () => {
  it.each(['', '#', '#/'])('%j is the list', (hash) => {
    expect(viewFromHash(hash)).toEqual({ page: 'list' });
  });

  it('an article address gives back the id it was made from, in any script', () => {
    for (const id of ['https://www.digi24.ro/stiri/a?x=1&y=ș', 'https://el.example/άρθρο/1', 'https://ar.example/مقال#x%25']) {
      expect(viewFromHash(articleHash(id))).toEqual({ page: 'article', id });
    }
  });

  it.each([
    ['a cut percent-encoding', '#/article/%E0%A4%A'],
    ['a lone percent sign', '#/article/%'],
    ['a half UTF-8 sequence', '#/article/%E0%A4'],
    ['a lone surrogate escape', '#/article/%ED%A0%80'],
  ])('%s is a damaged article address, with a message', (_label, hash) => {
    const view = viewFromHash(hash);
    expect(view).toEqual({ page: 'bad-address', message: expect.stringMatching(/damaged/) });
  });

  it.each(['#/articles/x', '#/article/', '#top', '#/settings'])('%j leads nowhere, with a message', (hash) => {
    expect(viewFromHash(hash)).toEqual({ page: 'bad-address', message: expect.stringMatching(/leads nowhere/) });
  });
});
