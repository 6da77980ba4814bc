// Box labels generated at run time (bwip-js encodes, this module draws), shared by the decoder's
// unit specs, bench/decoder.bench.ts and the fake-camera end-to-end tests. Pure: no DOM, no
// files; the same frame comes out in node and in a browser, and every random choice is seeded.
// A frame is RGBA (ImageData's layout); the camera tests turn it into a Y4M video themselves.
import bwipjs from 'bwip-js';
import { seededRandom } from './seeded-random';

export interface RgbaFrame {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** One barcode on a label, and what a decoder must read from it. */
export interface LabelCode {
  /** bwip-js encoder name. */
  bcid: 'code128' | 'gs1-128' | 'code39' | 'ean13' | 'gs1datamatrix' | 'datamatrix' | 'qrcode' | 'pdf417';
  /** What bwip-js encodes (GS1 as "(01)…(21)…"). */
  encode: string;
  /** The text zxing-wasm 3 reports (HRI text: GS1 stays "(01)…(21)…"). */
  text: string;
  /** zxing-wasm 3's format name. */
  symbology: 'Code128' | 'Code39' | 'EAN13' | 'DataMatrix' | 'QRCode' | 'PDF417';
  /** Pixels per module (narrowest bar, or one cell of a 2D code) at scale 1. */
  module: number;
}

export interface Label {
  name: string;
  codes: readonly LabelCode[];
}

const c128 = (text: string, module = 2): LabelCode => ({ bcid: 'code128', encode: text, text, symbology: 'Code128', module });

/** The label kinds the issue names (issue 8, "End-to-end tests"), as found on laptop boxes. */
export const LABELS = {
  /** Serial, PKID and EAN-13 on one label: the usual box. The PKID has a valid EAN check digit on purpose. */
  serialPkidEan: {
    name: 'Code 128 serial + PKID + EAN-13',
    codes: [
      c128('JX4K2L3'),
      c128('4006381333931'),
      { bcid: 'ean13', encode: '5901234123457', text: '5901234123457', symbology: 'EAN13', module: 3 },
    ],
  },
  /** Lenovo: "1S" + machine type model + serial in one Code 128. */
  lenovo1S: { name: 'Lenovo 1S (MTM + serial)', codes: [c128('1S20XW0026MXPF2ABCDE')] },
  /** HP: the serial with its leading "S", Code 39 as on many HP boxes. */
  hpSerial: {
    name: 'HP S-serial (Code 39)',
    codes: [{ bcid: 'code39', encode: 'S5CG1234ABC', text: 'S5CG1234ABC', symbology: 'Code39', module: 3 }],
  },
  /** GS1 DataMatrix with GTIN (01) and serial (21). */
  gs1DataMatrix: {
    name: 'GS1 DataMatrix (01)+(21)',
    codes: [
      {
        bcid: 'gs1datamatrix',
        encode: '(01)09506000134352(21)PF2ABCDE',
        text: '(01)09506000134352(21)PF2ABCDE',
        symbology: 'DataMatrix',
        module: 6,
      },
    ],
  },
  qr: { name: 'QR serial', codes: [{ bcid: 'qrcode', encode: 'SN:5CG1234ABC', text: 'SN:5CG1234ABC', symbology: 'QRCode', module: 5 }] },
  pdf417: { name: 'PDF417', codes: [{ bcid: 'pdf417', encode: 'S5CG1234ABC 20XW0026MX', text: 'S5CG1234ABC 20XW0026MX', symbology: 'PDF417', module: 3 }] },
  /** Some Lenovo labels are printed light on dark: render it with `{ invert: true }`. */
  invertedCode128: { name: 'inverted Code 128 serial', codes: [c128('PF2ABCDE', 3)] },
} as const satisfies Record<string, Label>;

export type LabelId = keyof typeof LABELS;

export interface RenderOptions {
  width?: number;
  height?: number;
  /** Degrees, clockwise, about the frame centre. */
  rotate?: number;
  /** Multiplies every code's module size. */
  scale?: number;
  /** Box blur radius in pixels (applied twice: close to a Gaussian). */
  blur?: number;
  /** Standard deviation of added grey noise, 0–255. */
  noise?: number;
  /** 1 = full contrast; 0.25 leaves a quarter of the black–white range. */
  contrast?: number;
  /** Light bars on a dark label (the whole frame is inverted). */
  invert?: boolean;
  /** Seed for the noise. */
  seed?: number;
}

const FRAME_BACKGROUND = 150; // a cardboard-grey box around the white label
const QUIET_MODULES = 10;
const GAP = 28;
const BAR_HEIGHT = 70;

interface Bitmap {
  width: number;
  height: number;
  /** Grey, 0 = black. */
  grey: Uint8Array;
}

function blank(width: number, height: number, value: number): Bitmap {
  return { width, height, grey: new Uint8Array(width * height).fill(value) };
}

/** One barcode, black on white, with its quiet zone. */
function drawCode(code: LabelCode, scale: number): Bitmap {
  const m = Math.max(1, Math.round(code.module * scale));
  const symbol = bwipjs.raw(code.bcid, code.encode, {})[0];
  if (!symbol) throw new Error(`bwip-js encoded nothing for ${code.bcid}`);
  const quiet = QUIET_MODULES * m;
  if ('sbs' in symbol) {
    const modules = symbol.sbs.reduce((a, b) => a + b, 0);
    // Bars about a quarter as high as the code is long, as printed on box labels.
    const height = Math.round(Math.max(BAR_HEIGHT * scale, modules * m * 0.25));
    const bmp = blank(Math.ceil(modules * m) + 2 * quiet, height + 2 * quiet, 255);
    let x = quiet;
    symbol.sbs.forEach((w, i) => {
      const px = Math.round(w * m);
      if (i % 2 === 0) {
        for (let y = quiet; y < quiet + height; y++) bmp.grey.fill(0, y * bmp.width + x, y * bmp.width + x + px);
      }
      x += px;
    });
    return bmp;
  }
  const rows = symbol.pixs.length / symbol.pixx;
  const rowHeight = Math.max(1, Math.round(symbol.pixy / rows)) * m;
  const bmp = blank(symbol.pixx * m + 2 * quiet, rows * rowHeight + 2 * quiet, 255);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < symbol.pixx; c++) {
      if (!symbol.pixs[r * symbol.pixx + c]) continue;
      for (let y = 0; y < rowHeight; y++) {
        const start = (quiet + r * rowHeight + y) * bmp.width + quiet + c * m;
        bmp.grey.fill(0, start, start + m);
      }
    }
  }
  return bmp;
}

