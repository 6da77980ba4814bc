import { describe, expect, it } from 'vitest';
import { fakeHash, hashDevice, pkidDevice, tupleDevice } from '../test-data/factories';
import type { Device, Dialect, Problem } from '../types';
import { validateDevices } from './validate-devices';

const codes = (ps: Problem[]): string[] => ps.map((p) => p.code);
const one = (d: Device, dialect: Dialect = 'partner-center'): string[] => codes(validateDevices([d], dialect));

describe('identifier sets (spec §1)', () => {
  it('partner-center accepts hash, hash+pkid, hash+serial, hash+pkid+serial, pkid alone and the tuple', () => {
    const h = fakeHash(1);
    for (const d of [
      { hardwareHash: h },
      { hardwareHash: h, pkid: '3258461234567' },
      { hardwareHash: h, serialNumber: 'PF2ABCDE' },
      { hardwareHash: h, pkid: '3258461234567', serialNumber: 'PF2ABCDE' },
      { pkid: '3258461234567' },
      { serialNumber: 'JX4K2L3', manufacturer: 'Dell Inc.', model: 'Latitude 5440' },
      { hardwareHash: h, serialNumber: 'PF2ABCDE', manufacturer: 'LENOVO', model: '20XW0026MX' },
    ]) {
      expect(one(d)).toEqual([]);
    }
  });
  it('partner-center rejects an incomplete tuple and says what is missing', () => {
    const ps = validateDevices([{ serialNumber: 'JX4K2L3', manufacturer: 'Dell Inc.' }], 'partner-center');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ code: 'identifiers.incomplete-tuple', severity: 'error', index: 0, params: { missing: 'model' } });
    expect(one({ groupTag: 'x' })).toEqual(['identifiers.missing']);
  });
  it('intune requires the hash and explains why', () => {
    const ps = validateDevices([pkidDevice(1)], 'intune');
    expect(codes(ps)).toEqual(['intune.hash-required']);
    expect(ps[0]?.message).toMatch(/only be registered by a partner in Partner Center/);
    expect(one(hashDevice(1), 'intune')).toEqual([]);
  });
  it('corporate-identifiers requires serial + manufacturer + model', () => {
    expect(one(tupleDevice(1), 'corporate-identifiers')).toEqual([]);
    expect(one({ serialNumber: 'X1234567', model: 'M' }, 'corporate-identifiers')).toEqual(['corporate.tuple-required']);
  });
});

describe('PKID rules', () => {
  it('flags scientific notation, product keys, Windows Product IDs and other shapes', () => {
    expect(one({ pkid: '3.25846E+12' })).toEqual(['pkid.scientific-notation']);
    expect(one({ pkid: 'VK7JG-NPHTM-C97JM-9MPGT-3V66T' })).toEqual(['pkid.is-product-key']);
    expect(one({ pkid: '00330-80000-00000-AA123' })).toEqual(['pkid.is-product-id']);
    expect(one({ pkid: '325846123456' })).toEqual(['pkid.format']);
    const [p] = validateDevices([{ pkid: '3.25846E+12' }], 'partner-center');
    expect(p?.message).toMatch(/digits are lost.*Scan the PKID barcode/);
    expect(p).toMatchObject({ field: 'pkid', severity: 'error', params: { value: '3.25846E+12' } });
  });
});

describe('hash rules', () => {
  it('non-base64 is an error, implausible length a warning', () => {
    expect(one({ hardwareHash: 'not base64!' })).toEqual(['hash.not-base64']);
    const short = validateDevices([{ hardwareHash: 'QUJD'.repeat(100) }], 'partner-center');
    expect(short.map((p) => [p.code, p.severity, p.params?.length])).toEqual([['hash.length', 'warning', 400]]);
  });
});

