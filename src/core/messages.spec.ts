import { describe, expect, it } from 'vitest';
import { BINARY_KIND_WORDS, FIELD_WORDS, MESSAGES, formatMessage } from './messages';
import { problem } from './problems';
import { DEVICE_FIELDS } from './types';

describe('English messages say tokens in words', () => {
  it('has words for every device field', () => {
    expect(Object.keys(FIELD_WORDS).sort()).toEqual([...DEVICE_FIELDS].sort());
    expect(formatMessage('value.quote', { field: 'hardwareHash' })).toBe(
      'The hardware hash contains a quotation mark, which these files must not contain. Remove it.',
    );
    expect(formatMessage('column.duplicate', { field: 'serialNumber', header: 'S/N' })).toContain('mapped to serial number');
  });

  it('keeps the params as tokens (the UI translates by them) and the template unchanged', () => {
    const p = problem('duplicate.in-list', 'error', { field: 'pkid', value: '3258461234567', other: 2 });
    expect(p.params).toEqual({ field: 'pkid', value: '3258461234567', other: 2 });
    expect(p.message).toBe('Device #2 in this list has the same PKID "3258461234567". Partner Center processes only one of them: remove the duplicate.');
    expect(MESSAGES['duplicate.in-list']).toContain('{field}');
  });

  it('file.binary: a short token in params, a complete English sentence in the message', () => {
    const p = problem('file.binary', 'error', { kind: 'pdf' });
    expect(p.params).toEqual({ kind: 'pdf' });
    expect(p.message).toBe('This is not a text file (it looks like a PDF document). Choose the CSV or Excel workbook with the device list.');
    for (const [token, words] of Object.entries(BINARY_KIND_WORDS)) {
      expect(token).toMatch(/^[a-z0-9]+$/);
      expect(formatMessage('file.binary', { kind: token })).toContain(`(it looks like ${words})`);
    }
  });

  it('says noise kinds and the guessed columns in words', () => {
    expect(formatMessage('cleaned.noise', { field: 'serialNumber', removed: 'no-break-space, outer-space', value: 'X1' })).toBe(
      'Invisible or stray characters were removed from the serial number (no-break spaces, spaces at the start or end). Check that "X1" is what is printed on the label.',
    );
    expect(formatMessage('file.no-header', { columns: '1: serialNumber, 3: hardwareHash' })).toContain(
      '(1: serial number, 3: hardware hash)',
    );
  });

  it('leaves values that merely look like tokens alone, and missing params visible', () => {
    expect(formatMessage('serial.generic', { value: 'serialNumber' })).toContain('"serialNumber"');
    expect(formatMessage('value.quote', { field: 'toString' })).toContain('The toString contains');
    expect(formatMessage('value.quote')).toContain('{field}');
  });
});
