import { describe, expect, it } from 'vitest';
import { toStorageError } from './errors';

describe('toStorageError', () => {
  it.each([
    [new DOMException('x', 'QuotaExceededError'), 'quota-exceeded'],
    // Some browsers abort the commit with an AbortError that only mentions the quota.
    [new DOMException('Transaction aborted: quota exceeded', 'AbortError'), 'quota-exceeded'],
    [new DOMException('The database connection is closing.', 'InvalidStateError'), 'version-changed'],
    [new DOMException('x', 'VersionError'), 'version-changed'],
    [new DOMException('x', 'UnknownError'), 'unavailable'],
    [new DOMException('x', 'SecurityError'), 'unavailable'],
    [new TypeError('boom'), 'unknown'],
    ['a string', 'unknown'],
  ])('maps %s', (error, code) => {
    const mapped = toStorageError(error);
    expect(mapped.code).toBe(code);
    expect(mapped.message.length).toBeGreaterThan(20);
  });

  it('says the data is from a newer Boxpilot for a VersionError', () => {
    expect(toStorageError(new DOMException('x', 'VersionError')).message).toMatch(/newer version/);
  });
});