describe('manufacturer and model rules', () => {
  it('warns about case-only, alias and unknown manufacturers on tuple rows, naming the exact spelling', () => {
    const [c] = validateDevices([tupleDevice(1, { manufacturer: 'hp' })], 'partner-center');
    expect(c).toMatchObject({ code: 'manufacturer.case', severity: 'warning', params: { expected: 'HP' } });
    expect(c?.message).toContain('"HP"');
    expect(one(tupleDevice(1, { manufacturer: 'Hewlett Packard' }))).toEqual(['manufacturer.alias']);
    expect(one(tupleDevice(1, { manufacturer: 'Contoso' }))).toEqual(['manufacturer.unknown']);
  });
  it('does not warn about the manufacturer beside a hash or PKID (only the tuple is matched)', () => {
    expect(one({ ...hashDevice(1), manufacturer: 'Contoso', model: 'X' })).toEqual([]);
  });
  it('Samsung: a comma in the manufacturer is an error with a way out', () => {
    const ps = validateDevices([tupleDevice(1, { manufacturer: 'Samsung Electronics Co., Ltd.', model: 'Galaxy Book3' })], 'partner-center');
    expect(codes(ps)).toEqual(['manufacturer.comma']);
    expect(ps[0]?.message).toMatch(/PKID or hardware hash.*API/);
    expect(codes(validateDevices([{ ...tupleDevice(1), manufacturer: 'Samsung Electronics Co., Ltd.' }], 'corporate-identifiers'))).toEqual([
      'manufacturer.comma',
    ]);
    // Intune does not write the manufacturer: no problem there.
    expect(one({ ...hashDevice(1), manufacturer: 'Samsung Electronics Co., Ltd.' }, 'intune')).toEqual([]);
  });
  it('warns when a Lenovo tuple uses a marketing name instead of the machine type model', () => {
    expect(one(tupleDevice(1, { manufacturer: 'LENOVO', model: 'ThinkPad T14 Gen 2' }))).toEqual(['model.lenovo-mtm']);
    expect(one(tupleDevice(1, { manufacturer: 'LENOVO', model: '20XW0026MX' }))).toEqual([]);
  });
});

describe('serial rules', () => {
  it('rejects generic firmware serials and scientific notation', () => {
    expect(one(tupleDevice(1, { serialNumber: 'To be filled by O.E.M.' }))).toEqual(['serial.generic']);
    expect(one(tupleDevice(1, { serialNumber: 'Default string' }))).toEqual(['serial.generic']);
    expect(one(tupleDevice(1, { serialNumber: '1.23457E+11' }))).toEqual(['serial.scientific-notation']);
  });
});

describe('values (ANSI-safe, spec §1)', () => {
  it('printable ASCII only, naming the character', () => {
    const [p] = validateDevices([tupleDevice(1, { model: 'Modèle 5' })], 'partner-center');
    expect(p).toMatchObject({ code: 'value.not-ascii', field: 'model', params: { char: 'è', codePoint: 'U+00E8' } });
  });
  it('no delimiter and no quote', () => {
    expect(one(tupleDevice(1, { model: 'A,B' }))).toEqual(['value.delimiter']);
    expect(one(tupleDevice(1, { model: 'A"B' }))).toEqual(['value.quote']);
  });
});

describe('group tag and assigned user (intune)', () => {
  const d = hashDevice(1);
  it('accepts Managed Desktop tags exactly, warns about case, unknown and older forms', () => {
    expect(one({ ...d, groupTag: 'Microsoft365Managed_Standard' }, 'intune')).toEqual([]);
    const [c] = validateDevices([{ ...d, groupTag: 'microsoft365managed_standard' }], 'intune');
    expect(c).toMatchObject({ code: 'group-tag.managed-desktop-case', params: { expected: 'Microsoft365Managed_Standard' } });
    expect(one({ ...d, groupTag: 'Microsoft365Managed_Bogus' }, 'intune')).toEqual(['group-tag.managed-desktop-unknown']);
    const [o] = validateDevices([{ ...d, groupTag: 'Microsoft365ManagedStandard_' }], 'intune');
    expect(o).toMatchObject({ code: 'group-tag.managed-desktop-older', severity: 'info', params: { current: 'Microsoft365Managed_Standard' } });
  });
  it('warns above 64 characters and flags non-ASCII tags', () => {
    expect(one({ ...d, groupTag: 'x'.repeat(65) }, 'intune')).toEqual(['group-tag.too-long']);
    expect(one({ ...d, groupTag: 'Malmö' }, 'intune')).toEqual(['value.not-ascii']);
  });
  it('assigned user must look like a UPN', () => {
    expect(one({ ...d, assignedUser: 'anna@contoso.com' }, 'intune')).toEqual([]);
    expect(one({ ...d, assignedUser: 'anna' }, 'intune')).toEqual(['assigned-user.not-upn']);
    expect(one({ ...d, assignedUser: 'anna @contoso.com' }, 'intune')).toEqual(['assigned-user.not-upn']);
  });
  it('does not check group tags in dialects that do not write them', () => {
    expect(one({ ...d, groupTag: 'x'.repeat(80) }, 'partner-center')).toEqual([]);
  });
});

