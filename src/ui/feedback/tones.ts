import { TONES, VIBRATIONS, type Signal } from './signals';

// Tones are generated with Web Audio (no sound files to download or precache). The context is
// created on the first signal after a tap ("Scan with camera", the Scanner mode switch), because
// browsers keep audio muted until the page had a user gesture.

let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  if (typeof AudioContext !== 'function') return undefined;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    return context;
  } catch {
    return undefined;
  }
}

/** Call from a tap handler: lets later signals play even when they come from a timer. */
export function unlockAudio(): void {
  audio();
}

export function playTone(signal: Signal): void {
  const ctx = audio();
  if (!ctx) return;
  const tone = TONES[signal];
  const seconds = tone.noteMs / 1000;
  let at = ctx.currentTime + 0.01;
  for (const frequency of tone.notes) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = tone.wave;
    osc.frequency.value = frequency;
    // A short fade in and out: no click at the start and end of each note.
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(0.25, at + 0.005);
    gain.gain.setValueAtTime(0.25, at + seconds - 0.01);
    gain.gain.linearRampToValueAtTime(0, at + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start(at);
    osc.stop(at + seconds);
    at += seconds + 0.03;
  }
}

export function vibrate(signal: Signal): void {
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') navigator.vibrate(VIBRATIONS[signal]);
}
