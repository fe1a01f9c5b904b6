/**
 * Read aloud, without UI: which voice reads an article, which parts of the rendered article are its
 * paragraphs, and a queue that speaks them one utterance per paragraph through the Web Speech API
 * (`speechSynthesis`; engines cut or stall on long utterances, and a paragraph is what the reader
 * highlights). Works on any object shaped like `speechSynthesis`, so the tests drive it with a fake.
 *
 * The voice follows the language detected from the article's text, never the page's declared
 * language alone: a page that says `lang="en"` over a Greek text is read by a Greek voice, and when
 * the system has no voice for the language the choice says so and offers the voices there are,
 * instead of letting an English voice read Greek.
 */
import type { LanguageInfo } from '@/core/language';

/** The parts of a SpeechSynthesisVoice we use. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  localService: boolean;
  default: boolean;
}

export type VoiceChoice =
  /** A voice for the article's language. `voices` are all the voices for it, best first. */
  | { kind: 'voice'; language: string; voice: VoiceLike; voices: VoiceLike[] }
  /** The system has voices, none for this language; `others` are offered for the reader to pick. */
  | { kind: 'no-voice-for-language'; language: string; others: VoiceLike[] }
  /** The text did not tell its language (too short, or only the page's declaration). */
  | { kind: 'language-unknown'; others: VoiceLike[] }
  /** The system has no voices at all. */
  | { kind: 'no-voices' };

/** Language subtags that name the same language for a voice (macrolanguages and their main member). */
const SAME_LANGUAGE: Record<string, string> = {
  arb: 'ar', cmn: 'zh', nb: 'no', pes: 'fa', zsm: 'ms', swh: 'sw', ekk: 'et', lvs: 'lv', uzn: 'uz', khk: 'mn',
};

/** The primary language subtag of a BCP 47 tag (or of a voice's `lang`, which some systems write `el_GR`), folded. */
export function languageOf(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return SAME_LANGUAGE[primary] ?? primary;
}

/** The language the article is to be read in: the detected one, when the text itself decided it. */
export function speechLanguage(language: Pick<LanguageInfo, 'bcp47' | 'source'>): string | null {
  if (language.bcp47 === 'und' || language.bcp47 === '') return null;
  return language.source === 'text' || language.source === 'text+declared' ? language.bcp47 : null;
}

/**
 * The voice for an article in `language`, among `voices`. Best first: the reader's own earlier pick
 * for this language (`preferredURI`), the same region as the tag (pt-BR for pt-BR), a voice on this
 * device over a network one, the system's default. Never a voice of another language.
 */
export function chooseVoice(voices: readonly VoiceLike[], language: Pick<LanguageInfo, 'bcp47' | 'source'>, preferredURI?: string): VoiceChoice {
  if (voices.length === 0) return { kind: 'no-voices' };
  const tag = speechLanguage(language);
  if (!tag) return { kind: 'language-unknown', others: [...voices] };
  const wanted = languageOf(tag);
  const matching = voices.filter((voice) => languageOf(voice.lang) === wanted);
  if (matching.length === 0) return { kind: 'no-voice-for-language', language: tag, others: [...voices] };
  const fullTag = tag.toLowerCase();
  const score = (voice: VoiceLike): number =>
    (voice.voiceURI === preferredURI ? 8 : 0) +
    (voice.lang.toLowerCase().replace('_', '-') === fullTag ? 4 : 0) +
    (voice.localService ? 2 : 0) +
    (voice.default ? 1 : 0);
  // A stable sort: among equals, the system's own order.
  const ranked = matching.map((voice, index) => ({ voice, index })).sort((a, b) => score(b.voice) - score(a.voice) || a.index - b.index).map((entry) => entry.voice);
  return { kind: 'voice', language: tag, voice: ranked[0]!, voices: ranked };
}

/** Block elements whose text is read as one paragraph. */
const PARAGRAPH_SELECTOR = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, pre, td, th';

/**
 * The paragraphs of a rendered article, in reading order: the innermost blocks that hold text (a
 * list item holding paragraphs is read paragraph by paragraph), without blank ones.
 */
export function paragraphsOf(root: ParentNode): Element[] {
  const blocks = [...root.querySelectorAll(PARAGRAPH_SELECTOR)];
  return blocks.filter((block) => (block.textContent ?? '').trim() !== '' && block.querySelector(PARAGRAPH_SELECTOR) === null);
}

/** The parts of `speechSynthesis` the queue uses. */
export interface SynthesisLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export type ReadAloudStatus = 'idle' | 'playing' | 'paused';

export interface ReadAloudState {
  status: ReadAloudStatus;
  /** The paragraph being read (or paused in), -1 when idle. */
  index: number;
}

