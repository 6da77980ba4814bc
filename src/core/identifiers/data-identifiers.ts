// ANSI MH10.8.2 data identifiers (spec §2): shipping labels prefix fields with S / 1S (serial),
// P / 1P (part or product), Q (quantity). Lenovo's 1S holds the 10-character machine type model
// followed by the 8-character serial. An ISO/IEC 15434 envelope "[)>␞06␝…" may wrap several.

import { LENOVO_MTM } from './ten-characters';

export type DiKind = 'serial' | 'lenovo-serial' | 'part' | 'quantity';

export interface DataIdentifierField {
  di: string;
  kind: DiKind;
  value: string;
  /** Lenovo 1S: the split into machine type model and serial. */
  mtm?: string;
  serial?: string;
}

const RS = '\u001e';
const GS = '\u001d';
const EOT = '\u0004';

export { LENOVO_MTM };

export function parseDataIdentifier(s: string): DataIdentifierField | null {
  const m = /^(1S|S|1P|P|Q)([0-9A-Za-z][0-9A-Za-z\-./ ]*)$/.exec(s);
  if (!m) return null;
  const di = m[1] ?? '';
  const value = m[2] ?? '';
  if (di === 'Q') return /^\d+$/.test(value) ? { di, kind: 'quantity', value } : null;
  if (di === 'P' || di === '1P') return { di, kind: 'part', value };
  if (di === '1S' && value.length === 18 && LENOVO_MTM.test(value.slice(0, 10))) {
    return { di, kind: 'lenovo-serial', value, mtm: value.slice(0, 10), serial: value.slice(10) };
  }
  return { di, kind: 'serial', value };
}

/** "[)>␞06␝1SABC␝P123␞␄" → its fields; null when not an envelope. */
export function parseEnvelope(s: string): DataIdentifierField[] | null {
  if (!s.startsWith('[)>' + RS + '06' + GS)) return null;
  const body = s.slice(6).split(RS)[0] ?? '';
  const fields = body
    .split(GS)
    .map((f) => f.replace(EOT, ''))
    .filter((f) => f.length > 0)
    .map(parseDataIdentifier);
  const ok = fields.filter((f): f is DataIdentifierField => f !== null);
  return ok.length > 0 ? ok : null;
}
