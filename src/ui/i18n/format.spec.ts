import { describe, expect, it } from 'vitest';
import { formatMessage } from './format';

describe('formatMessage', () => {
  it('fills named placeholders, numbers included', () => {
    expect(formatMessage('{count} devices in {list}', { count: 3, list: 'Week 12' })).toBe(
      '3 devices in Week 12',
    );
  });
  it('leaves an unknown placeholder visible rather than printing "undefined"', () => {
    expect(formatMessage('Hello {name}', {})).toBe('Hello {name}');
  });
  it('returns the template untouched without params', () => {
    expect(formatMessage('Plain {text}')).toBe('Plain {text}');
  });
});
