// Every decoder spells symbologies its own way: ZXing-JS `EAN_13` / `CODE_128` / `DATA_MATRIX`,
// zxing-wasm 2 `EAN-13`, zxing-wasm 3 `EAN13` / `Code128` / `DataMatrix` / `QRCode`,
// BarcodeDetector `ean_13` / `code_128` / `qr_code`, keyboard-wedge scanners an AIM prefix
// (`]E0`, `]C1`, `]d2`). They are brought to the core's `Symbology` names once, here, so the
// rules (classify/plain-value.ts) compare one spelling.
import type { Symbology } from '../classify/types';
import { splitAimPrefix } from './aim';

// Keys: lower-case with '-', '_', ' ' and '/' removed ("EAN-13", "ean_13", "EAN13" → "ean13").
const BY_KEY: Readonly<Record<string, Symbology>> = {
  ean13: 'ean-13',
  isbn: 'ean-13',
  ean8: 'ean-8',
  upca: 'upc-a',
  upce: 'upc-e',
  eanupc: 'ean-upc',
  code128: 'code-128',
  gs1128: 'code-128',
  code39: 'code-39',
  code39std: 'code-39',
  code39ext: 'code-39',
  code39extended: 'code-39',
  code93: 'code-93',
  itf: 'itf',
  itf14: 'itf',
  interleaved2of5: 'itf',
  codabar: 'codabar',
  datamatrix: 'datamatrix',
  gs1datamatrix: 'datamatrix',
  qr: 'qr',
  qrcode: 'qr',
  qrcodemodel1: 'qr',
  qrcodemodel2: 'qr',
  microqrcode: 'qr',
  rmqrcode: 'qr',
  pdf417: 'pdf417',
  compactpdf417: 'pdf417',
  micropdf417: 'pdf417',
  aztec: 'aztec',
  azteccode: 'aztec',
  aztecrune: 'aztec',
  databar: 'gs1-databar',
  databarexpanded: 'gs1-databar',
  databarexp: 'gs1-databar',
  databarlimited: 'gs1-databar',
  databarltd: 'gs1-databar',
  gs1databar: 'gs1-databar',
  rss14: 'gs1-databar',
  rssexpanded: 'gs1-databar',
};

/**
 * The core's name for a symbology as any decoder or scanner spells it; an AIM identifier
 * ("]E0") is accepted too. Unknown names come back lower-cased (so they never match a rule);
 * empty or missing input gives undefined.
 */
export function normalizeSymbology(name: string | undefined | null): Symbology | undefined {
  if (typeof name !== 'string') return undefined;
  const trimmed = name.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith(']')) return splitAimPrefix(trimmed)?.aim.symbology;
  const key = trimmed.toLowerCase().replace(/[-_ /]/g, '');
  return BY_KEY[key] ?? trimmed.toLowerCase();
}

/** Symbologies whose digits are retail article numbers (EAN/UPC), never a PKID. */
export const RETAIL_SYMBOLOGIES: ReadonlySet<string> = new Set(['ean-13', 'ean-8', 'upc-a', 'upc-e', 'ean-upc']);

/**
 * Symbologies a PKID is printed in. EAN-13 bars are for retail article numbers only, so
 * 13 digits in any of these are the PKID, even when their check digit happens to be valid.
 */
export const PKID_SYMBOLOGIES: ReadonlySet<string> = new Set(['code-128', 'code-39', 'code-93', 'datamatrix', 'qr', 'pdf417']);
