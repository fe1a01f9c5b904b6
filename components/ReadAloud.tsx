import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LanguageInfo } from '@/core/language';
import { formatNumber, languageName, t } from '@/lib/i18n';
import { chooseVoice, paragraphsOf, RATE, ReadAloudQueue, type ReadAloudState } from '@/lib/speech';

interface Props {
  language: Pick<LanguageInfo, 'bcp47' | 'source' | 'name'>;
  /** The article's text, to start over when the article changes. */
  text: string;
  /** The Web Speech API to use (the page's or a test's); the window's by default. */
  synthesis?: SpeechSynthesis;
}

/** The key that plays, pauses and resumes inside the reader (as Firefox's Reader View narrates with N). */
export const READ_ALOUD_KEY = 'n';
const RATES = [0.75, 1, 1.25, 1.5, 2];
/** Marks the paragraph being read; the reader's stylesheet highlights it. */
export const SPEAKING_ATTRIBUTE = 'data-cnr-speaking';

/**
 * Read aloud in the reader toolbar: play, pause, resume, stop and speed, the voice chosen for the
 * article's detected language (lib/speech.ts). When there is no voice for it, pressing play says so and
 * lets the reader pick one of the voices there are (the toolbar stays short until then). The paragraph being read is highlighted and kept in view;
 * the key N toggles reading anywhere in the reader; closing the reader (unmounting) stops it.
 */
