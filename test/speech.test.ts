/**
 * Read aloud (lib/speech.ts): the voice for the article's detected language, and the paragraph queue,
 * driven through a fake speechSynthesis that plays utterances in order the way the engines do.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../core/types';
import { chooseVoice, languageOf, paragraphsOf, RATE, ReadAloudQueue, type ReadAloudState, type VoiceLike } from '../lib/speech';
import { extractArticle, FIXTURES } from './helpers';

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name, lang, voiceURI: `${name}-${lang}`, localService: true, default: false, ...extra,
});

const GREEK_VOICES = [voice('English (America)', 'en-US', { default: true }), voice('Greek', 'el'), voice('German', 'de-DE')];
const ENGLISH_ONLY = [voice('English (America)', 'en-US', { default: true }), voice('English (Great Britain)', 'en-GB')];

/** A fake speechSynthesis: utterances wait in a queue; `next()` ends the one speaking and starts the next. */
class FakeSynthesis {
  queue: FakeUtterance[] = [];
  speaking: FakeUtterance | null = null;
  spoken: string[] = [];
  paused = false;
  calls: string[] = [];
  speak(utterance: SpeechSynthesisUtterance): void {
    this.calls.push('speak');
    this.queue.push(utterance as unknown as FakeUtterance);
    if (!this.speaking && !this.paused) this.#startNext();
  }
  cancel(): void {
    this.calls.push('cancel');
    const dropped = [...(this.speaking ? [this.speaking] : []), ...this.queue];
    this.speaking = null;
    this.queue = [];
    dropped.forEach((utterance, i) => utterance.onerror?.({ error: i === 0 ? 'interrupted' : 'canceled' }));
  }
  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }
  resume(): void {
    this.calls.push('resume');
    this.paused = false;
    if (!this.speaking) this.#startNext();
  }
  /** The utterance speaking now reaches its end. */
  next(): void {
    const done = this.speaking!;
    this.speaking = null;
    done.onend?.({});
    if (!this.paused) this.#startNext();
  }
  #startNext(): void {
    const utterance = this.queue.shift();
    if (!utterance) return;
    this.speaking = utterance;
    this.spoken.push(utterance.text);
    utterance.onstart?.({});
  }
}

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  onstart: ((event: unknown) => void) | null = null;
  onend: ((event: unknown) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(readonly text: string) {}
}

function queueFor(texts: string[], synthesis: FakeSynthesis, rate = 1) {
  const states: ReadAloudState[] = [];
  const utterances: FakeUtterance[] = [];
  const queue = new ReadAloudQueue(texts, {
    synthesis,
    createUtterance: (text) => {
      const utterance = new FakeUtterance(text);
      utterances.push(utterance);
      return utterance as unknown as SpeechSynthesisUtterance;
    },
    voice: null,
    lang: 'el',
    rate,
    onChange: (state) => states.push(state),
  });
  return { queue, states, utterances };
}

describe('the voice for an article', () => {
  let greek: Article;
  beforeAll(() => {
    const file = path.join(FIXTURES, 'seeds', '001_abf140b8d65e8e25', 'semantic.html');
    greek = extractArticle(readFileSync(file, 'utf8'), 'https://example.gr/news/1');
  });

  it('a Greek article on a system with a Greek voice is read by the Greek voice, not the default English one', () => {
    expect(greek.language.bcp47).toBe('el');
    const choice = chooseVoice(GREEK_VOICES, greek.language);
    expect(choice).toMatchObject({ kind: 'voice', language: 'el', voice: { name: 'Greek' } });
  });

  it('a Greek article on an English-only system gets no voice, and the English voices are offered, not used', () => {
    const choice = chooseVoice(ENGLISH_ONLY, greek.language);
    expect(choice).toEqual({ kind: 'no-voice-for-language', language: 'el', others: ENGLISH_ONLY });
  });

  it('a system with no voices says so', () => {
    expect(chooseVoice([], greek.language)).toEqual({ kind: 'no-voices' });
  });

  it('follows the text, not the page: a Greek text on a page declared English gets the Greek voice', () => {
    const file = path.join(FIXTURES, 'seeds', '001_abf140b8d65e8e25', 'semantic.html');
    const html = readFileSync(file, 'utf8').replace(/<html[^>]*>/i, '<html lang="en">');
    const article = extractArticle(html, 'https://example.gr/news/1');
    expect(article.declaredLanguages[0]).toBe('en');
    expect(chooseVoice(GREEK_VOICES, article.language)).toMatchObject({ kind: 'voice', voice: { name: 'Greek' } });
  });

  it('a language only the page declared (the text too short to tell) is not enough to pick a voice', () => {
    expect(chooseVoice(GREEK_VOICES, { bcp47: 'el', source: 'declared' })).toEqual({ kind: 'language-unknown', others: GREEK_VOICES });
    expect(chooseVoice(GREEK_VOICES, { bcp47: 'und', source: 'none' }).kind).toBe('language-unknown');
  });

  it('prefers the reader’s earlier pick, then the same region, then a local voice, then the default', () => {
    const portuguese = [
      voice('PT remote', 'pt-PT', { localService: false }),
      voice('PT', 'pt_PT'),
      voice('BR', 'pt-BR'),
      voice('BR default', 'pt-BR', { default: true }),
    ];
    const text = { bcp47: 'pt-BR', source: 'text' } as const;
    expect(chooseVoice(portuguese, text)).toMatchObject({ voice: { name: 'BR default' } });
    expect(chooseVoice(portuguese, text, 'PT-pt_PT')).toMatchObject({ voice: { name: 'PT' } });
    const european = chooseVoice(portuguese, { bcp47: 'pt', source: 'text+declared' });
    expect(european.kind === 'voice' && european.voices.map((v) => v.name)).toEqual(['BR default', 'PT', 'BR', 'PT remote']);
  });

  it('matches languages whatever the voice calls them: el_GR, ar-SA for Standard Arabic, nb for Norwegian', () => {
    expect(languageOf('el_GR')).toBe('el');
    expect(chooseVoice([voice('Arabic', 'ar-SA')], { bcp47: 'ar', source: 'text' })).toMatchObject({ kind: 'voice' });
    expect(chooseVoice([voice('Norsk', 'nb-NO')], { bcp47: 'no', source: 'text' })).toMatchObject({ kind: 'voice' });
    expect(chooseVoice([voice('Romanian', 'ro')], { bcp47: 'ru', source: 'text' }).kind).toBe('no-voice-for-language');
  });
});

