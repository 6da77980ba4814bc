// The Microsoft 365 Business "device list" (spec §1): no header, serial, blank, hash.
import { looksLikeHash } from '../identifiers/hash';
import { cellAt, type FormatGuess, type Importer } from './formats';

export const m365DeviceList: Importer = {
  id: 'm365-device-list',
  detect(rows): FormatGuess | null {
    const sample = rows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 20);
    if (sample.length === 0) return null;
    const fits = sample.every((r) => r.length >= 3 && cellAt(r, 1) === '' && looksLikeHash(cellAt(r, 2)));
    if (!fits) return null;
    return {
      format: 'm365-device-list',
      formatName: 'Microsoft 365 device list (serial, blank, hash; no header)',
      dialect: null,
      hasHeader: false,
      columns: [
        { index: 0, header: null, field: 'serialNumber' },
        { index: 1, header: null, field: 'pkid' },
        { index: 2, header: null, field: 'hardwareHash' },
      ],
    };
  },
};
