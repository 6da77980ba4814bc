// Last resort: no header and no known layout. Each column is guessed from its content (hash,
// PKID, manufacturer; the first other text column is taken as the serial) and the file gets a
// "no header" warning so the user checks the mapping.
import { looksLikeHash } from '../identifiers/hash';
import { matchManufacturer } from '../identifiers/manufacturers';
import { isPkid } from '../identifiers/pkid';
import type { DeviceField } from '../types';
import type { ColumnInfo } from './columns';
import { cellAt, type FormatGuess, type Importer } from './formats';

export const headerless: Importer = {
  id: 'headerless',
  detect(rows): FormatGuess | null {
    const sample = rows.filter((r) => r.some((c) => c.trim() !== '')).slice(0, 50);
    const width = Math.min(64, sample.reduce((w, r) => Math.max(w, r.length), 0));
    const taken = new Set<DeviceField>();
    const columns: ColumnInfo[] = [];
    const mostly = (i: number, test: (v: string) => boolean): boolean => {
      const vals = sample.map((r) => cellAt(r, i)).filter((v) => v !== '');
      return vals.length > 0 && vals.filter(test).length * 2 > vals.length;
    };
    const guesses: [DeviceField, (v: string) => boolean][] = [
      ['hardwareHash', looksLikeHash],
      ['pkid', isPkid],
      ['manufacturer', (v) => matchManufacturer(v).kind !== 'unknown'],
      ['serialNumber', (v) => /^[0-9A-Za-z-]{4,30}$/.test(v)],
    ];
    for (let i = 0; i < width; i++) {
      let field: DeviceField | null = null;
      for (const [f, test] of guesses) {
        if (!taken.has(f) && mostly(i, test)) {
          field = f;
          taken.add(f);
          break;
        }
      }
      columns.push({ index: i, header: null, field });
    }
    return { format: 'headerless', formatName: 'List without a header row', dialect: null, hasHeader: false, columns };
  },
};
