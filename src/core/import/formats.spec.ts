import { describe, expect, it } from 'vitest';
import { fakeHash } from '../test-data/factories';
import { autopilotCsv } from './autopilot-csv';
import { corporateIdentifiers } from './corporate-identifiers';
import { headerless } from './headerless';
import { m365DeviceList } from './m365-device-list';
import { oemSpreadsheet } from './oem-spreadsheet';

describe('importer detection', () => {
  it('autopilot-csv: Intune header with 3, 4 or 5 columns, and the -Partner header', () => {
    const three = autopilotCsv.detect([['Device Serial Number', 'Windows Product ID', 'Hardware Hash']]);
    expect(three).toMatchObject({ format: 'autopilot-csv', dialect: null, hasHeader: true });
    const five = autopilotCsv.detect([['Device Serial Number', 'Windows Product ID', 'Hardware Hash', 'Group Tag', 'Assigned User']]);
    expect(five?.dialect).toBe('intune');
    const partner = autopilotCsv.detect([['Device Serial Number', 'Windows Product ID', 'Hardware Hash', 'Manufacturer name', 'Device model']]);
    expect(partner?.dialect).toBe('partner-center');
    expect(partner?.columns.map((c) => c.field)).toEqual(['serialNumber', 'pkid', 'hardwareHash', 'manufacturer', 'model']);
    expect(autopilotCsv.detect([['Serial', 'Model']])).toBeNull();
  });
  it('oem-spreadsheet: maps known names and keeps unknown columns as null', () => {
    const g = oemSpreadsheet.detect([['S/N', 'Price', 'PKID']]);
    expect(g?.columns.map((c) => [c.header, c.field])).toEqual([
      ['S/N', 'serialNumber'],
      ['Price', null],
      ['PKID', 'pkid'],
    ]);
    expect(oemSpreadsheet.detect([['a', 'b']])).toBeNull();
  });
  it('m365-device-list: serial, blank, hash without header', () => {
    expect(m365DeviceList.detect([['PF1', '', fakeHash(1)], ['PF2', '', fakeHash(2)]])?.format).toBe('m365-device-list');
    expect(m365DeviceList.detect([['PF1', 'x', fakeHash(1)]])).toBeNull();
  });
  it('corporate-identifiers: three filled cells with known manufacturers, or a file name that says so', () => {
    expect(corporateIdentifiers.detect([['Dell Inc.', 'Latitude 5440', 'JX4K2L3']])?.dialect).toBe('corporate-identifiers');
    expect(corporateIdentifiers.detect([['Contoso', 'Box 1', 'X1']])).toBeNull();
    expect(corporateIdentifiers.detect([['Contoso', 'Box 1', 'X1']], 'a-corporate-identifiers-part-1.csv')).not.toBeNull();
  });
  it('headerless: guesses hash, PKID, manufacturer and serial from content', () => {
    const g = headerless.detect([['3258461234567', 'JX4K2L3', 'Dell Inc.', fakeHash(1)]]);
    expect(g?.columns.map((c) => c.field)).toEqual(['pkid', 'serialNumber', 'manufacturer', 'hardwareHash']);
  });
});
