// `npm run test:e2e [vitest args]`: the end-to-end tests in headless Chromium against a
// production build. Finds Chromium the way `npm test` does (scripts/chromium.mjs), builds dist/
// when it is missing or older than the sources, then runs vitest with the e2e config.
// BOXPILOT_DIST=/some/dir uses that build as it is (it is never rebuilt here).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureChromium } from '../../scripts/chromium.mjs';

/** Newest modification time under the given paths (files or folders). */
function newest(paths) {
  let latest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else if (!path.endsWith('.spec.ts')) latest = Math.max(latest, info.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** Why dist/ must be built again, or null when it is current. */
export function staleReason(dist = 'dist') {
  const built = join(dist, 'index.html');
  if (!existsSync(built)) return `no build in ${dist}/`;
  if (!existsSync('public/icons')) return 'the icons are missing';
  const sourceTime = newest(SOURCES);
  return sourceTime > statSync(built).mtimeMs ? `${dist}/ is older than the sources` : null;
}

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const env = { ...process.env, BOXPILOT_CHROMIUM: chromium };
if (process.env.BOXPILOT_DIST) {
  if (!existsSync(resolve(process.env.BOXPILOT_DIST, 'index.html'))) {
    console.error(`BOXPILOT_DIST is ${process.env.BOXPILOT_DIST}, but there is no build there (index.html). Build it first.`);
    process.exit(1);
  }
} else {
  const reason = staleReason();
  if (reason) {
    console.log(`Building first: ${reason}.`);
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
      console.error('The build failed: no end-to-end test was run.');
      process.exit(1);
    }
  }
}

const run = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(run.status ?? 1);
