// Bars for the Help screen's label sketch: a stable, barcode-looking pattern drawn from the text
// under the bars. Not a real symbology: the sketch only has to look like a label.
export interface Bar {
  x: number;
  width: number;
}

export function sketchBars(text: string, x0: number, totalWidth: number): Bar[] {
  const units: number[] = [2, 1, 1, 1]; // start guard: a bar and a space
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    for (let bit = 0; bit < 4; bit++) units.push(1 + ((code >> bit) & 1) + ((code >> (bit + 4)) & 1));
  }
  units.push(1, 1, 2); // stop guard
  const scale = totalWidth / units.reduce((sum, u) => sum + u, 0);
  const bars: Bar[] = [];
  let x = x0;
  units.forEach((u, i) => {
    if (i % 2 === 0) bars.push({ x: round(x), width: round(u * scale) });
    x += u * scale;
  });
  return bars;
}

const round = (n: number) => Math.round(n * 100) / 100;
