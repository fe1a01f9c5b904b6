/**
 * End-to-end: read aloud with the system's real voices. Chromium lists the voices of speech-dispatcher
 * (espeak-ng: Debian's `espeak-ng`, `speech-dispatcher`, `speech-dispatcher-espeak-ng`) when started
 * with --enable-speech-dispatcher; the tests run their own daemon, whose audio goes nowhere
 * (./speech-dispatcher.ts). A Greek and an Arabic article are saved and opened in the library's
 * reader: the voice chosen must be one Chromium reports for that language, and the utterances handed to
 * speechSynthesis (watched, not replaced: the real engine gets them) must be the title and then the
 * paragraphs in order, each in that language and voice.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../bench/score';
import { seedGold } from '../helpers';
import { useHarness } from './harness';
import { startSpeechDispatcher, type SpeechDispatcher } from './speech-dispatcher';

const ARTICLES = [
  { language: 'Greek', bcp47: 'el', seed: '001_abf140b8d65e8e25', path: '/fixtures/seeds/001_abf140b8d65e8e25/semantic.html' },
  { language: 'Arabic', bcp47: 'ar', seed: '002_02c41632957ec01c', path: '/fixtures/seeds/002_02c41632957ec01c/semantic.html' },
] as const;

interface Spoken { text: string; lang: string; voice: string | null; voiceLang: string | null }

// Before the harness starts Chromium, which inherits SPEECHD_ADDRESS from this process.
let speechd: SpeechDispatcher | undefined;
const previousAddress = process.env.SPEECHD_ADDRESS;
beforeAll(async () => {
  speechd = await startSpeechDispatcher();
  process.env.SPEECHD_ADDRESS = speechd.address;
});
const harness = useHarness({ args: ['--enable-speech-dispatcher'] });
afterAll(async () => {
  if (previousAddress === undefined) delete process.env.SPEECHD_ADDRESS;
  else process.env.SPEECHD_ADDRESS = previousAddress;
  await speechd?.close();
});

/** The voices Chromium reports, once it has them (they arrive after a voiceschanged event). */
async function systemVoices(page: Page): Promise<{ name: string; lang: string }[]> {
  await page.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 30_000 });
  return page.evaluate(() => speechSynthesis.getVoices().map((voice) => ({ name: voice.name, lang: voice.lang })));
}

/** Records every utterance the page hands to speechSynthesis, then passes it on to the engine. */
const watchSpeech = (page: Page) => page.evaluate(() => {
  const spoken: Spoken[] = [];
  (window as unknown as { spoken: Spoken[] }).spoken = spoken;
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null, voiceLang: utterance.voice?.lang ?? null });
    speak(utterance);
  };
});
const spokenSoFar = (page: Page) => page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);

