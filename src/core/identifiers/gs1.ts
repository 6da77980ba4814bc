// GS1 application identifiers (spec §2): (01) GTIN, (21) serial, (240) additional product id …,
// parenthesised as printed under the bars, or raw as a GS1-128 / GS1 DataMatrix scanner sends
// them: fixed-length AIs run on, variable-length AIs end at GS (0x1D) or at the end.

export const GS = '\u001d';

/** AI → fixed data length, or null for variable length (with its maximum). */
const AI_TABLE: Record<string, { fixed: number | null; max: number; label: string }> = {
  '00': { fixed: 18, max: 18, label: 'SSCC' },
  '01': { fixed: 14, max: 14, label: 'GTIN' },
  '02': { fixed: 14, max: 14, label: 'contained GTIN' },
  '10': { fixed: null, max: 20, label: 'batch/lot' },
  '11': { fixed: 6, max: 6, label: 'production date' },
  '12': { fixed: 6, max: 6, label: 'due date' },
  '13': { fixed: 6, max: 6, label: 'packaging date' },
  '15': { fixed: 6, max: 6, label: 'best before' },
  '16': { fixed: 6, max: 6, label: 'sell by' },
  '17': { fixed: 6, max: 6, label: 'expiry date' },
  '20': { fixed: 2, max: 2, label: 'variant' },
  '21': { fixed: null, max: 20, label: 'serial number' },
  '22': { fixed: null, max: 20, label: 'consumer product variant' },
  '240': { fixed: null, max: 30, label: 'additional product id' },
  '241': { fixed: null, max: 30, label: 'customer part number' },
  '250': { fixed: null, max: 30, label: 'secondary serial number' },
  '30': { fixed: null, max: 8, label: 'count' },
  '37': { fixed: null, max: 8, label: 'count of units' },
  '400': { fixed: null, max: 30, label: 'order number' },
  '90': { fixed: null, max: 30, label: 'internal' },
  '91': { fixed: null, max: 90, label: 'internal' },
  '92': { fixed: null, max: 90, label: 'internal' },
};

export interface Gs1Element {
  ai: string;
  label: string;
  value: string;
}

/** GS1 mod-10 check digit over all digits but the last (EAN-8/13, UPC-A, GTIN-14, SSCC). */
export function hasValidGs1CheckDigit(digits: string): boolean {
  if (!/^\d{8,18}$/.test(digits)) return false;
  let sum = 0;
  const n = digits.length;
  for (let i = n - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (digits.charCodeAt(i) - 48) * w;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(n - 1) - 48;
}

function lookupAi(s: string, at: number): string | undefined {
  for (const len of [2, 3, 4]) {
    const ai = s.slice(at, at + len);
    if (AI_TABLE[ai]) return ai;
  }
  return undefined;
}

/** "(01)09506000134352(21)ABC" → elements, or null when it is not that shape. */
export function parseParenthesisedGs1(s: string): Gs1Element[] | null {
  if (!/^\(\d{2,4}\)/.test(s)) return null;
  const out: Gs1Element[] = [];
  const re = /\((\d{2,4})\)([^(]*)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(s)) !== null) {
    const ai = m[1] ?? '';
    out.push({ ai, label: AI_TABLE[ai]?.label ?? 'application identifier', value: (m[2] ?? '').split(GS).join('') });
    consumed = re.lastIndex;
  }
  return consumed === s.length && out.length > 0 ? out : null;
}

/** Raw element string (as a GS1 scanner sends it, after the AIM prefix). Null when it does not parse fully. */
export function parseRawGs1(s: string): Gs1Element[] | null {
  const text = s.startsWith(GS) ? s.slice(1) : s;
  const out: Gs1Element[] = [];
  let i = 0;
  while (i < text.length) {
    const ai = lookupAi(text, i);
    if (!ai) return null;
    const spec = AI_TABLE[ai];
    if (!spec) return null;
    i += ai.length;
    let value: string;
    if (spec.fixed !== null) {
      value = text.slice(i, i + spec.fixed);
      if (value.length !== spec.fixed) return null;
      i += spec.fixed;
      if (text[i] === GS) i++;
    } else {
      const end = text.indexOf(GS, i);
      const stop = end === -1 ? text.length : end;
      value = text.slice(i, stop);
      if (value.length === 0 || value.length > spec.max) return null;
      i = end === -1 ? stop : end + 1;
    }
    out.push({ ai, label: spec.label, value });
  }
  return out.length > 0 ? out : null;
}
