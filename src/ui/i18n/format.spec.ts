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

describe('formatMessage plurals', () => {
  it('chooses the singular for exactly 1 and the plural otherwise', () => {
    const t = '{count} {count|device|devices} saved';
    expect(formatMessage(t, { count: 1 })).toBe('1 device saved');
    expect(formatMessage(t, { count: 0 })).toBe('0 devices saved');
    expect(formatMessage(t, { count: 12 })).toBe('12 devices saved');
    expect(formatMessage('{n} {n|enhet|enheter}', { n: '1' })).toBe('1 enhet');
  });
  it('leaves a plural choice visible when its param is missing', () => {
    expect(formatMessage('{count|device|devices}', {})).toBe('{count|device|devices}');
  });
});
