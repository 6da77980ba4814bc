// Classify one plain value (no prefixes left): the shape rules of spec §2.
import { isGenericSerial } from '../identifiers/generic-serials';
import { hasValidGs1CheckDigit } from '../identifiers/gs1';
import { HASH_PLAUSIBLE_MAX, HASH_PLAUSIBLE_MIN, isBase64, isPlausibleHashLength } from '../identifiers/hash';
import { matchManufacturer } from '../identifiers/manufacturers';
import { isScientificNotation } from '../identifiers/pkid';
import { PKID_SYMBOLOGIES, RETAIL_SYMBOLOGIES } from '../identifiers/symbology';
import { isProductKey, isWindowsProductId } from '../identifiers/product-key';
import { tenCharacterShape } from '../identifiers/ten-characters';
import type { ScanContext, ScanKind, ScanResult } from './types';

type Partial1 = Omit<ScanResult, 'raw'>;

const has = (ctx: ScanContext, k: ScanKind): boolean => ctx.otherKindsOnBox?.includes(k) ?? false;

function thirteenDigits(v: string, sym: string | undefined, ctx: ScanContext): Partial1 {
  if (!hasValidGs1CheckDigit(v)) {
    return {
      kind: 'pkid',
      value: v,
      confidence: 'high',
      explanation: 'A 13-digit number that is not a valid EAN barcode number: a Windows Product Key ID (PKID).',
    };
  }
  const asPkid = { kind: 'pkid' as const, value: v, explanation: 'It may be the PKID (13 digits).' };
  const asGtin = { kind: 'gtin' as const, value: v, explanation: 'It may be the EAN-13 product barcode (valid check digit).' };
  if (sym && RETAIL_SYMBOLOGIES.has(sym)) {
    return {
      kind: 'gtin',
      value: v,
      confidence: 'high',
      explanation: 'An EAN-13 product barcode (the retail article number), not a PKID: PKIDs are printed as Code 128.',
      alternatives: [asPkid],
    };
  }
  // The symbology settles it (spec §2): EAN product codes are always printed as EAN-13 bars, so
  // 13 digits in a Code 128/39/93, DataMatrix, QR or PDF417 symbol are the PKID.
  if (sym && PKID_SYMBOLOGIES.has(sym)) {
    return {
      kind: 'pkid',
      value: v,
      confidence: 'high',
      explanation:
        'A 13-digit number in a barcode that is not EAN-13 (EAN product codes use EAN-13 bars): the PKID, even though its check digit is also a valid EAN.',
      alternatives: [asGtin],
    };
  }
  if (has(ctx, 'pkid') && !has(ctx, 'gtin')) {
    return {
      kind: 'gtin',
      value: v,
      confidence: 'medium',
      explanation: 'A valid EAN-13 number; this box already has a PKID, so this is probably the product barcode.',
      alternatives: [asPkid],
    };
  }
  if (has(ctx, 'gtin')) {
    return {
      kind: 'pkid',
      value: v,
      confidence: 'medium',
      explanation: 'A 13-digit number; the product barcode of this box was already scanned, so this is probably the PKID.',
      alternatives: [asGtin],
    };
  }
  return {
    kind: 'ambiguous',
    value: v,
    confidence: 'low',
    explanation:
      'A 13-digit number with a valid EAN check digit: it may be the PKID or the EAN-13 product barcode. Check the label text next to the barcode ("PKID" or "Product Key ID") and choose.',
    alternatives: [asPkid, asGtin],
  };
}

/** "HP" or "LENOVO" when the manufacturer already on the box is one of them. */
function boxMaker(ctx: ScanContext): 'HP' | 'LENOVO' | null {
  const m = ctx.manufacturer?.trim().toUpperCase();
  if (!m) return null;
  if (m === 'HP' || m === 'HEWLETT-PACKARD' || m === 'HEWLETT PACKARD') return 'HP';
  if (m === 'LENOVO') return 'LENOVO';
  return null;
}

/**
 * A 10-character value: HP serial number or Lenovo machine type model (identifiers/
 * ten-characters.ts). Spec §2: these formats come from weak sources, "treat as hints, not
 * rules": a value that fits only one shape gets that kind at medium confidence; one that fits
 * both is `ambiguous` (the UI asks) unless the box settles it (its manufacturer, or which of
 * serial/model it already has). A prefix settles it earlier, in classify-scan.ts: HP's leading
 * `S` makes a serial, `1P` a part/model number.
 */
