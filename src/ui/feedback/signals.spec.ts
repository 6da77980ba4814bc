import { describe, expect, it } from 'vitest';
import { SIGNAL_OF, strongest, TONES, VIBRATIONS, type ScanFeedbackKind, type Signal } from './signals';
import type { ScanFeedback } from '../state/list/list-view.svelte';

describe('scan signals', () => {
  it('taken, box closed, duplicate and not usable each sound and feel different', () => {
    const heard = (['taken', 'box-closed', 'attention', 'unusable', 'same'] as Signal[]).map((s) => JSON.stringify(TONES[s]));
    expect(new Set(heard).size).toBe(5);
    const felt = (['taken', 'box-closed', 'attention', 'unusable', 'same'] as Signal[]).map((s) => VIBRATIONS[s].join(','));
    expect(new Set(felt).size).toBe(5);
    expect(SIGNAL_OF.duplicate).toBe('attention');
    expect(SIGNAL_OF.failed).toBe('unusable');
  });

  it('a frame with several results signals the one that matters most, once', () => {
    expect(strongest(['taken', 'taken', 'same'])).toBe('taken');
    expect(strongest(['taken', 'box-closed'])).toBe('box-closed');
    expect(strongest(['taken', 'duplicate'])).toBe('attention');
    expect(strongest(['question', 'unusable'])).toBe('unusable');
    expect(strongest([])).toBeUndefined();
  });
});

// The list's answer kinds and the signals' must stay the same set (a new kind needs a signal).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameKinds: Same<ScanFeedback['kind'], ScanFeedbackKind> = true;
void sameKinds;
