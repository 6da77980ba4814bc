// @zxing/library as an Engine: the fallback where WebAssembly cannot be instantiated (some
// managed browsers switch it off). Pure JavaScript, so it runs in the same worker. Its 0.23
// release has no multiple-barcode reader, so every code is found the way ZXing's
// GenericMultipleBarcodeReader does it: decode, then search the parts left, above, right and
// below of each hit.
import {
  BarcodeFormat,
  BinaryBitmap,
  BitArray,
  LuminanceSource,
  DataMatrixReader,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatOneDReader,
  PDF417Reader,
  QRCodeReader,
  RGBLuminanceSource,
  type Result,
} from '@zxing/library';
import { boundingBox, type Engine } from './engine';
import type { DecodedCode, Frame } from './types';

const LINEAR_FORMATS = [
  BarcodeFormat.CODE_128,
  BarcodeFormat.CODE_39,
  BarcodeFormat.CODE_93,
  BarcodeFormat.ITF,
  BarcodeFormat.EAN_13,
  BarcodeFormat.UPC_A,
  BarcodeFormat.EAN_8,
  BarcodeFormat.UPC_E,
];

const MAX_DEPTH = 3;
const MIN_SIDE = 24;
const GS = '\u001d';

/** Grey levels as @zxing/library computes them (green counted twice). */
function luminances(frame: Frame): Uint8ClampedArray {
  const { data } = frame;
  const out = new Uint8ClampedArray(frame.width * frame.height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) out[i] = ((data[p] ?? 0) + 2 * (data[p + 1] ?? 0) + (data[p + 2] ?? 0)) >> 2;
  return out;
}

function toCode(result: Result, dx: number, dy: number): DecodedCode {
  const symbology = BarcodeFormat[result.getBarcodeFormat()] ?? 'UNKNOWN';
  let text = result.getText();
  const code: DecodedCode = { text, symbology };
  // Its DataMatrix decoder writes the leading FNC1 of a GS1 DataMatrix as GS; say it as the AIM
  // identifier ]d2 instead, as zxing-wasm does, so the core reads GS1.
  if (result.getBarcodeFormat() === BarcodeFormat.DATA_MATRIX && text.startsWith(GS)) {
    text = text.slice(1);
    code.text = text;
    code.aim = ']d2';
  }
  const box = boundingBox(result.getResultPoints().map((p) => ({ x: p.getX() + dx, y: p.getY() + dy })));
  if (box) code.box = box;
  return code;
}

/**
 * Linear readers take their rows from HybridBinarizer's local thresholds instead of its per-row
 * histogram, which on a camera frame (a white label on a grey box) puts the threshold between
 * grey and white and loses short codes that do not fill the row: a serial + PKID + EAN-13 label
 * gave 1 of 3 codes that way.
 */
class LocalRowBinarizer extends HybridBinarizer {
  override getBlackRow(y: number, row: BitArray): BitArray {
    return this.getBlackMatrix().getRow(y, row);
  }
  override createBinarizer(source: LuminanceSource): LocalRowBinarizer {
    return new LocalRowBinarizer(source);
  }
}

/**
 * Each reader is called directly, not through MultiFormatReader, which logs a stack trace to the
 * console for every reader that finds nothing (0.23) and would run the 2D readers again for
 * every part searched for more linear codes.
 */
export function createZxingJsEngine(): Engine {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, LINEAR_FORMATS],
    // TRY_HARDER scans every row and the image turned 90°: 200 ms on a frame without a linear
    // code here, against 10 ms without it (measured in node, 1280×720).
    [DecodeHintType.TRY_HARDER, false],
  ]);
  const linear = new MultiFormatOneDReader(hints);
  const matrix = [new DataMatrixReader(), new QRCodeReader()];
  const pdf417 = new PDF417Reader();

  const attempt = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch {
      return null; // NotFoundException & co. are how @zxing/library says "no code here"
    }
  };

  const add = (found: Map<string, DecodedCode>, code: DecodedCode): boolean => {
    const key = `${code.symbology}\u0000${code.text}`;
    if (found.has(key)) return false;
    found.set(key, code);
    return true;
  };

  /** Linear codes: decode, then look left, above, right and below of each new hit. */
  const searchLinear = (image: BinaryBitmap, dx: number, dy: number, depth: number, found: Map<string, DecodedCode>): void => {
    if (depth > MAX_DEPTH || image.getWidth() < MIN_SIDE || image.getHeight() < MIN_SIDE) return;
    const hit = attempt(() => linear.decode(image, hints));
    if (!hit) return;
    // A part next to a hit usually holds the same code again: keep looking past it anyway.
    add(found, toCode(hit, dx, dy));
    const points = hit.getResultPoints();
    if (points.length === 0) return;
    const xs = points.map((p) => p.getX());
    const ys = points.map((p) => p.getY());
    const w = image.getWidth();
    const h = image.getHeight();
    const minX = Math.max(0, Math.floor(Math.min(...xs)));
    const maxX = Math.min(w, Math.ceil(Math.max(...xs)));
    const minY = Math.max(0, Math.floor(Math.min(...ys)));
    const maxY = Math.min(h, Math.ceil(Math.max(...ys)));
    if (minX > MIN_SIDE) searchLinear(image.crop(0, 0, minX, h), dx, dy, depth + 1, found);
    if (minY > MIN_SIDE) searchLinear(image.crop(0, 0, w, minY), dx, dy, depth + 1, found);
    if (maxX < w - MIN_SIDE) searchLinear(image.crop(maxX, 0, w - maxX, h), dx + maxX, dy, depth + 1, found);
    if (maxY < h - MIN_SIDE) searchLinear(image.crop(0, maxY, w, h - maxY), dx, dy + maxY, depth + 1, found);
  };

  return {
    kind: 'zxing-js',
    async read(frame) {
      const source = new RGBLuminanceSource(luminances(frame), frame.width, frame.height);
      const image = new BinaryBitmap(new HybridBinarizer(source));
      const found = new Map<string, DecodedCode>();
      searchLinear(new BinaryBitmap(new LocalRowBinarizer(source)), 0, 0, 0, found);
      for (const reader of matrix) {
        const hit = attempt(() => reader.decode(image, hints));
        if (hit) add(found, toCode(hit, 0, 0));
      }
      for (const hit of attempt(() => pdf417.decodeMultiple(image, hints)) ?? []) add(found, toCode(hit, 0, 0));
      return [...found.values()];
    },
  };
}
