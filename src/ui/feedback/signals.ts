// What a result sounds and feels like. Pure data and choice, tested in node; tones.ts plays them.

/** The open list's answer to one code: the kinds of ListView.addScan's ScanFeedback (signals.spec.ts checks they match). */
export type ScanFeedbackKind = 'taken' | 'taken-elsewhere' | 'box-closed' | 'same' | 'answered-elsewhere' | 'duplicate' | 'question' | 'unusable' | 'failed';

/** The signals a person can tell apart without looking: one per kind of outcome. */
export type Signal = 'taken' | 'box-closed' | 'same' | 'attention' | 'unusable';

export const SIGNAL_OF: Readonly<Record<ScanFeedbackKind, Signal>> = {
  taken: 'taken',
  'taken-elsewhere': 'taken',
  'box-closed': 'box-closed',
  same: 'same',
  'answered-elsewhere': 'same',
  duplicate: 'attention',
  question: 'attention',
  unusable: 'unusable',
  failed: 'unusable',
};

export interface Tone {
  /** Notes played one after another, in Hz. */
  notes: number[];
  noteMs: number;
  wave: OscillatorType;
}

// Distinct by pitch and rhythm, not loudness: a rising pair for a closed box, one short high
// beep for a field, a low double buzz for "not usable", a two-tone call for "look at the screen".
export const TONES: Readonly<Record<Signal, Tone>> = {
  taken: { notes: [1760], noteMs: 70, wave: 'sine' },
  'box-closed': { notes: [1319, 1976], noteMs: 90, wave: 'sine' },
  same: { notes: [880], noteMs: 40, wave: 'triangle' },
  attention: { notes: [988, 740, 988], noteMs: 110, wave: 'square' },
  unusable: { notes: [220, 220], noteMs: 120, wave: 'sawtooth' },
};

/** navigator.vibrate patterns (ms on, off, on …): felt through gloves, distinct by rhythm. */
export const VIBRATIONS: Readonly<Record<Signal, number[]>> = {
  taken: [40],
  'box-closed': [60, 60, 120],
  same: [15],
  attention: [150, 80, 150],
  unusable: [300],
};

// When one frame yields several results, the one that matters most is signalled once.
const RANK: readonly Signal[] = ['unusable', 'attention', 'box-closed', 'taken', 'same'];

/** The one signal for a set of results read together, or undefined for none. */
export function strongest(kinds: readonly ScanFeedbackKind[]): Signal | undefined {
  const signals = new Set(kinds.map((k) => SIGNAL_OF[k]));
  return RANK.find((s) => signals.has(s));
}

