import { describe, expect, it } from 'vitest';
import { feedbackKind, SIGNAL_OF, strongest, TONES, VIBRATIONS, type Signal } from './signals';

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

describe('feedbackKind', () => {
  it('reads the kind of the list\'s answer, and nothing from anything else', () => {
    expect(feedbackKind({ kind: 'box-closed', fields: ['serialNumber'] })).toBe('box-closed');
    expect(feedbackKind(undefined)).toBeUndefined();
    expect(feedbackKind({ kind: 'toString' })).toBeUndefined();
    expect(feedbackKind({ kind: 7 })).toBeUndefined();
  });
});