describe('read aloud in the article’s language, with the voices Chromium reports', () => {
  it('saves the Greek and the Arabic article', async () => {
    for (const article of ARTICLES) {
      const { page, tabId } = await harness().openTab(harness().server.url(article.path));
      const popup = await harness().openPopup(tabId);
      await popup.getByTestId('save').click();
      await expect.poll(() => popup.getByTestId('save-status').textContent()).toMatch(/saved/i);
      await popup.close();
      await page.close();
    }
  });

  for (const article of ARTICLES) {
    it(`${article.language}: a ${article.bcp47} voice reads the title, then the paragraphs in order`, async () => {
      const gold = seedGold(article.seed);
      const library = await harness().context.newPage();
      await library.goto(`chrome-extension://${harness().extensionId}/library.html`);
      await library.getByTestId('library-item').filter({ hasText: gold.title! }).locator('.item-title').click();
      await library.getByTestId('reader-body').waitFor();

      const voices = await systemVoices(library);
      const forLanguage = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === article.bcp47);
      expect(forLanguage.length, `Chromium reports ${article.language} voices`).toBeGreaterThan(0);
      const control = library.getByTestId('read-aloud');
      await expect.poll(() => control.getAttribute('data-voice-lang')).toBe(article.bcp47);
      const chosen = await control.getAttribute('data-voice');
      expect(forLanguage.map((voice) => voice.name)).toContain(chosen);

      await watchSpeech(library);
      await library.getByTestId('read-aloud-play').click();
      await expect.poll(() => control.getAttribute('data-status')).not.toBe('idle');
      const spoken = await spokenSoFar(library);
      expect(spoken.length).toBeGreaterThan(gold.keep.length / 2);
      expect(spoken.every((u) => u.lang === article.bcp47 && u.voice === chosen && u.voiceLang === forLanguage.find((v) => v.name === chosen)!.lang)).toBe(true);
      expect(normalize(spoken[0]!.text)).toBe(normalize(gold.title!));
      // Every keep line of the gold file is spoken, in the order of the article.
      const texts = spoken.map((u) => normalize(u.text));
      let at = 0;
      for (const line of gold.keep.map(normalize)) {
        const found = texts.findIndex((text, index) => index >= at && (text.includes(line) || line.includes(text)));
        expect(found, `"${line.slice(0, 60)}" spoken after paragraph ${at}`).toBeGreaterThanOrEqual(at);
        at = found;
      }

      // The engine speaks: the paragraph being read is highlighted, and the progress says which it is.
      await expect.poll(() => library.locator('[data-cnr-speaking]').count(), { timeout: 20_000 }).toBe(1);
      expect(await library.getByTestId('read-aloud-progress').textContent()).toMatch(new RegExp(`^Paragraph \\d+ of ${spoken.length}$`));
      await library.screenshot({ path: `test-results/read-aloud-${article.bcp47}.png` });

      await library.getByTestId('read-aloud-stop').click();
      await expect.poll(() => control.getAttribute('data-status')).toBe('idle');
      expect(await library.evaluate(() => speechSynthesis.pending)).toBe(false);
      await library.close();
    });
  }

  it('N plays, pauses and resumes inside the reader; leaving the reader stops the voice', async () => {
    const gold = seedGold(ARTICLES[0].seed);
    const library = await harness().context.newPage();
    await library.goto(`chrome-extension://${harness().extensionId}/library.html`);
    await library.getByTestId('library-item').filter({ hasText: gold.title! }).locator('.item-title').click();
    await library.getByTestId('reader-body').waitFor();
    await systemVoices(library);
    const control = library.getByTestId('read-aloud');
    await expect.poll(() => control.getAttribute('data-voice-lang')).toBe('el');
    await library.getByTestId('reader-body').click();
    await library.keyboard.press('n');
    await expect.poll(() => control.getAttribute('data-status')).toBe('playing');
    await library.keyboard.press('n');
    await expect.poll(() => control.getAttribute('data-status')).toBe('paused');
    await library.keyboard.press('n');
    await expect.poll(() => control.getAttribute('data-status')).toBe('playing');
    await library.getByTestId('back').click();
    await library.getByTestId('library-item').first().waitFor();
    await expect.poll(() => library.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending)).toBe(false);
    await library.close();
  });

  it('on a system with English voices only, a Greek article is not read by an English voice: play says so and offers them', async () => {
    const gold = seedGold(ARTICLES[0].seed);
    const library = await harness().context.newPage();
    // Only the English voices of the real list, before the page's scripts run.
    await library.addInitScript(() => {
      const all = speechSynthesis.getVoices.bind(speechSynthesis);
      speechSynthesis.getVoices = () => all().filter((voice) => voice.lang.startsWith('en'));
    });
    await library.goto(`chrome-extension://${harness().extensionId}/library.html`);
    await library.getByTestId('library-item').filter({ hasText: gold.title! }).locator('.item-title').click();
    await library.getByTestId('reader-body').waitFor();
    await library.waitForFunction(() => speechSynthesis.getVoices().length > 0, undefined, { timeout: 30_000 });
    await watchSpeech(library);
    const control = library.getByTestId('read-aloud');
    await library.getByTestId('read-aloud-play').click();
    await expect.poll(() => library.getByTestId('read-aloud-message').textContent()).toBe('This system has no voice for this language (Greek). You can pick another voice; it will read with its own pronunciation.');
    const offered = await library.getByTestId('read-aloud-voice').locator('option').allTextContents();
    expect(offered.length).toBeGreaterThan(1);
    expect(offered.slice(1).every((label) => /\(en[-_)]/.test(label))).toBe(true);
    expect(await control.getAttribute('data-status')).toBe('idle');
    expect(await spokenSoFar(library)).toEqual([]);
    await library.close();
  });
});