describe('the paragraphs of an article', () => {
  it('are the innermost text blocks in reading order, blank ones left out', () => {
    const { document } = new JSDOM(`<body><h1>Titlu</h1><p>Unu.</p><ul><li>Doi</li><li><p>Trei</p><p>Patru</p></li></ul>
      <p> </p><blockquote><p>Cinci</p></blockquote><figure><img src="x.png"><figcaption>Șase</figcaption></figure></body>`).window;
    expect(paragraphsOf(document.body).map((el) => el.textContent)).toEqual(['Titlu', 'Unu.', 'Doi', 'Trei', 'Patru', 'Cinci', 'Șase']);
  });
});

describe('the paragraph queue', () => {
  const TEXTS = ['Πρώτη παράγραφος.', 'Δεύτερη   παράγραφος.', 'Τρίτη παράγραφος.'];

  it('queues one utterance per paragraph, in order, with the language, voice and speed, and follows the one speaking', () => {
    const synthesis = new FakeSynthesis();
    const { queue, states, utterances } = queueFor(TEXTS, synthesis, 1.5);
    queue.play();
    expect(utterances.map((u) => u.text)).toEqual(['Πρώτη παράγραφος.', 'Δεύτερη παράγραφος.', 'Τρίτη παράγραφος.']);
    expect(utterances.every((u) => u.lang === 'el' && u.rate === 1.5)).toBe(true);
    expect(queue.state).toEqual({ status: 'playing', index: 0 });
    synthesis.next();
    expect(queue.state).toEqual({ status: 'playing', index: 1 });
    synthesis.next();
    synthesis.next();
    expect(synthesis.spoken).toEqual(utterances.map((u) => u.text));
    expect(queue.state).toEqual({ status: 'idle', index: -1 });
    expect(states.map((s) => `${s.status}:${s.index}`)).toEqual(['playing:0', 'playing:1', 'playing:2', 'idle:-1']);
  });

  it('pauses and resumes where it was', () => {
    const synthesis = new FakeSynthesis();
    const { queue } = queueFor(TEXTS, synthesis);
    queue.toggle();
    synthesis.next();
    queue.toggle();
    expect(queue.state).toEqual({ status: 'paused', index: 1 });
    expect(synthesis.paused).toBe(true);
    queue.toggle();
    expect(queue.state).toEqual({ status: 'playing', index: 1 });
    expect(synthesis.paused).toBe(false);
  });

  it('stops: nothing queued any more, and the cancelled utterances do not move the state', () => {
    const synthesis = new FakeSynthesis();
    const { queue, states } = queueFor(TEXTS, synthesis);
    queue.play();
    queue.stop();
    expect(synthesis.queue).toEqual([]);
    expect(synthesis.speaking).toBeNull();
    expect(states.at(-1)).toEqual({ status: 'idle', index: -1 });
    queue.stop();
    expect(states).toHaveLength(2);
  });

  it('a new speed starts the current paragraph again at that speed; paused, it waits for resume', () => {
    const synthesis = new FakeSynthesis();
    const { queue, utterances } = queueFor(TEXTS, synthesis);
    queue.play();
    synthesis.next();
    queue.setRate(2);
    expect(queue.state).toEqual({ status: 'playing', index: 1 });
    expect(synthesis.spoken).toEqual([TEXTS[0], 'Δεύτερη παράγραφος.', 'Δεύτερη παράγραφος.']);
    expect(utterances.slice(-2).map((u) => u.rate)).toEqual([2, 2]);

    queue.pause();
    queue.setRate(5);
    expect(queue.rate).toBe(RATE.max);
    expect(synthesis.paused).toBe(false);
    expect(queue.state).toEqual({ status: 'paused', index: 1 });
    const before = synthesis.spoken.length;
    queue.resume();
    expect(synthesis.spoken.slice(before)).toEqual(['Δεύτερη παράγραφος.']);
    expect(utterances.at(-1)!.rate).toBe(RATE.max);
  });

  it('plays from a chosen paragraph, and an engine error ends the reading', () => {
    const synthesis = new FakeSynthesis();
    const { queue, utterances } = queueFor(TEXTS, synthesis);
    queue.play(2);
    expect(utterances.map((u) => u.text)).toEqual(['Τρίτη παράγραφος.']);
    utterances[0]!.onerror?.({ error: 'synthesis-failed' });
    expect(queue.state).toEqual({ status: 'idle', index: -1 });
  });
});