export interface ReadAloudOptions {
  synthesis: SynthesisLike;
  /** Makes an utterance (the tests pass a fake; the browser's constructor otherwise). */
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
  voice: SpeechSynthesisVoice | null;
  /** BCP 47 tag set on every utterance, so an engine that picks by language picks this one. */
  lang: string;
  /** 0.5–2, 1 is the voice's normal speed. */
  rate: number;
  onChange(state: ReadAloudState): void;
}

export const RATE = { min: 0.5, max: 2, step: 0.25, default: 1 } as const;

/**
 * Speaks a list of paragraphs, one utterance each, all queued at once in order from where reading
 * starts (the engine plays them back to back). The state follows the utterance that is speaking.
 * A change of speed re-queues from the current paragraph; stop cancels everything.
 */
export class ReadAloudQueue {
  #options: ReadAloudOptions;
  #texts: string[];
  #state: ReadAloudState = { status: 'idle', index: -1 };
  /** Bumped on every cancel: events of utterances from an earlier queue are ignored. */
  #generation = 0;
  /** The queued utterances, kept referenced (Chromium drops events of collected utterances). */
  #queued: SpeechSynthesisUtterance[] = [];

  constructor(texts: readonly string[], options: ReadAloudOptions) {
    this.#texts = texts.map((text) => text.replace(/\s+/g, ' ').trim());
    this.#options = { ...options, rate: clampRate(options.rate) };
  }

  get state(): ReadAloudState {
    return this.#state;
  }

  get rate(): number {
    return this.#options.rate;
  }

  /** Starts reading at paragraph `from` (the first by default), replacing whatever was queued. */
  play(from = 0): void {
    if (this.#texts.length === 0) return;
    const start = Math.min(Math.max(0, from), this.#texts.length - 1);
    this.#cancelQueue();
    const generation = this.#generation;
    const make = this.#options.createUtterance ?? ((text: string) => new SpeechSynthesisUtterance(text));
    for (let index = start; index < this.#texts.length; index++) {
      const utterance = make(this.#texts[index]!);
      utterance.lang = this.#options.lang;
      if (this.#options.voice) utterance.voice = this.#options.voice;
      utterance.rate = this.#options.rate;
      utterance.onstart = () => {
        if (generation === this.#generation && this.#state.status !== 'paused') this.#set({ status: 'playing', index });
      };
      utterance.onend = () => {
        if (generation === this.#generation && index === this.#texts.length - 1) this.#finish();
      };
      utterance.onerror = (event) => {
        // 'interrupted' and 'canceled' are our own cancel; anything else ends the reading.
        const error = (event as SpeechSynthesisErrorEvent).error;
        if (generation === this.#generation && error !== 'interrupted' && error !== 'canceled') this.#finish();
      };
      this.#queued.push(utterance);
      this.#options.synthesis.speak(utterance);
    }
    this.#set({ status: 'playing', index: start });
  }

  pause(): void {
    if (this.#state.status !== 'playing') return;
    this.#options.synthesis.pause();
    this.#set({ ...this.#state, status: 'paused' });
  }

  resume(): void {
    if (this.#state.status !== 'paused') return;
    if (this.#queued.length === 0) {
      this.play(this.#state.index);
      return;
    }
    this.#options.synthesis.resume();
    this.#set({ ...this.#state, status: 'playing' });
  }

  /** Play from the start, pause or resume: what the one play key does. */
  toggle(): void {
    if (this.#state.status === 'playing') this.pause();
    else if (this.#state.status === 'paused') this.resume();
    else this.play(0);
  }

  stop(): void {
    this.#cancelQueue();
    this.#set({ status: 'idle', index: -1 });
  }

  /**
   * A new speed, from the paragraph being read (it starts again at the new speed; when paused, it
   * does so on resume).
   */
  setRate(rate: number): void {
    this.#options.rate = clampRate(rate);
    if (this.#state.status === 'playing') this.play(this.#state.index);
    else if (this.#state.status === 'paused') this.#cancelQueue();
  }

  #cancelQueue(): void {
    this.#generation++;
    this.#queued = [];
    this.#options.synthesis.cancel();
    // A paused engine stays paused through a cancel and would hold back the next queue.
    if (this.#state.status === 'paused') this.#options.synthesis.resume();
  }

  #finish(): void {
    this.#queued = [];
    this.#set({ status: 'idle', index: -1 });
  }

  #set(state: ReadAloudState): void {
    if (state.status === this.#state.status && state.index === this.#state.index) return;
    this.#state = state;
    this.#options.onChange(state);
  }
}

function clampRate(rate: number): number {
  return Number.isFinite(rate) ? Math.min(RATE.max, Math.max(RATE.min, rate)) : RATE.default;
}
