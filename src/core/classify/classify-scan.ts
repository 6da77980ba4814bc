// classifyScan: what a scanned or typed value is (spec §2). Order: strip noise (keeping GS, which
// GS1 needs) → AIM prefix → ISO 15434 envelope / GS1 element string / MH10.8.2 data identifier
// → plain shape rules. Never throws.
import { problem } from '../problems';
import { cleanValue } from '../noise';
import { splitAimPrefix } from '../identifiers/aim';
import { normalizeSymbology } from '../identifiers/symbology';
import { parseDataIdentifier, parseEnvelope, type DataIdentifierField } from '../identifiers/data-identifiers';
import { LENOVO_MTM } from '../identifiers/ten-characters';
import { GS, parseParenthesisedGs1, parseRawGs1, type Gs1Element } from '../identifiers/gs1';
import { classifyPlain } from './plain-value';
import type { ScanContext, ScanResult } from './types';

/**
 * Longest value read as one scan: a hardware hash (at most HASH_PLAUSIBLE_MAX, 6,000 characters,
 * spec §3) with its line breaks still in, and room to spare (two hashes pasted at once still fit,
 * and are refused as `not-a-hash`). Anything longer is refused whole (`too-long`), never cut: a
 * cut hash would be saved as a different, wrong hash.
 */
export const MAX_SCAN_LENGTH = 16_384;

function fromGs1(elements: Gs1Element[]): Omit<ScanResult, 'raw'> | null {
  const get = (ai: string): string | undefined => elements.find((e) => e.ai === ai)?.value;
  const serial = get('21');
  const gtin = get('01');
  const extraId = get('240');
  const listed = elements.map((e) => `(${e.ai}) ${e.label}`).join(', ');
  if (serial) {
    return {
      kind: 'serial',
      value: serial,
      confidence: 'high',
      explanation: `A GS1 barcode (${listed}); its (21) field is the serial number.`,
      alternatives: [
        ...(gtin ? [{ kind: 'gtin' as const, value: gtin, explanation: 'The (01) GTIN: the product, not the device.' }] : []),
        ...(extraId ? [{ kind: 'model' as const, value: extraId, explanation: 'The (240) additional product id: often the part or model number.' }] : []),
      ],
    };
  }
  if (extraId) {
    return {
      kind: 'model',
      value: extraId,
      confidence: 'low',
      explanation: `A GS1 barcode (${listed}); its (240) additional product id is often a part number, which is not always the firmware model.`,
    };
  }
  if (gtin) {
    return { kind: 'gtin', value: gtin, confidence: 'high', explanation: `A GS1 barcode (${listed}): a product number, not a device identifier.` };
  }
  return null;
}

function fromDataIdentifier(f: DataIdentifierField, viaEnvelope: boolean): Omit<ScanResult, 'raw'> {
  const sure = viaEnvelope ? 'high' : 'medium';
  switch (f.kind) {
    case 'lenovo-serial':
      return {
        kind: 'serial',
        value: f.serial ?? f.value,
        confidence: 'high',
        explanation: `A Lenovo "1S" barcode: machine type model ${f.mtm} followed by serial number ${f.serial}. Both were read.`,
        extra: { model: f.mtm ?? '', serialNumber: f.serial ?? '', manufacturer: 'LENOVO' },
      };
    case 'serial':
      return {
        kind: 'serial',
        value: f.value,
        confidence: sure,
        explanation: `A serial number with the "${f.di}" label prefix (HP and shipping labels add it); the prefix was removed.`,
        alternatives: viaEnvelope ? [] : [{ kind: 'serial', value: f.di + f.value, explanation: 'If the serial really starts with "' + f.di + '", keep the whole text.' }],
      };
    case 'part':
      return {
        kind: 'model',
        value: f.value,
        confidence: f.di === '1P' && LENOVO_MTM.test(f.value) ? 'medium' : 'low',
        explanation: `A part/product number ("${f.di}" prefix). For Lenovo the 1P value is the machine type model; for other makers it is a part number, not the firmware model.`,
      };
    default:
      return { kind: 'unknown', value: f.value, confidence: 'high', explanation: 'A quantity ("Q" prefix), not a device identifier.' };
  }
}

