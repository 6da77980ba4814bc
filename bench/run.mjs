// `npm run bench`: builds the app, runs every bench/*.bench.ts in its own node process, prints
// one table and writes bench/results.json. Targets are judged against figures measured in the
// same run (a baseline per row), because these machines are noisy.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { ensureChromium } from '../scripts/chromium.mjs';

const only = process.argv.slice(2);
const files = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

process.env.BOXPILOT_CHROMIUM = ensureChromium();
if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) {
  console.error('The build failed: nothing to measure.');
  process.exit(1);
}

mkdirSync('.tmp/bench', { recursive: true });
const results = [];
let failures = 0;
for (const file of files) {
  const out = `.tmp/bench/${file}.json`;
  console.log(`\n> bench/${file}`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', 'bench/run-one.mjs', `bench/${file}`, out], {
    stdio: 'inherit',
  });
  if (run.status !== 0 || !existsSync(out)) {
    failures += 1;
    results.push({ bench: file, name: 'bench crashed', value: NaN, unit: '', pass: false });
    continue;
  }
  for (const row of JSON.parse(readFileSync(out, 'utf8'))) results.push({ bench: file, ...row });
}

const fmt = (n) => (Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2)) : '-');
console.log('');
console.table(
  results.map((r) => ({
    bench: r.bench.replace('.bench.ts', ''),
    measure: r.name,
    value: `${fmt(r.value)} ${r.unit}`,
    baseline: r.baseline ? `${fmt(r.baseline.value)} (${r.baseline.name})` : '',
    ratio: r.ratio === undefined ? '' : fmt(r.ratio),
    target: r.target ?? '',
    ok: r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
  })),
);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, results }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
process.exit(failures === 0 ? 0 : 1);
