import { describe, expect, it } from 'vitest';
import { dateInText } from '../core/dates';

describe('dateInText: a date written on the page', () => {
  it.each([
    ['Updated September 4, 2025', '2025-09-04'],
    ['Publicat: 4 septembrie 2025, 10:22', '2025-09-04'],
    ['4. März 2025', '2025-03-04'],
    ['04.09.2025 um 10 Uhr', '2025-09-04'],
    ['Posted 2025/09/04', '2025-09-04'],
    ['12 de marzo de 2024', '2024-03-12'],
    ['Δημοσίευση: 12 Μαρτίου 2024', '2024-03-12'],
    ['5 мая 2024', '2024-05-05'],
    ['1st May 2021', '2021-05-01'],
    ['pubblicato il 3 settembre 2024', '2024-09-03'],
    ['opublikowano 7 października 2023', '2023-10-07'],
  ])('%s → %s', (text, want) => {
    expect(dateInText(text)).toBe(want);
  });

  it('finds no date in a day that does not exist, a lone year, or a word that is also a month', () => {
    expect(dateInText('Feb 30, 2024')).toBeNull();
    expect(dateInText('May the force be with you')).toBeNull();
    expect(dateInText('no date here 2025')).toBeNull();
    expect(dateInText('31.13.2024')).toBeNull();
  });

  it('takes the first date of the line', () => {
    expect(dateInText('Published 3 March 2024 · Updated 5 March 2024')).toBe('2024-03-03');
  });
});