export function ReadAloud({ language, text, synthesis: given }: Props) {
  const synthesis = given ?? (typeof speechSynthesis === 'undefined' ? null : speechSynthesis);
  const voices = useVoices(synthesis);
  const [pickedURI, setPickedURI] = useState('');
  const [rate, setRate] = useState<number>(RATE.default);
  const [state, setState] = useState<ReadAloudState>({ status: 'idle', index: -1 });
  const [count, setCount] = useState(0);
  /** Read aloud was asked for without a voice to read with: the reason and the choice are shown. */
  const [asked, setAsked] = useState(false);
  const self = useRef<HTMLSpanElement>(null);
  const queue = useRef<ReadAloudQueue | null>(null);
  const paragraphs = useRef<Element[]>([]);

  const choice = useMemo(() => chooseVoice(voices, language, pickedURI || undefined), [voices, language, pickedURI]);
  // The voice that reads: the language's best, or the one the reader picked when there is none for it.
  const voice = choice.kind === 'voice' ? choice.voice : voices.find((v) => v.voiceURI === pickedURI) ?? null;

  const stop = (): void => {
    queue.current?.stop();
    queue.current = null;
  };
  // A new article, another voice, or the reader closing: whatever was being read stops.
  useEffect(() => stop, [text, voice?.voiceURI]);

  const start = (): void => {
    if (!synthesis || !voice) {
      setAsked(true);
      return;
    }
    const reader = self.current?.closest('.cnr-reader');
    const title = reader?.querySelector('[data-testid="article-title"]');
    const body = reader?.querySelector('[data-testid="reader-body"]');
    paragraphs.current = [...(title ? [title] : []), ...(body ? paragraphsOf(body) : [])];
    setCount(paragraphs.current.length);
    queue.current = new ReadAloudQueue(paragraphs.current.map((element) => element.textContent ?? ''), {
      synthesis,
      voice: voice as SpeechSynthesisVoice,
      lang: choice.kind === 'voice' ? choice.language : voice.lang,
      rate,
      onChange: setState,
    });
    queue.current.play(0);
  };
  const toggle = (): void => {
    if (queue.current && queue.current.state.status !== 'idle') queue.current.toggle();
    else start();
  };

  // The highlight follows the paragraph being read, and the reader scrolls to keep it in view.
  useEffect(() => {
    const current = state.index >= 0 ? paragraphs.current[state.index] : undefined;
    if (!current) return;
    current.setAttribute(SPEAKING_ATTRIBUTE, '');
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    current.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    return () => current.removeAttribute(SPEAKING_ATTRIBUTE);
  }, [state.index]);

  // N anywhere in the reader (not while typing in a field): play, pause, resume. Listened for on the
  // reader's root: the shadow root of the in-page reader, the document of the library page.
  const toggleRef = useRef(toggle);
  toggleRef.current = toggle;
  useEffect(() => {
    const root = self.current?.getRootNode();
    if (!root) return;
    const onKey = (event: Event): void => {
      const key = event as KeyboardEvent;
      if (!key.isTrusted || key.key?.toLowerCase() !== READ_ALOUD_KEY || key.ctrlKey || key.metaKey || key.altKey || key.defaultPrevented) return;
      if ((key.target as Element | null)?.closest?.('input, select, textarea, [contenteditable]')) return;
      key.preventDefault();
      toggleRef.current();
    };
    root.addEventListener('keydown', onKey);
    return () => root.removeEventListener('keydown', onKey);
  }, []);

  const changeRate = (next: number): void => {
    setRate(next);
    queue.current?.setRate(next);
  };

  const status = state.status;
  const languageLabel = (choice.kind === 'voice' || choice.kind === 'no-voice-for-language')
    ? languageName(choice.language) ?? language.name
    : '';
  return (
    <span class="cnr-read-aloud" ref={self} role="group" aria-label={t('readAloudGroup')} data-testid="read-aloud" data-status={status}
      data-voice={voice?.name ?? ''} data-voice-lang={voice?.lang ?? ''}>
      <button type="button" data-testid="read-aloud-play" aria-keyshortcuts="N"
        title={t('readAloudKeyHint')} onClick={toggle}>
        {status === 'playing' ? t('readAloudPause') : status === 'paused' ? t('readAloudResume') : t('readAloudPlay')}
      </button>
      {status !== 'idle' && <button type="button" data-testid="read-aloud-stop" onClick={stop}>{t('readAloudStop')}</button>}
      <select aria-label={t('readAloudSpeed')} data-testid="read-aloud-speed" value={String(rate)}
        onChange={(event) => changeRate(Number(event.currentTarget.value))}>
        {RATES.map((value) => <option key={value} value={String(value)}>{formatNumber(value)}×</option>)}
      </select>
      {choice.kind === 'voice' && choice.voices.length > 1 && (
        <select aria-label={t('readAloudVoice')} data-testid="read-aloud-voice" value={choice.voice.voiceURI}
          onChange={(event) => setPickedURI(event.currentTarget.value)}>
          {choice.voices.map((v) => <option key={v.voiceURI} value={v.voiceURI}>{v.name} ({v.lang})</option>)}
        </select>
      )}
      {asked && (choice.kind === 'no-voice-for-language' || choice.kind === 'language-unknown') && (
        <>
          <span class="status" data-testid="read-aloud-message">
            {choice.kind === 'no-voice-for-language' ? t('readAloudNoVoiceForLanguage', languageLabel) : t('readAloudLanguageUnknown')}
          </span>
          <select aria-label={t('readAloudVoice')} data-testid="read-aloud-voice" value={pickedURI}
            onChange={(event) => setPickedURI(event.currentTarget.value)}>
            <option value="">{t('readAloudPickVoice')}</option>
            {choice.others.map((v) => <option key={v.voiceURI} value={v.voiceURI}>{v.name} ({v.lang})</option>)}
          </select>
        </>
      )}
      {asked && choice.kind === 'no-voices' && <span class="status" data-testid="read-aloud-message">{t('readAloudNoVoices')}</span>}
      {status !== 'idle' && count > 0 && (
        <span class="status" data-testid="read-aloud-progress">{t('readAloudProgress', state.index + 1, count)}</span>
      )}
    </span>
  );
}

/** The system's voices, updated when the browser finishes loading them (they arrive late in Chromium). */
function useVoices(synthesis: SpeechSynthesis | null): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synthesis?.getVoices() ?? []);
  useEffect(() => {
    if (!synthesis) return;
    const update = (): void => setVoices(synthesis.getVoices());
    update();
    synthesis.addEventListener?.('voiceschanged', update);
    return () => synthesis.removeEventListener?.('voiceschanged', update);
  }, [synthesis]);
  return voices;
}