function tenCharacters(v: string, shape: 'hp-serial' | 'lenovo-mtm' | 'both', ctx: ScanContext): Partial1 {
  if (shape === 'hp-serial') {
    return {
      kind: 'serial',
      value: v,
      confidence: 'medium',
      explanation:
        'Looks like an HP serial number (10 characters starting like 5CG, 8CG, 2UA or CND, MXL). It cannot be a Lenovo machine type model, which starts with two digits.',
    };
  }
  if (shape === 'lenovo-mtm') {
    return {
      kind: 'model',
      value: v,
      confidence: 'medium',
      explanation:
        'Looks like a Lenovo machine type model (10 characters such as 20XW0026MX): the model for the tuple. It does not start like an HP serial number.',
    };
  }
  const asSerial = { kind: 'serial' as const, value: v, explanation: 'It may be the serial number: HP serial numbers are 10 characters.' };
  const asModel = {
    kind: 'model' as const,
    value: v,
    explanation: 'It may be the Lenovo machine type model: 10 characters starting with two digits, such as 20XW0026MX.',
  };
  const maker = boxMaker(ctx);
  if (maker === 'HP') {
    return { kind: 'serial', value: v, confidence: 'medium', explanation: 'A 10-character value on an HP box: the HP serial number.', alternatives: [asModel] };
  }
  if (maker === 'LENOVO') {
    return {
      kind: 'model',
      value: v,
      confidence: 'medium',
      explanation: 'A 10-character value on a Lenovo box: the machine type model (Lenovo serial numbers are 8 characters).',
      alternatives: [asSerial],
    };
  }
  if (has(ctx, 'serial') && !has(ctx, 'model')) {
    return {
      kind: 'model',
      value: v,
      confidence: 'medium',
      explanation: 'A 10-character value on a box whose serial number was already scanned: probably the Lenovo machine type model.',
      alternatives: [asSerial],
    };
  }
  if (has(ctx, 'model') && !has(ctx, 'serial')) {
    return {
      kind: 'serial',
      value: v,
      confidence: 'medium',
      explanation: 'A 10-character value on a box whose model was already scanned: probably the serial number.',
      alternatives: [asModel],
    };
  }
  return {
    kind: 'ambiguous',
    value: v,
    confidence: 'low',
    explanation:
      'A 10-character value: it may be an HP serial number or a Lenovo machine type model. Check the text next to the barcode ("S/N" or "Serial" for the serial number, "MTM" or "Type" for the model) and choose.',
    alternatives: [asSerial, asModel],
  };
}

/**
 * Spec §3: a hash is base64 (whitespace and line breaks removed) of a plausible length. Long text
 * made only of base64's characters that is not that (10,000 letters, a cut or doubled hash, a
 * length that is no multiple of 4) is refused as `not-a-hash`, never stored as one.
 */
function hashShape(v: string): 'hash' | 'not-a-hash' | null {
  const compact = v.replace(/\s+/g, '');
  if (isBase64(compact) && isPlausibleHashLength(compact.length)) return 'hash';
  return /^[A-Za-z0-9+/]+={0,2}$/.test(compact) ? 'not-a-hash' : null;
}

