// Intune corporate identifiers (spec §1): manufacturer,model,serial per line, no header: what
// Boxpilot writes for that dialect, so it must read it back.
import { looksLikeHash } from '../identifiers/hash';
import { matchManufacturer } from '../identifiers/manufacturers';
import { cellAt, type FormatGuess, type Importer } from './formats';

export const corporateIdentifiers: Importer = {
  id: 'corporate-identifiers',
  detect(rows, fileName): FormatGuess | null {
    const sample = rows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 20);
    if (sample.length === 0) return null;
    const threeFilled = sample.every(
      (r) => r.length === 3 && cellAt(r, 0) !== '' && cellAt(r, 1) !== '' && cellAt(r, 2) !== '' && !looksLikeHash(cellAt(r, 2)),
    );
    if (!threeFilled) return null;
    // Either the file is named like one Boxpilot wrote, or the first column holds manufacturers.
    const named = /corporate-identifiers/i.test(fileName ?? '');
    const known = sample.filter((r) => matchManufacturer(cellAt(r, 0)).kind !== 'unknown').length;
    if (!named && known * 2 < sample.length) return null;
    return {
      format: 'corporate-identifiers',
      formatName: 'Corporate identifiers (manufacturer, model, serial; no header)',
      dialect: 'corporate-identifiers',
      hasHeader: false,
      columns: [
        { index: 0, header: null, field: 'manufacturer' },
        { index: 1, header: null, field: 'model' },
        { index: 2, header: null, field: 'serialNumber' },
      ],
    };
  },
};
