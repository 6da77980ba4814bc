// Sound and vibration for scan results (camera and handheld scanner alike).
import { workspace } from '../state/workspace.svelte';
import { strongest, type ScanFeedbackKind, type Signal } from './signals';
import { playTone, vibrate } from './tones';

export { strongest, SIGNAL_OF, TONES, VIBRATIONS, type ScanFeedbackKind, type Signal } from './signals';
export { unlockAudio } from './tones';

/** Signals the results of one read: a tone unless sounds are off in Settings, and a vibration. */
export function signalResults(kinds: readonly ScanFeedbackKind[]): Signal | undefined {
  const signal = strongest(kinds);
  if (!signal) return undefined;
  if (workspace.settings.sounds) playTone(signal);
  vibrate(signal);
  return signal;
}
