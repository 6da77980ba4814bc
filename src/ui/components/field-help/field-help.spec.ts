import { describe, expect, it } from 'vitest';
import { validateDevices } from '../../../core';
import { spellingFixes } from './exact-spelling';
import { KnownModels } from './known-models';

describe('spellingFixes', () => {
  it('offers the exact firmware or Microsoft spelling the core found', () => {
    const problems = validateDevices(
      [{ serialNumber: 'JX4K2M3', manufacturer: 'dell inc.', model: 'Latitude 5440', groupTag: 'microsoft365managed_standard' }],
      'partner-center',
    );
    expect(spellingFixes(problems)).toEqual([{ field: 'manufacturer', value: 'Dell Inc.' }]);
    const intune = validateDevices([{ hardwareHash: 'A'.repeat(4000), groupTag: 'microsoft365managed_standard' }], 'intune');
    expect(spellingFixes(intune)).toEqual([{ field: 'groupTag', value: 'Microsoft365Managed_Standard' }]);
  });
  it('offers nothing for problems that need a person', () => {
    expect(spellingFixes(validateDevices([{ serialNumber: 'S1' }], 'partner-center'))).toEqual([]);
  });
});

describe('KnownModels', () => {
  it('keeps manufacturer/model pairs exactly and lists models per manufacturer', () => {
    const empty = new KnownModels();
    const k = empty.plus([
      { manufacturer: 'LENOVO', model: '20XW0026MX' },
      { manufacturer: 'Dell Inc.', model: 'Latitude 5440' },
      { manufacturer: 'LENOVO', model: '20XW0026MX' },
      { manufacturer: 'LENOVO', model: '21AH00BXMX' },
      { model: 'orphan' },
    ]);
    expect(k.models('LENOVO')).toEqual(['20XW0026MX', '21AH00BXMX']);
    expect(k.models('lenovo')).toEqual([]);
    expect(k.models()).toEqual(['20XW0026MX', '21AH00BXMX', 'Latitude 5440']);
    expect(k.manufacturers()).toEqual(['Dell Inc.', 'LENOVO']);
    // A new instance when something was added (pick lists re-render), the same one when not.
    expect(empty.models()).toEqual([]);
    expect(k.plus([{ manufacturer: 'LENOVO', model: '20XW0026MX' }])).toBe(k);
  });
});
