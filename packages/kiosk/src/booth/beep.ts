let context: AudioContext | undefined;

/**
 * A short, soft beep through WebAudio (no sound file). Browsers allow sound only after a user gesture,
 * so the first call should come from the click that switches sound on.
 * @param frequency pitch in Hz, default 880
 * @param ms length in milliseconds, default 180
 * @example beep();
 */
export function beep(frequency = 880, ms = 180): void {
  const Audio = globalThis.AudioContext;
  if (!Audio) return;
  context ??= new Audio();
  void context.resume();
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, context.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.2, context.currentTime + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + ms / 1000);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start();
  oscillator.stop(context.currentTime + ms / 1000 + 0.05);
}