/** The codes stacked on a white label, centred. */
function drawLabel(label: Label, scale: number): Bitmap {
  const codes = label.codes.map((c) => drawCode(c, scale));
  const width = Math.max(...codes.map((c) => c.width));
  const height = codes.reduce((sum, c) => sum + c.height, 0) + GAP * (codes.length - 1);
  const out = blank(width, height, 255);
  let top = 0;
  for (const c of codes) {
    const left = Math.floor((width - c.width) / 2);
    for (let y = 0; y < c.height; y++) out.grey.set(c.grey.subarray(y * c.width, (y + 1) * c.width), (top + y) * width + left);
    top += c.height + GAP;
  }
  return out;
}

/** The label placed at the frame centre, rotated (bilinear sampling of the inverse rotation). */
function place(label: Bitmap, width: number, height: number, degrees: number): Bitmap {
  const out = blank(width, height, FRAME_BACKGROUND);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // Whole-pixel centres: unrotated, the label lands pixel for pixel (blur is a degradation of its own).
  const cx = Math.floor(width / 2);
  const cy = Math.floor(height / 2);
  const lx = Math.floor(label.width / 2);
  const ly = Math.floor(label.height / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const sx = cos * dx + sin * dy + lx - 0.5;
      const sy = -sin * dx + cos * dy + ly - 0.5;
      if (sx < 0 || sy < 0 || sx > label.width - 1 || sy > label.height - 1) continue;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const x1 = Math.min(x0 + 1, label.width - 1);
      const y1 = Math.min(y0 + 1, label.height - 1);
      const fx = sx - x0;
      const fy = sy - y0;
      const g = label.grey;
      const top = (g[y0 * label.width + x0] ?? 0) * (1 - fx) + (g[y0 * label.width + x1] ?? 0) * fx;
      const bottom = (g[y1 * label.width + x0] ?? 0) * (1 - fx) + (g[y1 * label.width + x1] ?? 0) * fx;
      out.grey[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return out;
}

function boxBlur(bmp: Bitmap, radius: number): void {
  const { width, height, grey } = bmp;
  const tmp = new Uint8Array(grey.length);
  const pass = (src: Uint8Array, dst: Uint8Array, len: number, lines: number, step: number, lineStep: number): void => {
    for (let l = 0; l < lines; l++) {
      let sum = 0;
      const base = l * lineStep;
      const at = (i: number): number => src[base + Math.min(len - 1, Math.max(0, i)) * step] ?? 0;
      for (let i = -radius; i <= radius; i++) sum += at(i);
      for (let i = 0; i < len; i++) {
        dst[base + i * step] = Math.round(sum / (2 * radius + 1));
        sum += at(i + radius + 1) - at(i - radius);
      }
    }
  };
  for (let k = 0; k < 2; k++) {
    pass(grey, tmp, width, height, 1, width);
    pass(tmp, grey, height, width, width, 1);
  }
}

function toRgba(bmp: Bitmap): RgbaFrame {
  const data = new Uint8ClampedArray(bmp.width * bmp.height * 4);
  for (let i = 0; i < bmp.grey.length; i++) {
    const v = bmp.grey[i] ?? 0;
    data[i * 4] = v;
    data[i * 4 + 1] = v;
    data[i * 4 + 2] = v;
    data[i * 4 + 3] = 255;
  }
  return { width: bmp.width, height: bmp.height, data };
}

/** A camera-sized RGBA frame showing the label at its centre (1280×720 unless told). */
export function renderLabel(label: Label, options: RenderOptions = {}): RgbaFrame {
  const { width = 1280, height = 720, rotate = 0, scale = 1, blur = 0, noise = 0, contrast = 1, invert = false, seed = 1 } = options;
  const bmp = place(drawLabel(label, scale), width, height, rotate);
  if (blur > 0) boxBlur(bmp, blur);
  const next = seededRandom(seed);
  for (let i = 0; i < bmp.grey.length; i++) {
    let v = bmp.grey[i] ?? 0;
    if (invert) v = 255 - v;
    v = 128 + (v - 128) * contrast;
    // Sum of three uniforms: close enough to Gaussian noise for a camera sensor.
    if (noise > 0) v += ((next() + next() + next() - 1.5) / 0.5) * noise;
    bmp.grey[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  return toRgba(bmp);
}

/** A frame with no code at all: a grey box side with soft texture, like most camera frames. */
export function emptyFrame(width = 1280, height = 720, seed = 7): RgbaFrame {
  const next = seededRandom(seed);
  const bmp = blank(width, height, FRAME_BACKGROUND);
  for (let i = 0; i < bmp.grey.length; i++) bmp.grey[i] = FRAME_BACKGROUND + Math.round((next() - 0.5) * 24);
  boxBlur(bmp, 2);
  return toRgba(bmp);
}

export interface DegradedCase {
  name: string;
  label: Label;
  options: RenderOptions;
}

/**
 * The degraded set of the decoder bench (issue 8: ≥ 30 labels; rotation, blur, noise, low
 * contrast, inversion, and a close-up), each label kind under each degradation. Camera-realistic strengths:
 * a phone held at an angle, slightly out of focus, in a dim warehouse.
 */
export function degradedSet(): DegradedCase[] {
  const kinds: Label[] = [LABELS.serialPkidEan, LABELS.lenovo1S, LABELS.hpSerial, LABELS.gs1DataMatrix, LABELS.qr, LABELS.pdf417];
  const degradations: Array<[string, RenderOptions]> = [
    ['rotated 12°', { rotate: 12 }],
    ['rotated 90°', { rotate: 90 }],
    ['blurred (radius 1)', { blur: 1 }],
    ['noisy (σ 18)', { noise: 18 }],
    ['low contrast (30 %)', { contrast: 0.3 }],
    ['inverted', { invert: true }],
    ['close up (×1.8)', { scale: 1.8 }],
  ];
  let seed = 100;
  return kinds.flatMap((label) =>
    degradations.map(([what, options]) => ({ name: `${label.name}, ${what}`, label, options: { ...options, seed: seed++ } })),
  );
}

/** Compares decoded text with the expected text, ignoring how GS1 fields are delimited ("(21)" or GS). */
export function sameCodeText(decoded: string, expected: string): boolean {
  const key = (s: string): string => s.replace(/^\][A-Za-z][0-9A-Za-z]/, '').replace(/[()\u001d]/g, '');
  return key(decoded) === key(expected);
}
