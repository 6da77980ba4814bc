import { describe, expect, it } from 'vitest';
import { classifyScan, type Device } from '../index';
import { applyChoice, applyScan, kindsOnBox, type Outcome } from './box-draft';

/** Feeds values the way the list screen does: classify with the box as context, then apply. */
function scanAll(values: string[], start: Device = {}): { draft: Device; outcomes: Outcome[] } {
  let draft = start;
  const outcomes: Outcome[] = [];
  for (const v of values) {
    const o = applyScan(draft, classifyScan(v, { otherKindsOnBox: kindsOnBox(draft) }));
    outcomes.push(o);
    if (o.kind === 'filled') draft = o.device;
  }
  return { draft, outcomes };
}

describe('which field a scan fills', () => {
  it('puts a serial and a PKID from one box into one device', () => {
    const { draft } = scanAll(['JX4K2M3', '3258461234567']);
    expect(draft).toEqual({ serialNumber: 'JX4K2M3', pkid: '3258461234567' });
  });

  it('takes model, serial and manufacturer from a Lenovo 1S code', () => {
    const { draft, outcomes } = scanAll(['1S20XW0026MXPF2ABCDE']);
    expect(draft).toEqual({ serialNumber: 'PF2ABCDE', model: '20XW0026MX', manufacturer: 'LENOVO' });
    expect(outcomes[0]).toMatchObject({ kind: 'filled', fields: expect.arrayContaining(['serialNumber', 'model', 'manufacturer']) });
  });

  it('strips an AIM prefix a wedge scanner sends', () => {
    expect(scanAll([']C1PF3XYZ12']).draft).toEqual({ serialNumber: 'PF3XYZ12' });
  });

  it('stores the firmware spelling of a manufacturer typed loosely', () => {
    expect(scanAll(['dell']).draft).toEqual({ manufacturer: 'Dell Inc.' });
  });

  it('says a repeated value is already on the box instead of adding it twice', () => {
    const { outcomes } = scanAll(['JX4K2M3', 'JX4K2M3']);
    expect(outcomes[1]).toEqual({ kind: 'same', field: 'serialNumber' });
  });

  it('replaces a manufacturer or model (a box may carry a part number first) and says so', () => {
    const { draft, outcomes } = scanAll(['Latitude 5440', 'Latitude 7440']);
    expect(draft.model).toBe('Latitude 7440');
    expect(outcomes[1]).toMatchObject({ kind: 'filled', replaced: ['model'] });
  });
});

describe('asking instead of guessing', () => {
  it('asks PKID or EAN for 13 digits with a valid GS1 check digit', () => {
    const o = applyScan({}, classifyScan('4006381333931'));
    expect(o).toEqual({
      kind: 'ask',
      value: '4006381333931',
      choices: [
        { kind: 'pkid', value: '4006381333931' },
        { kind: 'gtin', value: '4006381333931' },
      ],
    });
    expect(applyChoice({ serialNumber: 'X1' }, { kind: 'pkid', value: '4006381333931' })).toMatchObject({
      kind: 'filled',
      device: { serialNumber: 'X1', pkid: '4006381333931' },
    });
    expect(applyChoice({}, { kind: 'gtin', value: '4006381333931' })).toEqual({ kind: 'ignored', reason: 'gtin', value: '4006381333931' });
  });

  it('asks serial or model for a 10-character value on a box that does not tell', () => {
    expect(applyScan({}, classifyScan('20XW002612'))).toMatchObject({ kind: 'ask', choices: [{ kind: 'serial' }, { kind: 'model' }] });
  });

  it('takes an HP-shaped 10-character value as the serial without asking', () => {
    expect(applyScan({}, classifyScan('5CG1234XYZ'))).toMatchObject({ kind: 'filled', device: { serialNumber: '5CG1234XYZ' } });
  });

  it('takes a 10-character value as the model on a Lenovo box and when the serial is known', () => {
    expect(applyScan({ manufacturer: 'LENOVO' }, classifyScan('20XW0026MX'))).toMatchObject({ kind: 'filled', device: { model: '20XW0026MX' } });
    expect(applyScan({ serialNumber: 'PF2ABCDE' }, classifyScan('20XW0026MX', { otherKindsOnBox: ['serial'] }))).toMatchObject({
      kind: 'filled',
      device: { model: '20XW0026MX' },
    });
  });

  it('ignores product keys, Windows product ids and product barcodes, with the reason', () => {
    expect(applyScan({}, classifyScan('VK7JG-NPHTM-C97JM-9MPGT-3V66T'))).toMatchObject({ kind: 'ignored', reason: 'product-key' });
    expect(applyScan({}, classifyScan('4006381333931', { symbology: 'ean-13' }))).toMatchObject({ kind: 'ignored', reason: 'gtin' });
    expect(applyScan({}, classifyScan('  '))).toMatchObject({ kind: 'ignored', reason: 'empty' });
    expect(applyScan({}, classifyScan('???'))).toMatchObject({ kind: 'ignored', reason: 'unknown' });
    expect(applyScan({}, classifyScan('A'.repeat(25_000)))).toEqual({ kind: 'ignored', reason: 'too-long', value: '' });
    expect(applyScan({}, classifyScan('A1b2'.repeat(2500)))).toMatchObject({ kind: 'ignored', reason: 'not-a-hash' });
  });
});

describe('one box, one device', () => {
  it('starts the next box when a second serial arrives', () => {
    const o = applyScan({ serialNumber: 'JX4K2M3' }, classifyScan('PF3XYZ12', { otherKindsOnBox: ['serial'] }));
    expect(o).toEqual({ kind: 'next-box', next: { serialNumber: 'PF3XYZ12' }, fields: ['serialNumber'] });
  });

  it('starts the next box when a second PKID arrives, and a Lenovo code carries its whole box over', () => {
    expect(applyScan({ pkid: '3258461234567' }, classifyScan('3258461234560', { otherKindsOnBox: ['pkid'] }))).toMatchObject({
      kind: 'next-box',
      next: { pkid: '3258461234560' },
    });
    expect(applyScan({ serialNumber: 'AAA11111' }, classifyScan('1S20XW0026MXPF2ABCDE'))).toMatchObject({
      kind: 'next-box',
      next: { serialNumber: 'PF2ABCDE', model: '20XW0026MX', manufacturer: 'LENOVO' },
    });
  });
});