export function classifyScan(text: string, context: ScanContext = {}): ScanResult {
  const raw = typeof text === 'string' ? text : '';
  try {
    if (raw.length > MAX_SCAN_LENGTH) {
      return {
        kind: 'unknown',
        refused: 'too-long',
        value: '',
        raw,
        confidence: 'high',
        explanation: `${raw.length} characters: longer than any code on a box or any hardware hash (at most ${MAX_SCAN_LENGTH}). Nothing was read from it.`,
      };
    }
    return classifyUnsafe(raw, raw, context);
  } catch {
    return { kind: 'unknown', value: '', raw, confidence: 'low', explanation: 'This value could not be read.' };
  }
}

function classifyUnsafe(input: string, raw: string, context: ScanContext): ScanResult {
  // Keep GS for now: it separates GS1 fields; it is removed from whatever is left afterwards.
  const c = cleanValue(input, { keepGroupSeparator: true });
  const cleaned = c.cleaned.length ? [problem('cleaned.noise', 'info', { field: 'scan', removed: c.cleaned.join(', '), value: c.value })] : [];
  let v = c.value;
  // One spelling from here on, whichever decoder or scanner reported it (identifiers/symbology.ts).
  let symbology: string | undefined = normalizeSymbology(context.symbology);
  let gs1 = false;
  const aimText = context.aim ? context.aim + v : v;
  const aim = splitAimPrefix(aimText);
  if (aim) {
    v = aim.rest;
    symbology ??= aim.aim.symbology;
    gs1 = aim.aim.gs1;
  }
  const done = (r: Omit<ScanResult, 'raw'>): ScanResult => {
    const out: ScanResult = { ...r, raw };
    if (cleaned.length) out.cleaned = cleaned;
    if (symbology) out.symbology = symbology;
    if (out.alternatives && out.alternatives.length === 0) delete out.alternatives;
    return out;
  };

  const envelope = parseEnvelope(v);
  if (envelope) {
    const serial = envelope.find((f) => f.kind === 'lenovo-serial' || f.kind === 'serial');
    const main = serial ?? envelope[0];
    if (main) {
      const r = fromDataIdentifier(main, true);
      const part = envelope.find((f) => f.kind === 'part');
      if (part && !r.extra?.model) r.extra = { ...r.extra, model: part.value };
      return done(r);
    }
  }
  const paren = parseParenthesisedGs1(v);
  const rawGs1 = !paren && (gs1 || v.includes(GS)) ? parseRawGs1(v) : null;
  const elements = paren ?? rawGs1;
  if (elements) {
    const r = fromGs1(elements);
    if (r) return done(r);
  }
  v = v.replace(/[\u001d\u001e\u0004]/g, '');

  const di = /^(1S|1P|S|P|Q)/.test(v) ? parseDataIdentifier(v) : null;
  if (di) {
    // A bare S-prefix is only taken as a prefix when the rest has a known serial length (HP: 10)
    // or the code is a Lenovo 1S; otherwise a serial that starts with S would lose its S.
    const plain = classifyPlain(v, context, symbology);
    const meaningful =
      di.kind === 'lenovo-serial' ||
      (di.di === '1S' && di.value.length >= 6) ||
      (di.di === 'S' && /^[0-9A-Z]{10}$/.test(di.value)) ||
      (di.di === '1P' && di.value.length >= 4) ||
      (di.di === 'Q' && plain.kind !== 'serial' && plain.kind !== 'pkid');
    if (meaningful && plain.kind !== 'manufacturer') return done(fromDataIdentifier(di, false));
  }
  return done(classifyPlain(v, context, symbology));
}