describe('duplicates', () => {
  it('exact duplicate serial, PKID and hash are errors on the later device', () => {
    const ps = validateDevices([tupleDevice(1), pkidDevice(2), hashDevice(3), tupleDevice(1), pkidDevice(2), hashDevice(3)], 'partner-center');
    expect(ps.map((p) => [p.code, p.field, p.index, p.params?.other])).toEqual([
      ['duplicate.in-list', 'serialNumber', 3, 1],
      ['duplicate.in-list', 'serialNumber', 5, 3], // a hash device carries its serial too
      ['duplicate.in-list', 'pkid', 4, 2],
      ['duplicate.in-list', 'hardwareHash', 5, 3],
    ]);
  });
  it('serials that differ only in case are a warning, in either order', () => {
    const a = validateDevices([tupleDevice(1, { serialNumber: 'ABC1234X' }), tupleDevice(2, { serialNumber: 'abc1234x' })], 'partner-center');
    expect(a.map((p) => [p.code, p.severity, p.index])).toEqual([['duplicate.serial-case', 'warning', 1]]);
    const b = validateDevices([tupleDevice(1, { serialNumber: 'abc1234x' }), tupleDevice(2, { serialNumber: 'ABC1234X' })], 'partner-center');
    expect(b.map((p) => [p.code, p.index])).toEqual([['duplicate.serial-case', 1]]);
  });
  it('asks findElsewhere and ignores its own list', () => {
    const seen: string[] = [];
    const ps = validateDevices([tupleDevice(1), pkidDevice(2)], 'partner-center', {
      listName: 'Week 12',
      findElsewhere: (field, value) => {
        seen.push(field);
        return field === 'pkid' ? 'Week 11' : value.startsWith('5CG') ? 'Week 12' : undefined;
      },
    });
    expect(ps.map((p) => [p.code, p.field, p.params?.list])).toEqual([['duplicate.elsewhere', 'pkid', 'Week 11']]);
    expect(seen).toEqual(['serialNumber', 'pkid']);
  });
  it('survives a throwing lookup', () => {
    const ps = validateDevices([tupleDevice(1)], 'partner-center', {
      findElsewhere: () => {
        throw new Error('db closed');
      },
    });
    expect(ps).toEqual([]);
  });
});

describe('rows per file', () => {
  it('says the export will be split when there are more devices than maxRows', () => {
    const devices = Array.from({ length: 7 }, (_, i) => tupleDevice(i));
    expect(validateDevices(devices, 'partner-center', { maxRows: 3 }).map((p) => [p.code, p.severity, p.params?.files])).toEqual([
      ['rows.split', 'info', 3],
    ]);
    expect(validateDevices(devices, 'partner-center')).toEqual([]);
  });
});

describe('messages', () => {
  it('every problem carries code, severity, message and params, with no unfilled placeholder', () => {
    const ps = validateDevices(
      [{ pkid: 'x' }, { serialNumber: 'a' }, tupleDevice(1, { model: 'é' }), { hardwareHash: '!' }, tupleDevice(1)],
      'partner-center',
    );
    expect(ps.length).toBeGreaterThan(4);
    for (const p of ps) {
      expect(p.message).not.toMatch(/\{\w+\}/);
      expect(p.params).toBeDefined();
    }
  });

  it('says fields in words a technician reads; params.field keeps the key the UI translates by', () => {
    const ps = validateDevices(
      [
        tupleDevice(1, { serialNumber: 'A,1', model: 'M"1', groupTag: 'Tag,é', assignedUser: 'a,b' }),
        tupleDevice(1, { serialNumber: 'A,1' }),
        hashDevice(1, { groupTag: 'ü' }),
        hashDevice(1),
      ],
      'intune',
    ).concat(validateDevices([tupleDevice(2, { manufacturer: 'Dell Inc.', model: 'Latitude é' }), tupleDevice(2)], 'partner-center'));
    const withField = ps.filter((p) => typeof p.params?.field === 'string');
    expect(new Set(withField.map((p) => p.params?.field))).toEqual(
      new Set(['serialNumber', 'hardwareHash', 'groupTag', 'assignedUser', 'model']),
    );
    for (const p of ps) expect(p.message, p.code).not.toMatch(/serialNumber|hardwareHash|groupTag|assignedUser|pkid\b/);
    const words = withField.map((p) => p.message).join(' ');
    for (const w of ['serial number', 'hardware hash', 'group tag', 'assigned user', 'model']) expect(words).toContain(w);
  });
});
