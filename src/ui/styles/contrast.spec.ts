import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// WCAG 2.x contrast of the colour pairs the app actually uses, in both themes, read from
// global.css itself so a changed colour cannot slip below AA (4.5:1 for normal text).
const css = readFileSync(new URL('./global.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

const light = variables(/:root\s*\{([^}]*)\}/.exec(css)![1]!);
const dark = { ...light, ...variables(/prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css)![1]!) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background] as used: body text, muted help text, links and accents, status
// colours on cards and on the page, button text on the accent, a disabled button (dimmed text on
// its sunken fill), the toast (inverted colours).
const PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['disabled-text', 'disabled-bg'],
  ['accent', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface-2'],
  ['accent-text', 'accent'],
  ['danger', 'surface'],
  ['danger', 'bg'],
  ['warning', 'surface'],
  ['warning', 'bg'],
  ['success', 'surface'],
  ['bg', 'text'],
  ['bg', 'danger'],
];

describe('colour contrast (WCAG AA, 4.5:1)', () => {
  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    for (const [fg, bg] of PAIRS) {
      it(`${name}: ${fg} on ${bg}`, () => {
        expect(theme[fg], `--${fg} missing`).toBeDefined();
        expect(theme[bg], `--${bg} missing`).toBeDefined();
        expect(contrast(theme[fg]!, theme[bg]!)).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
