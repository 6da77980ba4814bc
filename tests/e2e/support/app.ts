import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

/** The production build under test; scripts/test-all.mjs builds it before the e2e run. */
export function distDir(): string {
  const dir = resolve(process.env.BOXPILOT_DIST ?? 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`No build in ${dir}: run "npm run build" first (npm test does).`);
  }
  return dir;
}
