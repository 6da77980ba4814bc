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

/** A plain text table that wraps long cells instead of cutting them (console.table cuts). */
function printTable(rows) {
  const columns = [
    ['bench', 9],
    ['measure', 58],
    ['value', 12],
    ['baseline (same run)', 40],
    ['ratio', 6],
    ['target', 12],
    ['ok', 3],
  ];
  const wrap = (text, width) => {
    const out = [];
    let line = '';
    for (const word of String(text).split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    return out;
  };
  const rule = columns.map(([, w]) => '-'.repeat(w)).join('-+-');
  console.log(columns.map(([name, w]) => name.padEnd(w)).join(' | '));
  console.log(rule);
  for (const r of rows) {
    const cells = [
      r.bench.replace('.bench.ts', ''),
      r.name,
      `${fmt(r.value)} ${r.unit}`,
      r.baseline ? `${fmt(r.baseline.value)} ${r.unit}: ${r.baseline.name}` : '',
      r.ratio === undefined ? '' : fmt(r.ratio),
      r.target ?? '',
      r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
    ].map((cell, i) => wrap(cell, columns[i][1]));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) console.log(cells.map((c, i) => (c[k] ?? '').padEnd(columns[i][1])).join(' | '));
  }
}

console.log('');
printTable(results);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, results }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
process.exit(failures === 0 ? 0 : 1);
