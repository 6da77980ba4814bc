import type { Device, Problem } from '../types';

export type ScanKind =
  | 'serial'
  | 'pkid'
  | 'product-key'
  | 'windows-product-id'
  | 'hardware-hash'
  | 'manufacturer'
  | 'model'
  | 'gtin'
  /**
   * Two readings fit and nothing settles it; the UI must ask. 13 (or 12) digits that are a valid
   * GS1 number (PKID/serial or EAN/UPC); 10 characters that may be an HP serial or a Lenovo
   * machine type model. `alternatives` lists the readings.
   */
  | 'ambiguous'
  | 'unknown';

export type Confidence = 'high' | 'medium' | 'low';

/**
 * Barcode symbologies, one spelling: whatever a decoder reports is brought to these by
 * `normalizeSymbology` (identifiers/symbology.ts). `ean-upc` is an AIM ]E code of unknown length.
 */
export type Symbology =
  | 'ean-13'
  | 'ean-8'
  | 'upc-a'
  | 'upc-e'
  | 'code-128'
  | 'code-39'
  | 'code-93'
  | 'itf'
  | 'codabar'
  | 'datamatrix'
  | 'qr'
  | 'pdf417'
  | 'aztec'
  | 'ean-upc'
  | 'gs1-databar'
  | (string & {});

export interface ScanContext {
  symbology?: Symbology;
  /** An AIM symbology identifier sent separately by the scanner, e.g. "]C1". */
  aim?: string;
  /** Kinds already scanned for this box (a box has one PKID and several EANs …). */
  otherKindsOnBox?: readonly ScanKind[];
  /**
   * The manufacturer already on this box, if any (as stored, e.g. "HP", "LENOVO"): settles a
   * 10-character value that may be an HP serial or a Lenovo machine type model.
   */
  manufacturer?: string;
}

export interface ScanAlternative {
  kind: ScanKind;
  value: string;
  explanation: string;
}

/**
 * Why a value was refused outright (kind `unknown`): longer than any code (`too-long`, nothing
 * was read from it; never cut), or base64-like text that cannot be a hardware hash (`not-a-hash`,
 * spec §3: base64 of about 4 KB).
 */
export type ScanRefusal = 'too-long' | 'not-a-hash';

export interface ScanResult {
  kind: ScanKind;
  /** Set when the value was refused; the UI says why (box-draft.ts passes it on as `Ignored`). */
  refused?: ScanRefusal;
  /** The cleaned value to store (prefixes and noise removed). */
  value: string;
  /** Exactly what came in. */
  raw: string;
  confidence: Confidence;
  /** English, for a technician. */
  explanation: string;
  alternatives?: ScanAlternative[];
  /** What noise was stripped (codes from noise.ts as Problems). */
  cleaned?: Problem[];
  /** More fields read from the same code, e.g. Lenovo 1S gives model (MTM) and serial. */
  extra?: Partial<Device>;
  /** The symbology, from the context or the AIM prefix. */
  symbology?: string;
}
