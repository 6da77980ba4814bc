// Test data: devices and byte-exact files as the field produces them. Only specs import this.
import { strToU8, zipSync } from 'fflate';
import type { Device } from '../types';

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A deterministic base64 "hash" of the given length (a multiple of 4). */
export function fakeHash(seed: number, length = 4096): string {
  let s = '';
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < length - 2; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += B64[(x >>> 16) % 64];
  }
  return s + '==';
}

export const tupleDevice = (n: number, over: Partial<Device> = {}): Device => ({
  serialNumber: `5CG${String(n).padStart(7, '0')}`,
  manufacturer: 'HP',
  model: 'HP EliteBook 840 G9',
  ...over,
});

export const pkidDevice = (n: number, over: Partial<Device> = {}): Device => ({
  pkid: String(3000000000000 + n * 7919).padStart(13, '0'),
  ...over,
});

export const hashDevice = (n: number, over: Partial<Device> = {}): Device => ({
  serialNumber: `PF${String(n).padStart(6, '0')}`,
  hardwareHash: fakeHash(n),
  ...over,
});

/** UTF-16LE with BOM, as Windows PowerShell's Out-File writes (lines joined with CRLF). */
export function utf16leWithBom(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

export function utf16beWithBom(text: string): Uint8Array {
  const le = utf16leWithBom(text);
  const out = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    out[i] = le[i + 1] ?? 0;
    out[i + 1] = le[i] ?? 0;
  }
  return out;
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const utf8WithBom = (text: string): Uint8Array => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);

/** Windows-1252 bytes, by an explicit table (node's own 'windows-1252' decoder is latin1). */
const CP1252: Record<string, number> = { '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f };
export function windows1252(text: string): Uint8Array {
  return new Uint8Array(
    [...text].map((ch) => {
      const mapped = CP1252[ch];
      if (mapped !== undefined) return mapped;
      const c = ch.charCodeAt(0);
      if (c > 0xff || (c >= 0x80 && c <= 0x9f)) throw new Error(`not in windows-1252: ${ch}`);
      return c;
    }),
  );
}

/** Lines joined with CRLF, ending with CRLF. */
export const crlf = (...lines: string[]): string => lines.map((l) => l + '\r\n').join('');

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal but real .xlsx (what Excel writes, reduced): cells given as strings go to the shared
 * string table, numbers are stored as numbers (so a PKID keeps all its digits), null = no cell.
 */
export function makeXlsx(rows: (string | number | null)[][], sheetName = 'Devices'): Uint8Array {
  const shared: string[] = [];
  const col = (i: number): string => String.fromCharCode(65 + i);
  const sheetRows = rows
    .map((r, ri) => {
      const cells = r
        .map((v, ci) => {
          if (v === null) return '';
          const ref = `${col(ci)}${ri + 1}`;
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
          shared.push(v);
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${ri + 1}">${cells}</row>`;
    })
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  };
  return zipSync(files);
}

export const zipOf = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

export const ascii = (bytes: Uint8Array): string => String.fromCharCode(...bytes);
