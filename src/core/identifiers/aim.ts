// AIM symbology identifiers (ISO/IEC 15424): a keyboard-wedge scanner may prefix "]" + code
// character + modifier (spec §2). They tell what kind of barcode was read, and whether it
// carries GS1 data (]C1, ]d2, ]Q3, ]e0, ]J1 …).

export interface AimPrefix {
  id: string;
  symbology: string;
  gs1: boolean;
}

const CODES: Record<string, string> = {
  A: 'code-39',
  C: 'code-128',
  d: 'datamatrix',
  E: 'ean-upc',
  e: 'gs1-databar',
  F: 'codabar',
  G: 'code-93',
  I: 'itf',
  L: 'pdf417',
  Q: 'qr',
  z: 'aztec',
  X: 'other',
};

const GS1_MODIFIERS = new Set([']C1', ']d2', ']Q3', ']e0', ']J1', ']z4']);

/** Split "]C1…" into the prefix and the rest; no prefix → null. */
export function splitAimPrefix(s: string): { aim: AimPrefix; rest: string } | null {
  if (s.length < 3 || s[0] !== ']') return null;
  const code = s[1] ?? '';
  const symbology = CODES[code];
  if (!symbology || !/[0-9A-Za-z]/.test(s[2] ?? '')) return null;
  const id = s.slice(0, 3);
  let sym = symbology;
  if (id === ']E4') sym = 'ean-8';
  else if (id === ']E0') sym = 'ean-13';
  return { aim: { id, symbology: sym, gs1: GS1_MODIFIERS.has(id) }, rest: s.slice(3) };
}
