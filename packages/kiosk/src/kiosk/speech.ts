import type { Locale } from '@markt/sdk';
import { langTagOf } from '../i18n/catalog.js';

/**
 * The speech voice for a language, if this browser has one (voices can load late: call again after
 * `voiceschanged`).
 * @param locale the visitor's language
 * @returns the first voice whose language starts with the locale's tag, or undefined
 * @example voiceFor('tr')?.lang // 'tr-TR' where a Turkish voice is installed
 */
export function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const tag = langTagOf(locale).toLowerCase();
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === tag);
}

/**
 * Reads `text` aloud in the language's voice, stopping anything still being read.
 * @param text what to read
 * @param locale the visitor's language
 * @returns false when no voice exists for the language (nothing is read)
 * @example speak('Merhaba', 'tr')
 */
export function speak(text: string, locale: Locale): boolean {
  const voice = voiceFor(locale);
  if (!voice) return false;
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // Only a browser's own voice object can be set; the language alone still picks it.
  if (voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  speechSynthesis.speak(utterance);
  return true;
}

/** Stops reading (on idle reset and on every new screen). */
export function stopSpeaking(): void {
  if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
