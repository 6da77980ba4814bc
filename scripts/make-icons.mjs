// Renders the PNG app icons from the SVG sources in assets/ (no binary without its source).
// Runs before every build; the PNGs are not committed.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);
const out = new URL('public/icons/', root);

const icons = [
  { source: 'assets/icon.svg', file: 'icon-192.png', size: 192 },
  { source: 'assets/icon.svg', file: 'icon-512.png', size: 512 },
  { source: 'assets/icon-maskable.svg', file: 'icon-maskable-512.png', size: 512 },
];

await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
await mkdir(out, { recursive: true });
for (const icon of icons) {
  const svg = await readFile(new URL(icon.source, root), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: icon.size } }).render().asPng();
  await writeFile(new URL(icon.file, out), png);
}
console.log(`icons: wrote ${icons.map((i) => i.file).join(', ')}`);
