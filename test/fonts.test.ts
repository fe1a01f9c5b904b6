import { describe, expect, it } from 'vitest';
import { dominantScript, fontStack, lineHeightFor } from '../components/fonts';

describe('fonts for the article script', () => {
  it.each([
    ['Guvernul a aprobat ieri bugetul pe anul viitor.', 'latin'],
    ['Η κυβέρνηση ενέκρινε χθες τον προϋπολογισμό.', 'greek'],
    ['أقرت الحكومة أمس ميزانية العام المقبل في جلسة', 'arabic'],
    ['Правительство вчера утвердило бюджет.', 'cyrillic'],
    ['הממשלה אישרה אתמול את התקציב', 'hebrew'],
    ['政府は昨日、来年度の予算を承認した。', 'cjk'],
  ] as const)('%s → %s', (text, script) => {
    expect(dominantScript(text)).toBe(script);
  });

  it('goes by most letters, not the first ones (Latin names in an Arabic article)', () => {
    expect(dominantScript('BBC: قالت الحكومة إن الميزانية الجديدة ستقر الأسبوع المقبل')).toBe('arabic');
  });

  it('gives Arabic a Naskh font and more line height, Latin a serif by default', () => {
    expect(fontStack('arabic', 'serif')).toMatch(/Naskh/);
    expect(fontStack('latin', 'serif')).toMatch(/serif$/);
    expect(fontStack('latin', 'sans')).toMatch(/sans-serif$/);
    expect(lineHeightFor('arabic')).toBeGreaterThan(lineHeightFor('latin'));
  });
});