export function classifyPlain(v: string, ctx: ScanContext, sym: string | undefined): Partial1 {
  if (v === '') return { kind: 'unknown', value: v, confidence: 'high', explanation: 'Nothing was scanned.' };
  if (isProductKey(v)) {
    return {
      kind: 'product-key',
      value: v.toUpperCase(),
      confidence: 'high',
      explanation: 'A 25-character Windows product key. This is not a PKID: scan the 13-digit PKID barcode on the box instead.',
    };
  }
  if (isWindowsProductId(v)) {
    return {
      kind: 'windows-product-id',
      value: v,
      confidence: 'high',
      explanation: 'The Windows "Product ID" shown in Settings. This is not a PKID: scan the 13-digit PKID barcode on the box.',
    };
  }
  const hash = v.length >= 128 ? hashShape(v) : null;
  if (hash === 'hash') {
    return {
      kind: 'hardware-hash',
      value: v.replace(/\s+/g, ''),
      confidence: 'high',
      explanation: 'A hardware hash (base64). Keep it private: it identifies the device.',
    };
  }
  if (hash === 'not-a-hash') {
    return {
      kind: 'unknown',
      refused: 'not-a-hash',
      value: v,
      confidence: 'high',
      explanation: `Long base64-like text, but not a hardware hash: a hash is base64 of ${HASH_PLAUSIBLE_MIN}–${HASH_PLAUSIBLE_MAX} characters (about 4,096). Copy the whole hash again.`,
    };
  }
  if (isScientificNotation(v)) {
    return {
      kind: 'unknown',
      value: v,
      confidence: 'high',
      explanation: 'A number in scientific notation (as Excel shows long numbers): its digits are lost. Scan the barcode itself.',
    };
  }
  if (/^\d{13}$/.test(v)) return thirteenDigits(v, sym, ctx);
  if (/^\d{14}$/.test(v) && hasValidGs1CheckDigit(v)) {
    return { kind: 'gtin', value: v, confidence: 'high', explanation: 'A GTIN-14 product number, not a device identifier.' };
  }
  if (/^\d{8}$/.test(v) && sym && RETAIL_SYMBOLOGIES.has(sym)) {
    return { kind: 'gtin', value: v, confidence: 'high', explanation: 'An EAN-8 product barcode, not a device identifier.' };
  }
  if (/^\d{12}$/.test(v) && sym && RETAIL_SYMBOLOGIES.has(sym)) {
    return { kind: 'gtin', value: v, confidence: 'high', explanation: 'A UPC-A product barcode, not a device identifier.' };
  }
  if (/^\d{12}$/.test(v) && hasValidGs1CheckDigit(v) && !sym) {
    return {
      kind: 'ambiguous',
      value: v,
      confidence: 'low',
      explanation:
        'A 12-digit number: a Surface serial number or a UPC product barcode (its check digit is valid for both). Check the label and choose.',
      alternatives: [
        { kind: 'serial', value: v, explanation: 'Surface serial numbers are 12 digits.' },
        { kind: 'gtin', value: v, explanation: 'UPC-A product barcodes are 12 digits.' },
      ],
    };
  }
  if (isGenericSerial(v)) {
    return {
      kind: 'unknown',
      value: v,
      confidence: 'high',
      explanation: `"${v}" is a placeholder firmware reports when no serial was set, not a serial number. Read the serial from the label.`,
    };
  }
  const m = matchManufacturer(v);
  if (m.kind !== 'unknown') {
    return {
      kind: 'manufacturer',
      value: m.known.name,
      confidence: m.kind === 'exact' ? 'high' : 'medium',
      explanation:
        m.kind === 'exact'
          ? `The manufacturer, exactly as the firmware names it ("${m.known.name}").`
          : `A manufacturer name; the firmware spelling is "${m.known.name}", which is what will be stored.`,
    };
  }
  const ten = tenCharacterShape(v);
  if (ten === 'hp-serial' || ten === 'lenovo-mtm' || ten === 'both') return tenCharacters(v, ten, ctx);
  if (/^[0-9A-Za-z][0-9A-Za-z-]{3,29}$/.test(v) && /\d/.test(v)) {
    const hint =
      /^[0-9A-Z]{7}$/.test(v)
        ? ' (7 characters: the shape of a Dell service tag)'
        : /^\d{12}$/.test(v)
          ? ' (12 digits: the shape of a Surface serial)'
          : /^[0-9A-Z]{10}$/.test(v)
            ? ' (10 characters: the shape of an HP serial)'
            : /^[0-9A-Z]{8}$/.test(v)
              ? ' (8 characters: the shape of a Lenovo serial)'
              : '';
    return {
      kind: 'serial',
      value: v,
      confidence: hint ? 'medium' : 'low',
      explanation: `Probably a serial number${hint}. Check it against the "S/N" text on the label.`,
    };
  }
  if (/^[A-Za-z][A-Za-z0-9 .\-()]{2,60}$/.test(v) && /[ ]/.test(v)) {
    return {
      kind: 'model',
      value: v,
      confidence: 'low',
      explanation: 'Text that may be a model name. For the tuple, the model must be the exact firmware string.',
    };
  }
  return {
    kind: 'unknown',
    value: v,
    confidence: 'low',
    explanation: 'Not recognised as a serial number, PKID, hash, manufacturer or model.',
  };
}
